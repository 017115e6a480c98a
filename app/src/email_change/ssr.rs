//! Email change against the database, in three steps, each a one-time
//! password under the login rules (Argon2id hash, single use, voided after
//! too many wrong entries, one a minute and five an hour):
//! 1. 本人確認: a code (purpose `identity`) to the *current* address; entered
//!    in this session, it marks the session as checked for
//!    `LoginRules::identity_fresh_for`. A session alone (a shared PC left
//!    logged in, a stolen cookie) never changes the address.
//! 2. a code (purpose `email_change`) to the new address, so a typo cannot
//!    cut the resident off;
//! 3. that code entered: the address changes, every other session of the
//!    resident ends, unused codes are voided, and the old address is sent a
//!    single-use link back (`super::undo`).
use crate::db::{begin_write, one_time_passwords as otps, residents};
use crate::domain::{EmailAddress, OneTimePassword};
use crate::error::AppError;
use crate::login::rules::{LoginRules, otp_usable, retry_at};
use crate::login::ssr::{blocking, count_wrong, hash_code, log_request, recent_requests, store_new_otp, use_once, verify_code};
use crate::mail::{self, Mail, texts};
use crate::session::{self, sha256_hex};
use crate::site::SiteSettings;
use crate::time::{date_time_long_in, time_short, to_jst};
use chrono::{DateTime, Utc};
use rand::Rng;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

/// Throttle kinds (request_log): one per step, so asking for the second
/// code right after entering the first is not "too soon".
const THROTTLE_IDENTITY: &str = "identity_code";
const THROTTLE_NEW_ADDRESS: &str = "email_code";

/// Whether this session's holder entered a code from their current address
/// recently enough to change it.
pub async fn identity_fresh(db: &DatabaseConnection, rules: &LoginRules, token: &str, now: DateTime<Utc>) -> Result<bool, DbErr> {
    session::identity_checked_since(db, token, now - rules.identity_fresh_for).await
}

/// Step 1: a code to the resident's current address. `Some(time)` when
/// throttled.
pub async fn request_identity(
    db: &DatabaseConnection,
    rules: &LoginRules,
    site: &SiteSettings,
    me: &residents::Model,
    now: DateTime<Utc>,
) -> Result<Option<String>, AppError> {
    let current = EmailAddress::parse(&me.email).map_err(|e| DbErr::Custom(e.to_string()))?;
    let code = Code { throttle: THROTTLE_IDENTITY, purpose: otps::IDENTITY, new_email: None };
    send_code(db, rules, me, &current, code, now, |code, minutes, until| {
        texts::identity_code(site, me.language(), &me.name, code, minutes, until)
    })
    .await
}

/// Step 1 done: the code from the current address marks this session.
/// Wrong codes count towards voiding it.
pub async fn confirm_identity(
    db: &DatabaseConnection,
    rules: &LoginRules,
    me: &residents::Model,
    token: &str,
    code: &OneTimePassword,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let Some((txn, _)) = check_code(db, rules, me.id, otps::IDENTITY, code, now).await? else { return Ok(false) };
    session::mark_identity_checked(&txn, token, Some(now)).await?;
    txn.commit().await?;
    Ok(true)
}

/// Step 2: a code to `new_email`. `Some(time)` when throttled.
pub async fn request(
    db: &DatabaseConnection,
    rules: &LoginRules,
    site: &SiteSettings,
    me: &residents::Model,
    new_email: &EmailAddress,
    now: DateTime<Utc>,
) -> Result<Option<String>, AppError> {
    let code = Code { throttle: THROTTLE_NEW_ADDRESS, purpose: otps::EMAIL_CHANGE, new_email: Some(new_email.as_str()) };
    send_code(db, rules, me, new_email, code, now, |code, minutes, until| {
        texts::email_change_code(site, me.language(), &me.name, code, minutes, until)
    })
    .await
}

/// The address a usable step-2 code was sent to, if any.
pub async fn pending(db: &DatabaseConnection, resident_id: i32, now: DateTime<Utc>) -> Result<Option<String>, DbErr> {
    Ok(latest(db, resident_id, otps::EMAIL_CHANGE, now).await?.and_then(|o| o.new_email))
}

/// Whether a usable step-1 code is waiting.
pub async fn identity_pending(db: &DatabaseConnection, resident_id: i32, now: DateTime<Utc>) -> Result<bool, DbErr> {
    Ok(latest(db, resident_id, otps::IDENTITY, now).await?.is_some())
}

