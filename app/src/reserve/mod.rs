//! 予約する: choose a service, a slot, enter details, check, send, done.
//! Every step is its own URL; what a step needs is kept on the server in
//! a draft, so the flow works as plain HTML forms without JavaScript.
mod conditions;
pub mod household;
mod lottery;
mod pages;
mod parts;
mod waitlist;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use lottery::{ApplyingView, ChoiceOption, ChoicesView};
pub use lottery::{ChoicesPage, GetLotteryChoices, SaveChoices};
pub use pages::{CompletePage, ConfirmPage, DraftDetailsPage, NewDetailsPage, ServiceListPage, SlotListPage};

use crate::catalogue::{ServiceSlots, ServiceSummary, SlotSummary};
use crate::conditions::{ConditionsView, Step};
use crate::domain::DetailsInput;
use crate::error::AppError;
use crate::domain::FieldError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// キャンセル待ち instead of a reservation: for the full slot, or for any
/// slot of its day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WaitFor {
    Slot,
    Day,
}

impl WaitFor {
    /// As a form sends it (`wait=slot`, `wait=day`); anything else: none.
    pub fn parse(value: Option<&str>) -> Option<WaitFor> {
        match value {
            Some("slot") => Some(WaitFor::Slot),
            Some("day") => Some(WaitFor::Day),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            WaitFor::Slot => "slot",
            WaitFor::Day => "day",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DetailsDraft {
    pub draft_id: String,
    pub slot: SlotSummary,
    pub input: DetailsInput,
    pub errors: Vec<FieldError>,
    /// A logged-in resident: only the phone number is asked for.
    pub known_resident: bool,
    /// Logged in with a household: whose reservation it is (a member on
    /// record; a new member's is said by `fixed_email`).
    #[serde(default)]
    pub for_member: Option<String>,
    /// A member being added: the household's address, shown, not asked.
    #[serde(default)]
    pub fixed_email: Option<String>,
    /// 対象者の確認 before the details (a service with 対象者条件).
    pub step: Step,
    pub conditions: Option<ConditionsView>,
    /// キャンセル待ち rather than a reservation.
    pub wait: Option<WaitFor>,
    /// 抽選の申し込み rather than a reservation.
    #[serde(default)]
    pub applying: Option<ApplyingView>,
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
    /// キャンセル待ち rather than a reservation.
    pub wait: Option<WaitFor>,
    /// 抽選の申し込み rather than a reservation.
    #[serde(default)]
    pub applying: Option<ApplyingView>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Completed {
    pub reservation_number: String,
    /// Shown to the browser that sent the form, for a short time only
    /// (`drafts::KEY_SHOWN_FOR`); `None` after.
    pub user_key: Option<String>,
    pub email: Option<String>,
    pub slot: SlotSummary,
    /// The 予約票 (`crate::ticket`).
    pub ticket_path: String,
    /// キャンセル待ち: the place in line (then there is no reservation
    /// number nor 予約票 yet).
    pub waiting: Option<u64>,
    /// 抽選の申し込み: its 申込番号 and choices (no reservation yet).
    #[serde(default)]
    pub applied: Option<(String, ApplyingView)>,
}

#[server(endpoint = "reserve/services")]
pub async fn list_services() -> Result<Vec<ServiceSummary>, AppError> {
    use crate::state::app_state;
    let state = app_state()?;
    Ok(crate::catalogue::ssr::list_services(&state.db, state.clock.now_jst()).await?)
}

/// The service's calendar and the slots of `day` (`2026-12-01`; empty or
/// unknown: the first day with room).
#[server(endpoint = "reserve/service_slots")]
pub async fn get_service_slots(service_id: i32, day: String) -> Result<ServiceSlots, AppError> {
    use crate::error::fail;
    use crate::state::app_state;
    let state = app_state()?;
    let day = crate::domain::parse_date(&day);
    crate::catalogue::ssr::service_slots(&state.db, service_id, state.clock.now_jst(), day, None)
        .await?
        .ok_or_else(|| fail(AppError::NotFound))
}

#[server(endpoint = "reserve/slot")]
pub async fn get_slot_summary(slot_id: i32) -> Result<SlotSummary, AppError> {
    use crate::error::fail;
    use crate::state::app_state;
    let state = app_state()?;
    crate::catalogue::ssr::slot_summary(&state.db, slot_id, state.clock.now_jst())
        .await?
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
    wait: Option<String>,
) -> Result<(), AppError> {
    use crate::state::app_state;
    let state = app_state()?;
    let input = DetailsInput { name, kana, birth_year, birth_month, birth_day, phone, email, email_confirm, no_email: false };
    let me = crate::login::ssr::current_resident(&state).await?;
    let owner = crate::browser::of_request(&state.site);
    let wait = WaitFor::parse(wait.as_deref());
    let saved = ssr::save_details(&state.db, Some(draft_id.as_str()), slot_id, input, wait, me.as_ref(), &owner, state.clock.now()).await?;
    let next = if saved.valid {
        format!("/reserve/drafts/{}/confirm", saved.draft_id)
    } else {
        format!("/reserve/drafts/{}#error-summary-title", saved.draft_id)
    };
    crate::redirect::to(&next);
    Ok(())
}

/// 「この方の予約にする」: keeps whom the reservation is for in a new draft
/// (or the one begun for this slot) and goes to the draft's first step.
#[server(endpoint = "reserve/member")]
pub async fn choose_member(draft_id: String, slot_id: i32, member: String, wait: Option<String>) -> Result<(), AppError> {
    use crate::error::fail;
    use crate::state::app_state;
    let state = app_state()?;
    let Some(me) = crate::login::ssr::current_resident(&state).await? else {
        return Err(fail(AppError::LoginRequired));
    };
    let owner = crate::browser::of_request(&state.site);
    let wait = WaitFor::parse(wait.as_deref());
    let draft = ssr::choose(&state.db, Some(draft_id.as_str()), slot_id, wait, &me, &member, &owner, state.clock.now()).await?;
    crate::redirect::to(&format!("/reserve/drafts/{draft}"));
    Ok(())
}

/// Logged in: what a new form starts from (the resident's own details)
/// and for whom else they may reserve.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BookingFor {
    pub input: DetailsInput,
    pub household: Option<household::HouseholdChoice>,
}

/// The logged-in resident's details for a new form, and their household,
/// if logged in.
#[server(endpoint = "reserve/my_details")]
pub async fn get_booking_for() -> Result<Option<BookingFor>, AppError> {
    use crate::state::app_state;
    let state = app_state()?;
    let Some(me) = crate::login::ssr::current_resident(&state).await? else { return Ok(None) };
    let myself = household::ssr::Whom::Member(me.clone());
    let household = household::ssr::choice(&state.db, &me, &myself).await?;
    Ok(Some(BookingFor { input: me.details(), household }))
}

/// The slot's service's 対象者条件 (`None`: open to all), asked before
/// the details form.
#[server(endpoint = "reserve/slot_conditions")]
pub async fn get_slot_conditions(slot_id: i32) -> Result<Option<ConditionsView>, AppError> {
    use crate::state::app_state;
    let state = app_state()?;
    ssr::slot_conditions(&state.db, &state.site, slot_id).await
}

/// 対象者の確認 → 次へ: keeps the answers in the reservation's draft and
/// goes to it: the details form when the conditions are met, else the
/// questions again (with what to correct) or why the service cannot be
/// booked and whom to call.
#[server(endpoint = "reserve/conditions")]
#[allow(clippy::too_many_arguments)]
pub async fn save_conditions(
    draft_id: String,
    slot_id: i32,
    birth_year: Option<String>,
    birth_month: Option<String>,
    birth_day: Option<String>,
    sex: Option<String>,
    answer_0: Option<String>,
    answer_1: Option<String>,
    answer_2: Option<String>,
    answer_3: Option<String>,
    answer_4: Option<String>,
    wait: Option<String>,
) -> Result<(), AppError> {
    use crate::state::app_state;
    let state = app_state()?;
    let me = crate::login::ssr::current_resident(&state).await?;
    let owner = crate::browser::of_request(&state.site);
    let typed = ssr::ConditionsAnswers {
        birth_year: birth_year.unwrap_or_default(),
        birth_month: birth_month.unwrap_or_default(),
        birth_day: birth_day.unwrap_or_default(),
        sex,
        answers: vec![answer_0, answer_1, answer_2, answer_3, answer_4],
        wait: WaitFor::parse(wait.as_deref()),
    };
    let (draft, step) = ssr::save_conditions(&state.db, Some(draft_id.as_str()), slot_id, typed, me.as_ref(), &owner, state.clock.now()).await?;
    let to_fix = matches!(&step, Step::Ask { errors, .. } if !errors.is_empty());
    crate::redirect::to(&format!("/reserve/drafts/{draft}{}", if to_fix { "#error-summary-title" } else { "" }));
    Ok(())
}

#[server(endpoint = "reserve/draft")]
pub async fn get_details_draft(draft_id: String) -> Result<DetailsDraft, AppError> {
    use crate::error::fail;
    use crate::state::app_state;
    let state = app_state()?;
    let owner = crate::browser::of_request(&state.site);
    let me = crate::login::ssr::current_resident(&state).await?;
    ssr::details_draft(&state.db, &state.site, &draft_id, me.as_ref(), &owner, state.clock.now())
        .await?
        .ok_or_else(|| fail(AppError::Expired))
}

#[server(endpoint = "reserve/confirm_view")]
pub async fn get_confirm_view(draft_id: String) -> Result<ConfirmView, AppError> {
    use crate::error::fail;
    use crate::state::app_state;
    let state = app_state()?;
    let owner = crate::browser::of_request(&state.site);
    ssr::confirm_view(&state.db, &draft_id, &owner, state.clock.now()).await?.ok_or_else(|| fail(AppError::Expired))
}

/// 送信: takes the place, issues the user key, queues the email; a second
/// press (or a reload) lands on the same completion page.
#[server(endpoint = "reserve/submit")]
pub async fn submit_reservation(draft_id: String) -> Result<(), AppError> {
    use crate::error::fail;
    use crate::state::app_state;
    let state = app_state()?;
    let me = crate::login::ssr::current_resident(&state).await?.map(|r| r.id);
    let owner = crate::browser::of_request(&state.site);
    ssr::submit(&state.db, &state.site, &state.clock, &draft_id, &owner, me).await.map_err(fail)?;
    state.outbox_signal.notify_one();
    crate::redirect::to(&format!("/reserve/drafts/{draft_id}/complete"));
    Ok(())
}

#[server(endpoint = "reserve/completed")]
pub async fn get_completed(draft_id: String) -> Result<Completed, AppError> {
    use crate::error::fail;
    use crate::state::app_state;
    let state = app_state()?;
    let owner = crate::browser::of_request(&state.site);
    // Another browser (a shared PC's history), or past the draft's life: the
    // page says which two reasons there can be (410), and nothing else.
    ssr::completed(&state.db, &draft_id, &owner, state.clock.now()).await?.ok_or_else(|| fail(AppError::Expired))
}
