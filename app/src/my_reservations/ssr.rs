//! A resident's own reservations against the database. Every function takes
//! the session's resident id and filters by it.
use super::*;
use crate::db::{begin_write, reservations, residents, services, slots};
use crate::domain::{ReservationNumber, UserKey};
use crate::mail::{self, texts::ReservationFacts};
use crate::reserve::ssr::{give_back_place, rule, service_slots, slot_availability, slot_summary_of, slot_with_service, take_place};
use crate::state::{SiteSettings, internal};
use crate::time::{date_time_long, to_jst};
use chrono::{DateTime, NaiveDateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

fn when(slot: &slots::Model) -> String {
    crate::time::slot_when(slot.date, slot.start_time, slot.end_time)
}

fn describe(r: &reservations::Model, slot: &slots::Model, service: &services::Model, now: NaiveDateTime) -> MyReservation {
    let deadline = rule(service).change_deadline(slot.date);
    let status = if r.status == reservations::CANCELLED {
        Status::Cancelled
    } else if slot.date < now.date() {
        Status::Past
    } else if now >= deadline {
        Status::Locked
    } else {
        Status::Active
    };
    MyReservation {
        number: r.reservation_number.clone(),
        service_name: service.name.clone(),
        when: when(slot),
        venue: service.venue.clone(),
        status,
        deadline: date_time_long(deadline),
    }
}

pub async fn my_page(db: &DatabaseConnection, resident_id: i32, now: DateTime<Utc>) -> Result<Option<MyPage>, DbErr> {
    let Some(resident) = residents::Entity::find_by_id(resident_id).one(db).await? else { return Ok(None) };
    let now = to_jst(now);
    let mine = reservations::Entity::find()
        .filter(reservations::Column::ResidentId.eq(resident_id))
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
            Some((slot, describe(r, slot, service, now)))
        })
        .collect();
    rows.sort_by_key(|(slot, _)| (slot.date, slot.start_time));
    let (upcoming, mut past): (Vec<_>, Vec<_>) =
        rows.into_iter().map(|(_, r)| r).partition(|r| matches!(r.status, Status::Active | Status::Locked));
    past.reverse(); // most recent first
    Ok(Some(MyPage {
        resident_name: resident.name,
        user_key: UserKey::parse(&resident.user_key).map(|k| k.to_string()).unwrap_or(resident.user_key),
        phone: resident.phone,
        email: resident.email,
        upcoming,
        past,
    }))
}

type Found = (MyReservation, reservations::Model, slots::Model, services::Model);

/// The resident's reservation with this number, or nothing (also when the
/// number belongs to someone else).
pub async fn one(db: &impl ConnectionTrait, resident_id: i32, number: &str, now: DateTime<Utc>) -> Result<Option<Found>, DbErr> {
    let Some(number) = ReservationNumber::parse(number) else { return Ok(None) };
    let Some(r) = reservations::Entity::find()
        .filter(reservations::Column::ReservationNumber.eq(number.as_str()))
        .filter(reservations::Column::ResidentId.eq(resident_id))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some((slot, service)) = slot_with_service(db, r.slot_id).await? else { return Ok(None) };
    Ok(Some((describe(&r, &slot, &service, to_jst(now)), r, slot, service)))
}

fn ensure_changeable(r: &MyReservation) -> Result<(), AppError> {
    match r.status {
        Status::Active => Ok(()),
        Status::Cancelled => Err(AppError::AlreadyCancelled),
        Status::Locked | Status::Past => Err(AppError::DeadlinePassed),
    }
}

pub async fn change_choices(db: &DatabaseConnection, resident_id: i32, number: &str, now: DateTime<Utc>) -> Result<ChangeChoices, AppError> {
    let (reservation, r, _, service) = one(db, resident_id, number, now).await.map_err(internal)?.ok_or(AppError::NotFound)?;
    ensure_changeable(&reservation)?;
    let mut slots = service_slots(db, service.id, to_jst(now)).await.map_err(internal)?.ok_or(AppError::SlotClosed)?;
    for day in &mut slots.days {
        day.slots.retain(|s| s.id != r.slot_id);
    }
    slots.days.retain(|d| !d.slots.is_empty());
    Ok(ChangeChoices { reservation, slots })
}

pub async fn change_target(
    db: &DatabaseConnection,
    resident_id: i32,
    number: &str,
    slot_id: i32,
    now: DateTime<Utc>,
) -> Result<ChangeTarget, AppError> {
    let (reservation, r, _, service) = one(db, resident_id, number, now).await.map_err(internal)?.ok_or(AppError::NotFound)?;
    ensure_changeable(&reservation)?;
    let (slot, target_service) = slot_with_service(db, slot_id).await.map_err(internal)?.ok_or(AppError::NotFound)?;
    if target_service.id != service.id || slot.id == r.slot_id {
        return Err(AppError::NotFound);
    }
    Ok(ChangeTarget { reservation, target: slot_summary_of(&target_service, &slot, to_jst(now)) })
}

