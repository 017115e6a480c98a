//! 前日のお知らせ (issue 15, item 1): an email some days before the visit
//! — by default the day before at 9:00, per service (予約メニューの管理) —
//! with the reservation, its 予約票 and how to cancel, so a place that
//! will not be used goes back (and to the waiting list) in time.
//!
//! - **When**: `due_at` — `reminder_days_before` days before the slot's
//!   day at `reminder_time` (Japan time); a service may send none.
//! - **Once**: every reservation's `reminder_done_at` is set by the one
//!   attempt that deals with it — a conditional UPDATE in the transaction
//!   that queues the email — so however many servers run `send_due` at
//!   the same minute, each reminder goes once. It is set at booking (and
//!   at a change) already when the reminder's time has passed: the
//!   confirmation has just told them.
//! - **Not**: for a cancelled reservation, a visit already begun, a
//!   resident who turned reminders off (my reservations), or one without
//!   an email address (they are marked done, not tried again).
use crate::clock::Clock;
use crate::db::{begin_write, reservations, residents, services, slots};
use crate::domain::EmailAddress;
use crate::site::SiteSettings;
use crate::time::to_jst;
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

/// When the reminder for a reservation on `slot` is due (Japan time);
/// `None` when the service sends none.
pub fn due_at(service: &services::Model, slot: &slots::Model) -> Option<NaiveDateTime> {
    let days = service.reminder_days_before?;
    Some((slot.date - Duration::days(i64::from(days))).and_time(service.reminder_time))
}

/// What a reservation booked (or moved) at `now` onto `slot` starts with:
/// already done when its reminder's time has passed, so the job does not
/// send one right after the confirmation.
pub fn done_at_booking(service: &services::Model, slot: &slots::Model, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    due_at(service, slot).filter(|due| *due <= to_jst(now)).map(|_| now)
}

/// Sends the reminders whose time has come; how many were queued. Run
/// every minute by every server (`server::clock_jobs`); one reservation
/// that fails does not stop the others.
pub async fn send_due(db: &DatabaseConnection, site: &SiteSettings, clock: &Clock) -> Result<usize, DbErr> {
    let now = clock.now();
    let now_jst = to_jst(now);
    let today = now_jst.date();
    let mut sent = 0;
    let with_reminders = services::Entity::find().filter(services::Column::ReminderDaysBefore.is_not_null()).all(db).await?;
    for service in with_reminders {
        let Some(days) = service.reminder_days_before else { continue };
        // The last day whose reminder is due by now.
        let before_time = i64::from(now_jst.time() < service.reminder_time);
        let last_day = today + Duration::days(i64::from(days) - before_time);
        if last_day < today {
            continue;
        }
        let due_slots = Query::select()
            .column(slots::Column::Id)
            .from(slots::Entity)
            .and_where(slots::Column::ServiceId.eq(service.id))
            .and_where(slots::Column::Date.gte(today))
            .and_where(slots::Column::Date.lte(last_day))
            .to_owned();
        let due = reservations::Entity::find()
            .filter(reservations::Column::Status.eq(reservations::Status::Active))
            .filter(reservations::Column::ReminderDoneAt.is_null())
            .filter(reservations::Column::SlotId.in_subquery(due_slots))
            .order_by_asc(reservations::Column::Id)
            .all(db)
            .await?;
        for reservation in due {
            match settle(db, site, &service, reservation.id, now).await {
                Ok(true) => sent += 1,
                Ok(false) => {}
                Err(error) => tracing::error!(reservation = reservation.id, %error, "reminders: one could not be sent; the others go on"),
            }
        }
    }
    Ok(sent)
}

/// Claims one reservation's reminder and, when it is still wanted, queues
/// it, in one transaction: `false` when another attempt had it, or it is
/// not to be sent. One moved meanwhile to a later day is left for that
/// day's time, unclaimed.
async fn settle(db: &DatabaseConnection, site: &SiteSettings, service: &services::Model, reservation_id: i32, now: DateTime<Utc>) -> Result<bool, DbErr> {
    let txn = begin_write(db).await?;
    let Some(reservation) = reservations::Entity::find_by_id(reservation_id).one(&txn).await? else { return Ok(false) };
    let Some(slot) = slots::Entity::find_by_id(reservation.slot_id).one(&txn).await? else { return Ok(false) };
    if due_at(service, &slot).is_none_or(|due| due > to_jst(now)) {
        return Ok(false);
    }
    let claimed = reservations::Entity::update_many()
        .col_expr(reservations::Column::ReminderDoneAt, Expr::value(now))
        .filter(reservations::Column::Id.eq(reservation_id))
        .filter(reservations::Column::ReminderDoneAt.is_null())
        .filter(reservations::Column::Status.eq(reservations::Status::Active))
        .exec(&txn)
        .await?
        .rows_affected;
    if claimed != 1 {
        return Ok(false);
    }
    let sent = match wanted(&txn, reservation_id, now).await? {
        Some((reservation, resident, slot, email)) => {
            let facts = crate::booking::facts::quote(&resident, &reservation, service, &slot, false);
            // Past the change deadline, cancelling is by phone only: say so.
            let online = to_jst(now) < crate::booking::deadlines::change_deadline(service, &slot);
            crate::mail::enqueue(&txn, &email, crate::mail::texts::reminder(site, &facts, online), now).await?;
            tracing::info!(reservation = reservation.id, "reminder queued");
            true
        }
        None => false,
    };
    txn.commit().await?;
    Ok(sent)
}

