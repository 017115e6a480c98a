//! What staff set per service beyond the first migration: a deadline for
//! changing and cancelling that can differ from the one for reserving, and
//! a limit on how many upcoming reservations one resident may hold for the
//! service. Slots get a unique (service, date, start) so that creating the
//! same week twice in bulk cannot double a session.
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
                    .table(Services::Table)
                    .add_column(integer(Services::ChangeDeadlineDaysBefore).default(1))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Services::Table)
                    .add_column(time(Services::ChangeDeadlineTime).default("17:00:00"))
                    .to_owned(),
            )
            .await?;
        // 0 = no limit.
        manager
            .alter_table(
                Table::alter()
                    .table(Services::Table)
                    .add_column(integer(Services::MaxActivePerResident).default(0))
                    .to_owned(),
            )
            .await?;
        // Until now one deadline served reserving, changing and cancelling:
        // keep that behaviour for the services that exist.
        manager
            .exec_stmt(
                Query::update()
                    .table(Services::Table)
                    .value(Services::ChangeDeadlineDaysBefore, Expr::col(Services::DeadlineDaysBefore))
                    .value(Services::ChangeDeadlineTime, Expr::col(Services::DeadlineTime))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_slots_service_date_start")
                    .table(Slots::Table)
                    .col(Slots::ServiceId)
                    .col(Slots::Date)
                    .col(Slots::StartTime)
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Services {
    Table,
    DeadlineDaysBefore,
    DeadlineTime,
    ChangeDeadlineDaysBefore,
    ChangeDeadlineTime,
    MaxActivePerResident,
}

#[derive(DeriveIden)]
enum Slots {
    Table,
    ServiceId,
    Date,
    StartTime,
}
