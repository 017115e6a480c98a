//! メールアドレスの変更 with proof (issue 12, item 8): a session remembers
//! when its holder last proved themselves with a code sent to the current
//! address (`identity_checked_at`), and the old address of a change keeps
//! a single-use way back for seven days (`email_change_undo`: only the
//! SHA-256 of the link's token is kept).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Sessions::Table)
                    .add_column(timestamp_with_time_zone_null(Sessions::IdentityCheckedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EmailChangeUndo::Table)
                    .if_not_exists()
                    .col(pk_auto(EmailChangeUndo::Id))
                    .col(integer(EmailChangeUndo::ResidentId))
                    .col(string_len_uniq(EmailChangeUndo::TokenHash, 64))
                    .col(string(EmailChangeUndo::OldEmail))
                    .col(string(EmailChangeUndo::NewEmail))
                    .col(timestamp_with_time_zone(EmailChangeUndo::CreatedAt))
                    .col(timestamp_with_time_zone(EmailChangeUndo::ExpiresAt))
                    .col(timestamp_with_time_zone_null(EmailChangeUndo::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(EmailChangeUndo::Table, EmailChangeUndo::ResidentId)
                            .to(Residents::Table, Residents::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_email_change_undo_resident")
                    .table(EmailChangeUndo::Table)
                    .col(EmailChangeUndo::ResidentId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(EmailChangeUndo::Table).to_owned()).await?;
        manager.alter_table(Table::alter().table(Sessions::Table).drop_column(Sessions::IdentityCheckedAt).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    IdentityCheckedAt,
}

#[derive(DeriveIden)]
enum EmailChangeUndo {
    Table,
    Id,
    ResidentId,
    TokenHash,
    OldEmail,
    NewEmail,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum Residents {
    Table,
    Id,
}
