//! 抽選 (issue 14, items 1 and 2): a service is booked first come, first
//! served (`first_come`, as before) or by lottery (`lottery`): residents
//! apply in an application period naming up to `lottery_preferences`
//! slots in order, and the draw at `lottery_draw_at` (or earlier, by
//! staff, once the period is over) gives the places. `lottery_drawn_at`
//! is set by the one draw that runs (a conditional UPDATE decides which,
//! across servers); `lottery_seed` is drawn once before it, so a draw run
//! again after a failure gives the same result; `lottery_draws` records
//! its seed and inputs so it can be replayed.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per ALTER: SQLite adds one at a time.
        let columns = [
            string_len(Services::BookingMode, 16).default("first_come").to_owned(),
            timestamp_with_time_zone_null(Services::LotteryApplyFrom).to_owned(),
            timestamp_with_time_zone_null(Services::LotteryApplyUntil).to_owned(),
            timestamp_with_time_zone_null(Services::LotteryDrawAt).to_owned(),
            integer(Services::LotteryPreferences).default(3).to_owned(),
            timestamp_with_time_zone_null(Services::LotteryDrawnAt).to_owned(),
            string_len_null(Services::LotterySeed, 64).to_owned(),
        ];
        for column in columns {
            manager.alter_table(Table::alter().table(Services::Table).add_column(column).to_owned()).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(LotteryApplications::Table)
                    .col(pk_auto(LotteryApplications::Id))
                    .col(string_len(LotteryApplications::ApplicationNumber, 16))
                    .col(integer(LotteryApplications::ServiceId))
                    .col(integer(LotteryApplications::ResidentId))
                    .col(text(LotteryApplications::Preferences))
                    .col(text(LotteryApplications::Said).default(""))
                    .col(string_len(LotteryApplications::Status, 16))
                    .col(integer_null(LotteryApplications::DrawRank))
                    .col(integer_null(LotteryApplications::DrawnSlotId))
                    .col(integer_null(LotteryApplications::ReservationId))
                    .col(text(LotteryApplications::Note).default(""))
                    .col(timestamp_with_time_zone(LotteryApplications::CreatedAt))
                    .col(timestamp_with_time_zone(LotteryApplications::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(LotteryApplications::Table, LotteryApplications::ServiceId)
                            .to(Services::Table, Services::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(LotteryApplications::Table, LotteryApplications::ResidentId)
                            .to(Residents::Table, Residents::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_lottery_applications_number")
                    .table(LotteryApplications::Table)
                    .col(LotteryApplications::ApplicationNumber)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_lottery_applications_service")
                    .table(LotteryApplications::Table)
                    .col(LotteryApplications::ServiceId)
                    .col(LotteryApplications::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_lottery_applications_resident")
                    .table(LotteryApplications::Table)
                    .col(LotteryApplications::ResidentId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LotteryDraws::Table)
                    .col(pk_auto(LotteryDraws::Id))
                    .col(integer(LotteryDraws::ServiceId))
                    .col(string_len(LotteryDraws::Seed, 64))
                    .col(text(LotteryDraws::Entries))
                    .col(text(LotteryDraws::Places))
                    .col(integer(LotteryDraws::Applicants))
                    .col(integer(LotteryDraws::Winners))
                    .col(string_len(LotteryDraws::DrawnBy, 64))
                    .col(timestamp_with_time_zone(LotteryDraws::DrawnAt))
                    .foreign_key(
                        ForeignKey::create().from(LotteryDraws::Table, LotteryDraws::ServiceId).to(Services::Table, Services::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // A second draw of the same service cannot even be recorded.
        manager
            .create_index(
                Index::create()
                    .name("idx_lottery_draws_service")
                    .table(LotteryDraws::Table)
                    .col(LotteryDraws::ServiceId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(LotteryDraws::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(LotteryApplications::Table).to_owned()).await?;
        for column in [
            Services::LotterySeed,
            Services::LotteryDrawnAt,
            Services::LotteryPreferences,
            Services::LotteryDrawAt,
            Services::LotteryApplyUntil,
            Services::LotteryApplyFrom,
            Services::BookingMode,
        ] {
            manager.alter_table(Table::alter().table(Services::Table).drop_column(column).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Services {
    Table,
    Id,
    BookingMode,
    LotteryApplyFrom,
    LotteryApplyUntil,
    LotteryDrawAt,
    LotteryPreferences,
    LotteryDrawnAt,
    LotterySeed,
}

#[derive(DeriveIden)]
enum Residents {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum LotteryApplications {
    Table,
    Id,
    ApplicationNumber,
    ServiceId,
    ResidentId,
    Preferences,
    Said,
    Status,
    DrawRank,
    DrawnSlotId,
    ReservationId,
    Note,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum LotteryDraws {
    Table,
    Id,
    ServiceId,
    Seed,
    Entries,
    Places,
    Applicants,
    Winners,
    DrawnBy,
    DrawnAt,
}
