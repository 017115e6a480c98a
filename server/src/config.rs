//! All configuration, from environment variables (and `.env` when present).
//! Every variable has a default that runs on an empty machine: a SQLite
//! file under `data/`, emails written to `data/mail/`. See README.md.
use anyhow::{Context, Result, bail};
use secrecy::SecretString;
use std::net::SocketAddr;
use std::path::PathBuf;
use app::login::rules::{Limit, LoginRules};

#[derive(Debug)]
pub struct Config {
    /// `sqlite://data/e-yoyaku.db?mode=rwc` or `postgres://user:pass@host/db`.
    pub database_url: SecretString,
    /// Where the SQLite file (by default) and written emails go.
    pub data_dir: PathBuf,
    /// `smtp://host:port`, `smtps://user:pass@host:465`, … (lettre's URL form).
    /// Unset: emails are written as .eml files under `data_dir/mail`.
    pub smtp_url: Option<SecretString>,
    /// The one mail relay plain (unencrypted) SMTP may go to, inside the
    /// city's network (`SMTP_PLAIN_RELAY`); otherwise only this machine.
    pub smtp_plain_relay: Option<String>,
    /// Folder mode: .eml files older than this are deleted (7 days).
    pub mail_folder_keep: std::time::Duration,
    /// On SIGTERM: how long requests in flight may take to finish (20 s).
    pub shutdown_grace: std::time::Duration,
    pub mail_from: String,
    pub base_url: String,
    pub demo_data: bool,
    pub site_addr: SocketAddr,
    pub site_root: String,
    pub contact_name: String,
    pub contact_phone: String,
    pub contact_hours: String,
    /// Database pool size per server process.
    pub db_max_connections: u32,
    /// One-time passwords, locks, throttles and sessions (README, 「ログインの規則」).
    pub login_rules: LoginRules,
    /// Behind a reverse proxy: take the client address from the last
    /// `X-Forwarded-For` entry (the one the proxy added) instead of the
    /// connection, for the per-client throttle. Never set it without a proxy
    /// that overwrites the header, or clients could pick their own address.
    pub trust_proxy_headers: bool,
    /// SQLite only: run every write transaction on one dedicated connection
    /// (default). `SQLITE_ONE_WRITER=0` lets the pool's connections race for
    /// the file lock instead; it exists to measure the difference
    /// (docs/PERFORMANCE.md), not for production.
    pub sqlite_one_writer: bool,
    /// How long the public pages are kept for visitors not logged in
    /// (`PAGE_CACHE_MS`, default 1000; 0 turns it off). page_cache.rs.
    pub page_cache: std::time::Duration,
    /// 待合室: capacity and pass length (README, 「待合室」).
    pub waiting_room: crate::waiting_room::Settings,
    /// 公平な利用: per-client and per-address limits (README, 「公平な利用」).
    pub fair_use: app::fair_use::FairUseRules,
    /// Where Prometheus scrapes `/metrics` (`METRICS_ADDR`, default
    /// 127.0.0.1:9464; `off` for none). Never the public port.
    pub metrics_addr: Option<SocketAddr>,
    /// The retention period: a resident's personal data is erased after
    /// this many days without activity (`RESIDENT_RETENTION_DAYS`, default
    /// 1095, three years; 0 keeps it). README, 「登録情報と削除」.
    pub resident_retention_days: u32,
}

fn number<T: std::str::FromStr>(name: &str, default: T) -> Result<T> {
    match var(name) {
        None => Ok(default),
        Some(v) => v.parse().ok().with_context(|| format!("{name} must be a whole number, not {v:?}")),
    }
}

fn positive(name: &str, default: i64) -> Result<i64> {
    let n: i64 = number(name, default)?;
    if n < 1 {
        bail!("{name} must be 1 or more, not {n}");
    }
    Ok(n)
}

/// The login rules from the environment; each default is the product's rule.
pub fn login_rules_from_env() -> Result<LoginRules> {
    use chrono::Duration;
    Ok(LoginRules {
        otp_valid: Duration::minutes(positive("OTP_VALID_MINUTES", 60)?),
        otp_max_wrong: positive("OTP_MAX_WRONG", 5)? as i32,
        lock_after_failures: positive("LOGIN_LOCK_AFTER_FAILURES", 100)? as i32,
        lock_for: Duration::hours(positive("LOGIN_LOCK_HOURS", 24)?),
        otp_per_key: vec![
            Limit::new(positive("OTP_PER_KEY_PER_MINUTE", 1)? as u32, Duration::minutes(1)),
            Limit::new(positive("OTP_PER_KEY_PER_HOUR", 5)? as u32, Duration::hours(1)),
        ],
        otp_per_client: vec![Limit::new(positive("OTP_PER_CLIENT_PER_HOUR", 50)? as u32, Duration::hours(1))],
        session_idle: Duration::minutes(positive("SESSION_IDLE_MINUTES", 30)?),
        session_max: Duration::hours(positive("SESSION_MAX_HOURS", 12)?),
        identity_fresh_for: Duration::minutes(positive("IDENTITY_CHECK_MINUTES", 30)?),
        staff_lock_after_failures: positive("STAFF_LOCK_AFTER_FAILURES", 10)? as i32,
        staff_lock_for: Duration::minutes(positive("STAFF_LOCK_MINUTES", 30)?),
    })
}

