//! 登録情報 (a resident's own data, issue 15 item 4): under my
//! reservations, everything the city's system keeps about the resident —
//! their record, every reservation, place in line and lottery application,
//! and the emails sent to them — on a page and as a file to download
//! (`/my/data/download`, JSON); and 利用者情報の削除, which erases their
//! personal data after a confirm step, refused while they hold an upcoming
//! reservation. Kept: the anonymous counts (the blank record and the
//! reservations pointing to it). The city's retention period erases the
//! records of residents without activity by itself (`ssr::sweep`). Every
//! erasure is in the audit log.
mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use pages::{EraseConfirmPage, ErasedPage, OwnDataPage};

use crate::booking::Standing;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Everything stored about one resident, as shown and as downloaded.
/// One person: the record logged in with, and any other record of theirs
/// (`booking::same_person`: a booking without login makes one each time),
/// whose reservations, places in line, applications and emails are
/// listed with theirs and erased with theirs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnData {
    pub record: OwnRecord,
    /// The person's other records (older or newer than the one logged in).
    pub others: Vec<OwnRecord>,
    pub reservations: Vec<OwnReservation>,
    pub waiting: Vec<OwnWaiting>,
    pub applications: Vec<OwnApplication>,
    pub emails: Vec<OwnEmail>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnRecord {
    pub name: String,
    pub kana: String,
    /// `1960-04-01`.
    pub birth_date: String,
    pub phone: String,
    pub email: String,
    pub user_key: String,
    /// `ja`, `en`, `easy`: the language of their emails.
    pub language: String,
    /// お知らせメール wanted.
    pub reminders: bool,
    pub registered_at: String,
    pub updated_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnReservation {
    pub number: String,
    pub service: String,
    pub when: String,
    pub venue: String,
    pub status: Standing,
    pub attended: bool,
    pub made_at: String,
    pub cancelled_at: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnWaiting {
    pub service: String,
    pub what: String,
    /// `waiting`, `offered`, `booked`, `left`, `expired` …
    pub status: String,
    /// The answers to 対象者条件 as stored (JSON; empty: none asked).
    pub answers: String,
    pub joined_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnApplication {
    pub number: String,
    pub service: String,
    pub choices: Vec<String>,
    /// `applied`, `won`, `lost`, `withdrawn`, `excluded`.
    pub status: String,
    pub answers: String,
    pub applied_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnEmail {
    pub written_at: String,
    /// `None`: not sent yet.
    pub sent_at: Option<String>,
    pub to: String,
    pub subject: String,
    /// As sent, the 利用者キー and passwords blanked (not kept once sent).
    pub body: String,
}

/// The 登録情報 page: the data, and what stands in the way of erasing it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnDataView {
    pub data: OwnData,
    /// Upcoming reservations' numbers: erasing waits for them.
    pub upcoming: Vec<String>,
    /// A place in line or an application awaiting its draw.
    pub waiting: bool,
}

impl OwnDataView {
    pub fn may_erase(&self) -> bool {
        self.upcoming.is_empty() && !self.waiting
    }
}

#[server(endpoint = "my/data")]
pub async fn get_own_data() -> Result<OwnDataView, AppError> {
    use crate::error::fail;
    let (state, me) = crate::login::ssr::require_resident().await?;
    let now = state.clock.now();
    let Some(data) = ssr::export(&state.db, me.id, now).await? else { return Err(fail(AppError::LoginRequired)) };
    let (upcoming, waiting) = match ssr::blockers(&state.db, me.id, now).await? {
        None | Some(ssr::Refused::Active) => (Vec::new(), false),
        Some(ssr::Refused::Upcoming(numbers)) => (numbers, false),
        Some(ssr::Refused::Waiting) => (Vec::new(), true),
    };
    Ok(OwnDataView { data, upcoming, waiting })
}

/// 削除する: erases the logged-in resident's personal data, ends the
/// session and goes to the page that says so.
#[server(endpoint = "my/erase")]
pub async fn erase_me() -> Result<(), AppError> {
    use crate::error::fail;
    use crate::session::{self, Kind};
    let (state, me) = crate::login::ssr::require_resident().await?;
    match ssr::erase(&state.db, me.id, &ssr::ErasedBy::Resident, state.mail_folder.as_deref(), state.clock.now()).await? {
        Ok(()) => {
            session::set_response_cookie(&session::clear_cookie(&state.site, Kind::Resident));
            crate::redirect::to("/my/data/erased");
            Ok(())
        }
        Err(_) => Err(fail(AppError::StillBooked)),
    }
}
