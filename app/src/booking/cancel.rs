//! キャンセル: giving a reservation's place back.
use super::find::reservation;
use super::{BookingError, deadlines, facts, place};
use crate::actor::Actor;
use crate::clock::Clock;
use crate::db::audit_log::Action;
use crate::db::reservations;
use crate::domain::ReservationNumber;
use crate::mail;
use crate::site::SiteSettings;
use crate::language::Language;
use crate::time::{slot_when_in, to_jst};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cancelled {
    pub resident_id: i32,
    /// False when it was already cancelled (a double submit): nothing was
    /// done, nobody is mailed.
    pub changed: bool,
}

/// Marks the reservation cancelled, gives its place back and queues the
/// キャンセル email; when staff act (no deadline for them), writes the
/// audit entry. The freed place goes to the first on the slot's waiting
/// list, if anyone waits. Cancelling twice is a no-op the second time.
pub async fn cancel(
    txn: &impl ConnectionTrait,
    site: &SiteSettings,
    actor: &Actor,
    clock: &Clock,
    number: &ReservationNumber,
) -> Result<Cancelled, BookingError> {
    let now = clock.now();
    let found = reservation(txn, actor, number).await?;
    let r = &found.reservation;
    let unchanged = Cancelled { resident_id: r.resident_id, changed: false };
    if r.status == reservations::Status::Cancelled {
        return Ok(unchanged);
    }
    deadlines::may_change(actor, deadlines::standing(r, &found.service, &found.slot, to_jst(now)))?;
    let cancelled = reservations::Entity::update_many()
        .col_expr(reservations::Column::Status, Expr::value(reservations::Status::Cancelled))
        .col_expr(reservations::Column::CancelledAt, Expr::value(now))
        .filter(reservations::Column::Id.eq(r.id))
        .filter(reservations::Column::Status.eq(reservations::Status::Active))
        .exec(txn)
        .await?
        .rows_affected;
    if cancelled != 1 {
        return Ok(unchanged);
    }
    place::give_back(txn, found.slot.id).await?;
    super::waitlist::offer_freed(txn, site, clock, found.slot.id).await?;
    let facts = facts::quote(&found.resident, r, &found.service, &found.slot, false);
    mail::to_resident(txn, &found.resident, mail::texts::reservation_cancelled(site, &facts), now).await?;
    if let Some(staff) = actor.staff() {
        let target = format!("reservation:{}", r.reservation_number);
        // The audit log is the staff console's: Japanese, whatever the
        // resident's emails are in.
        let when = slot_when_in(found.slot.date, found.slot.start_time, found.slot.end_time, Language::Ja);
        crate::audit::record(txn, staff, Action::CancelForResident, &target, &when, now).await?;
    }
    tracing::info!(reservation = r.id, slot = found.slot.id, "reservation cancelled");
    Ok(Cancelled { resident_id: r.resident_id, changed: true })
}
