//! Several servers on one PostgreSQL (issue 12, item 4): started at once,
//! they migrate once; a session made on one works on the other; a rush
//! split across both fills a slot exactly; each promised mail is sent by
//! exactly one of them.
use crate::common;

use common::{Backend, TestApp, Via, admin, fresh_database, test_config};
use futures::StreamExt;

/// Two servers starting at the same moment on an empty database: both
/// come up, and every migration is recorded once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_servers_starting_at_once_migrate_once() {
    server::init_logging();
    let fresh = fresh_database(Backend::Postgres).await;
    let (one, two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (a, b) = tokio::join!(
        server::start(test_config(&fresh.url, one.path()), app::clock::Clock::System),
        server::start(test_config(&fresh.url, two.path()), app::clock::Clock::System),
    );
    let (a, b) = (a.expect("first starts"), b.expect("second starts"));
    use migration::MigratorTrait;
    let applied = migration::Migrator::get_applied_migrations(&a.state.db).await.unwrap();
    assert_eq!(applied.len(), migration::Migrator::migrations().len());
    let client = reqwest::Client::new();
    for running in [&a, &b] {
        assert_eq!(client.get(format!("http://{}/readyz", running.addr)).send().await.unwrap().status(), 200);
    }
    a.stop();
    b.stop();
}

/// A staff session made on one server is good on the other (sessions live
/// in the database, not in a server's memory).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_session_from_one_server_works_on_the_other() {
    let one = common::spawn(Backend::Postgres).await;
    let two = one.another_server().await;
    let cookie = admin(&one).await;
    let page = two.get_as(&cookie, "/staff").await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("ログアウト"));
    two.stop().await;
    one.stop().await;
}

/// 600 residents, split over two servers, for 400 places: exactly 400
/// reservations, `taken` = 400, and 400 confirmations, each written by
/// exactly one of the servers' mail workers.
#[tokio::test(flavor = "multi_thread", worker_threads = 8)]
async fn a_rush_across_two_servers_fills_exactly_and_mails_once() {
    let one = common::spawn(Backend::Postgres).await;
    let two = one.another_server().await;
    let (_, slot) = one.slot_with_capacity(400).await;
    let servers = [&one, &two];
    let attempts = 600;
    // The forms first (a full slot would refuse a late one), then every
    // 送信 at once, alternating between the servers.
    let drafts: Vec<String> = futures::stream::iter(0..attempts)
        .map(|i| async move { servers[i % 2].details(slot, &format!("rush{i}@example.jp")).await })
        .buffered(40)
        .collect()
        .await;
    let outcomes: Vec<bool> = futures::stream::iter(drafts.iter().enumerate())
        .map(|(i, draft)| {
            let app: &TestApp = servers[i % 2];
            async move {
                let r = app.submit(draft, Via::Form).await;
                r.headers().get("location").is_some_and(|l| l.to_str().unwrap().ends_with("/complete"))
            }
        })
        .buffer_unordered(60)
        .collect()
        .await;
    let booked = outcomes.iter().filter(|b| **b).count();
    assert_eq!(booked, 400, "exactly the places there were");
    assert_eq!(one.count("reservations WHERE status = 'active'").await, 400);
    assert_eq!(one.count(&format!("slots WHERE id = {slot} AND taken = 400")).await, 1);
    // Every confirmation sent, each by one server: 400 files across both
    // mail folders, no address twice.
    let mut files = Vec::new();
    for _ in 0..300 {
        files.clear();
        for app in servers {
            for entry in std::fs::read_dir(app.data_dir.join("mail")).into_iter().flatten().flatten() {
                if entry.path().extension().is_some_and(|e| e == "eml") {
                    files.push(std::fs::read_to_string(entry.path()).unwrap());
                }
            }
        }
        if files.len() >= 400 && one.count("email_outbox WHERE sent_at IS NULL").await == 0 {
            break;
        }
        one.wake_mailer();
        two.wake_mailer();
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let mut to: Vec<String> = files.iter().filter_map(|f| f.lines().find(|l| l.starts_with("To: ")).map(str::to_string)).collect();
    to.sort();
    let before = to.len();
    to.dedup();
    assert_eq!((before, to.len()), (400, 400), "each confirmation written once");
    let by_each: Vec<usize> = servers.iter().map(|app| std::fs::read_dir(app.data_dir.join("mail")).map(|d| d.count()).unwrap_or(0)).collect();
    println!("two servers, one PostgreSQL: {attempts} attempts, {booked} booked of 400, mails written {by_each:?}");
    two.stop().await;
    one.stop().await;
}