/// 変更: takes a place in the new slot (the same conditional UPDATE as a
/// booking), gives back the old one and moves the reservation, all in one
/// transaction; a full or closed target leaves everything as it was.
/// Sending the same change twice is a no-op.
pub async fn change(
    db: &DatabaseConnection,
    site: &SiteSettings,
    resident_id: i32,
    number: &str,
    slot_id: i32,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let now_jst = to_jst(now);
    let txn = begin_write(db).await.map_err(internal)?;
    let (reservation, r, old, service) = one(&txn, resident_id, number, now).await.map_err(internal)?.ok_or(AppError::NotFound)?;
    if r.slot_id == slot_id && r.status == reservations::ACTIVE {
        txn.rollback().await.map_err(internal)?;
        return Ok(());
    }
    ensure_changeable(&reservation)?;
    let (target, target_service) = slot_with_service(&txn, slot_id).await.map_err(internal)?.ok_or(AppError::NotFound)?;
    if target_service.id != service.id {
        return Err(AppError::NotFound);
    }
    if matches!(slot_availability(&service, &target, now_jst), crate::domain::Availability::Closed) {
        return Err(AppError::SlotClosed);
    }
    if !take_place(&txn, target.id).await.map_err(internal)? {
        txn.rollback().await.map_err(internal)?;
        return Err(AppError::SlotFull);
    }
    give_back_place(&txn, old.id).await.map_err(internal)?;
    let moved = reservations::Entity::update_many()
        .col_expr(reservations::Column::SlotId, Expr::value(target.id))
        .filter(reservations::Column::Id.eq(r.id))
        .filter(reservations::Column::SlotId.eq(old.id))
        .filter(reservations::Column::Status.eq(reservations::ACTIVE))
        .exec(&txn)
        .await
        .map_err(internal)?
        .rows_affected;
    if moved != 1 {
        txn.rollback().await.map_err(internal)?;
        return Err(AppError::Internal);
    }
    let resident = residents::Entity::find_by_id(resident_id).one(&txn).await.map_err(internal)?.ok_or(AppError::LoginRequired)?;
    let summary = slot_summary_of(&service, &target, now_jst);
    let key = UserKey::parse(&resident.user_key).map(|k| k.to_string()).unwrap_or_default();
    let facts = ReservationFacts {
        resident_name: &resident.name,
        reservation_number: &r.reservation_number,
        user_key: &key,
        service_name: &service.name,
        when: &summary.when,
        venue: &service.venue,
        deadline: &summary.deadline,
        notes: &service.notes,
    };
    let email = crate::domain::EmailAddress::parse(&resident.email).map_err(internal)?;
    mail::enqueue(&txn, &email, mail::texts::reservation_changed(site, &facts, &when(&old)), now).await.map_err(internal)?;
    txn.commit().await.map_err(internal)?;
    tracing::info!(reservation = r.id, from = old.id, to = target.id, "reservation changed");
    Ok(())
}

/// キャンセル: marks the reservation cancelled and frees its place in one
/// transaction. Cancelling twice is a no-op the second time.
pub async fn cancel(db: &DatabaseConnection, site: &SiteSettings, resident_id: i32, number: &str, now: DateTime<Utc>) -> Result<(), AppError> {
    cancel_as(db, site, resident_id, number, None, now).await.map(|_| ())
}

/// Cancels a reservation, for the resident (`staff` None: the deadline
/// holds) or by a staff member on their behalf (at the counter or on the
/// phone: no deadline, written to the audit log). `true` if it was active.
pub async fn cancel_as(
    db: &DatabaseConnection,
    site: &SiteSettings,
    resident_id: i32,
    number: &str,
    staff: Option<&crate::db::staff::Model>,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let txn = begin_write(db).await.map_err(internal)?;
    let (reservation, r, slot, service) = one(&txn, resident_id, number, now).await.map_err(internal)?.ok_or(AppError::NotFound)?;
    if reservation.status == Status::Cancelled {
        txn.rollback().await.map_err(internal)?;
        return Ok(false);
    }
    if staff.is_none() {
        ensure_changeable(&reservation)?;
    }
    let cancelled = reservations::Entity::update_many()
        .col_expr(reservations::Column::Status, Expr::value(reservations::CANCELLED))
        .col_expr(reservations::Column::CancelledAt, Expr::value(now))
        .filter(reservations::Column::Id.eq(r.id))
        .filter(reservations::Column::Status.eq(reservations::ACTIVE))
        .exec(&txn)
        .await
        .map_err(internal)?
        .rows_affected;
    if cancelled != 1 {
        txn.rollback().await.map_err(internal)?;
        return Ok(false);
    }
    give_back_place(&txn, slot.id).await.map_err(internal)?;
    if let Some(staff) = staff {
        let target = format!("reservation:{}", r.reservation_number);
        crate::staff::audit::record(&txn, staff, "cancel_for_resident", &target, &reservation.when, crate::state::client_addr(), now)
            .await
            .map_err(internal)?;
    }
    let resident = residents::Entity::find_by_id(resident_id).one(&txn).await.map_err(internal)?.ok_or(AppError::LoginRequired)?;
    let facts = ReservationFacts {
        resident_name: &resident.name,
        reservation_number: &r.reservation_number,
        user_key: "",
        service_name: &service.name,
        when: &reservation.when,
        venue: &service.venue,
        deadline: &reservation.deadline,
        notes: &service.notes,
    };
    let email = crate::domain::EmailAddress::parse(&resident.email).map_err(internal)?;
    mail::enqueue(&txn, &email, mail::texts::reservation_cancelled(site, &facts), now).await.map_err(internal)?;
    txn.commit().await.map_err(internal)?;
    tracing::info!(reservation = r.id, slot = slot.id, "reservation cancelled");
    Ok(true)
}
