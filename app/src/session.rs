//! Resident sessions. The cookie carries 256 random bits; the database
//! keeps only their SHA-256, so every server instance can check a session
//! and a copy of the database logs nobody in. A session ends after
//! `session_idle` without a request, `session_max` after login, or at
//! ログアウト; a login always starts a new one.
use crate::db::sessions;
use crate::login::rules::LoginRules;
use crate::state::SiteSettings;
use chrono::{DateTime, Duration, Utc};
use cookie::{Cookie, SameSite};
use rand::Rng;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};

/// The cookie's name over plain HTTP (a test or an intranet trial).
pub const COOKIE: &str = "eyoyaku_session";
/// Over HTTPS: the `__Host-` prefix makes browsers refuse it unless it is
/// Secure, for this host only, and for the whole site.
pub const COOKIE_HTTPS: &str = "__Host-eyoyaku_session";

/// Last-seen times are written at most this often, not on every request.
const TOUCH_EVERY: Duration = Duration::seconds(60);

pub fn cookie_name(site: &SiteSettings) -> &'static str {
    if site.is_https() { COOKIE_HTTPS } else { COOKIE }
}

pub fn sha256_hex(input: &str) -> String {
    format!("{:x}", Sha256::digest(input.as_bytes()))
}

fn new_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn well_formed(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The `Set-Cookie` value that hands `token` to the browser. No expiry:
/// it goes when the browser closes, and the server ends it sooner.
pub fn set_cookie(site: &SiteSettings, token: &str) -> String {
    Cookie::build((cookie_name(site), token.to_string()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(site.is_https())
        .build()
        .to_string()
}

/// The `Set-Cookie` value that removes the cookie.
pub fn clear_cookie(site: &SiteSettings) -> String {
    Cookie::build((cookie_name(site), ""))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(site.is_https())
        .max_age(cookie::time::Duration::ZERO)
        .build()
        .to_string()
}

/// The session token a request carries, if any.
pub fn token_from(headers: &http::HeaderMap, site: &SiteSettings) -> Option<String> {
    let name = cookie_name(site);
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
pub async fn start(db: &impl ConnectionTrait, resident_id: i32, rules: &LoginRules, now: DateTime<Utc>) -> Result<String, DbErr> {
    let token = new_token();
    sessions::ActiveModel {
        id_hash: Set(sha256_hex(&token)),
        resident_id: Set(resident_id),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(now + rules.session_max),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The resident a live session belongs to; refreshes its idle timer.
pub async fn resident_of(db: &impl ConnectionTrait, token: &str, rules: &LoginRules, now: DateTime<Utc>) -> Result<Option<i32>, DbErr> {
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
    Ok(Some(session.resident_id))
}

/// ログアウト: the session is gone from the server, whatever the browser keeps.
pub async fn end(db: &impl ConnectionTrait, token: &str) -> Result<(), DbErr> {
    if well_formed(token) {
        sessions::Entity::delete_by_id(sha256_hex(token)).exec(db).await?;
    }
    Ok(())
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
        let https = set_cookie(&site("https://yoyaku.example.lg.jp"), "ab");
        assert!(https.starts_with("__Host-eyoyaku_session=ab"), "{https}");
        for part in ["HttpOnly", "SameSite=Lax", "Secure", "Path=/"] {
            assert!(https.contains(part), "{https} lacks {part}");
        }
        let http = set_cookie(&site("http://127.0.0.1:3000"), "ab");
        assert!(http.starts_with("eyoyaku_session=ab") && !http.contains("Secure"), "{http}");
        assert!(clear_cookie(&site("http://x")).contains("Max-Age=0"));
    }

    #[test]
    fn only_a_well_formed_token_of_our_cookie_is_read() {
        let site = site("http://127.0.0.1:3000");
        let token = new_token();
        let mut headers = http::HeaderMap::new();
        headers.insert(http::header::COOKIE, format!("other=1; eyoyaku_session={token}").parse().unwrap());
        assert_eq!(token_from(&headers, &site), Some(token));
        headers.insert(http::header::COOKIE, "eyoyaku_session=guess".parse().unwrap());
        assert_eq!(token_from(&headers, &site), None);
    }
}
