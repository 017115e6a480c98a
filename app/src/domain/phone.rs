use super::{is_dash, normalize};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A Japanese phone number, kept as digits only (`0766511111`). Accepts
/// full-width digits, hyphens, spaces and brackets as residents type them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneNumber(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("{}", crate::texts::Text::ErrorPhoneEmpty.said())]
    Empty,
    #[error("{}", crate::texts::Text::ErrorPhoneInvalid.said())]
    Malformed,
}

impl PhoneNumber {
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let value = normalize(input);
        if value.is_empty() {
            return Err(PhoneError::Empty);
        }
        let mut digits = String::new();
        for c in value.chars() {
            if c.is_ascii_digit() {
                digits.push(c);
            } else if !(c.is_whitespace() || is_dash(c) || matches!(c, '(' | ')')) {
                return Err(PhoneError::Malformed);
            }
        }
        if digits.starts_with('0') && (10..=11).contains(&digits.len()) {
            Ok(Self(digits))
        } else {
            Err(PhoneError::Malformed)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_what_japanese_keyboards_produce() {
        for input in ["0766-51-6666", "０７６６－５１－６６６６", "(0766) 51 6666", "0766ー51ー6666", "0766516666"] {
            assert_eq!(PhoneNumber::parse(input).unwrap().as_str(), "0766516666", "{input}");
        }
        assert_eq!(PhoneNumber::parse("090-1234-5678").unwrap().as_str(), "09012345678");
    }

    #[test]
    fn rejects_non_numbers() {
        assert_eq!(PhoneNumber::parse(" "), Err(PhoneError::Empty));
        for bad in ["766516666", "123456789012", "0766-51-666a", "+81766516666", "0766"] {
            assert_eq!(PhoneNumber::parse(bad), Err(PhoneError::Malformed), "{bad}");
        }
    }
}
