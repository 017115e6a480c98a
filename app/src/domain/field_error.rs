//! A problem with one field of a form, as validation reports it: the
//! field's id (so the error summary can link to it) and what to fix.
use serde::{Deserialize, Serialize};

/// One field's problem: `field` is the input's id, so the summary can link
/// to it. `message` is in the language of the request that found it, a
/// やさしい日本語 one with its readings as `《》` (show it with
/// `words::view_of`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: impl ToString) -> Self {
        Self { field: field.to_string(), message: message.to_string() }
    }
}

/// An address typed twice (`email`, `email_confirm`): parsed, and the two
/// must be the same after normalising.
pub fn confirmed_email(email: &str, confirm: &str) -> Result<super::EmailAddress, Vec<FieldError>> {
    use super::EmailAddress;
    let mut errors = Vec::new();
    let parsed = EmailAddress::parse(email).map_err(|e| errors.push(FieldError::new("email", e))).ok();
    match (&parsed, EmailAddress::parse(confirm)) {
        (_, Err(e)) => errors.push(FieldError::new("email_confirm", e)),
        (Some(a), Ok(b)) if *a != b => errors.push(FieldError::new("email_confirm", crate::texts::Text::ErrorEmailMismatch.said())),
        _ => {}
    }
    match parsed {
        Some(email) if errors.is_empty() => Ok(email),
        _ => Err(errors),
    }
}
