//! A resident's reservations against the database. Every read filters by
//! the session's resident's household (`crate::household`); 変更 and
//! キャンセル go through the booking core with the resident as the actor,
//! which does the same.
use super::*;
use crate::actor::Actor;
use crate::booking::{self, BookingError, deadlines, find};
use crate::catalogue::ssr::{service_slots, slot_summary_of};
use crate::clock::Clock;
use crate::db::{begin_write, reservations, residents, services, slots};
use crate::domain::{ReservationNumber, UserKey};
use crate::site::SiteSettings;
use crate::time::{date_time_long, slot_when, to_jst};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// Whose a household's reservation is, as the one logged in reads it:
/// nothing for their own (any record of theirs: a booking without login
/// made one), the member's name for another's.
struct Household {
    members: Vec<crate::household::Member>,
}

impl Household {
    async fn of(db: &DatabaseConnection, me: i32) -> Result<Household, DbErr> {
        Ok(Household { members: crate::household::members(db, me).await? })
    }

    fn ids(&self) -> Vec<i32> {
        self.members.iter().flat_map(|m| m.records.iter().copied()).collect()
    }

    fn whose(&self, resident_id: i32) -> Option<String> {
        let (me, others) = self.members.split_first()?;
        if me.records.contains(&resident_id) {
            return None;
        }
        Some(others.iter().find(|m| m.records.contains(&resident_id)).map(|m| m.resident.name.clone()).unwrap_or_default())
    }

    /// The other members' names, in the order they registered.
    fn others(&self) -> Vec<String> {
        self.members.iter().skip(1).map(|m| m.resident.name.clone()).collect()
    }
}

fn describe(
    r: &reservations::Model,
    slot: &slots::Model,
    service: &services::Model,
    now: NaiveDateTime,
    whose: Option<String>,
) -> MyReservation {
    MyReservation {
        number: r.reservation_number.clone(),
        service_name: service.name.clone(),
        when: slot_when(slot.date, slot.start_time, slot.end_time),
        venue: service.venue.clone(),
        status: deadlines::standing(r, service, slot, now),
        deadline: date_time_long(deadlines::change_deadline(service, slot)),
        ticket_path: crate::ticket::path(&r.ticket_token),
        whose,
    }
}

