//! The login rules against the database. Plain functions over a
//! connection and a time, so the tests can drive them with their own clock.
use super::rules::{LoginRules, is_locked, otp_usable, retry_at};
use super::*;
use crate::db::{begin_write, one_time_passwords as otps, request_log, residents};
use crate::browser::Browser;
use crate::drafts::{self, KIND_LOGIN, KIND_OTP_REQUEST};
use crate::mail::{self, texts};
use crate::session::{self, sha256_hex};
use crate::site::SiteSettings;
use crate::state::AppState;
use crate::language::Language;
use crate::time::{date_time_long_in, to_jst};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use chrono::{DateTime, Utc};
use rand::Rng;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::net::IpAddr;
use std::sync::LazyLock;

pub const THROTTLE_OTP_KEY: &str = "otp_key";
pub const THROTTLE_OTP_CLIENT: &str = "otp_client";

pub fn facts(rules: &LoginRules) -> LoginFacts {
    LoginFacts { otp_valid_minutes: rules.otp_valid_minutes(), otp_max_wrong: rules.otp_max_wrong }
}

/// Argon2id (19 MiB, 2 passes: the OWASP minimum) with a random salt.
pub(crate) fn hash_code(code: &str) -> String {
    let salt: [u8; 16] = rand::rng().random();
    let salt = SaltString::encode_b64(&salt).expect("16 bytes make a valid salt");
    Argon2::default().hash_password(code.as_bytes(), &salt).expect("Argon2 with its default parameters").to_string()
}

pub(crate) fn verify_code(code: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| Argon2::default().verify_password(code.as_bytes(), &parsed).is_ok())
}

/// Checked when there is nothing to check against, so that an unknown key
/// takes as long to refuse as a wrong password.
pub(crate) static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| hash_code("00000000"));

/// Argon2 takes 19 MiB and a core for tens of milliseconds. Only this many
/// run at once (half the cores, at least one: the other half keeps serving
/// pages), and only `MAX_WAITING` more may wait their turn; past that a
/// login is refused at once with 「しばらくしてから」 rather than queued.
/// Measured before this gate: 600 parallel wrong logins took the server to
/// 10.5 GB and the top page to 28 s (docs/RELIABILITY.md).
static HASHING: LazyLock<tokio::sync::Semaphore> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    tokio::sync::Semaphore::new((cores / 2).max(1))
});
const MAX_WAITING: usize = 32;
static WAITING: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Why hashing did not happen.
#[derive(Debug)]
pub enum HashingError {
    /// More logins are waiting to be checked than the gate lets queue.
    Busy,
    Failed(String),
}

impl From<HashingError> for AppError {
    #[track_caller]
    fn from(error: HashingError) -> Self {
        match error {
            HashingError::Busy => {
                let at = crate::time::to_jst(Utc::now() + chrono::Duration::minutes(1));
                crate::error::fail(AppError::TooMany { retry_at: crate::time::time_short(at.time()) })
            }
            HashingError::Failed(cause) => AppError::internal(std::io::Error::other(cause)),
        }
    }
}

impl From<HashingError> for DbErr {
    fn from(error: HashingError) -> Self {
        DbErr::Custom(format!("password hashing: {error:?}"))
    }
}

/// Runs `f` (Argon2) through the gate above, on the blocking pool.
pub(crate) async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, HashingError> {
    use std::sync::atomic::Ordering;
    struct Waiting;
    impl Drop for Waiting {
        fn drop(&mut self) {
            WAITING.fetch_sub(1, Ordering::Relaxed);
        }
    }
    let permit = match HASHING.try_acquire() {
        Ok(permit) => permit,
        Err(_) => {
            if WAITING.fetch_add(1, Ordering::Relaxed) >= MAX_WAITING {
                WAITING.fetch_sub(1, Ordering::Relaxed);
                tracing::warn!("password hashing busy: a login was refused rather than queued");
                return Err(HashingError::Busy);
            }
            let _waiting = Waiting;
            // Bounded: a queue of MAX_WAITING takes a few seconds; a turn
            // that never comes is refused in words, never a hung request.
            match tokio::time::timeout(std::time::Duration::from_secs(30), HASHING.acquire()).await {
                Ok(permit) => permit.map_err(|e| HashingError::Failed(e.to_string()))?,
                Err(_) => {
                    tracing::warn!("password hashing: no turn within 30 s; a login was refused");
                    return Err(HashingError::Busy);
                }
            }
        }
    };
    let result = tokio::task::spawn_blocking(f).await.map_err(|e| HashingError::Failed(format!("hashing task failed: {e}")));
    drop(permit);
    result
}