/// Step 3: checks the code from the new address; on a match the address
/// changes, the resident's other sessions end, every unused code is voided,
/// this session must prove itself again before another change, the new
/// address is told and the old one gets the way back. The caller has
/// checked that this session's identity check is fresh.
pub async fn confirm(
    db: &DatabaseConnection,
    rules: &LoginRules,
    site: &SiteSettings,
    me: &residents::Model,
    token: &str,
    code: &OneTimePassword,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let Some((txn, otp)) = check_code(db, rules, me.id, otps::EMAIL_CHANGE, code, now).await? else { return Ok(false) };
    let Some(new_email) = otp.new_email.as_deref().and_then(|e| EmailAddress::parse(e).ok()) else {
        txn.rollback().await?;
        return Ok(false);
    };
    let old_email = EmailAddress::parse(&me.email).map_err(|e| DbErr::Custom(e.to_string()))?;
    let mut resident: residents::ActiveModel = me.clone().into();
    resident.email = Set(new_email.as_str().to_string());
    resident.updated_at = Set(now);
    resident.update(&txn).await?;
    let ended = session::end_all_of_resident(&txn, me.id, Some(token)).await?;
    session::mark_identity_checked(&txn, token, None).await?;
    crate::login::ssr::void_unused_codes(&txn, me.id, now).await?;
    let undo_token = super::undo::ssr::issue(&txn, me.id, &old_email, &new_email, now).await?;
    let language = me.language();
    let at = date_time_long_in(to_jst(now), language);
    let until = date_time_long_in(to_jst(now + super::undo::ssr::undo_for()), language);
    let undo_url = format!("{}/email/undo?token={undo_token}", site.base_url);
    let masked = crate::domain::masked_email(new_email.as_str());
    let told_old = texts::email_changed_away(site, language, &me.name, &at, &masked, &undo_url, &undo_token, &until);
    mail::enqueue(&txn, &old_email, told_old, now).await?;
    mail::enqueue(&txn, &new_email, texts::email_changed(site, language, &me.name, &at, new_email.as_str()), now).await?;
    txn.commit().await?;
    tracing::info!(resident = me.id, other_sessions_ended = ended, "email address changed");
    Ok(true)
}

/// Which code a step sends.
struct Code<'a> {
    throttle: &'static str,
    purpose: &'static str,
    new_email: Option<&'a str>,
}

/// Throttled (before any hashing, and again in the transaction), hashed,
/// stored (voiding the older code of the same purpose) and mailed to `to`,
/// its time limit in the resident's language (`mail` writes the rest in it).
async fn send_code(
    db: &DatabaseConnection,
    rules: &LoginRules,
    me: &residents::Model,
    to: &EmailAddress,
    code: Code<'_>,
    now: DateTime<Utc>,
    mail: impl FnOnce(&str, i64, &str) -> Mail,
) -> Result<Option<String>, AppError> {
    let subject = sha256_hex(&format!("{}:{}", code.throttle, me.id));
    let since = now - rules.throttle_horizon();
    let times = recent_requests(db, code.throttle, &subject, since).await?;
    if let Some(at) = retry_at(&times, &rules.otp_per_key, now) {
        return Ok(Some(time_short(to_jst(at).time())));
    }
    let digits = OneTimePassword::from_number(rand::rng().random_range(0..100_000_000));
    let code_hash = {
        let digits = digits.as_str().to_string();
        blocking(move || hash_code(&digits)).await?
    };
    let txn = begin_write(db).await?;
    let times = recent_requests(&txn, code.throttle, &subject, since).await?;
    if let Some(at) = retry_at(&times, &rules.otp_per_key, now) {
        txn.rollback().await?;
        return Ok(Some(time_short(to_jst(at).time())));
    }
    log_request(&txn, code.throttle, &subject, now).await?;
    let expires_at = now + rules.otp_valid;
    store_new_otp(&txn, me.id, code.purpose, code.new_email, code_hash, expires_at, now).await?;
    let until = date_time_long_in(to_jst(expires_at), me.language());
    mail::enqueue_until(&txn, to, mail(&digits.spaced(), rules.otp_valid_minutes(), &until), now, Some(expires_at)).await?;
    txn.commit().await?;
    Ok(None)
}

/// The resident's usable code of `purpose` checked against `code`: on a
/// match, a write transaction in which it has just been used (exactly once,
/// even when sent twice at once), for the caller to finish; on a mismatch
/// the wrong entry is counted and `None`.
async fn check_code(
    db: &DatabaseConnection,
    rules: &LoginRules,
    resident_id: i32,
    purpose: &str,
    code: &OneTimePassword,
    now: DateTime<Utc>,
) -> Result<Option<(sea_orm::DatabaseTransaction, otps::Model)>, AppError> {
    let Some(otp) = latest(db, resident_id, purpose, now).await? else { return Ok(None) };
    let matches = {
        let (code, hash) = (code.as_str().to_string(), otp.code_hash.clone());
        blocking(move || verify_code(&code, &hash)).await?
    };
    let txn = begin_write(db).await?;
    if !matches {
        count_wrong(&txn, otp.id, rules, now).await?;
        txn.commit().await?;
        return Ok(None);
    }
    if !use_once(&txn, otp.id, now).await? {
        txn.rollback().await?;
        return Ok(None);
    }
    Ok(Some((txn, otp)))
}

async fn latest(db: &impl ConnectionTrait, resident_id: i32, purpose: &str, now: DateTime<Utc>) -> Result<Option<otps::Model>, DbErr> {
    Ok(otps::Entity::find()
        .filter(otps::Column::ResidentId.eq(resident_id))
        .filter(otps::Column::Purpose.eq(purpose))
        .order_by_desc(otps::Column::Id)
        .one(db)
        .await?
        .filter(|o| otp_usable(o.expires_at, o.used_at.is_some(), o.voided_at.is_some(), now)))
}


#[cfg(test)]
mod tests {
    #[test]
    fn masks_the_local_part() {
        assert_eq!(crate::domain::masked_email("taro.imizu@example.jp"), "ta****@example.jp");
        assert_eq!(crate::domain::masked_email("a@example.jp"), "a****@example.jp");
    }
}
