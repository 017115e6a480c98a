//! The resident core: services, slots, residents, reservations, the email
//! outbox and the server-side drafts that carry a multi-step form between pages.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Services::Table)
                    .col(pk_auto(Services::Id))
                    .col(string(Services::Name))
                    .col(text(Services::Description))
                    .col(string(Services::Venue))
                    .col(text(Services::Notes))
                    // Booking opens this many days before the slot's date.
                    .col(integer(Services::BookingOpensDays))
                    // Reserving, changing and cancelling close at
                    // `deadline_time` on the day `deadline_days_before` days
                    // before the slot (e.g. 1 and 17:00 = 17:00 the day before).
                    .col(integer(Services::DeadlineDaysBefore))
                    .col(time(Services::DeadlineTime))
                    .col(boolean(Services::Published))
                    .col(integer(Services::SortOrder))
                    .col(timestamp_with_time_zone(Services::CreatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Slots::Table)
                    .col(pk_auto(Slots::Id))
                    .col(integer(Slots::ServiceId))
                    .col(date(Slots::Date))
                    .col(time(Slots::StartTime))
                    .col(time(Slots::EndTime))
                    .col(integer(Slots::Capacity))
                    .col(integer(Slots::Taken).default(0))
                    .col(boolean(Slots::IsOpen).default(true))
                    .col(timestamp_with_time_zone(Slots::CreatedAt))
                    // The last line of defence against overbooking: even a bug
                    // in the booking code cannot store more than capacity.
                    .check(
                        Expr::col(Slots::Taken)
                            .gte(0)
                            .and(Expr::col(Slots::Taken).lte(Expr::col(Slots::Capacity))),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Slots::Table, Slots::ServiceId)
                            .to(Services::Table, Services::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_slots_service_date")
                    .table(Slots::Table)
                    .col(Slots::ServiceId)
                    .col(Slots::Date)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Residents::Table)
                    .col(pk_auto(Residents::Id))
                    // Stored without hyphens, upper case: `ABCDEFGHJKMN`.
                    .col(string_len_uniq(Residents::UserKey, 16))
                    .col(string(Residents::Name))
                    .col(string(Residents::NameKana))
                    .col(date(Residents::BirthDate))
                    .col(string(Residents::Phone))
                    .col(string(Residents::Email))
                    .col(timestamp_with_time_zone(Residents::CreatedAt))
                    .col(timestamp_with_time_zone(Residents::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_residents_email")
                    .table(Residents::Table)
                    .col(Residents::Email)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Reservations::Table)
                    .col(pk_auto(Reservations::Id))
                    .col(string_len_uniq(Reservations::ReservationNumber, 16))
                    .col(integer(Reservations::ResidentId))
                    .col(integer(Reservations::SlotId))
                    .col(string_len(Reservations::Status, 16))
                    .col(timestamp_with_time_zone(Reservations::CreatedAt))
                    .col(timestamp_with_time_zone_null(Reservations::CancelledAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reservations::Table, Reservations::ResidentId)
                            .to(Residents::Table, Residents::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reservations::Table, Reservations::SlotId)
                            .to(Slots::Table, Slots::Id),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_reservations_slot", Reservations::SlotId),
            ("idx_reservations_resident", Reservations::ResidentId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Reservations::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(EmailOutbox::Table)
                    .col(big_pk_auto(EmailOutbox::Id))
                    // What the message is (reservation_confirmation, key_notice …):
                    // for throttling and for the operators' queries.
                    .col(string_len(EmailOutbox::Kind, 32))
                    .col(string(EmailOutbox::ToAddress))
                    .col(string(EmailOutbox::Subject))
                    .col(text(EmailOutbox::Body))
                    .col(timestamp_with_time_zone(EmailOutbox::CreatedAt))
                    .col(integer(EmailOutbox::Attempts).default(0))
                    .col(timestamp_with_time_zone(EmailOutbox::NextAttemptAt))
                    // A worker claims a message by setting this; another
                    // server's worker skips it until it has passed.
                    .col(timestamp_with_time_zone_null(EmailOutbox::LockedUntil))
                    .col(timestamp_with_time_zone_null(EmailOutbox::SentAt))
                    .col(text_null(EmailOutbox::LastError))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_email_outbox_pending")
                    .table(EmailOutbox::Table)
                    .col(EmailOutbox::SentAt)
                    .col(EmailOutbox::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_email_outbox_to_kind")
                    .table(EmailOutbox::Table)
                    .col(EmailOutbox::ToAddress)
                    .col(EmailOutbox::Kind)
                    .col(EmailOutbox::CreatedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(FormDrafts::Table)
                    // 128 random bits, hex: the draft's only key and its
                    // capability (whoever has the URL may continue the form).
                    .col(string_len(FormDrafts::Id, 64).primary_key())
                    .col(string_len(FormDrafts::Kind, 32))
                    .col(text(FormDrafts::Payload))
                    .col(timestamp_with_time_zone(FormDrafts::CreatedAt))
                    .col(timestamp_with_time_zone(FormDrafts::ExpiresAt))
                    .col(timestamp_with_time_zone_null(FormDrafts::SubmittedAt))
                    .col(integer_null(FormDrafts::ReservationId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_form_drafts_expires")
                    .table(FormDrafts::Table)
                    .col(FormDrafts::ExpiresAt)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Services {
    Table,
    Id,
    Name,
    Description,
    Venue,
    Notes,
    BookingOpensDays,
    DeadlineDaysBefore,
    DeadlineTime,
    Published,
    SortOrder,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Slots {
    Table,
    Id,
    ServiceId,
    Date,
    StartTime,
    EndTime,
    Capacity,
    Taken,
    IsOpen,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Residents {
    Table,
    Id,
    UserKey,
    Name,
    NameKana,
    BirthDate,
    Phone,
    Email,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Reservations {
    Table,
    Id,
    ReservationNumber,
    ResidentId,
    SlotId,
    Status,
    CreatedAt,
    CancelledAt,
}

#[derive(DeriveIden)]
enum EmailOutbox {
    Table,
    Id,
    Kind,
    ToAddress,
    Subject,
    Body,
    CreatedAt,
    Attempts,
    NextAttemptAt,
    LockedUntil,
    SentAt,
    LastError,
}

#[derive(DeriveIden)]
enum FormDrafts {
    Table,
    Id,
    Kind,
    Payload,
    CreatedAt,
    ExpiresAt,
    SubmittedAt,
    ReservationId,
}
