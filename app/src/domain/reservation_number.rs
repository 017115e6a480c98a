use serde::{Deserialize, Serialize};
use std::fmt;

/// 予約番号: 8 random digits, easy to say on the phone. Random rather than
/// sequential so that one number tells nothing about others.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReservationNumber(String);

impl ReservationNumber {
    pub fn parse(input: &str) -> Option<Self> {
        let digits: String = super::normalize(input)
            .chars()
            .filter(|c| !c.is_whitespace() && !super::is_dash(*c))
            .collect();
        (digits.len() == 8 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(Self(digits))
    }

    #[cfg(feature = "ssr")]
    pub fn generate() -> Self {
        use rand::Rng;
        Self(format!("{:08}", rand::rng().random_range(0..100_000_000u32)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ReservationNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_eight_digits_in_any_width() {
        assert_eq!(ReservationNumber::parse("１２３４－５６７８").unwrap().as_str(), "12345678");
        assert!(ReservationNumber::parse("1234567").is_none());
        assert!(ReservationNumber::parse("1234567a").is_none());
    }
}
