use sea_orm::entity::prelude::*;

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
    /// Written only by the booking core (`crate::booking`).
    pub status: Status,
    pub created_at: DateTimeUtc,
    pub cancelled_at: Option<DateTimeUtc>,
    /// 来場, once staff have marked it.
    pub attendance: Option<Attendance>,
    /// The key to the reservation's 予約票 and calendar file
    /// (`crate::ticket`): 32 random hex digits, given at booking.
    #[sea_orm(unique)]
    pub ticket_token: String,
    /// When its reminder was sent, or found not needed (booked after the
    /// reminder's time, reminders turned off, no email address): set once,
    /// by one attempt only (`crate::booking::reminders`).
    pub reminder_done_at: Option<DateTimeUtc>,
}

/// Whether the reservation holds its place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Status {
    /// 予約中: holds one place of its slot.
    #[sea_orm(string_value = "active")]
    Active,
    /// キャンセル済み: by the resident, by staff, or with its whole slot.
    #[sea_orm(string_value = "cancelled")]
    Cancelled,
}

/// 来場 / 欠席, as staff marked it on the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Attendance {
    #[sea_orm(string_value = "attended")]
    Attended,
    #[sea_orm(string_value = "no_show")]
    NoShow,
}

impl Status {
    /// What staff read in lists and the export.
    pub fn label(self) -> &'static str {
        match self {
            Status::Active => "予約中",
            Status::Cancelled => "キャンセル",
        }
    }
}

impl Attendance {
    pub fn label(self) -> &'static str {
        match self {
            Attendance::Attended => "来場",
            Attendance::NoShow => "欠席",
        }
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
