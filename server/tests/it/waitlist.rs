//! キャンセル待ち over HTTP, as a browser without JavaScript sends the
//! forms, on SQLite and PostgreSQL: a full slot offers its waiting list;
//! joining takes the details form; a cancellation offers the place to the
//! first in line only, by email; the link's page changes nothing until a
//! button is pressed; taking it makes an ordinary reservation; a hold that
//! runs out goes to the next, and the late answer is refused kindly.
use crate::common;

use chrono::Duration;
use common::{Backend, TestApp, Via, admin, spawn_manual_clock, testid_text};

/// Joins the waiting list of `slot` (`wait`: `slot` or `day`) through the
/// details form, its check page and 送信; returns the completion page.
async fn join(app: &TestApp, slot: i32, wait: &str, email: &str) -> String {
    let slot = slot.to_string();
    let form = [
        ("draft_id", ""),
        ("slot_id", slot.as_str()),
        ("name", "射水 花子"),
        ("kana", "いみず はなこ"),
        ("birth_year", "1970"),
        ("birth_month", "5"),
        ("birth_day", "5"),
        ("phone", "0766-51-6666"),
        ("email", email),
        ("email_confirm", email),
        ("wait", wait),
    ];
    let r = app.post("/api/reserve/details", Via::Form, &form).await;
    assert_eq!(r.status(), 302);
    let location = r.headers()["location"].to_str().unwrap().to_string();
    let draft = location.trim_start_matches("/reserve/drafts/").trim_end_matches("/confirm").to_string();
    assert!(location.ends_with("/confirm"), "{location}");
    let check = app.get(&location).await.text().await.unwrap();
    assert!(check.contains("キャンセル待ち"), "the check page says it is a waiting list: {check}");
    let r = app.submit(&draft, Via::Form).await;
    assert_eq!(r.status(), 302);
    app.get(&format!("/reserve/drafts/{draft}/complete")).await.text().await.unwrap()
}

fn token_in(mail: &str) -> String {
    let at = mail.find("/waitlist/offers/").expect("an offer link") + "/waitlist/offers/".len();
    mail[at..at + 32].to_string()
}

async fn mails(app: &TestApp, to: &str) -> i64 {
    app.count(&format!("email_outbox WHERE to_address = '{to}'")).await
}

async fn cancel_by_staff(app: &TestApp, number: &str) {
    let cookie = admin(app).await;
    let resident = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let r = app::db::reservations::Entity::find()
            .filter(app::db::reservations::Column::ReservationNumber.eq(number))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        r.resident_id.to_string()
    };
    let r = app.post_as(&cookie, "/api/staff/cancel_for_resident", Via::Form, &[("id", resident.as_str()), ("number", number)]).await;
    assert_eq!(r.status(), 302);
}

async fn answer(app: &TestApp, token: &str, take: bool) -> String {
    let take = take.to_string();
    let r = app.post("/api/waitlist/answer", Via::Form, &[("token", token), ("take", take.as_str())]).await;
    assert_eq!(r.status(), 302);
    assert_eq!(r.headers()["location"], format!("/waitlist/offers/{token}").as_str());
    app.get(&format!("/waitlist/offers/{token}")).await.text().await.unwrap()
}

