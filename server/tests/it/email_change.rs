//! メールアドレスの変更 (issue 12, item 8): a session alone cannot move a
//! resident's mail; the change needs a code from the current address
//! entered in the same session, then one from the new address; it ends
//! the resident's other sessions; and the old address can undo it, once.
use crate::common;

use common::{Backend, TestApp, Via, resident_login, spawn_configured, spawn_manual_clock};

/// The 8 digits after `label` in a mail (`1234 5678`).
fn code_after(body: &str, label: &str) -> String {
    let at = body.find(label).unwrap_or_else(|| panic!("no {label} in {body}"));
    body[at..].chars().skip(label.chars().count()).take(9).collect()
}

fn wrong_code(code: &str) -> &'static str {
    if code.starts_with('0') { "11111111" } else { "00000000" }
}

fn location(r: &reqwest::Response) -> String {
    assert_eq!(r.status(), 302, "expected a redirect");
    r.headers()["location"].to_str().unwrap().to_string()
}

/// 本人確認 in the session `cookie`: the code from the `nth` mail to `current`.
async fn prove_identity(app: &TestApp, cookie: &str, current: &str, nth: usize) {
    let r = app.post_as(cookie, "/api/my/email_identity_request", Via::Form, &[]).await;
    assert_eq!(location(&r), "/my/email/identity");
    let body = app.mails_to(current, nth).await.remove(nth - 1);
    assert!(body.contains("ご本人であることを確認します"), "{body}");
    let code = code_after(&body, "確認コード：");
    let r = app.post_as(cookie, "/api/my/email_identity_confirm", Via::Form, &[("code", &code)]).await;
    assert_eq!(location(&r), "/my/email");
}

/// Steps 2 and 3: the new address, its code (the `nth` mail to it).
async fn change_to(app: &TestApp, cookie: &str, new: &str, nth: usize) -> reqwest::Response {
    let r = app.post_as(cookie, "/api/my/email_change_request", Via::Form, &[("draft_id", ""), ("email", new), ("email_confirm", new)]).await;
    assert_eq!(location(&r), "/my/email/verify");
    let body = app.mails_to(new, nth).await.remove(nth - 1);
    let code = code_after(&body, "確認コード：");
    app.post_as(cookie, "/api/my/email_confirm", Via::Form, &[("code", &code)]).await
}

/// The undo link's token in the mail telling the old address.
fn undo_token(body: &str) -> String {
    let at = body.find("/email/undo?token=").unwrap_or_else(|| panic!("no undo link in {body}"));
    body[at + "/email/undo?token=".len()..].chars().take_while(|c| c.is_ascii_hexdigit()).collect()
}

/// A resident with a reservation, logged in: (key, session cookie).
async fn logged_in(app: &TestApp, email: &str) -> (String, String) {
    let (_, slot) = app.slot_with_capacity(5).await;
    let (key, _) = app.reserve(slot, email).await;
    let cookie = resident_login(app, &key, email, 2).await;
    (key, cookie)
}

