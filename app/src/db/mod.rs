//! SeaORM entities (server only). The schema itself lives in `migration/`.
pub mod audit_log;
pub mod email_outbox;
pub mod form_drafts;
pub mod one_time_passwords;
pub mod request_log;
pub mod reservations;
pub mod residents;
pub mod services;
pub mod sessions;
pub mod staff;
pub mod slots;

use sea_orm::{
    AccessMode, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr,
    IsolationLevel, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

/// Begins a transaction that will write. On SQLite it is begun IMMEDIATE so
/// that it waits for the one writer's lock (busy timeout) instead of failing
/// with SQLITE_BUSY when it first reads and then writes.
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
    db.begin_with_options(options).await
}
