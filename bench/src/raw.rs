//! The baseline: the database work of one reservation — the draft written
//! by the details step, then 送信's transaction, statement for statement
//! as the server issues them (claim the draft, read it, read the slot and
//! its service, take the place, check and insert the resident and the
//! reservation, queue the email, mark the draft) — issued through raw sqlx
//! with prepared statements, no web stack, no ORM, no rendering.
//!
//! SQLite has one writer, so its baseline is one connection doing one
//! reservation after another (the best SQLite can do, not a race for its
//! lock); PostgreSQL's is the server's pool size, `concurrency` at a time.
use anyhow::Result;
use chrono::{Duration, Utc};
use sea_orm::sqlx::{self, Row};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration as StdDuration;

pub enum Pool {
    Sqlite(sqlx::SqlitePool),
    Postgres(sqlx::PgPool),
}

impl Pool {
    pub async fn connect(url: &str, pg_pool_size: u32) -> Result<Pool> {
        if url.starts_with("sqlite:") {
            use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
            let options = SqliteConnectOptions::from_str(url)?
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .busy_timeout(StdDuration::from_secs(15))
                .foreign_keys(true);
            Ok(Pool::Sqlite(SqlitePoolOptions::new().max_connections(1).connect_with(options).await?))
        } else {
            let pool = sqlx::postgres::PgPoolOptions::new().max_connections(pg_pool_size).connect(url).await?;
            Ok(Pool::Postgres(pool))
        }
    }

    pub async fn close(&self) {
        match self {
            Pool::Sqlite(p) => p.close().await,
            Pool::Postgres(p) => p.close().await,
        }
    }
}

/// What one raw reservation did: true when a place was taken.
pub async fn reservation(pool: &Pool, slot_id: i32, n: usize) -> Result<bool> {
    match pool {
        Pool::Sqlite(p) => reservation_sqlite(p, slot_id, n).await,
        Pool::Postgres(p) => reservation_postgres(p, slot_id, n).await,
    }
}

/// The statements, the same text on both databases (`$n` in order).
const INSERT_DRAFT: &str = "INSERT INTO form_drafts (id, kind, payload, created_at, expires_at, submitted_at, reservation_id) \
                            VALUES ($1, $2, $3, $4, $5, NULL, NULL)";
const CLAIM_DRAFT: &str = "UPDATE form_drafts SET submitted_at = $1 WHERE id = $2 AND kind = $3 \
                           AND submitted_at IS NULL AND expires_at > $4";
const READ_DRAFT: &str = "SELECT id, kind, payload, created_at, expires_at, submitted_at, reservation_id \
                          FROM form_drafts WHERE id = $1";
const READ_SLOT: &str = "SELECT s.id, s.service_id, s.date, s.start_time, s.end_time, s.capacity, s.taken, s.is_open, \
                         v.name, v.venue, v.booking_opens_days, v.deadline_days_before, v.deadline_time \
                         FROM slots s JOIN services v ON v.id = s.service_id WHERE s.id = $1";
const TAKE_PLACE: &str = "UPDATE slots SET taken = taken + 1 WHERE id = $1 AND is_open = $2 AND taken < capacity";
const KEY_IN_USE: &str = "SELECT id FROM residents WHERE user_key = $1 LIMIT 1";
const INSERT_RESIDENT: &str = "INSERT INTO residents (user_key, name, name_kana, birth_date, phone, email, created_at, updated_at) \
                               VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
const NUMBER_IN_USE: &str = "SELECT id FROM reservations WHERE reservation_number = $1 LIMIT 1";
const INSERT_RESERVATION: &str = "INSERT INTO reservations (reservation_number, resident_id, slot_id, status, created_at, ticket_token) \
                                  VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
const QUEUE_MAIL: &str = "INSERT INTO email_outbox (kind, to_address, subject, body, created_at, attempts, next_attempt_at) \
                          VALUES ($1, $2, $3, $4, $5, $6, $7)";
const MARK_SENT: &str = "UPDATE form_drafts SET reservation_id = $1, expires_at = $2 WHERE id = $3";

/// The same shape as the server's draft payload and confirmation email,
/// so the rows weigh the same.
fn payload(slot_id: i32, email: &str) -> String {
    format!(
        r#"{{"slot_id":{slot_id},"input":{{"name":"射水 太郎","kana":"いみず たろう","birth_year":"1960","birth_month":"4","birth_day":"1","phone":"0766-51-6666","email":"{email}","email_confirm":"{email}"}},"resident_id":null}}"#
    )
}

