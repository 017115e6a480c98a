use super::normalize;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A resident's email address, normalised: NFKC (full-width ＠ and letters
/// become ASCII), trimmed, lower-cased. Lower-casing the local part is not
/// what RFC 5321 promises, but every Japanese carrier and provider treats
/// it case-insensitively, and residents type it differently each time.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EmailAddress(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("{}", crate::texts::Text::ErrorEmailEmpty.said())]
    Empty,
    #[error("{}", crate::texts::Text::ErrorEmailInvalid.said())]
    Malformed,
    #[error("{}", crate::texts::Text::ErrorEmailTooLong.said())]
    TooLong,
}

impl EmailAddress {
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let value = normalize(input).to_lowercase();
        if value.is_empty() {
            return Err(EmailError::Empty);
        }
        if value.len() > 254 {
            return Err(EmailError::TooLong);
        }
        let Some((local, domain)) = value.rsplit_once('@') else {
            return Err(EmailError::Malformed);
        };
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && local.chars().all(|c| c.is_ascii_graphic() && !matches!(c, '@' | '<' | '>' | '(' | ')' | ',' | ';' | ':' | '\\' | '"' | '[' | ']'));
        // Old docomo and au addresses have dots where RFC 5322 says they
        // must not (`taro..yamada.@docomo.ne.jp`); they still receive mail,
        // so they are accepted.
        let domain_ok = domain.len() <= 253
            && domain.contains('.')
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            });
        if local_ok && domain_ok {
            Ok(Self(value))
        } else {
            Err(EmailError::Malformed)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `ta****@example.jp`: enough for the owner to recognise, not to harvest.
pub fn masked_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let shown: String = local.chars().take(2).collect();
            format!("{shown}****@{domain}")
        }
        None => "****".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_full_width_and_case() {
        assert_eq!(
            EmailAddress::parse(" Ｉｎｆｏ＠City.Imizu.lg.jp　").unwrap().as_str(),
            "info@city.imizu.lg.jp"
        );
    }

    #[test]
    fn accepts_carrier_addresses_with_odd_dots() {
        assert!(EmailAddress::parse("taro..yamada.@docomo.ne.jp").is_ok());
        assert!(EmailAddress::parse("hanako+yoyaku@ezweb.ne.jp").is_ok());
    }

    #[test]
    fn rejects_what_cannot_receive_mail() {
        assert_eq!(EmailAddress::parse(""), Err(EmailError::Empty));
        for bad in ["info", "info@", "@city.jp", "info@localhost", "a b@city.jp", "info@city..jp", "info@-city.jp", "情報@city.jp"] {
            assert_eq!(EmailAddress::parse(bad), Err(EmailError::Malformed), "{bad}");
        }
        let long = format!("{}@city.jp", "a".repeat(250));
        assert_eq!(EmailAddress::parse(&long), Err(EmailError::TooLong));
    }
}
