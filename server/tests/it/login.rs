//! ワンタイムパスワード and ログイン over HTTP, with a clock the tests move:
//! every OTP rule, the throttles, identical answers, sessions.
use crate::common;

use chrono::Duration;
use common::{Backend, TestApp, Via, spawn_manual_clock};

const LOGIN_FAILED: &str = "ログインできませんでした。";

async fn request_otp(app: &TestApp, key: &str, email: &str) -> reqwest::Response {
    app.post("/api/login/otp", Via::Form, &[("draft_id", ""), ("user_key", key), ("email", email)]).await
}

/// Requests a password and reads it from the email (the n-th to that address).
async fn otp_by_mail(app: &TestApp, key: &str, email: &str, nth_mail: usize) -> String {
    let response = request_otp(app, key, email).await;
    assert_eq!(response.status(), 302);
    let body = app.mails_to(email, nth_mail).await.remove(nth_mail - 1);
    let at = body.find("ワンタイムパスワード：").unwrap_or_else(|| panic!("no password in {body}"));
    body[at..].chars().skip("ワンタイムパスワード：".chars().count()).take(9).collect()
}

/// Logs in; returns the session cookie (`name=value`) or `None`.
async fn log_in(app: &TestApp, key: &str, otp: &str) -> Option<String> {
    log_in_as(app, "", key, otp).await
}

async fn log_in_as(app: &TestApp, cookie: &str, key: &str, otp: &str) -> Option<String> {
    let response = app.post_as(cookie, "/api/login/login", Via::Form, &[("draft_id", ""), ("user_key", key), ("otp", otp)]).await;
    assert_eq!(response.status(), 302);
    let location = response.headers()["location"].to_str().unwrap().to_string();
    if location == "/my" {
        let set = response.headers()["set-cookie"].to_str().unwrap();
        assert!(set.contains("HttpOnly") && set.contains("SameSite=Lax"), "{set}");
        Some(set.split(';').next().unwrap().to_string())
    } else {
        assert!(location.starts_with("/login/drafts/"), "{location}");
        let page = app.get(location.split('#').next().unwrap()).await.text().await.unwrap();
        assert!(page.contains(LOGIN_FAILED), "{page}");
        None
    }
}

