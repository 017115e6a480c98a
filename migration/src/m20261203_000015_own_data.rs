//! A resident's own data (issue 15, item 4): `residents.erased_at` marks a
//! record whose personal data was erased — at the resident's request, by
//! staff at the counter, or after the retention period without activity.
//! The row stays (blank, with a key nobody knows) so that the reservations
//! that point to it still count in the city's statistics.
//! `residents.last_login_at` keeps the last login (sessions are purged when
//! they end), activity for the retention period.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per ALTER: SQLite adds one at a time.
        for column in [Residents::ErasedAt, Residents::LastLoginAt] {
            manager.alter_table(Table::alter().table(Residents::Table).add_column(timestamp_with_time_zone_null(column)).to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Residents::LastLoginAt, Residents::ErasedAt] {
            manager.alter_table(Table::alter().table(Residents::Table).drop_column(column).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
#[derive(Clone, Copy)]
enum Residents {
    Table,
    ErasedAt,
    LastLoginAt,
}
