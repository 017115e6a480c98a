//! メールアドレスの変更: a logged-in resident types the new address twice; a
//! 確認コード (8 digits, under the one-time-password rules) goes to the new
//! address; entering it makes that the registered address, and the old
//! address is told. So nobody can move a resident's mail to an address they
//! do not read, and a typo cannot cut a resident off from their key.
mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use pages::{EmailChangeDraftPage, EmailChangePage, EmailVerifyPage};

use crate::domain::EmailAddress;
use crate::error::AppError;
use crate::domain::FieldError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EmailChangeInput {
    pub email: String,
    pub email_confirm: String,
    /// A refusal that is not about the input (too many requests).
    #[serde(default)]
    pub refused: Option<String>,
}

impl EmailChangeInput {
    pub fn validate(&self) -> Result<EmailAddress, Vec<FieldError>> {
        let checked = crate::domain::confirmed_email(&self.email, &self.email_confirm);
        match (&self.refused, checked) {
            (Some(refused), Ok(_)) => Err(vec![FieldError::new("email", refused)]),
            (_, checked) => checked,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EmailChangeView {
    pub draft_id: String,
    pub current_email: String,
    pub input: EmailChangeInput,
    pub errors: Vec<FieldError>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EmailVerifyView {
    /// The address the code was sent to, while a code is waiting.
    pub new_email: Option<String>,
    pub valid_minutes: i64,
}

#[server(endpoint = "my/email_change")]
pub async fn get_email_change(draft_id: String) -> Result<EmailChangeView, AppError> {
    use crate::error::fail;
    let (state, me) = crate::login::ssr::require_resident().await?;
    if draft_id.is_empty() {
        return Ok(EmailChangeView { draft_id, current_email: me.email, input: Default::default(), errors: vec![] });
    }
    let owner = crate::browser::of_request(&state.site);
    let draft = crate::drafts::load::<EmailChangeInput>(&state.db, &draft_id, crate::drafts::KIND_EMAIL_CHANGE, &owner, state.clock.now())
        .await
        ?
        .ok_or_else(|| fail(AppError::Expired))?;
    Ok(EmailChangeView {
        draft_id: draft.row.id,
        current_email: me.email,
        errors: draft.payload.validate().err().unwrap_or_default(),
        input: draft.payload,
    })
}

/// 確認コードを送信: to the new address, or back to the form with what to correct.
#[server(endpoint = "my/email_change_request")]
pub async fn request_email_change(draft_id: String, email: String, email_confirm: String) -> Result<(), AppError> {
    let (state, me) = crate::login::ssr::require_resident().await?;
    let now = state.clock.now();
    let mut input = EmailChangeInput { email: crate::drafts::clip(&email), email_confirm: crate::drafts::clip(&email_confirm), refused: None };
    if let Ok(new_email) = input.validate() {
        match ssr::request(&state.db, &state.rules, &state.site, &me, &new_email, now).await? {
            None => {
                state.outbox_signal.notify_one();
                crate::redirect::to("/my/email/verify");
                return Ok(());
            }
            Some(retry_at) => {
                input.refused = Some(format!("短時間に続けてお申し込みがあったため、受け付けられませんでした。{retry_at}以降にもう一度お試しください。"));
            }
        }
    }
    let owner = crate::browser::of_request(&state.site);
    let id = crate::drafts::save(&state.db, Some(draft_id.as_str()).filter(|d| !d.is_empty()), crate::drafts::KIND_EMAIL_CHANGE, &input, &owner, now)
        .await
        ?;
    crate::redirect::to(&format!("/my/email/drafts/{id}#error-summary-title"));
    Ok(())
}

#[server(endpoint = "my/email_verify")]
pub async fn get_email_verify() -> Result<EmailVerifyView, AppError> {
    let (state, me) = crate::login::ssr::require_resident().await?;
    let new_email = ssr::pending(&state.db, me.id, state.clock.now()).await?;
    Ok(EmailVerifyView { new_email, valid_minutes: state.rules.otp_valid_minutes() })
}

/// 変更する: the code from the new address makes it the registered one.
#[server(endpoint = "my/email_confirm")]
pub async fn confirm_email_change(code: String) -> Result<(), AppError> {
    let (state, me) = crate::login::ssr::require_resident().await?;
    let done = match crate::domain::OneTimePassword::parse(&code) {
        Ok(code) => ssr::confirm(&state.db, &state.rules, &state.site, &me, &code, state.clock.now()).await?,
        Err(_) => false,
    };
    if done {
        state.outbox_signal.notify_one();
        crate::redirect::to("/my?email_changed=1");
    } else {
        crate::redirect::to("/my/email/verify?wrong=1#code");
    }
    Ok(())
}
