//! ログイン: a resident asks for a ワンタイムパスワード (user key + registered
//! email → an 8-digit password by email), then logs in with the key and
//! that password, and ends with ログアウト. Every answer that takes a key
//! or an address reads the same whether or not they are registered.
mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use pages::{LoginDraftPage, LoginPage, LogoutButton, OtpDraftPage, OtpPage};

use crate::domain::{EmailAddress, OneTimePassword, UserKey};
use crate::error::AppError;
use crate::domain::FieldError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// ワンタイムパスワード発行, as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OtpRequestInput {
    pub user_key: String,
    pub email: String,
}

impl OtpRequestInput {
    pub fn validate(&self) -> Result<(UserKey, EmailAddress), Vec<FieldError>> {
        let key = UserKey::parse(&self.user_key).map_err(|e| FieldError::new("user_key", e));
        let email = EmailAddress::parse(&self.email).map_err(|e| FieldError::new("email", e));
        match (key, email) {
            (Ok(key), Ok(email)) => Ok((key, email)),
            (key, email) => Err([key.err(), email.err()].into_iter().flatten().collect()),
        }
    }
}

/// The login form's fields, checked for shape only (the database decides
/// the rest, with one answer for every failure).
pub fn check_login_input(user_key: &str, otp: &str) -> Result<(UserKey, OneTimePassword), Vec<FieldError>> {
    let key = UserKey::parse(user_key).map_err(|e| FieldError::new("user_key", e));
    let otp = OneTimePassword::parse(otp).map_err(|e| FieldError::new("otp", e));
    match (key, otp) {
        (Ok(key), Ok(otp)) => Ok((key, otp)),
        (key, otp) => Err([key.err(), otp.err()].into_iter().flatten().collect()),
    }
}

/// What the login page says above its form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoginNotice {
    /// The neutral answer to every well-formed OTP request.
    OtpSent,
    /// Too many requests for this key or from this client: try again at
    /// `retry_at` (Japan time, e.g. `14:05`).
    OtpThrottled { retry_at: String },
}

/// The login page after an OTP request or a failed login: the key is kept,
/// the password never is.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LoginDraft {
    pub user_key: String,
    pub notice: Option<LoginNotice>,
    pub errors: Vec<FieldError>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoginView {
    pub draft_id: String,
    pub draft: LoginDraft,
    pub facts: LoginFacts,
}

/// The configured numbers the pages quote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoginFacts {
    pub otp_valid_minutes: i64,
    pub otp_max_wrong: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OtpDraft {
    pub draft_id: String,
    pub input: OtpRequestInput,
    pub errors: Vec<FieldError>,
    pub facts: LoginFacts,
}

/// Who is logged in, for the header.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionStatus {
    pub resident_name: Option<String>,
}

/// The one message for every failed login, in the request's language
/// (easy Japanese with its readings as `《》`, for `words::view_of`).
pub fn login_failed_message(facts: &LoginFacts) -> String {
    crate::texts::Text::LoginFailed.said_with(&[
        ("minutes", facts.otp_valid_minutes.to_string().as_str()),
        ("max_wrong", facts.otp_max_wrong.to_string().as_str()),
    ])
}

#[server(endpoint = "login/facts")]
pub async fn get_login_facts() -> Result<LoginFacts, AppError> {
    let state = crate::state::app_state()?;
    Ok(ssr::facts(&state.rules))
}

/// ワンタイムパスワード発行: field errors for input that cannot be a key or
/// an address; otherwise the login page with the same neutral notice.
#[server(endpoint = "login/otp")]
pub async fn request_otp(draft_id: String, user_key: String, email: String) -> Result<(), AppError> {
    use crate::state::{app_state, client_addr, even_out};
    let started = tokio::time::Instant::now();
    let state = app_state()?;
    let now = state.clock.now();
    let input = OtpRequestInput { user_key, email };
    let next = match input.validate() {
        Err(_) => {
            let id = ssr::save_otp_draft(&state.db, &draft_id, input, &crate::browser::of_request(&state.site), now).await?;
            format!("/otp/drafts/{id}#error-summary-title")
        }
        Ok((key, email)) => {
            let outcome = ssr::request_otp(&state.db, &state.rules, &state.site, &key, &email, client_addr(), now)
                .await
                ?;
            state.outbox_signal.notify_one();
            let draft = LoginDraft { user_key: key.to_string(), notice: Some(outcome), errors: vec![] };
            let id = ssr::save_login_draft(&state.db, None, &draft, &crate::browser::of_request(&state.site), now).await?;
            even_out(started).await;
            format!("/login/drafts/{id}")
        }
    };
    crate::redirect::to(&next);
    Ok(())
}

