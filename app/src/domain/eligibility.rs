//! 対象者条件: who a service is for — an age range at a reference date, a
//! sex, and yes/no questions — and whether a resident meets them. Plain
//! rules, compiled for the browser too, so the page can tell a resident
//! before they type their details, with the same code the server checks
//! again at 送信 and at a lottery's draw.
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The date a service's age range is measured at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum AgeAt {
    /// 年度末: 31 March of the fiscal year (April–March) the slot is in —
    /// how 特定健診 and most screenings count (「年度末年齢」).
    #[default]
    FiscalYearEnd,
    /// The slot's own date.
    SlotDate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sex {
    Female,
    Male,
}

/// A yes/no question and the answer that qualifies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// 例: 射水市の国民健康保険に加入している
    pub text: String,
    pub qualifying_answer: bool,
}

/// A service's conditions. The default has none: everyone may reserve.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Eligibility {
    pub min_age: Option<u32>,
    pub max_age: Option<u32>,
    pub age_at: AgeAt,
    pub sex: Option<Sex>,
    pub questions: Vec<Question>,
}

/// What a resident says about themself, for the conditions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applicant<'a> {
    pub birth_date: NaiveDate,
    pub sex: Option<Sex>,
    /// Answers to the service's questions, in their order.
    pub answers: &'a [bool],
}

/// A condition not met: which one, so the resident is told plainly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unmet {
    /// Younger than `min_age` on `at`.
    TooYoung { min_age: u32, at: NaiveDate },
    /// Older than `max_age` on `at`.
    TooOld { max_age: u32, at: NaiveDate },
    Sex(Sex),
    /// The question (by its place in the list, from 0) was not answered
    /// the qualifying way, or not answered.
    Question(usize),
}

/// 31 March of the fiscal year `date` is in (April to March).
pub fn fiscal_year_end(date: NaiveDate) -> NaiveDate {
    let year = if date.month() >= 4 { date.year() + 1 } else { date.year() };
    NaiveDate::from_ymd_opt(year, 3, 31).expect("31 March exists")
}

/// Age on `on` as Japanese law counts it (年齢計算ニ関スル法律): a year is
/// added at the end of the day before the birthday, so someone born on
/// 1 April is already a year older on 31 March — why they are in the
/// school year above, and why a 年度末 age range reaches them.
pub fn legal_age(birth: NaiveDate, on: NaiveDate) -> u32 {
    let on = on.succ_opt().unwrap_or(on);
    if on < birth {
        return 0;
    }
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years.max(0) as u32
}

impl Eligibility {
    pub fn is_open_to_all(&self) -> bool {
        self.min_age.is_none() && self.max_age.is_none() && self.sex.is_none() && self.questions.is_empty()
    }

    /// The date ages are measured at for a slot on `slot_date`.
    pub fn reference_date(&self, slot_date: NaiveDate) -> NaiveDate {
        match self.age_at {
            AgeAt::FiscalYearEnd => fiscal_year_end(slot_date),
            AgeAt::SlotDate => slot_date,
        }
    }

