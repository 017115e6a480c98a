//! The way back from an email change, against the database. The link's
//! token is 256 random bits; only its SHA-256 is stored. A link is used
//! once, within `undo_for()`; using one sets aside the resident's other
//! links, so a later change made by someone else cannot be "undone" back
//! to their address after the owner has taken it back.
use crate::db::{begin_write, email_change_undo as undo, residents};
use crate::domain::EmailAddress;
use crate::error::AppError;
use crate::mail::{self, texts};
use crate::session::{self, sha256_hex};
use crate::site::SiteSettings;
use crate::time::{date_time_long_in, to_jst};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set};

/// How long the old address can undo a change (7 days).
pub fn undo_for() -> Duration {
    Duration::days(7)
}

/// Stores a new link for the change `old` → `new`; returns its token.
pub async fn issue(txn: &impl ConnectionTrait, resident_id: i32, old: &EmailAddress, new: &EmailAddress, now: DateTime<Utc>) -> Result<String, DbErr> {
    let token = session::new_token();
    undo::ActiveModel {
        resident_id: Set(resident_id),
        token_hash: Set(sha256_hex(&token)),
        old_email: Set(old.as_str().to_string()),
        new_email: Set(new.as_str().to_string()),
        created_at: Set(now),
        expires_at: Set(now + undo_for()),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(token)
}

/// The usable link `token` names, if any.
pub async fn find(db: &impl ConnectionTrait, token: &str, now: DateTime<Utc>) -> Result<Option<undo::Model>, DbErr> {
    if !session::well_formed(token) {
        return Ok(None);
    }
    Ok(undo::Entity::find()
        .filter(undo::Column::TokenHash.eq(sha256_hex(token)))
        .one(db)
        .await?
        .filter(|link| link.used_at.is_none() && link.expires_at > now))
}

/// 元のメールアドレスに戻す: the old address is the resident's again, every
/// session of theirs ends, unused codes are voided, and both addresses are
/// told. False when the link is unknown, used or expired.
pub async fn undo(db: &DatabaseConnection, site: &SiteSettings, token: &str, now: DateTime<Utc>) -> Result<bool, AppError> {
    let txn = begin_write(db).await?;
    let Some(link) = find(&txn, token, now).await? else {
        txn.rollback().await?;
        return Ok(false);
    };
    let used = undo::Entity::update_many()
        .col_expr(undo::Column::UsedAt, Expr::value(now))
        .filter(undo::Column::Id.eq(link.id))
        .filter(undo::Column::UsedAt.is_null())
        .exec(&txn)
        .await?
        .rows_affected
        == 1;
    let resident = residents::Entity::find_by_id(link.resident_id).one(&txn).await?;
    let (true, Some(resident)) = (used, resident) else {
        txn.rollback().await?;
        return Ok(false);
    };
    // The resident's other links are set aside: the owner has spoken.
    undo::Entity::update_many()
        .col_expr(undo::Column::UsedAt, Expr::value(now))
        .filter(undo::Column::ResidentId.eq(resident.id))
        .filter(undo::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    let restored = EmailAddress::parse(&link.old_email).map_err(|e| DbErr::Custom(e.to_string()))?;
    let dropped = EmailAddress::parse(&resident.email).ok().filter(|current| current != &restored);
    let mut changed: residents::ActiveModel = resident.clone().into();
    changed.email = Set(restored.as_str().to_string());
    changed.updated_at = Set(now);
    changed.update(&txn).await?;
    let ended = session::end_all_of_resident(&txn, resident.id, None).await?;
    crate::login::ssr::void_unused_codes(&txn, resident.id, now).await?;
    let language = resident.language();
    let at = date_time_long_in(to_jst(now), language);
    mail::enqueue(&txn, &restored, texts::email_change_undone(site, language, &resident.name, &at, restored.as_str()), now).await?;
    if let Some(dropped) = dropped {
        let masked = crate::domain::masked_email(restored.as_str());
        mail::enqueue(&txn, &dropped, texts::email_change_undone(site, language, &resident.name, &at, &masked), now).await?;
    }
    txn.commit().await?;
    tracing::warn!(resident = resident.id, sessions_ended = ended, "email change undone from the old address");
    Ok(true)
}

/// Deletes links past their time (the hourly housekeeping): the old
/// address is not kept longer than it can be used.
pub async fn purge_expired(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(undo::Entity::delete_many()
        .filter(sea_orm::Condition::any().add(undo::Column::ExpiresAt.lte(now)).add(undo::Column::UsedAt.is_not_null()))
        .exec(db)
        .await?
        .rows_affected)
}
