//! `DEMO_DATA=1`: an empty database gets services and a month of slots, a
//! few nearly full and one full, so the app is worth opening at once.
use app::actor::Actor;
use app::booking::{self, ForWhom};
use app::clock::Clock;
use app::db::{begin_write, email_outbox, services, slots};
use app::domain::{AgeAt, DetailsInput, Eligibility, Question, Sex};
use app::site::SiteSettings;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, Set};

struct DemoService {
    name: &'static str,
    description: &'static str,
    venue: &'static str,
    notes: &'static str,
    deadline_time: (u32, u32),
    weekdays: &'static [Weekday],
    times: &'static [(u32, u32, u32, u32)],
    capacity: i32,
    /// 対象者条件 (`None`: open to all).
    eligibility: fn() -> Option<Eligibility>,
    /// 抽選: applications open from yesterday for a week, drawn an hour
    /// after; its slots begin after the draw.
    lottery: bool,
}

fn open_to_all() -> Option<Eligibility> {
    None
}

/// 子宮頸がん検診: women aged 20 or over at the end of the fiscal year,
/// not screened by the city this fiscal year — every kind of condition.
fn cervical_screening() -> Option<Eligibility> {
    Some(Eligibility {
        min_age: Some(20),
        max_age: None,
        age_at: AgeAt::FiscalYearEnd,
        sex: Some(Sex::Female),
        questions: vec![Question { text: "今年度、射水市の子宮頸がん検診をまだ受けていない".into(), qualifying_answer: true }],
        contact: "射水市保健センター（電話 0766-52-7070）".into(),
    })
}

const SERVICES: &[DemoService] = &[
    DemoService {
        name: "特定健診（集団）",
        description: "40歳から74歳の射水市国民健康保険に加入している方の健康診査です。",
        venue: "射水市保健センター",
        notes: "受診券と保険証をお持ちください。",
        deadline_time: (17, 0),
        weekdays: &[Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri],
        times: &[(9, 0, 9, 30), (9, 30, 10, 0), (10, 0, 10, 30), (10, 30, 11, 0)],
        capacity: 10,
        eligibility: open_to_all,
        lottery: false,
    },
    DemoService {
        name: "胃がん検診",
        description: "40歳以上の方を対象としたバリウムによる胃がん検診です。",
        venue: "射水市保健センター",
        notes: "前日の21時以降は食事をしないでください。",
        deadline_time: (17, 0),
        weekdays: &[Weekday::Tue, Weekday::Thu],
        times: &[(8, 30, 9, 0), (9, 0, 9, 30)],
        capacity: 8,
        eligibility: open_to_all,
        lottery: false,
    },
    DemoService {
        name: "健康相談",
        description: "保健師・管理栄養士が健康や食事についての相談に応じます。",
        venue: "新湊地区センター",
        notes: "",
        deadline_time: (12, 0),
        weekdays: &[Weekday::Mon, Weekday::Wed, Weekday::Fri],
        times: &[(13, 30, 14, 0), (14, 0, 14, 30), (14, 30, 15, 0)],
        capacity: 2,
        eligibility: open_to_all,
        lottery: false,
    },
    DemoService {
        name: "子宮頸がん検診",
        description: "20歳以上の女性の方を対象とした子宮頸がん検診です（対象者条件の見本）。",
        venue: "射水市保健センター",
        notes: "生理中の方は受診できません。",
        deadline_time: (17, 0),
        weekdays: &[Weekday::Wed],
        times: &[(13, 0, 13, 30), (13, 30, 14, 0)],
        capacity: 6,
        eligibility: cervical_screening,
        lottery: false,
    },
    DemoService {
        name: "骨密度測定（抽選）",
        description: "超音波で骨の健康度を測定します。希望される方が多いため、抽選で受け付けます（抽選の見本）。",
        venue: "大島地区センター",
        notes: "素足で測定します。脱ぎやすい靴下でお越しください。",
        deadline_time: (17, 0),
        weekdays: &[Weekday::Thu],
        times: &[(10, 0, 10, 30), (10, 30, 11, 0)],
        capacity: 5,
        eligibility: open_to_all,
        lottery: true,
    },
];

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("demo times are valid")
}

