use super::normalize;
use serde::{Deserialize, Serialize};
use std::fmt;

/// 氏名 as the resident writes it (kanji, kana or Latin), spaces folded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PersonNameError {
    #[error("{}", crate::texts::Text::ErrorNameEmpty.said())]
    Empty,
    #[error("{}", crate::texts::Text::ErrorNameTooLong.said())]
    TooLong,
    #[error("{}", crate::texts::Text::ErrorNameBadChar.said())]
    InvalidCharacter,
}

impl PersonName {
    pub fn parse(input: &str) -> Result<Self, PersonNameError> {
        let value = normalize(input);
        if value.is_empty() {
            return Err(PersonNameError::Empty);
        }
        if value.chars().any(|c| c.is_control() || matches!(c, '<' | '>')) {
            return Err(PersonNameError::InvalidCharacter);
        }
        let folded = value.split_whitespace().collect::<Vec<_>>().join(" ");
        if folded.chars().count() > 50 {
            return Err(PersonNameError::TooLong);
        }
        Ok(Self(folded))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_spaces_and_rejects_empty_or_long() {
        assert_eq!(PersonName::parse(" 射水\u{3000}\u{3000}太郎 ").unwrap().as_str(), "射水 太郎");
        assert_eq!(PersonName::parse("\u{3000}"), Err(PersonNameError::Empty));
        assert_eq!(PersonName::parse(&"あ".repeat(51)), Err(PersonNameError::TooLong));
        assert_eq!(PersonName::parse("a\u{0007}b"), Err(PersonNameError::InvalidCharacter));
    }
}
