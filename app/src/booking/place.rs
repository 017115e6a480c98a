//! Taking and giving back one place of a slot, and holding one for the
//! waiting list: the only writes to `slots.taken` and `slots.held`.
use crate::db::slots;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// Takes one place in an open slot with room: one conditional UPDATE
/// (`taken + held < capacity`: places held for the waiting list count as
/// taken), so concurrent bookings can never overbook (a
/// `CHECK (taken <= capacity)` backs it up). False when the slot is full
/// or closed.
pub async fn take(db: &impl ConnectionTrait, slot_id: i32) -> Result<bool, DbErr> {
    one_more(db, slot_id, slots::Column::Taken).await
}

/// Holds one free place of an open slot for someone offered it from the
/// waiting list: the same conditional UPDATE as taking one.
pub async fn hold(db: &impl ConnectionTrait, slot_id: i32) -> Result<bool, DbErr> {
    one_more(db, slot_id, slots::Column::Held).await
}

/// One more place `taken` or `held`, if the slot is open and has room.
async fn one_more(db: &impl ConnectionTrait, slot_id: i32, column: slots::Column) -> Result<bool, DbErr> {
    Ok(slots::Entity::update_many()
        .col_expr(column, Expr::col(column).add(1))
        .filter(slots::Column::Id.eq(slot_id))
        .filter(slots::Column::IsOpen.eq(true))
        .filter(Expr::col(slots::Column::Taken).add(Expr::col(slots::Column::Held)).lt(Expr::col(slots::Column::Capacity)))
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Gives one place back (a change or a cancellation).
pub async fn give_back(db: &impl ConnectionTrait, slot_id: i32) -> Result<(), DbErr> {
    slots::Entity::update_many()
        .col_expr(slots::Column::Taken, Expr::col(slots::Column::Taken).sub(1))
        .filter(slots::Column::Id.eq(slot_id))
        .filter(slots::Column::Taken.gt(0))
        .exec(db)
        .await?;
    Ok(())
}

/// Every place of a slot back at once (予約枠の中止, after cancelling all
/// of its reservations in the same transaction).
pub async fn give_back_all(db: &impl ConnectionTrait, slot_id: i32) -> Result<(), DbErr> {
    slots::Entity::update_many()
        .col_expr(slots::Column::Taken, Expr::value(0))
        .filter(slots::Column::Id.eq(slot_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Lets one held place go (accepted: it is taken next; declined or run
/// out: it is free, for the next in line).
pub async fn release_hold(db: &impl ConnectionTrait, slot_id: i32) -> Result<(), DbErr> {
    slots::Entity::update_many()
        .col_expr(slots::Column::Held, Expr::col(slots::Column::Held).sub(1))
        .filter(slots::Column::Id.eq(slot_id))
        .filter(slots::Column::Held.gt(0))
        .exec(db)
        .await?;
    Ok(())
}

/// No place of the slot held any more (予約枠の中止).
pub async fn release_all_holds(db: &impl ConnectionTrait, slot_id: i32) -> Result<(), DbErr> {
    slots::Entity::update_many().col_expr(slots::Column::Held, Expr::value(0)).filter(slots::Column::Id.eq(slot_id)).exec(db).await?;
    Ok(())
}
