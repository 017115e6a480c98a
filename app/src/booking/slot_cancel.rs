//! 予約枠の中止 (荒天等): a whole slot at once.
use super::find::slot_with_service;
use super::{BookingError, facts, place};
use crate::actor::StaffActor;
use crate::clock::Clock;
use crate::db::audit_log::Action;
use crate::db::{reservations, residents, slots};
use crate::domain::EmailAddress;
use crate::mail;
use crate::site::SiteSettings;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// Closes the slot, cancels every active reservation on it, gives all
/// places back, queues the notice with the staff member's words to each
/// resident and writes the audit entry. Only staff can do this, so it
/// takes a staff member rather than any actor. Returns how many residents
/// will be told.
pub async fn cancel_slot(
    txn: &impl ConnectionTrait,
    site: &SiteSettings,
    staff: &StaffActor,
    clock: &Clock,
    slot_id: i32,
    message: &str,
) -> Result<usize, BookingError> {
    let now = clock.now();
    // Closed first, so nobody books it while it is being cancelled.
    let closed = slots::Entity::update_many()
        .col_expr(slots::Column::IsOpen, Expr::value(false))
        .filter(slots::Column::Id.eq(slot_id))
        .exec(txn)
        .await?
        .rows_affected;
    if closed == 0 {
        return Err(BookingError::NotFound);
    }
    let (slot, service) = slot_with_service(txn, slot_id).await?.ok_or(BookingError::NotFound)?;
    let booked = reservations::Entity::find()
        .filter(reservations::Column::SlotId.eq(slot.id))
        .filter(reservations::Column::Status.eq(reservations::Status::Active))
        .order_by_asc(reservations::Column::Id)
        .all(txn)
        .await?;
    let people = residents::of_reservations(txn, &booked).await?;
    reservations::Entity::update_many()
        .col_expr(reservations::Column::Status, Expr::value(reservations::Status::Cancelled))
        .col_expr(reservations::Column::CancelledAt, Expr::value(now))
        .filter(reservations::Column::SlotId.eq(slot.id))
        .filter(reservations::Column::Status.eq(reservations::Status::Active))
        .exec(txn)
        .await?;
    place::give_back_all(txn, slot.id).await?;
    super::waitlist::close_slot(txn, slot.id, now).await?;
    for reservation in &booked {
        let Some(person) = people.get(&reservation.resident_id) else { continue };
        let Ok(email) = EmailAddress::parse(&person.email) else { continue };
        let facts = facts::quote(person, reservation, &service, &slot, false);
        mail::enqueue(txn, &email, mail::texts::slot_cancelled(site, &facts, message), now).await?;
    }
    let detail = format!("{}人に通知: {message}", booked.len());
    crate::audit::record(txn, staff, Action::CancelSlot, &format!("slot:{}", slot.id), &detail, now).await?;
    tracing::info!(slot = slot.id, told = booked.len(), staff = %staff.login_id, "slot cancelled");
    Ok(booked.len())
}
