//! The reservation rules as plain functions over a database connection:
//! what the server functions call and what the tests drive.
use super::*;
use crate::db::{begin_write, form_drafts, reservations, residents, services, slots};
use crate::domain::{BookingRule, ReservationNumber, UserKey, availability};
use crate::drafts::{self, KIND_RESERVATION};
use crate::mail::{self, texts::ReservationFacts};
use crate::state::SiteSettings;
use crate::time::{date_short, date_time_long, time_short};
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

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

/// A logged-in resident's details as the details form holds them.
pub fn input_of(resident: &residents::Model) -> DetailsInput {
    use chrono::Datelike;
    DetailsInput {
        name: resident.name.clone(),
        kana: resident.name_kana.clone(),
        birth_year: resident.birth_date.year().to_string(),
        birth_month: resident.birth_date.month().to_string(),
        birth_day: resident.birth_date.day().to_string(),
        phone: resident.phone.clone(),
        email: resident.email.clone(),
        email_confirm: resident.email.clone(),
    }
}

pub(crate) fn rule(service: &services::Model) -> BookingRule {
    BookingRule {
        opens_days: service.booking_opens_days,
        deadline_days_before: service.deadline_days_before,
        deadline_time: service.deadline_time,
        change_days_before: service.change_deadline_days_before,
        change_time: service.change_deadline_time,
    }
}

/// `前日の17:00` for 1 day before at 17:00.
pub(crate) fn days_before_text(days: i32, time: chrono::NaiveTime) -> String {
    let time = time_short(time);
    match days {
        0 => format!("当日の{time}"),
        1 => format!("前日の{time}"),
        n => format!("{n}日前の{time}"),
    }
}

pub(crate) fn deadline_note(service: &services::Model) -> String {
    let reserve = days_before_text(service.deadline_days_before, service.deadline_time);
    let change = days_before_text(service.change_deadline_days_before, service.change_deadline_time);
    if reserve == change {
        format!("予約・変更・キャンセルは{reserve}まで")
    } else {
        format!("予約は{reserve}まで、変更・キャンセルは{change}まで")
    }
}

pub(crate) fn slot_availability(service: &services::Model, slot: &slots::Model, now: NaiveDateTime) -> Availability {
    let accepting = service.published && slot.is_open && rule(service).accepts(slot.date, now);
    availability(slot.capacity, slot.taken, accepting)
}

fn summary(service: &services::Model, has_room: bool) -> ServiceSummary {
    ServiceSummary {
        id: service.id,
        name: service.name.clone(),
        description: service.description.clone(),
        venue: service.venue.clone(),
        notes: service.notes.clone(),
        deadline_note: deadline_note(service),
        limit_note: match service.max_active_per_resident {
            0 => String::new(),
            n => format!("お一人{n}件まで（受付中の予約の数）"),
        },
        has_room,
    }
}

pub(crate) fn slot_summary_of(service: &services::Model, slot: &slots::Model, now: NaiveDateTime) -> SlotSummary {
    SlotSummary {
        slot_id: slot.id,
        service_id: service.id,
        service_name: service.name.clone(),
        venue: service.venue.clone(),
        notes: service.notes.clone(),
        when: crate::time::slot_when(slot.date, slot.start_time, slot.end_time),
        deadline: date_time_long(rule(service).change_deadline(slot.date)),
        availability: slot_availability(service, slot, now),
    }
}

/// Slots from today up to the service's booking window, in date order.
async fn upcoming_slots(
    db: &impl ConnectionTrait,
    service: &services::Model,
    now: NaiveDateTime,
) -> Result<Vec<slots::Model>, DbErr> {
    let today = now.date();
    slots::Entity::find()
        .filter(slots::Column::ServiceId.eq(service.id))
        .filter(slots::Column::Date.gte(today))
        .filter(slots::Column::Date.lte(today + Duration::days(service.booking_opens_days.into())))
        .order_by_asc(slots::Column::Date)
        .order_by_asc(slots::Column::StartTime)
        .all(db)
        .await
}

