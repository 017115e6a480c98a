//! 対象者条件 (issue 14): who a service is for — an age range at a
//! reference date, a sex, yes/no questions — as JSON text
//! (`app/src/domain/eligibility.rs`). Empty, as for every service before,
//! means open to all.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(Services::Table).add_column(text(Services::Eligibility).default("")).to_owned())
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Services::Table).drop_column(Services::Eligibility).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Services {
    Table,
    Eligibility,
}
