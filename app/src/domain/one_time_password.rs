use super::{is_dash, normalize};
use serde::{Deserialize, Serialize};

/// Digits in a ワンタイムパスワード.
pub const DIGITS: usize = 8;

/// An 8-digit one-time password as typed: full-width digits, spaces and
/// hyphens (a resident copying `1234 5678` from the email) are accepted.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OneTimePassword(String);

// Never print the digits into a log.
impl std::fmt::Debug for OneTimePassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OneTimePassword(********)")
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OneTimePasswordError {
    #[error("{}", crate::texts::Text::ErrorOtpEmpty.said())]
    Empty,
    #[error("{}", crate::texts::Text::ErrorOtpInvalid.said())]
    Malformed,
}

impl OneTimePassword {
    pub fn parse(input: &str) -> Result<Self, OneTimePasswordError> {
        let normalized = normalize(input);
        if normalized.is_empty() {
            return Err(OneTimePasswordError::Empty);
        }
        let compact: String = normalized.chars().filter(|c| !c.is_whitespace() && !is_dash(*c)).collect();
        if compact.len() == DIGITS && compact.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(compact))
        } else {
            Err(OneTimePasswordError::Malformed)
        }
    }

    /// From a number below 10^8 (the server's random draw), zero-padded.
    pub fn from_number(n: u32) -> Self {
        Self(format!("{:08}", n % 100_000_000))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `1234 5678`: easier to read off a phone and type.
    pub fn spaced(&self) -> String {
        format!("{} {}", &self.0[..4], &self.0[4..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_what_phones_and_japanese_keyboards_type() {
        for typed in ["12345678", " 1234 5678 ", "１２３４５６７８", "1234-5678", "1234ー5678", "１２３４\u{3000}５６７８"] {
            assert_eq!(OneTimePassword::parse(typed).unwrap().as_str(), "12345678", "{typed}");
        }
    }

    #[test]
    fn refuses_anything_but_eight_digits() {
        assert_eq!(OneTimePassword::parse(" ").unwrap_err(), OneTimePasswordError::Empty);
        for typed in ["1234567", "123456789", "1234567a", "abcdefgh", "12.345678"] {
            assert_eq!(OneTimePassword::parse(typed).unwrap_err(), OneTimePasswordError::Malformed, "{typed}");
        }
    }

    #[test]
    fn small_numbers_keep_their_leading_zeros() {
        assert_eq!(OneTimePassword::from_number(42).as_str(), "00000042");
        assert_eq!(OneTimePassword::from_number(12345678).spaced(), "1234 5678");
        assert!(!format!("{:?}", OneTimePassword::from_number(42)).contains("42"));
    }
}
