use sea_orm::entity::prelude::*;

pub const ADMIN: &str = "admin";
pub const CLERK: &str = "clerk";

/// 職員: a staff member of the console. Not a resident; logs in with a
/// login id and a password (stored as an Argon2id hash).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub login_id: String,
    pub display_name: String,
    pub password_hash: String,
    /// [`ADMIN`] (管理者) or [`CLERK`] (職員).
    pub role: String,
    pub failed_logins: i32,
    pub locked_until: Option<DateTimeUtc>,
    pub disabled: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
