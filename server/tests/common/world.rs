//! The booking core's world for tests that call it directly (no HTTP, no
//! request context): a fresh database, a manual clock starting 2026-12-01
//! 09:00 in Japan, and helpers to make services, slots, staff and people.
use super::Backend;
use app::actor::{Actor, StaffActor};
use app::booking::{self, BookingError, ForWhom};
use app::clock::Clock;
use app::db::{audit_log, begin_write, email_outbox, reservations, services, slots, staff};
use app::domain::{AgeAt, DetailsInput, Eligibility, Question, ReservationNumber, ValidDetails};
use app::site::SiteSettings;
use chrono::{Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set};

/// 2026-12-01 09:00 in Japan.
pub fn start() -> chrono::DateTime<Utc> {
    app::time::jst().with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap().with_timezone(&Utc)
}

pub fn jst(y: i32, m: u32, d: u32, h: u32, min: u32) -> chrono::DateTime<Utc> {
    app::time::jst().with_ymd_and_hms(y, m, d, h, min, 0).unwrap().with_timezone(&Utc)
}

pub struct World {
    pub db: DatabaseConnection,
    pub clock: Clock,
    pub site: SiteSettings,
    pub _fresh: super::FreshDatabase,
}

pub async fn world(backend: Backend) -> World {
    let (db, fresh) = super::connect_fresh(backend).await;
    World { db, clock: Clock::manual(start()), site: SiteSettings::example(), _fresh: fresh }
}

impl World {
    /// A published service: booking closes the day before at 17:00, changes
    /// two days before at 12:00; `limit` places per person (0: none).
    pub async fn service(&self, limit: i32) -> i32 {
        services::ActiveModel {
            name: Set("胃がん検診".into()),
            description: Set("テスト".into()),
            venue: Set("射水市保健センター".into()),
            notes: Set("".into()),
            booking_opens_days: Set(60),
            deadline_days_before: Set(1),
            deadline_time: Set(NaiveTime::from_hms_opt(17, 0, 0).unwrap()),
            change_deadline_days_before: Set(2),
            change_deadline_time: Set(NaiveTime::from_hms_opt(12, 0, 0).unwrap()),
            max_active_per_resident: Set(limit),
            published: Set(true),
            sort_order: Set(0),
            created_at: Set(self.clock.now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .unwrap()
        .id
    }

    pub async fn slot(&self, service_id: i32, date: NaiveDate, hour: u32, capacity: i32) -> i32 {
        let start = NaiveTime::from_hms_opt(hour, 0, 0).unwrap();
        slots::ActiveModel {
            service_id: Set(service_id),
            date: Set(date),
            start_time: Set(start),
            end_time: Set(start + Duration::minutes(30)),
            capacity: Set(capacity),
            is_open: Set(true),
            created_at: Set(self.clock.now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .unwrap()
        .id
    }

    pub async fn staff(&self) -> StaffActor {
        let member = staff::ActiveModel {
            login_id: Set("tanaka".into()),
            display_name: Set("田中".into()),
            password_hash: Set("not used here".into()),
            role: Set(staff::Role::Clerk),
            failed_logins: Set(0),
            locked_until: Set(None),
            disabled: Set(false),
            created_at: Set(self.clock.now()),
            updated_at: Set(self.clock.now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .unwrap();
        member.acting_from(Some("192.0.2.7".parse().unwrap()))
    }

    /// Books in its own transaction, as a door does.
    pub async fn book(&self, actor: &Actor, slot_id: i32, for_whom: ForWhom) -> Result<booking::Booked, BookingError> {
        self.book_saying(actor, slot_id, for_whom, booking::Conditions::none()).await
    }

    pub async fn book_saying(
        &self,
        actor: &Actor,
        slot_id: i32,
        for_whom: ForWhom,
        conditions: booking::Conditions,
    ) -> Result<booking::Booked, BookingError> {
        let txn = begin_write(&self.db).await.unwrap();
        let booked = booking::book(&txn, &self.site, actor, &self.clock, slot_id, for_whom, conditions).await?;
        txn.commit().await.unwrap();
        Ok(booked)
    }

    /// 特定健診's conditions on `service`: 40 to 74 (at `age_at`), and
    /// insured by the city.
    pub async fn checkup_conditions(&self, service: i32, age_at: AgeAt) {
        use sea_orm::{ColumnTrait, QueryFilter, sea_query::Expr};
        let rule = Eligibility {
            min_age: Some(40),
            max_age: Some(74),
            age_at,
            questions: vec![Question { text: "射水市の国民健康保険に加入している".into(), qualifying_answer: true }],
            ..Eligibility::default()
        };
        services::Entity::update_many()
            .col_expr(services::Column::Eligibility, Expr::value(rule.to_stored()))
            .filter(services::Column::Id.eq(service))
            .exec(&self.db)
            .await
            .unwrap();
    }

    pub async fn guest_books(&self, slot_id: i32, n: usize) -> Result<booking::Booked, BookingError> {
        self.book(&Actor::Guest, slot_id, ForWhom::New(person(n))).await
    }

    pub async fn cancel(&self, actor: &Actor, number: &str) -> Result<booking::Cancelled, BookingError> {
        let txn = begin_write(&self.db).await.unwrap();
        let done = booking::cancel(&txn, &self.site, actor, &self.clock, &ReservationNumber::parse(number).unwrap()).await?;
        txn.commit().await.unwrap();
        Ok(done)
    }

    pub async fn taken(&self, slot_id: i32) -> i32 {
        slots::Entity::find_by_id(slot_id).one(&self.db).await.unwrap().unwrap().taken
    }

    pub async fn outbox(&self) -> u64 {
        email_outbox::Entity::find().count(&self.db).await.unwrap()
    }

    pub async fn audit_rows(&self) -> u64 {
        audit_log::Entity::find().count(&self.db).await.unwrap()
    }

    pub async fn reservation(&self, number: &str) -> reservations::Model {
        use sea_orm::{ColumnTrait, QueryFilter};
        reservations::Entity::find()
            .filter(reservations::Column::ReservationNumber.eq(number))
            .one(&self.db)
            .await
            .unwrap()
            .unwrap()
    }
}

/// Person `n`'s details, as the details form would parse them.
pub fn person(n: usize) -> ValidDetails {
    DetailsInput {
        name: format!("射水 太郎{n}"),
        kana: "いみず たろう".into(),
        birth_year: "1960".into(),
        birth_month: "4".into(),
        birth_day: ((n % 28) + 1).to_string(),
        phone: "0766-51-6666".into(),
        email: format!("person{n}@example.jp"),
        email_confirm: format!("person{n}@example.jp"),
        no_email: false,
    }
    .validate(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
    .unwrap()
}

/// Person `n`, born on the given day.
pub fn born(n: usize, y: i32, m: u32, d: u32) -> ValidDetails {
    DetailsInput {
        birth_year: y.to_string(),
        birth_month: m.to_string(),
        birth_day: d.to_string(),
        ..DetailsInput {
            name: format!("射水 花子{n}"),
            kana: "いみず はなこ".into(),
            phone: "0766-51-6666".into(),
            email: format!("born{n}@example.jp"),
            email_confirm: format!("born{n}@example.jp"),
            ..DetailsInput::default()
        }
    }
    .validate(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
    .unwrap()
}

pub fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}