    /// Every condition `who` does not meet for a slot on `slot_date`
    /// (empty: they qualify).
    pub fn unmet(&self, who: &Applicant, slot_date: NaiveDate) -> Vec<Unmet> {
        let mut unmet = Vec::new();
        let at = self.reference_date(slot_date);
        let age = legal_age(who.birth_date, at);
        if let Some(min_age) = self.min_age
            && age < min_age
        {
            unmet.push(Unmet::TooYoung { min_age, at });
        }
        if let Some(max_age) = self.max_age
            && age > max_age
        {
            unmet.push(Unmet::TooOld { max_age, at });
        }
        if let Some(sex) = self.sex
            && who.sex != Some(sex)
        {
            unmet.push(Unmet::Sex(sex));
        }
        for (i, question) in self.questions.iter().enumerate() {
            if who.answers.get(i) != Some(&question.qualifying_answer) {
                unmet.push(Unmet::Question(i));
            }
        }
        unmet
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// 特定健診: 40–74 at the end of the fiscal year.
    fn checkup() -> Eligibility {
        Eligibility { min_age: Some(40), max_age: Some(74), ..Eligibility::default() }
    }

    fn qualifies(rule: &Eligibility, birth: NaiveDate, slot: NaiveDate) -> bool {
        rule.unmet(&Applicant { birth_date: birth, sex: None, answers: &[] }, slot).is_empty()
    }

    #[test]
    fn the_fiscal_year_ends_on_the_31st_of_march() {
        assert_eq!(fiscal_year_end(d(2026, 4, 1)), d(2027, 3, 31));
        assert_eq!(fiscal_year_end(d(2027, 3, 31)), d(2027, 3, 31));
        assert_eq!(fiscal_year_end(d(2026, 12, 1)), d(2027, 3, 31));
        assert_eq!(fiscal_year_end(d(2027, 1, 15)), d(2027, 3, 31));
    }

    #[test]
    fn ages_are_counted_as_the_law_counts_them() {
        // The day before the birthday, the year is already added.
        assert_eq!(legal_age(d(1987, 4, 1), d(2027, 3, 31)), 40);
        assert_eq!(legal_age(d(1987, 4, 2), d(2027, 3, 31)), 39);
        assert_eq!(legal_age(d(1987, 3, 31), d(2027, 3, 31)), 40);
        assert_eq!(legal_age(d(1987, 3, 31), d(2027, 3, 29)), 39);
        // Born on 29 February: older from the end of 28 February.
        assert_eq!(legal_age(d(2000, 2, 29), d(2021, 2, 27)), 20);
        assert_eq!(legal_age(d(2000, 2, 29), d(2021, 2, 28)), 21);
        assert_eq!(legal_age(d(2030, 1, 1), d(2027, 3, 31)), 0);
    }

    #[test]
    fn the_40th_and_75th_birthdays_around_the_end_of_the_fiscal_year() {
        let rule = checkup();
        // A slot in fiscal 2026 (ends 31 March 2027).
        let slot = d(2026, 12, 1);
        // 40th birthday: on 31 March 2027 (40 at the year's end) — in;
        // on 1 April 2027 (legally 40 from the end of 31 March) — in;
        // on 2 April 2027 — still 39: out.
        assert!(qualifies(&rule, d(1987, 3, 31), slot));
        assert!(qualifies(&rule, d(1987, 4, 1), slot));
        assert!(!qualifies(&rule, d(1987, 4, 2), slot));
        // 75th birthday: on 31 March 2027 or 1 April 2027 — 75: out; on
        // 2 April 2027 — 74 at the year's end: in.
        assert!(!qualifies(&rule, d(1952, 3, 31), slot));
        assert!(!qualifies(&rule, d(1952, 4, 1), slot));
        assert!(qualifies(&rule, d(1952, 4, 2), slot));
        // Which condition, and measured when.
        let unmet = rule.unmet(&Applicant { birth_date: d(1987, 4, 2), sex: None, answers: &[] }, slot);
        assert_eq!(unmet, vec![Unmet::TooYoung { min_age: 40, at: d(2027, 3, 31) }]);
    }

    #[test]
    fn at_the_slot_date_the_birthday_itself_decides() {
        let rule = Eligibility { min_age: Some(65), age_at: AgeAt::SlotDate, ..Eligibility::default() };
        let slot = d(2026, 12, 1);
        assert!(qualifies(&rule, d(1961, 12, 2), slot), "65 from the end of 1 December");
        assert!(!qualifies(&rule, d(1961, 12, 3), slot));
    }

    #[test]
    fn sex_and_questions() {
        let rule = Eligibility {
            sex: Some(Sex::Female),
            questions: vec![
                Question { text: "射水市の国民健康保険に加入している".into(), qualifying_answer: true },
                Question { text: "今年度、すでに受診した".into(), qualifying_answer: false },
            ],
            ..Eligibility::default()
        };
        let slot = d(2026, 12, 1);
        let who = |sex, answers: &'static [bool]| Applicant { birth_date: d(1970, 1, 1), sex, answers };
        assert!(rule.unmet(&who(Some(Sex::Female), &[true, false]), slot).is_empty());
        assert_eq!(rule.unmet(&who(Some(Sex::Male), &[true, false]), slot), vec![Unmet::Sex(Sex::Female)]);
        assert_eq!(rule.unmet(&who(Some(Sex::Female), &[true, true]), slot), vec![Unmet::Question(1)]);
        assert_eq!(rule.unmet(&who(None, &[true]), slot), vec![Unmet::Sex(Sex::Female), Unmet::Question(1)]);
        assert!(Eligibility::default().is_open_to_all());
        assert!(!rule.is_open_to_all());
    }
}
