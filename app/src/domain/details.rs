//! The details a resident types to reserve (氏名, ふりがな, 生年月日, 電話番号,
//! メールアドレス twice), as typed and once parsed.
use super::{BirthDate, EmailAddress, FieldError, Kana, PersonName, PhoneNumber};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The details form exactly as typed (kept in the draft so that the page
/// can show it again with what to correct).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DetailsInput {
    pub name: String,
    pub kana: String,
    pub birth_year: String,
    pub birth_month: String,
    pub birth_day: String,
    pub phone: String,
    pub email: String,
    pub email_confirm: String,
    /// メールアドレスなし: a resident without email, registered by staff at
    /// the counter (no resident's form sends it). The address is then
    /// neither asked nor kept.
    #[serde(default)]
    pub no_email: bool,
}

/// The details once every field has parsed.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidDetails {
    pub name: PersonName,
    pub kana: Kana,
    pub birth_date: BirthDate,
    pub phone: PhoneNumber,
    /// `None` only for a resident without email (`DetailsInput::no_email`).
    pub email: Option<EmailAddress>,
}

impl DetailsInput {
    pub fn validate(&self, today: NaiveDate) -> Result<ValidDetails, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = PersonName::parse(&self.name).map_err(|e| errors.push(FieldError::new("name", e))).ok();
        let kana = Kana::parse(&self.kana).map_err(|e| errors.push(FieldError::new("kana", e))).ok();
        let birth_date = BirthDate::parse(&self.birth_year, &self.birth_month, &self.birth_day, today)
            .map_err(|e| errors.push(FieldError::new("birth_year", e)))
            .ok();
        let phone = PhoneNumber::parse(&self.phone).map_err(|e| errors.push(FieldError::new("phone", e))).ok();
        let email = if self.no_email {
            Some(None)
        } else {
            let email = EmailAddress::parse(&self.email).map_err(|e| errors.push(FieldError::new("email", e))).ok();
            match (&email, EmailAddress::parse(&self.email_confirm)) {
                (_, Err(e)) => errors.push(FieldError::new("email_confirm", e)),
                (Some(a), Ok(b)) if *a != b => errors.push(FieldError::new("email_confirm", crate::texts::Text::ErrorEmailMismatch.said())),
                _ => {}
            }
            email.map(Some)
        };
        match (name, kana, birth_date, phone, email) {
            (Some(name), Some(kana), Some(birth_date), Some(phone), Some(email)) if errors.is_empty() => {
                Ok(ValidDetails { name, kana, birth_date, phone, email })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> DetailsInput {
        DetailsInput {
            name: "射水 太郎".into(),
            kana: "イミズ タロウ".into(),
            birth_year: "1960".into(),
            birth_month: "4".into(),
            birth_day: "1".into(),
            phone: "0766-51-6666".into(),
            email: "taro@example.jp".into(),
            email_confirm: "ＴＡＲＯ＠example.jp".into(),
            no_email: false,
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    #[test]
    fn valid_details_are_normalised() {
        let v = input().validate(today()).unwrap();
        assert_eq!(v.kana.as_str(), "いみず たろう");
        assert_eq!(v.email.unwrap().as_str(), "taro@example.jp");
    }

    #[test]
    fn every_bad_field_is_reported_with_its_id() {
        let bad = DetailsInput { email_confirm: "jiro@example.jp".into(), kana: "射水".into(), ..input() };
        let fields: Vec<_> = bad.validate(today()).unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["kana", "email_confirm"]);
        let empty = DetailsInput::default().validate(today()).unwrap_err();
        assert_eq!(empty.len(), 6);
    }
}
