//! 対象者条件 as residents (and the counter) read them: each condition of
//! a service in words, which ones a resident did not meet, and whom to
//! call. The rules themselves are `crate::domain::eligibility`; the words
//! are made on the server, in the request's language (readings as `《》`),
//! and sent to the page as text.
use crate::domain::{FieldError, Said};
use serde::{Deserialize, Serialize};

/// A service's conditions as a page shows them. `None` where a service is
/// open to all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConditionsView {
    /// Each condition (「年度末（3月31日）の時点で40歳から74歳の方」).
    pub rules: Vec<String>,
    pub asks_age: bool,
    pub asks_sex: bool,
    /// The yes/no questions, as the city wrote them.
    pub questions: Vec<String>,
    /// 「対象になるか分からないときは、…にお問い合わせください。」
    pub call: String,
}

/// Where a reservation's draft stands with the service's conditions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// The details form: the service is open to all (`met` false), or
    /// its conditions were met (`met` true).
    Details { met: bool },
    /// The questions, with what was chosen and what to correct.
    Ask { said: Said, errors: Vec<FieldError> },
    /// A condition not met: which ones, in words.
    Unmet { reasons: Vec<String> },
}

/// The ids of the first radio button of each choice, for the error
/// summary's links.
pub const SEX_FIELD: &str = "sex";

pub fn answer_field(index: usize) -> String {
    format!("answer-{index}")
}

#[cfg(feature = "ssr")]
pub use words::*;

#[cfg(feature = "ssr")]
mod words {
    use super::*;
    use crate::domain::{AgeAt, Eligibility, MAX_QUESTIONS, Sex, Unmet};
    use crate::language::Language;
    use crate::site::SiteSettings;
    use crate::texts::Text;
    use chrono::NaiveDate;

    /// The age condition, measured at `at` (a date) or, without one, at
    /// the service's reference date in words (「年度末（3月31日）」).
    fn age_rule(rule: &Eligibility, at: Option<NaiveDate>, language: Language) -> Option<String> {
        let at = match at {
            Some(date) => crate::time::date_long_in(date, language),
            None => match rule.age_at {
                AgeAt::FiscalYearEnd => Text::ConditionsAtFiscalYearEnd.in_language(language, &[]),
                AgeAt::SlotDate => Text::ConditionsAtSlotDate.in_language(language, &[]),
            },
        };
        let (min, max) = (rule.min_age.map(|n| n.to_string()), rule.max_age.map(|n| n.to_string()));
        Some(match (min, max) {
            (Some(min), Some(max)) => Text::ConditionsAgeBetween.in_language(language, &[("at", &at), ("min", &min), ("max", &max)]),
            (Some(min), None) => Text::ConditionsAgeFrom.in_language(language, &[("at", &at), ("min", &min)]),
            (None, Some(max)) => Text::ConditionsAgeTo.in_language(language, &[("at", &at), ("max", &max)]),
            (None, None) => return None,
        })
    }

    fn sex_rule(sex: Sex, language: Language) -> String {
        match sex {
            Sex::Female => Text::ConditionsSexFemale,
            Sex::Male => Text::ConditionsSexMale,
        }
        .in_language(language, &[])
    }

    fn question_rule(rule: &Eligibility, index: usize, language: Language) -> Option<String> {
        let question = rule.questions.get(index)?;
        let text = if question.qualifying_answer { Text::ConditionsQuestionYes } else { Text::ConditionsQuestionNo };
        Some(text.in_language(language, &[("question", &question.text)]))
    }

    /// Every condition of `rule`, in order: age, sex, each question.
    pub fn rules_in(rule: &Eligibility, language: Language) -> Vec<String> {
        let mut lines: Vec<String> = age_rule(rule, None, language).into_iter().collect();
        lines.extend(rule.sex.map(|sex| sex_rule(sex, language)));
        lines.extend((0..rule.questions.len()).filter_map(|i| question_rule(rule, i, language)));
        lines
    }

