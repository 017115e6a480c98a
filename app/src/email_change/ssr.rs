//! Email change against the database: the code is a one-time password with
//! purpose `email_change`, sent to the new address.
use crate::db::{begin_write, one_time_passwords as otps, residents};
use crate::domain::{EmailAddress, OneTimePassword};
use crate::error::AppError;
use crate::login::rules::{LoginRules, otp_usable, retry_at};
use crate::login::ssr::{blocking, count_wrong, hash_code, log_request, recent_requests, store_new_otp, use_once, verify_code};
use crate::mail::{self, texts};
use crate::session::sha256_hex;
use crate::site::SiteSettings;
use crate::time::{date_time_long, time_short, to_jst};
use chrono::{DateTime, Utc};
use rand::Rng;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

const THROTTLE: &str = "email_code";

/// Sends a code to `new_email`; `Some(time)` when throttled (the per-key
/// limits of one-time passwords, so this form cannot flood an address).
pub async fn request(
    db: &DatabaseConnection,
    rules: &LoginRules,
    site: &SiteSettings,
    me: &residents::Model,
    new_email: &EmailAddress,
    now: DateTime<Utc>,
) -> Result<Option<String>, AppError> {
    let subject = sha256_hex(&format!("{THROTTLE}:{}", me.id));
    // Throttled before any hashing; checked again in the transaction.
    let times = recent_requests(db, THROTTLE, &subject, now - rules.throttle_horizon()).await?;
    if let Some(at) = retry_at(&times, &rules.otp_per_key, now) {
        return Ok(Some(time_short(to_jst(at).time())));
    }
    let code = OneTimePassword::from_number(rand::rng().random_range(0..100_000_000));
    let code_hash = {
        let code = code.as_str().to_string();
        blocking(move || hash_code(&code)).await?
    };
    let txn = begin_write(db).await?;
    let times = recent_requests(&txn, THROTTLE, &subject, now - rules.throttle_horizon()).await?;
    if let Some(at) = retry_at(&times, &rules.otp_per_key, now) {
        txn.rollback().await?;
        return Ok(Some(time_short(to_jst(at).time())));
    }
    log_request(&txn, THROTTLE, &subject, now).await?;
    let expires_at = now + rules.otp_valid;
    store_new_otp(&txn, me.id, otps::EMAIL_CHANGE, Some(new_email.as_str()), code_hash, expires_at, now).await?;
    let until = date_time_long(to_jst(expires_at));
    let mail = texts::email_change_code(site, &me.name, &code.spaced(), rules.otp_valid_minutes(), &until);
    mail::enqueue_until(&txn, new_email, mail, now, Some(expires_at)).await?;
    txn.commit().await?;
    Ok(None)
}

async fn latest(db: &impl sea_orm::ConnectionTrait, resident_id: i32, now: DateTime<Utc>) -> Result<Option<otps::Model>, DbErr> {
    Ok(otps::Entity::find()
        .filter(otps::Column::ResidentId.eq(resident_id))
        .filter(otps::Column::Purpose.eq(otps::EMAIL_CHANGE))
        .order_by_desc(otps::Column::Id)
        .one(db)
        .await?
        .filter(|o| otp_usable(o.expires_at, o.used_at.is_some(), o.voided_at.is_some(), now)))
}

/// The address a usable code was sent to, if any.
pub async fn pending(db: &DatabaseConnection, resident_id: i32, now: DateTime<Utc>) -> Result<Option<String>, DbErr> {
    Ok(latest(db, resident_id, now).await?.and_then(|o| o.new_email))
}

/// Checks the code; on a match the new address becomes the resident's and
/// both addresses are told. Wrong codes count towards voiding it.
pub async fn confirm(
    db: &DatabaseConnection,
    rules: &LoginRules,
    site: &SiteSettings,
    me: &residents::Model,
    code: &OneTimePassword,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let Some(otp) = latest(db, me.id, now).await? else { return Ok(false) };
    let matches = {
        let (code, hash) = (code.as_str().to_string(), otp.code_hash.clone());
        blocking(move || verify_code(&code, &hash)).await?
    };
    let txn = begin_write(db).await?;
    if !matches {
        count_wrong(&txn, otp.id, rules, now).await?;
        txn.commit().await?;
        return Ok(false);
    }
    let used = use_once(&txn, otp.id, now).await?;
    let Some(new_email) = otp.new_email.as_deref().and_then(|e| EmailAddress::parse(e).ok()) else {
        txn.rollback().await?;
        return Ok(false);
    };
    if !used {
        txn.rollback().await?;
        return Ok(false);
    }
    let old_email = EmailAddress::parse(&me.email).map_err(|e| DbErr::Custom(e.to_string()))?;
    let mut resident: residents::ActiveModel = me.clone().into();
    resident.email = Set(new_email.as_str().to_string());
    resident.updated_at = Set(now);
    resident.update(&txn).await?;
    let at = date_time_long(to_jst(now));
    mail::enqueue(&txn, &old_email, texts::email_changed(site, &me.name, &at, &mask(new_email.as_str())), now).await?;
    mail::enqueue(&txn, &new_email, texts::email_changed(site, &me.name, &at, new_email.as_str()), now).await?;
    txn.commit().await?;
    tracing::info!(resident = me.id, "email address changed");
    Ok(true)
}

/// `ta****@example.jp`: enough for the owner to recognise, not to harvest.
fn mask(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let shown: String = local.chars().take(2).collect();
            format!("{shown}****@{domain}")
        }
        None => "****".into(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn masks_the_local_part() {
        assert_eq!(super::mask("taro.imizu@example.jp"), "ta****@example.jp");
        assert_eq!(super::mask("a@example.jp"), "a****@example.jp");
    }
}
