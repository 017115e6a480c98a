//! 受付 over HTTP without JavaScript, on SQLite and PostgreSQL: the typed
//! 予約番号 shows today's reservation with the name and slot, 来場 records
//! it (once, audited); another day's, a cancelled one and an unknown
//! number are said plainly and refused on the server too; residents and
//! strangers get nothing.
use crate::common;

use common::{Backend, Via, admin, spawn};
use sea_orm::ConnectionTrait;

fn today() -> String {
    app::time::to_jst(chrono::Utc::now()).date().format("%Y-%m-%d").to_string()
}

async fn page(app: &common::TestApp, cookie: &str, query: &str) -> String {
    let r = app.get_as(cookie, &format!("/staff/check-in{query}")).await;
    assert_eq!(r.status(), 200, "{query}");
    r.text().await.unwrap()
}

async fn typed_number_checks_in_today_and_says_what_is_wrong(backend: Backend) {
    let app = spawn(backend).await;
    let (service, slot) = app.slot_with_capacity(5).await;
    let (_, number) = app.reserve(slot, "today@example.jp").await;
    let (_, gone) = app.reserve(slot, "gone@example.jp").await;
    let later = app.another_slot(service, 9, 5).await;
    let (_, later_number) = app.reserve(later, "later@example.jp").await;
    // The first slot's day has come.
    app.db.execute_unprepared(&format!("UPDATE slots SET date = '{}' WHERE id = {slot}", today())).await.unwrap();
    app.db.execute_unprepared(&format!("UPDATE reservations SET status = 'cancelled' WHERE reservation_number = '{gone}'")).await.unwrap();

    // Not for residents or strangers.
    assert_eq!(app.get(&format!("/staff/check-in?number={number}")).await.status(), 401);
    assert_eq!(app.post("/api/staff/check_in_mark", Via::Fetch, &[("number", &number)]).await.status(), 401);
    // The staff console may ask for the camera (受付); residents' pages may not.
    let policy = |r: &reqwest::Response| r.headers()["permissions-policy"].to_str().unwrap().to_string();
    assert!(policy(&app.get("/staff/check-in").await).contains("camera=(self)"));
    assert!(policy(&app.get("/reserve").await).contains("camera=()"));
    let cookie = admin(&app).await;

    let empty = page(&app, &cookie, "").await;
    assert!(empty.contains("予約番号") && !empty.contains("check-in-card"), "nothing asked yet");

    // Today's: the name, the slot, one 来場 button.
    let html = page(&app, &cookie, &format!("?number={number}")).await;
    assert!(html.contains("射水 太郎 様"), "{html}");
    assert!(html.contains("胃がん検診") && html.contains("9:30"), "{html}");
    assert!(html.contains("来場（射水 太郎 様）"), "{html}");
    assert!(!html.contains("data-testid=\"check-in-problem\""), "{html}");
    // Typed with a hyphen and in full width, as a clerk might.
    let wide: String = number.chars().map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap()).collect();
    let typed = format!("{}－{}", &wide[..12], &wide[12..]);
    let html = page(&app, &cookie, &format!("?number={}", urlencode(&typed))).await;
    assert!(html.contains("来場（射水 太郎 様）"), "{html}");

    let r = app.post_as(&cookie, "/api/staff/check_in_mark", Via::Form, &[("number", &number)]).await;
    assert_eq!(r.status(), 302);
    assert_eq!(r.headers()["location"], format!("/staff/check-in?done={number}").as_str());
    let done = page(&app, &cookie, &format!("?done={number}")).await;
    assert!(done.contains("来場を記録しました：射水 太郎 様"), "{done}");
    assert_eq!(app.count(&format!("reservations WHERE reservation_number = '{number}' AND attendance = 'attended'")).await, 1);
    assert_eq!(app.count("audit_log WHERE action = 'mark_attendance'").await, 1);
    assert!(app.count("audit_log WHERE action = 'check_in_look_up'").await >= 2);

    // Twice: said, not recorded again.
    let again = page(&app, &cookie, &format!("?number={number}")).await;
    assert!(again.contains("来場は記録済みです"), "{again}");
    let r = app.post_as(&cookie, "/api/staff/check_in_mark", Via::Fetch, &[("number", &number)]).await;
    assert_eq!(r.status(), 409);
    assert!(r.text().await.unwrap().contains("来場は記録済みです"));
    assert_eq!(app.count("audit_log WHERE action = 'mark_attendance'").await, 1);

    // Another day's: said with its day, refused on the server too.
    let html = page(&app, &cookie, &format!("?number={later_number}")).await;
    assert!(html.contains("本日の予約ではありません"), "{html}");
    assert!(!html.contains("来場（"), "no 来場 button: {html}");
    let r = app.post_as(&cookie, "/api/staff/check_in_mark", Via::Form, &[("number", &later_number)]).await;
    assert_eq!(r.status(), 302);
    assert!(r.headers()["location"].to_str().unwrap().contains("__err="), "{:?}", r.headers());
    // Cancelled.
    let html = page(&app, &cookie, &format!("?number={gone}")).await;
    assert!(html.contains("キャンセルされています"), "{html}");
    let r = app.post_as(&cookie, "/api/staff/check_in_mark", Via::Fetch, &[("number", &gone)]).await;
    assert_eq!(r.status(), 409);
    assert_eq!(app.count("reservations WHERE attendance = 'attended'").await, 1);

    // Unknown and unreadable numbers.
    let html = page(&app, &cookie, "?number=00000001").await;
    assert!(html.contains("予約番号 00000001 の予約は見つかりません"), "{html}");
    let html = page(&app, &cookie, "?number=abc").await;
    assert!(html.contains("8桁の数字"), "{html}");
    let r = app.post_as(&cookie, "/api/staff/check_in_mark", Via::Fetch, &[("number", "<script>")]).await;
    assert_eq!(r.status(), 409);
    app.stop().await;
}

fn urlencode(text: &str) -> String {
    text.bytes().map(|b| format!("%{b:02X}")).collect()
}

on_both!(typed_number_checks_in_today_and_says_what_is_wrong);
