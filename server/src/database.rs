//! Connecting, migrating, housekeeping.
use crate::config::Config;
use anyhow::{Context, Result};
use app::clock::Clock;
use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection};
use secrecy::ExposeSecret;
use std::time::Duration;
use std::sync::Arc;
use app::login::rules::LoginRules;

pub async fn connect(config: &Config) -> Result<DatabaseConnection> {
    let url = config.database_url.expose_secret();
    if url.starts_with("sqlite:") {
        std::fs::create_dir_all(&config.data_dir)
            .with_context(|| format!("データフォルダ {} を作成できませんでした", config.data_dir.display()))?;
    }
    let mut options = ConnectOptions::new(url.to_string());
    options
        .max_connections(config.db_max_connections)
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false)
        // WAL lets pages read while a booking writes; FULL keeps the last
        // confirmed booking through a power cut; the busy timeout makes a
        // writer wait for the one write lock instead of failing.
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .busy_timeout(Duration::from_secs(15))
                .foreign_keys(true)
                .create_if_missing(true)
        });
    Database::connect(options).await.context("データベースに接続できませんでした (DATABASE_URL を確認してください)")
}

/// Applies pending migrations; an error stops the server before it serves.
pub async fn migrate(db: &DatabaseConnection) -> Result<()> {
    Migrator::up(db, None).await.context("データベースの移行（マイグレーション）に失敗しました。サーバーを起動しません")
}

/// Deletes what has expired: form drafts, sessions, throttle records, and
/// the digits of one-time passwords that were never sent in time.
pub async fn housekeeping_hourly(db: DatabaseConnection, rules: Arc<LoginRules>, clock: Clock) {
    let mut tick = tokio::time::interval(Duration::from_secs(3600));
    loop {
        tick.tick().await;
        if let Err(error) = housekeeping(&db, &rules, clock.now()).await {
            tracing::warn!(%error, "housekeeping failed; will try again in an hour");
        }
    }
}

pub async fn housekeeping(db: &DatabaseConnection, rules: &LoginRules, now: chrono::DateTime<chrono::Utc>) -> Result<(), sea_orm::DbErr> {
    let drafts = app::drafts::purge_expired(db, now).await?;
    let sessions = app::session::purge_expired(db, rules, now).await?;
    let requests = app::login::ssr::purge_old_requests(db, rules, now).await?;
    let mails = crate::mailer::discard_expired(db, now).await?;
    if drafts + sessions + requests + mails > 0 {
        tracing::info!(drafts, sessions, requests, mails, "housekeeping: expired records removed");
    }
    Ok(())
}
