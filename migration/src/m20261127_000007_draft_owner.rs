//! Drafts belong to the browser they were typed in (issue 12, item 7): the
//! SHA-256 of that browser's token (`app::browser`). Drafts from before
//! have none and open nowhere (they expire within two hours anyway).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(FormDrafts::Table).add_column(string_len_null(FormDrafts::Owner, 64)).to_owned())
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(FormDrafts::Table).drop_column(FormDrafts::Owner).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum FormDrafts {
    Table,
    Owner,
}
