use sea_orm::entity::prelude::*;

/// 予約枠: one date and time of a service, with its capacity.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "slots")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub service_id: i32,
    pub date: Date,
    pub start_time: Time,
    pub end_time: Time,
    pub capacity: i32,
    pub taken: i32,
    /// Places held for someone offered them from the waiting list
    /// (`booking::waitlist`): not taken yet, but not free to book either.
    pub held: i32,
    pub is_open: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

/// A new slot holds no place for the waiting list.
impl ActiveModelBehavior for ActiveModel {
    fn new() -> Self {
        Self { held: sea_orm::ActiveValue::Set(0), ..ActiveModelTrait::default() }
    }
}
