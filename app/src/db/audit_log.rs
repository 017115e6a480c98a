use sea_orm::entity::prelude::*;

/// 監査ログ: who (staff id) did or saw what, when, from where. Written by
/// the console, never changed or deleted by it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub staff_id: i32,
    pub action: String,
    pub target: String,
    pub detail: String,
    pub client_addr: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
