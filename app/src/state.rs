//! What server functions need from the running server, handed to them as
//! Leptos context. Plain functions take the pieces as arguments instead.
use crate::error::{AppError, fail};
use crate::login::rules::LoginRules;
use leptos::prelude::*;
use sea_orm::DatabaseConnection;
use std::sync::Arc;

use crate::clock::Clock;
use crate::site::SiteSettings;

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
    /// The server's waiting room, as the staff console shows it.
    pub line: Arc<dyn Line>,
    /// Where mail is written when there is no SMTP server (`data/mail`):
    /// an erased resident's emails are removed from it too.
    pub mail_folder: Option<std::path::PathBuf>,
}

/// What the waiting room knows now (`server/src/waiting_room/`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LineStatus {
    /// Visitors holding a ticket, not yet let in.
    pub waiting: u64,
    /// Requests being answered on this server now.
    pub in_flight: usize,
    /// Requests in flight beyond which new visitors wait.
    pub capacity: usize,
    /// Tickets let in since the line began (on PostgreSQL: by every server).
    pub admitted: u64,
}

/// The waiting room as the app sees it: implemented by the server.
pub trait Line: Send + Sync {
    fn status(&self) -> LineStatus;
}

/// The address a request came from, put on each request by the server
/// (from the connection, or from `X-Forwarded-For` behind a trusted proxy).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddr(pub std::net::IpAddr);

/// The client address of the request being served, if known.
pub fn client_addr() -> Option<std::net::IpAddr> {
    use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<ClientAddr>().map(|c| c.0))
}

/// The server's state inside a server function.
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        fail(AppError::internal(std::io::Error::other("AppState missing from the Leptos context")))
    })
}

/// Answers that must not tell, by how long they take, whether a key or an
/// address is registered (the real work differs by a few milliseconds of
/// database writes) are held back until this long after the request began.
pub const EVEN_ANSWER: std::time::Duration = std::time::Duration::from_millis(150);

/// Waits until `EVEN_ANSWER` has passed since `started`.
pub async fn even_out(started: tokio::time::Instant) {
    tokio::time::sleep_until(started + EVEN_ANSWER).await;
}
