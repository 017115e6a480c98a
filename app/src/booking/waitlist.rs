//! キャンセル待ち: the waiting list of a full slot, or of a full day.
//!
//! When a place frees (a cancellation, a change away, more capacity), the
//! first in line — and only they — is offered it: the place is held for
//! them (`slots.held`, so nobody else can take it) while they are asked by
//! email, for the service's hold time (24 hours by default), shorter when
//! the booking deadline is near (`hold_until`), never past it. They take it
//! from the link in the email (an ordinary reservation from then on) or
//! decline it; unanswered, it goes to the next in line when the hold runs
//! out (`expire_due`, run every minute on every server: each offer expires
//! once, a conditional UPDATE deciding which server does it).
//!
//! Every function runs in the caller's write transaction, like the rest of
//! the core; the line of a day is serialised by an advisory lock on
//! PostgreSQL (SQLite has one writer anyway), so two places freed at once
//! go to two different people.
use super::book::{Conditions, ForWhom, authorize, check_conditions, person_of, record_for};
use super::find::slot_with_service;
use super::limit::{self, Person};
use super::{BookingError, address_limit, advisory, deadlines, place};
use crate::actor::Actor;
use crate::clock::Clock;
use crate::db::{services, slots, waitlist_entries as entries};
use crate::domain::{Availability, EmailAddress, Said};
use crate::mail;
use crate::session::sha256_hex;
use crate::site::SiteSettings;
use crate::time::{date_time_long_in, slot_when_in, to_jst};
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

/// The shortest hold worth offering: nearer the deadline than twice this,
/// a freed place is left for anyone to book.
pub const MIN_HOLD: Duration = Duration::minutes(30);

/// Until when a place freed at `now` is held for the one offered it: the
/// service's hold, but at most half the time left before the booking
/// deadline (so the next in line still has time if they do not answer),
/// and never past it. `None`: too near the deadline to hold a place.
pub fn hold_until(now: NaiveDateTime, deadline: NaiveDateTime, hold_hours: i32) -> Option<NaiveDateTime> {
    let left = deadline - now;
    if left < MIN_HOLD * 2 {
        return None;
    }
    let hold = Duration::hours(i64::from(std::cmp::max(hold_hours, 1)));
    Some(now + hold.min(left / 2))
}

/// What is waited for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wait {
    /// One full slot.
    Slot(i32),
    /// Any slot of a full day.
    Day { service_id: i32, date: NaiveDate },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Joined {
    pub entry_id: i32,
    pub resident_id: i32,
    /// Whether a new record and key were made.
    pub new_resident: bool,
    /// Their place in line, from 1.
    pub position: u64,
}

