//! Server-side drafts: what a resident typed in a multi-step form, kept
//! between the steps under a random id, and bound to the browser it was
//! typed in (`crate::browser`): another browser holding the same URL gets
//! nothing, the same answer as for an expired draft.
use crate::browser::Browser;
use crate::db::form_drafts;
use chrono::{DateTime, Duration, Utc};
use rand::Rng;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, Set};
use serde::{Serialize, de::DeserializeOwned};

/// How long a resident may take between the steps of a form.
pub const LIFETIME: Duration = Duration::hours(2);
/// How long a submitted form is kept (a second 送信 lands on its
/// completion page instead of booking twice).
pub const KEEP_AFTER_SUBMIT: Duration = Duration::hours(24);
/// How long the completion page shows the 利用者キー and the address, to
/// the browser that sent the form: long enough to note the key down, short
/// enough that the next person at a shared PC does not find it in history.
pub const KEY_SHOWN_FOR: Duration = Duration::minutes(30);
/// Longest stored value of one field: enough for any real answer, and a
/// bound on what an anonymous form can make the server keep.
pub const MAX_FIELD_CHARS: usize = 256;

pub const KIND_RESERVATION: &str = "reservation";
pub const KIND_KEY_REISSUE: &str = "key_reissue";
pub const KIND_OTP_REQUEST: &str = "otp_request";
pub const KIND_LOGIN: &str = "login";
pub const KIND_EMAIL_CHANGE: &str = "email_change";

