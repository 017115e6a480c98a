//! Logging in: one-time passwords (hashed), the failed-login count and lock
//! on each resident, server-side sessions (hashed ids, so any server can
//! read them), a log of OTP requests for the throttles, and a time after
//! which an unsent email is no longer worth sending (an expired OTP).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        manager
            .alter_table(
                Table::alter()
                    .table(Residents::Table)
                    // Failed logins since the last success or lock; at the
                    // limit the key is locked and this starts again from 0.
                    .add_column(integer(Residents::FailedLogins).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Residents::Table)
                    .add_column(timestamp_with_time_zone_null(Residents::LoginLockedUntil))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(EmailOutbox::Table)
                    .add_column(timestamp_with_time_zone_null(EmailOutbox::DiscardAfter))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OneTimePasswords::Table)
                    .col(pk_auto(OneTimePasswords::Id))
                    .col(integer(OneTimePasswords::ResidentId))
                    // Argon2id PHC string; the digits themselves are never stored.
                    .col(string(OneTimePasswords::CodeHash))
                    .col(timestamp_with_time_zone(OneTimePasswords::CreatedAt))
                    .col(timestamp_with_time_zone(OneTimePasswords::ExpiresAt))
                    .col(integer(OneTimePasswords::WrongAttempts).default(0))
                    .col(timestamp_with_time_zone_null(OneTimePasswords::UsedAt))
                    .col(timestamp_with_time_zone_null(OneTimePasswords::VoidedAt))
                    // `login`, or `email_change` (then sent to `new_email`,
                    // which becomes the resident's address once confirmed).
                    .col(string_len(OneTimePasswords::Purpose, 16).default("login"))
                    .col(string_null(OneTimePasswords::NewEmail))
                    .foreign_key(
                        ForeignKey::create()
                            .from(OneTimePasswords::Table, OneTimePasswords::ResidentId)
                            .to(Residents::Table, Residents::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_one_time_passwords_resident")
                    .table(OneTimePasswords::Table)
                    .col(OneTimePasswords::ResidentId)
                    .col(OneTimePasswords::Id)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    // SHA-256 of the cookie's 256-bit random id, hex.
                    .col(string_len(Sessions::IdHash, 64).primary_key())
                    // Null for a staff member's session (`staff_id`, next migration).
                    .col(integer_null(Sessions::ResidentId))
                    .col(timestamp_with_time_zone(Sessions::CreatedAt))
                    .col(timestamp_with_time_zone(Sessions::LastSeenAt))
                    // The absolute end, whatever the activity.
                    .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Sessions::Table, Sessions::ResidentId)
                            .to(Residents::Table, Residents::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_sessions_expires").table(Sessions::Table).col(Sessions::ExpiresAt).to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(RequestLog::Table)
                    .col(pk_auto(RequestLog::Id))
                    // `otp_key`, `otp_client` …
                    .col(string_len(RequestLog::Kind, 32))
                    // SHA-256 of what is counted (a user key, a client
                    // address), so the log holds no key or address itself.
                    .col(string_len(RequestLog::SubjectHash, 64))
                    .col(timestamp_with_time_zone(RequestLog::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_request_log_subject")
                    .table(RequestLog::Table)
                    .col(RequestLog::Kind)
                    .col(RequestLog::SubjectHash)
                    .col(RequestLog::CreatedAt)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Residents {
    Table,
    Id,
    FailedLogins,
    LoginLockedUntil,
}

#[derive(DeriveIden)]
enum EmailOutbox {
    Table,
    DiscardAfter,
}

#[derive(DeriveIden)]
enum OneTimePasswords {
    Table,
    Id,
    ResidentId,
    CodeHash,
    CreatedAt,
    ExpiresAt,
    WrongAttempts,
    UsedAt,
    VoidedAt,
    Purpose,
    NewEmail,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    IdHash,
    ResidentId,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum RequestLog {
    Table,
    Id,
    Kind,
    SubjectHash,
    CreatedAt,
}
