//! What staff type when they schedule: dates, times, weekdays, capacities
//! and other whole numbers, read the way Japanese keyboards produce them
//! (full-width digits, 年月日, 時分). One parse each, for every form.
use super::normalize;
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

/// `17:00`, `9:30`, `１７：００`, `17時`, `17時30分`.
pub fn parse_time(input: &str) -> Option<NaiveTime> {
    let s = normalize(input).replace('時', ":").replace('分', "");
    let s = s.trim().trim_end_matches(':');
    let (h, m) = s.split_once(':').unwrap_or((s, "0"));
    let (h, m) = (h.trim().parse::<u32>().ok()?, m.trim().parse::<u32>().ok()?);
    NaiveTime::from_hms_opt(h, m, 0)
}

/// A whole number typed (full-width digits too) within `range`.
pub fn number_in(input: &str, range: std::ops::RangeInclusive<i32>) -> Option<i32> {
    normalize(input).trim().parse::<i32>().ok().filter(|n| range.contains(n))
}

/// A slot's capacity as typed: 1 to 1000 people.
pub fn parse_capacity(input: &str) -> Option<i32> {
    number_in(input, 1..=1000)
}

/// `2026-12-01`, `2026/12/1`, `２０２６年１２月１日`.
pub fn parse_date(input: &str) -> Option<NaiveDate> {
    let s = normalize(input).replace(['年', '月', '/', '.'], "-").replace('日', "");
    let mut parts = s.trim().split('-').map(|p| p.trim().parse::<u32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// A date and a time as a `datetime-local` field sends them
/// (`2026-12-01T09:00`) or as staff type them (`2026/12/1 9:00`).
pub fn parse_date_time(input: &str) -> Option<chrono::NaiveDateTime> {
    let s = normalize(input);
    let (date, time) = s.trim().split_once(['T', ' ', '　'])?;
    Some(parse_date(date)?.and_time(parse_time(time)?))
}

/// `9:00, 9:30 10:00、10:30` → the times, sorted, once each.
pub fn parse_times(input: &str) -> Option<Vec<NaiveTime>> {
    let s = normalize(input);
    let mut times = Vec::new();
    for part in s.split(|c: char| c == ',' || c == '、' || c == '，' || c.is_whitespace()).filter(|p| !p.is_empty()) {
        times.push(parse_time(part)?);
    }
    times.sort();
    times.dedup();
    (!times.is_empty()).then_some(times)
}

pub fn parse_weekdays(input: &str) -> Vec<Weekday> {
    let mut days: Vec<Weekday> = input
        .split(',')
        .filter_map(|p| p.trim().parse::<u8>().ok())
        .filter_map(|n| Weekday::try_from(n.wrapping_sub(1)).ok())
        .collect();
    days.sort_by_key(|d| d.num_days_from_monday());
    days.dedup();
    days
}

/// 年末年始: the days city offices close (12月29日〜1月3日).
pub fn is_new_year_closure(date: NaiveDate) -> bool {
    matches!((date.month(), date.day()), (12, 29..=31) | (1, 1..=3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_with_times_are_read_from_the_field_or_as_typed() {
        let at = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap().and_hms_opt(9, 30, 0);
        assert_eq!(parse_date_time("2026-12-01T09:30"), at);
        assert_eq!(parse_date_time("２０２６/12/1 9:30"), at);
        assert_eq!(parse_date_time("2026年12月1日　9時30分"), at);
        assert_eq!(parse_date_time("2026-12-01"), None);
        assert_eq!(parse_date_time("2026-02-30T09:00"), None);
        assert_eq!(parse_date_time("2026-12-01T25:00"), None);
    }

    #[test]
    fn times_are_read_as_typed_in_japan() {
        assert_eq!(parse_time("17:00"), NaiveTime::from_hms_opt(17, 0, 0));
        assert_eq!(parse_time("９：３０"), NaiveTime::from_hms_opt(9, 30, 0));
        assert_eq!(parse_time("17時"), NaiveTime::from_hms_opt(17, 0, 0));
        assert_eq!(parse_time("8時15分"), NaiveTime::from_hms_opt(8, 15, 0));
        assert_eq!(parse_time("25:00"), None);
        assert_eq!(parse_time("夕方"), None);
    }

    #[test]
    fn dates_and_times_are_read_as_typed_in_japan() {
        assert_eq!(parse_date("２０２６年１２月１日"), NaiveDate::from_ymd_opt(2026, 12, 1));
        assert_eq!(parse_date("2026/12/01"), NaiveDate::from_ymd_opt(2026, 12, 1));
        assert_eq!(parse_date("2026-02-30"), None);
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(parse_times("10:00、9:00 9:00,13時30分"), Some(vec![t(9, 0), t(10, 0), t(13, 30)]));
        assert_eq!(parse_times("9:00, 午後"), None);
        assert_eq!(parse_weekdays("1,3,9,x,3"), vec![Weekday::Mon, Weekday::Wed]);
    }

    #[test]
    fn capacities_are_one_to_a_thousand() {
        assert_eq!(parse_capacity("１０"), Some(10));
        assert_eq!(parse_capacity("0"), None);
        assert_eq!(parse_capacity("1001"), None);
    }
}
