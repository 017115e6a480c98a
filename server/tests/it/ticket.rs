//! 予約票 (issue 13, item 4): the link in the confirmation email, on the
//! completion page and in my reservations opens the same printable page and
//! calendar file — without a login, with nothing personal on it — and no
//! other address opens anything.
use crate::common;

use common::{Backend, TestApp, Via, resident_login, spawn_manual_clock};

/// The `/ticket/…` address in `text` (a page or an email).
fn ticket_path(text: &str) -> String {
    let at = text.find("/ticket/").unwrap_or_else(|| panic!("no 予約票 link in {text}"));
    text[at..].chars().take("/ticket/".len() + 32).collect()
}

async fn stranger(app: &TestApp, path: &str) -> reqwest::Response {
    app.client.get(format!("{}{path}", app.base)).send().await.unwrap()
}

async fn the_ticket_opens_from_every_door(backend: Backend) {
    let app = spawn_manual_clock(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    let email = "ticket@example.jp";
    let draft = app.details(slot, email).await;
    assert_eq!(app.submit(&draft, Via::Form).await.status(), 302);
    let complete = app.get(&format!("/reserve/drafts/{draft}/complete")).await.text().await.unwrap();
    let number = common::testid_text(&complete, "reservation-number");
    let from_page = ticket_path(&complete);
    let mail = app.mails_to(email, 1).await.remove(0);
    assert_eq!(ticket_path(&mail), from_page, "the email and the page give the same 予約票");
    assert!(mail.contains(&format!("http://127.0.0.1{from_page}")), "a whole address in the email: {mail}");

    // Another device with no cookie at all: the sheet, its QR code, nothing personal.
    let r = stranger(&app, &from_page).await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert_eq!(common::testid_text(&html, "reservation-number"), number);
    assert!(html.contains("<svg") && html.contains(&format!("予約番号 {number} のQRコード")), "{html}");
    assert!(html.contains("noindex"), "never indexed: {html}");
    for personal in ["射水 太郎", "いみず たろう", "0766-51-6666", email, "1960"] {
        assert!(!html.contains(personal), "{personal} on the 予約票");
    }

    // The calendar file.
    let r = stranger(&app, &format!("{from_page}/calendar.ics")).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "text/calendar; charset=utf-8");
    assert!(r.headers()["content-disposition"].to_str().unwrap().contains(&format!("yoyaku-{number}.ics")));
    assert!(r.headers()["cache-control"].to_str().unwrap().contains("no-store"));
    let ics = r.text().await.unwrap().replace("\r\n ", "");
    assert!(ics.contains("BEGIN:VEVENT") && ics.contains("STATUS:CONFIRMED") && ics.contains(&number), "{ics}");
    assert!(!ics.contains("射水 太郎") && !ics.contains(email), "{ics}");

    // My reservations links to it too.
    let key = common::testid_text(&complete, "user-key");
    let cookie = resident_login(&app, &key, email, 2).await;
    let my = app.get_as(&cookie, "/my").await.text().await.unwrap();
    assert_eq!(ticket_path(&my), from_page);

    // Cancelled: the sheet says so and shows no QR code; the calendar file says CANCELLED.
    let r = app.post_as(&cookie, "/api/my/cancel", Via::Form, &[("number", &number)]).await;
    assert_eq!(r.status(), 302);
    let html = stranger(&app, &from_page).await.text().await.unwrap();
    assert!(html.contains("data-testid=\"ticket-cancelled\"") && !html.contains("<svg"), "{html}");
    let ics = stranger(&app, &format!("{from_page}/calendar.ics")).await.text().await.unwrap();
    assert!(ics.contains("STATUS:CANCELLED"), "{ics}");
    app.stop().await;
}

