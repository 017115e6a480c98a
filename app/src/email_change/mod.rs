//! メールアドレスの変更: a logged-in resident first proves themselves with a
//! 確認コード sent to their current address (本人確認, in this session, within
//! the last 30 minutes), then types the new address twice; a second code
//! goes to the new address; entering it makes that the registered address,
//! ends the resident's other sessions, and sends the old address a link
//! that undoes the change (`undo`). So a session left open on a shared PC,
//! or a stolen cookie, cannot move a resident's mail elsewhere; a typo
//! cannot cut a resident off; and the owner of the old address has the
//! last word. Steps and rules: `ssr`.
mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod undo;

pub use pages::{EmailChangeDraftPage, EmailChangePage, EmailIdentityPage, EmailVerifyPage};
pub use undo::EmailUndoPage;

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
    /// Whether this session has passed 本人確認 recently enough; if not,
    /// the page offers the code to the current address first.
    pub identity_checked: bool,
    /// Whom to call when the current address no longer works.
    pub contact: String,
    pub input: EmailChangeInput,
    pub errors: Vec<FieldError>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdentityView {
    pub current_email: String,
    /// Whether a code to the current address is waiting to be entered.
    pub pending: bool,
    pub valid_minutes: i64,
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
    let (state, me, token) = resident_and_session().await?;
    let identity_checked = ssr::identity_fresh(&state.db, &state.rules, &token, state.clock.now()).await?;
    let contact = state.site.contact_line();
    if draft_id.is_empty() || !identity_checked {
        return Ok(EmailChangeView {
            draft_id: String::new(),
            current_email: me.email,
            identity_checked,
            contact,
            input: Default::default(),
            errors: vec![],
        });
    }
    let owner = crate::browser::of_request(&state.site);
    let draft = crate::drafts::load::<EmailChangeInput>(&state.db, &draft_id, crate::drafts::KIND_EMAIL_CHANGE, &owner, state.clock.now())
        .await
        ?
        .ok_or_else(|| fail(AppError::Expired))?;
    Ok(EmailChangeView {
        draft_id: draft.row.id,
        current_email: me.email,
        identity_checked,
        contact,
        errors: draft.payload.validate().err().unwrap_or_default(),
        input: draft.payload,
    })
}

/// 確認コードを送信: to the new address, or back to the form with what to correct.
#[server(endpoint = "my/email_change_request")]
pub async fn request_email_change(draft_id: String, email: String, email_confirm: String) -> Result<(), AppError> {
    let (state, me, token) = resident_and_session().await?;
    let now = state.clock.now();
    if !ssr::identity_fresh(&state.db, &state.rules, &token, now).await? {
        crate::redirect::to("/my/email");
        return Ok(());
    }
    let mut input = EmailChangeInput { email: crate::drafts::clip(&email), email_confirm: crate::drafts::clip(&email_confirm), refused: None };
    if let Ok(new_email) = input.validate() {
        match ssr::request(&state.db, &state.rules, &state.site, &me, &new_email, now).await? {
            None => {
                state.outbox_signal.notify_one();
                crate::redirect::to("/my/email/verify");
                return Ok(());
            }
            Some(retry_at) => {
                input.refused = Some(crate::texts::Text::EmailChangeRefused.said_with(&[("retry_at", &retry_at)]));
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
    let (state, me, token) = resident_and_session().await?;
    let now = state.clock.now();
    if !ssr::identity_fresh(&state.db, &state.rules, &token, now).await? {
        crate::redirect::to("/my/email");
        return Ok(());
    }
    let done = match crate::domain::OneTimePassword::parse(&code) {
        Ok(code) => ssr::confirm(&state.db, &state.rules, &state.site, &me, &token, &code, now).await?,
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

/// The logged-in resident and their session's token (the step that proves
/// identity marks that session, not the resident).
#[cfg(feature = "ssr")]
async fn resident_and_session() -> Result<(crate::state::AppState, crate::db::residents::Model, String), AppError> {
    let (state, me) = crate::login::ssr::require_resident().await?;
    let token = crate::login::ssr::request_session_token(&state.site).ok_or_else(|| crate::error::fail(AppError::LoginRequired))?;
    Ok((state, me, token))
}

#[server(endpoint = "my/email_identity")]
pub async fn get_email_identity() -> Result<IdentityView, AppError> {
    let (state, me) = crate::login::ssr::require_resident().await?;
    let pending = ssr::identity_pending(&state.db, me.id, state.clock.now()).await?;
    Ok(IdentityView { current_email: me.email, pending, valid_minutes: state.rules.otp_valid_minutes() })
}

/// 本人確認: a code to the current address. Throttled to one a minute; a
/// second press within it goes on to the code already sent.
#[server(endpoint = "my/email_identity_request")]
pub async fn request_email_identity() -> Result<(), AppError> {
    let (state, me) = crate::login::ssr::require_resident().await?;
    match ssr::request_identity(&state.db, &state.rules, &state.site, &me, state.clock.now()).await? {
        None => {
            state.outbox_signal.notify_one();
            crate::redirect::to("/my/email/identity");
        }
        Some(retry_at) => crate::redirect::to(&format!("/my/email/identity?retry_at={retry_at}")),
    }
    Ok(())
}

/// 確認: the code from the current address; this session may then change it.
#[server(endpoint = "my/email_identity_confirm")]
pub async fn confirm_email_identity(code: String) -> Result<(), AppError> {
    let (state, me, token) = resident_and_session().await?;
    let done = match crate::domain::OneTimePassword::parse(&code) {
        Ok(code) => ssr::confirm_identity(&state.db, &state.rules, &me, &token, &code, state.clock.now()).await?,
        Err(_) => false,
    };
    crate::redirect::to(if done { "/my/email" } else { "/my/email/identity?wrong=1#code" });
    Ok(())
}