const MAIL_BODY: &str = "射水 太郎 様\n\nいみずe-予約システムをご利用いただき、ありがとうございます。\n以下の内容で予約を受け付けました。\n\n\
    予約番号: 00000000\n予約メニュー: 負荷試験\n日時: 2026年12月3日(木) 9:00〜9:30\n会場: 射水市保健センター\n\n\
    利用者キー: XXXX-XXXX-XXXX\n予約の変更・キャンセルには、利用者キーとメールアドレスでログインしてください。\n";

/// Unique per run and per resident: the bench's process id and `n`.
fn ids(n: usize) -> (String, String, String) {
    let pid = std::process::id();
    let draft = format!("{:016x}{:016x}", pid as u64, n as u64);
    let key = format!("K{:07}{:08}", pid % 10_000_000, n);
    let number = format!("{:08}", (pid as usize * 100_000 + n) % 100_000_000);
    (draft, key, number)
}

macro_rules! reservation_fn {
    ($name:ident, $pool:ty) => {
        async fn $name(pool: &$pool, slot_id: i32, n: usize) -> Result<bool> {
            let now = Utc::now();
            let email = format!("raw{n}@example.jp");
            let (draft, key, number) = ids(n);
            let birth = chrono::NaiveDate::from_ymd_opt(1960, 4, 1).expect("a date");
            // The details step: the draft, on its own.
            sqlx::query(INSERT_DRAFT)
                .bind(&draft)
                .bind("reservation")
                .bind(payload(slot_id, &email))
                .bind(now)
                .bind(now + Duration::hours(2))
                .execute(pool)
                .await?;
            // 送信.
            let mut txn = pool.begin().await?;
            sqlx::query(CLAIM_DRAFT).bind(now).bind(&draft).bind("reservation").bind(now).execute(&mut *txn).await?;
            let row = sqlx::query(READ_DRAFT).bind(&draft).fetch_one(&mut *txn).await?;
            let _payload: String = row.try_get("payload")?;
            sqlx::query(READ_SLOT).bind(slot_id).fetch_one(&mut *txn).await?;
            let taken = sqlx::query(TAKE_PLACE).bind(slot_id).bind(true).execute(&mut *txn).await?.rows_affected() == 1;
            if !taken {
                txn.rollback().await?;
                return Ok(false);
            }
            sqlx::query(KEY_IN_USE).bind(&key).fetch_optional(&mut *txn).await?;
            let resident_id: i32 = sqlx::query(INSERT_RESIDENT)
                .bind(&key)
                .bind("射水 太郎")
                .bind("いみず たろう")
                .bind(birth)
                .bind("0766-51-6666")
                .bind(&email)
                .bind(now)
                .bind(now)
                .fetch_one(&mut *txn)
                .await?
                .try_get("id")?;
            sqlx::query(NUMBER_IN_USE).bind(&number).fetch_optional(&mut *txn).await?;
            let reservation_id: i32 = sqlx::query(INSERT_RESERVATION)
                .bind(&number)
                .bind(resident_id)
                .bind(slot_id)
                .bind("active")
                .bind(now)
                // The 予約票's token: as random as the server's, unique as the draft id.
                .bind(&draft)
                .fetch_one(&mut *txn)
                .await?
                .try_get("id")?;
            sqlx::query(QUEUE_MAIL)
                .bind("reservation_confirmation")
                .bind(&email)
                .bind("【いみずe-予約システム】予約を受け付けました")
                .bind(MAIL_BODY)
                .bind(now)
                .bind(0i32)
                .bind(now)
                .execute(&mut *txn)
                .await?;
            sqlx::query(MARK_SENT)
                .bind(reservation_id)
                .bind(now + Duration::hours(24))
                .bind(&draft)
                .execute(&mut *txn)
                .await?;
            txn.commit().await?;
            Ok(true)
        }
    };
}

reservation_fn!(reservation_sqlite, sqlx::SqlitePool);
reservation_fn!(reservation_postgres, sqlx::PgPool);

/// `total` raw reservations over `slots` (in turn), `concurrency` at a time.
pub async fn run(pool: Arc<Pool>, slots: Arc<Vec<i32>>, total: usize, concurrency: usize) -> Result<(usize, StdDuration)> {
    let (results, wall) = crate::load::closed(total, concurrency, move |n| {
        let (pool, slots) = (pool.clone(), slots.clone());
        async move { reservation(&pool, slots[n % slots.len()], n).await }
    })
    .await;
    let mut taken = 0;
    for result in results {
        if result? {
            taken += 1;
        }
    }
    Ok((taken, wall))
}
