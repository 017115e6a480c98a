use sea_orm::entity::prelude::*;

/// The way back from an email change, mailed to the old address: only the
/// SHA-256 of the link's token is kept; used once, within seven days.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "email_change_undo")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub resident_id: i32,
    pub token_hash: String,
    /// The address the link restores.
    pub old_email: String,
    /// The address it replaces (told that the change was undone).
    pub new_email: String,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    /// Used, or set aside because another link of the resident's was used.
    pub used_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