pub async fn list_services(db: &DatabaseConnection, now: NaiveDateTime) -> Result<Vec<ServiceSummary>, DbErr> {
    let published = services::Entity::find()
        .filter(services::Column::Published.eq(true))
        .order_by_asc(services::Column::SortOrder)
        .order_by_asc(services::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(published.len());
    // One query per service: a city publishes a handful of services.
    for service in published {
        let has_room = upcoming_slots(db, &service, now)
            .await?
            .iter()
            .any(|slot| matches!(slot_availability(&service, slot, now), Availability::Open { .. }));
        out.push(summary(&service, has_room));
    }
    Ok(out)
}

pub async fn service_slots(
    db: &DatabaseConnection,
    service_id: i32,
    now: NaiveDateTime,
) -> Result<Option<ServiceSlots>, DbErr> {
    let Some(service) = services::Entity::find_by_id(service_id).one(db).await? else {
        return Ok(None);
    };
    if !service.published {
        return Ok(None);
    }
    let slots = upcoming_slots(db, &service, now).await?;
    let mut days: Vec<DaySlots> = Vec::new();
    let mut has_room = false;
    for slot in &slots {
        let availability = slot_availability(&service, slot, now);
        has_room |= matches!(availability, Availability::Open { .. });
        let choice = SlotChoice {
            id: slot.id,
            time_label: crate::time::time_range(slot.start_time, slot.end_time),
            availability,
        };
        let iso = slot.date.format("%Y-%m-%d").to_string();
        match days.last_mut() {
            Some(day) if day.date_iso == iso => day.slots.push(choice),
            _ => days.push(DaySlots { date_label: date_short(slot.date), date_iso: iso, slots: vec![choice] }),
        }
    }
    Ok(Some(ServiceSlots { service: summary(&service, has_room), days }))
}

pub(crate) async fn slot_with_service(
    db: &impl ConnectionTrait,
    slot_id: i32,
) -> Result<Option<(slots::Model, services::Model)>, DbErr> {
    let Some(slot) = slots::Entity::find_by_id(slot_id).one(db).await? else {
        return Ok(None);
    };
    let Some(service) = services::Entity::find_by_id(slot.service_id).one(db).await? else {
        return Ok(None);
    };
    Ok(Some((slot, service)))
}

pub async fn slot_summary(
    db: &DatabaseConnection,
    slot_id: i32,
    now: NaiveDateTime,
) -> Result<Option<SlotSummary>, DbErr> {
    Ok(slot_with_service(db, slot_id)
        .await?
        .filter(|(_, service)| service.published)
        .map(|(slot, service)| slot_summary_of(&service, &slot, now)))
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
    now: DateTime<Utc>,
) -> Result<Saved, AppError> {
    // Logged in: everything but the phone number comes from the record.
    let input = match logged_in {
        Some(resident) => DetailsInput { phone: input.phone, ..input_of(resident) },
        None => input,
    };
    let now_jst = crate::time::to_jst(now);
    let Some((slot, service)) = slot_with_service(db, slot_id).await.map_err(crate::state::internal)? else {
        return Err(crate::state::fail(AppError::NotFound));
    };
    if !service.published {
        return Err(crate::state::fail(AppError::NotFound));
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
    let draft_id = drafts::save(db, draft_id.filter(|id| !id.is_empty()), KIND_RESERVATION, &draft, now)
        .await
        .map_err(crate::state::internal)?;
    Ok(Saved { draft_id, valid })
}

async fn load(
    db: &DatabaseConnection,
    draft_id: &str,
    now: DateTime<Utc>,
) -> Result<Option<(drafts::Loaded<ReservationDraft>, slots::Model, services::Model)>, AppError> {
    use crate::state::internal;
    let Some(draft) = drafts::load::<ReservationDraft>(db, draft_id, KIND_RESERVATION, now).await.map_err(internal)?
    else {
        return Ok(None);
    };
    let Some((slot, service)) = slot_with_service(db, draft.payload.slot_id).await.map_err(internal)? else {
        return Ok(None);
    };
    Ok(Some((draft, slot, service)))
}

pub async fn details_draft(
    db: &DatabaseConnection,
    draft_id: &str,
    now: DateTime<Utc>,
) -> Result<Option<DetailsDraft>, AppError> {
    let now_jst = crate::time::to_jst(now);
    Ok(load(db, draft_id, now).await?.map(|(draft, slot, service)| {
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
    now: DateTime<Utc>,
) -> Result<Option<ConfirmView>, AppError> {
    let now_jst = crate::time::to_jst(now);
    Ok(load(db, draft_id, now).await?.map(|(draft, slot, service)| {
        let answers = draft.payload.input.validate(now_jst.date()).ok().map(|v| Answers {
            name: v.name.to_string(),
            kana: v.kana.to_string(),
            birth_date: v.birth_date.japanese(),
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

/// Whose reservations count against a service's per-resident limit: a
/// known resident (logged in, or chosen by staff), or, for a reservation
/// without login, every record with the same address, ふりがな and birth
/// date (each such reservation makes a new record and key).
pub enum Holder {
    Resident(i32),
    Person { email: String, kana: String, birth_date: chrono::NaiveDate },
}

/// Active reservations of `holder` for `service_id` on `today` or later.
pub async fn upcoming_for_service(
    db: &impl ConnectionTrait,
    holder: &Holder,
    service_id: i32,
    today: chrono::NaiveDate,
) -> Result<u64, DbErr> {
    let resident_ids: Vec<i32> = match holder {
        Holder::Resident(id) => vec![*id],
        Holder::Person { email, kana, birth_date } => residents::Entity::find()
            .filter(residents::Column::Email.eq(email.as_str()))
            .filter(residents::Column::NameKana.eq(kana.as_str()))
            .filter(residents::Column::BirthDate.eq(*birth_date))
            .all(db)
            .await?
            .into_iter()
            .map(|r| r.id)
            .collect(),
    };
    if resident_ids.is_empty() {
        return Ok(0);
    }
    let slot_ids: Vec<i32> = slots::Entity::find()
        .filter(slots::Column::ServiceId.eq(service_id))
        .filter(slots::Column::Date.gte(today))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    if slot_ids.is_empty() {
        return Ok(0);
    }
    reservations::Entity::find()
        .filter(reservations::Column::ResidentId.is_in(resident_ids))
        .filter(reservations::Column::SlotId.is_in(slot_ids))
        .filter(reservations::Column::Status.eq(reservations::ACTIVE))
        .count(db)
        .await
}

/// What became of a 送信.
#[derive(Debug, PartialEq, Eq)]
pub enum Submitted {
    Reserved { reservation_id: i32 },
    /// The draft had already been sent (double click, reload): nothing new.
    AlreadyDone { reservation_id: i32 },
}

/// Takes a place in the draft's slot and records the reservation, the new
/// resident and their confirmation email in one transaction. The place is
/// taken by one conditional UPDATE (`taken < capacity`), so no slot is
/// overbooked however many residents press 送信 at once; claiming the draft
/// first makes a double submit a no-op.
pub async fn submit(
    db: &DatabaseConnection,
    site: &SiteSettings,
    draft_id: &str,
    session_resident: Option<i32>,
    now: DateTime<Utc>,
) -> Result<Submitted, AppError> {
    if !drafts::is_well_formed(draft_id) {
        return Err(AppError::NotFound);
    }
    use crate::state::internal;
    let txn = begin_write(db).await.map_err(internal)?;
    // First statement is a write (SQLite takes the write lock here).
    let claimed = form_drafts::Entity::update_many()
        .col_expr(form_drafts::Column::SubmittedAt, Expr::value(now))
        .filter(form_drafts::Column::Id.eq(draft_id))
        .filter(form_drafts::Column::Kind.eq(KIND_RESERVATION))
        .filter(form_drafts::Column::SubmittedAt.is_null())
        .filter(form_drafts::Column::ExpiresAt.gt(now))
        .exec(&txn)
        .await
        .map_err(internal)?
        .rows_affected;
    if claimed == 0 {
        txn.rollback().await.map_err(internal)?;
        let draft = form_drafts::Entity::find_by_id(draft_id.to_string()).one(db).await.map_err(internal)?;
        return match draft {
            Some(d) if d.kind == KIND_RESERVATION && d.expires_at > now => match d.reservation_id {
                Some(reservation_id) => Ok(Submitted::AlreadyDone { reservation_id }),
                None => Err(AppError::Internal),
            },
            Some(_) => Err(AppError::Expired),
            None => Err(AppError::NotFound),
        };
    }
    let draft = form_drafts::Entity::find_by_id(draft_id.to_string())
        .one(&txn)
        .await
        .map_err(internal)?
        .ok_or(AppError::NotFound)?;
    let payload: ReservationDraft = serde_json::from_str(&draft.payload).map_err(internal)?;
    let now_jst = crate::time::to_jst(now);
    let details = payload.input.validate(now_jst.date()).map_err(|_| AppError::BadRequest)?;
    let (slot, service) = slot_with_service(&txn, payload.slot_id).await.map_err(internal)?.ok_or(AppError::NotFound)?;
    match slot_availability(&service, &slot, now_jst) {
        Availability::Open { .. } | Availability::Full => {}
        Availability::Closed => return Err(AppError::SlotClosed),
    }

    if service.max_active_per_resident > 0 {
        let holder = match payload.resident_id {
            Some(id) => Holder::Resident(id),
            None => Holder::Person { email: details.email.to_string(), kana: details.kana.to_string(), birth_date: details.birth_date.date() },
        };
        let held = upcoming_for_service(&txn, &holder, service.id, now_jst.date()).await.map_err(internal)?;
        if held >= service.max_active_per_resident as u64 {
            txn.rollback().await.map_err(internal)?;
            return Err(AppError::LimitReached(service.max_active_per_resident));
        }
    }

    if !take_place(&txn, slot.id).await.map_err(internal)? {
        txn.rollback().await.map_err(internal)?;
        return Err(AppError::SlotFull);
    }

    let (resident, user_key) = match payload.resident_id {
        // A logged-in resident's reservation stays theirs only while they are.
        Some(id) if session_resident != Some(id) => {
            txn.rollback().await.map_err(internal)?;
            return Err(AppError::LoginRequired);
        }
        Some(id) => {
            let known = residents::Entity::find_by_id(id).one(&txn).await.map_err(internal)?.ok_or(AppError::LoginRequired)?;
            let key = UserKey::parse(&known.user_key).map_err(internal)?;
            let phone = details.phone.to_string();
            let resident = if known.phone != phone {
                let mut active: residents::ActiveModel = known.into();
                active.phone = Set(phone);
                active.updated_at = Set(now);
                active.update(&txn).await.map_err(internal)?
            } else {
                known
            };
            (resident, key)
        }
        None => {
            let user_key = unused_user_key(&txn).await.map_err(internal)?;
            let resident = residents::ActiveModel {
                user_key: Set(user_key.as_str().to_string()),
                name: Set(details.name.to_string()),
                name_kana: Set(details.kana.to_string()),
                birth_date: Set(details.birth_date.date()),
                phone: Set(details.phone.to_string()),
                email: Set(details.email.to_string()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await
            .map_err(internal)?;
            (resident, user_key)
        }
    };

    let number = unused_reservation_number(&txn).await.map_err(internal)?;
    let reservation = reservations::ActiveModel {
        reservation_number: Set(number.as_str().to_string()),
        resident_id: Set(resident.id),
        slot_id: Set(slot.id),
        status: Set(reservations::ACTIVE.to_string()),
        created_at: Set(now),
        cancelled_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(internal)?;

    let mut draft: form_drafts::ActiveModel = draft.into();
    draft.reservation_id = Set(Some(reservation.id));
    draft.expires_at = Set(now + drafts::KEEP_AFTER_SUBMIT);
    draft.update(&txn).await.map_err(internal)?;

    let summary = slot_summary_of(&service, &slot, now_jst);
    let printed_key = user_key.to_string();
    let facts = ReservationFacts {
        resident_name: details.name.as_str(),
        reservation_number: number.as_str(),
        user_key: &printed_key,
        service_name: &service.name,
        when: &summary.when,
        venue: &service.venue,
        deadline: &summary.deadline,
        notes: &service.notes,
    };
    mail::enqueue(&txn, &details.email, mail::texts::reservation_confirmation(site, &facts), now)
        .await
        .map_err(internal)?;
    txn.commit().await.map_err(internal)?;
    tracing::info!(reservation = reservation.id, slot = slot.id, "reservation made");
    Ok(Submitted::Reserved { reservation_id: reservation.id })
}

/// Takes one place in an open slot with room: one conditional UPDATE
/// (`taken < capacity`), so concurrent bookings can never overbook. False
/// when the slot is full (or closed meanwhile).
pub(crate) async fn take_place(db: &impl ConnectionTrait, slot_id: i32) -> Result<bool, DbErr> {
    Ok(slots::Entity::update_many()
        .col_expr(slots::Column::Taken, Expr::col(slots::Column::Taken).add(1))
        .filter(slots::Column::Id.eq(slot_id))
        .filter(slots::Column::IsOpen.eq(true))
        .filter(Expr::col(slots::Column::Taken).lt(Expr::col(slots::Column::Capacity)))
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Gives one place back (a change or a cancellation).
pub(crate) async fn give_back_place(db: &impl ConnectionTrait, slot_id: i32) -> Result<(), DbErr> {
    slots::Entity::update_many()
        .col_expr(slots::Column::Taken, Expr::col(slots::Column::Taken).sub(1))
        .filter(slots::Column::Id.eq(slot_id))
        .filter(slots::Column::Taken.gt(0))
        .exec(db)
        .await?;
    Ok(())
}

/// Keys are random over 59 bits, so a collision is all but impossible;
/// still, the unique index would turn one into a failed booking, so check.
async fn unused_user_key(db: &impl ConnectionTrait) -> Result<UserKey, DbErr> {
    for _ in 0..8 {
        let key = UserKey::generate();
        let taken = residents::Entity::find()
            .filter(residents::Column::UserKey.eq(key.as_str()))
            .one(db)
            .await?
            .is_some();
        if !taken {
            return Ok(key);
        }
    }
    Err(DbErr::Custom("no unused user key after 8 tries".into()))
}

async fn unused_reservation_number(db: &impl ConnectionTrait) -> Result<ReservationNumber, DbErr> {
    for _ in 0..16 {
        let number = ReservationNumber::generate();
        let taken = reservations::Entity::find()
            .filter(reservations::Column::ReservationNumber.eq(number.as_str()))
            .one(db)
            .await?
            .is_some();
        if !taken {
            return Ok(number);
        }
    }
    Err(DbErr::Custom("no unused reservation number after 16 tries".into()))
}

pub async fn completed(
    db: &DatabaseConnection,
    draft_id: &str,
    now: DateTime<Utc>,
) -> Result<Option<Completed>, AppError> {
    use crate::state::internal;
    let Some(draft) = drafts::load::<ReservationDraft>(db, draft_id, KIND_RESERVATION, now).await.map_err(internal)?
    else {
        return Ok(None);
    };
    let Some(reservation_id) = draft.row.reservation_id else {
        return Ok(None);
    };
    let Some(reservation) = reservations::Entity::find_by_id(reservation_id).one(db).await.map_err(internal)? else {
        return Ok(None);
    };
    let Some(resident) = residents::Entity::find_by_id(reservation.resident_id).one(db).await.map_err(internal)?
    else {
        return Ok(None);
    };
    let Some((slot, service)) = slot_with_service(db, reservation.slot_id).await.map_err(internal)? else {
        return Ok(None);
    };
    let user_key = UserKey::parse(&resident.user_key).map_err(internal)?;
    Ok(Some(Completed {
        reservation_number: reservation.reservation_number,
        user_key: user_key.to_string(),
        email: resident.email,
        slot: slot_summary_of(&service, &slot, crate::time::to_jst(now)),
    }))
}