#[server(endpoint = "login/otp_draft")]
pub async fn get_otp_draft(draft_id: String) -> Result<OtpDraft, AppError> {
    use crate::error::fail;
    use crate::state::app_state;
    let state = app_state()?;
    ssr::load_otp_draft(&state.db, &state.rules, &draft_id, &crate::browser::of_request(&state.site), state.clock.now())
        .await
        ?
        .ok_or_else(|| fail(AppError::Expired))
}

#[server(endpoint = "login/view")]
pub async fn get_login_view(draft_id: String) -> Result<LoginView, AppError> {
    use crate::error::fail;
    use crate::state::app_state;
    let state = app_state()?;
    ssr::load_login_view(&state.db, &state.rules, &draft_id, &crate::browser::of_request(&state.site), state.clock.now())
        .await
        ?
        .ok_or_else(|| fail(AppError::Expired))
}

/// ログイン. Success: a new session cookie and 予約の確認・変更・キャンセル.
/// Failure: the login page again with the key kept and one message.
#[server(endpoint = "login/login")]
pub async fn log_in(draft_id: String, user_key: String, otp: String) -> Result<(), AppError> {
    use crate::state::{app_state, even_out};
    let started = tokio::time::Instant::now();
    let state = app_state()?;
    let now = state.clock.now();
    let errors = match check_login_input(&user_key, &otp) {
        Err(errors) => errors,
        Ok((key, otp)) => {
            let previous = ssr::request_session_token(&state.site);
            match ssr::log_in(&state.db, &state.rules, &state.site, &key, &otp, previous.as_deref(), now)
                .await
                ?
            {
                Some(token) => {
                    even_out(started).await;
                    state.outbox_signal.notify_one();
                    ssr::set_response_cookie(&crate::session::set_cookie(&state.site, crate::session::Kind::Resident, &token));
                    crate::redirect::to("/my");
                    return Ok(());
                }
                None => {
                    even_out(started).await;
                    vec![FieldError::new("otp", login_failed_message(&ssr::facts(&state.rules)))]
                }
            }
        }
    };
    let draft = LoginDraft { user_key: crate::drafts::clip(&user_key), notice: None, errors };
    let id = ssr::save_login_draft(&state.db, Some(&draft_id), &draft, &crate::browser::of_request(&state.site), now).await?;
    crate::redirect::to(&format!("/login/drafts/{id}#error-summary-title"));
    Ok(())
}

/// ログアウト: ends the session on the server and clears the cookie.
#[server(endpoint = "login/logout")]
pub async fn log_out() -> Result<(), AppError> {
    use crate::state::app_state;
    let state = app_state()?;
    if let Some(token) = ssr::request_session_token(&state.site) {
        crate::session::end(&state.db, &token).await?;
    }
    ssr::set_response_cookie(&crate::session::clear_cookie(&state.site, crate::session::Kind::Resident));
    crate::redirect::to("/login?logged_out=1");
    Ok(())
}

#[server(endpoint = "login/status")]
pub async fn get_session_status() -> Result<SessionStatus, AppError> {
    use crate::state::app_state;
    let state = app_state()?;
    let resident = ssr::current_resident(&state).await?;
    Ok(SessionStatus { resident_name: resident.map(|r| r.name) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn otp_request_reports_each_unreadable_field() {
        let errors = OtpRequestInput { user_key: "abc".into(), email: "nope".into() }.validate().unwrap_err();
        assert_eq!(errors.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), ["user_key", "email"]);
        let ok = OtpRequestInput { user_key: "abcd efgh jkmn".into(), email: "Ａ@example.jp".into() }.validate().unwrap();
        assert_eq!((ok.0.to_string().as_str(), ok.1.as_str()), ("ABCD-EFGH-JKMN", "a@example.jp"));
    }

    #[test]
    fn login_input_is_checked_for_shape_only() {
        assert!(check_login_input("ABCD-EFGH-JKMN", "１２３４ ５６７８").is_ok());
        let errors = check_login_input("", "12").unwrap_err();
        assert_eq!(errors.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), ["user_key", "otp"]);
    }
}