pub async fn my_page(db: &DatabaseConnection, resident_id: i32, now: DateTime<Utc>) -> Result<Option<MyPage>, DbErr> {
    let Some(resident) = residents::Entity::find_by_id(resident_id).one(db).await? else { return Ok(None) };
    let now = to_jst(now);
    let household = Household::of(db, resident_id).await?;
    let mine = reservations::Entity::find()
        .filter(reservations::Column::ResidentId.is_in(household.ids()))
        .order_by_asc(reservations::Column::Id)
        .all(db)
        .await?;
    let slot_ids: Vec<i32> = mine.iter().map(|r| r.slot_id).collect();
    let slots: HashMap<i32, slots::Model> =
        slots::Entity::find().filter(slots::Column::Id.is_in(slot_ids)).all(db).await?.into_iter().map(|s| (s.id, s)).collect();
    let service_ids: Vec<i32> = slots.values().map(|s| s.service_id).collect();
    let services: HashMap<i32, services::Model> = services::Entity::find()
        .filter(services::Column::Id.is_in(service_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let mut rows: Vec<(&slots::Model, MyReservation)> = mine
        .iter()
        .filter_map(|r| {
            let slot = slots.get(&r.slot_id)?;
            let service = services.get(&slot.service_id)?;
            Some((slot, describe(r, slot, service, now, household.whose(r.resident_id))))
        })
        .collect();
    rows.sort_by_key(|(slot, _)| (slot.date, slot.start_time));
    let (upcoming, mut past): (Vec<_>, Vec<_>) =
        rows.into_iter().map(|(_, r)| r).partition(|r| matches!(r.status, Standing::Active | Standing::Locked));
    past.reverse(); // most recent first
    let waiting = waiting_of(db, &household, now).await?;
    let applications = applications_of(db, &household, now).await?;
    Ok(Some(MyPage {
        resident_name: resident.name,
        user_key: UserKey::parse(&resident.user_key).map(|k| k.to_string()).unwrap_or(resident.user_key),
        phone: resident.phone,
        email: resident.email,
        reminders: resident.reminders,
        upcoming,
        past,
        waiting,
        applications,
        household: household.others(),
    }))
}

/// How long a drawn application stays on the page.
const DRAWN_SHOWN_FOR: chrono::Duration = chrono::Duration::days(60);

/// The household's 抽選 applications: those waiting for their draw, and
/// those withdrawn or drawn in the last 60 days.
async fn applications_of(db: &DatabaseConnection, household: &Household, now: NaiveDateTime) -> Result<Vec<MyApplication>, DbErr> {
    use crate::db::lottery_applications as applications;
    use crate::texts::Text;
    let language = crate::language::current();
    let since = crate::time::from_jst(now) - DRAWN_SHOWN_FOR;
    let mine = applications::Entity::find()
        .filter(applications::Column::ResidentId.is_in(household.ids()))
        .filter(
            sea_orm::Condition::any()
                .add(applications::Column::Status.eq(applications::Status::Applied))
                .add(applications::Column::UpdatedAt.gt(since)),
        )
        .order_by_desc(applications::Column::Id)
        .all(db)
        .await?;
    let mut rows = Vec::new();
    for a in mine {
        let Some(service) = services::Entity::find_by_id(a.service_id).one(db).await? else { continue };
        let choices = crate::lottery::choice_lines(&crate::lottery::chosen_slots(db, &a.preferred_slots()).await?, language);
        let draw_at = service.lottery_draw_at.map(|t| crate::time::date_time_long_in(to_jst(t), language)).unwrap_or_default();
        let may_withdraw = a.status == applications::Status::Applied && service.lottery_drawn_at.is_none();
        let status = match a.status {
            applications::Status::Applied => Text::MyLotteryApplied.said_with(&[("draw_at", &draw_at)]),
            applications::Status::Won => Text::MyLotteryWon.said().to_string(),
            applications::Status::Lost => Text::MyLotteryLost.said().to_string(),
            applications::Status::Withdrawn => Text::MyLotteryWithdrawnStatus.said().to_string(),
            applications::Status::Excluded => Text::MyLotteryExcluded.said().to_string(),
        };
        rows.push(MyApplication {
            id: a.id,
            number: a.application_number,
            service_name: service.name,
            choices,
            status,
            may_withdraw,
            whose: household.whose(a.resident_id),
        });
    }
    Ok(rows)
}

/// 抽選の申し込みを取り下げる, for an application of the household only.
pub async fn withdraw_application(db: &DatabaseConnection, clock: &Clock, resident_id: i32, application_id: i32) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    booking::lottery::withdraw(&txn, clock, resident_id, application_id).await?;
    txn.commit().await?;
    Ok(())
}

/// The household's places on waiting lists, today or later, still in line.
async fn waiting_of(db: &DatabaseConnection, household: &Household, now: NaiveDateTime) -> Result<Vec<MyWaiting>, DbErr> {
    use crate::db::waitlist_entries as entries;
    let mine = entries::Entity::find()
        .filter(entries::Column::ResidentId.is_in(household.ids()))
        .filter(entries::Column::Date.gte(now.date()))
        .filter(entries::Column::Status.is_in([entries::Status::Waiting, entries::Status::Offered]))
        .order_by_asc(entries::Column::Date)
        .all(db)
        .await?;
    let mut rows = Vec::new();
    for e in mine {
        let Some(service) = services::Entity::find_by_id(e.service_id).one(db).await? else { continue };
        let what = match e.slot_id {
            Some(id) => match slots::Entity::find_by_id(id).one(db).await? {
                Some(s) => slot_when(s.date, s.start_time, s.end_time),
                None => continue,
            },
            None => crate::texts::Text::MyWaitingWholeDay.said_with(&[("date", &crate::time::date_long(e.date))]),
        };
        rows.push(MyWaiting {
            id: e.id,
            service_name: service.name,
            what,
            position: booking::waitlist::position_of(db, &e).await?,
            offered_until: e.offer_expires_at.filter(|_| e.status == entries::Status::Offered).map(|at| date_time_long(to_jst(at))),
            whose: household.whose(e.resident_id),
        });
    }
    Ok(rows)
}

/// キャンセル待ちを取り消す, for a place of the household only (anyone
/// else's looks like an unknown one).
pub async fn leave_waitlist(
    db: &DatabaseConnection,
    site: &SiteSettings,
    clock: &Clock,
    resident_id: i32,
    entry_id: i32,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    booking::waitlist::withdraw(&txn, site, clock, resident_id, entry_id).await?;
    txn.commit().await?;
    Ok(())
}

/// The household's reservation with this number (anyone else's, or an
/// unreadable number, is 404 like an unknown one).
async fn one(db: &DatabaseConnection, resident_id: i32, number: &str, now: DateTime<Utc>) -> Result<(MyReservation, find::Found), AppError> {
    let number = ReservationNumber::parse(number).ok_or(AppError::NotFound)?;
    let found = find::reservation(db, &Actor::Resident(resident_id), &number).await?;
    let whose = Household::of(db, resident_id).await?.whose(found.resident.id);
    Ok((describe(&found.reservation, &found.slot, &found.service, to_jst(now), whose), found))
}

pub async fn reservation(db: &DatabaseConnection, resident_id: i32, number: &str, now: DateTime<Utc>) -> Result<MyReservation, AppError> {
    Ok(one(db, resident_id, number, now).await?.0)
}

pub async fn change_choices(
    db: &DatabaseConnection,
    resident_id: i32,
    number: &str,
    day: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Result<ChangeChoices, AppError> {
    let (reservation, found) = one(db, resident_id, number, now).await?;
    deadlines::may_change(&Actor::Resident(resident_id), reservation.status)?;
    let slots =
        service_slots(db, found.service.id, to_jst(now), day, Some(found.slot.id)).await?.ok_or(BookingError::SlotClosed)?;
    Ok(ChangeChoices { reservation, slots })
}

pub async fn change_target(
    db: &DatabaseConnection,
    resident_id: i32,
    number: &str,
    slot_id: i32,
    now: DateTime<Utc>,
) -> Result<ChangeTarget, AppError> {
    let (reservation, found) = one(db, resident_id, number, now).await?;
    deadlines::may_change(&Actor::Resident(resident_id), reservation.status)?;
    let (slot, target_service) = find::slot_with_service(db, slot_id).await?.ok_or(AppError::NotFound)?;
    if target_service.id != found.service.id || slot.id == found.slot.id {
        return Err(AppError::NotFound);
    }
    Ok(ChangeTarget { reservation, target: slot_summary_of(&target_service, &slot, to_jst(now)) })
}

/// 変更: through the booking core, in one transaction. Returns the
/// reservation number as stored (for the next page's address).
pub async fn change(
    db: &DatabaseConnection,
    site: &SiteSettings,
    clock: &Clock,
    resident_id: i32,
    number: &str,
    slot_id: i32,
) -> Result<ReservationNumber, AppError> {
    let number = ReservationNumber::parse(number).ok_or(AppError::NotFound)?;
    let txn = begin_write(db).await?;
    booking::move_to(&txn, site, &Actor::Resident(resident_id), clock, &number, slot_id).await?;
    txn.commit().await?;
    Ok(number)
}

/// キャンセル: through the booking core, in one transaction. Returns the
/// reservation number as stored.
pub async fn cancel(
    db: &DatabaseConnection,
    site: &SiteSettings,
    clock: &Clock,
    resident_id: i32,
    number: &str,
) -> Result<ReservationNumber, AppError> {
    let number = ReservationNumber::parse(number).ok_or(AppError::NotFound)?;
    let txn = begin_write(db).await?;
    booking::cancel(&txn, site, &Actor::Resident(resident_id), clock, &number).await?;
    txn.commit().await?;
    Ok(number)
}
