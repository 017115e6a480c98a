//! Japan Standard Time. Japan has no daylight saving, so a fixed +09:00
//! offset is exact and needs no time-zone database in the browser.
use crate::language::{Language, current};
use crate::texts::Text;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc, Weekday};

pub fn jst() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).expect("+09:00 is a valid offset")
}

pub fn to_jst(instant: DateTime<Utc>) -> NaiveDateTime {
    instant.with_timezone(&jst()).naive_local()
}

/// A moment told in Japan time, as UTC (exact: a fixed offset has no gaps).
pub fn from_jst(at: NaiveDateTime) -> DateTime<Utc> {
    (at - chrono::Duration::hours(9)).and_utc()
}

/// The short name of a day of the week (`火`, `Tue`, `火《か》`).
pub fn weekday_in(day: Weekday, language: Language) -> &'static str {
    use crate::texts::Text::*;
    [SiteWeekdayMon, SiteWeekdayTue, SiteWeekdayWed, SiteWeekdayThu, SiteWeekdayFri, SiteWeekdaySat, SiteWeekdaySun]
        [day.num_days_from_monday() as usize]
        .pattern(language)
}

/// A month's name (`12月`, `December`, `12月《がつ》`).
pub fn month_in(month: u32, language: Language) -> &'static str {
    use crate::texts::Text::*;
    [
        SiteMonth1, SiteMonth2, SiteMonth3, SiteMonth4, SiteMonth5, SiteMonth6, SiteMonth7, SiteMonth8, SiteMonth9,
        SiteMonth10, SiteMonth11, SiteMonth12,
    ][(month.clamp(1, 12) - 1) as usize]
        .pattern(language)
}

/// A day of the month as a date's `{ $day }`: the number, except in
/// やさしい日本語, where it comes with 日 and how that day is read — 1日 is
/// ついたち, not いちにち (one day long), 20日 はつか — so the reading over it
/// is right for every day (the easy patterns write no 日 of their own).
pub fn day_in(day: u32, language: Language) -> String {
    if language != Language::Easy {
        return day.to_string();
    }
    let reading = match day {
        1 => "ついたち".to_string(),
        2 => "ふつか".to_string(),
        3 => "みっか".to_string(),
        4 => "よっか".to_string(),
        5 => "いつか".to_string(),
        6 => "むいか".to_string(),
        7 => "なのか".to_string(),
        8 => "ようか".to_string(),
        9 => "ここのか".to_string(),
        10 => "とおか".to_string(),
        14 => "じゅうよっか".to_string(),
        20 => "はつか".to_string(),
        24 => "にじゅうよっか".to_string(),
        n => format!("{}にち", number_reading(n)),
    };
    format!("｜{day}日《{reading}》")
}

/// How 11–31 are read (the days above that have no reading of their own).
fn number_reading(n: u32) -> String {
    const ONES: [&str; 10] = ["", "いち", "に", "さん", "よん", "ご", "ろく", "しち", "はち", "く"];
    let (tens, ones) = (n / 10, (n % 10) as usize);
    let tens = match tens {
        0 => "",
        1 => "じゅう",
        2 => "にじゅう",
        _ => "さんじゅう",
    };
    // 17日 じゅうしちにち, 19日 じゅうくにち: as days are read.
    format!("{tens}{}", ONES[ones])
}

fn date_with(text: Text, date: NaiveDate, language: Language) -> String {
    crate::words::fill(
        text.pattern(language),
        &[
            ("year", &date.year().to_string()),
            ("month", month_in(date.month(), language)),
            ("day", &day_in(date.day(), language)),
            ("weekday", weekday_in(date.weekday(), language)),
        ],
    )
}

// Every format below has an `_in` form for a given language (an email,
// in the resident's) and a plain form in the language of the page or
// request being served (`language::current()`: Japanese for the staff
// console, for a job, for a test). Easy Japanese keeps its readings
// (`12月《がつ》`): pages show them with `words::view_of`, emails in
// brackets, titles drop them (`words::plain`).