/// The reservation, its resident, slot and address when its reminder is
/// to go: not once the visit has begun, not to one who turned reminders
/// off or has no address.
async fn wanted(
    txn: &impl ConnectionTrait,
    reservation_id: i32,
    now: DateTime<Utc>,
) -> Result<Option<(reservations::Model, residents::Model, slots::Model, EmailAddress)>, DbErr> {
    let Some(reservation) = reservations::Entity::find_by_id(reservation_id).one(txn).await? else { return Ok(None) };
    let Some(slot) = slots::Entity::find_by_id(reservation.slot_id).one(txn).await? else { return Ok(None) };
    if slot.date.and_time(slot.start_time) <= to_jst(now) {
        return Ok(None);
    }
    let Some(resident) = residents::Entity::find_by_id(reservation.resident_id).one(txn).await? else { return Ok(None) };
    if !resident.reminders {
        return Ok(None);
    }
    let Ok(email) = EmailAddress::parse(&resident.email) else { return Ok(None) };
    Ok(Some((reservation, resident, slot, email)))
}

/// お知らせメールを受け取る／止める, the resident's own switch: on every
/// record of theirs (a booking without login makes a record of its own;
/// a new one takes the switch from these, `wanted_by`).
pub async fn set_wanted(db: &DatabaseConnection, resident_id: i32, wanted: bool, now: DateTime<Utc>) -> Result<(), DbErr> {
    let txn = begin_write(db).await?;
    let Some(resident) = residents::Entity::find_by_id(resident_id).one(&txn).await? else { return Ok(()) };
    residents::Entity::update_many()
        .col_expr(residents::Column::Reminders, Expr::value(wanted))
        .col_expr(residents::Column::UpdatedAt, Expr::value(now))
        .filter(crate::booking::same_person(&resident))
        .exec(&txn)
        .await?;
    txn.commit().await
}

/// Whether a new record for this address, ふりがな and birth date should
/// have reminders: not when the same person turned them off.
pub async fn wanted_by(db: &impl ConnectionTrait, same_person: sea_orm::Condition) -> Result<bool, DbErr> {
    use sea_orm::PaginatorTrait;
    Ok(residents::Entity::find().filter(same_person).filter(residents::Column::Reminders.eq(false)).count(db).await? == 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, NaiveTime};

    fn service(days: Option<i32>, time: (u32, u32)) -> services::Model {
        services::Model {
            reminder_days_before: days,
            reminder_time: NaiveTime::from_hms_opt(time.0, time.1, 0).unwrap(),
            ..services::Model::example()
        }
    }

    fn slot(day: u32, hour: u32) -> slots::Model {
        slots::Model {
            id: 1,
            service_id: 1,
            date: NaiveDate::from_ymd_opt(2026, 12, day).unwrap(),
            start_time: NaiveTime::from_hms_opt(hour, 0, 0).unwrap(),
            end_time: NaiveTime::from_hms_opt(hour, 30, 0).unwrap(),
            capacity: 10,
            taken: 0,
            held: 0,
            is_open: true,
            created_at: Utc::now(),
        }
    }

    fn jst(day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
        crate::time::from_jst(NaiveDate::from_ymd_opt(2026, 12, day).unwrap().and_hms_opt(hour, minute, 0).unwrap())
    }

    #[test]
    fn due_the_set_days_before_at_the_set_time() {
        let at = |d, h, m| to_jst(jst(d, h, m));
        assert_eq!(due_at(&service(Some(1), (9, 0)), &slot(10, 14)), Some(at(9, 9, 0)));
        assert_eq!(due_at(&service(Some(0), (7, 30)), &slot(10, 14)), Some(at(10, 7, 30)));
        assert_eq!(due_at(&service(Some(3), (18, 0)), &slot(10, 14)), Some(at(7, 18, 0)));
        assert_eq!(due_at(&service(None, (9, 0)), &slot(10, 14)), None);
    }

    #[test]
    fn booked_after_the_reminder_time_needs_none() {
        let s = service(Some(1), (9, 0));
        assert_eq!(done_at_booking(&s, &slot(10, 14), jst(9, 8, 59)), None);
        assert_eq!(done_at_booking(&s, &slot(10, 14), jst(9, 9, 0)), Some(jst(9, 9, 0)));
        assert_eq!(done_at_booking(&service(None, (9, 0)), &slot(10, 14), jst(10, 13, 0)), None);
    }
}