/// 公平な利用 from the environment; 0 turns a limit off.
pub fn fair_use_from_env() -> Result<app::fair_use::FairUseRules> {
    let default = app::fair_use::FairUseRules::default();
    Ok(app::fair_use::FairUseRules {
        drafts_per_client_per_hour: number("FAIR_USE_DRAFTS_PER_HOUR", default.drafts_per_client_per_hour)?,
        submits_per_client_per_hour: number("FAIR_USE_SUBMITS_PER_HOUR", default.submits_per_client_per_hour)?,
        reservations_per_address_per_day: number(
            "RESERVATIONS_PER_ADDRESS_PER_DAY",
            default.reservations_per_address_per_day,
        )?,
        logins_per_client_per_hour: number("LOGIN_PER_CLIENT_PER_HOUR", default.logins_per_client_per_hour)?,
        staff_logins_per_client_per_hour: number(
            "STAFF_LOGIN_PER_CLIENT_PER_HOUR",
            default.staff_logins_per_client_per_hour,
        )?,
    })
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

fn flag(name: &str) -> Result<bool> {
    match var(name).as_deref() {
        None | Some("0") | Some("false") | Some("no") => Ok(false),
        Some("1") | Some("true") | Some("yes") => Ok(true),
        Some(other) => bail!("{name} must be 1 or 0, not {other:?}"),
    }
}

impl Config {
    pub fn from_env() -> Result<Self> {
        // A missing .env is normal; a broken one is not.
        match dotenvy::dotenv() {
            Ok(_) => {}
            Err(e) if e.not_found() => {}
            Err(e) => return Err(e).context(".env could not be read"),
        }
        let data_dir = PathBuf::from(var("DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = var("DATABASE_URL")
            .unwrap_or_else(|| format!("sqlite://{}/e-yoyaku.db?mode=rwc", data_dir.display()));
        let site_addr: SocketAddr = var("LEPTOS_SITE_ADDR")
            .unwrap_or_else(|| "127.0.0.1:3000".into())
            .parse()
            .context("LEPTOS_SITE_ADDR must look like 127.0.0.1:3000")?;
        let base_url = var("APP_BASE_URL")
            .unwrap_or_else(|| format!("http://{site_addr}"))
            .trim_end_matches('/')
            .to_string();
        let secure_cookies = base_url.starts_with("https://");
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            bail!("APP_BASE_URL must start with http:// or https://");
        }
        Ok(Self {
            database_url: database_url.into(),
            data_dir,
            smtp_url: var("SMTP_URL").map(Into::into),
            smtp_plain_relay: var("SMTP_PLAIN_RELAY"),
            mail_folder_keep: std::time::Duration::from_secs(86_400 * positive("MAIL_FOLDER_KEEP_DAYS", 7)? as u64),
            shutdown_grace: std::time::Duration::from_secs(positive("SHUTDOWN_GRACE_SECONDS", 20)? as u64),
            mail_from: var("MAIL_FROM").unwrap_or_else(|| "いみずe-予約システム <noreply@yoyaku.example.lg.jp>".into()),
            base_url,
            demo_data: flag("DEMO_DATA")?,
            site_addr,
            site_root: var("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".into()),
            contact_name: var("CONTACT_NAME").unwrap_or_else(|| "射水市 保健センター".into()),
            contact_phone: var("CONTACT_PHONE").unwrap_or_else(|| "0766-52-7070".into()),
            contact_hours: var("CONTACT_HOURS").unwrap_or_else(|| "平日 8:30〜17:15".into()),
            db_max_connections: var("DB_MAX_CONNECTIONS")
                .map(|v| v.parse().context("DB_MAX_CONNECTIONS must be a number"))
                .transpose()?
                .unwrap_or(10),
            login_rules: login_rules_from_env()?,
            trust_proxy_headers: flag("TRUST_PROXY_HEADERS")?,
            sqlite_one_writer: var("SQLITE_ONE_WRITER").is_none() || flag("SQLITE_ONE_WRITER")?,
            page_cache: std::time::Duration::from_millis(number("PAGE_CACHE_MS", 1000u64)?),
            waiting_room: crate::waiting_room::Settings {
                max_in_flight: number("WAITING_ROOM_MAX_IN_FLIGHT", 64usize)?,
                pass_for: std::time::Duration::from_secs(60 * positive("WAITING_ROOM_PASS_MINUTES", 120)? as u64),
                secure_cookies,
            },
            fair_use: fair_use_from_env()?,
            metrics_addr: match var("METRICS_ADDR").as_deref() {
                Some("off") | Some("0") => None,
                Some(addr) => Some(addr.parse().with_context(|| format!("METRICS_ADDR must look like 127.0.0.1:9464 or be off, not {addr:?}"))?),
                None => Some(SocketAddr::from(([127, 0, 0, 1], 9464))),
            },
            resident_retention_days: number("RESIDENT_RETENTION_DAYS", 1095u32)?,
        })
    }
}