async fn no_other_address_opens_a_ticket(backend: Backend) {
    let app = spawn_manual_clock(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    app.reserve(slot, "someone@example.jp").await;
    let token = "0123456789abcdef0123456789abcdef";
    for path in [
        format!("/ticket/{token}"),
        "/ticket/0123".to_string(),
        "/ticket/0123456789ABCDEF0123456789ABCDEF".to_string(),
        "/ticket/%27%20OR%201%3D1%20--".to_string(),
        format!("/ticket/{token}/calendar.ics"),
        "/ticket/x/calendar.ics".to_string(),
    ] {
        let r = stranger(&app, &path).await;
        assert_eq!(r.status(), 404, "{path}");
        let html = r.text().await.unwrap();
        assert!(html.contains("予約票が見つかりません"), "{path}: {html}");
        assert!(!html.contains("someone@example.jp") && !html.contains("<svg"), "{path}");
    }
    // Every reservation has its own token, made at booking.
    app.reserve(slot, "another@example.jp").await;
    assert_eq!(app.count("reservations WHERE ticket_token IS NOT NULL").await, 2);
    assert_eq!(app.count("(SELECT DISTINCT ticket_token FROM reservations) AS t").await, 2);
    app.stop().await;
}

/// Reservations made before the 予約票 existed get a token each when the
/// migration runs: every old confirmation's holder can open theirs from my
/// reservations.
async fn the_migration_gives_old_reservations_a_token(backend: Backend) {
    use migration::MigratorTrait;
    use sea_orm::{ConnectionTrait, DbBackend, EntityTrait, FromQueryResult, Statement};
    #[derive(FromQueryResult)]
    struct Row {
        ticket_token: String,
    }
    server::init_logging();
    let fresh = common::fresh_database(backend).await;
    let config = common::test_config(&fresh.url, fresh.dir.path());
    let db = server::database::connect(&config).await.expect("connect");
    // Up to the one before the 予約票's (later ones may change the tables
    // the entities describe, so the old rows are written as SQL).
    let before = migration::Migrator::migrations()
        .iter()
        .position(|m| m.name() == "m20261128_000009_ticket")
        .expect("the 予約票's migration") as u32;
    migration::Migrator::up(&db, Some(before)).await.expect("migrations before the 予約票");
    let now = chrono::Utc::now();
    let backend = db.get_database_backend();
    // The service and its slot as they were then, in SQL too.
    let (placeholder_1, placeholder_2) = match backend {
        DbBackend::Postgres => ("$1", "$2"),
        _ => ("?", "?"),
    };
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        format!(
            "INSERT INTO services (name, description, venue, notes, booking_opens_days, deadline_days_before, deadline_time, \
             change_deadline_days_before, change_deadline_time, max_active_per_resident, published, sort_order, created_at) \
             VALUES ('胃がん検診', 'テスト', '射水市保健センター', '', 30, 1, '17:00:00', 1, '17:00:00', 0, TRUE, 0, {placeholder_1})"
        ),
        [now.into()],
    ))
    .await
    .unwrap();
    #[derive(FromQueryResult)]
    struct Key {
        id: i32,
    }
    let service = Key::find_by_statement(Statement::from_string(backend, "SELECT id FROM services")).one(&db).await.unwrap().unwrap().id;
    let day = (app::time::to_jst(now).date() + chrono::Duration::days(7)).to_string();
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        format!(
            "INSERT INTO slots (service_id, date, start_time, end_time, capacity, taken, is_open, created_at) \
             VALUES ({placeholder_1}, '{day}', '09:30:00', '10:00:00', 5, 0, TRUE, {placeholder_2})"
        ),
        [service.into(), now.into()],
    ))
    .await
    .unwrap();
    let slot = Key::find_by_statement(Statement::from_string(backend, "SELECT id FROM slots")).one(&db).await.unwrap().unwrap().id;
    let resident = match backend {
        DbBackend::Postgres => "INSERT INTO residents (user_key, name, name_kana, birth_date, phone, email, created_at, updated_at, failed_logins) VALUES ('ABCDEFGHJKMN', '射水 太郎', 'いみず たろう', '1960-04-01', '0766-51-6666', 'old@example.jp', $1, $1, 0)",
        _ => "INSERT INTO residents (user_key, name, name_kana, birth_date, phone, email, created_at, updated_at, failed_logins) VALUES ('ABCDEFGHJKMN', '射水 太郎', 'いみず たろう', '1960-04-01', '0766-51-6666', 'old@example.jp', ?, ?, 0)",
    };
    let values: Vec<sea_orm::Value> = match backend {
        DbBackend::Postgres => vec![now.into()],
        _ => vec![now.into(), now.into()],
    };
    db.execute_raw(Statement::from_sql_and_values(backend, resident, values)).await.unwrap();
    #[derive(FromQueryResult)]
    struct Id {
        id: i32,
    }
    let resident = Id::find_by_statement(Statement::from_string(backend, "SELECT id FROM residents WHERE user_key = 'ABCDEFGHJKMN'"))
        .one(&db)
        .await
        .unwrap()
        .expect("the old resident");
    let insert = match backend {
        DbBackend::Postgres => "INSERT INTO reservations (reservation_number, resident_id, slot_id, status, created_at) VALUES ($1, $2, $3, 'active', $4)",
        _ => "INSERT INTO reservations (reservation_number, resident_id, slot_id, status, created_at) VALUES (?, ?, ?, 'active', ?)",
    };
    for number in ["10000001", "10000002", "10000003"] {
        db.execute_raw(Statement::from_sql_and_values(backend, insert, [number.into(), resident.id.into(), slot.into(), now.into()]))
            .await
            .unwrap();
    }
    migration::Migrator::up(&db, None).await.expect("the 予約票's migration");
    let tokens: Vec<String> = Row::find_by_statement(Statement::from_string(backend, "SELECT ticket_token FROM reservations"))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.ticket_token)
        .collect();
    assert_eq!(tokens.len(), 3);
    for token in &tokens {
        assert!(app::ticket::is_well_formed(token), "{token}");
    }
    let distinct: std::collections::HashSet<_> = tokens.iter().collect();
    assert_eq!(distinct.len(), 3, "{tokens:?}");
    // And the residents from before read Japanese, as they did (issue 13's
    // language migration).
    let old = app::db::residents::Entity::find().one(&db).await.unwrap().expect("the old resident");
    assert_eq!(old.language, "ja");
    assert_eq!(old.language(), app::language::Language::Ja);
    db.close().await.ok();
    drop(fresh);
}

on_both!(the_ticket_opens_from_every_door, no_other_address_opens_a_ticket, the_migration_gives_old_reservations_a_token);
