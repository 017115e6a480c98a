//! The domain parsers under arbitrary input (issue 12): every form field a
//! resident or a script can send goes through one of these first. For any
//! string — any Unicode, control characters, full-width forms, huge
//! numbers — none panics; what they accept is well-formed and reads back
//! to itself. `PROPTEST_CASES=100000 cargo test -p app --features ssr fuzz`
//! runs them longer.
use super::*;
use chrono::NaiveDate;
use proptest::prelude::*;

/// Strings that look like what forms carry, and strings that do not.
fn input() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9０-９\\-－ー ー　\\.@＠a-zA-Zａ-ｚ]{0,40}",
        "[ぁ-んァ-ヶ一-龠 　]{0,20}",
        "[\\x00-\\x1f\\x7f\"'<>&%;\\\\]{0,12}",
        "[0-9]{1,30}",
    ]
}

proptest! {
    #[test]
    fn reservation_numbers(text in input()) {
        if let Some(number) = ReservationNumber::parse(&text) {
            prop_assert!(number.as_str().len() == 8 && number.as_str().bytes().all(|b| b.is_ascii_digit()));
            let path = format!("/my/reservations/{}/cancelled", number.as_str());
            prop_assert!(http::HeaderValue::from_str(&path).is_ok());
            prop_assert_eq!(ReservationNumber::parse(number.as_str()), Some(number.clone()));
        }
    }

    #[test]
    fn user_keys(text in input()) {
        if let Ok(key) = UserKey::parse(&text) {
            prop_assert_eq!(UserKey::parse(&key.to_string()).map(|k| k.to_string()), Ok(key.to_string()));
            prop_assert!(key.to_string().is_ascii());
        }
    }

    #[test]
    fn one_time_passwords(text in input()) {
        if let Ok(code) = OneTimePassword::parse(&text) {
            prop_assert_eq!(code.as_str().len(), 8);
            prop_assert!(OneTimePassword::parse(code.as_str()).is_ok());
        }
    }

    #[test]
    fn email_addresses(text in input()) {
        if let Ok(email) = EmailAddress::parse(&text) {
            prop_assert!(email.as_str().contains('@'));
            prop_assert!(!email.as_str().chars().any(char::is_control), "{:?}", email.as_str());
            prop_assert_eq!(EmailAddress::parse(email.as_str()).map(|e| e.as_str().to_string()), Ok(email.as_str().to_string()));
        }
    }

    #[test]
    fn names_kana_and_phones(text in input()) {
        if let Ok(name) = PersonName::parse(&text) {
            prop_assert!(!name.to_string().chars().any(char::is_control));
        }
        if let Ok(kana) = Kana::parse(&text) {
            prop_assert!(!kana.to_string().chars().any(char::is_control));
        }
        if let Ok(phone) = PhoneNumber::parse(&text) {
            prop_assert!(phone.to_string().bytes().all(|b| b.is_ascii_digit() || b == b'-'), "{}", phone);
        }
    }

    #[test]
    fn dates_times_and_numbers(text in input(), low in -5i32..5, span in 0i32..100_000) {
        let _ = parse_date(&text);
        let _ = parse_time(&text);
        let _ = parse_times(&text);
        let _ = parse_weekdays(&text);
        if let Some(n) = number_in(&text, low..=low + span) {
            prop_assert!((low..=low + span).contains(&n));
        }
        if let Some(n) = parse_capacity(&text) {
            prop_assert!(n >= 0);
        }
    }

    #[test]
    fn birth_dates(year in input(), month in input(), day in input()) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        if let Ok(date) = BirthDate::parse(&year, &month, &day, today) {
            prop_assert!(date.date() <= today);
        }
    }

    #[test]
    fn whole_details_forms(name in input(), kana in input(), phone in input(), email in input(), y in input()) {
        let input = DetailsInput {
            name, kana, birth_year: y, birth_month: "4".into(), birth_day: "1".into(), phone,
            email: email.clone(), email_confirm: email, no_email: false,
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        match input.validate(today) {
            Ok(_) => {}
            Err(errors) => prop_assert!(!errors.is_empty() && errors.iter().all(|e| !e.message.is_empty())),
        }
    }
}
