use sea_orm::entity::prelude::*;

/// What a resident has typed into a multi-step form, kept on the server
/// between the steps so that each step is its own URL and works without
/// JavaScript (and so that nothing personal travels in a URL).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "form_drafts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub kind: String,
    pub payload: String,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub submitted_at: Option<DateTimeUtc>,
    pub reservation_id: Option<i32>,
    /// The browser it was typed in (`app::browser::Browser`): nobody else
    /// can open, change or send it.
    pub owner: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
