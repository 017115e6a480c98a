//! Resident sessions. The cookie carries 256 random bits; the database
//! keeps only their SHA-256, so every server instance can check a session
//! and a copy of the database logs nobody in. A session ends after
//! `session_idle` without a request, `session_max` after login, or at
//! ログアウト; a login always starts a new one.
use crate::db::sessions;
use crate::login::rules::LoginRules;
use crate::site::SiteSettings;
use chrono::{DateTime, Duration, Utc};
use cookie::{Cookie, SameSite};
use rand::Rng;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};

/// Whose session: residents and staff have their own cookies, so a
/// resident's session can never be taken for a staff member's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Resident,
    Staff,
}

/// Who a live session belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holder {
    Resident(i32),
    Staff(i32),
}

impl Holder {
    fn kind(self) -> Kind {
        match self {
            Holder::Resident(_) => Kind::Resident,
            Holder::Staff(_) => Kind::Staff,
        }
    }
}

/// Last-seen times are written at most this often, not on every request.
const TOUCH_EVERY: Duration = Duration::seconds(60);

/// Over plain HTTP (a test or an intranet trial) `eyoyaku_session` /
/// `eyoyaku_staff`; over HTTPS `__Host-` prefixed, which browsers refuse
/// unless the cookie is Secure, for this host only and for the whole site.
pub fn cookie_name(site: &SiteSettings, kind: Kind) -> &'static str {
    match (kind, site.is_https()) {
        (Kind::Resident, false) => "eyoyaku_session",
        (Kind::Resident, true) => "__Host-eyoyaku_session",
        (Kind::Staff, false) => "eyoyaku_staff",
        (Kind::Staff, true) => "__Host-eyoyaku_staff",
    }
}

pub fn sha256_hex(input: &str) -> String {
    format!("{:x}", Sha256::digest(input.as_bytes()))
}

