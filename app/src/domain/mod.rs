//! Types that parse what residents type. Each has one `parse` that
//! normalises (NFKC: full-width digits, letters and spaces from Japanese
//! keyboards become their ASCII forms), trims and checks; nothing past the
//! edge of the app takes a bare `String`. They compile for the browser too,
//! so the page can pre-check with the same code the server enforces.
mod birth_date;
mod details;
mod eligibility;
mod email;
mod field_error;
mod kana;
mod one_time_password;
mod person_name;
mod phone;
mod reservation_number;
mod schedule;
mod slot_rules;
mod user_key;
#[cfg(all(test, feature = "ssr"))]
mod fuzz;

pub use birth_date::{BirthDate, BirthDateError};
pub use details::{DetailsInput, ValidDetails};
pub use eligibility::{AgeAt, Applicant, Eligibility, MAX_QUESTIONS, Question, Said, Sex, Unmet, fiscal_year_end, legal_age};
pub use email::{EmailAddress, EmailError, masked_email};
pub use field_error::{FieldError, confirmed_email};
pub use kana::{Kana, KanaError};
pub use one_time_password::{OneTimePassword, OneTimePasswordError};
pub use person_name::{PersonName, PersonNameError};
pub use phone::{PhoneNumber, PhoneError};
pub use reservation_number::ReservationNumber;
pub use schedule::{is_new_year_closure, number_in, parse_capacity, parse_date, parse_date_time, parse_time, parse_times, parse_weekdays};
pub use slot_rules::{Availability, BookingRule, availability};
pub use user_key::{UserKey, UserKeyError};

use unicode_normalization::UnicodeNormalization;

/// NFKC, then trimmed (NFKC turns the ideographic space U+3000 into an
/// ASCII space, so this also trims full-width spaces).
pub fn normalize(input: &str) -> String {
    input.nfkc().collect::<String>().trim().to_string()
}

/// Hyphen-like characters that Japanese input methods produce where a
/// resident means "-": after NFKC the full-width hyphen-minus is already
/// ASCII, but these survive it.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' // hyphen
            | '\u{2011}' // non-breaking hyphen
            | '\u{2012}' // figure dash
            | '\u{2013}' // en dash
            | '\u{2014}' // em dash
            | '\u{2015}' // horizontal bar
            | '\u{2212}' // minus sign
            | '\u{30FC}' // katakana prolonged sound mark, typed for "-" on kana keyboards
            | '\u{FF70}' // half-width prolonged sound mark
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_full_width_and_trims_ideographic_spaces() {
        assert_eq!(normalize("\u{3000}ＡＢＣ１２３\u{3000}"), "ABC123");
        assert_eq!(normalize("  info＠city.imizu.lg.jp "), "info@city.imizu.lg.jp");
    }
}
