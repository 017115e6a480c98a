//! 利用者キー再発行 over HTTP: same answers for every well-formed pair, a
//! notice only for registered addresses, listing every key held there.
use crate::common;

use common::{Backend, TestApp, Via, spawn};

async fn reissue(app: &TestApp, email: &str, confirm: &str) -> (reqwest::Response, Option<reqwest::Response>) {
    let input = app.post("/api/key_reissue/input", Via::Form, &[("draft_id", ""), ("email", email), ("email_confirm", confirm)]).await;
    assert_eq!(input.status(), 302);
    let location = input.headers()["location"].to_str().unwrap().to_string();
    let Some(id) = location.strip_prefix("/key-reissue/drafts/").and_then(|r| r.strip_suffix("/confirm")) else {
        return (input, None);
    };
    let sent = app.post("/api/key_reissue/submit", Via::Form, &[("draft_id", id)]).await;
    (input, Some(sent))
}

/// The key notices sent to `email`, as delivered (the outbox keeps no key
/// once a mail is sent): as many as the outbox holds for the address.
async fn notices_to(app: &TestApp, email: &str) -> Vec<String> {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let queued = app::db::email_outbox::Entity::find()
        .filter(app::db::email_outbox::Column::ToAddress.eq(email))
        .filter(app::db::email_outbox::Column::Kind.eq("key_notice"))
        .count(&app.db)
        .await
        .unwrap() as usize;
    if queued == 0 {
        return Vec::new();
    }
    for _ in 0..100 {
        let notices: Vec<String> = app.mails_to(email, 1).await.into_iter().filter(|body| body.contains("利用者キー再発行のお申し込み")).collect();
        if notices.len() >= queued {
            return notices;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{queued} key notices to {email} were not all delivered");
}

async fn only_registered_addresses_get_the_notice(backend: Backend) {
    let app = spawn(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    // A family: two residents share one address.
    let mut keys = Vec::new();
    for _ in 0..2 {
        let draft = app.details(slot, "family@example.jp").await;
        app.submit(&draft, Via::Form).await;
        let html = app.get(&format!("/reserve/drafts/{draft}/complete")).await.text().await.unwrap();
        keys.push(common::testid_text(&html, "user-key"));
    }

    let (registered_input, registered_sent) = reissue(&app, "Family@Example.jp", "ｆａｍｉｌｙ＠example.jp").await;
    let (unknown_input, unknown_sent) = reissue(&app, "nobody@example.jp", "nobody@example.jp").await;
    let (registered_sent, unknown_sent) = (registered_sent.unwrap(), unknown_sent.unwrap());
    // Indistinguishable answers.
    assert_eq!(registered_input.status(), unknown_input.status());
    assert_eq!(registered_sent.status(), 302);
    assert_eq!(unknown_sent.status(), 302);
    assert_eq!(registered_sent.headers()["location"], "/key-reissue/complete");
    assert_eq!(unknown_sent.headers()["location"], "/key-reissue/complete");

    let notices = notices_to(&app, "family@example.jp").await;
    assert_eq!(notices.len(), 1);
    for key in &keys {
        assert!(notices[0].contains(&format!("射水 太郎 様　利用者キー：{key}")), "{}", notices[0]);
    }
    assert!(notices_to(&app, "nobody@example.jp").await.is_empty());
    // Keys are not changed by a reissue.
    assert_eq!(app.count("residents WHERE email = 'family@example.jp'").await, 2);
    app.stop().await;
}

async fn mismatch_and_malformed_go_back_with_errors(backend: Backend) {
    let app = spawn(backend).await;
    let (input, sent) = reissue(&app, "a@example.jp", "b@example.jp").await;
    assert!(sent.is_none());
    let location = input.headers()["location"].to_str().unwrap().to_string();
    assert!(location.starts_with("/key-reissue/drafts/") && location.ends_with("#error-summary-title"), "{location}");
    let page = app.get(location.split('#').next().unwrap()).await.text().await.unwrap();
    assert!(page.contains("入力内容に誤りがあります"));
    assert!(page.contains("メールアドレスとメールアドレス確認が一致しません"));
    assert!(page.contains("value=\"a@example.jp\""), "what was typed comes back");

    let (input, sent) = reissue(&app, "not-an-address", "not-an-address").await;
    assert!(sent.is_none());
    let location = input.headers()["location"].to_str().unwrap().to_string();
    let page = app.get(location.split('#').next().unwrap()).await.text().await.unwrap();
    assert!(page.contains("メールアドレスの形式が正しくありません"));
    app.stop().await;
}

async fn notices_to_one_address_are_limited(backend: Backend) {
    let app = spawn(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    let draft = app.details(slot, "often@example.jp").await;
    app.submit(&draft, Via::Form).await;
    for _ in 0..5 {
        let (_, sent) = reissue(&app, "often@example.jp", "often@example.jp").await;
        assert_eq!(sent.unwrap().headers()["location"], "/key-reissue/complete");
    }
    assert_eq!(notices_to(&app, "often@example.jp").await.len(), 3);
    app.stop().await;
}

on_both!(
    only_registered_addresses_get_the_notice,
    mismatch_and_malformed_go_back_with_errors,
    notices_to_one_address_are_limited,
);
