use sea_orm::entity::prelude::*;

/// 抽選の記録: the one draw of a 抽選 service, with everything needed to
/// replay it (`crate::lottery::draw::draw` over `entries` and `places`
/// with `seed` gives the same outcomes).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "lottery_draws")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub service_id: i32,
    /// The 32 random bytes of the draw, in hex (64 digits).
    pub seed: String,
    /// The applications drawn, as the draw saw them: JSON
    /// `[{"number": "12345678", "preferences": [3, 1]}, …]`.
    pub entries: String,
    /// The places there were to give: JSON `{"3": 2, "1": 5}` (slot id →
    /// places).
    pub places: String,
    /// Applications drawn, and how many won a place.
    pub applicants: i32,
    pub winners: i32,
    /// The staff member's login id, or `自動` for the draw at the set time.
    pub drawn_by: String,
    pub drawn_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
