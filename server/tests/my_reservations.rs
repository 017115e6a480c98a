//! 予約の確認・変更・キャンセル over HTTP: moves and cancellations keep the
//! slot counts right, a full target changes nothing, deadlines hold, and
//! nobody reaches another resident's reservation.
#[macro_use]
mod common;

use common::{Backend, TestApp, Via, spawn};

async fn logged_in(app: &TestApp, key: &str, email: &str, nth_mail: usize) -> String {
    let r = app.post("/api/login/otp", Via::Form, &[("draft_id", ""), ("user_key", key), ("email", email)]).await;
    assert_eq!(r.status(), 302);
    let body = app.mails_to(email, nth_mail).await.remove(nth_mail - 1);
    let at = body.find("ワンタイムパスワード：").unwrap();
    let otp: String = body[at..].chars().skip(11).take(9).collect();
    let r = app.post("/api/login/login", Via::Form, &[("draft_id", ""), ("user_key", key), ("otp", &otp)]).await;
    assert_eq!(r.headers()["location"], "/my");
    r.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_string()
}

async fn taken(app: &TestApp, slot: i32) -> i64 {
    use sea_orm::EntityTrait;
    app::db::slots::Entity::find_by_id(slot).one(&app.db).await.unwrap().unwrap().taken.into()
}

async fn slot_of(app: &TestApp, number: &str) -> (i32, String) {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let r = app::db::reservations::Entity::find()
        .filter(app::db::reservations::Column::ReservationNumber.eq(number))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    (r.slot_id, r.status)
}

async fn change_then_cancel(backend: Backend) {
    let app = spawn(backend).await;
    let email = "change@example.jp";
    let (service, first) = app.slot_with_capacity(5).await;
    let full = app.another_slot(service, 8, 1).await;
    let free = app.another_slot(service, 9, 3).await;
    app.reserve(full, "someone@example.jp").await;
    let (key, number) = app.reserve(first, email).await;
    let cookie = logged_in(&app, &key, email, 2).await;

    // The change page lists the other slots, not the current one.
    let html = app.get_as(&cookie, &format!("/my/reservations/{number}/change")).await.text().await.unwrap();
    assert!(html.contains(&format!("/my/reservations/{number}/change/{free}")), "{html}");
    assert!(!html.contains(&format!("/my/reservations/{number}/change/{first}\"")));

    // A full target: refused, nothing moves.
    let r = app.post_as(&cookie, "/api/my/change", Via::Fetch, &[("number", &number), ("slot_id", &full.to_string())]).await;
    assert_eq!(r.status(), 409);
    assert_eq!(slot_of(&app, &number).await.0, first);
    assert_eq!((taken(&app, first).await, taken(&app, full).await), (1, 1));

    // A free one: the place moves in one go; sending it twice changes nothing more.
    for _ in 0..2 {
        let r = app.post_as(&cookie, "/api/my/change", Via::Form, &[("number", &number), ("slot_id", &free.to_string())]).await;
        assert_eq!(r.status(), 302);
        assert_eq!(r.headers()["location"], format!("/my/reservations/{number}/changed").as_str());
    }
    assert_eq!(slot_of(&app, &number).await.0, free);
    assert_eq!((taken(&app, first).await, taken(&app, free).await), (0, 1));
    let changed = app.mails_to(email, 4).await.remove(3);
    assert!(changed.contains("予約を変更しました") && changed.contains(&number), "{changed}");

    // Cancel, twice: one cancellation, one place back, one email.
    for _ in 0..2 {
        let r = app.post_as(&cookie, "/api/my/cancel", Via::Form, &[("number", &number)]).await;
        assert_eq!(r.headers()["location"], format!("/my/reservations/{number}/cancelled").as_str());
    }
    assert_eq!(slot_of(&app, &number).await.1, "cancelled");
    assert_eq!(taken(&app, free).await, 0);
    let cancelled = app.mails_to(email, 5).await.remove(4);
    assert!(cancelled.contains("キャンセルしました"), "{cancelled}");
    assert_eq!(app.count("email_outbox WHERE kind = 'reservation_cancelled'").await, 1);
    let html = app.get_as(&cookie, "/my").await.text().await.unwrap();
    assert!(html.contains("キャンセル済み"), "{html}");
    // A cancelled reservation cannot be changed any more.
    let r = app.post_as(&cookie, "/api/my/change", Via::Fetch, &[("number", &number), ("slot_id", &first.to_string())]).await;
    assert_eq!(r.status(), 409);
    app.stop().await;
}

async fn no_change_after_the_deadline(backend: Backend) {
    let app = spawn(backend).await;
    let email = "late@example.jp";
    let (service, first) = app.slot_with_capacity(5).await;
    let other = app.another_slot(service, 9, 3).await;
    let (key, number) = app.reserve(first, email).await;
    let cookie = logged_in(&app, &key, email, 2).await;
    // The slot is today: its deadline (17:00 the day before) has passed.
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    let slot = app::db::slots::Entity::find_by_id(first).one(&app.db).await.unwrap().unwrap();
    let mut slot: app::db::slots::ActiveModel = slot.into();
    slot.date = Set(app::time::to_jst(chrono::Utc::now()).date());
    slot.update(&app.db).await.unwrap();
    let html = app.get_as(&cookie, "/my").await.text().await.unwrap();
    assert!(html.contains("締切を過ぎたため"), "{html}");
    let r = app.post_as(&cookie, "/api/my/change", Via::Fetch, &[("number", &number), ("slot_id", &other.to_string())]).await;
    assert_eq!(r.status(), 409);
    let r = app.post_as(&cookie, "/api/my/cancel", Via::Fetch, &[("number", &number)]).await;
    assert_eq!(r.status(), 409);
    assert_eq!(slot_of(&app, &number).await, (first, "active".to_string()));
    app.stop().await;
}

async fn another_residents_reservation_is_out_of_reach(backend: Backend) {
    let app = spawn(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    let (key, _) = app.reserve(slot, "me@example.jp").await;
    let (_, theirs) = app.reserve(slot, "them@example.jp").await;
    let cookie = logged_in(&app, &key, "me@example.jp", 2).await;
    let html = app.get_as(&cookie, "/my").await.text().await.unwrap();
    assert!(!html.contains(&theirs));
    for path in [format!("/my/reservations/{theirs}/cancel"), format!("/my/reservations/{theirs}/change")] {
        assert_eq!(app.get_as(&cookie, &path).await.status(), 404, "{path}");
    }
    let r = app.post_as(&cookie, "/api/my/cancel", Via::Fetch, &[("number", &theirs)]).await;
    assert_eq!(r.status(), 404);
    assert_eq!(slot_of(&app, &theirs).await.1, "active");
    // Without a session: 401, not the page.
    let r = app.post("/api/my/cancel", Via::Fetch, &[("number", &theirs)]).await;
    assert_eq!(r.status(), 401);
    assert_eq!(app.get(&format!("/my/reservations/{theirs}/cancel")).await.status(), 401);
    app.stop().await;
}

on_both!(change_then_cancel, no_change_after_the_deadline, another_residents_reservation_is_out_of_reach);
