//! What server functions need from the running server, handed to them as
//! Leptos context. Plain functions take the pieces as arguments instead.
use crate::error::AppError;
use crate::login::rules::LoginRules;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use leptos::prelude::*;
use sea_orm::DatabaseConnection;
use std::sync::{Arc, Mutex};

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub clock: Clock,
    pub site: Arc<SiteSettings>,
    /// Woken when a transaction has put mail in the outbox, so the worker
    /// sends it at once rather than at its next poll.
    pub outbox_signal: Arc<tokio::sync::Notify>,
    /// One-time passwords, locks, throttles, session lengths.
    pub rules: Arc<LoginRules>,
}

/// The address a request came from, put on each request by the server
/// (from the connection, or from `X-Forwarded-For` behind a trusted proxy).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddr(pub std::net::IpAddr);

/// The client address of the request being served, if known.
pub fn client_addr() -> Option<std::net::IpAddr> {
    use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<ClientAddr>().map(|c| c.0))
}

/// What the city configures about itself (see the README's table).
#[derive(Clone, Debug)]
pub struct SiteSettings {
    /// `https://yoyaku.city.example.lg.jp`, no trailing slash: for links in emails.
    pub base_url: String,
    /// The From header, e.g. `いみずe-予約システム <noreply@yoyaku.city.imizu.lg.jp>`.
    pub mail_from: String,
    /// The bare sending address, shown on the 「メールが届かない場合」 page.
    pub mail_from_address: String,
    pub contact_name: String,
    pub contact_phone: String,
    pub contact_hours: String,
}

impl SiteSettings {
    pub fn mail_from_domain(&self) -> &str {
        self.mail_from_address.rsplit_once('@').map(|(_, d)| d).unwrap_or("")
    }

    pub fn is_https(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// Settings for tests and examples.
    pub fn example() -> Self {
        Self {
            base_url: "https://yoyaku.example.lg.jp".into(),
            mail_from: "いみずe-予約システム <noreply@yoyaku.example.lg.jp>".into(),
            mail_from_address: "noreply@yoyaku.example.lg.jp".into(),
            contact_name: "射水市 保健センター".into(),
            contact_phone: "0766-52-7070".into(),
            contact_hours: "平日 8:30〜17:15".into(),
        }
    }

    pub fn contact_line(&self) -> String {
        format!("{}　電話 {}（{}）", self.contact_name, self.contact_phone, self.contact_hours)
    }
}

/// The time, read through one door so tests can move it.
#[derive(Clone, Default)]
pub enum Clock {
    #[default]
    System,
    Manual(Arc<Mutex<DateTime<Utc>>>),
}

impl Clock {
    pub fn manual(at: DateTime<Utc>) -> Self {
        Clock::Manual(Arc::new(Mutex::new(at)))
    }

    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Manual(at) => *at.lock().unwrap_or_else(|p| p.into_inner()),
        }
    }

    pub fn set(&self, to: DateTime<Utc>) {
        if let Clock::Manual(at) = self {
            *at.lock().unwrap_or_else(|p| p.into_inner()) = to;
        }
    }

    pub fn now_jst(&self) -> NaiveDateTime {
        crate::time::to_jst(self.now())
    }

    pub fn today_jst(&self) -> NaiveDate {
        self.now_jst().date()
    }
}

/// The server's state inside a server function.
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        fail(AppError::Internal)
    })
}

/// Marks the response of a server function with the error's status.
/// A plain form post (no JavaScript) must keep the redirect back to its
/// page that the framework sets, so only fetch calls get the 4xx/5xx.
pub fn set_error_status(error: &AppError) {
    let (Some(parts), Some(response)) = (
        use_context::<http::request::Parts>(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    let form_post = parts
        .headers
        .get(http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"));
    if !form_post {
        if let Ok(status) = http::StatusCode::from_u16(error.status()) {
            response.set_status(status);
        }
    }
}

/// Returns `error` after setting the response status for it.
pub fn fail(error: AppError) -> AppError {
    set_error_status(&error);
    error
}

/// Logs the cause of an unexpected failure and hides it from the resident.
pub fn internal(cause: impl std::fmt::Display) -> AppError {
    tracing::error!(%cause, "internal error");
    fail(AppError::Internal)
}

/// Sets the status of a page being rendered (e.g. 404 for a missing draft).
pub fn set_page_status(status: u16) {
    if let (Some(response), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(status),
    ) {
        response.set_status(status);
    }
}

/// Answers that must not tell, by how long they take, whether a key or an
/// address is registered (the real work differs by a few milliseconds of
/// database writes) are held back until this long after the request began.
pub const EVEN_ANSWER: std::time::Duration = std::time::Duration::from_millis(150);

/// Waits until `EVEN_ANSWER` has passed since `started`.
pub async fn even_out(started: tokio::time::Instant) {
    tokio::time::sleep_until(started + EVEN_ANSWER).await;
}
