//! 利用者キー再発行: the seed's four steps. Input (メールアドレス +
//! メールアドレス確認) → confirm (送信 / 戻る) → 利用者キー再発行完了 → the
//! 利用者キー通知メール, sent only when the address is registered. Every
//! well-formed matching pair gets the same pages, so nobody can learn
//! whether an address is registered; keys are never changed by a reissue.
mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use pages::{CompletePage, ConfirmPage, DraftInputPage, InputPage};

use crate::domain::EmailAddress;
use crate::error::AppError;
use crate::domain::FieldError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The input step as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReissueInput {
    pub email: String,
    pub email_confirm: String,
}

impl ReissueInput {
    pub fn validate(&self) -> Result<EmailAddress, Vec<FieldError>> {
        crate::domain::confirmed_email(&self.email, &self.email_confirm)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReissueDraft {
    pub draft_id: String,
    pub input: ReissueInput,
    pub errors: Vec<FieldError>,
}

#[server(endpoint = "key_reissue/input")]
pub async fn save_key_reissue(draft_id: String, email: String, email_confirm: String) -> Result<(), AppError> {
    use crate::state::app_state;
    let state = app_state()?;
    let input = ReissueInput { email, email_confirm };
    let valid = input.validate().is_ok();
    let id = ssr::save(&state.db, &draft_id, input, &crate::browser::of_request(&state.site), state.clock.now()).await?;
    crate::redirect::to(&if valid {
        format!("/key-reissue/drafts/{id}/confirm")
    } else {
        format!("/key-reissue/drafts/{id}#error-summary-title")
    });
    Ok(())
}

#[server(endpoint = "key_reissue/draft")]
pub async fn key_reissue_draft(draft_id: String) -> Result<ReissueDraft, AppError> {
    use crate::error::fail;
    use crate::state::app_state;
    let state = app_state()?;
    ssr::load(&state.db, &draft_id, &crate::browser::of_request(&state.site), state.clock.now())
        .await
        ?
        .ok_or_else(|| fail(AppError::Expired))
}

#[server(endpoint = "key_reissue/submit")]
pub async fn submit_key_reissue(draft_id: String) -> Result<(), AppError> {
    use crate::error::fail;
    use crate::state::{app_state, even_out};
    let started = tokio::time::Instant::now();
    let state = app_state()?;
    ssr::submit(&state.db, &state.site, &draft_id, &crate::browser::of_request(&state.site), state.clock.now()).await.map_err(fail)?;
    even_out(started).await;
    state.outbox_signal.notify_one();
    crate::redirect::to("/key-reissue/complete");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::texts::Text;

    #[test]
    fn addresses_must_parse_and_match_after_normalising() {
        let ok = ReissueInput { email: "Info@City.Imizu.lg.jp".into(), email_confirm: "ｉｎｆｏ＠city.imizu.lg.jp".into() };
        assert_eq!(ok.validate().unwrap().as_str(), "info@city.imizu.lg.jp");
        let mismatch = ReissueInput { email: "a@example.jp".into(), email_confirm: "b@example.jp".into() };
        assert_eq!(mismatch.validate().unwrap_err(), vec![FieldError::new("email_confirm", Text::ErrorEmailMismatch.said())]);
        let empty = ReissueInput::default().validate().unwrap_err();
        assert_eq!(empty.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), ["email", "email_confirm"]);
    }
}
