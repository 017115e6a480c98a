//! SeaORM entities (server only). The schema itself lives in `migration/`.
pub mod audit_log;
pub mod email_change_undo;
pub mod email_outbox;
pub mod form_drafts;
pub mod lottery_applications;
pub mod lottery_draws;
pub mod one_time_passwords;
pub mod request_log;
pub mod reservations;
pub mod residents;
pub mod services;
pub mod sessions;
pub mod staff;
pub mod waiting_room;
pub mod slots;
pub mod waitlist_entries;

use sea_orm::{
    AccessMode, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr,
    IsolationLevel, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

/// Begins a transaction that will write.
///
/// SQLite allows one writer at a time. Left to race, every pool connection
/// that wants to write polls the file lock with growing sleeps (SQLite's
/// busy handler), and a rush spends its time sleeping, not writing. So a
/// server on SQLite registers one dedicated writer connection
/// ([`use_one_writer`]) and every write transaction runs on it, in the order
/// the transactions asked (the pool's fair queue); reads stay on the pool,
/// in parallel, beside it (WAL). Without a registered writer (a database
/// opened by a tool or a test directly) the transaction is begun IMMEDIATE,
/// so that it waits for the lock (busy timeout) instead of failing with
/// SQLITE_BUSY when it first reads and then writes.
///
/// PostgreSQL needs no such thing: row locks and the conditional UPDATEs
/// keep concurrent writers correct.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let options = match db.get_database_backend() {
        DbBackend::Sqlite => TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        },
        _ => TransactionOptions {
            isolation_level: Some(IsolationLevel::ReadCommitted),
            access_mode: Some(AccessMode::ReadWrite),
            ..Default::default()
        },
    };
    match one_writer_of(db) {
        Some(writer) => writer.begin_with_options(options).await,
        None => db.begin_with_options(options).await,
    }
}

/// The SQLite files that have one writer connection, by path.
static SQLITE_WRITERS: std::sync::LazyLock<std::sync::RwLock<std::collections::HashMap<std::path::PathBuf, DatabaseConnection>>> =
    std::sync::LazyLock::new(Default::default);

fn sqlite_file(db: &DatabaseConnection) -> Option<std::path::PathBuf> {
    if db.get_database_backend() != DbBackend::Sqlite {
        return None;
    }
    let options = db.get_sqlite_connection_pool().connect_options();
    let file = options.get_filename();
    // Each in-memory connection is a database of its own: nothing to share.
    (!file.as_os_str().is_empty() && file.as_os_str() != ":memory:").then(|| file.to_path_buf())
}

/// Makes `writer` (a pool of one connection to the same SQLite file as
/// `readers`) the connection every [`begin_write`] on `readers` runs on.
pub fn use_one_writer(readers: &DatabaseConnection, writer: DatabaseConnection) {
    if let Some(file) = sqlite_file(readers) {
        SQLITE_WRITERS.write().unwrap_or_else(|e| e.into_inner()).insert(file, writer);
    }
}

fn one_writer_of(db: &DatabaseConnection) -> Option<DatabaseConnection> {
    let file = sqlite_file(db)?;
    SQLITE_WRITERS.read().unwrap_or_else(|e| e.into_inner()).get(&file).cloned()
}
