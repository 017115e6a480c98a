//! Staff accounts for the console (separate from residents: a login id and
//! an Argon2id password hash, a role, a failed-login count and lock), and
//! staff sessions in the same table as residents' (`staff_id` instead of
//! `resident_id`; the cookie names differ), and the audit log of what staff
//! did and saw.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Staff::Table)
                    .col(pk_auto(Staff::Id))
                    .col(string_len(Staff::LoginId, 64).unique_key())
                    .col(string(Staff::DisplayName))
                    .col(string(Staff::PasswordHash))
                    // `admin` (管理者) or `clerk` (職員).
                    .col(string_len(Staff::Role, 16))
                    .col(integer(Staff::FailedLogins).default(0))
                    .col(timestamp_with_time_zone_null(Staff::LockedUntil))
                    .col(boolean(Staff::Disabled).default(false))
                    .col(timestamp_with_time_zone(Staff::CreatedAt))
                    .col(timestamp_with_time_zone(Staff::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(Table::alter().table(Sessions::Table).add_column(integer_null(Sessions::StaffId)).to_owned())
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(pk_auto(AuditLog::Id))
                    .col(integer(AuditLog::StaffId))
                    // `view_day`, `export_csv`, `cancel_slot` …
                    .col(string_len(AuditLog::Action, 64))
                    // What it was done to: `slot:12`, `date:2026-12-01` …
                    .col(string(AuditLog::Target))
                    .col(text(AuditLog::Detail))
                    .col(string_len_null(AuditLog::ClientAddr, 64))
                    .col(timestamp_with_time_zone(AuditLog::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(Index::create().name("idx_audit_log_created").table(AuditLog::Table).col(AuditLog::CreatedAt).to_owned())
            .await?;
        // 来場: `attended` or `no_show`, marked by staff on the day.
        manager
            .alter_table(
                Table::alter().table(Reservations::Table).add_column(string_len_null(Reservations::Attendance, 16)).to_owned(),
            )
            .await?;
        manager
            .create_index(Index::create().name("idx_sessions_staff").table(Sessions::Table).col(Sessions::StaffId).to_owned())
            .await?;
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Staff {
    Table,
    Id,
    LoginId,
    DisplayName,
    PasswordHash,
    Role,
    FailedLogins,
    LockedUntil,
    Disabled,
    CreatedAt,
    UpdatedAt,
}

/// Append-only: the console writes rows and never changes or deletes one.
#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    StaffId,
    Action,
    Target,
    Detail,
    ClientAddr,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Reservations {
    Table,
    Attendance,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    StaffId,
}