pub async fn seed_if_empty(db: &DatabaseConnection, site: &SiteSettings, clock: &Clock) -> Result<(), DbErr> {
    if services::Entity::find().count(db).await? > 0 {
        return Ok(());
    }
    let now = clock.now();
    let today = app::time::to_jst(now).date();
    let txn = begin_write(db).await?;
    let mut fill_next = 0;
    for (order, demo) in SERVICES.iter().enumerate() {
        let service = services::ActiveModel {
            name: Set(demo.name.into()),
            description: Set(demo.description.into()),
            venue: Set(demo.venue.into()),
            notes: Set(demo.notes.into()),
            booking_opens_days: Set(30),
            deadline_days_before: Set(1),
            deadline_time: Set(t(demo.deadline_time.0, demo.deadline_time.1)),
            change_deadline_days_before: Set(1),
            change_deadline_time: Set(t(demo.deadline_time.0, demo.deadline_time.1)),
            max_active_per_resident: Set(0),
            published: Set(true),
            sort_order: Set(order as i32),
            created_at: Set(now),
            eligibility: Set((demo.eligibility)().map(|rule| rule.to_stored()).unwrap_or_default()),
            booking_mode: Set(if demo.lottery { services::BookingMode::Lottery } else { services::BookingMode::FirstCome }),
            lottery_apply_from: Set(demo.lottery.then(|| now - Duration::days(1))),
            lottery_apply_until: Set(demo.lottery.then(|| now + Duration::days(7))),
            lottery_draw_at: Set(demo.lottery.then(|| now + Duration::days(7) + Duration::hours(1))),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let mut made = 0;
        for offset in 2..=30 {
            let date: NaiveDate = today + Duration::days(offset);
            // A 抽選's slots come after its draw.
            if !demo.weekdays.contains(&date.weekday()) || (demo.lottery && offset < 10) {
                continue;
            }
            for &(sh, sm, eh, em) in demo.times {
                let slot = slots::ActiveModel {
                    service_id: Set(service.id),
                    date: Set(date),
                    start_time: Set(t(sh, sm)),
                    end_time: Set(t(eh, em)),
                    capacity: Set(demo.capacity),
                    is_open: Set(true),
                    created_at: Set(now),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
                // A few slots nearly full, and the second consultation slot full.
                let taken = match (order, made) {
                    (0, 0 | 1) => demo.capacity - 1,
                    (2, 1) => demo.capacity,
                    (1, 0) => demo.capacity - 2,
                    _ => 0,
                };
                for _ in 0..taken {
                    fill_next += 1;
                    book_demo_resident(&txn, site, clock, slot.id, fill_next).await?;
                }
                made += 1;
            }
        }
    }
    // The demo residents are made up: their confirmation emails are not sent.
    email_outbox::Entity::update_many()
        .col_expr(email_outbox::Column::SentAt, Expr::value(now))
        .col_expr(email_outbox::Column::Body, Expr::value(""))
        .filter(email_outbox::Column::ToAddress.like("%@example.invalid"))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    tracing::info!("demo data created");
    Ok(())
}

/// Places taken in demo slots belong to real (made-up) residents, booked
/// through the booking core like anyone else, so the counts and the
/// reservations always agree.
async fn book_demo_resident(
    txn: &sea_orm::DatabaseTransaction,
    site: &SiteSettings,
    clock: &Clock,
    slot_id: i32,
    n: i32,
) -> Result<(), DbErr> {
    let typed = DetailsInput {
        name: format!("見本 利用者{n}"),
        kana: "みほん りようしゃ".into(),
        birth_year: "1960".into(),
        birth_month: "4".into(),
        birth_day: "1".into(),
        phone: "0766000000".into(),
        email: format!("demo{n}@example.invalid"),
        email_confirm: format!("demo{n}@example.invalid"),
        no_email: false,
    };
    let details = typed
        .validate(app::time::to_jst(clock.now()).date())
        .map_err(|errors| DbErr::Custom(format!("demo details do not validate: {errors:?}")))?;
    booking::book(txn, site, &Actor::Guest, clock, slot_id, ForWhom::New(details), booking::Conditions::none())
        .await
        .map_err(|refused| DbErr::Custom(format!("demo booking refused: {refused:?}")))?;
    Ok(())
}
