use sea_orm::entity::prelude::*;

/// 予約メニュー: what a resident can reserve.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "services")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub name: String,
    pub description: String,
    pub venue: String,
    pub notes: String,
    pub booking_opens_days: i32,
    pub deadline_days_before: i32,
    pub deadline_time: Time,
    /// Changing and cancelling close at `change_deadline_time`,
    /// `change_deadline_days_before` days before the slot.
    pub change_deadline_days_before: i32,
    pub change_deadline_time: Time,
    /// Upcoming active reservations one resident may hold (0 = no limit).
    pub max_active_per_resident: i32,
    pub published: bool,
    pub sort_order: i32,
    pub created_at: DateTimeUtc,
    /// 対象者条件 as JSON (`Eligibility::to_stored`); empty: open to all.
    pub eligibility: String,
    /// キャンセル待ち: how long a freed place is held for the one offered
    /// it (`booking::waitlist::hold_until`).
    pub waitlist_hold_hours: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

/// What a new service starts with beyond its form: columns added later
/// get their defaults here too, so an insert never leaves them unset.
impl ActiveModelBehavior for ActiveModel {
    fn new() -> Self {
        Self {
            eligibility: sea_orm::ActiveValue::Set(String::new()),
            waitlist_hold_hours: sea_orm::ActiveValue::Set(24),
            ..ActiveModelTrait::default()
        }
    }
}

impl Model {
    /// 対象者条件: who may reserve (`crate::domain::Eligibility`).
    pub fn eligibility(&self) -> crate::domain::Eligibility {
        crate::domain::Eligibility::from_stored(&self.eligibility)
    }
}

/// Every service by id (a city has a handful), for lists that name them.
pub async fn all_by_id(db: &impl ConnectionTrait) -> Result<std::collections::HashMap<i32, Model>, DbErr> {
    Ok(Entity::find().all(db).await?.into_iter().map(|s| (s.id, s)).collect())
}
