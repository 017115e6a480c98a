use sea_orm::entity::prelude::*;

/// ワンタイムパスワード: stored as an Argon2id hash, never as digits.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "one_time_passwords")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub resident_id: i32,
    pub code_hash: String,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub wrong_attempts: i32,
    pub used_at: Option<DateTimeUtc>,
    /// Set when a newer one is issued or too many wrong entries were made.
    pub voided_at: Option<DateTimeUtc>,
    /// [`LOGIN`], [`IDENTITY`] or [`EMAIL_CHANGE`].
    pub purpose: String,
    /// For an email change: the address it was sent to and will become.
    pub new_email: Option<String>,
}

pub const LOGIN: &str = "login";
/// 本人確認: sent to the current address before an email change.
pub const IDENTITY: &str = "identity";
pub const EMAIL_CHANGE: &str = "email_change";

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
