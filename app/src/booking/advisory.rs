//! Serialising two attempts for the same person or address across the
//! check-then-insert of a limit. SQLite's write transaction is begun
//! IMMEDIATE and already holds the database's one write lock; on
//! PostgreSQL (READ COMMITTED) `what` is locked with a transaction-scoped
//! advisory lock, so a second attempt waits until the first commits and
//! its count, a new statement, then sees the first's reservation.
use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement};
use sha2::{Digest, Sha256};

/// Locks `what` until the transaction ends. 64 bits of its hash are the
/// key: a collision only makes two attempts wait for each other, never
/// lets one past a limit.
pub async fn lock(db: &impl ConnectionTrait, what: &str) -> Result<(), DbErr> {
    if db.get_database_backend() == DbBackend::Postgres {
        let digest = Sha256::digest(what.as_bytes());
        let key = i64::from_be_bytes(digest[..8].try_into().expect("8 bytes"));
        db.query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_xact_lock($1)::text",
            [key.into()],
        ))
        .await?;
    }
    Ok(())
}
