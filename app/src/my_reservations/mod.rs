//! 予約の確認・変更・キャンセル: a logged-in resident's reservations,
//! upcoming and past; 変更 moves one to another slot of the same service,
//! キャンセル gives the place back. Every query is filtered by the
//! session's resident's household (`crate::household`: the records at the
//! same address), so nobody reaches anyone else's reservation by guessing
//! its number; a member's own are marked with their name.
mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use pages::{CancelConfirmPage, CancelledPage, ChangeConfirmPage, ChangeSlotPage, ChangedPage, MyReservationsPage};

use crate::error::AppError;
pub use crate::booking::Standing;
use crate::catalogue::{ServiceSlots, SlotSummary};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One reservation as its holder sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyReservation {
    pub number: String,
    pub service_name: String,
    /// `2026年12月1日(火) 9:30〜10:00`
    pub when: String,
    pub venue: String,
    pub status: Standing,
    /// `2026年11月30日(月) 17:00`: the last moment to change or cancel.
    pub deadline: String,
    /// The 予約票 (`crate::ticket`).
    pub ticket_path: String,
    /// Another member of the household's: their name.
    #[serde(default)]
    pub whose: Option<String>,
}

impl MyReservation {
    pub fn changeable(&self) -> bool {
        self.status == Standing::Active
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyPage {
    pub resident_name: String,
    pub user_key: String,
    pub phone: String,
    pub email: String,
    pub upcoming: Vec<MyReservation>,
    pub past: Vec<MyReservation>,
    /// キャンセル待ち still in line (today or later).
    pub waiting: Vec<MyWaiting>,
    /// 抽選の申し込み: waiting for the draw, or drawn lately.
    #[serde(default)]
    pub applications: Vec<MyApplication>,
    /// 前日のお知らせ wanted (`crate::reminders`).
    #[serde(default)]
    pub reminders: bool,
    /// The other members of the household (their names), whose
    /// reservations are listed here too.
    #[serde(default)]
    pub household: Vec<String>,
}

/// One 抽選 application, as its applicant sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyApplication {
    pub id: i32,
    pub number: String,
    pub service_name: String,
    /// 「第1希望：…」, one per slot named.
    pub choices: Vec<String>,
    /// Where it stands, in words (「抽選待ち（抽選日: …）」「当選」 …).
    pub status: String,
    /// Still before the draw: 取り下げる is offered.
    pub may_withdraw: bool,
    /// Another member of the household's: their name.
    #[serde(default)]
    pub whose: Option<String>,
}

/// One place on a waiting list, as its holder sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyWaiting {
    pub id: i32,
    pub service_name: String,
    /// The slot (`2026年12月1日(火) 9:30〜10:00`) or the day waited for.
    pub what: String,
    /// Place in line, from 1.
    pub position: u64,
    /// While a place is held for them: until when (see the email).
    pub offered_until: Option<String>,
    /// Another member of the household's: their name.
    #[serde(default)]
    pub whose: Option<String>,
}

/// 変更: the reservation and the other slots of its service.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangeChoices {
    pub reservation: MyReservation,
    pub slots: ServiceSlots,
}

/// 変更の確認: from this reservation to that slot.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangeTarget {
    pub reservation: MyReservation,
    pub target: SlotSummary,
}

#[cfg(feature = "ssr")]
async fn resident_id() -> Result<(crate::state::AppState, i32), AppError> {
    crate::login::ssr::require_resident().await.map(|(state, resident)| (state, resident.id))
}

#[server(endpoint = "my/page")]
pub async fn get_my_page() -> Result<MyPage, AppError> {
    use crate::error::fail;
    let (state, resident) = resident_id().await?;
    ssr::my_page(&state.db, resident, state.clock.now()).await?.ok_or_else(|| fail(AppError::LoginRequired))
}

#[server(endpoint = "my/reservation")]
pub async fn get_my_reservation(number: String) -> Result<MyReservation, AppError> {
    use crate::error::fail;
    let (state, resident) = resident_id().await?;
    ssr::reservation(&state.db, resident, &number, state.clock.now()).await.map_err(fail)
}

/// The other slots of the reservation's service: the calendar and the
/// slots of `day` (empty: the first day with room).
#[server(endpoint = "my/change_choices")]
pub async fn get_change_choices(number: String, day: String) -> Result<ChangeChoices, AppError> {
    use crate::error::fail;
    let (state, resident) = resident_id().await?;
    let day = crate::domain::parse_date(&day);
    ssr::change_choices(&state.db, resident, &number, day, state.clock.now()).await.map_err(fail)
}

#[server(endpoint = "my/change_target")]
pub async fn get_change_target(number: String, slot_id: i32) -> Result<ChangeTarget, AppError> {
    use crate::error::fail;
    let (state, resident) = resident_id().await?;
    ssr::change_target(&state.db, resident, &number, slot_id, state.clock.now()).await.map_err(fail)
}

/// 変更する: moves the place in one transaction and mails the resident.
#[server(endpoint = "my/change")]
pub async fn change_reservation(number: String, slot_id: i32) -> Result<(), AppError> {
    use crate::error::fail;
    let (state, resident) = resident_id().await?;
    let number = ssr::change(&state.db, &state.site, &state.clock, resident, &number, slot_id).await.map_err(fail)?;
    state.outbox_signal.notify_one();
    crate::redirect::to(&format!("/my/reservations/{}/changed", number.as_str()));
    Ok(())
}

/// キャンセル待ちを取り消す: out of the line (an offer out to them is
/// passed to the next in line).
#[server(endpoint = "my/leave_waitlist")]
pub async fn leave_waitlist(id: i32) -> Result<(), AppError> {
    use crate::error::fail;
    let (state, resident) = resident_id().await?;
    ssr::leave_waitlist(&state.db, &state.site, &state.clock, resident, id).await.map_err(fail)?;
    state.outbox_signal.notify_one();
    crate::redirect::to("/my?left=1");
    Ok(())
}

/// 抽選の申し込みを取り下げる: before the draw only.
#[server(endpoint = "my/withdraw_application")]
pub async fn withdraw_application(id: i32) -> Result<(), AppError> {
    use crate::error::fail;
    let (state, resident) = resident_id().await?;
    ssr::withdraw_application(&state.db, &state.clock, resident, id).await.map_err(fail)?;
    crate::redirect::to("/my?withdrawn=1");
    Ok(())
}

/// お知らせメールを受け取る／止める: the resident's own switch.
#[server(endpoint = "my/reminders")]
pub async fn set_reminders(wanted: bool) -> Result<(), AppError> {
    let (state, resident) = resident_id().await?;
    crate::reminders::set_wanted(&state.db, resident, wanted, state.clock.now()).await?;
    crate::redirect::to("/my?reminders=1#reminders");
    Ok(())
}

/// キャンセルする: gives the place back and mails the resident.
#[server(endpoint = "my/cancel")]
pub async fn cancel_reservation(number: String) -> Result<(), AppError> {
    use crate::error::fail;
    let (state, resident) = resident_id().await?;
    let number = ssr::cancel(&state.db, &state.site, &state.clock, resident, &number).await.map_err(fail)?;
    state.outbox_signal.notify_one();
    crate::redirect::to(&format!("/my/reservations/{}/cancelled", number.as_str()));
    Ok(())
}
