//! メール送信状況 (issue 12): a mail's secrets (one-time password, 利用者キー)
//! kept apart from its body and removed once it is sent or given up, and
//! the time a mail was given up (a permanent refusal, its use-by time, or
//! three days of failed attempts) so staff can see it and send it again.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        manager
            .alter_table(Table::alter().table(EmailOutbox::Table).add_column(text_null(EmailOutbox::Secrets)).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter().table(EmailOutbox::Table).add_column(timestamp_with_time_zone_null(EmailOutbox::FailedAt)).to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_email_outbox_created_at")
                    .table(EmailOutbox::Table)
                    .col(EmailOutbox::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name("idx_email_outbox_created_at").table(EmailOutbox::Table).to_owned()).await?;
        manager.alter_table(Table::alter().table(EmailOutbox::Table).drop_column(EmailOutbox::FailedAt).to_owned()).await?;
        manager.alter_table(Table::alter().table(EmailOutbox::Table).drop_column(EmailOutbox::Secrets).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum EmailOutbox {
    Table,
    Secrets,
    FailedAt,
    CreatedAt,
}
