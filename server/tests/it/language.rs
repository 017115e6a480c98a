//! Languages (issue 13, item 3): the switch keeps the choice in a cookie and
//! goes back only to this site; every page says its language on `<html>`
//! and is written in it.
use crate::common;

use common::{Backend, spawn};

async fn the_switch_remembers_and_goes_back_home_only(backend: Backend) {
    let app = spawn(backend).await;
    let get = |path: String| {
        let (client, base) = (app.client.clone(), app.base.clone());
        async move { client.get(format!("{base}{path}")).send().await.unwrap() }
    };
    let r = get("/language?to=en&back=/reserve%3Fx%3D1".into()).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/reserve?x=1");
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    for part in ["eyoyaku_lang=en", "HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=31536000"] {
        assert!(cookie.contains(part), "{part} in {cookie}");
    }
    // Never to another site, never a header of its own; nothing set for an unknown language.
    for (query, location) in [
        ("to=easy&back=https://evil.example/", "/"),
        ("to=easy&back=//evil.example/", "/"),
        ("to=easy&back=/%0d%0aSet-Cookie:%20x=1", "/"),
        ("to=easy&back=%ff%fe", "/"),
        ("back=/login", "/login"),
    ] {
        let r = get(format!("/language?{query}")).await;
        assert_eq!(r.status(), 303, "{query}");
        assert_eq!(r.headers()["location"], location, "{query}");
    }
    let r = get("/language?to=fr&back=/".into()).await;
    assert!(r.headers().get("set-cookie").is_none());
    let r = get("/language".into()).await;
    assert_eq!((r.status().as_u16(), r.headers()["location"].to_str().unwrap()), (303, "/"));
    app.stop().await;
}

async fn each_page_is_in_its_language(backend: Backend) {
    let app = spawn(backend).await;
    let page = |language: &'static str| {
        let (client, base) = (app.client.clone(), app.base.clone());
        async move {
            let mut request = client.get(format!("{base}/mail-help"));
            if !language.is_empty() {
                request = request.header("Cookie", format!("eyoyaku_lang={language}"));
            }
            request.send().await.unwrap().text().await.unwrap()
        }
    };
    let ja = page("").await;
    assert!(ja.contains(r#"<html lang="ja" data-language="ja""#), "{ja}");
    assert!(ja.contains("本文へ移動") && ja.contains("送信元アドレス"));
    let en = page("en").await;
    assert!(en.contains(r#"<html lang="en" data-language="en""#), "{en}");
    assert!(en.contains("Skip to main content") && !en.contains("送信元アドレス"), "{en}");
    let easy = page("easy").await;
    assert!(easy.contains(r#"<html lang="ja" data-language="easy""#), "{easy}");
    assert!(easy.contains("<ruby>") && easy.contains("<rt>"), "readings over the kanji: {easy}");
    // Something else in the cookie: Japanese.
    assert!(page("xx").await.contains(r#"data-language="ja""#));
    app.stop().await;
}

on_both!(the_switch_remembers_and_goes_back_home_only, each_page_is_in_its_language);
