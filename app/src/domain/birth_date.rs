use super::normalize;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// 生年月日, typed as three numbers (西暦の年, 月, 日): a date picker that
/// opens on today is a long scroll back for a resident born in 1950.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BirthDate(NaiveDate);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BirthDateError {
    #[error("{}", crate::texts::Text::ErrorBirthDateEmpty.said())]
    Empty,
    #[error("{}", crate::texts::Text::ErrorBirthDateNotNumbers.said())]
    NotNumbers,
    #[error("{}", crate::texts::Text::ErrorBirthDateNoSuchDate.said())]
    NoSuchDate,
    #[error("{}", crate::texts::Text::ErrorBirthDateInFuture.said())]
    InFuture,
}

impl BirthDate {
    /// `today` bounds the date from above (no one is born tomorrow).
    pub fn parse(year: &str, month: &str, day: &str, today: NaiveDate) -> Result<Self, BirthDateError> {
        let parts = [normalize(year), normalize(month), normalize(day)];
        if parts.iter().all(|p| p.is_empty()) {
            return Err(BirthDateError::Empty);
        }
        let mut numbers = [0u32; 3];
        for (n, part) in numbers.iter_mut().zip(&parts) {
            *n = part.parse().map_err(|_| BirthDateError::NotNumbers)?;
        }
        let [y, m, d] = numbers;
        if !(1900..=9999).contains(&y) {
            return Err(BirthDateError::NoSuchDate);
        }
        let date = NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(BirthDateError::NoSuchDate)?;
        if date > today {
            return Err(BirthDateError::InFuture);
        }
        Ok(Self(date))
    }

    pub fn from_date(date: NaiveDate) -> Self {
        Self(date)
    }

    pub fn date(&self) -> NaiveDate {
        self.0
    }

    /// `1960年4月1日`
    pub fn japanese(&self) -> String {
        format!("{}年{}月{}日", self.0.year(), self.0.month(), self.0.day())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    #[test]
    fn parses_half_and_full_width_numbers() {
        let d = BirthDate::parse("１９６０", "４", "01", today()).unwrap();
        assert_eq!(d.date(), NaiveDate::from_ymd_opt(1960, 4, 1).unwrap());
        assert_eq!(d.japanese(), "1960年4月1日");
    }

    #[test]
    fn rejects_impossible_and_future_dates() {
        assert_eq!(BirthDate::parse("", " ", "", today()), Err(BirthDateError::Empty));
        assert_eq!(BirthDate::parse("昭和35", "4", "1", today()), Err(BirthDateError::NotNumbers));
        assert_eq!(BirthDate::parse("1960", "2", "30", today()), Err(BirthDateError::NoSuchDate));
        assert_eq!(BirthDate::parse("60", "4", "1", today()), Err(BirthDateError::NoSuchDate));
        assert_eq!(BirthDate::parse("2026", "11", "26", today()), Err(BirthDateError::InFuture));
    }
}
