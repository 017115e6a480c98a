//! Drafts and completion pages belong to their browser (issue 12, item 7):
//! the URL of a draft — left in a shared PC's history, shared, guessed —
//! opens nothing in another browser, and the completion page shows the
//! 利用者キー only to the browser that sent the form, and only for 30 minutes.
use crate::common;

use common::{Backend, TestApp, Via, browser_cookie, spawn_manual_clock, testid_text};

async fn as_other(app: &TestApp, other: &str, path: &str) -> (u16, String) {
    let r = app.client.get(format!("{}{path}", app.base)).header("Cookie", other).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

async fn drafts_and_completion_pages_belong_to_their_browser(backend: Backend) {
    let app = spawn_manual_clock(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    let other = browser_cookie();
    let draft = app.details(slot, "mine@example.jp").await;
    // Another browser, with the same URLs: nothing of what was typed.
    for path in [format!("/reserve/drafts/{draft}"), format!("/reserve/drafts/{draft}/confirm")] {
        let (status, html) = as_other(&app, &other, &path).await;
        assert!(status >= 400, "{path}: {status}");
        assert!(!html.contains("射水 太郎") && !html.contains("mine@example.jp") && !html.contains("0766-51-6666"), "{path}: {html}");
        assert!(html.contains("別のブラウザー"), "{path}: the page says why: {html}");
    }
    // …nor send it, nor change it.
    let r = app.client.post(format!("{}/api/reserve/submit", app.base)).header("Accept", "text/html").header("Cookie", &other).form(&[("draft_id", draft.as_str())]).send().await.unwrap();
    assert_ne!(r.headers().get("location").and_then(|l| l.to_str().ok()), Some(format!("/reserve/drafts/{draft}/complete").as_str()));
    assert_eq!(app.count("reservations").await, 0);
    // The browser that typed it sends it and sees its key.
    assert_eq!(app.submit(&draft, Via::Form).await.status(), 302);
    let complete = format!("/reserve/drafts/{draft}/complete");
    let html = app.get(&complete).await.text().await.unwrap();
    let key = testid_text(&html, "user-key");
    assert!(html.contains("mine@example.jp"));
    let (status, html) = as_other(&app, &other, &complete).await;
    assert_eq!(status, 410);
    assert!(html.contains("別のブラウザー"), "the page says why: {html}");
    assert!(!html.contains(&key) && !html.contains("mine@example.jp"), "{html}");
    // Without any cookie at all: the same.
    let response = app.client.get(format!("{}{complete}", app.base)).send().await.unwrap();
    assert_eq!(response.status(), 410);
    let html = response.text().await.unwrap();
    assert!(html.contains("別のブラウザー") && !html.contains(&key), "{html}");
    // Half an hour later the key and the address are gone from the page,
    // the reservation itself is still shown.
    app.advance(chrono::Duration::minutes(31));
    let html = app.get(&complete).await.text().await.unwrap();
    assert!(!html.contains(&key) && !html.contains("mine@example.jp"), "{html}");
    assert!(html.contains("data-testid=\"key-hidden\"") && html.contains("data-testid=\"reservation-number\""), "{html}");
    app.stop().await;
}

/// The login page's draft carries the 利用者キー typed: the same rule.
async fn a_login_draft_opens_only_where_it_was_typed(backend: Backend) {
    let app = spawn_manual_clock(backend).await;
    let r = app.post("/api/login/otp", Via::Form, &[("draft_id", ""), ("user_key", "ABCD-EFGH-JKMN"), ("email", "who@example.jp")]).await;
    let location = r.headers()["location"].to_str().unwrap().to_string();
    assert!(location.starts_with("/login/drafts/"), "{location}");
    let mine = app.get(&location).await.text().await.unwrap();
    assert!(mine.contains("ABCD-EFGH-JKMN"), "{mine}");
    let (status, theirs) = as_other(&app, &browser_cookie(), &location).await;
    assert!(status >= 400 && !theirs.contains("ABCD-EFGH-JKMN"), "{status}: {theirs}");
    app.stop().await;
}

on_both!(drafts_and_completion_pages_belong_to_their_browser, a_login_draft_opens_only_where_it_was_typed);
