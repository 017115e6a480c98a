use sea_orm::entity::prelude::*;

/// 抽選の申し込み: one resident's application to one 抽選 service, naming
/// up to the service's number of slots, most wanted first.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "lottery_applications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// 申込番号: 8 digits, given to the resident; the draw's random order
    /// is computed from it (`crate::lottery::draw`).
    #[sea_orm(unique)]
    pub application_number: String,
    pub service_id: i32,
    pub resident_id: i32,
    /// Slot ids, most wanted first (JSON array).
    pub preferences: String,
    /// What they said on 対象者の確認 (JSON of `domain::Said`), checked
    /// again at the draw.
    pub said: String,
    /// Written only by the booking core (`crate::booking::lottery`).
    pub status: Status,
    /// Its place in the draw's random order, from 1 (after the draw).
    pub draw_rank: Option<i32>,
    /// The slot the draw gave (kept as drawn, whatever later becomes of the
    /// reservation: the replay compares with it).
    pub drawn_slot_id: Option<i32>,
    /// 当選: the reservation it became.
    pub reservation_id: Option<i32>,
    /// Why it was not in the draw (対象外 at the draw), in Japanese for staff.
    pub note: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Status {
    /// 申込中: waiting for the draw.
    #[sea_orm(string_value = "applied")]
    Applied,
    /// 取り下げ: withdrawn by the resident before the draw.
    #[sea_orm(string_value = "withdrawn")]
    Withdrawn,
    /// 当選: a place was drawn for them (`reservation_id`).
    #[sea_orm(string_value = "won")]
    Won,
    /// 落選: no preference had a place left when their turn came.
    #[sea_orm(string_value = "lost")]
    Lost,
    /// 対象外: at the draw they no longer met the service's conditions (or
    /// its limit), so they were not drawn; `note` says why.
    #[sea_orm(string_value = "excluded")]
    Excluded,
}

impl Status {
    /// What staff read.
    pub fn label(self) -> &'static str {
        match self {
            Status::Applied => "申込中",
            Status::Withdrawn => "取り下げ",
            Status::Won => "当選",
            Status::Lost => "落選",
            Status::Excluded => "対象外",
        }
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The slots named, most wanted first.
    pub fn preferred_slots(&self) -> Vec<i32> {
        serde_json::from_str(&self.preferences).unwrap_or_default()
    }
}
