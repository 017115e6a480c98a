//! 予約の確認・変更・キャンセル over HTTP: moves and cancellations keep the
//! slot counts right, a full target changes nothing, deadlines hold, and
//! nobody reaches another resident's reservation.
use crate::common;

use app::db::reservations::Status;
use common::{Backend, TestApp, Via, resident_login, spawn};

async fn taken(app: &TestApp, slot: i32) -> i64 {
    use sea_orm::EntityTrait;
    app::db::slots::Entity::find_by_id(slot).one(&app.db).await.unwrap().unwrap().taken.into()
}

async fn slot_of(app: &TestApp, number: &str) -> (i32, Status) {
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
    let cookie = resident_login(&app, &key, email, 2).await;

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
    assert_eq!(slot_of(&app, &number).await.1, Status::Cancelled);
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
    let cookie = resident_login(&app, &key, email, 2).await;
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
    assert_eq!(slot_of(&app, &number).await, (first, Status::Active));
    app.stop().await;
}

async fn another_residents_reservation_is_out_of_reach(backend: Backend) {
    let app = spawn(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    let (key, _) = app.reserve(slot, "me@example.jp").await;
    let (_, theirs) = app.reserve(slot, "them@example.jp").await;
    let cookie = resident_login(&app, &key, "me@example.jp", 2).await;
    let html = app.get_as(&cookie, "/my").await.text().await.unwrap();
    assert!(!html.contains(&theirs));
    for path in [format!("/my/reservations/{theirs}/cancel"), format!("/my/reservations/{theirs}/change")] {
        assert_eq!(app.get_as(&cookie, &path).await.status(), 404, "{path}");
    }
    let r = app.post_as(&cookie, "/api/my/cancel", Via::Fetch, &[("number", &theirs)]).await;
    assert_eq!(r.status(), 404);
    assert_eq!(slot_of(&app, &theirs).await.1, Status::Active);
    // Without a session: 401, not the page.
    let r = app.post("/api/my/cancel", Via::Fetch, &[("number", &theirs)]).await;
    assert_eq!(r.status(), 401);
    assert_eq!(app.get(&format!("/my/reservations/{theirs}/cancel")).await.status(), 401);
    app.stop().await;
}

/// Logged in, a reservation takes name, kana, birth date and email from the
/// record whatever the form says, may update the phone, and issues no key.
async fn logged_in_reservation_keeps_the_key(backend: Backend) {
    let app = spawn(backend).await;
    let email = "member@example.jp";
    let (service, first) = app.slot_with_capacity(5).await;
    let second = app.another_slot(service, 9, 3).await;
    let (key, _) = app.reserve(first, email).await;
    let cookie = resident_login(&app, &key, email, 2).await;
    // First, for whom (家族): themself, chosen already; then the form
    // shows the record.
    let page = app.get_as(&cookie, &format!("/reserve/slots/{second}")).await.text().await.unwrap();
    assert!(page.contains("どなたの予約ですか") && page.contains("射水 太郎 様（ご自身）"), "{page}");
    let slot = second.to_string();
    let me = {
        use sea_orm::EntityTrait;
        app::db::residents::Entity::find().one(&app.db).await.unwrap().unwrap().id.to_string()
    };
    let r = app.post_as(&cookie, "/api/reserve/member", Via::Form, &[("draft_id", ""), ("slot_id", &slot), ("member", &me)]).await;
    let chosen = r.headers()["location"].to_str().unwrap().to_string();
    let page = app.get_as(&cookie, &chosen).await.text().await.unwrap();
    assert!(page.contains("新しい利用者キーは発行されません"), "{page}");
    let form = [
        ("draft_id", ""),
        ("slot_id", slot.as_str()),
        ("name", "別人 花子"),
        ("kana", "べつじん はなこ"),
        ("birth_year", "1990"),
        ("birth_month", "1"),
        ("birth_day", "1"),
        ("phone", "090-1234-5678"),
        ("email", "elsewhere@example.jp"),
        ("email_confirm", "elsewhere@example.jp"),
    ];
    let r = app.post_as(&cookie, "/api/reserve/details", Via::Form, &form).await;
    let location = r.headers()["location"].to_str().unwrap().to_string();
    let draft = location.strip_prefix("/reserve/drafts/").and_then(|r| r.strip_suffix("/confirm")).expect("confirm page").to_string();
    // Without the session the draft cannot be sent for this resident.
    assert_eq!(app.submit(&draft, Via::Fetch).await.status(), 401);
    let r = app.post_as(&cookie, "/api/reserve/submit", Via::Form, &[("draft_id", &draft)]).await;
    assert_eq!(r.status(), 302);
    let html = app.get(&format!("/reserve/drafts/{draft}/complete")).await.text().await.unwrap();
    assert_eq!(common::testid_text(&html, "user-key"), key);
    assert_eq!(app.count("residents").await, 1);
    assert_eq!(app.count("reservations").await, 2);
    assert_eq!(app.count("residents WHERE name = '射水 太郎' AND phone = '09012345678' AND email = 'member@example.jp'").await, 1);
    let mail = app.mails_to(email, 4).await.remove(3);
    assert!(mail.contains(&key), "{mail}");
    assert!(app.mails_to("elsewhere@example.jp", 0).await.is_empty());
    app.stop().await;
}

on_both!(
    change_then_cancel,
    no_change_after_the_deadline,
    another_residents_reservation_is_out_of_reach,
    logged_in_reservation_keeps_the_key,
);
