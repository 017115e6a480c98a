//! Staff make services and slots: a new service is unpublished until
//! published; the bulk generator skips public holidays and the New Year
//! closure and never doubles a slot; a capacity never goes below the places
//! taken; a closed slot takes no reservation; the per-resident limit holds.
use crate::common;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use common::{Backend, TestApp, Via, admin, spawn, testid_text};

fn today() -> NaiveDate {
    app::time::to_jst(chrono::Utc::now()).date()
}

/// Saves the service form; returns the redirect's location.
async fn save_service(app: &TestApp, cookie: &str, service_id: i32, name: &str, max_active: &str) -> String {
    let id = service_id.to_string();
    let r = app
        .post_as(
            cookie,
            "/api/staff/service_save",
            Via::Form,
            &[
                ("service_id", &id),
                ("draft_id", ""),
                ("name", name),
                ("venue", "射水市保健センター"),
                ("description", "骨の健康を調べます。"),
                ("notes", "動きやすい服装で。"),
                ("opens_days", "６０"),
                ("deadline_days", "1"),
                ("deadline_time", "17:00"),
                ("change_days", "2"),
                ("change_time", "12時"),
                ("max_active", max_active),
            ],
        )
        .await;
    assert_eq!(r.status(), 302);
    r.headers()["location"].to_str().unwrap().to_string()
}

fn id_from(location: &str) -> i32 {
    location.trim_start_matches("/staff/services/").split('?').next().unwrap().parse().unwrap()
}

async fn publish(app: &TestApp, cookie: &str, service_id: i32) {
    let id = service_id.to_string();
    let r = app.post_as(cookie, "/api/staff/service_publish", Via::Form, &[("service_id", &id), ("publish", "true")]).await;
    assert_eq!(r.headers()["location"], format!("/staff/services/{service_id}?published=1").as_str());
}

async fn bulk(app: &TestApp, cookie: &str, service_id: i32, from: NaiveDate, to: NaiveDate, weekdays: &str) -> String {
    let (id, from, to) = (service_id.to_string(), from.to_string(), to.to_string());
    let form = [
        ("service_id", id.as_str()),
        ("from", &from),
        ("to", &to),
        ("weekdays", weekdays),
        ("times", "9:00, 9:30"),
        ("minutes", "30"),
        ("capacity", "5"),
    ];
    let r = app.post_as(cookie, "/api/staff/bulk_create", Via::Form, &form).await;
    assert_eq!(r.status(), 302);
    r.headers()["location"].to_str().unwrap().to_string()
}

async fn a_service_is_saved_unpublished_then_published(backend: Backend) {
    let app = spawn(backend).await;
    let cookie = admin(&app).await;
    // Nothing typed but the defaults: the form comes back with what was typed and why.
    let r = app
        .post_as(&cookie, "/api/staff/service_save", Via::Form, &[("service_id", "0"), ("draft_id", ""), ("name", "  "), ("venue", ""), ("description", ""), ("notes", ""), ("opens_days", "30"), ("deadline_days", "1"), ("deadline_time", "夕方"), ("change_days", "1"), ("change_time", "17:00"), ("max_active", "0")])
        .await;
    let location = r.headers()["location"].to_str().unwrap().to_string();
    assert!(location.starts_with("/staff/services/new?draft="), "{location}");
    let page = app.get_as(&cookie, &location).await.text().await.unwrap();
    for message in ["名称を入力してください。", "会場を入力してください。", "予約の締切時刻は 17:00 のように"] {
        assert!(page.contains(message), "{message}");
    }
    assert!(page.contains("夕方"), "what was typed is kept");
    assert_eq!(app.count("services").await, 0);

    let location = save_service(&app, &cookie, 0, "骨密度測定", "0").await;
    let id = id_from(&location);
    assert_eq!(location, format!("/staff/services/{id}?saved=1"));
    assert_eq!(app.count(&format!("services WHERE id = {id} AND published = false AND booking_opens_days = 60 AND change_deadline_days_before = 2")).await, 1);
    assert!(!app.get("/reserve").await.text().await.unwrap().contains("骨密度測定"));
    publish(&app, &cookie, id).await;
    let list = app.get("/reserve").await.text().await.unwrap();
    assert!(list.contains("骨密度測定") && list.contains("予約は前日の17:00まで、変更・キャンセルは2日前の12:00まで"), "{list}");
    // Neither a resident nor a stranger may.
    let stranger = [("service_id", "0"), ("draft_id", ""), ("name", "x"), ("venue", "y"), ("description", ""), ("notes", ""), ("opens_days", "30"), ("deadline_days", "1"), ("deadline_time", "17:00"), ("change_days", "1"), ("change_time", "17:00"), ("max_active", "0")];
    assert_eq!(app.post("/api/staff/service_save", Via::Fetch, &stranger).await.status(), 401);
    assert_eq!(app.post("/api/staff/service_publish", Via::Fetch, &[("service_id", &id.to_string()), ("publish", "false")]).await.status(), 401);
    for action in ["create_service", "publish_service"] {
        assert_eq!(app.count(&format!("audit_log WHERE action = '{action}'")).await, 1, "{action}");
    }
    app.stop().await;
}

