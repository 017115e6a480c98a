//! キャンセル待ち (issue 14, item 3): residents waiting for a place in a
//! full slot, or in any slot of a full day, in the order they joined; the
//! place a cancellation frees is held (`slots.held`) for the first in line
//! while they are asked by email. A service says how long a place is held
//! (`waitlist_hold_hours`, 24 by default).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Slots::Table).add_column(integer(Slots::Held).default(0)).to_owned()).await?;
        manager
            .alter_table(
                Table::alter().table(Services::Table).add_column(integer(Services::WaitlistHoldHours).default(24)).to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WaitlistEntries::Table)
                    .col(pk_auto(WaitlistEntries::Id))
                    .col(integer(WaitlistEntries::ServiceId))
                    .col(date(WaitlistEntries::Date))
                    .col(integer_null(WaitlistEntries::SlotId))
                    .col(integer(WaitlistEntries::ResidentId))
                    .col(text(WaitlistEntries::Said).default(""))
                    .col(string_len(WaitlistEntries::Status, 16))
                    .col(integer_null(WaitlistEntries::OfferedSlotId))
                    .col(string_len_null(WaitlistEntries::OfferTokenHash, 64))
                    .col(timestamp_with_time_zone_null(WaitlistEntries::OfferedAt))
                    .col(timestamp_with_time_zone_null(WaitlistEntries::OfferExpiresAt))
                    .col(integer_null(WaitlistEntries::ReservationId))
                    .col(timestamp_with_time_zone(WaitlistEntries::CreatedAt))
                    .col(timestamp_with_time_zone(WaitlistEntries::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create().from(WaitlistEntries::Table, WaitlistEntries::ServiceId).to(Services::Table, Services::Id),
                    )
                    .foreign_key(ForeignKey::create().from(WaitlistEntries::Table, WaitlistEntries::SlotId).to(Slots::Table, Slots::Id))
                    .foreign_key(
                        ForeignKey::create()
                            .from(WaitlistEntries::Table, WaitlistEntries::ResidentId)
                            .to(Residents::Table, Residents::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_waitlist_line")
                    .table(WaitlistEntries::Table)
                    .col(WaitlistEntries::ServiceId)
                    .col(WaitlistEntries::Date)
                    .col(WaitlistEntries::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_waitlist_offer_token")
                    .table(WaitlistEntries::Table)
                    .col(WaitlistEntries::OfferTokenHash)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_waitlist_offer_expiry")
                    .table(WaitlistEntries::Table)
                    .col(WaitlistEntries::Status)
                    .col(WaitlistEntries::OfferExpiresAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(WaitlistEntries::Table).to_owned()).await?;
        manager.alter_table(Table::alter().table(Services::Table).drop_column(Services::WaitlistHoldHours).to_owned()).await?;
        manager.alter_table(Table::alter().table(Slots::Table).drop_column(Slots::Held).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Slots {
    Table,
    Id,
    Held,
}

#[derive(DeriveIden)]
enum Services {
    Table,
    Id,
    WaitlistHoldHours,
}

#[derive(DeriveIden)]
enum Residents {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum WaitlistEntries {
    Table,
    Id,
    ServiceId,
    Date,
    SlotId,
    ResidentId,
    Said,
    Status,
    OfferedSlotId,
    OfferTokenHash,
    OfferedAt,
    OfferExpiresAt,
    ReservationId,
    CreatedAt,
    UpdatedAt,
}