async fn resident_row(app: &TestApp, key: &str) -> app::db::residents::Model {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let key = app::domain::UserKey::parse(key).unwrap();
    app::db::residents::Entity::find()
        .filter(app::db::residents::Column::UserKey.eq(key.as_str()))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn set_failed_logins(app: &TestApp, key: &str, n: i32) {
    use sea_orm::{ActiveModelTrait, Set};
    let mut row: app::db::residents::ActiveModel = resident_row(app, key).await.into();
    row.failed_logins = Set(n);
    row.update(&app.db).await.unwrap();
}

async fn setup(backend: Backend, email: &str) -> (TestApp, String, String) {
    let app = spawn_manual_clock(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    let (key, number) = app.reserve(slot, email).await;
    (app, key, number)
}

/// The slot of the resident's first reservation (to book a neighbour).
async fn slot_of(app: &TestApp, number: &str) -> i32 {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    app::db::reservations::Entity::find()
        .filter(app::db::reservations::Column::ReservationNumber.eq(number))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .slot_id
}

async fn login_my_page_and_logout(backend: Backend) {
    let email = "login@example.jp";
    let (app, key, number) = setup(backend, email).await;
    // Lower case, no hyphens, full-width digits: as typed on a phone.
    let otp = otp_by_mail(&app, &key.to_lowercase().replace('-', ""), email, 2).await;
    let wide: String = otp.chars().map(|c| c.to_digit(10).map_or(c, |d| char::from_u32(0xFF10 + d).unwrap())).collect();
    let cookie = log_in(&app, &key, &wide).await.expect("logged in");
    let page = app.get_as(&cookie, "/my").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains(&number) && html.contains("予約中"), "{html}");
    // Every login is announced to the address, without secrets.
    let notice = app.mails_to(email, 3).await.remove(2);
    assert!(notice.contains("ログインがありました") && !notice.contains(&otp), "{notice}");
    // Single use.
    assert_eq!(log_in(&app, &key, &otp).await, None);
    // ログアウト ends the session on the server.
    let out = app.post_as(&cookie, "/api/login/logout", Via::Form, &[]).await;
    assert_eq!(out.status(), 302);
    assert!(out.headers()["set-cookie"].to_str().unwrap().contains("Max-Age=0"));
    let after = app.get_as(&cookie, "/my").await;
    assert_eq!(after.status(), 401);
    assert!(after.text().await.unwrap().contains("ログイン画面へ"));
    // The sent password's digits are gone from the outbox.
    assert_eq!(app.count(&format!("email_outbox WHERE body LIKE '%{}%'", otp)).await, 0);
    app.stop().await;
}

async fn same_answer_for_unknown_key_unknown_address_and_mismatch(backend: Backend) {
    let (app, key, number) = setup(backend, "owner@example.jp").await;
    let (other_key, _) = app.reserve(slot_of(&app, &number).await, "other@example.jp").await;
    let unknown_key = "QRST-UVWX-YZ23";
    let mut pages = Vec::new();
    for (k, e) in [(unknown_key, "owner@example.jp"), (key.as_str(), "nobody@example.jp"), (key.as_str(), "other@example.jp"), (other_key.as_str(), "owner@example.jp")] {
        app.advance(Duration::minutes(2));
        let response = request_otp(&app, k, e).await;
        assert_eq!(response.status(), 302);
        let location = response.headers()["location"].to_str().unwrap().to_string();
        let draft = location.strip_prefix("/login/drafts/").expect("the login page").to_string();
        let page = app.get(&location).await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        let shown_key = app::domain::UserKey::parse(k).unwrap().to_string();
        // The per-request script nonce differs by design.
        let nonce = html.split("nonce=\"").nth(1).and_then(|r| r.split('"').next()).unwrap_or("").to_string();
        let html = if nonce.is_empty() { html } else { html.replace(&nonce, "NONCE") };
        pages.push(html.replace(&draft, "DRAFT").replace(&shown_key, "KEY"));
    }
    for page in &pages[1..] {
        let at = pages[0].chars().zip(page.chars()).take_while(|(a, b)| a == b).count();
        let around = |p: &str| p.chars().skip(at.saturating_sub(80)).take(200).collect::<String>();
        assert!(pages[0] == *page, "answers differ at {at}:\n{}\n---\n{}", around(&pages[0]), around(page));
    }
    assert!(pages[0].contains("登録されている場合、ワンタイムパスワードを送信しました"));
    assert_eq!(app.count("one_time_passwords").await, 0);
    assert_eq!(app.count("email_outbox WHERE kind = 'one_time_password'").await, 0);
    app.stop().await;
}

async fn a_password_lives_sixty_minutes(backend: Backend) {
    let email = "expiry@example.jp";
    let (app, key, _) = setup(backend, email).await;
    let otp = otp_by_mail(&app, &key, email, 2).await;
    app.advance(Duration::minutes(60));
    assert_eq!(log_in(&app, &key, &otp).await, None);
    let otp = otp_by_mail(&app, &key, email, 3).await;
    app.advance(Duration::minutes(59));
    assert!(log_in(&app, &key, &otp).await.is_some());
    app.stop().await;
}

async fn a_newer_password_voids_the_older(backend: Backend) {
    let email = "newest@example.jp";
    let (app, key, _) = setup(backend, email).await;
    let first = otp_by_mail(&app, &key, email, 2).await;
    app.advance(Duration::minutes(2));
    let second = otp_by_mail(&app, &key, email, 3).await;
    assert_eq!(log_in(&app, &key, &first).await, None);
    assert!(log_in(&app, &key, &second).await.is_some());
    app.stop().await;
}

async fn five_wrong_entries_void_the_password(backend: Backend) {
    let email = "wrong@example.jp";
    let (app, key, _) = setup(backend, email).await;
    let otp = otp_by_mail(&app, &key, email, 2).await;
    let wrong = if otp.starts_with('0') { "1111 1111" } else { "0000 0000" };
    for _ in 0..5 {
        assert_eq!(log_in(&app, &key, wrong).await, None);
    }
    assert_eq!(log_in(&app, &key, &otp).await, None, "voided after five wrong entries");
    assert_eq!(resident_row(&app, &key).await.failed_logins, 6);
    app.stop().await;
}

async fn a_hundred_failures_lock_the_key_and_a_new_password_does_not_reset(backend: Backend) {
    let email = "lock@example.jp";
    let (app, key, _) = setup(backend, email).await;
    set_failed_logins(&app, &key, 97).await;
    let otp = otp_by_mail(&app, &key, email, 2).await;
    let wrong = if otp.starts_with('0') { "1111 1111" } else { "0000 0000" };
    assert_eq!(log_in(&app, &key, wrong).await, None);
    assert_eq!(log_in(&app, &key, wrong).await, None);
    app.advance(Duration::minutes(2));
    let otp = otp_by_mail(&app, &key, email, 3).await;
    assert_eq!(resident_row(&app, &key).await.failed_logins, 99, "a new password does not reset the count");
    assert_eq!(log_in(&app, &key, wrong).await, None);
    let locked = resident_row(&app, &key).await;
    assert!(locked.login_locked_until.is_some());
    assert_eq!(log_in(&app, &key, &otp).await, None, "locked: even the right password fails");
    // While locked, a request brings a notice instead of a password.
    app.advance(Duration::minutes(2));
    assert_eq!(request_otp(&app, &key, email).await.status(), 302);
    let notice = app.mails_to(email, 4).await.remove(3);
    assert!(notice.contains("ログインを") && notice.contains("停止しています") && !notice.contains("ワンタイムパスワード："), "{notice}");
    // A day later the lock has passed.
    app.advance(Duration::hours(24));
    let otp = otp_by_mail(&app, &key, email, 5).await;
    assert!(log_in(&app, &key, &otp).await.is_some());
    app.stop().await;
}

async fn requests_are_throttled_per_key_and_per_client(backend: Backend) {
    let email = "throttle@example.jp";
    let (app, key, _) = setup(backend, email).await;
    let _ = otp_by_mail(&app, &key, email, 2).await;
    // Again within the minute: refused, with the time to try again.
    let html = {
        let r = request_otp(&app, &key, email).await;
        let location = r.headers()["location"].to_str().unwrap().to_string();
        app.get(&location).await.text().await.unwrap()
    };
    assert!(html.contains("以降にもう一度お試しください"), "{html}");
    // Five an hour.
    for _ in 0..4 {
        app.advance(Duration::seconds(61));
        let r = request_otp(&app, &key, email).await;
        let html = app.get(r.headers()["location"].to_str().unwrap()).await.text().await.unwrap();
        assert!(html.contains("送信しました"), "{html}");
    }
    app.advance(Duration::seconds(61));
    let r = request_otp(&app, &key, email).await;
    let html = app.get(r.headers()["location"].to_str().unwrap()).await.text().await.unwrap();
    assert!(html.contains("以降にもう一度お試しください"), "sixth in the hour: {html}");
    assert_eq!(app.count("one_time_passwords").await, 5);
    // Fifty an hour from one client, whatever the keys.
    app.advance(Duration::hours(2));
    for i in 0..50 {
        let r = request_otp(&app, &app::domain::UserKey::generate().to_string(), "x@example.jp").await;
        let html = app.get(r.headers()["location"].to_str().unwrap()).await.text().await.unwrap();
        assert!(html.contains("送信しました"), "request {i}: {html}");
    }
    let r = request_otp(&app, &key, email).await;
    let html = app.get(r.headers()["location"].to_str().unwrap()).await.text().await.unwrap();
    assert!(html.contains("以降にもう一度お試しください"), "51st from one client: {html}");
    app.stop().await;
}

async fn sessions_rotate_at_login_and_expire(backend: Backend) {
    let email = "session@example.jp";
    let (app, key, _) = setup(backend, email).await;
    let otp = otp_by_mail(&app, &key, email, 2).await;
    let first = log_in_as(&app, "eyoyaku_session=0000000000000000000000000000000000000000000000000000000000000000", &key, &otp)
        .await
        .unwrap();
    assert!(!first.ends_with("0000000000000000"), "a new id, never the one the browser brought");
    // Logging in again replaces the session.
    app.advance(Duration::minutes(2));
    let otp = otp_by_mail(&app, &key, email, 4).await;
    let second = log_in_as(&app, &first, &key, &otp).await.unwrap();
    assert_ne!(first, second);
    assert_eq!(app.get_as(&first, "/my").await.status(), 401);
    assert_eq!(app.get_as(&second, "/my").await.status(), 200);
    // Idle for 30 minutes: over.
    app.advance(Duration::minutes(29));
    assert_eq!(app.get_as(&second, "/my").await.status(), 200);
    app.advance(Duration::minutes(30));
    assert_eq!(app.get_as(&second, "/my").await.status(), 401);
    // Active, but 12 hours after login: over.
    app.advance(Duration::minutes(2));
    let otp = otp_by_mail(&app, &key, email, 6).await;
    let third = log_in(&app, &key, &otp).await.unwrap();
    for _ in 0..(12 * 60 / 20 - 1) {
        app.advance(Duration::minutes(20));
        assert_eq!(app.get_as(&third, "/my").await.status(), 200);
    }
    app.advance(Duration::minutes(20));
    assert_eq!(app.get_as(&third, "/my").await.status(), 401);
    app.stop().await;
}

async fn cross_site_posts_are_refused(backend: Backend) {
    let email = "csrf@example.jp";
    let (app, key, number) = setup(backend, email).await;
    let otp = otp_by_mail(&app, &key, email, 2).await;
    let cookie = log_in(&app, &key, &otp).await.unwrap();
    for (name, value) in [("Sec-Fetch-Site", "cross-site"), ("Origin", "https://evil.example")] {
        let response = app
            .client
            .post(format!("{}/api/my/cancel", app.base))
            .header("Cookie", &cookie)
            .header(name, value)
            .form(&[("number", number.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 403, "{name}: {value}");
        assert!(response.text().await.unwrap().contains("別のサイトから"));
    }
    assert_eq!(app.count("reservations WHERE status = 'active'").await, 1);
    app.stop().await;
}

on_both!(
    login_my_page_and_logout,
    same_answer_for_unknown_key_unknown_address_and_mismatch,
    a_password_lives_sixty_minutes,
    a_newer_password_voids_the_older,
    five_wrong_entries_void_the_password,
    a_hundred_failures_lock_the_key_and_a_new_password_does_not_reset,
    requests_are_throttled_per_key_and_per_client,
    sessions_rotate_at_login_and_expire,
    cross_site_posts_are_refused,
);