/// キャンセル待ちに登録: puts `for_whom` in line for a full slot or day
/// (one with room is to be booked, not waited for) after the same checks
/// as a booking (who may act, 対象者条件), and queues the email that says
/// so (with the 利用者キー when a record was made). One place in each line
/// per person.
pub async fn join(
    txn: &impl ConnectionTrait,
    site: &SiteSettings,
    actor: &Actor,
    clock: &Clock,
    wait: Wait,
    for_whom: ForWhom,
    conditions: Conditions,
) -> Result<Joined, BookingError> {
    let now = clock.now();
    let now_jst = to_jst(now);
    authorize(txn, actor, &for_whom).await?;
    let (service, date, slot) = match wait {
        Wait::Slot(slot_id) => {
            let (slot, service) = slot_with_service(txn, slot_id).await?.ok_or(BookingError::NotFound)?;
            (service, slot.date, Some(slot))
        }
        Wait::Day { service_id, date } => {
            let service = services::Entity::find_by_id(service_id).one(txn).await?.ok_or(BookingError::NotFound)?;
            (service, date, None)
        }
    };
    // The line first: a place freed while this joins is offered after it
    // (or before, and then the slot is seen to have room).
    advisory::lock(txn, &line_lock(service.id, date)).await?;
    let slot = match slot {
        Some(slot) => Some(slots::Entity::find_by_id(slot.id).one(txn).await?.ok_or(BookingError::NotFound)?),
        None => None,
    };
    // Only a line that can still end in a booking: a slot (or a day with a
    // slot) that takes reservations now and is full.
    let day_slots = match &slot {
        Some(slot) => vec![slot.clone()],
        None => slots_of_day(txn, service.id, date).await?,
    };
    let states: Vec<Availability> = day_slots.iter().map(|s| deadlines::slot_availability(&service, s, now_jst)).collect();
    if states.is_empty() || states.iter().all(|a| *a == Availability::Closed) {
        return Err(BookingError::SlotClosed);
    }
    if states.iter().any(|a| matches!(a, Availability::Open { .. })) {
        return Err(BookingError::HasRoom);
    }
    let (known, person) = person_of(txn, &for_whom).await?;
    // The offer (the result) goes by email: someone without one could
    // never hear of it.
    if person.email.is_empty() {
        return Err(BookingError::NeedsEmail);
    }
    let first_slot = slot.clone().or_else(|| day_slots.first().cloned()).ok_or(BookingError::NotFound)?;
    let said = match &conditions {
        Conditions::Said(said) => said.clone(),
        Conditions::Counter { .. } => Said::default(),
    };
    check_conditions(&service, &first_slot, &person, actor, &conditions, site)?;
    if actor.held_to_fair_use() {
        // 公平な利用: a place in line counts like a reservation.
        address_limit::check(txn, &person.email, site.fair_use.reservations_per_address_per_day, now).await?;
    }
    // Someone at the service's limit could not take the place anyway.
    limit::check(txn, &service, &person, now_jst.date()).await?;
    let (resident, new_resident) = record_for(txn, actor, known, for_whom, now).await?;
    if already_in_line(txn, &service, date, slot.as_ref().map(|s| s.id), &person).await? {
        return Err(BookingError::AlreadyWaiting);
    }
    let entry = entries::ActiveModel {
        service_id: Set(service.id),
        date: Set(date),
        slot_id: Set(slot.as_ref().map(|s| s.id)),
        resident_id: Set(resident.id),
        said: Set(serde_json::to_string(&said).unwrap_or_default()),
        status: Set(entries::Status::Waiting),
        offered_slot_id: Set(None),
        offer_token_hash: Set(None),
        offered_at: Set(None),
        offer_expires_at: Set(None),
        reservation_id: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let position = position_of(txn, &entry).await?;
    let language = resident.language();
    let what = match &slot {
        Some(slot) => slot_when_in(slot.date, slot.start_time, slot.end_time, language),
        None => crate::time::date_long_in(date, language),
    };
    let key = if new_resident { crate::domain::UserKey::parse(&resident.user_key).map(|k| k.to_string()).unwrap_or_default() } else { String::new() };
    let words = mail::texts::WaitlistFacts { language, name: resident.name.clone(), service: service.name.clone(), what, position, user_key: key };
    mail::to_resident(txn, &resident, mail::texts::waitlist_joined(site, &words), now).await?;
    if let Some(staff) = actor.staff() {
        let detail = format!("{}番目", position);
        crate::audit::record(txn, staff, crate::db::audit_log::Action::JoinWaitlistForResident, &format!("waitlist:{}", entry.id), &detail, now)
            .await?;
    }
    tracing::info!(entry = entry.id, service = service.id, %date, "joined a waiting list");
    Ok(Joined { entry_id: entry.id, resident_id: resident.id, new_resident, position })
}

fn line_lock(service_id: i32, date: NaiveDate) -> String {
    format!("waitlist\n{service_id}\n{date}")
}

async fn slots_of_day(db: &impl ConnectionTrait, service_id: i32, date: NaiveDate) -> Result<Vec<slots::Model>, DbErr> {
    slots::Entity::find()
        .filter(slots::Column::ServiceId.eq(service_id))
        .filter(slots::Column::Date.eq(date))
        .order_by_asc(slots::Column::StartTime)
        .all(db)
        .await
}

/// The entries still in line (waiting, or holding an offer).
fn in_line() -> Condition {
    Condition::any()
        .add(entries::Column::Status.eq(entries::Status::Waiting))
        .add(entries::Column::Status.eq(entries::Status::Offered))
}

/// Whether this person (the same record, or the same address, ふりがな and
/// birth date, as for the per-person limit) is already in this line.
async fn already_in_line(
    db: &impl ConnectionTrait,
    service: &services::Model,
    date: NaiveDate,
    slot_id: Option<i32>,
    person: &Person,
) -> Result<bool, DbErr> {
    let records = records_of(db, person).await?;
    if records.is_empty() {
        return Ok(false);
    }
    let line = match slot_id {
        Some(id) => Condition::any().add(entries::Column::SlotId.eq(id)),
        None => Condition::any().add(entries::Column::SlotId.is_null()),
    };
    Ok(entries::Entity::find()
        .filter(entries::Column::ServiceId.eq(service.id))
        .filter(entries::Column::Date.eq(date))
        .filter(line)
        .filter(in_line())
        .filter(entries::Column::ResidentId.is_in(records))
        .count(db)
        .await?
        > 0)
}

/// Every record of one person: theirs, and those with the same address,
/// ふりがな and birth date (each booking without login makes a record).
async fn records_of(db: &impl ConnectionTrait, person: &Person) -> Result<Vec<i32>, DbErr> {
    use crate::db::residents;
    Ok(residents::Entity::find().filter(person.records()).all(db).await?.into_iter().map(|r| r.id).collect())
}

/// Whether this person already has a place that day in this service (a
/// reservation) or an offer out for one: then they are passed over (and
/// keep their place in line), so nobody holds two places at once.
async fn busy_that_day(db: &impl ConnectionTrait, records: &[i32], service_id: i32, date: NaiveDate) -> Result<bool, DbErr> {
    use crate::db::reservations;
    use sea_orm::sea_query::Query;
    let offered = entries::Entity::find()
        .filter(entries::Column::ServiceId.eq(service_id))
        .filter(entries::Column::Date.eq(date))
        .filter(entries::Column::Status.eq(entries::Status::Offered))
        .filter(entries::Column::ResidentId.is_in(records.to_vec()))
        .count(db)
        .await?;
    if offered > 0 {
        return Ok(true);
    }
    let day_slots = Query::select()
        .column(slots::Column::Id)
        .from(slots::Entity)
        .and_where(slots::Column::ServiceId.eq(service_id))
        .and_where(slots::Column::Date.eq(date))
        .to_owned();
    Ok(reservations::Entity::find()
        .filter(reservations::Column::Status.eq(reservations::Status::Active))
        .filter(reservations::Column::SlotId.in_subquery(day_slots))
        .filter(reservations::Column::ResidentId.is_in(records.to_vec()))
        .count(db)
        .await?
        > 0)
}

/// Place in line, from 1: the entries still in line for the same slot
/// (or any slot of the day) that joined before.
pub async fn position_of(db: &impl ConnectionTrait, entry: &entries::Model) -> Result<u64, DbErr> {
    let mut query = entries::Entity::find()
        .filter(entries::Column::ServiceId.eq(entry.service_id))
        .filter(entries::Column::Date.eq(entry.date))
        .filter(entries::Column::Id.lte(entry.id))
        .filter(in_line());
    if let Some(slot_id) = entry.slot_id {
        query = query.filter(Condition::any().add(entries::Column::SlotId.eq(slot_id)).add(entries::Column::SlotId.is_null()));
    }
    query.count(db).await
}

/// A place of `slot_id` has just been given back (in this transaction):
/// offers it to the first in line for that slot or its day, holding it
/// for them, and emails them the link. Nothing when nobody waits, the slot
/// no longer takes bookings, or its deadline is too near to hold a place.
/// Returns the entry offered it.
pub async fn offer_freed(txn: &impl ConnectionTrait, site: &SiteSettings, clock: &Clock, slot_id: i32) -> Result<Option<i32>, BookingError> {
    let now = clock.now();
    let now_jst = to_jst(now);
    let Some((slot, service)) = slot_with_service(txn, slot_id).await? else { return Ok(None) };
    if !matches!(deadlines::slot_availability(&service, &slot, now_jst), Availability::Open { .. }) {
        return Ok(None);
    }
    let deadline = deadlines::rule(&service).deadline(slot.date);
    let Some(until) = hold_until(now_jst, deadline, service.waitlist_hold_hours) else { return Ok(None) };
    advisory::lock(txn, &line_lock(service.id, slot.date)).await?;
    let line = entries::Entity::find()
        .filter(entries::Column::ServiceId.eq(service.id))
        .filter(entries::Column::Date.eq(slot.date))
        .filter(entries::Column::Status.eq(entries::Status::Waiting))
        .filter(Condition::any().add(entries::Column::SlotId.eq(slot.id)).add(entries::Column::SlotId.is_null()))
        .order_by_asc(entries::Column::Id)
        .all(txn)
        .await?;
    for entry in line {
        let Some(resident) = crate::db::residents::Entity::find_by_id(entry.resident_id).one(txn).await? else {
            close(txn, entry.id, now).await?;
            continue;
        };
        let Ok(email) = EmailAddress::parse(&resident.email) else {
            // Cannot be told: out of line rather than holding a place nobody hears of.
            close(txn, entry.id, now).await?;
            continue;
        };
        // Someone with a place (or an offer) that day already is passed over.
        let records = records_of(txn, &Person::of(&resident)).await?;
        if busy_that_day(txn, &records, service.id, slot.date).await? {
            continue;
        }
        if !place::hold(txn, slot.id).await? {
            return Ok(None);
        }
        let token = crate::drafts::new_id();
        let until_utc = until.and_local_timezone(crate::time::jst()).single().map(|t| t.with_timezone(&Utc)).unwrap_or(now);
        let offered = entries::Entity::update_many()
            .col_expr(entries::Column::Status, Expr::value(entries::Status::Offered))
            .col_expr(entries::Column::OfferedSlotId, Expr::value(slot.id))
            .col_expr(entries::Column::OfferTokenHash, Expr::value(sha256_hex(&token)))
            .col_expr(entries::Column::OfferedAt, Expr::value(now))
            .col_expr(entries::Column::OfferExpiresAt, Expr::value(until_utc))
            .col_expr(entries::Column::UpdatedAt, Expr::value(now))
            .filter(entries::Column::Id.eq(entry.id))
            .filter(entries::Column::Status.eq(entries::Status::Waiting))
            .exec(txn)
            .await?
            .rows_affected;
        if offered != 1 {
            place::release_hold(txn, slot.id).await?;
            continue;
        }
        let language = resident.language();
        let words = mail::texts::OfferFacts {
            language,
            name: resident.name.clone(),
            service: service.name.clone(),
            when: slot_when_in(slot.date, slot.start_time, slot.end_time, language),
            venue: service.venue.clone(),
            until: date_time_long_in(until, language),
            url: format!("{}/waitlist/offers/{token}", site.base_url),
        };
        mail::enqueue(txn, &email, mail::texts::waitlist_offer(site, &words), now).await?;
        tracing::info!(entry = entry.id, slot = slot.id, "place offered to the first in line");
        return Ok(Some(entry.id));
    }
    Ok(None)
}

/// Out of line for good (the slot's 中止, a record that cannot be told).
async fn close(db: &impl ConnectionTrait, entry_id: i32, now: DateTime<Utc>) -> Result<(), DbErr> {
    entries::Entity::update_many()
        .col_expr(entries::Column::Status, Expr::value(entries::Status::Closed))
        .col_expr(entries::Column::UpdatedAt, Expr::value(now))
        .filter(entries::Column::Id.eq(entry_id))
        .exec(db)
        .await?;
    Ok(())
}

/// キャンセル待ちを取り消す: a place in line of the resident's household ends; a place
/// held for them goes to the next in line. Someone else's entry is
/// `NotFound`; leaving twice is a no-op.
pub async fn withdraw(txn: &impl ConnectionTrait, site: &SiteSettings, clock: &Clock, resident_id: i32, entry_id: i32) -> Result<(), BookingError> {
    let now = clock.now();
    let entry = entries::Entity::find_by_id(entry_id)
        .filter(entries::Column::ResidentId.in_subquery(crate::household::ids(resident_id)))
        .one(txn)
        .await?
        .ok_or(BookingError::NotFound)?;
    match entry.status {
        entries::Status::Offered => {
            if end_offer(txn, &entry, entries::Status::Withdrawn, now).await?
                && let Some(slot_id) = entry.offered_slot_id
            {
                offer_freed(txn, site, clock, slot_id).await?;
            }
        }
        entries::Status::Waiting => {
            entries::Entity::update_many()
                .col_expr(entries::Column::Status, Expr::value(entries::Status::Withdrawn))
                .col_expr(entries::Column::UpdatedAt, Expr::value(now))
                .filter(entries::Column::Id.eq(entry.id))
                .filter(entries::Column::Status.eq(entries::Status::Waiting))
                .exec(txn)
                .await?;
        }
        _ => {}
    }
    Ok(())
}

/// 予約枠の中止: nobody waits for this slot any more, and no place of it
/// is held (a day's line goes on waiting for its other slots).
pub async fn close_slot(txn: &impl ConnectionTrait, slot_id: i32, now: DateTime<Utc>) -> Result<(), DbErr> {
    entries::Entity::update_many()
        .col_expr(entries::Column::Status, Expr::value(entries::Status::Closed))
        .col_expr(entries::Column::UpdatedAt, Expr::value(now))
        .filter(in_line())
        .filter(entries::Column::SlotId.eq(slot_id))
        .exec(txn)
        .await?;
    // Someone waiting for any slot of the day, offered this one: back in
    // line, in their place, for the day's other slots.
    entries::Entity::update_many()
        .col_expr(entries::Column::Status, Expr::value(entries::Status::Waiting))
        .col_expr(entries::Column::OfferedSlotId, Expr::value(Option::<i32>::None))
        .col_expr(entries::Column::OfferTokenHash, Expr::value(Option::<String>::None))
        .col_expr(entries::Column::OfferedAt, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(entries::Column::OfferExpiresAt, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(entries::Column::UpdatedAt, Expr::value(now))
        .filter(entries::Column::Status.eq(entries::Status::Offered))
        .filter(entries::Column::SlotId.is_null())
        .filter(entries::Column::OfferedSlotId.eq(slot_id))
        .exec(txn)
        .await?;
    place::release_all_holds(txn, slot_id).await?;
    Ok(())
}

/// An offer as its link finds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Offer {
    /// Still theirs to take, until `until`.
    Open { entry: entries::Model, until: DateTime<Utc> },
    /// Taken: the reservation made.
    Accepted { reservation_id: i32 },
    /// Declined, run out, or closed: the place went on.
    Over,
}

pub async fn find_offer(db: &impl ConnectionTrait, token: &str, now: DateTime<Utc>) -> Result<Option<Offer>, DbErr> {
    if !crate::drafts::is_well_formed(token) {
        return Ok(None);
    }
    let Some(entry) = entries::Entity::find().filter(entries::Column::OfferTokenHash.eq(sha256_hex(token))).one(db).await? else {
        return Ok(None);
    };
    Ok(Some(match (entry.status, entry.offer_expires_at, entry.reservation_id) {
        (entries::Status::Accepted, _, Some(reservation_id)) => Offer::Accepted { reservation_id },
        (entries::Status::Offered, Some(until), _) if now < until => Offer::Open { entry, until },
        _ => Offer::Over,
    }))
}

/// What came of answering an offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answered {
    /// 予約しました (or had already): an ordinary reservation.
    Booked { reservation_id: i32 },
    Declined,
    /// Too late (declined, run out): kindly refused; the place went on.
    TooLate,
    /// The booking core said no (the per-person limit reached meanwhile,
    /// 対象者条件 …): the place went on to the next in line; its words.
    Refused(BookingError),
}

/// 予約する from the offer's link: the held place becomes an ordinary
/// reservation through `book` (limits and 対象者条件 checked again, the
/// confirmation email sent). Answering twice lands on the same reservation.
pub async fn accept(txn: &impl ConnectionTrait, site: &SiteSettings, clock: &Clock, token: &str) -> Result<Answered, BookingError> {
    let now = clock.now();
    let entry = match find_offer(txn, token, now).await?.ok_or(BookingError::NotFound)? {
        Offer::Accepted { reservation_id } => return Ok(Answered::Booked { reservation_id }),
        Offer::Over => {
            expire_one_if_due(txn, site, clock, token).await?;
            return Ok(Answered::TooLate);
        }
        Offer::Open { entry, .. } => entry,
    };
    let slot_id = entry.offered_slot_id.ok_or(BookingError::NotFound)?;
    // The locks a booking takes before it writes the slot, taken before
    // this writes it too: the same order everywhere, so no deadlock.
    let (_, service) = slot_with_service(txn, slot_id).await?.ok_or(BookingError::NotFound)?;
    let resident = crate::db::residents::Entity::find_by_id(entry.resident_id).one(txn).await?.ok_or(BookingError::NotFound)?;
    let person = Person::of(&resident);
    address_limit::lock(txn, &person.email).await?;
    limit::lock(txn, &service, &person).await?;
    // The hold ends here (this transaction takes the place next), so the
    // booking's conditional UPDATE finds the room it was holding.
    let claimed = entries::Entity::update_many()
        .col_expr(entries::Column::Status, Expr::value(entries::Status::Accepted))
        .col_expr(entries::Column::UpdatedAt, Expr::value(now))
        .filter(entries::Column::Id.eq(entry.id))
        .filter(entries::Column::Status.eq(entries::Status::Offered))
        .exec(txn)
        .await?
        .rows_affected;
    if claimed != 1 {
        return Ok(Answered::TooLate);
    }
    place::release_hold(txn, slot_id).await?;
    let said: Said = serde_json::from_str(&entry.said).unwrap_or_default();
    let booked = match super::book(
        txn,
        site,
        &Actor::Resident(entry.resident_id),
        clock,
        slot_id,
        ForWhom::Known { resident_id: entry.resident_id, phone: None },
        Conditions::Said(said),
    )
    .await
    {
        Ok(booked) => booked,
        Err(failed @ BookingError::Internal { .. }) => return Err(failed),
        // Refused before anything was written: this person cannot take
        // it, so it goes on now rather than sitting held until the hold
        // runs out.
        Err(refused) => {
            close(txn, entry.id, now).await?;
            offer_freed(txn, site, clock, slot_id).await?;
            return Ok(Answered::Refused(refused));
        }
    };
    // Their other places in line that day are done with.
    let records = records_of(txn, &person).await?;
    entries::Entity::update_many()
        .col_expr(entries::Column::Status, Expr::value(entries::Status::Closed))
        .col_expr(entries::Column::UpdatedAt, Expr::value(now))
        .filter(entries::Column::ServiceId.eq(entry.service_id))
        .filter(entries::Column::Date.eq(entry.date))
        .filter(entries::Column::Status.eq(entries::Status::Waiting))
        .filter(entries::Column::ResidentId.is_in(records))
        .exec(txn)
        .await?;
    entries::Entity::update_many()
        .col_expr(entries::Column::ReservationId, Expr::value(booked.reservation_id))
        .filter(entries::Column::Id.eq(entry.id))
        .exec(txn)
        .await?;
    tracing::info!(entry = entry.id, reservation = booked.reservation_id, "offer accepted");
    Ok(Answered::Booked { reservation_id: booked.reservation_id })
}

/// 辞退する: the place goes to the next in line at once.
pub async fn decline(txn: &impl ConnectionTrait, site: &SiteSettings, clock: &Clock, token: &str) -> Result<Answered, BookingError> {
    let now = clock.now();
    let entry = match find_offer(txn, token, now).await?.ok_or(BookingError::NotFound)? {
        Offer::Open { entry, .. } => entry,
        Offer::Accepted { reservation_id } => return Ok(Answered::Booked { reservation_id }),
        Offer::Over => return Ok(Answered::TooLate),
    };
    if end_offer(txn, &entry, entries::Status::Declined, now).await? {
        let slot_id = entry.offered_slot_id.ok_or(BookingError::NotFound)?;
        offer_freed(txn, site, clock, slot_id).await?;
    }
    Ok(Answered::Declined)
}

/// Ends an open offer as `status` and lets its place go; false when it was
/// no longer open (another server, another click, got there first).
async fn end_offer(txn: &impl ConnectionTrait, entry: &entries::Model, status: entries::Status, now: DateTime<Utc>) -> Result<bool, DbErr> {
    let ended = entries::Entity::update_many()
        .col_expr(entries::Column::Status, Expr::value(status))
        .col_expr(entries::Column::UpdatedAt, Expr::value(now))
        .filter(entries::Column::Id.eq(entry.id))
        .filter(entries::Column::Status.eq(entries::Status::Offered))
        .exec(txn)
        .await?
        .rows_affected
        == 1;
    if ended && let Some(slot_id) = entry.offered_slot_id {
        place::release_hold(txn, slot_id).await?;
    }
    Ok(ended)
}

/// The offer behind `token`, if its time is up and nobody has ended it yet.
async fn expire_one_if_due(txn: &impl ConnectionTrait, site: &SiteSettings, clock: &Clock, token: &str) -> Result<(), BookingError> {
    let now = clock.now();
    let Some(entry) = entries::Entity::find().filter(entries::Column::OfferTokenHash.eq(sha256_hex(token))).one(txn).await? else {
        return Ok(());
    };
    if entry.status == entries::Status::Offered && entry.offer_expires_at.is_some_and(|until| until <= now) {
        expire(txn, site, clock, &entry).await?;
    }
    Ok(())
}

async fn expire(txn: &impl ConnectionTrait, site: &SiteSettings, clock: &Clock, entry: &entries::Model) -> Result<(), BookingError> {
    if end_offer(txn, entry, entries::Status::Expired, clock.now()).await?
        && let Some(slot_id) = entry.offered_slot_id
    {
        tracing::info!(entry = entry.id, slot = slot_id, "offer ran out; next in line");
        offer_freed(txn, site, clock, slot_id).await?;
    }
    Ok(())
}

async fn expire_in_own_transaction(db: &DatabaseConnection, site: &SiteSettings, clock: &Clock, entry_id: i32) -> Result<bool, BookingError> {
    let txn = crate::db::begin_write(db).await?;
    // Read again under the write lock: another server may have done it.
    let Some(current) = entries::Entity::find_by_id(entry_id).one(&txn).await? else { return Ok(false) };
    if current.status != entries::Status::Offered {
        return Ok(false);
    }
    expire(&txn, site, clock, &current).await?;
    txn.commit().await?;
    Ok(true)
}

/// Every offer whose hold has run out goes to the next in line; lines of
/// days already past are closed. Each in its own transaction; returns how
/// many offers ran out. Safe on any number of servers at once.
pub async fn expire_due(db: &DatabaseConnection, site: &SiteSettings, clock: &Clock) -> Result<usize, BookingError> {
    let now = clock.now();
    let due = entries::Entity::find()
        .filter(entries::Column::Status.eq(entries::Status::Offered))
        .filter(entries::Column::OfferExpiresAt.lte(now))
        .order_by_asc(entries::Column::OfferExpiresAt)
        .all(db)
        .await?;
    let mut ran_out = 0;
    for entry in due {
        // One entry that cannot be dealt with must not stop the others.
        match expire_in_own_transaction(db, site, clock, entry.id).await {
            Ok(true) => ran_out += 1,
            Ok(false) => {}
            Err(error) => tracing::error!(entry = entry.id, %error, "waiting list: an offer could not be ended; the others go on"),
        }
    }
    let today = to_jst(now).date();
    let txn = crate::db::begin_write(db).await?;
    entries::Entity::update_many()
        .col_expr(entries::Column::Status, Expr::value(entries::Status::Closed))
        .col_expr(entries::Column::UpdatedAt, Expr::value(now))
        .filter(entries::Column::Status.eq(entries::Status::Waiting))
        .filter(entries::Column::Date.lt(today))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(ran_out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(d: u32, h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap().and_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn a_place_is_held_for_a_day_shorter_near_the_deadline_never_past_it() {
        let deadline = at(10, 17, 0);
        // Days ahead: the service's 24 hours.
        assert_eq!(hold_until(at(1, 9, 0), deadline, 24), Some(at(2, 9, 0)));
        // 30 hours before: half of what is left.
        assert_eq!(hold_until(at(9, 11, 0), deadline, 24), Some(at(10, 2, 0)));
        // 2 hours before: one hour.
        assert_eq!(hold_until(at(10, 15, 0), deadline, 24), Some(at(10, 16, 0)));
        // Under an hour: not held (free for anyone).
        assert_eq!(hold_until(at(10, 16, 1), deadline, 24), None);
        // Never past the deadline, whatever the service says.
        for hours in [1, 24, 72, 1000] {
            for start in [at(1, 0, 0), at(9, 0, 0), at(10, 15, 59)] {
                if let Some(until) = hold_until(start, deadline, hours) {
                    assert!(until < deadline && until > start);
                }
            }
        }
    }
}
