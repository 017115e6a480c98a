//! 待合室: over capacity a new visitor waits (a plain page that reloads
//! itself), tickets are let in in order, an admitted resident finishes,
//! staff and /healthz never wait; 受付開始 holds the line until its time;
//! a visitor waiting for a full service is told at once.
use crate::common;

use app::db::waiting_room;
use common::*;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use std::time::Duration;

/// What one visitor's browser keeps: the waiting room's cookies.
#[derive(Default, Clone)]
struct Browser {
    cookies: Vec<(String, String)>,
}

struct Page {
    status: u16,
    body: String,
}

impl Page {
    fn waiting(&self) -> bool {
        self.body.contains("順番にご案内しています")
    }
}

impl Browser {
    fn header(&self) -> String {
        self.cookies.iter().map(|(n, v)| format!("{n}={v}")).collect::<Vec<_>>().join("; ")
    }

    fn keep(&mut self, response: &reqwest::Response) {
        for set in response.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()) {
            let (name, rest) = set.split_once('=').unwrap();
            let value = rest.split(';').next().unwrap().to_string();
            self.cookies.retain(|(n, _)| n != name);
            if !value.is_empty() {
                self.cookies.push((name.to_string(), value));
            }
        }
    }

    async fn get(&mut self, app: &TestApp, path: &str) -> Page {
        let response = app.client.get(format!("{}{path}", app.base)).header("Cookie", self.header()).send().await.unwrap();
        self.keep(&response);
        Page { status: response.status().as_u16(), body: response.text().await.unwrap() }
    }

    async fn post(&mut self, app: &TestApp, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let response = app
            .client
            .post(format!("{}{path}", app.base))
            .header("Cookie", self.header())
            .header("Accept", "text/html")
            .form(form)
            .send()
            .await
            .unwrap();
        self.keep(&response);
        response
    }

    fn has(&self, name: &str) -> bool {
        self.cookies.iter().any(|(n, _)| n == name)
    }
}

