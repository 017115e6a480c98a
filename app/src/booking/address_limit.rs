//! 公平な利用, per email address: at most N reservations made for one
//! address in any 24 hours (`FairUseRules::reservations_per_address_per_day`).
//! Counted from the reservations themselves — cancelled ones too, so
//! booking and cancelling in a loop does not reset it — in 送信's own
//! transaction, so the count holds across several servers.
//!
//! As with the per-person limit (`limit.rs`), counting then inserting is
//! safe because two attempts for one address cannot count at once
//! (`advisory.rs`).
use super::BookingError;
use crate::db::{reservations, residents};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

/// The window the limit counts over.
pub const WINDOW: Duration = Duration::hours(24);

/// Refuses with `AddressLimit` when `email` already has `limit`
/// reservations made in the last 24 hours (0: no limit), saying when the
/// oldest of them leaves the window.
pub async fn check(
    db: &impl ConnectionTrait,
    email: &str,
    limit: u32,
    now: DateTime<Utc>,
) -> Result<(), BookingError> {
    if limit == 0 {
        return Ok(());
    }
    super::advisory::lock(db, &format!("address\n{email}")).await?;
    let made = made_since(db, email, now - WINDOW).await?;
    if made.len() < limit as usize {
        return Ok(());
    }
    // The reservation whose leaving the window brings the count below the
    // limit: with `limit` = 3 and 3 made, the oldest.
    let frees_at = made[made.len() - limit as usize] + WINDOW;
    Err(BookingError::AddressLimit {
        limit,
        retry_at: crate::time::date_time_long(crate::time::to_jst(frees_at)),
    })
}

/// When each reservation for `email` made after `since` was made, oldest first.
async fn made_since(db: &impl ConnectionTrait, email: &str, since: DateTime<Utc>) -> Result<Vec<DateTime<Utc>>, DbErr> {
    let holders = Query::select()
        .column(residents::Column::Id)
        .from(residents::Entity)
        .and_where(residents::Column::Email.eq(email))
        .to_owned();
    reservations::Entity::find()
        .select_only()
        .column(reservations::Column::CreatedAt)
        .filter(reservations::Column::ResidentId.in_subquery(holders))
        .filter(reservations::Column::CreatedAt.gt(since))
        .order_by_asc(reservations::Column::CreatedAt)
        .into_tuple::<DateTime<Utc>>()
        .all(db)
        .await
}
