//! 予約する: choose a service, a slot, enter details, check, send, done.
//! Every step is its own URL; what a step needs is kept on the server in
//! a draft, so the flow works as plain HTML forms without JavaScript.
mod details;
mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use details::{DetailsInput, ValidDetails};
pub use pages::{CompletePage, ConfirmPage, DraftDetailsPage, NewDetailsPage, ServiceListPage, SlotDays, SlotFacts, SlotListPage};

use crate::domain::Availability;
use crate::error::AppError;
use crate::ui::FieldError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceSummary {
    pub id: i32,
    pub name: String,
    pub description: String,
    pub venue: String,
    pub notes: String,
    /// e.g. 「前日の17:00まで」
    pub deadline_note: String,
    /// 「お一人1件まで」, or empty when there is no limit.
    pub limit_note: String,
    /// Whether any slot in the booking window has room.
    pub has_room: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotChoice {
    pub id: i32,
    /// `9:30〜10:00`
    pub time_label: String,
    pub availability: Availability,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DaySlots {
    /// `12月1日(火)`
    pub date_label: String,
    /// `2026-12-01`, for anchors.
    pub date_iso: String,
    pub slots: Vec<SlotChoice>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceSlots {
    pub service: ServiceSummary,
    pub days: Vec<DaySlots>,
}

/// A slot as the details, confirm and completion pages describe it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotSummary {
    pub slot_id: i32,
    pub service_id: i32,
    pub service_name: String,
    pub venue: String,
    pub notes: String,
    /// `2026年12月1日(火) 9:30〜10:00`
    pub when: String,
    /// `2026年11月30日(月) 17:00`
    pub deadline: String,
    pub availability: Availability,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DetailsDraft {
    pub draft_id: String,
    pub slot: SlotSummary,
    pub input: DetailsInput,
    pub errors: Vec<FieldError>,
    /// A logged-in resident: only the phone number is asked for.
    pub known_resident: bool,
}

/// The answers as they will be stored, for the check-your-answers page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answers {
    pub name: String,
    pub kana: String,
    pub birth_date: String,
    pub phone: String,
    pub email: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConfirmView {
    pub draft_id: String,
    pub slot: SlotSummary,
    /// `None` when the draft no longer validates (then the page sends the
    /// resident back to the details step).
    pub answers: Option<Answers>,
    /// A logged-in resident: no new user key will be issued.
    pub known_resident: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Completed {
    pub reservation_number: String,
    pub user_key: String,
    pub email: String,
    pub slot: SlotSummary,
}

#[server(endpoint = "reserve/services")]
pub async fn list_services() -> Result<Vec<ServiceSummary>, AppError> {
    use crate::state::{app_state, internal};
    let state = app_state()?;
    ssr::list_services(&state.db, state.clock.now_jst()).await.map_err(internal)
}

#[server(endpoint = "reserve/service_slots")]
pub async fn get_service_slots(service_id: i32) -> Result<ServiceSlots, AppError> {
    use crate::state::{app_state, fail, internal};
    let state = app_state()?;
    ssr::service_slots(&state.db, service_id, state.clock.now_jst())
        .await
        .map_err(internal)?
        .ok_or_else(|| fail(AppError::NotFound))
}

#[server(endpoint = "reserve/slot")]
pub async fn get_slot_summary(slot_id: i32) -> Result<SlotSummary, AppError> {
    use crate::state::{app_state, fail, internal};
    let state = app_state()?;
    ssr::slot_summary(&state.db, slot_id, state.clock.now_jst())
        .await
        .map_err(internal)?
        .ok_or_else(|| fail(AppError::NotFound))
}

/// Step 3 → 4: keeps what was typed and goes on to the check page, or
/// back to the details page showing what to correct.
#[server(endpoint = "reserve/details")]
#[allow(clippy::too_many_arguments)]
pub async fn save_details(
    draft_id: String,
    slot_id: i32,
    name: String,
    kana: String,
    birth_year: String,
    birth_month: String,
    birth_day: String,
    phone: String,
    email: String,
    email_confirm: String,
) -> Result<(), AppError> {
    use crate::state::{app_state, internal};
    let state = app_state()?;
    let input = DetailsInput { name, kana, birth_year, birth_month, birth_day, phone, email, email_confirm };
    let me = crate::login::ssr::current_resident(&state).await.map_err(internal)?;
    let saved = ssr::save_details(&state.db, Some(draft_id.as_str()), slot_id, input, me.as_ref(), state.clock.now()).await?;
    let next = if saved.valid {
        format!("/reserve/drafts/{}/confirm", saved.draft_id)
    } else {
        format!("/reserve/drafts/{}#error-summary-title", saved.draft_id)
    };
    leptos_axum::redirect(&next);
    Ok(())
}

/// The logged-in resident's details for a new details form, if logged in.
#[server(endpoint = "reserve/my_details")]
pub async fn get_my_details() -> Result<Option<DetailsInput>, AppError> {
    use crate::state::{app_state, internal};
    let state = app_state()?;
    let me = crate::login::ssr::current_resident(&state).await.map_err(internal)?;
    Ok(me.as_ref().map(ssr::input_of))
}

#[server(endpoint = "reserve/draft")]
pub async fn get_details_draft(draft_id: String) -> Result<DetailsDraft, AppError> {
    use crate::state::{app_state, fail};
    let state = app_state()?;
    ssr::details_draft(&state.db, &draft_id, state.clock.now()).await?.ok_or_else(|| fail(AppError::Expired))
}

#[server(endpoint = "reserve/confirm_view")]
pub async fn get_confirm_view(draft_id: String) -> Result<ConfirmView, AppError> {
    use crate::state::{app_state, fail};
    let state = app_state()?;
    ssr::confirm_view(&state.db, &draft_id, state.clock.now()).await?.ok_or_else(|| fail(AppError::Expired))
}

/// 送信: takes the place, issues the user key, queues the email; a second
/// press (or a reload) lands on the same completion page.
#[server(endpoint = "reserve/submit")]
pub async fn submit_reservation(draft_id: String) -> Result<(), AppError> {
    use crate::state::{app_state, fail, internal};
    let state = app_state()?;
    let me = crate::login::ssr::current_resident(&state).await.map_err(internal)?.map(|r| r.id);
    ssr::submit(&state.db, &state.site, &draft_id, me, state.clock.now()).await.map_err(fail)?;
    state.outbox_signal.notify_one();
    leptos_axum::redirect(&format!("/reserve/drafts/{draft_id}/complete"));
    Ok(())
}

#[server(endpoint = "reserve/completed")]
pub async fn get_completed(draft_id: String) -> Result<Completed, AppError> {
    use crate::state::{app_state, fail};
    let state = app_state()?;
    ssr::completed(&state.db, &draft_id, state.clock.now()).await?.ok_or_else(|| fail(AppError::NotFound))
}
