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
/// Stored as JSON in `services.eligibility` (empty: none).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Eligibility {
    pub min_age: Option<u32>,
    pub max_age: Option<u32>,
    #[serde(default)]
    pub age_at: AgeAt,
    #[serde(default)]
    pub sex: Option<Sex>,
    #[serde(default)]
    pub questions: Vec<Question>,
    /// Whom a resident who does not qualify should call (例: 射水市保健
    /// センター 0766-52-7070); empty: the city's contact in the footer.
    #[serde(default)]
    pub contact: String,
}

/// Most yes/no questions one service may ask (a short form on a phone).
pub const MAX_QUESTIONS: usize = 5;

/// What a resident said on the 対象者の確認 step: their sex, when the
/// service asks, and the answer to each question (`None`: not answered).
/// Kept in the reservation's draft; checked again at 送信.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Said {
    pub sex: Option<Sex>,
    pub answers: Vec<Option<bool>>,
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

    /// Whether the conditions depend on the date of birth.
    pub fn asks_age(&self) -> bool {
        self.min_age.is_some() || self.max_age.is_some()
    }

    #[cfg(feature = "ssr")]
    /// Reads `services.eligibility`. Empty means open to all; so does a
    /// value this version cannot read (only the staff form writes it, so
    /// that would be a bug, logged by the caller's tests rather than a
    /// service no one can book).
    pub fn from_stored(stored: &str) -> Eligibility {
        if stored.trim().is_empty() {
            return Eligibility::default();
        }
        serde_json::from_str(stored).unwrap_or_default()
    }

    #[cfg(feature = "ssr")]
    /// What `services.eligibility` keeps: empty when open to all.
    pub fn to_stored(&self) -> String {
        if self.is_open_to_all() { String::new() } else { serde_json::to_string(self).unwrap_or_default() }
    }

    /// The conditions on age alone: what can be checked from a date of
    /// birth (at the counter, and when a reservation moves to another day).
    pub fn unmet_age(&self, birth_date: NaiveDate, slot_date: NaiveDate) -> Vec<Unmet> {
        let ages_only = Eligibility { sex: None, questions: Vec::new(), ..self.clone() };
        ages_only.unmet(&Applicant { birth_date, sex: None, answers: &[] }, slot_date)
    }

    /// Every condition not met by what a resident said; an unanswered
    /// question is not met.
    pub fn unmet_said(&self, birth_date: NaiveDate, said: &Said, slot_date: NaiveDate) -> Vec<Unmet> {
        let answers: Vec<bool> = self
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| said.answers.get(i).copied().flatten().unwrap_or(!q.qualifying_answer))
            .collect();
        self.unmet(&Applicant { birth_date, sex: said.sex, answers: &answers }, slot_date)
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

    #[test]
    fn what_a_resident_said_unanswered_questions_are_not_met() {
        let rule = Eligibility {
            min_age: Some(40),
            sex: Some(Sex::Female),
            questions: vec![Question { text: "射水市の国民健康保険に加入している".into(), qualifying_answer: true }],
            ..Eligibility::default()
        };
        let slot = d(2026, 12, 1);
        let said = |sex, answers: Vec<Option<bool>>| Said { sex, answers };
        assert!(rule.unmet_said(d(1970, 1, 1), &said(Some(Sex::Female), vec![Some(true)]), slot).is_empty());
        assert_eq!(rule.unmet_said(d(1970, 1, 1), &said(Some(Sex::Female), vec![None]), slot), vec![Unmet::Question(0)]);
        assert_eq!(rule.unmet_said(d(1970, 1, 1), &said(Some(Sex::Female), vec![]), slot), vec![Unmet::Question(0)]);
        assert_eq!(
            rule.unmet_said(d(1990, 1, 1), &said(None, vec![Some(false)]), slot),
            vec![Unmet::TooYoung { min_age: 40, at: d(2027, 3, 31) }, Unmet::Sex(Sex::Female), Unmet::Question(0)]
        );
        // Age alone: what the counter and a move can check.
        assert!(rule.unmet_age(d(1970, 1, 1), slot).is_empty());
        assert_eq!(rule.unmet_age(d(1990, 1, 1), slot).len(), 1);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn stored_as_json_and_empty_when_open_to_all() {
        assert_eq!(Eligibility::default().to_stored(), "");
        assert_eq!(Eligibility::from_stored(""), Eligibility::default());
        let rule = Eligibility { min_age: Some(40), max_age: Some(74), contact: "保健センター".into(), ..Eligibility::default() };
        assert_eq!(Eligibility::from_stored(&rule.to_stored()), rule);
        // Written before `contact` existed: still read.
        assert_eq!(Eligibility::from_stored(r#"{"min_age":40,"max_age":null}"#).min_age, Some(40));
    }
}