async fn join_then_a_cancellation_then_take_the_place(backend: Backend) {
    let app = spawn_manual_clock(backend).await;
    let (_, slot) = app.slot_with_capacity(1).await;
    let (_, number) = app.reserve(slot, "holder@example.jp").await;
    // The full slot offers its waiting list, and its day's.
    let full = app.get(&format!("/reserve/slots/{slot}")).await.text().await.unwrap();
    assert!(full.contains(&format!("/reserve/slots/{slot}?wait=slot")) && full.contains(&format!("/reserve/slots/{slot}?wait=day")), "{full}");
    let form = app.get(&format!("/reserve/slots/{slot}?wait=slot")).await.text().await.unwrap();
    assert!(form.contains("キャンセル待ちとして登録します") && form.contains("id=\"name\""), "{form}");
    // Two join, in order; the first is told their place and key.
    let first = join(&app, slot, "slot", "waiter1@example.jp").await;
    assert!(first.contains("1番目") && !testid_text(&first, "user-key").is_empty(), "{first}");
    let second = join(&app, slot, "slot", "waiter2@example.jp").await;
    assert!(second.contains("2番目"), "{second}");
    let joined = app.mails_to("waiter1@example.jp", 1).await.remove(0);
    assert!(joined.contains("1番目") && joined.contains("キャンセル待ち"), "{joined}");
    assert_eq!(app.count("reservations WHERE status = 'active'").await, 1, "nobody was booked by joining");

    // The holder cancels (at the counter): the first in line only is asked.
    cancel_by_staff(&app, &number).await;
    let offer = app.mails_to("waiter1@example.jp", 2).await.remove(1);
    assert!(offer.contains("空き"), "{offer}");
    assert_eq!(mails(&app, "waiter2@example.jp").await, 1, "the second is not asked");
    assert_eq!(app.count(&format!("slots WHERE id = {slot} AND taken = 0 AND held = 1")).await, 1);
    // Nobody else can book the held place.
    let draft = {
        let r = app
            .post(
                "/api/reserve/details",
                Via::Form,
                &[
                    ("draft_id", ""),
                    ("slot_id", slot.to_string().as_str()),
                    ("name", "射水 次郎"),
                    ("kana", "いみず じろう"),
                    ("birth_year", "1980"),
                    ("birth_month", "1"),
                    ("birth_day", "1"),
                    ("phone", "0766-51-6666"),
                    ("email", "late@example.jp"),
                    ("email_confirm", "late@example.jp"),
                ],
            )
            .await;
        r.headers()["location"].to_str().unwrap().trim_start_matches("/reserve/drafts/").trim_end_matches("/confirm").to_string()
    };
    assert_eq!(app.submit(&draft, Via::Fetch).await.status(), 409);

    // The link's page shows the place; opening it changes nothing.
    let token = token_in(&offer);
    let page = app.get(&format!("/waitlist/offers/{token}")).await.text().await.unwrap();
    assert!(page.contains("予約する") && page.contains("辞退する"), "{page}");
    assert_eq!(app.count("waitlist_entries WHERE status = 'offered'").await, 1);
    assert_eq!(app.get(&format!("/waitlist/offers/{}", "0".repeat(32))).await.status(), 404);
    // Taken: an ordinary reservation, and its confirmation email.
    let booked = answer(&app, &token, true).await;
    assert!(booked.contains("予約が完了しました"), "{booked}");
    assert_eq!(app.count(&format!("slots WHERE id = {slot} AND taken = 1 AND held = 0")).await, 1);
    assert_eq!(app.count("reservations WHERE status = 'active'").await, 1);
    let confirmation = app.mails_to("waiter1@example.jp", 3).await.remove(2);
    assert!(confirmation.contains("予約番号"), "{confirmation}");
    // Pressed again: the same reservation, nothing more.
    answer(&app, &token, true).await;
    assert_eq!(app.count("reservations WHERE status = 'active'").await, 1);
    app.stop().await;
}

async fn a_hold_that_runs_out_goes_to_the_next_in_line(backend: Backend) {
    let app = spawn_manual_clock(backend).await;
    let (_, slot) = app.slot_with_capacity(1).await;
    let (_, number) = app.reserve(slot, "holder@example.jp").await;
    join(&app, slot, "slot", "slow@example.jp").await;
    join(&app, slot, "day", "anytime@example.jp").await;
    cancel_by_staff(&app, &number).await;
    let token = token_in(&app.mails_to("slow@example.jp", 2).await.remove(1));
    // A day later (the slot is a week away, so the hold is 24 hours).
    app.advance(Duration::hours(24) + Duration::minutes(1));
    let site = app::site::SiteSettings { base_url: app.base.clone(), ..app::site::SiteSettings::example() };
    // (The server's own job, every minute, may get there first: either way
    // the hold ends once.)
    app::booking::waitlist::expire_due(&app.db, &site, app.clock()).await.unwrap();
    app.wake_mailer();
    assert_eq!(app.count("waitlist_entries WHERE status = 'expired'").await, 1);
    // The day's line is next: asked now.
    let next = app.mails_to("anytime@example.jp", 2).await.remove(1);
    assert!(next.contains("/waitlist/offers/"), "{next}");
    // The first answers too late: told kindly, nothing booked.
    let late = answer(&app, &token, true).await;
    assert!(late.contains("期限を過ぎたため"), "{late}");
    assert_eq!(app.count("reservations WHERE status = 'active'").await, 0);
    // The second lets it go: nobody else waits, so the place is free.
    let declined = answer(&app, &token_in(&next), false).await;
    assert!(declined.contains("辞退を受け付けました"), "{declined}");
    assert_eq!(app.count(&format!("slots WHERE id = {slot} AND taken = 0 AND held = 0")).await, 1);
    app.stop().await;
}

on_both!(join_then_a_cancellation_then_take_the_place, a_hold_that_runs_out_goes_to_the_next_in_line,);
