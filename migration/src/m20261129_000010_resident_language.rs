//! The language a resident last used (issue 13): `ja`, `en` or `easy`,
//! so emails sent later — by a job, or by staff — are in it too. Residents
//! from before read Japanese, as they did.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter().table(Residents::Table).add_column(string_len(Residents::Language, 8).default("ja")).to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Residents::Table).drop_column(Residents::Language).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Residents {
    Table,
    Language,
}
