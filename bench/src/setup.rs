//! The scenarios' services and slots, written with the app's own entities
//! (so dates and times are stored exactly as the server stores them), and
//! the after-run checks: no slot overbooked, `taken` equal to its
//! reservations.
use anyhow::Result;
use app::db::{services, slots};
use chrono::{Duration, NaiveDate, NaiveTime, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, FromQueryResult, Set, Statement};

/// The day the scenarios' slots are on: a week ahead, inside every window.
pub fn slot_day(days_ahead: i64) -> NaiveDate {
    app::time::to_jst(Utc::now()).date() + Duration::days(days_ahead)
}

/// A published service without a per-person limit, and its slots
/// (`capacity` each, `count` of them, 30 minutes apart from 9:00 over as
/// many days as needed, ten a day). Returns the slot ids in order.
pub async fn service_with_slots(db: &DatabaseConnection, name: &str, count: usize, capacity: i32) -> Result<Vec<i32>> {
    let now = Utc::now();
    let service = services::ActiveModel {
        name: Set(name.into()),
        description: Set("負荷試験用".into()),
        venue: Set("射水市保健センター".into()),
        notes: Set(String::new()),
        booking_opens_days: Set(60),
        deadline_days_before: Set(1),
        deadline_time: Set(NaiveTime::from_hms_opt(17, 0, 0).expect("a time")),
        change_deadline_days_before: Set(1),
        change_deadline_time: Set(NaiveTime::from_hms_opt(17, 0, 0).expect("a time")),
        max_active_per_resident: Set(0),
        published: Set(true),
        sort_order: Set(100),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let mut ids = Vec::with_capacity(count);
    for i in 0..count {
        let start = NaiveTime::from_hms_opt(9, 0, 0).expect("a time") + Duration::minutes(30 * (i % 10) as i64);
        let slot = slots::ActiveModel {
            service_id: Set(service.id),
            date: Set(slot_day(7 + (i / 10) as i64)),
            start_time: Set(start),
            end_time: Set(start + Duration::minutes(30)),
            capacity: Set(capacity),
            taken: Set(0),
            is_open: Set(true),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        ids.push(slot.id);
    }
    Ok(ids)
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Ledger {
    /// Slots holding more active reservations (or a larger `taken`) than places.
    pub overbooked: i64,
    /// Slots whose `taken` differs from their active reservations.
    pub miscounted: i64,
    /// Active reservations in all.
    pub active: i64,
}

#[derive(FromQueryResult)]
struct Count {
    n: i64,
}

async fn count(db: &DatabaseConnection, sql: &str) -> Result<i64> {
    let statement = Statement::from_string(db.get_database_backend(), sql.to_string());
    Ok(Count::find_by_statement(statement).one(db).await?.map_or(0, |c| c.n))
}

pub async fn ledger(db: &DatabaseConnection) -> Result<Ledger> {
    const ACTIVE: &str = "(SELECT COUNT(*) FROM reservations r WHERE r.slot_id = s.id AND r.status = 'active')";
    Ok(Ledger {
        overbooked: count(db, &format!("SELECT COUNT(*) AS n FROM slots s WHERE s.taken > s.capacity OR {ACTIVE} > s.capacity")).await?,
        miscounted: count(db, &format!("SELECT COUNT(*) AS n FROM slots s WHERE s.taken <> {ACTIVE}")).await?,
        active: count(db, "SELECT COUNT(*) AS n FROM reservations WHERE status = 'active'").await?,
    })
}
