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
        crate::files::private_dir(&config.data_dir)
            .with_context(|| format!("データフォルダ {} を用意できませんでした", config.data_dir.display()))?;
    }
    let sqlite = url.starts_with("sqlite:");
    let options = |pool_size: u32, acquire_timeout: Duration| {
        let mut options = ConnectOptions::new(url.to_string());
        options
            .max_connections(pool_size)
            .acquire_timeout(acquire_timeout)
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
        options
    };
    let db = Database::connect(options(config.db_max_connections, Duration::from_secs(10)))
        .await
        .context("データベースに接続できませんでした (DATABASE_URL を確認してください)")?;
    if sqlite && config.sqlite_one_writer {
        // Every write transaction on one connection, in turn (app::db::begin_write):
        // a rush queues in memory instead of polling SQLite's file lock. The
        // queue can be long on an opening morning, hence the longer wait.
        let writer = Database::connect(options(1, Duration::from_secs(30)))
            .await
            .context("データベースに接続できませんでした (DATABASE_URL を確認してください)")?;
        app::db::use_one_writer(&db, writer);
    }
    Ok(db)
}

/// The waiting room's connections: on PostgreSQL a pool of its own (two
/// connections), so that numbering arrivals and moving the line never wait
/// behind bookings for a connection; on SQLite the main pool (its line is
/// in memory and only reads the settings).
pub async fn connect_for_the_line(config: &Config, db: &DatabaseConnection) -> Result<DatabaseConnection> {
    if db.get_database_backend() != sea_orm::DbBackend::Postgres {
        return Ok(db.clone());
    }
    let mut options = ConnectOptions::new(config.database_url.expose_secret().to_string());
    options.max_connections(2).min_connections(1).acquire_timeout(Duration::from_secs(10)).sqlx_logging(false);
    Database::connect(options).await.context("データベースに接続できませんでした (DATABASE_URL を確認してください)")
}

/// The advisory lock servers take around their migrations on PostgreSQL
/// (an arbitrary constant: "eyoyaku1" in ASCII).
const MIGRATION_LOCK: i64 = 0x6579_6f79_616b_7531;

/// Applies pending migrations; an error stops the server before it serves.
/// On PostgreSQL several servers may start at once: each takes the same
/// advisory lock on a connection of its own first, so one migrates and the
/// others, let in after it, find nothing left to do.
pub async fn migrate(config: &Config, db: &DatabaseConnection) -> Result<()> {
    const FAILED: &str = "データベースの移行（マイグレーション）に失敗しました。サーバーを起動しません";
    if db.get_database_backend() != sea_orm::DbBackend::Postgres {
        return Migrator::up(db, None).await.context(FAILED);
    }
    use sea_orm::ConnectionTrait;
    let mut options = ConnectOptions::new(config.database_url.expose_secret().to_string());
    options.max_connections(1).min_connections(1).acquire_timeout(Duration::from_secs(60)).sqlx_logging(false);
    let one = Database::connect(options).await.context("データベースに接続できませんでした (DATABASE_URL を確認してください)")?;
    let lock = |sql: &'static str| sea_orm::Statement::from_sql_and_values(sea_orm::DbBackend::Postgres, sql, [MIGRATION_LOCK.into()]);
    one.query_one_raw(lock("SELECT pg_advisory_lock($1)::text")).await.context("移行のロックを取れませんでした")?;
    let migrated = Migrator::up(&one, None).await.context(FAILED);
    let _ = one.query_one_raw(lock("SELECT pg_advisory_unlock($1)::text")).await;
    let _ = one.close().await;
    migrated
}

/// Whether every migration this build knows has been applied (`/readyz`).
pub async fn migrated(db: &DatabaseConnection) -> bool {
    Migrator::get_pending_migrations(db).await.is_ok_and(|pending| pending.is_empty())
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
    let undo_links = app::email_change::undo::ssr::purge_expired(db, now).await?;
    if drafts + sessions + requests + mails + undo_links > 0 {
        tracing::info!(drafts, sessions, requests, mails, undo_links, "housekeeping: expired records removed");
    }
    Ok(())
}
