//! `DEMO_DATA=1`: an empty database gets services and a month of slots, a
//! few nearly full and one full, so the app is worth opening at once.
use app::db::{reservations, residents, services, slots};
use app::domain::UserKey;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use sea_orm::{ActiveModelTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, Set, TransactionTrait};

struct DemoService {
    name: &'static str,
    description: &'static str,
    venue: &'static str,
    notes: &'static str,
    deadline_time: (u32, u32),
    weekdays: &'static [Weekday],
    times: &'static [(u32, u32, u32, u32)],
    capacity: i32,
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
    },
];

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("demo times are valid")
}

pub async fn seed_if_empty(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<(), DbErr> {
    if services::Entity::find().count(db).await? > 0 {
        return Ok(());
    }
    let today = app::time::to_jst(now).date();
    let txn = db.begin().await?;
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
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let mut made = 0;
        for offset in 2..=30 {
            let date: NaiveDate = today + Duration::days(offset);
            if !demo.weekdays.contains(&date.weekday()) {
                continue;
            }
            for &(sh, sm, eh, em) in demo.times {
                // A few slots nearly full, and the second consultation slot full.
                let taken = match (order, made) {
                    (0, 0 | 1) => demo.capacity - 1,
                    (2, 1) => demo.capacity,
                    (1, 0) => demo.capacity - 2,
                    _ => 0,
                };
                let slot = slots::ActiveModel {
                    service_id: Set(service.id),
                    date: Set(date),
                    start_time: Set(t(sh, sm)),
                    end_time: Set(t(eh, em)),
                    capacity: Set(demo.capacity),
                    taken: Set(taken),
                    is_open: Set(true),
                    created_at: Set(now),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
                for _ in 0..taken {
                    fill_next += 1;
                    book_demo_resident(&txn, slot.id, fill_next, now).await?;
                }
                made += 1;
            }
        }
    }
    txn.commit().await?;
    tracing::info!("demo data created");
    Ok(())
}

/// Places taken in demo slots belong to real (made-up) residents, so the
/// counts and the reservations always agree.
async fn book_demo_resident(
    txn: &sea_orm::DatabaseTransaction,
    slot_id: i32,
    n: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let resident = residents::ActiveModel {
        user_key: Set(UserKey::generate().as_str().to_string()),
        name: Set(format!("見本 利用者{n}")),
        name_kana: Set("みほん りようしゃ".into()),
        birth_date: Set(NaiveDate::from_ymd_opt(1960, 4, 1).expect("valid")),
        phone: Set("0766000000".into()),
        email: Set(format!("demo{n}@example.invalid")),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    reservations::ActiveModel {
        reservation_number: Set(format!("9{:07}", n)),
        resident_id: Set(resident.id),
        slot_id: Set(slot_id),
        status: Set(reservations::ACTIVE.into()),
        created_at: Set(now),
        cancelled_at: Set(None),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}
