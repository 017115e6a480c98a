use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

/// A service's booking window, in Japan time: booking opens `opens_days`
/// days before a slot's date and closes at `deadline_time`,
/// `deadline_days_before` days before; changing and cancelling close at
/// `change_time`, `change_days_before` days before.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingRule {
    pub opens_days: i32,
    pub deadline_days_before: i32,
    pub deadline_time: NaiveTime,
    pub change_days_before: i32,
    pub change_time: NaiveTime,
}

impl BookingRule {
    /// The last moment to reserve.
    pub fn deadline(&self, slot_date: NaiveDate) -> NaiveDateTime {
        (slot_date - Duration::days(self.deadline_days_before.into())).and_time(self.deadline_time)
    }

    /// The last moment to change or cancel.
    pub fn change_deadline(&self, slot_date: NaiveDate) -> NaiveDateTime {
        (slot_date - Duration::days(self.change_days_before.into())).and_time(self.change_time)
    }

    pub fn opens_on(&self, slot_date: NaiveDate) -> NaiveDate {
        slot_date - Duration::days(self.opens_days.into())
    }

    /// Whether a slot on `slot_date` can be booked at `now` (Japan time).
    pub fn accepts(&self, slot_date: NaiveDate, now: NaiveDateTime) -> bool {
        now.date() >= self.opens_on(slot_date) && now < self.deadline(slot_date)
    }
}

/// What a resident sees of a slot's room.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Availability {
    /// Places left to book.
    Open { remaining: i32 },
    /// 満員: every place is taken.
    Full,
    /// Staff closed it, or its deadline has passed.
    Closed,
}

/// The capacity rule in one place: a slot can take a reservation only
/// while `taken < capacity` (the database enforces the same in the booking
/// UPDATE and a CHECK constraint).
pub fn availability(capacity: i32, taken: i32, accepting: bool) -> Availability {
    if !accepting {
        Availability::Closed
    } else if taken >= capacity {
        Availability::Full
    } else {
        Availability::Open { remaining: capacity - taken }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule() -> BookingRule {
        BookingRule {
            opens_days: 30,
            deadline_days_before: 1,
            deadline_time: NaiveTime::from_hms_opt(17, 0, 0).unwrap(),
            change_days_before: 2,
            change_time: NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
        }
    }

    fn at(d: &str, t: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("{d} {t}"), "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn booking_closes_at_the_deadline_the_day_before() {
        let slot = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
        assert_eq!(rule().deadline(slot), at("2026-12-09", "17:00"));
        assert!(rule().accepts(slot, at("2026-12-09", "16:59")));
        assert!(!rule().accepts(slot, at("2026-12-09", "17:00")));
        assert!(!rule().accepts(slot, at("2026-12-10", "08:00")));
    }

    #[test]
    fn changing_has_its_own_deadline() {
        let slot = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
        assert_eq!(rule().change_deadline(slot), at("2026-12-08", "12:00"));
    }

    #[test]
    fn booking_opens_n_days_ahead() {
        let slot = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        assert!(!rule().accepts(slot, at("2026-11-30", "23:59")));
        assert!(rule().accepts(slot, at("2026-12-01", "00:00")));
    }

    #[test]
    fn full_when_taken_reaches_capacity() {
        assert_eq!(availability(10, 9, true), Availability::Open { remaining: 1 });
        assert_eq!(availability(10, 10, true), Availability::Full);
        assert_eq!(availability(10, 11, true), Availability::Full);
        assert_eq!(availability(10, 0, false), Availability::Closed);
    }
}
