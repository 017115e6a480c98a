//! 予約する against the database: the draft kept between the steps, and
//! 送信, which hands the booking itself to the core (`crate::booking`).
use super::*;
use crate::actor::Actor;
use crate::booking::{self, ForWhom, find::slot_with_service};
use crate::catalogue::ssr::slot_summary_of;
use crate::clock::Clock;
use crate::db::{begin_write, reservations, residents, services, slots};
use crate::domain::UserKey;
use crate::browser::Browser;
use crate::drafts::{self, Claim, KIND_RESERVATION};
use crate::site::SiteSettings;
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, EntityTrait};

/// The draft's payload: which slot, and what was typed.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReservationDraft {
    pub slot_id: i32,
    pub input: DetailsInput,
    /// Set when a logged-in resident reserves: their record is used and no
    /// new user key is issued (only the phone number may change).
    #[serde(default)]
    pub resident_id: Option<i32>,
}

pub struct Saved {
    pub draft_id: String,
    pub valid: bool,
}

/// Stores the typed details (clipped) in a draft and says whether they are
/// ready for the check page.
pub async fn save_details(
    db: &DatabaseConnection,
    draft_id: Option<&str>,
    slot_id: i32,
    input: DetailsInput,
    logged_in: Option<&residents::Model>,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<Saved, AppError> {
    // Logged in: everything but the phone number comes from the record.
    let input = match logged_in {
        Some(resident) => DetailsInput { phone: input.phone, ..resident.details() },
        None => input,
    };
    let now_jst = crate::time::to_jst(now);
    let Some((slot, service)) = slot_with_service(db, slot_id).await? else {
        return Err(crate::error::fail(AppError::NotFound));
    };
    if !service.published {
        return Err(crate::error::fail(AppError::NotFound));
    }
    let input = DetailsInput {
        name: drafts::clip(&input.name),
        kana: drafts::clip(&input.kana),
        birth_year: drafts::clip(&input.birth_year),
        birth_month: drafts::clip(&input.birth_month),
        birth_day: drafts::clip(&input.birth_day),
        phone: drafts::clip(&input.phone),
        email: drafts::clip(&input.email),
        email_confirm: drafts::clip(&input.email_confirm),
    };
    let valid = input.validate(now_jst.date()).is_ok();
    let draft = ReservationDraft { slot_id: slot.id, input, resident_id: logged_in.map(|r| r.id) };
    let draft_id = drafts::save(db, draft_id.filter(|id| !id.is_empty()), KIND_RESERVATION, &draft, owner, now)
        .await
        ?;
    Ok(Saved { draft_id, valid })
}

async fn load(
    db: &DatabaseConnection,
    draft_id: &str,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<Option<(drafts::Loaded<ReservationDraft>, slots::Model, services::Model)>, AppError> {
    let Some(draft) = drafts::load::<ReservationDraft>(db, draft_id, KIND_RESERVATION, owner, now).await?
    else {
        return Ok(None);
    };
    let Some((slot, service)) = slot_with_service(db, draft.payload.slot_id).await? else {
        return Ok(None);
    };
    Ok(Some((draft, slot, service)))
}

pub async fn details_draft(
    db: &DatabaseConnection,
    draft_id: &str,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<Option<DetailsDraft>, AppError> {
    let now_jst = crate::time::to_jst(now);
    Ok(load(db, draft_id, owner, now).await?.map(|(draft, slot, service)| {
        let errors = draft.payload.input.validate(now_jst.date()).err().unwrap_or_default();
        DetailsDraft {
            draft_id: draft.row.id,
            slot: slot_summary_of(&service, &slot, now_jst),
            input: draft.payload.input,
            errors,
            known_resident: draft.payload.resident_id.is_some(),
        }
    }))
}

pub async fn confirm_view(
    db: &DatabaseConnection,
    draft_id: &str,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<Option<ConfirmView>, AppError> {
    let now_jst = crate::time::to_jst(now);
    Ok(load(db, draft_id, owner, now).await?.map(|(draft, slot, service)| {
        let answers = draft.payload.input.validate(now_jst.date()).ok().map(|v| Answers {
            name: v.name.to_string(),
            kana: v.kana.to_string(),
            // In the request's language (`1960年4月1日`), readings kept as `《》`.
            birth_date: crate::time::birth_date_in(v.birth_date.date(), crate::language::current()),
            phone: v.phone.to_string(),
            email: v.email.to_string(),
        });
        ConfirmView {
            draft_id: draft.row.id,
            slot: slot_summary_of(&service, &slot, now_jst),
            answers,
            known_resident: draft.payload.resident_id.is_some(),
        }
    }))
}

/// What became of a 送信.
#[derive(Debug, PartialEq, Eq)]
pub enum Submitted {
    Reserved { reservation_id: i32 },
    /// The draft had already been sent (double click, reload): nothing new.
    AlreadyDone { reservation_id: i32 },
}

/// 送信: claims the draft, then books through the core, in one
/// transaction. Claiming first makes a double submit a no-op that lands on
/// the same completion page. A draft made while logged in books only for
/// that same resident, still logged in.
pub async fn submit(
    db: &DatabaseConnection,
    site: &SiteSettings,
    clock: &Clock,
    draft_id: &str,
    owner: &Browser,
    session_resident: Option<i32>,
) -> Result<Submitted, AppError> {
    let now = clock.now();
    let txn = begin_write(db).await?;
    let draft = match drafts::claim::<ReservationDraft>(&txn, draft_id, KIND_RESERVATION, owner, now).await? {
        Claim::Claimed(draft) => draft,
        Claim::AlreadySent { reservation_id } => return Ok(Submitted::AlreadyDone { reservation_id }),
        Claim::Expired => return Err(AppError::Expired),
        Claim::Missing => return Err(AppError::NotFound),
    };
    let details = draft.payload.input.validate(crate::time::to_jst(now).date()).map_err(|_| AppError::BadRequest)?;
    let (actor, for_whom) = match draft.payload.resident_id {
        Some(resident_id) => (
            session_resident.map_or(Actor::Guest, Actor::Resident),
            ForWhom::Known { resident_id, phone: Some(details.phone) },
        ),
        None => (Actor::Guest, ForWhom::New(details)),
    };
    let booked = booking::book(&txn, site, &actor, clock, draft.payload.slot_id, for_whom).await?;
    drafts::mark_sent(&txn, draft_id, booked.reservation_id, now).await?;
    txn.commit().await?;
    Ok(Submitted::Reserved { reservation_id: booked.reservation_id })
}

/// The completion page, for the browser that sent the form: the 利用者キー
/// and the address only within `drafts::KEY_SHOWN_FOR` of 送信.
pub async fn completed(
    db: &DatabaseConnection,
    draft_id: &str,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<Option<Completed>, AppError> {
    let Some(draft) = drafts::load::<ReservationDraft>(db, draft_id, KIND_RESERVATION, owner, now).await?
    else {
        return Ok(None);
    };
    let Some(reservation_id) = draft.row.reservation_id else {
        return Ok(None);
    };
    let Some(reservation) = reservations::Entity::find_by_id(reservation_id).one(db).await? else {
        return Ok(None);
    };
    let Some(resident) = residents::Entity::find_by_id(reservation.resident_id).one(db).await?
    else {
        return Ok(None);
    };
    let Some((slot, service)) = slot_with_service(db, reservation.slot_id).await? else {
        return Ok(None);
    };
    let user_key = UserKey::parse(&resident.user_key).map_err(AppError::internal)?;
    let shown = draft.row.submitted_at.is_some_and(|at| now < at + drafts::KEY_SHOWN_FOR);
    Ok(Some(Completed {
        ticket_path: crate::ticket::path(&reservation.ticket_token),
        reservation_number: reservation.reservation_number,
        user_key: shown.then(|| user_key.to_string()),
        email: shown.then_some(resident.email),
        slot: slot_summary_of(&service, &slot, crate::time::to_jst(now)),
    }))
}