/// A logged-in session (a shared PC left logged in, a stolen cookie) can
/// neither ask for a code to another address nor confirm one; the page
/// offers 本人確認 first; a wrong code or another session's proof does not
/// count; the proof lasts `identity_fresh_for` only.
async fn a_session_alone_cannot_change_the_address(backend: Backend) {
    let app = spawn_configured(backend, app::clock::Clock::manual(chrono::Utc::now()), |config| {
        config.login_rules.identity_fresh_for = chrono::Duration::minutes(10);
    })
    .await;
    let (old, thief) = ("owner@example.jp", "thief@example.jp");
    let (key, cookie) = logged_in(&app, old).await;

    let page = app.get_as(&cookie, "/my/email").await.text().await.unwrap();
    assert!(page.contains("現在のアドレスに確認コードを送信") && !page.contains("新しいメールアドレス確認"), "{page}");
    let r = app.post_as(&cookie, "/api/my/email_change_request", Via::Form, &[("draft_id", ""), ("email", thief), ("email_confirm", thief)]).await;
    assert_eq!(location(&r), "/my/email", "no code goes anywhere before 本人確認");
    let r = app.post_as(&cookie, "/api/my/email_confirm", Via::Form, &[("code", "12345678")]).await;
    assert_eq!(location(&r), "/my/email");
    assert_eq!(app.count("one_time_passwords WHERE purpose = 'email_change'").await, 0);
    assert_eq!(app.count(&format!("email_outbox WHERE to_address = '{thief}'")).await, 0);

    // A wrong code does not count; the right one marks this session only.
    app.post_as(&cookie, "/api/my/email_identity_request", Via::Form, &[]).await;
    let code = code_after(&app.mails_to(old, 4).await.remove(3), "確認コード：");
    let r = app.post_as(&cookie, "/api/my/email_identity_confirm", Via::Form, &[("code", wrong_code(&code))]).await;
    assert!(location(&r).starts_with("/my/email/identity?wrong=1"));
    app.advance(chrono::Duration::minutes(2)); // one login code a minute
    let other = resident_login(&app, &key, old, 5).await;
    let r = app.post_as(&cookie, "/api/my/email_identity_confirm", Via::Form, &[("code", &code)]).await;
    assert_eq!(location(&r), "/my/email");
    let page = app.get_as(&cookie, "/my/email").await.text().await.unwrap();
    assert!(page.contains("新しいメールアドレス確認"), "the form after 本人確認: {page}");
    let page = app.get_as(&other, "/my/email").await.text().await.unwrap();
    assert!(page.contains("現在のアドレスに確認コードを送信"), "another session is not proven: {page}");
    let r = app.post_as(&other, "/api/my/email_change_request", Via::Form, &[("draft_id", ""), ("email", thief), ("email_confirm", thief)]).await;
    assert_eq!(location(&r), "/my/email");
    // The code was single use.
    let r = app.post_as(&other, "/api/my/email_identity_confirm", Via::Form, &[("code", &code)]).await;
    assert!(location(&r).contains("wrong=1"));

    // The proof goes stale.
    app.advance(chrono::Duration::minutes(9));
    app.get_as(&cookie, "/my").await; // a request keeps the session alive
    app.advance(chrono::Duration::minutes(2));
    let r = app.post_as(&cookie, "/api/my/email_change_request", Via::Form, &[("draft_id", ""), ("email", thief), ("email_confirm", thief)]).await;
    assert_eq!(location(&r), "/my/email", "11 minutes later the proof is stale");
    assert_eq!(app.count(&format!("email_outbox WHERE to_address = '{thief}'")).await, 0);
    assert_eq!(app.count(&format!("residents WHERE email = '{old}'")).await, 1);
    app.stop().await;
}

/// The whole change: both codes, both addresses told (the old one sees the
/// new address masked, and a link back), every other session ended, the
/// codes single use, and the session must prove itself again for another.
async fn a_change_ends_the_other_sessions(backend: Backend) {
    let app = spawn_manual_clock(backend).await;
    let (old, new) = ("old@example.jp", "new@example.jp");
    let (key, cookie) = logged_in(&app, old).await;
    app.advance(chrono::Duration::minutes(2));
    let phone = resident_login(&app, &key, old, 4).await; // the same resident on a phone
    assert_eq!(app.get_as(&phone, "/my").await.status(), 200);
    prove_identity(&app, &cookie, old, 6).await;

    let mismatch = app.post_as(&cookie, "/api/my/email_change_request", Via::Form, &[("draft_id", ""), ("email", new), ("email_confirm", "x@example.jp")]).await;
    assert!(location(&mismatch).starts_with("/my/email/drafts/"));
    let r = app.post_as(&cookie, "/api/my/email_change_request", Via::Form, &[("draft_id", ""), ("email", new), ("email_confirm", new)]).await;
    assert_eq!(location(&r), "/my/email/verify");
    let code = code_after(&app.mails_to(new, 1).await.remove(0), "確認コード：");
    let r = app.post_as(&cookie, "/api/my/email_confirm", Via::Form, &[("code", wrong_code(&code))]).await;
    assert!(location(&r).starts_with("/my/email/verify?wrong=1"));
    assert_eq!(app.count(&format!("residents WHERE email = '{old}'")).await, 1);
    let r = app.post_as(&cookie, "/api/my/email_confirm", Via::Form, &[("code", &code)]).await;
    assert_eq!(location(&r), "/my?email_changed=1");
    assert_eq!(app.count(&format!("residents WHERE email = '{new}'")).await, 1);

    assert_eq!(app.get_as(&cookie, "/my").await.status(), 200, "the session that made the change goes on");
    assert_eq!(app.get_as(&phone, "/my").await.status(), 401, "every other session has ended");
    let told_old = app.mails_to(old, 7).await.remove(6);
    assert!(told_old.contains("ne****@example.jp") && !told_old.contains(new), "{told_old}");
    assert!(!undo_token(&told_old).is_empty());
    let told_new = app.mails_to(new, 2).await.remove(1);
    assert!(told_new.contains("変更後のメールアドレス：new@example.jp") && !told_new.contains("/email/undo"), "{told_new}");
    // Single use; and another change needs another 本人確認.
    let r = app.post_as(&cookie, "/api/my/email_confirm", Via::Form, &[("code", &code)]).await;
    assert_eq!(location(&r), "/my/email");
    let r = app.post_as(&cookie, "/api/my/email_change_request", Via::Form, &[("draft_id", ""), ("email", "third@example.jp"), ("email_confirm", "third@example.jp")]).await;
    assert_eq!(location(&r), "/my/email");
    app.stop().await;
}

