//! 抽選 over HTTP, as a browser without JavaScript sends the forms, on
//! SQLite and PostgreSQL: staff make a service a 抽選; its page explains
//! it and offers 抽選に申し込む, not the calendar; the choices are checked;
//! the same details form and check page make an application (not a
//! reservation), one per person; the resident sees it in my reservations
//! and may withdraw it; staff start the draw once the period is over; the
//! winner's 当選 email carries a 予約番号 that is an ordinary reservation.
use crate::common;

use chrono::Duration;
use common::{Backend, STAFF_PASSWORD, TestApp, Via, admin, resident_login, spawn_manual_clock, staff_login, testid_text};

/// `at` as a `datetime-local` field sends it, in Japan time.
fn field(at: chrono::DateTime<chrono::Utc>) -> String {
    app::time::to_jst(at).format("%Y-%m-%dT%H:%M").to_string()
}

/// Saves the service as a 抽選 open from an hour ago for two days, drawn a
/// day after; returns where the save led.
async fn make_lottery(app: &TestApp, cookie: &str, service: i32, until: &str) -> String {
    let now = app.clock().now();
    let (from, draw_at) = (field(now - Duration::hours(1)), field(now + Duration::days(3)));
    let id = service.to_string();
    let form = [
        ("service_id", id.as_str()),
        ("draft_id", ""),
        ("name", "骨密度測定"),
        ("venue", "射水市保健センター"),
        ("description", ""),
        ("notes", ""),
        ("opens_days", "30"),
        ("deadline_days", "1"),
        ("deadline_time", "17:00"),
        ("change_days", "1"),
        ("change_time", "17:00"),
        ("max_active", "0"),
        ("booking_mode", "lottery"),
        ("apply_from", from.as_str()),
        ("apply_until", until),
        ("draw_at", draw_at.as_str()),
        ("preferences", "2"),
    ];
    let r = app.post_as(cookie, "/api/staff/service_save", Via::Form, &form).await;
    assert_eq!(r.status(), 302);
    r.headers()["location"].to_str().unwrap().to_string()
}

/// The choices page's 次へ; returns where it led.
async fn choose(app: &TestApp, service: i32, draft: &str, choices: &[i32]) -> String {
    let id = service.to_string();
    let texts: Vec<String> = choices.iter().map(|c| c.to_string()).collect();
    let mut form = vec![("service_id", id.as_str()), ("draft_id", draft)];
    for (name, value) in ["choice_0", "choice_1"].iter().zip(texts.iter()) {
        form.push((name, value.as_str()));
    }
    let r = app.post("/api/reserve/lottery_choose", Via::Form, &form).await;
    assert_eq!(r.status(), 302);
    r.headers()["location"].to_str().unwrap().to_string()
}

/// Applies as a guest through the choices, the details form, the check page
/// and 送信; returns the completion page.
async fn apply(app: &TestApp, service: i32, choices: &[i32], email: &str, birth_day: &str) -> String {
    let location = choose(app, service, "", choices).await;
    let draft = location.strip_prefix("/reserve/drafts/").unwrap_or_else(|| panic!("{location}")).to_string();
    let form = app.get(&location).await.text().await.unwrap();
    assert!(form.contains("抽選のお申し込みです") && form.contains("id=\"name\""), "{form}");
    let slot = choices[0].to_string();
    let details = [
        ("draft_id", draft.as_str()),
        ("slot_id", slot.as_str()),
        ("name", "射水 花子"),
        ("kana", "いみず はなこ"),
        ("birth_year", "1970"),
        ("birth_month", "5"),
        ("birth_day", birth_day),
        ("phone", "0766-51-6666"),
        ("email", email),
        ("email_confirm", email),
    ];
    let r = app.post("/api/reserve/details", Via::Form, &details).await;
    assert_eq!(r.headers()["location"], format!("/reserve/drafts/{draft}/confirm").as_str());
    let check = app.get(&format!("/reserve/drafts/{draft}/confirm")).await.text().await.unwrap();
    assert!(check.contains("抽選のお申し込みです") && check.contains("第1希望"), "{check}");
    let r = app.submit(&draft, Via::Form).await;
    assert_eq!(r.status(), 302);
    let location = r.headers()["location"].to_str().unwrap().to_string();
    assert!(location.ends_with("/complete") || location.contains("__err="), "{location}");
    app.get(&format!("/reserve/drafts/{draft}/complete")).await.text().await.unwrap()
}

