use sea_orm::entity::prelude::*;

/// キャンセル待ち: one resident waiting for a place in a slot (`slot_id`)
/// or in any slot of a day (`slot_id` empty), in the order of `id`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "waitlist_entries")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub service_id: i32,
    pub date: Date,
    /// The slot waited for; `None`: any slot of `date`.
    pub slot_id: Option<i32>,
    pub resident_id: i32,
    /// What they said on 対象者の確認 (JSON of `domain::Said`; empty for
    /// a service open to all), checked again when they accept.
    pub said: String,
    /// Written only by the booking core (`crate::booking::waitlist`).
    pub status: Status,
    /// The slot whose place is held for them while `Offered`.
    pub offered_slot_id: Option<i32>,
    /// SHA-256 (hex) of the offer link's token: the link itself is only in
    /// the email.
    #[sea_orm(unique)]
    pub offer_token_hash: Option<String>,
    pub offered_at: Option<DateTimeUtc>,
    /// The place is theirs to take until then (never past the slot's
    /// booking deadline).
    pub offer_expires_at: Option<DateTimeUtc>,
    /// The reservation made when they accepted.
    pub reservation_id: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Status {
    /// 待っている: in line.
    #[sea_orm(string_value = "waiting")]
    Waiting,
    /// ご案内中: a place is held for them until `offer_expires_at`.
    #[sea_orm(string_value = "offered")]
    Offered,
    /// 予約済み: they took the place.
    #[sea_orm(string_value = "accepted")]
    Accepted,
    /// 辞退: they declined the place; out of line.
    #[sea_orm(string_value = "declined")]
    Declined,
    /// 期限切れ: no answer in time; the place went to the next in line.
    #[sea_orm(string_value = "expired")]
    Expired,
    /// 取り消し: they left the line themselves.
    #[sea_orm(string_value = "withdrawn")]
    Withdrawn,
    /// 終了: the slot or day closed (deadline, 中止) before a place freed.
    #[sea_orm(string_value = "closed")]
    Closed,
}

impl Status {
    /// What staff read.
    pub fn label(self) -> &'static str {
        match self {
            Status::Waiting => "待機中",
            Status::Offered => "ご案内中",
            Status::Accepted => "予約済み",
            Status::Declined => "辞退",
            Status::Expired => "期限切れ",
            Status::Withdrawn => "取り消し",
            Status::Closed => "終了",
        }
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
