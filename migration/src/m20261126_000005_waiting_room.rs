//! The waiting room (待合室, issue 11): one row holding the line's counters,
//! the signing key of its tickets, and what the city set (capacity, 受付開始).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(WaitingRoom::Table)
                    .if_not_exists()
                    .col(integer(WaitingRoom::Id).primary_key())
                    .col(big_integer(WaitingRoom::Issued).default(0))
                    .col(big_integer(WaitingRoom::Admitted).default(0))
                    // Filled with a random key by the first server that starts.
                    .col(string_len(WaitingRoom::Secret, 64).default(""))
                    .col(integer_null(WaitingRoom::MaxInFlight))
                    .col(timestamp_with_time_zone_null(WaitingRoom::OpensAt))
                    .col(timestamp_with_time_zone(WaitingRoom::UpdatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(WaitingRoom::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum WaitingRoom {
    Table,
    Id,
    Issued,
    Admitted,
    Secret,
    MaxInFlight,
    OpensAt,
    UpdatedAt,
}