/// 128 random bits as 32 hex digits.
pub fn new_id() -> String {
    let bytes: [u8; 16] = rand::rng().random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `id` has the shape of a draft id (checked before any query).
pub fn is_well_formed(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

pub fn clip(value: &str) -> String {
    value.chars().take(MAX_FIELD_CHARS).collect()
}

/// Creates a draft, or replaces the payload of an open one of the same
/// kind. Returns the id to continue with. A write of its own, so it takes
/// its turn with the others (`begin_write`).
pub async fn save<T: Serialize>(
    db: &DatabaseConnection,
    existing: Option<&str>,
    kind: &str,
    payload: &T,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
    let payload = serde_json::to_string(payload).map_err(|e| DbErr::Custom(e.to_string()))?;
    let txn = crate::db::begin_write(db).await?;
    if let Some(id) = existing.filter(|id| is_well_formed(id)) {
        if let Some(draft) = form_drafts::Entity::find_by_id(id.to_string()).one(&txn).await? {
            let mine = draft.owner.as_deref() == Some(owner.as_str());
            if mine && draft.kind == kind && draft.submitted_at.is_none() && draft.expires_at > now {
                let mut active: form_drafts::ActiveModel = draft.into();
                active.payload = Set(payload);
                active.expires_at = Set(now + LIFETIME);
                active.update(&txn).await?;
                txn.commit().await?;
                return Ok(id.to_string());
            }
        }
    }
    let id = new_id();
    form_drafts::ActiveModel {
        id: Set(id.clone()),
        kind: Set(kind.to_string()),
        payload: Set(payload),
        created_at: Set(now),
        expires_at: Set(now + LIFETIME),
        submitted_at: Set(None),
        reservation_id: Set(None),
        owner: Set(Some(owner.as_str().to_string())),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// A draft that can still be read: right kind, not expired.
pub struct Loaded<T> {
    pub payload: T,
    pub row: form_drafts::Model,
}

pub async fn load<T: DeserializeOwned>(
    db: &impl ConnectionTrait,
    id: &str,
    kind: &str,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<Option<Loaded<T>>, DbErr> {
    if !is_well_formed(id) {
        return Ok(None);
    }
    let Some(row) = form_drafts::Entity::find_by_id(id.to_string()).one(db).await? else {
        return Ok(None);
    };
    if row.kind != kind || row.expires_at <= now || row.owner.as_deref() != Some(owner.as_str()) {
        return Ok(None);
    }
    let payload = serde_json::from_str(&row.payload).map_err(|e| DbErr::Custom(e.to_string()))?;
    Ok(Some(Loaded { payload, row }))
}

/// What claiming a draft for its final step found.
pub enum Claim<T> {
    /// Claimed now, by this transaction: go on and do what it asks.
    Claimed(Loaded<T>),
    /// Already sent (a double click, a reload, a second tab).
    AlreadySent { reservation_id: i32 },
    Expired,
    Missing,
}

/// Claims the draft for its final step (送信) inside the caller's
/// transaction. The claim is a conditional UPDATE (`submitted_at IS NULL`)
/// and the transaction's first write, so of two presses at once exactly
/// one goes on; the other waits for it and then finds it sent.
pub async fn claim<T: DeserializeOwned>(
    txn: &impl ConnectionTrait,
    id: &str,
    kind: &str,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<Claim<T>, DbErr> {
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, QueryFilter};
    if !is_well_formed(id) {
        return Ok(Claim::Missing);
    }
    let claimed = form_drafts::Entity::update_many()
        .col_expr(form_drafts::Column::SubmittedAt, Expr::value(now))
        .filter(form_drafts::Column::Id.eq(id))
        .filter(form_drafts::Column::Kind.eq(kind))
        .filter(form_drafts::Column::Owner.eq(owner.as_str()))
        .filter(form_drafts::Column::SubmittedAt.is_null())
        .filter(form_drafts::Column::ExpiresAt.gt(now))
        .exec(txn)
        .await?
        .rows_affected
        == 1;
    let Some(row) = form_drafts::Entity::find_by_id(id.to_string()).one(txn).await? else {
        return Ok(Claim::Missing);
    };
    if row.owner.as_deref() != Some(owner.as_str()) {
        return Ok(Claim::Missing);
    }
    if claimed {
        let payload = serde_json::from_str(&row.payload).map_err(|e| DbErr::Custom(e.to_string()))?;
        return Ok(Claim::Claimed(Loaded { payload, row }));
    }
    Ok(match (row.kind == kind, row.expires_at > now, row.reservation_id) {
        (false, ..) => Claim::Missing,
        (true, false, _) => Claim::Expired,
        (true, true, Some(reservation_id)) => Claim::AlreadySent { reservation_id },
        // Sent, yet without a reservation: cannot happen, as the claim and
        // the booking commit together.
        (true, true, None) => return Err(DbErr::Custom(format!("draft {id} claimed without a reservation"))),
    })
}

/// Records what the claimed draft became, and keeps it long enough for the
/// completion page to be reopened.
pub async fn mark_sent(txn: &impl ConnectionTrait, id: &str, reservation_id: i32, now: DateTime<Utc>) -> Result<(), DbErr> {
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, QueryFilter};
    form_drafts::Entity::update_many()
        .col_expr(form_drafts::Column::ReservationId, Expr::value(reservation_id))
        .col_expr(form_drafts::Column::ExpiresAt, Expr::value(now + KEEP_AFTER_SUBMIT))
        .filter(form_drafts::Column::Id.eq(id))
        .exec(txn)
        .await?;
    Ok(())
}

/// Records that the claimed draft became a place on a waiting list (no
/// reservation: `reservation_id` 0 stands for that), with the payload
/// saying which, and keeps it for the completion page.
pub async fn mark_joined<T: Serialize>(txn: &impl ConnectionTrait, id: &str, payload: &T, now: DateTime<Utc>) -> Result<(), DbErr> {
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, QueryFilter};
    let payload = serde_json::to_string(payload).map_err(|e| DbErr::Custom(e.to_string()))?;
    form_drafts::Entity::update_many()
        .col_expr(form_drafts::Column::ReservationId, Expr::value(0))
        .col_expr(form_drafts::Column::Payload, Expr::value(payload))
        .col_expr(form_drafts::Column::ExpiresAt, Expr::value(now + KEEP_AFTER_SUBMIT))
        .filter(form_drafts::Column::Id.eq(id))
        .exec(txn)
        .await?;
    Ok(())
}

/// Deletes drafts past their expiry; run periodically by the server.
pub async fn purge_expired(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter};
    let result = form_drafts::Entity::delete_many()
        .filter(form_drafts::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_random_and_well_formed() {
        let a = new_id();
        assert!(is_well_formed(&a));
        assert_ne!(a, new_id());
        assert!(!is_well_formed("../../etc/passwd"));
        assert!(!is_well_formed(&a.to_uppercase()));
    }
}
