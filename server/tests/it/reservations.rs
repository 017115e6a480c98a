//! The booking rules over real HTTP, on SQLite and on PostgreSQL.
use crate::common;

use common::{Backend, TestApp, Via, decode_body, spawn, testid_text};
use futures::future::join_all;

async fn taken(app: &TestApp, slot_id: i32) -> i64 {
    use sea_orm::EntityTrait;
    app::db::slots::Entity::find_by_id(slot_id).one(&app.db).await.unwrap().unwrap().taken as i64
}

async fn active_reservations(app: &TestApp, slot_id: i32) -> i64 {
    app.count(&format!("reservations WHERE slot_id = {slot_id} AND status = 'active'")).await
}

async fn reserve_until_full_then_refused(backend: Backend) {
    let app = spawn(backend).await;
    let (_, slot) = app.slot_with_capacity(3).await;
    for i in 0..3 {
        let draft = app.details(slot, &format!("resident{i}@example.jp")).await;
        let response = app.submit(&draft, Via::Form).await;
        assert_eq!(response.status(), 302);
        assert_eq!(response.headers()["location"], format!("/reserve/drafts/{draft}/complete").as_str());
        let page = app.get(&format!("/reserve/drafts/{draft}/complete")).await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(html.contains("予約完了") && html.contains("利用者キー"), "{html}");
    }
    // The fourth is refused: 409 for the hydrated page's fetch…
    let draft = app.details(slot, "late@example.jp").await;
    let response = app.submit(&draft, Via::Fetch).await;
    assert_eq!(response.status(), 409);
    assert!(response.text().await.unwrap().contains("SlotFull"));
    // …and without JavaScript, back to the page with the error to show.
    let response = app.submit(&draft, Via::Form).await;
    assert_eq!(response.status(), 302);
    let location = response.headers()["location"].to_str().unwrap();
    assert!(location.contains("__err="), "{location}");
    // The slot page says 満員 and offers no link to it.
    let (service, _) = {
        use sea_orm::EntityTrait;
        let s = app::db::slots::Entity::find_by_id(slot).one(&app.db).await.unwrap().unwrap();
        (s.service_id, ())
    };
    let html = app.get(&format!("/reserve/services/{service}")).await.text().await.unwrap();
    assert!(html.contains("満員"), "{html}");
    assert!(!html.contains(&format!("/reserve/slots/{slot}\"")), "a full slot must not be selectable");
    assert_eq!(taken(&app, slot).await, 3);
    assert_eq!(active_reservations(&app, slot).await, 3);
    app.stop().await;
}

async fn fifty_at_once_on_ten_places(backend: Backend) {
    let app = spawn(backend).await;
    let (_, slot) = app.slot_with_capacity(10).await;
    let mut drafts = Vec::new();
    for i in 0..50 {
        drafts.push(app.details(slot, &format!("crowd{i}@example.jp")).await);
    }
    let responses = join_all(drafts.iter().map(|d| app.submit(d, Via::Fetch))).await;
    let statuses: Vec<u16> = responses.iter().map(|r| r.status().as_u16()).collect();
    let ok = statuses.iter().filter(|s| **s == 200).count();
    let full = statuses.iter().filter(|s| **s == 409).count();
    assert_eq!((ok, full), (10, 40), "statuses: {statuses:?}");
    assert_eq!(taken(&app, slot).await, 10);
    assert_eq!(active_reservations(&app, slot).await, 10);
    assert_eq!(app.count("residents").await, 10);
    app.stop().await;
}

async fn double_submit_makes_one_reservation(backend: Backend) {
    let app = spawn(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    let draft = app.details(slot, "twice@example.jp").await;
    // A double click (two at once), then a reload of the POST.
    let (a, b) = tokio::join!(app.submit(&draft, Via::Form), app.submit(&draft, Via::Form));
    let c = app.submit(&draft, Via::Fetch).await;
    let complete = format!("/reserve/drafts/{draft}/complete");
    for response in [&a, &b] {
        assert_eq!(response.status(), 302);
        assert_eq!(response.headers()["location"], complete.as_str());
    }
    assert_eq!(c.status(), 200);
    assert_eq!(active_reservations(&app, slot).await, 1);
    assert_eq!(taken(&app, slot).await, 1);
    assert_eq!(app.count("email_outbox WHERE kind = 'reservation_confirmation'").await, 1);
    app.stop().await;
}

async fn confirmation_email_is_delivered_with_number_and_key(backend: Backend) {
    let app = spawn(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    let draft = app.details(slot, "ｍａｉｌ＠Example.jp").await;
    app.submit(&draft, Via::Form).await;
    let html = app.get(&format!("/reserve/drafts/{draft}/complete")).await.text().await.unwrap();
    let key = testid_text(&html, "user-key");
    let number = testid_text(&html, "reservation-number");
    assert!(app::domain::UserKey::parse(&key).is_ok(), "{key}");
    // The worker writes it to data/mail (no SMTP_URL) within a few seconds.
    let mut eml = None;
    for _ in 0..100 {
        let mut files = std::fs::read_dir(app.data_dir.join("mail")).unwrap().flatten();
        if let Some(file) = files.find(|f| f.path().extension().is_some_and(|e| e == "eml")) {
            eml = Some(std::fs::read_to_string(file.path()).unwrap());
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let eml = eml.expect("the confirmation email was written");
    assert!(eml.contains("To: mail@example.jp"), "normalised address: {eml}");
    let body = decode_body(&eml);
    assert!(body.contains(&key) && body.contains(&number), "{body}");
    // The file is written before the worker records the send.
    let mut sent = 0;
    for _ in 0..100 {
        sent = app.count("email_outbox WHERE sent_at IS NOT NULL").await;
        if sent == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(sent, 1, "the outbox row is marked sent");
    app.stop().await;
}

async fn unreadable_input_is_a_4xx_in_japanese(backend: Backend) {
    let app = spawn(backend).await;
    let missing = app.post("/api/reserve/details", Via::Fetch, &[("slot_id", "1")]).await;
    assert_eq!(missing.status(), 400);
    let not_a_number = app.post("/api/reserve/submit", Via::Fetch, &[("nothing", "x")]).await;
    assert_eq!(not_a_number.status(), 400);
    let body = not_a_number.text().await.unwrap();
    assert!(body.contains("BadRequest"), "{body}");
    let unknown_draft = app.submit("0123456789abcdef0123456789abcdef", Via::Fetch).await;
    assert_eq!(unknown_draft.status(), 404);
    let page = app.get("/reserve/drafts/0123456789abcdef0123456789abcdef").await;
    assert_eq!(page.status(), 410);
    assert!(page.text().await.unwrap().contains("最初からやり直してください"));
    let page = app.get("/reserve/services/abc").await;
    assert_eq!(page.status(), 404);
    app.stop().await;
}


on_both!(
    reserve_until_full_then_refused,
    fifty_at_once_on_ten_places,
    double_submit_makes_one_reservation,
    confirmation_email_is_delivered_with_number_and_key,
    unreadable_input_is_a_4xx_in_japanese,
);
