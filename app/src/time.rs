//! Japan Standard Time. Japan has no daylight saving, so a fixed +09:00
//! offset is exact and needs no time-zone database in the browser.
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc, Weekday};

pub fn jst() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).expect("+09:00 is a valid offset")
}

pub fn to_jst(instant: DateTime<Utc>) -> NaiveDateTime {
    instant.with_timezone(&jst()).naive_local()
}

fn weekday_ja(day: Weekday) -> &'static str {
    ["月", "火", "水", "木", "金", "土", "日"][day.num_days_from_monday() as usize]
}

/// `12月1日(火)`
pub fn date_short(date: NaiveDate) -> String {
    format!("{}月{}日({})", date.month(), date.day(), weekday_ja(date.weekday()))
}

/// `2026年12月1日(火)`
pub fn date_long(date: NaiveDate) -> String {
    format!("{}年{}", date.year(), date_short(date))
}

/// `9:30`, as clinics print it.
pub fn time_short(time: NaiveTime) -> String {
    format!("{}:{:02}", time.hour(), time.minute())
}

/// `2026年11月30日(月) 17:00`
/// `9:30〜10:00`
pub fn time_range(start: NaiveTime, end: NaiveTime) -> String {
    format!("{}〜{}", time_short(start), time_short(end))
}

/// `2026年12月1日(火) 9:30〜10:00`: when a slot is, as every page and email says it.
pub fn slot_when(date: NaiveDate, start: NaiveTime, end: NaiveTime) -> String {
    format!("{} {}", date_long(date), time_range(start, end))
}

pub fn date_time_long(at: NaiveDateTime) -> String {
    format!("{} {}", date_long(at.date()), time_short(at.time()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_dates_and_times_the_japanese_way() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(date_short(d), "12月1日(火)");
        assert_eq!(date_long(d), "2026年12月1日(火)");
        assert_eq!(time_short(NaiveTime::from_hms_opt(9, 30, 0).unwrap()), "9:30");
        let utc = DateTime::parse_from_rfc3339("2026-11-30T15:30:00Z").unwrap().with_timezone(&Utc);
        assert_eq!(to_jst(utc).date(), d);
    }
}