pub(crate) async fn recent_requests(
    db: &impl ConnectionTrait,
    kind: &str,
    subject_hash: &str,
    since: DateTime<Utc>,
) -> Result<Vec<DateTime<Utc>>, DbErr> {
    request_log::Entity::find()
        .select_only()
        .column(request_log::Column::CreatedAt)
        .filter(request_log::Column::Kind.eq(kind))
        .filter(request_log::Column::SubjectHash.eq(subject_hash))
        .filter(request_log::Column::CreatedAt.gt(since))
        .into_tuple::<DateTime<Utc>>()
        .all(db)
        .await
}

pub(crate) async fn log_request(db: &impl ConnectionTrait, kind: &str, subject_hash: &str, now: DateTime<Utc>) -> Result<(), DbErr> {
    request_log::ActiveModel {
        kind: Set(kind.to_string()),
        subject_hash: Set(subject_hash.to_string()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// ワンタイムパスワード発行. Throttled per key and per client (whether or
/// not the key exists, so the throttle itself tells nothing). A password is
/// mailed only when the key and the address belong together; a locked key
/// gets a notice instead. The answer is the same either way.
pub async fn request_otp(
    db: &DatabaseConnection,
    rules: &LoginRules,
    site: &SiteSettings,
    key: &UserKey,
    email: &EmailAddress,
    client: Option<IpAddr>,
    now: DateTime<Utc>,
) -> Result<LoginNotice, AppError> {
    // The resident asks in the language of this request: the email is in
    // it, and so are their emails from now on (read before any await).
    let language = crate::language::current();
    let key_subject = sha256_hex(&format!("{THROTTLE_OTP_KEY}:{}", key.as_str()));
    let client_subject = client.map(|ip| sha256_hex(&format!("{THROTTLE_OTP_CLIENT}:{ip}")));
    let since = now - rules.throttle_horizon();
    // The throttles first, before any hashing: a refused request costs a
    // read, never 19 MiB of Argon2. Checked again inside the transaction,
    // which is what makes them exact under concurrency.
    let throttled = |key_times: &[DateTime<Utc>], client_times: Option<&[DateTime<Utc>]>| {
        let retry = retry_at(key_times, &rules.otp_per_key, now);
        let by_client = client_times.and_then(|times| retry_at(times, &rules.otp_per_client, now));
        Ord::max(retry, by_client)
    };
    let key_times = recent_requests(db, THROTTLE_OTP_KEY, &key_subject, since).await?;
    let client_times = match &client_subject {
        Some(subject) => Some(recent_requests(db, THROTTLE_OTP_CLIENT, subject, since).await?),
        None => None,
    };
    if let Some(at) = throttled(&key_times, client_times.as_deref()) {
        tracing::info!("OTP request throttled");
        return Ok(LoginNotice::OtpThrottled { retry_at: crate::time::time_short(to_jst(at).time()) });
    }
    let code = OneTimePassword::from_number(rand::rng().random_range(0..100_000_000));
    // Hashed before the transaction (never while holding the writer), and
    // for every request alike.
    let code_hash = {
        let code = code.as_str().to_string();
        blocking(move || hash_code(&code)).await?
    };

    let txn = begin_write(db).await?;
    let key_times = recent_requests(&txn, THROTTLE_OTP_KEY, &key_subject, since).await?;
    let client_times = match &client_subject {
        Some(subject) => Some(recent_requests(&txn, THROTTLE_OTP_CLIENT, subject, since).await?),
        None => None,
    };
    if let Some(at) = throttled(&key_times, client_times.as_deref()) {
        txn.rollback().await?;
        tracing::info!("OTP request throttled");
        return Ok(LoginNotice::OtpThrottled { retry_at: crate::time::time_short(to_jst(at).time()) });
    }
    log_request(&txn, THROTTLE_OTP_KEY, &key_subject, now).await?;
    if let Some(subject) = &client_subject {
        log_request(&txn, THROTTLE_OTP_CLIENT, subject, now).await?;
    }

    let resident = residents::Entity::find().filter(residents::Column::UserKey.eq(key.as_str())).one(&txn).await?;
    match resident {
        Some(r) if r.email == email.as_str() && is_locked(r.login_locked_until, now) => {
            remember_language(&txn, &r, language).await?;
            let until = date_time_long_in(to_jst(r.login_locked_until.unwrap_or(now)), language);
            mail::enqueue(&txn, email, texts::login_locked(site, language, &r.name, &until), now).await?;
        }
        Some(r) if r.email == email.as_str() => {
            remember_language(&txn, &r, language).await?;
            let expires_at = now + rules.otp_valid;
            store_new_otp(&txn, r.id, otps::LOGIN, None, code_hash, expires_at, now).await?;
            let until = date_time_long_in(to_jst(expires_at), language);
            let mail = texts::one_time_password(site, language, &r.name, &code.spaced(), rules.otp_valid_minutes(), &until);
            mail::enqueue_until(&txn, email, mail, now, Some(expires_at)).await?;
        }
        _ => {}
    }
    txn.commit().await?;
    Ok(LoginNotice::OtpSent)
}

/// ログイン. Returns the new session's token, or `None` for any failure
/// (unknown key, locked key, no usable password, wrong password) alike.
/// Wrong passwords count towards voiding the password and locking the key;
/// a success ends `previous` (the session the browser had) and starts anew.
pub async fn log_in(
    db: &DatabaseConnection,
    rules: &LoginRules,
    site: &SiteSettings,
    key: &UserKey,
    otp: &OneTimePassword,
    previous: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Option<String>, AppError> {
    let resident = residents::Entity::find().filter(residents::Column::UserKey.eq(key.as_str())).one(db).await?;
    let candidate = match &resident {
        Some(r) if !is_locked(r.login_locked_until, now) => otps::Entity::find()
            .filter(otps::Column::ResidentId.eq(r.id))
            .filter(otps::Column::Purpose.eq(otps::LOGIN))
            .order_by_desc(otps::Column::Id)
            .one(db)
            .await?
            .filter(|o| otp_usable(o.expires_at, o.used_at.is_some(), o.voided_at.is_some(), now)),
        _ => None,
    };
    let matches = {
        let code = otp.as_str().to_string();
        let hash = candidate.as_ref().map(|o| o.code_hash.clone());
        blocking(move || verify_code(&code, hash.as_deref().unwrap_or(&DUMMY_HASH))).await? && candidate.is_some()
    };
    let Some(resident) = resident else { return Ok(None) };
    if is_locked(resident.login_locked_until, now) {
        return Ok(None);
    }

    let txn = begin_write(db).await?;
    if let (true, Some(otp_row)) = (matches, &candidate) {
        // Single use, even when the same password is sent twice at once.
        let used = use_once(&txn, otp_row.id, now).await?;
        if used {
            residents::Entity::update_many()
                .col_expr(residents::Column::FailedLogins, Expr::value(0))
                .filter(residents::Column::Id.eq(resident.id))
                .exec(&txn)
                .await?;
            if let Some(previous) = previous {
                session::end(&txn, previous).await?;
            }
            let token = session::start(&txn, session::Holder::Resident(resident.id), rules, now).await?;
            let email = EmailAddress::parse(&resident.email).map_err(|e| DbErr::Custom(e.to_string()))?;
            let language = resident.language();
            let at = date_time_long_in(to_jst(now), language);
            mail::enqueue(&txn, &email, texts::login_notice(site, language, &resident.name, &at), now).await?;
            txn.commit().await?;
            return Ok(Some(token));
        }
    } else if let Some(otp_row) = &candidate {
        count_wrong(&txn, otp_row.id, rules, now).await?;
    }
    // A failure: counted towards the lock (atomically, then read back).
    residents::Entity::update_many()
        .col_expr(residents::Column::FailedLogins, Expr::col(residents::Column::FailedLogins).add(1))
        .filter(residents::Column::Id.eq(resident.id))
        .exec(&txn)
        .await?;
    let failed = residents::Entity::find_by_id(resident.id).one(&txn).await?.map_or(0, |r| r.failed_logins);
    if let (_, Some(until)) = rules.after_failure(failed - 1, now) {
        tracing::warn!(resident = resident.id, "logins locked after {} failures", rules.lock_after_failures);
        residents::Entity::update_many()
            .col_expr(residents::Column::FailedLogins, Expr::value(0))
            .col_expr(residents::Column::LoginLockedUntil, Expr::value(until))
            .filter(residents::Column::Id.eq(resident.id))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(None)
}

/// The resident is using `language` (asking for a password or a key, in
/// this request's language): their emails are written in it from now on
/// (`residents.language`). Written only when it changed.
pub(crate) async fn remember_language(txn: &impl ConnectionTrait, resident: &residents::Model, language: Language) -> Result<(), DbErr> {
    if resident.language != language.code() {
        residents::Entity::update_many()
            .col_expr(residents::Column::Language, Expr::value(language.code()))
            .filter(residents::Column::Id.eq(resident.id))
            .exec(txn)
            .await?;
    }
    Ok(())
}

/// Voids the resident's unused passwords of `purpose` (a newer one always
/// replaces the older) and stores the new one's hash.
pub(crate) async fn store_new_otp(
    txn: &impl ConnectionTrait,
    resident_id: i32,
    purpose: &str,
    new_email: Option<&str>,
    code_hash: String,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    otps::Entity::update_many()
        .col_expr(otps::Column::VoidedAt, Expr::value(now))
        .filter(otps::Column::ResidentId.eq(resident_id))
        .filter(otps::Column::Purpose.eq(purpose))
        .filter(otps::Column::UsedAt.is_null())
        .filter(otps::Column::VoidedAt.is_null())
        .exec(txn)
        .await?;
    otps::ActiveModel {
        resident_id: Set(resident_id),
        code_hash: Set(code_hash),
        created_at: Set(now),
        expires_at: Set(expires_at),
        wrong_attempts: Set(0),
        used_at: Set(None),
        voided_at: Set(None),
        purpose: Set(purpose.to_string()),
        new_email: Set(new_email.map(str::to_string)),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Every unused code of the resident (login, identity, email change) stops
/// working: they were sent to an address that is no longer theirs, or
/// asked for before the change.
pub(crate) async fn void_unused_codes(txn: &impl ConnectionTrait, resident_id: i32, now: DateTime<Utc>) -> Result<(), DbErr> {
    otps::Entity::update_many()
        .col_expr(otps::Column::VoidedAt, Expr::value(now))
        .filter(otps::Column::ResidentId.eq(resident_id))
        .filter(otps::Column::UsedAt.is_null())
        .filter(otps::Column::VoidedAt.is_null())
        .exec(txn)
        .await?;
    Ok(())
}

/// Uses a password if nobody has yet (conditional UPDATE): true for the one
/// request that did.
pub(crate) async fn use_once(txn: &impl ConnectionTrait, otp_id: i32, now: DateTime<Utc>) -> Result<bool, DbErr> {
    Ok(otps::Entity::update_many()
        .col_expr(otps::Column::UsedAt, Expr::value(now))
        .filter(otps::Column::Id.eq(otp_id))
        .filter(otps::Column::UsedAt.is_null())
        .filter(otps::Column::VoidedAt.is_null())
        .exec(txn)
        .await?
        .rows_affected
        == 1)
}

/// A wrong entry: counted (atomically), and the password voided at the limit.
pub(crate) async fn count_wrong(txn: &impl ConnectionTrait, otp_id: i32, rules: &LoginRules, now: DateTime<Utc>) -> Result<(), DbErr> {
    otps::Entity::update_many()
        .col_expr(otps::Column::WrongAttempts, Expr::col(otps::Column::WrongAttempts).add(1))
        .filter(otps::Column::Id.eq(otp_id))
        .exec(txn)
        .await?;
    otps::Entity::update_many()
        .col_expr(otps::Column::VoidedAt, Expr::value(now))
        .filter(otps::Column::Id.eq(otp_id))
        .filter(otps::Column::VoidedAt.is_null())
        .filter(otps::Column::WrongAttempts.gte(rules.otp_max_wrong))
        .exec(txn)
        .await?;
    Ok(())
}

pub async fn save_otp_draft(db: &DatabaseConnection, draft_id: &str, input: OtpRequestInput, owner: &Browser, now: DateTime<Utc>) -> Result<String, DbErr> {
    let input = OtpRequestInput { user_key: drafts::clip(&input.user_key), email: drafts::clip(&input.email) };
    drafts::save(db, Some(draft_id).filter(|id| !id.is_empty()), KIND_OTP_REQUEST, &input, owner, now).await
}

pub async fn load_otp_draft(
    db: &DatabaseConnection,
    rules: &LoginRules,
    draft_id: &str,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<Option<OtpDraft>, DbErr> {
    Ok(drafts::load::<OtpRequestInput>(db, draft_id, KIND_OTP_REQUEST, owner, now).await?.map(|d| OtpDraft {
        draft_id: d.row.id,
        errors: d.payload.validate().err().unwrap_or_default(),
        input: d.payload,
        facts: facts(rules),
    }))
}

pub async fn save_login_draft(
    db: &DatabaseConnection,
    draft_id: Option<&str>,
    draft: &LoginDraft,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
    drafts::save(db, draft_id.filter(|id| !id.is_empty()), KIND_LOGIN, draft, owner, now).await
}

pub async fn load_login_view(
    db: &DatabaseConnection,
    rules: &LoginRules,
    draft_id: &str,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<Option<LoginView>, DbErr> {
    Ok(drafts::load::<LoginDraft>(db, draft_id, KIND_LOGIN, owner, now)
        .await?
        .map(|d| LoginView { draft_id: d.row.id, draft: d.payload, facts: facts(rules) }))
}

/// The session token on the request being served.
pub fn request_session_token(site: &SiteSettings) -> Option<String> {
    request_token(site, session::Kind::Resident)
}

/// The token of the `kind` session cookie on the request being served.
pub fn request_token(site: &SiteSettings, kind: session::Kind) -> Option<String> {
    use_context::<http::request::Parts>().and_then(|parts| session::token_from(&parts.headers, site, kind))
}

pub use crate::session::set_response_cookie;

/// The logged-in resident of the request being served, if any.
pub async fn current_resident(state: &AppState) -> Result<Option<residents::Model>, DbErr> {
    let Some(token) = request_session_token(&state.site) else { return Ok(None) };
    let Some(id) = session::resident_of(&state.db, &token, &state.rules, state.clock.now()).await? else {
        return Ok(None);
    };
    residents::Entity::find_by_id(id).one(&state.db).await
}

/// The logged-in resident, or 401 (予約の確認・変更・キャンセル, email change).
pub async fn require_resident() -> Result<(AppState, residents::Model), AppError> {
    use crate::error::fail;
    use crate::state::app_state;
    let state = app_state()?;
    match current_resident(&state).await? {
        Some(resident) => Ok((state, resident)),
        None => Err(fail(AppError::LoginRequired)),
    }
}

/// Deletes what the throttles no longer look at (the hourly housekeeping).
pub async fn purge_old_requests(db: &impl ConnectionTrait, rules: &LoginRules, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let horizon = rules.throttle_horizon().max(chrono::Duration::days(1));
    Ok(request_log::Entity::delete_many().filter(request_log::Column::CreatedAt.lt(now - horizon)).exec(db).await?.rows_affected)
}