/// 256 random bits as 64 hex digits: a session's token, a browser's.
pub(crate) fn new_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(crate) fn well_formed(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The `Set-Cookie` value that hands `token` to the browser. No expiry:
/// it goes when the browser closes, and the server ends it sooner.
pub fn set_cookie(site: &SiteSettings, kind: Kind, token: &str) -> String {
    browser_session_cookie(site, cookie_name(site, kind), token)
}

/// A cookie for this site only, hidden from scripts, not sent from other
/// sites' forms, Secure on https, gone when the browser closes.
pub(crate) fn browser_session_cookie(site: &SiteSettings, name: &'static str, value: &str) -> String {
    Cookie::build((name, value.to_string()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(site.is_https())
        .build()
        .to_string()
}

/// Adds a `Set-Cookie` to the answer of the request being served.
pub fn set_response_cookie(value: &str) {
    use leptos::prelude::use_context;
    if let (Some(response), Ok(value)) = (use_context::<leptos_axum::ResponseOptions>(), http::HeaderValue::from_str(value)) {
        response.append_header(http::header::SET_COOKIE, value);
    }
}

/// The `Set-Cookie` value that removes the cookie.
pub fn clear_cookie(site: &SiteSettings, kind: Kind) -> String {
    Cookie::build((cookie_name(site, kind), ""))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(site.is_https())
        .max_age(cookie::time::Duration::ZERO)
        .build()
        .to_string()
}

/// The session token a request carries, if any.
pub fn token_from(headers: &http::HeaderMap, site: &SiteSettings, kind: Kind) -> Option<String> {
    token_in(headers, cookie_name(site, kind))
}

/// The well-formed token of the cookie `name` a request carries, if any.
pub(crate) fn token_in(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| Cookie::split_parse(v).filter_map(Result::ok).collect::<Vec<_>>())
        .find(|c| c.name() == name)
        .map(|c| c.value().to_string())
        .filter(|t| well_formed(t))
}

/// Starts a session; returns the token for the cookie.
pub async fn start(db: &impl ConnectionTrait, holder: Holder, rules: &LoginRules, now: DateTime<Utc>) -> Result<String, DbErr> {
    let token = new_token();
    let (resident_id, staff_id) = match holder {
        Holder::Resident(id) => (Some(id), None),
        Holder::Staff(id) => (None, Some(id)),
    };
    sessions::ActiveModel {
        id_hash: Set(sha256_hex(&token)),
        resident_id: Set(resident_id),
        staff_id: Set(staff_id),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(now + rules.session_max),
        identity_checked_at: Set(None),
    }
    .insert(db)
    .await?;
    // A login is activity: the retention period starts again
    // (`crate::own_data::ssr::sweep`).
    if let Some(id) = resident_id {
        crate::db::residents::Entity::update_many()
            .col_expr(crate::db::residents::Column::LastLoginAt, sea_orm::sea_query::Expr::value(now))
            .filter(crate::db::residents::Column::Id.eq(id))
            .exec(db)
            .await?;
    }
    Ok(token)
}

/// The resident a live session of theirs belongs to.
pub async fn resident_of(db: &impl ConnectionTrait, token: &str, rules: &LoginRules, now: DateTime<Utc>) -> Result<Option<i32>, DbErr> {
    Ok(match holder_of(db, token, Kind::Resident, rules, now).await? {
        Some(Holder::Resident(id)) => Some(id),
        _ => None,
    })
}

/// The staff member a live staff session belongs to.
pub async fn staff_of(db: &impl ConnectionTrait, token: &str, rules: &LoginRules, now: DateTime<Utc>) -> Result<Option<i32>, DbErr> {
    Ok(match holder_of(db, token, Kind::Staff, rules, now).await? {
        Some(Holder::Staff(id)) => Some(id),
        _ => None,
    })
}

/// Who a live session of `kind` belongs to; refreshes its idle timer.
async fn holder_of(db: &impl ConnectionTrait, token: &str, kind: Kind, rules: &LoginRules, now: DateTime<Utc>) -> Result<Option<Holder>, DbErr> {
    if !well_formed(token) {
        return Ok(None);
    }
    let id_hash = sha256_hex(token);
    let Some(session) = sessions::Entity::find_by_id(id_hash.clone()).one(db).await? else {
        return Ok(None);
    };
    if !rules.session_alive(session.last_seen_at, session.expires_at, now) {
        sessions::Entity::delete_by_id(id_hash).exec(db).await?;
        return Ok(None);
    }
    if now - session.last_seen_at >= TOUCH_EVERY {
        sessions::Entity::update_many()
            .col_expr(sessions::Column::LastSeenAt, Expr::value(now))
            .filter(sessions::Column::IdHash.eq(id_hash))
            .exec(db)
            .await?;
    }
    let holder = match (session.resident_id, session.staff_id) {
        (Some(id), None) => Holder::Resident(id),
        (None, Some(id)) => Holder::Staff(id),
        _ => return Ok(None),
    };
    Ok((holder.kind() == kind).then_some(holder))
}

/// ログアウト: the session is gone from the server, whatever the browser keeps.
pub async fn end(db: &impl ConnectionTrait, token: &str) -> Result<(), DbErr> {
    if well_formed(token) {
        sessions::Entity::delete_by_id(sha256_hex(token)).exec(db).await?;
    }
    Ok(())
}

/// 本人確認: the holder of this session has just entered a code sent to
/// their current address.
pub async fn mark_identity_checked(db: &impl ConnectionTrait, token: &str, at: Option<DateTime<Utc>>) -> Result<(), DbErr> {
    if well_formed(token) {
        sessions::Entity::update_many()
            .col_expr(sessions::Column::IdentityCheckedAt, Expr::value(at))
            .filter(sessions::Column::IdHash.eq(sha256_hex(token)))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Whether this session's holder proved themselves (本人確認) after `since`.
pub async fn identity_checked_since(db: &impl ConnectionTrait, token: &str, since: DateTime<Utc>) -> Result<bool, DbErr> {
    if !well_formed(token) {
        return Ok(false);
    }
    Ok(sessions::Entity::find_by_id(sha256_hex(token))
        .one(db)
        .await?
        .and_then(|s| s.identity_checked_at)
        .is_some_and(|at| at > since))
}

/// Ends every session of a resident but `keep` (the one making the change):
/// after an email change, and all of them when it is undone.
pub async fn end_all_of_resident(db: &impl ConnectionTrait, resident_id: i32, keep: Option<&str>) -> Result<u64, DbErr> {
    let mut delete = sessions::Entity::delete_many().filter(sessions::Column::ResidentId.eq(resident_id));
    if let Some(keep) = keep {
        delete = delete.filter(sessions::Column::IdHash.ne(sha256_hex(keep)));
    }
    Ok(delete.exec(db).await?.rows_affected)
}

/// Deletes sessions that can no longer be used (the hourly housekeeping).
pub async fn purge_expired(db: &impl ConnectionTrait, rules: &LoginRules, now: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(sessions::Entity::delete_many()
        .filter(
            sea_orm::Condition::any()
                .add(sessions::Column::ExpiresAt.lte(now))
                .add(sessions::Column::LastSeenAt.lte(now - rules.session_idle)),
        )
        .exec(db)
        .await?
        .rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(base_url: &str) -> SiteSettings {
        SiteSettings { base_url: base_url.into(), ..SiteSettings::example() }
    }

    #[test]
    fn https_sites_get_a_host_prefixed_secure_cookie() {
        let https = set_cookie(&site("https://yoyaku.example.lg.jp"), Kind::Resident, "ab");
        assert!(https.starts_with("__Host-eyoyaku_session=ab"), "{https}");
        for part in ["HttpOnly", "SameSite=Lax", "Secure", "Path=/"] {
            assert!(https.contains(part), "{https} lacks {part}");
        }
        let http = set_cookie(&site("http://127.0.0.1:3000"), Kind::Resident, "ab");
        assert!(http.starts_with("eyoyaku_session=ab") && !http.contains("Secure"), "{http}");
        assert!(clear_cookie(&site("http://x"), Kind::Resident).contains("Max-Age=0"));
        assert!(set_cookie(&site("https://x"), Kind::Staff, "ab").starts_with("__Host-eyoyaku_staff=ab"));
    }

    #[test]
    fn only_a_well_formed_token_of_our_cookie_is_read() {
        let site = site("http://127.0.0.1:3000");
        let token = new_token();
        let mut headers = http::HeaderMap::new();
        headers.insert(http::header::COOKIE, format!("other=1; eyoyaku_session={token}").parse().unwrap());
        assert_eq!(token_from(&headers, &site, Kind::Resident), Some(token));
        assert_eq!(token_from(&headers, &site, Kind::Staff), None, "a resident's cookie is not a staff cookie");
        headers.insert(http::header::COOKIE, "eyoyaku_session=guess".parse().unwrap());
        assert_eq!(token_from(&headers, &site, Kind::Resident), None);
    }
}
