use sea_orm::entity::prelude::*;

/// A logged-in resident's session. The cookie holds a random id; only its
/// SHA-256 is stored, so a copy of the database cannot be used to log in.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id_hash: String,
    /// A resident's session…
    pub resident_id: Option<i32>,
    /// …or a staff member's (exactly one of the two is set).
    pub staff_id: Option<i32>,
    pub created_at: DateTimeUtc,
    pub last_seen_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    /// When the holder last entered a code sent to their current address in
    /// this session (本人確認, before an email change).
    pub identity_checked_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
