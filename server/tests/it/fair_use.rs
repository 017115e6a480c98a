//! 公平な利用: one client over its share of drafts or 送信 gets a Japanese
//! page (or, from the hydrated page, the app's error) with when to try
//! again, 429; a family's three reservations from one connection and one
//! address pass under the product's defaults; an address over its daily
//! share is told when it may book again, and staff at the counter are not
//! held by it.
use crate::common;

use app::error::AppError;
use app::fair_use::FairUseRules;
use common::*;

/// One member of a household, as typed into the details form.
struct Member {
    name: &'static str,
    kana: &'static str,
    birth: (&'static str, &'static str, &'static str),
}

const FAMILY: [Member; 3] = [
    Member { name: "射水 太郎", kana: "いみず たろう", birth: ("1958", "4", "1") },
    Member { name: "射水 花子", kana: "いみず はなこ", birth: ("1961", "9", "12") },
    Member { name: "射水 一郎", kana: "いみず いちろう", birth: ("1990", "1", "20") },
];

/// Saves the details form for `who` (as a plain form post).
async fn details(app: &TestApp, slot_id: i32, who: &Member, email: &str) -> reqwest::Response {
    let slot = slot_id.to_string();
    app.post(
        "/api/reserve/details",
        Via::Form,
        &[
            ("draft_id", ""),
            ("slot_id", &slot),
            ("name", who.name),
            ("kana", who.kana),
            ("birth_year", who.birth.0),
            ("birth_month", who.birth.1),
            ("birth_day", who.birth.2),
            ("phone", "0766-51-6666"),
            ("email", email),
            ("email_confirm", email),
        ],
    )
    .await
}

fn draft_of(response: &reqwest::Response) -> String {
    assert_eq!(response.status(), 302, "the details form leads on");
    let location = response.headers()["location"].to_str().unwrap();
    location.strip_prefix("/reserve/drafts/").and_then(|r| r.strip_suffix("/confirm")).expect(location).to_string()
}

async fn spawn_with(backend: Backend, rules: FairUseRules) -> TestApp {
    spawn_configured(backend, app::clock::Clock::manual(chrono::Utc::now()), |config| config.fair_use = rules).await
}

async fn a_family_books_three_from_one_connection_and_one_address(backend: Backend) {
    // The product's defaults, as a city would run them.
    let app = spawn_with(backend, FairUseRules::default()).await;
    let (service, first) = app.slot_with_capacity(10).await;
    let second = app.another_slot(service, 8, 10).await;
    let email = "imizu-family@example.jp";
    for (member, slot) in FAMILY.iter().zip([first, second, first]) {
        // A slip first, corrected: a family types more than it sends.
        let slip = Member { birth: ("1958", "2", "30"), ..*member };
        assert_eq!(details(&app, slot, &slip, email).await.status(), 302);
        let draft = draft_of(&details(&app, slot, member, email).await);
        let sent = app.submit(&draft, Via::Form).await;
        assert_eq!(sent.status(), 302, "{} books", member.name);
        assert_eq!(sent.headers()["location"], format!("/reserve/drafts/{draft}/complete").as_str());
    }
    assert_eq!(app.count("reservations WHERE status = 'active'").await, 3);
    assert_eq!(app.mails_to(email, 3).await.len(), 3);
    app.stop().await;
}

async fn a_client_over_its_share_is_told_when_to_try_again(backend: Backend) {
    let rules = FairUseRules { drafts_per_client_per_hour: 4, submits_per_client_per_hour: 2, reservations_per_address_per_day: 0, ..FairUseRules::unlimited() };
    let app = spawn_with(backend, rules).await;
    let (_, slot) = app.slot_with_capacity(50).await;
    let mut drafts = Vec::new();
    for i in 0..4 {
        drafts.push(draft_of(&details(&app, slot, &FAMILY[0], &format!("client-{i}@example.jp")).await));
    }
    // The fifth draft within the hour: the page, in Japanese, with when.
    let refused = details(&app, slot, &FAMILY[0], "client-5@example.jp").await;
    assert_eq!(refused.status(), 429);
    let retry_after: u64 = refused.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((60..=3600).contains(&retry_after), "Retry-After {retry_after}");
    assert!(refused.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    let page = refused.text().await.unwrap();
    assert!(page.contains("<h1>しばらくしてからもう一度お試しください</h1>"), "{page}");
    assert!(page.contains("ごろから、もう一度お試しください") && page.contains("分後から"), "{page}");
    assert!(page.contains("0766-52-7070"), "the city's phone is on the page");

    // 送信 has its own share: two pass, the third waits and its draft is
    // kept unsent for later.
    for draft in &drafts[..2] {
        assert_eq!(app.submit(draft, Via::Form).await.status(), 302);
    }
    let refused = app.submit(&drafts[2], Via::Form).await;
    assert_eq!(refused.status(), 429);
    assert!(refused.text().await.unwrap().contains("しばらくしてからもう一度お試しください"));
    // From the hydrated page, the app's own error with the same words.
    let refused = app.submit(&drafts[2], Via::Fetch).await;
    assert_eq!(refused.status(), 429);
    let error: AppError = serde_json::from_str(&refused.text().await.unwrap()).expect("the app's error");
    assert!(matches!(&error, AppError::TooMany { .. }), "{error:?}");
    assert!(error.message().contains("公平にご利用いただくため"), "{}", error.message());
    assert_eq!(app.count("reservations").await, 2);
    assert_eq!(app.count("form_drafts WHERE submitted_at IS NULL").await, 2, "the refused drafts wait unsent");

    // Pages, and staff, are not counted.
    assert_eq!(app.get(&format!("/reserve/drafts/{}/confirm", drafts[2])).await.status(), 200);
    app.stop().await;
}

async fn an_address_over_its_daily_share_is_told_when(backend: Backend) {
    let rules = FairUseRules { drafts_per_client_per_hour: 0, submits_per_client_per_hour: 0, reservations_per_address_per_day: 3, ..FairUseRules::unlimited() };
    let app = spawn_with(backend, rules).await;
    let (_, slot) = app.slot_with_capacity(50).await;
    let email = "many@example.jp";
    for member in &FAMILY {
        let draft = draft_of(&details(&app, slot, member, email).await);
        assert_eq!(app.submit(&draft, Via::Form).await.status(), 302);
    }
    // A cancelled one still counts: booking and cancelling does not reset it.
    use sea_orm::ConnectionTrait;
    app.db
        .execute_unprepared("UPDATE reservations SET status = 'cancelled' WHERE id = (SELECT MIN(id) FROM reservations)")
        .await
        .unwrap();
    assert_eq!(app.count("reservations WHERE status = 'active'").await, 2);
    let fourth = Member { name: "射水 次郎", kana: "いみず じろう", birth: ("1993", "5", "5") };
    let draft = draft_of(&details(&app, slot, &fourth, email).await);
    let refused = app.submit(&draft, Via::Fetch).await;
    assert_eq!(refused.status(), 429);
    let error: AppError = serde_json::from_str(&refused.text().await.unwrap()).unwrap();
    let message = error.message();
    assert!(message.contains("24時間に3件まで") && message.contains("以降にもう一度お試しください"), "{message}");
    // The first was made a moment ago: the next one is possible a day on.
    let tomorrow = app::time::date_long((app::time::to_jst(app.clock().now()) + chrono::Duration::hours(24)).date());
    assert!(message.contains(&tomorrow), "{message} should name {tomorrow}");
    // As a plain form, the confirm page says the same.
    let r = app.submit(&draft, Via::Form).await;
    assert_eq!(r.status(), 302);
    assert_eq!(app.count("reservations").await, 3, "nothing was booked");
    // Another address is not held.
    let other = draft_of(&details(&app, slot, &fourth, "other@example.jp").await);
    assert_eq!(app.submit(&other, Via::Form).await.status(), 302);

    // Staff at the counter are not held by it.
    let cookie = admin(&app).await;
    let slot_s = slot.to_string();
    let counter = [
        ("resident_id", "0"),
        ("draft_id", ""),
        ("slot_id", slot_s.as_str()),
        ("name", "射水 三郎"),
        ("kana", "いみず さぶろう"),
        ("birth_year", "1995"),
        ("birth_month", "3"),
        ("birth_day", "3"),
        ("phone", "0766-00-1234"),
        ("email", email),
    ];
    let r = app.post_as(&cookie, "/api/staff/counter_book", Via::Form, &counter).await;
    assert!(r.headers()["location"].to_str().unwrap().ends_with("?done=reserved"), "{:?}", r.headers());
    assert_eq!(app.count("reservations").await, 5);

    // A day later the same draft goes through (its two hours have not
    // run out on a new draft; make one).
    app.advance(chrono::Duration::hours(24) + chrono::Duration::minutes(1));
    let draft = draft_of(&details(&app, slot, &fourth, email).await);
    assert_eq!(app.submit(&draft, Via::Form).await.status(), 302);
    assert_eq!(app.count("reservations").await, 6);
    app.stop().await;
}

on_both!(
    a_family_books_three_from_one_connection_and_one_address,
    a_client_over_its_share_is_told_when_to_try_again,
    an_address_over_its_daily_share_is_told_when,
);