/// `12月1日(火)`
pub fn date_short_in(date: NaiveDate, language: Language) -> String {
    date_with(Text::SiteDateShort, date, language)
}

pub fn date_short(date: NaiveDate) -> String {
    date_short_in(date, current())
}

/// `2026年12月1日(火)`
pub fn date_long_in(date: NaiveDate, language: Language) -> String {
    date_with(Text::SiteDateLong, date, language)
}

pub fn date_long(date: NaiveDate) -> String {
    date_long_in(date, current())
}

/// `2026年12月`: a month calendar's caption.
pub fn month_long_in(date: NaiveDate, language: Language) -> String {
    date_with(Text::SiteDateMonth, date, language)
}

/// `1960年4月1日`: a date of birth (no day of the week).
pub fn birth_date_in(date: NaiveDate, language: Language) -> String {
    date_with(Text::SiteBirthDate, date, language)
}

/// `9:30`, as clinics print it (the same in every language).
pub fn time_short(time: NaiveTime) -> String {
    format!("{}:{:02}", time.hour(), time.minute())
}

/// `9:30〜10:00`
pub fn time_range_in(start: NaiveTime, end: NaiveTime, language: Language) -> String {
    crate::words::fill(Text::SiteTimeRange.pattern(language), &[("start", &time_short(start)), ("end", &time_short(end))])
}

pub fn time_range(start: NaiveTime, end: NaiveTime) -> String {
    time_range_in(start, end, current())
}

/// `2026年12月1日(火) 9:30〜10:00`: when a slot is, as every page and email says it.
pub fn slot_when_in(date: NaiveDate, start: NaiveTime, end: NaiveTime, language: Language) -> String {
    format!("{} {}", date_long_in(date, language), time_range_in(start, end, language))
}

pub fn slot_when(date: NaiveDate, start: NaiveTime, end: NaiveTime) -> String {
    slot_when_in(date, start, end, current())
}

/// `2026年11月30日(月) 17:00`
pub fn date_time_long_in(at: NaiveDateTime, language: Language) -> String {
    format!("{} {}", date_long_in(at.date(), language), time_short(at.time()))
}

pub fn date_time_long(at: NaiveDateTime) -> String {
    date_time_long_in(at, current())
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

    #[test]
    fn dates_in_every_language() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let (t1, t2) = (NaiveTime::from_hms_opt(9, 30, 0).unwrap(), NaiveTime::from_hms_opt(10, 0, 0).unwrap());
        assert_eq!(slot_when_in(d, t1, t2, Language::Ja), "2026年12月1日(火) 9:30〜10:00");
        assert_eq!(slot_when_in(d, t1, t2, Language::En), "Tue, December 1, 2026 9:30–10:00");
        assert_eq!(crate::words::plain(&date_long_in(d, Language::Easy)), "2026年12月1日(火)");
        assert!(date_long_in(d, Language::Easy).contains("月《がつ》"));
        assert!(date_long_in(d, Language::Easy).contains("｜1日《ついたち》"));
        let short = date_short_in(d, Language::Easy);
        let pieces = crate::words::pieces(&short);
        assert!(pieces.contains(&crate::words::Piece::Ruby { base: "1日", reading: "ついたち" }), "{pieces:?}");
        assert_eq!(crate::words::bracketed(&date_short_in(d, Language::Easy)), "12月（がつ）1日（ついたち）(火（か）)");
        for (day, reading) in [(11, "じゅういちにち"), (14, "じゅうよっか"), (19, "じゅうくにち"), (20, "はつか"), (21, "にじゅういちにち"), (30, "さんじゅうにち"), (31, "さんじゅういちにち")] {
            assert_eq!(day_in(day, Language::Easy), format!("｜{day}日《{reading}》"));
        }
        assert_eq!(day_in(5, Language::Ja), "5");
        assert_eq!(month_long_in(d, Language::En), "December 2026");
        assert_eq!(birth_date_in(NaiveDate::from_ymd_opt(1960, 4, 1).unwrap(), Language::Ja), "1960年4月1日");
    }
}
