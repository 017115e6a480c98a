//! 家族 (the household): residents who share an email address. A parent
//! books for a child, a son for his mother, each with a record and a
//! 利用者キー of their own, today by logging in and out with each key.
//! Logged in as any of them, a resident reserves for any other (or adds a
//! new member, who gets their own key at the same address), and sees and
//! manages every reservation, place in line and application of the
//! household. The rules still count per person: the service's limit and
//! its 対象者条件 are the member's (`booking::ForWhom`), not the one
//! logged in.
//!
//! An address is proof enough: whoever reads its mail could already log in
//! with each member's key (the one-time password goes there, and
//! 利用者キー再発行 lists every key held at it). A resident without an
//! address is a household of one.
use crate::db::residents;
use sea_orm::sea_query::{Query, SelectStatement};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

/// `me`'s household (`me` included), as a condition on residents.
fn of(me: i32) -> Condition {
    let my_address = Query::select().column(residents::Column::Email).from(residents::Entity).and_where(residents::Column::Id.eq(me)).to_owned();
    Condition::any().add(residents::Column::Id.eq(me)).add(
        Condition::all().add(residents::Column::Email.ne("")).add(residents::Column::Email.in_subquery(my_address)),
    )
}

/// The ids of `me`'s household, as a subquery: `resident_id IN (…)` is
/// how a resident's reads and acts are confined to it.
pub fn ids(me: i32) -> SelectStatement {
    Query::select().column(residents::Column::Id).from(residents::Entity).cond_where(of(me)).to_owned()
}

/// The members of `me`'s household, `me` first, then in the order they
/// were registered.
pub async fn members(db: &impl ConnectionTrait, me: i32) -> Result<Vec<residents::Model>, DbErr> {
    let mut members = residents::Entity::find().filter(of(me)).order_by_asc(residents::Column::Id).all(db).await?;
    members.sort_by_key(|m| m.id != me);
    Ok(members)
}

/// Whether `other` is `me` or of `me`'s household.
pub async fn includes(db: &impl ConnectionTrait, me: i32, other: i32) -> Result<bool, DbErr> {
    if me == other {
        return Ok(true);
    }
    Ok(residents::Entity::find().filter(of(me)).filter(residents::Column::Id.eq(other)).one(db).await?.is_some())
}

/// The address a new member added by `me` is registered at: `me`'s own
/// (none for a resident without one: they cannot add members).
pub async fn address_of(db: &impl ConnectionTrait, me: i32) -> Result<Option<String>, DbErr> {
    Ok(residents::Entity::find_by_id(me).one(db).await?.map(|r| r.email).filter(|e| !e.is_empty()))
}
