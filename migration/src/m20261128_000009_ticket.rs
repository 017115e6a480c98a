//! 予約票 (issue 13, item 4): each reservation gets a link token of its own
//! (`ticket_token`, 128 random bits as 32 hex digits), the only key to its
//! printable page and calendar file. Reservations made before this
//! migration get one here; new ones are given theirs by the booking core.
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter().table(Reservations::Table).add_column(string_len_null(Reservations::TicketToken, 32)).to_owned(),
            )
            .await?;
        // Both generators draw from the operating system's randomness
        // (SQLite's ChaCha20 PRNG seeded by it; PostgreSQL's
        // gen_random_uuid, 122 random bits).
        let fill = match manager.get_database_backend() {
            DbBackend::Postgres => {
                "UPDATE reservations SET ticket_token = replace(gen_random_uuid()::text, '-', '') WHERE ticket_token IS NULL"
            }
            _ => "UPDATE reservations SET ticket_token = lower(hex(randomblob(16))) WHERE ticket_token IS NULL",
        };
        manager.get_connection().execute_unprepared(fill).await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_reservations_ticket_token")
                    .table(Reservations::Table)
                    .col(Reservations::TicketToken)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name("idx_reservations_ticket_token").table(Reservations::Table).to_owned()).await?;
        manager.alter_table(Table::alter().table(Reservations::Table).drop_column(Reservations::TicketToken).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Reservations {
    Table,
    TicketToken,
}