/// The first weekday Monday–Friday between the next 28 December and the
/// 15 January after: the generator leaves out 12/29–1/3 and 成人の日 (the
/// second Monday of January, by law) and every other public holiday.
async fn bulk_slots_skip_holidays_and_the_new_year_closure(backend: Backend) {
    let app = spawn(backend).await;
    let cookie = admin(&app).await;
    let id = id_from(&save_service(&app, &cookie, 0, "胃がん検診", "0").await);
    let year = if today() <= NaiveDate::from_ymd_opt(today().year(), 12, 20).unwrap() { today().year() } else { today().year() + 1 };
    let from = NaiveDate::from_ymd_opt(year, 12, 28).unwrap();
    let to = NaiveDate::from_ymd_opt(year + 1, 1, 15).unwrap();
    let coming_of_age = NaiveDate::from_weekday_of_month_opt(year + 1, 1, Weekday::Mon, 2).unwrap();

    let preview = app
        .get_as(&cookie, &format!("/staff/services/{id}/slots/bulk?from={from}&to={to}&wd=1&wd=2&wd=3&wd=4&wd=5&times=9%3A00%2C+9%3A30&minutes=30&capacity=5"))
        .await
        .text()
        .await
        .unwrap();
    assert!(preview.contains("年末年始") && preview.contains("成人の日"), "{preview}");

    let location = bulk(&app, &cookie, id, from, to, "1,2,3,4,5").await;
    let expected: Vec<NaiveDate> = from
        .iter_days()
        .take_while(|d| *d <= to)
        .filter(|d| d.weekday().number_from_monday() <= 5)
        .filter(|d| !matches!((d.month(), d.day()), (12, 29..=31) | (1, 1..=3)))
        .filter(|d| *d != coming_of_age)
        .collect();
    let made = app.count(&format!("slots WHERE service_id = {id}")).await;
    assert_eq!(location, format!("/staff/services/{id}/slots?created={made}&existing=0"));
    assert!(preview.contains(&format!("{made}枠を作成します")), "the preview said what was made");
    // Other holidays in the range (a substitute holiday, say) are left out too; never more than expected.
    assert!(made as usize <= expected.len() * 2 && made >= 2 * (expected.len() as i64 - 2), "{made} vs {}", expected.len());
    assert_eq!(app.count(&format!("slots WHERE service_id = {id} AND date = '{coming_of_age}'")).await, 0);
    for closed in [NaiveDate::from_ymd_opt(year, 12, 29).unwrap(), NaiveDate::from_ymd_opt(year + 1, 1, 2).unwrap()] {
        assert_eq!(app.count(&format!("slots WHERE date = '{closed}'")).await, 0, "{closed}");
    }
    assert_eq!(app.count(&format!("slots WHERE service_id = {id} AND date = '{from}' AND capacity = 5 AND taken = 0")).await, if from.weekday().number_from_monday() <= 5 { 2 } else { 0 });

    // Saving the same plan again makes nothing new.
    let again = bulk(&app, &cookie, id, from, to, "1,2,3,4,5").await;
    assert_eq!(again, format!("/staff/services/{id}/slots?created=0&existing={made}"));
    assert_eq!(app.count(&format!("slots WHERE service_id = {id}")).await, made);
    // Asked to, it works on holidays as well.
    let all = app
        .post_as(&cookie, "/api/staff/bulk_create", Via::Form, &[("service_id", &id.to_string()), ("from", &coming_of_age.to_string()), ("to", &coming_of_age.to_string()), ("weekdays", "1"), ("times", "9:00"), ("minutes", "30"), ("capacity", "5"), ("include_closed", "1")])
        .await;
    assert!(all.headers()["location"].to_str().unwrap().contains("created=1"));
    // A plan that starts in the past is refused, and a stranger cannot make one.
    assert_eq!(bulk_status(&app, &cookie, id, today() - Duration::days(1)).await, 400);
    assert_eq!(bulk_status(&app, "", id, today() + Duration::days(1)).await, 401);
    assert_eq!(app.count("audit_log WHERE action = 'create_slots'").await, 3);
    app.stop().await;
}

async fn bulk_status(app: &TestApp, cookie: &str, service_id: i32, from: NaiveDate) -> u16 {
    let (id, from) = (service_id.to_string(), from.to_string());
    let form = [("service_id", id.as_str()), ("from", &from), ("to", &from), ("weekdays", "1,2,3,4,5,6,7"), ("times", "9:00"), ("minutes", "30"), ("capacity", "5")];
    app.post_as(cookie, "/api/staff/bulk_create", Via::Fetch, &form).await.status().as_u16()
}