/// Sets what the city sets in the staff console, and waits until the
/// server has read it (it re-reads every tick).
async fn city_sets(app: &TestApp, capacity: Option<i32>, opens_at: Option<chrono::DateTime<chrono::Utc>>) {
    let row = waiting_room::Entity::find_by_id(1).one(&app.db).await.unwrap().unwrap();
    let mut row: waiting_room::ActiveModel = row.into();
    row.max_in_flight = Set(capacity);
    row.opens_at = Set(opens_at);
    row.update(&app.db).await.unwrap();
    let want = capacity.map(|c| c as usize);
    for _ in 0..100 {
        if want.is_none_or(|c| app.waiting_room().status().capacity == c) {
            tokio::time::sleep(server::waiting_room::TICK * 2).await;
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the server did not take the new capacity");
}

async fn over_capacity_visitors_wait_and_are_let_in_in_order(backend: Backend) {
    let app = spawn(backend).await;
    let (_, slot) = app.slot_with_capacity(10).await;

    // A resident who came in before the rush.
    let mut early = Browser::default();
    assert!(!early.get(&app, "/reserve").await.waiting());
    assert!(early.has("e_yoyaku_pass"));

    // No room at all: every new visitor waits.
    city_sets(&app, Some(0), None).await;
    let mut line: Vec<Browser> = Vec::new();
    for _ in 0..5 {
        let mut visitor = Browser::default();
        let page = visitor.get(&app, "/").await;
        assert_eq!(page.status, 200, "the waiting page is not an error");
        assert!(page.waiting(), "{}", page.body);
        assert!(page.body.contains("http-equiv=\"refresh\""), "it reloads itself without JavaScript");
        assert!(page.body.contains("再読み込みしても、順番は変わりません"));
        assert!(page.body.contains("一時停止"), "capacity 0 is said to be a pause: {}", page.body);
        assert!(visitor.has("e_yoyaku_ticket") && !visitor.has("e_yoyaku_pass"));
        line.push(visitor);
    }
    // Reloading keeps the place: still waiting, the same number ahead.
    let again = line[2].get(&app, "/").await;
    assert!(again.waiting());
    assert_eq!(testid_text(&again.body, "waiting-ahead"), "2人");
    // A forged or tampered ticket is a new visitor at the back.
    let mut forger = Browser { cookies: vec![("e_yoyaku_ticket".into(), "t1-0-0.00".into())] };
    assert!(forger.get(&app, "/").await.waiting());
    assert_eq!(app.waiting_room().status().waiting, 6);

    // Staff and the health check never wait.
    let mut clerk = Browser::default();
    let staff = clerk.get(&app, "/staff/login").await;
    assert!(!staff.waiting() && staff.status == 200);
    assert_eq!(app.get("/healthz").await.status(), 200);

    // The resident already in finishes their reservation.
    let email = "early@example.jp";
    let slot = slot.to_string();
    let details = early.post(&app, "/api/reserve/details", &common::taro_form(&slot, email)).await;
    assert_eq!(details.status(), 302);
    let draft = details.headers()["location"].to_str().unwrap().split('/').nth(3).unwrap().to_string();
    let sent = early.post(&app, "/api/reserve/submit", &[("draft_id", &draft)]).await;
    assert_eq!(sent.status(), 302);
    assert!(sent.headers()["location"].to_str().unwrap().ends_with("/complete"));

    // Room for one at a time: the line moves, first come first served.
    // Asked from the back of the line to the front, an answer can only be
    // "in" for everyone in front of someone who is in.
    city_sets(&app, Some(4), None).await;
    let mut order = Vec::new();
    for _ in 0..200 {
        let mut round = vec![false; line.len()];
        for i in (0..line.len()).rev() {
            round[i] = !line[i].get(&app, "/").await.waiting();
        }
        if let Some(first_out) = round.iter().position(|inside| !inside) {
            assert!(round[first_out..].iter().all(|inside| !inside), "let in out of order: {round:?}");
        }
        order.push(round.iter().filter(|inside| **inside).count());
        if round.iter().all(|inside| *inside) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(order.last(), Some(&5), "everyone in the line got in: {order:?}");
    assert!(line.iter().all(|b| b.has("e_yoyaku_pass") && !b.has("e_yoyaku_ticket")));
    app.stop().await;
}

async fn the_line_waits_for_the_opening_and_says_when_a_service_is_full(backend: Backend) {
    let app = spawn(backend).await;
    let (service, slot) = app.slot_with_capacity(1).await;
    app.reserve(slot, "first@example.jp").await;

    let opening = chrono::Utc::now() + chrono::Duration::hours(1);
    city_sets(&app, None, Some(opening)).await;
    let mut visitor = Browser::default();
    let page = visitor.get(&app, &format!("/reserve/services/{service}")).await;
    assert!(page.waiting());
    assert!(page.body.contains("受付開始は"), "{}", page.body);
    assert!(page.body.contains("すべての予約枠が満員です"), "told at once that the service is full: {}", page.body);

    city_sets(&app, None, Some(chrono::Utc::now() - chrono::Duration::minutes(1))).await;
    let mut inside = false;
    for _ in 0..40 {
        if !visitor.get(&app, "/").await.waiting() {
            inside = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(inside, "let in once the opening time has come");
    app.stop().await;
}

/// 管理者 sets the capacity and 受付開始 in the staff console; the server
/// takes them on its next tick; a 職員 cannot; the change is audited.
async fn the_city_sets_the_line_in_the_staff_console(backend: Backend) {
    let app = spawn(backend).await;
    let cookie = admin(&app).await;
    let page = app.get_as(&cookie, "/staff/waiting-room").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("同時処理数の上限") && html.contains("受付開始"), "{html}");

    let bad = app.post_as(&cookie, "/api/staff/waiting_room_save", Via::Form, &[("capacity", "たくさん"), ("opens_date", ""), ("opens_time", "")]).await;
    assert!(bad.headers()["location"].to_str().unwrap().contains("error=capacity"));
    let half = app.post_as(&cookie, "/api/staff/waiting_room_save", Via::Form, &[("capacity", ""), ("opens_date", "2026-12-01"), ("opens_time", "")]).await;
    assert!(half.headers()["location"].to_str().unwrap().contains("error=opening"));

    let saved = app
        .post_as(&cookie, "/api/staff/waiting_room_save", Via::Form, &[("capacity", "２０"), ("opens_date", "2099-12-01"), ("opens_time", "9:00")])
        .await;
    assert_eq!(saved.headers()["location"].to_str().unwrap(), "/staff/waiting-room?saved=1");
    let row = waiting_room::Entity::find_by_id(1).one(&app.db).await.unwrap().unwrap();
    assert_eq!(row.max_in_flight, Some(20));
    assert_eq!(row.opens_at.map(|t| t.to_rfc3339()), Some("2099-12-01T00:00:00+00:00".to_string()), "9:00 JST");
    assert_eq!(app.count("audit_log WHERE action = 'waiting_room'").await, 1);
    for _ in 0..50 {
        if app.waiting_room().status().capacity == 20 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(app.waiting_room().status().capacity, 20);
    // Before 受付開始 a new visitor waits; the staff console does not.
    assert!(Browser::default().get(&app, "/").await.waiting());
    let html = app.get_as(&cookie, "/staff/waiting-room").await.text().await.unwrap();
    assert_eq!(testid_text(&html, "waiting-count"), "1人");
    assert!(html.contains("2099年12月1日"), "{html}");
    app.stop().await;
}

on_both!(
    over_capacity_visitors_wait_and_are_let_in_in_order,
    the_line_waits_for_the_opening_and_says_when_a_service_is_full,
    the_city_sets_the_line_in_the_staff_console,
);
