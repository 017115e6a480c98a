//! 前日のお知らせ (issue 15, item 1): an email some days before the slot,
//! at a set time (`reminder_days_before`, NULL: none; `reminder_time`,
//! Japan time; every service starts with the day before at 9:00).
//! `reservations.reminder_done_at` is set once, by the one attempt that
//! sends it (or finds it not needed), so no reminder goes twice, however
//! many servers look; `residents.reminders` is the resident's own switch.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per ALTER: SQLite adds one at a time.
        for column in [integer_null(Services::ReminderDaysBefore).default(1).to_owned(), time(Services::ReminderTime).default("09:00:00").to_owned()] {
            manager.alter_table(Table::alter().table(Services::Table).add_column(column).to_owned()).await?;
        }
        manager
            .alter_table(
                Table::alter().table(Reservations::Table).add_column(timestamp_with_time_zone_null(Reservations::ReminderDoneAt)).to_owned(),
            )
            .await?;
        manager.alter_table(Table::alter().table(Residents::Table).add_column(boolean(Residents::Reminders).default(true)).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Residents::Table).drop_column(Residents::Reminders).to_owned()).await?;
        manager.alter_table(Table::alter().table(Reservations::Table).drop_column(Reservations::ReminderDoneAt).to_owned()).await?;
        for column in [Services::ReminderTime, Services::ReminderDaysBefore] {
            manager.alter_table(Table::alter().table(Services::Table).drop_column(column).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Services {
    Table,
    ReminderDaysBefore,
    ReminderTime,
}

#[derive(DeriveIden)]
enum Reservations {
    Table,
    ReminderDoneAt,
}

#[derive(DeriveIden)]
enum Residents {
    Table,
    Reminders,
}