async fn capacity_never_goes_below_the_places_taken(backend: Backend) {
    let app = spawn(backend).await;
    let (service, slot) = app.slot_with_capacity(5).await;
    app.reserve(slot, "one@example.jp").await;
    app.reserve(slot, "two@example.jp").await;
    let cookie = admin(&app).await;
    let slot_id = slot.to_string();
    let change = |capacity: &'static str| {
        let (cookie, slot_id) = (cookie.clone(), slot_id.clone());
        let app = &app;
        async move {
            let r = app.post_as(&cookie, "/api/staff/slot_capacity", Via::Form, &[("slot_id", &slot_id), ("capacity", capacity)]).await;
            r.headers()["location"].to_str().unwrap().to_string()
        }
    };
    assert!(change("1").await.contains("error=below_taken"));
    assert!(change("千").await.contains("error=capacity"));
    assert_eq!(app.count(&format!("slots WHERE id = {slot} AND capacity = 5")).await, 1);
    assert!(change("２").await.contains("done=capacity"));
    assert_eq!(app.count(&format!("slots WHERE id = {slot} AND capacity = 2 AND taken = 2")).await, 1);
    // Full now: the next resident is told so.
    let draft = app.details(slot, "three@example.jp").await;
    assert_eq!(app.submit(&draft, Via::Fetch).await.status(), 409);
    assert!(change("3").await.contains("done=capacity"));

    // Closed: no new reservation; open again: it takes one.
    let set_open = |open: &'static str| {
        let (app, cookie, slot_id) = (&app, cookie.clone(), slot_id.clone());
        async move { app.post_as(&cookie, "/api/staff/slot_open", Via::Form, &[("slot_id", &slot_id), ("open", open)]).await }
    };
    assert!(set_open("false").await.headers()["location"].to_str().unwrap().contains("done=closed"));
    let draft = app.details(slot, "four@example.jp").await;
    let refused = app.submit(&draft, Via::Fetch).await;
    assert_eq!(refused.status(), 409);
    assert!(refused.text().await.unwrap().contains("SlotClosed"));
    assert!(set_open("true").await.headers()["location"].to_str().unwrap().contains("done=opened"));
    app.reserve(slot, "five@example.jp").await;

    // One more slot by hand; the same day and start again is refused.
    let date = (today() + Duration::days(9)).to_string();
    let add = |start: &'static str| {
        let (date, service) = (date.clone(), service.to_string());
        let (app, cookie) = (&app, cookie.clone());
        async move {
            let form = [("service_id", service.as_str()), ("date", &date), ("start", start), ("end", "14:30"), ("capacity", "8")];
            let r = app.post_as(&cookie, "/api/staff/slot_add", Via::Form, &form).await;
            r.headers()["location"].to_str().unwrap().to_string()
        }
    };
    assert!(add("14:00").await.contains("done=added"));
    assert!(add("１４：００").await.contains("error=duplicate"));
    assert!(add("15:00").await.contains("error=slot_input"), "ends before it starts");
    assert_eq!(app.count(&format!("slots WHERE service_id = {service} AND date = '{date}' AND capacity = 8")).await, 1);
    let page = app.get_as(&cookie, &format!("/staff/services/{service}/slots")).await.text().await.unwrap();
    assert!(page.contains("3／3人"), "{page}");
    for action in ["slot_capacity", "close_slot", "open_slot", "add_slot"] {
        assert!(app.count(&format!("audit_log WHERE action = '{action}'")).await >= 1, "{action}");
    }
    assert_eq!(app.post("/api/staff/slot_capacity", Via::Fetch, &[("slot_id", &slot_id), ("capacity", "9")]).await.status(), 401);
    app.stop().await;
}

/// 上限 1: the same person (same address, ふりがな, birth date) cannot hold
/// two upcoming reservations of the service; another person can.
async fn the_per_resident_limit_holds(backend: Backend) {
    let app = spawn(backend).await;
    let (service, slot) = app.slot_with_capacity(5).await;
    let other = app.another_slot(service, 10, 5).await;
    let cookie = admin(&app).await;
    let location = save_service(&app, &cookie, service, "胃がん検診", "1").await;
    assert_eq!(location, format!("/staff/services/{service}?saved=1"));
    publish(&app, &cookie, service).await;

    app.reserve(slot, "family@example.jp").await;
    let draft = app.details(other, "family@example.jp").await;
    let refused = app.submit(&draft, Via::Fetch).await;
    assert_eq!(refused.status(), 409);
    assert!(refused.text().await.unwrap().contains("LimitReached"));
    app.reserve(other, "neighbour@example.jp").await;
    assert_eq!(app.count("reservations WHERE status = 'active'").await, 2);
    let html = app.get(&format!("/reserve/services/{service}")).await.text().await.unwrap();
    assert_eq!(testid_text(&html, "service-limit"), "お一人1件まで（受付中の予約の数）");
    app.stop().await;
}

on_both!(
    a_service_is_saved_unpublished_then_published,
    bulk_slots_skip_holidays_and_the_new_year_closure,
    capacity_never_goes_below_the_places_taken,
    the_per_resident_limit_holds,
);
