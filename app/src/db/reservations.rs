use sea_orm::entity::prelude::*;

pub const ACTIVE: &str = "active";
pub const CANCELLED: &str = "cancelled";

/// 予約: one resident's place in one slot.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reservations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub reservation_number: String,
    pub resident_id: i32,
    pub slot_id: i32,
    pub status: String,
    pub created_at: DateTimeUtc,
    pub cancelled_at: Option<DateTimeUtc>,
    /// 来場: [`ATTENDED`] or [`NO_SHOW`], once staff have marked it.
    pub attendance: Option<String>,
}

pub const ATTENDED: &str = "attended";
pub const NO_SHOW: &str = "no_show";

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
