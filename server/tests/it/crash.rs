//! kill -9 during a rush (issue 12, item 1), on SQLite and on PostgreSQL:
//! every reservation whose completion page was served is there after the
//! restart, none is doubled, each has its confirmation mail promised, and
//! every slot's `taken` equals its active reservations.
use crate::common;

use common::{Backend, ServerProcess, fresh_database, new_slot, testid_text};
use futures::StreamExt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn a_crash_loses_no_served_reservation(backend: Backend) {
    let fresh = fresh_database(backend).await;
    let config = common::test_config(&fresh.url, fresh.dir.path());
    let db = server::database::connect(&config).await.unwrap();
    server::database::migrate(&config, &db).await.unwrap();
    let (_, slot) = new_slot(&db, 100_000).await;
    let server = ServerProcess::start(&fresh.url, fresh.dir.path(), &[]).await;
    let base = server.base.clone();
    let served: Arc<Mutex<Vec<String>>> = Arc::default();
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).timeout(Duration::from_secs(5)).build().unwrap();
    // Residents booking as fast as the server lets them, 32 at a time,
    // until the server dies under them.
    let rush = {
        let (served, client, base) = (served.clone(), client.clone(), base.clone());
        tokio::spawn(async move {
            futures::stream::iter(0..1_000_000u32)
                .map(|i| {
                    let (served, client, base) = (served.clone(), client.clone(), base.clone());
                    async move {
                        let email = format!("crash{i}@example.jp");
                        let browser = common::browser_cookie();
                        let form = [
                            ("draft_id", ""), ("slot_id", &slot.to_string()), ("name", "射水 太郎"), ("kana", "いみず たろう"),
                            ("birth_year", "1960"), ("birth_month", "4"), ("birth_day", "1"), ("phone", "0766-51-6666"),
                            ("email", &email), ("email_confirm", &email),
                        ];
                        let Ok(r) = client.post(format!("{base}/api/reserve/details")).header("Accept", "text/html").header("Cookie", &browser).form(&form).send().await else { return false };
                        let Some(draft) = r.headers().get("location").and_then(|l| l.to_str().ok()).and_then(|l| l.split('/').nth(3)).map(str::to_string) else { return false };
                        let Ok(r) = client.post(format!("{base}/api/reserve/submit")).header("Accept", "text/html").header("Cookie", &browser).form(&[("draft_id", draft.as_str())]).send().await else { return false };
                        if r.status() != 302 {
                            return false;
                        }
                        let Ok(page) = client.get(format!("{base}/reserve/drafts/{draft}/complete")).header("Cookie", &browser).send().await else { return false };
                        let Ok(html) = page.text().await else { return false };
                        if html.contains("data-testid=\"reservation-number\"") {
                            served.lock().unwrap().push(testid_text(&html, "reservation-number"));
                        }
                        true
                    }
                })
                .buffer_unordered(32)
                .take_while(|ok| std::future::ready(*ok))
                .count()
                .await
        })
    };
    let rush_ms = std::env::var("CRASH_RUSH_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(2500);
    tokio::time::sleep(Duration::from_millis(rush_ms)).await;
    server.signal(libc::SIGKILL);
    let mut server = server;
    server.exited(Duration::from_secs(5)).await.expect("killed");
    let _ = tokio::time::timeout(Duration::from_secs(10), rush).await;
    let served = served.lock().unwrap().clone();
    assert!(served.len() >= 20, "the rush got going before the kill: {}", served.len());

    // Restart on the same database: it recovers and serves.
    let restarted = ServerProcess::start(&fresh.url, fresh.dir.path(), &[]).await;
    let count = |sql: String| {
        let db = db.clone();
        async move {
            use sea_orm::{ConnectionTrait, Statement};
            let row = db.query_one_raw(Statement::from_string(db.get_database_backend(), sql)).await.unwrap().unwrap();
            row.try_get_by_index::<i64>(0).unwrap()
        }
    };
    let mut missing = Vec::new();
    for number in &served {
        if count(format!("SELECT COUNT(*) FROM reservations WHERE reservation_number = '{number}' AND status = 'active'")).await != 1 {
            missing.push(number.clone());
        }
    }
    assert!(missing.is_empty(), "served but missing after the crash: {missing:?}");
    let active = count("SELECT COUNT(*) FROM reservations WHERE status = 'active'".into()).await;
    let taken = count(format!("SELECT CAST(taken AS BIGINT) FROM slots WHERE id = {slot}")).await;
    assert_eq!(taken, active, "taken equals the active reservations");
    let doubled = count("SELECT COUNT(*) FROM (SELECT reservation_id FROM form_drafts WHERE reservation_id IS NOT NULL GROUP BY reservation_id HAVING COUNT(*) > 1) d".into()).await;
    assert_eq!(doubled, 0);
    let drafts_booked = count("SELECT COUNT(*) FROM form_drafts WHERE reservation_id IS NOT NULL".into()).await;
    assert_eq!(drafts_booked, active, "one reservation per sent form, none twice");
    let promised = count("SELECT COUNT(*) FROM email_outbox WHERE kind = 'reservation_confirmation'".into()).await;
    assert_eq!(promised, active, "each reservation's confirmation is in the outbox");
    println!(
        "kill -9 during a rush ({backend:?}): {} completion pages served, {active} reservations after restart, 0 lost, 0 doubled, taken = {taken}",
        served.len()
    );
    drop(restarted);
}

on_both!(a_crash_loses_no_served_reservation);
