//! 変更: moving a reservation to another slot of the same service.
use super::find::{reservation, slot_with_service};
use super::{BookingError, deadlines, facts, place};
use crate::actor::Actor;
use crate::clock::Clock;
use crate::db::audit_log::Action;
use crate::db::reservations;
use crate::domain::{Availability, ReservationNumber};
use crate::mail;
use crate::site::SiteSettings;
use crate::language::Language;
use crate::time::{slot_when_in, to_jst};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    pub resident_id: i32,
    /// False when the reservation was already in that slot (a double
    /// submit): nothing was done, nobody is mailed.
    pub changed: bool,
}

/// Takes a place in `to_slot` (the same conditional UPDATE as a booking),
/// gives back the old one and moves the reservation, keeping its 予約番号,
/// and queues the 予約変更 email. A full or closed target refuses; the
/// caller's rollback then leaves everything as it was.
pub async fn move_to(
    txn: &impl ConnectionTrait,
    site: &SiteSettings,
    actor: &Actor,
    clock: &Clock,
    number: &ReservationNumber,
    to_slot: i32,
) -> Result<Moved, BookingError> {
    let now = clock.now();
    let now_jst = to_jst(now);
    let found = reservation(txn, actor, number).await?;
    let (r, old) = (&found.reservation, &found.slot);
    if r.slot_id == to_slot && r.status == reservations::Status::Active {
        return Ok(Moved { resident_id: r.resident_id, changed: false });
    }
    deadlines::may_change(actor, deadlines::standing(r, &found.service, old, now_jst))?;
    let (target, target_service) = slot_with_service(txn, to_slot).await?.ok_or(BookingError::NotFound)?;
    if target_service.id != found.service.id {
        return Err(BookingError::NotFound);
    }
    if deadlines::slot_availability(&target_service, &target, now_jst) == Availability::Closed {
        return Err(BookingError::SlotClosed);
    }
    // 対象者条件: an age depends on the day (its fiscal year's end, or the
    // day itself), so a resident's move is checked again; the sex and the
    // answers do not change with the day. Staff moving a reservation at
    // the counter decide there.
    if actor.staff().is_none() {
        let rule = target_service.eligibility();
        let unmet = rule.unmet_age(found.resident.birth_date, target.date);
        if !unmet.is_empty() {
            return Err(crate::conditions::refusal(&rule, &unmet, site, crate::language::current()));
        }
    }
    // The two slot rows are written in id order, so two changes crossing
    // each other (A→B and B→A at once) cannot deadlock on PostgreSQL.
    if target.id < old.id {
        if !place::take(txn, target.id).await? {
            return Err(BookingError::SlotFull);
        }
        place::give_back(txn, old.id).await?;
    } else {
        place::give_back(txn, old.id).await?;
        if !place::take(txn, target.id).await? {
            return Err(BookingError::SlotFull);
        }
    }
    let moved = reservations::Entity::update_many()
        .col_expr(reservations::Column::SlotId, Expr::value(target.id))
        // A reminder for the new day, unless its time has passed (the
        // change's email has just told them).
        .col_expr(reservations::Column::ReminderDoneAt, Expr::value(crate::reminders::done_at_booking(&target_service, &target, now)))
        .filter(reservations::Column::Id.eq(r.id))
        .filter(reservations::Column::SlotId.eq(old.id))
        .filter(reservations::Column::Status.eq(reservations::Status::Active))
        .exec(txn)
        .await?
        .rows_affected;
    if moved != 1 {
        return Err(DbErr::Custom(format!("reservation {} changed under a write lock", r.id)).into());
    }
    let facts = facts::quote(&found.resident, r, &found.service, &target, false);
    // In the resident's language, as the rest of their email (`facts`).
    let before = slot_when_in(old.date, old.start_time, old.end_time, facts.language);
    mail::to_resident(txn, &found.resident, mail::texts::reservation_changed(site, &facts, &before), now).await?;
    if let Some(staff) = actor.staff() {
        // The audit log is the staff console's: Japanese, whatever the
        // resident's emails are in.
        let detail = format!(
            "{} → {}",
            slot_when_in(old.date, old.start_time, old.end_time, Language::Ja),
            slot_when_in(target.date, target.start_time, target.end_time, Language::Ja),
        );
        crate::audit::record(txn, staff, Action::MoveForResident, &format!("reservation:{}", r.reservation_number), &detail, now)
            .await?;
    }
    // The place left behind goes to the first on that slot's waiting list.
    super::waitlist::offer_freed(txn, site, clock, old.id).await?;
    tracing::info!(reservation = r.id, from = old.id, to = target.id, "reservation changed");
    Ok(Moved { resident_id: r.resident_id, changed: true })
}
