//! Mail through a real SMTP server (end2end/smtp-sink.mjs), issue 12 item 3:
//! the old docomo/au address forms the form accepts are delivered; a mail
//! server that is down for a while gets every promised mail exactly once
//! when it is back; a permanent refusal stops the retries, shows on
//! 「メール送信状況」 with its reason, and a clerk can send it again;
//! secrets (利用者キー, one-time password) leave the database once sent.
use crate::common;

use app::clock::Clock;
use app::db::email_outbox;
use chrono::Duration;
use common::{Backend, SmtpSink, TestApp, Via, admin, free_port, spawn_configured, testid_text};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

async fn with_smtp(backend: Backend, port: u16) -> TestApp {
    spawn_configured(backend, Clock::manual(chrono::Utc::now()), |c| {
        c.smtp_url = Some(format!("smtp://127.0.0.1:{port}").into());
    })
    .await
}

async fn rows_to(app: &TestApp, to: &str) -> Vec<email_outbox::Model> {
    email_outbox::Entity::find().filter(email_outbox::Column::ToAddress.eq(to)).all(&app.db).await.unwrap()
}

/// Waits until `done` holds for the rows of `to` (up to 20 s).
async fn until(app: &TestApp, to: &str, done: impl Fn(&[email_outbox::Model]) -> bool) -> Vec<email_outbox::Model> {
    for _ in 0..200 {
        let rows = rows_to(app, to).await;
        if done(&rows) {
            return rows;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("outbox rows to {to} never got there: {:?}", rows_to(app, to).await);
}

/// `taro..yamada.@docomo.ne.jp` and `hanako.@ezweb.ne.jp`: the completion
/// page is shown and the confirmation with the 利用者キー arrives; a
/// one-time password reaches them too. Once sent, the outbox keeps neither
/// the key nor the password.
async fn carrier_addresses_are_delivered(backend: Backend) {
    let sink = SmtpSink::start(free_port(), None).await;
    let app = with_smtp(backend, sink.smtp_port).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    for address in ["taro..yamada.@docomo.ne.jp", "hanako.@ezweb.ne.jp", ".dot.first@docomo.ne.jp"] {
        let draft = app.details(slot, address).await;
        assert_eq!(app.submit(&draft, Via::Form).await.status(), 302);
        let html = app.get(&format!("/reserve/drafts/{draft}/complete")).await.text().await.unwrap();
        let key = testid_text(&html, "user-key");
        let mail = sink.wait_for(address, 1).await.remove(0);
        assert!(mail["text"].as_str().unwrap().contains(&key), "{address}: {mail}");
        let rows = until(&app, address, |rows| rows.iter().all(|r| r.sent_at.is_some())).await;
        assert!(rows.iter().all(|r| r.secrets.is_none() && !r.body.contains(&key)), "{address}: {rows:?}");
        // A one-time password gets there as well, and is not kept.
        let r = app.post("/api/login/otp", Via::Form, &[("draft_id", ""), ("user_key", &key), ("email", address)]).await;
        assert_eq!(r.status(), 302);
        app.wake_mailer();
        let otp_mail = sink.wait_for(address, 2).await.remove(1);
        let text = otp_mail["text"].as_str().unwrap();
        let at = text.find("ワンタイムパスワード：").unwrap();
        let otp: String = text[at..].chars().skip(11).take(9).collect();
        let rows = until(&app, address, |rows| rows.len() == 2 && rows.iter().all(|r| r.sent_at.is_some())).await;
        assert!(rows.iter().all(|r| r.secrets.is_none() && !r.body.contains(&otp)), "{rows:?}");
    }
    app.stop().await;
}

/// SMTP down while 20 reservations are made: each completion page is
/// served, the mails wait; when the server is back, each resident gets
/// exactly one confirmation, and further rounds of the worker send nothing.
async fn an_outage_delays_but_never_loses_or_doubles(backend: Backend) {
    let port = free_port();
    let app = with_smtp(backend, port).await;
    let (_, slot) = app.slot_with_capacity(30).await;
    let addresses: Vec<String> = (0..20).map(|i| format!("outage{i}@example.jp")).collect();
    for address in &addresses {
        app.reserve(slot, address).await;
    }
    for address in &addresses {
        until(&app, address, |rows| rows.len() == 1 && rows[0].attempts >= 1 && rows[0].sent_at.is_none()).await;
    }
    let sink = SmtpSink::start(port, None).await;
    for _ in 0..3 {
        app.advance(Duration::hours(2));
        app.wake_mailer();
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    for address in &addresses {
        sink.wait_for(address, 1).await;
        until(&app, address, |rows| rows[0].sent_at.is_some()).await;
    }
    app.advance(Duration::hours(2));
    app.wake_mailer();
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    let mut delivered = 0;
    for address in &addresses {
        let got = sink.messages(address).await;
        assert_eq!(got.len(), 1, "{address} got {} mails", got.len());
        delivered += got.len();
    }
    println!("SMTP outage: {} reservations made while down, {delivered} delivered once each after", addresses.len());
    app.stop().await;
}

/// 550 (no such user) is final: no retry; 「メール送信状況」 shows it with
/// the reason; 再送 queues it again (audited), and once the address works
/// it arrives.
async fn a_permanent_refusal_is_shown_and_can_be_resent(backend: Backend) {
    let port = free_port();
    let sink = SmtpSink::start(port, Some("nosuchuser")).await;
    let app = with_smtp(backend, port).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    let refused = "nosuchuser@example.jp";
    app.reserve(slot, refused).await;
    app.reserve(slot, "fine@example.jp").await;
    sink.wait_for("fine@example.jp", 1).await;
    let rows = until(&app, refused, |rows| rows[0].failed_at.is_some()).await;
    assert_eq!(rows[0].attempts, 1);
    assert!(rows[0].last_error.as_deref().unwrap_or("").contains("550"), "{rows:?}");
    assert!(rows[0].secrets.is_some(), "kept for a resend");
    app.advance(Duration::hours(5));
    app.wake_mailer();
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    assert_eq!(rows_to(&app, refused).await[0].attempts, 1, "a permanent refusal is not retried");

    let cookie = admin(&app).await;
    let page = app.get_as(&cookie, "/staff/mail?state=failed").await.text().await.unwrap();
    assert!(page.contains(refused) && page.contains("550") && page.contains("再送"), "{page}");
    assert!(!page.contains("fine@example.jp"), "only the failed ones: {page}");
    let id = rows[0].id.to_string();
    let r = app.post_as(&cookie, "/api/staff/mail_resend", Via::Form, &[("id", &id)]).await;
    assert_eq!(r.headers()["location"], format!("/staff/mail?state=failed&resent={id}"));
    let rows = until(&app, refused, |rows| rows[0].failed_at.is_some() && rows[0].attempts == 1 && rows[0].last_error.is_some()).await;
    assert!(rows[0].failed_at.is_some(), "refused again while the address is still refused");
    // The address works now (say the resident's mailbox was restored).
    sink.stop();
    let sink = SmtpSink::start(port, None).await;
    let r = app.post_as(&cookie, "/api/staff/mail_resend", Via::Form, &[("id", &id)]).await;
    assert_eq!(r.status(), 302);
    let mail = sink.wait_for(refused, 1).await;
    assert!(mail[0]["subject"].as_str().unwrap().contains("予約完了"), "{mail:?}");
    until(&app, refused, |rows| rows[0].sent_at.is_some() && rows[0].secrets.is_none()).await;
    let audited = app.count("audit_log WHERE action = 'resend_mail'").await;
    assert_eq!(audited, 2);
    app.stop().await;
}

on_both!(carrier_addresses_are_delivered, an_outage_delays_but_never_loses_or_doubles, a_permanent_refusal_is_shown_and_can_be_resent);