/// The old address undoes a change: opening the link changes nothing; the
/// button restores the old address, ends every session (the thief's too),
/// voids the codes in flight, tells both; the link works once, and a link
/// the thief got for a later change cannot take the address back.
async fn the_old_address_can_undo_once(backend: Backend) {
    let app = spawn_manual_clock(backend).await;
    let (owner, thief, thief2) = ("owner@example.jp", "thief@example.jp", "thief2@example.jp");
    let (key, cookie) = logged_in(&app, owner).await;
    prove_identity(&app, &cookie, owner, 4).await;
    assert_eq!(location(&change_to(&app, &cookie, thief, 1).await), "/my?email_changed=1");
    let owners_link = undo_token(&app.mails_to(owner, 5).await.remove(4));
    // The thief, now reading the registered address, changes it again.
    app.advance(chrono::Duration::minutes(2)); // one code a minute
    prove_identity(&app, &cookie, thief, 3).await;
    assert_eq!(location(&change_to(&app, &cookie, thief2, 1).await), "/my?email_changed=1");
    let thiefs_link = undo_token(&app.mails_to(thief, 4).await.remove(3));
    // A login code asked for now goes to thief2; it must die with the undo.
    app.advance(chrono::Duration::minutes(2));
    app.post("/api/login/otp", Via::Form, &[("draft_id", ""), ("user_key", &key), ("email", thief2)]).await;
    app.mails_to(thief2, 3).await;

    // Secrets: the link is in the sent mail, never in the outbox in clear.
    assert_eq!(app.count(&format!("email_outbox WHERE body LIKE '%{owners_link}%' OR secrets LIKE '%{owners_link}%'")).await, 0);

    let page = app.get(&format!("/email/undo?token={owners_link}")).await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("元のメールアドレスに戻す") && page.contains("ow****@example.jp"), "{page}");
    assert_eq!(app.count(&format!("residents WHERE email = '{thief2}'")).await, 1, "opening the link changes nothing");

    let r = app.post("/api/email/undo", Via::Form, &[("token", &owners_link)]).await;
    assert_eq!(location(&r), "/email/undo?done=1");
    assert_eq!(app.count(&format!("residents WHERE email = '{owner}'")).await, 1);
    assert_eq!(app.get_as(&cookie, "/my").await.status(), 401, "the thief's session has ended");
    assert_eq!(app.count("sessions WHERE resident_id IS NOT NULL").await, 0);
    assert_eq!(app.count("one_time_passwords WHERE used_at IS NULL AND voided_at IS NULL").await, 0, "codes in flight are void");
    let restored = app.mails_to(owner, 6).await.remove(5);
    assert!(restored.contains("元のアドレスに戻しました") && restored.contains(owner), "{restored}");
    let dropped = app.mails_to(thief2, 4).await.remove(3);
    assert!(dropped.contains("ow****@example.jp") && !dropped.contains(owner), "{dropped}");

    // Once only; the thief's own link is set aside; a made-up one is refused.
    for token in [owners_link.as_str(), thiefs_link.as_str(), &"ab".repeat(32), "x"] {
        let r = app.post("/api/email/undo", Via::Form, &[("token", token)]).await;
        assert_eq!(location(&r), "/email/undo?gone=1", "{token}");
        let page = app.get(&format!("/email/undo?token={token}")).await;
        assert_eq!(page.status(), 410);
        assert!(page.text().await.unwrap().contains("このリンクは使えません"));
    }
    assert_eq!(app.count(&format!("residents WHERE email = '{owner}'")).await, 1);
    app.stop().await;
}

/// A link is good for seven days.
async fn an_undo_link_expires(backend: Backend) {
    let app = spawn_manual_clock(backend).await;
    let (old, new) = ("late@example.jp", "later@example.jp");
    let (_, cookie) = logged_in(&app, old).await;
    prove_identity(&app, &cookie, old, 4).await;
    assert_eq!(location(&change_to(&app, &cookie, new, 1).await), "/my?email_changed=1");
    let link = undo_token(&app.mails_to(old, 5).await.remove(4));
    app.advance(chrono::Duration::days(7) + chrono::Duration::minutes(1));
    let r = app.post("/api/email/undo", Via::Form, &[("token", &link)]).await;
    assert_eq!(location(&r), "/email/undo?gone=1");
    assert_eq!(app.count(&format!("residents WHERE email = '{new}'")).await, 1);
    server::database::housekeeping(&app.db, &app::login::rules::LoginRules::default(), app.clock().now()).await.unwrap();
    assert_eq!(app.count("email_change_undo").await, 0, "the old address is not kept past its use");
    app.stop().await;
}

on_both!(
    a_session_alone_cannot_change_the_address,
    a_change_ends_the_other_sessions,
    the_old_address_can_undo_once,
    an_undo_link_expires,
);
