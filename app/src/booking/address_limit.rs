//! 公平な利用, per email address: at most N reservations (and places on
//! waiting lists, and 抽選 applications, not yet turned into one) made for one address in any 24
//! hours (`FairUseRules::reservations_per_address_per_day`).
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
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

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
    lock(db, email).await?;
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

/// Serialises attempts for one address until the transaction ends (taken
/// by `check`, and first by a waiting list's acceptance, which writes the
/// slot before booking: the same order as a booking, so no deadlock).
pub async fn lock(db: &impl ConnectionTrait, email: &str) -> Result<(), DbErr> {
    super::advisory::lock(db, &format!("address\n{email}")).await
}

/// When each reservation (and each place on a waiting list not turned
/// into one) for `email` made after `since` was made, oldest first.
async fn made_since(db: &impl ConnectionTrait, email: &str, since: DateTime<Utc>) -> Result<Vec<DateTime<Utc>>, DbErr> {
    use crate::db::lottery_applications as applications;
    use crate::db::waitlist_entries as entries;
    let holders = Query::select()
        .column(residents::Column::Id)
        .from(residents::Entity)
        .and_where(residents::Column::Email.eq(email))
        .to_owned();
    let holders_again = holders.clone();
    let mut made: Vec<DateTime<Utc>> = reservations::Entity::find()
        .select_only()
        .column(reservations::Column::CreatedAt)
        .filter(reservations::Column::ResidentId.in_subquery(holders.clone()))
        .filter(reservations::Column::CreatedAt.gt(since))
        .into_tuple::<DateTime<Utc>>()
        .all(db)
        .await?;
    made.extend(
        entries::Entity::find()
            .select_only()
            .column(entries::Column::CreatedAt)
            .filter(entries::Column::ResidentId.in_subquery(holders))
            .filter(entries::Column::CreatedAt.gt(since))
            .filter(entries::Column::Status.ne(entries::Status::Accepted))
            .into_tuple::<DateTime<Utc>>()
            .all(db)
            .await?,
    );
    // An application to a 抽選 counts too (one that won became a
    // reservation, counted above).
    made.extend(
        applications::Entity::find()
            .select_only()
            .column(applications::Column::CreatedAt)
            .filter(applications::Column::ResidentId.in_subquery(holders_again))
            .filter(applications::Column::CreatedAt.gt(since))
            .filter(applications::Column::Status.ne(applications::Status::Won))
            .into_tuple::<DateTime<Utc>>()
            .all(db)
            .await?,
    );
    made.sort();
    Ok(made)
}