    /// The conditions not met, each said once; an age condition with the
    /// date it was measured at.
    pub fn unmet_in(rule: &Eligibility, unmet: &[Unmet], language: Language) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for condition in unmet {
            let line = match condition {
                Unmet::TooYoung { at, .. } | Unmet::TooOld { at, .. } => age_rule(rule, Some(*at), language),
                Unmet::Sex(sex) => Some(sex_rule(*sex, language)),
                Unmet::Question(i) => question_rule(rule, *i, language),
            };
            if let Some(line) = line.filter(|l| !lines.contains(l)) {
                lines.push(line);
            }
        }
        lines
    }

    /// Whom to call: the service's own contact, else the city's.
    pub fn contact_in(rule: &Eligibility, site: &SiteSettings, language: Language) -> String {
        if rule.contact.trim().is_empty() { site.contact_line_in(language) } else { rule.contact.trim().to_string() }
    }

    /// The conditions as a page shows them; `None` when open to all.
    pub fn view_in(rule: &Eligibility, site: &SiteSettings, language: Language) -> Option<ConditionsView> {
        if rule.is_open_to_all() {
            return None;
        }
        Some(ConditionsView {
            rules: rules_in(rule, language),
            asks_age: rule.asks_age(),
            asks_sex: rule.sex.is_some(),
            questions: rule.questions.iter().map(|q| q.text.clone()).collect(),
            call: Text::ConditionsCall.in_language(language, &[("contact", &contact_in(rule, site, language))]),
        })
    }

    /// The choices as a form sends them (`female`/`male`, `yes`/`no`);
    /// anything else is no choice.
    pub fn parse_said(rule: &Eligibility, sex: Option<&str>, answers: &[Option<String>]) -> Said {
        let sex = match sex {
            Some("female") => Some(Sex::Female),
            Some("male") => Some(Sex::Male),
            _ => None,
        };
        let answers = (0..rule.questions.len().min(MAX_QUESTIONS))
            .map(|i| match answers.get(i).and_then(|a| a.as_deref()) {
                Some("yes") => Some(true),
                Some("no") => Some(false),
                _ => None,
            })
            .collect();
        Said { sex: rule.sex.and(sex), answers }
    }

    /// What is left unanswered, as field errors.
    pub fn unanswered(rule: &Eligibility, said: &Said) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if rule.sex.is_some() && said.sex.is_none() {
            errors.push(FieldError::new(SEX_FIELD, Text::ErrorChooseSex.said()));
        }
        for i in 0..rule.questions.len() {
            if said.answers.get(i).copied().flatten().is_none() {
                errors.push(FieldError::new(&answer_field(i), Text::ErrorAnswerQuestion.said()));
            }
        }
        errors
    }

    /// The refusal of the booking core (at 送信, at the counter, at a
    /// move), in `language`.
    pub fn refusal(rule: &Eligibility, unmet: &[Unmet], site: &SiteSettings, language: Language) -> crate::booking::BookingError {
        let separator = if language == Language::En { "; " } else { "、" };
        crate::booking::BookingError::NotEligible {
            reasons: unmet_in(rule, unmet, language).join(separator),
            contact: contact_in(rule, site, language),
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::domain::Question;

        fn d(y: i32, m: u32, day: u32) -> NaiveDate {
            NaiveDate::from_ymd_opt(y, m, day).unwrap()
        }

        fn checkup() -> Eligibility {
            Eligibility {
                min_age: Some(40),
                max_age: Some(74),
                questions: vec![Question { text: "射水市の国民健康保険に加入している".into(), qualifying_answer: true }],
                ..Eligibility::default()
            }
        }

        #[test]
        fn conditions_in_words_in_every_language() {
            let rule = checkup();
            assert_eq!(
                rules_in(&rule, Language::Ja),
                ["年度末（3月31日）の時点で40歳から74歳の方", "「射水市の国民健康保険に加入している」に「はい」と答える方"]
            );
            assert_eq!(rules_in(&rule, Language::En)[0], "People aged 40 to 74 on March 31 (the end of the fiscal year)");
            assert!(rules_in(&rule, Language::Easy)[0].contains("歳《さい》"));
            let only_women = Eligibility { sex: Some(Sex::Female), min_age: Some(20), ..Eligibility::default() };
            assert_eq!(rules_in(&only_women, Language::Ja), ["年度末（3月31日）の時点で20歳以上の方", "女性の方"]);
        }

        #[test]
        fn what_was_not_met_names_the_date_it_was_measured_at() {
            let rule = checkup();
            let unmet = rule.unmet_said(d(1990, 1, 1), &Said { sex: None, answers: vec![Some(false)] }, d(2026, 12, 1));
            assert_eq!(
                unmet_in(&rule, &unmet, Language::Ja),
                ["2027年3月31日(水)の時点で40歳から74歳の方", "「射水市の国民健康保険に加入している」に「はい」と答える方"]
            );
            let site = SiteSettings::example();
            let crate::booking::BookingError::NotEligible { reasons, contact } = refusal(&rule, &unmet, &site, Language::Ja) else {
                panic!("a refusal")
            };
            assert!(reasons.contains("40歳から74歳") && reasons.contains('、'), "{reasons}");
            assert_eq!(contact, site.contact_line_in(Language::Ja));
            let own = Eligibility { contact: "保健センター（0766-52-7070）".into(), ..rule };
            assert_eq!(contact_in(&own, &site, Language::En), "保健センター（0766-52-7070）");
        }

        #[test]
        fn a_form_says_yes_no_or_nothing() {
            let rule = Eligibility { sex: Some(Sex::Male), ..checkup() };
            let said = parse_said(&rule, Some("male"), &[Some("yes".into()), Some("no".into())]);
            assert_eq!(said, Said { sex: Some(Sex::Male), answers: vec![Some(true)] });
            let said = parse_said(&rule, Some("other"), &[Some("maybe".into())]);
            assert_eq!(said, Said { sex: None, answers: vec![None] });
            let fields: Vec<String> = unanswered(&rule, &said).into_iter().map(|e| e.field).collect();
            assert_eq!(fields, ["sex", "answer-0"]);
            // A service that does not ask the sex keeps none.
            assert_eq!(parse_said(&checkup(), Some("female"), &[]).sex, None);
        }
    }
}