async fn apply_then_draw_then_the_reservation(backend: Backend) {
    let app = spawn_manual_clock(backend).await;
    let (service, first) = app.slot_with_capacity(1).await;
    let second = app.another_slot(service, 8, 1).await;
    let cookie = admin(&app).await;
    // The period must end after it begins.
    let wrong = make_lottery(&app, &cookie, service, &field(app.clock().now() - Duration::days(1))).await;
    assert!(wrong.contains("draft="), "{wrong}");
    let page = app.get_as(&cookie, &wrong).await.text().await.unwrap();
    assert!(page.contains("申込締切は申込開始より後にしてください。"), "{page}");
    let until = field(app.clock().now() + Duration::days(2));
    assert_eq!(make_lottery(&app, &cookie, service, &until).await, format!("/staff/services/{service}?saved=1"));

    // The service's page: how it works, 抽選に申し込む, and no slot to book.
    let page = app.get(&format!("/reserve/services/{service}")).await.text().await.unwrap();
    assert!(page.contains("この予約メニューは抽選です") && page.contains(&format!("/reserve/services/{service}/apply")), "{page}");
    assert!(!page.contains(&format!("/reserve/slots/{first}")), "no first-come booking before the draw");
    let list = app.get("/reserve").await.text().await.unwrap();
    assert!(list.contains("抽選の申込受付中"), "{list}");
    // The choices are checked: a first choice, none twice.
    let back = choose(&app, service, "", &[first, first]).await;
    assert!(back.starts_with(&format!("/reserve/services/{service}/apply?draft=")), "{back}");
    let again = app.get(&back).await.text().await.unwrap();
    assert!(again.contains("同じ日時を2回選んでいます"), "{again}");
    // Applying: an application, not a reservation; the key and number shown.
    let done = apply(&app, service, &[first, second], "hanako@example.jp", "5").await;
    let number = testid_text(&done, "application-number");
    let key = testid_text(&done, "user-key");
    assert_eq!(number.len(), 8, "{done}");
    assert_eq!(app.count("reservations").await, 0);
    let mail = app.mails_to("hanako@example.jp", 1).await.remove(0);
    assert!(mail.contains(&number) && mail.contains("第2希望") && mail.contains(&key), "{mail}");
    // The same person again: refused, kindly.
    let twice = apply(&app, service, &[second], "hanako@example.jp", "5").await;
    assert!(!twice.contains("application-number"), "{twice}");
    assert_eq!(app.count("lottery_applications").await, 1);
    // Someone else applies, then withdraws from my reservations.
    apply(&app, service, &[first], "jiro@example.jp", "6").await;
    let jiro_key = {
        let mail = app.mails_to("jiro@example.jp", 1).await.remove(0);
        let at = mail.find("利用者キー").unwrap();
        mail[at..].split('：').nth(1).unwrap().chars().take(14).collect::<String>()
    };
    let session = resident_login(&app, &jiro_key, "jiro@example.jp", 2).await;
    let my = app.get_as(&session, "/my").await.text().await.unwrap();
    assert!(my.contains("抽選のお申し込み") && my.contains("抽選待ち"), "{my}");
    let id = {
        use app::db::lottery_applications as applications;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        applications::Entity::find()
            .filter(applications::Column::Status.eq(applications::Status::Applied))
            .order_by_desc(applications::Column::Id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
    };
    let r = app.post_as(&session, "/api/my/withdraw_application", Via::Form, &[("id", id.to_string().as_str())]).await;
    assert_eq!(r.headers()["location"], "/my?withdrawn=1");
    assert_eq!(app.count("lottery_applications WHERE status = 'withdrawn'").await, 1);

    // Staff: not during the period; then, once it is over, once.
    let lottery = format!("/staff/services/{service}/lottery");
    let r = app.post_as(&cookie, "/api/staff/lottery_draw", Via::Form, &[("service_id", service.to_string().as_str())]).await;
    assert_eq!(r.headers()["location"], format!("{lottery}?error=early").as_str());
    app.advance(Duration::days(2) + Duration::minutes(1));
    // Two days on, the staff session has long ended: logged in again.
    let cookie = staff_login(&app, "kanri", STAFF_PASSWORD).await.expect("logs in again");
    let staff_page = app.get_as(&cookie, &lottery).await.text().await.unwrap();
    assert!(staff_page.contains("抽選を行う") && staff_page.contains("射水 花子"), "{staff_page}");
    let r = app.post_as(&cookie, "/api/staff/lottery_draw", Via::Form, &[("service_id", service.to_string().as_str())]).await;
    assert_eq!(r.headers()["location"], format!("{lottery}?drawn=1").as_str());
    let r = app.post_as(&cookie, "/api/staff/lottery_draw", Via::Form, &[("service_id", service.to_string().as_str())]).await;
    assert_eq!(r.headers()["location"], format!("{lottery}?error=drawn").as_str());
    let staff_page = app.get_as(&cookie, &format!("{lottery}?drawn=1")).await.text().await.unwrap();
    assert!(staff_page.contains("一致しました"), "the record replays: {staff_page}");
    assert_eq!(testid_text(&staff_page, "lottery-seed").len(), 64);
    assert_eq!(app.count("audit_log WHERE action = 'draw_lottery'").await, 1);

    // The only one left in the draw wins their first choice: 当選, with the
    // 予約番号 of an ordinary reservation.
    let won = app.mails_to("hanako@example.jp", 2).await.remove(1);
    assert!(won.contains("当選"), "{won}");
    let reservation = {
        use app::db::reservations;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let r = reservations::Entity::find().filter(reservations::Column::Status.eq(reservations::Status::Active)).one(&app.db).await.unwrap().unwrap();
        r.reservation_number
    };
    assert!(won.contains(&reservation), "{won}");
    assert_eq!(app.count(&format!("slots WHERE id = {first} AND taken = 1")).await, 1);
    let session = resident_login(&app, &key, "hanako@example.jp", 3).await;
    let my = app.get_as(&session, "/my").await.text().await.unwrap();
    assert!(my.contains(&reservation) && my.contains("当選"), "{my}");
    // After the draw the second slot, nobody's, is booked first come.
    let page = app.get(&format!("/reserve/services/{service}")).await.text().await.unwrap();
    assert!(page.contains("抽選は終わりました"), "{page}");
    app.reserve(second, "third@example.jp").await;
    app.stop().await;
}

on_both!(apply_then_draw_then_the_reservation);
