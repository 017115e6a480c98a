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
    /// 予約の方法: first come, first served, or 抽選.
    pub booking_mode: BookingMode,
    /// 抽選: residents apply from `lottery_apply_from` until
    /// `lottery_apply_until`; the draw runs by itself at `lottery_draw_at`
    /// (staff may start it once the period is over). Empty unless 抽選.
    pub lottery_apply_from: Option<DateTimeUtc>,
    pub lottery_apply_until: Option<DateTimeUtc>,
    pub lottery_draw_at: Option<DateTimeUtc>,
    /// How many slots an application may name, in order (1–5).
    pub lottery_preferences: i32,
    /// When the draw ran: set once, by the draw itself
    /// (`crate::booking::lottery::draw`); until then no place of the
    /// service is booked first come.
    pub lottery_drawn_at: Option<DateTimeUtc>,
    /// The draw's seed (hex), drawn once when the draw is first asked for
    /// (`crate::booking::lottery::seed_for`).
    pub lottery_seed: Option<String>,
    /// 前日のお知らせ: emailed `reminder_days_before` days before the slot
    /// (0: the same day) at `reminder_time`, Japan time; `None`: no
    /// reminder (`crate::booking::reminders`).
    pub reminder_days_before: Option<i32>,
    pub reminder_time: Time,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum BookingMode {
    /// 先着順: whoever books first gets the place (the default).
    #[default]
    #[sea_orm(string_value = "first_come")]
    FirstCome,
    /// 抽選: places are drawn among those who applied in the period.
    #[sea_orm(string_value = "lottery")]
    Lottery,
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
            booking_mode: sea_orm::ActiveValue::Set(BookingMode::FirstCome),
            lottery_apply_from: sea_orm::ActiveValue::Set(None),
            lottery_apply_until: sea_orm::ActiveValue::Set(None),
            lottery_draw_at: sea_orm::ActiveValue::Set(None),
            lottery_preferences: sea_orm::ActiveValue::Set(3),
            lottery_drawn_at: sea_orm::ActiveValue::Set(None),
            lottery_seed: sea_orm::ActiveValue::Set(None),
            reminder_days_before: sea_orm::ActiveValue::Set(Some(1)),
            reminder_time: sea_orm::ActiveValue::Set(chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default()),
            ..ActiveModelTrait::default()
        }
    }
}

impl Model {
    pub fn is_lottery(&self) -> bool {
        self.booking_mode == BookingMode::Lottery
    }

    /// A 抽選 whose draw has not run yet: no place is booked first come.
    pub fn awaits_draw(&self) -> bool {
        self.is_lottery() && self.lottery_drawn_at.is_none()
    }

    /// 対象者条件: who may reserve (`crate::domain::Eligibility`).
    pub fn eligibility(&self) -> crate::domain::Eligibility {
        crate::domain::Eligibility::from_stored(&self.eligibility)
    }
}

#[cfg(test)]
impl Model {
    /// A published first-come service with the defaults a new one gets
    /// (特定健診 at the 保健センター, deadlines the day before at 17:00,
    /// reminder the day before at 9:00), for tests to change what they test.
    pub fn example() -> Self {
        let five_pm = chrono::NaiveTime::from_hms_opt(17, 0, 0).unwrap();
        Model {
            id: 1,
            name: "特定健診".into(),
            description: String::new(),
            venue: "保健センター".into(),
            notes: String::new(),
            booking_opens_days: 30,
            deadline_days_before: 1,
            deadline_time: five_pm,
            change_deadline_days_before: 1,
            change_deadline_time: five_pm,
            max_active_per_resident: 0,
            published: true,
            sort_order: 0,
            created_at: chrono::Utc::now(),
            eligibility: String::new(),
            waitlist_hold_hours: 24,
            booking_mode: BookingMode::default(),
            lottery_apply_from: None,
            lottery_apply_until: None,
            lottery_draw_at: None,
            lottery_preferences: 3,
            lottery_drawn_at: None,
            lottery_seed: None,
            reminder_days_before: Some(1),
            reminder_time: chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        }
    }
}

/// Every service by id (a city has a handful), for lists that name them.
pub async fn all_by_id(db: &impl ConnectionTrait) -> Result<std::collections::HashMap<i32, Model>, DbErr> {
    Ok(Entity::find().all(db).await?.into_iter().map(|s| (s.id, s)).collect())
}
