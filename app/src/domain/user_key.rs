use super::{is_dash, normalize};
use serde::{Deserialize, Serialize};
use std::fmt;

/// 31 symbols with no look-alikes: no 0/O, no 1/I/L. Read aloud at a
/// counter without "is that an O or a zero?".
pub const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// 12 symbols of 31 ≈ 59 bits: never guessed, still short enough to read.
pub const LENGTH: usize = 12;

/// A resident's 利用者キー. It identifies; it never grants access alone.
/// Stored as 12 upper-case symbols; shown as `ABCD-EFGH-JKMN`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct UserKey(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UserKeyError {
    #[error("{}", crate::texts::Text::ErrorUserKeyEmpty.said())]
    Empty,
    #[error("{}", crate::texts::Text::ErrorUserKeyInvalid.said())]
    Malformed,
}

impl UserKey {
    /// Accepts any case, with or without hyphens or spaces, full-width too.
    pub fn parse(input: &str) -> Result<Self, UserKeyError> {
        let normalized = normalize(input);
        if normalized.is_empty() {
            return Err(UserKeyError::Empty);
        }
        let compact: String = normalized
            .chars()
            .filter(|c| !c.is_whitespace() && !is_dash(*c))
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let valid = compact.len() == LENGTH
            && compact.bytes().all(|b| ALPHABET.contains(&b));
        if valid {
            Ok(Self(compact))
        } else {
            Err(UserKeyError::Malformed)
        }
    }

    /// The form kept in the database: `ABCDEFGHJKMN`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A new key from the operating system's secure random source.
    #[cfg(feature = "ssr")]
    pub fn generate() -> Self {
        use rand::Rng;
        let mut rng = rand::rng();
        let key = (0..LENGTH)
            .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
            .collect();
        Self(key)
    }
}

impl fmt::Display for UserKey {
    /// Groups of four joined by hyphens, for reading and printing.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, chunk) in self.0.as_bytes().chunks(4).enumerate() {
            if i > 0 {
                f.write_str("-")?;
            }
            f.write_str(std::str::from_utf8(chunk).map_err(|_| fmt::Error)?)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_hyphens_spaces_any_case_and_full_width() {
        let expected = UserKey::parse("ABCD-EFGH-JKMN").unwrap();
        for input in [
            "abcd-efgh-jkmn",
            "ABCDEFGHJKMN",
            " abcd efgh jkmn ",
            "ＡＢＣＤ－ＥＦＧＨ－ＪＫＭＮ",
            "ａｂｃｄ\u{3000}ｅｆｇｈ\u{3000}ｊｋｍｎ",
            "ABCDーEFGHーJKMN",
            "ABCD\u{2212}EFGH\u{2010}JKMN",
        ] {
            assert_eq!(UserKey::parse(input).as_ref(), Ok(&expected), "{input}");
        }
        assert_eq!(expected.as_str(), "ABCDEFGHJKMN");
        assert_eq!(expected.to_string(), "ABCD-EFGH-JKMN");
    }

    #[test]
    fn rejects_look_alikes_wrong_length_and_empty() {
        assert_eq!(UserKey::parse(""), Err(UserKeyError::Empty));
        assert_eq!(UserKey::parse("　"), Err(UserKeyError::Empty));
        assert_eq!(UserKey::parse("ABCD-EFGH-JKM"), Err(UserKeyError::Malformed));
        assert_eq!(UserKey::parse("ABCD-EFGH-JKMNP"), Err(UserKeyError::Malformed));
        // 0, O, 1, I and L are never issued.
        for bad in ["ABCD-EFGH-JKM0", "ABCD-EFGH-JKMO", "ABCD-EFGH-JKM1", "ABCD-EFGH-JKMI", "ABCD-EFGH-JKML"] {
            assert_eq!(UserKey::parse(bad), Err(UserKeyError::Malformed), "{bad}");
        }
        assert_eq!(UserKey::parse("ABCD_EFGH_JKMN"), Err(UserKeyError::Malformed));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn generated_keys_parse_and_differ() {
        let keys: std::collections::HashSet<String> =
            (0..1000).map(|_| UserKey::generate().to_string()).collect();
        assert_eq!(keys.len(), 1000);
        for key in &keys {
            assert_eq!(&UserKey::parse(key).unwrap().to_string(), key);
        }
    }
}
