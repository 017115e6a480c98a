//! Hostile input (issue 12, item 5): what a script can send must never
//! crash an answer. Over-long bodies get 413 and a Japanese page; a
//! control character in what becomes a redirect is refused, not panicked
//! on; thousands of malformed bodies to every server function, as a
//! stranger, a resident and an admin, give no 5xx and no empty reply; and a
//! panic, should one ever happen, is a 500 page with the request's id.
use crate::common;

use common::{Backend, Via, admin, resident_login, spawn};
use rand::{Rng, SeedableRng};

/// キャンセル with the reservation number split by a newline: the number
/// parses, the reservation is cancelled, and the answer is a redirect to a
/// clean address (before issue 12 the handler panicked here and the
/// connection dropped with an empty reply).
async fn a_newline_in_a_reservation_number_is_no_crash(backend: Backend) {
    let app = spawn(backend).await;
    let email = "newline@example.jp";
    let (_, slot) = app.slot_with_capacity(3).await;
    let (key, number) = app.reserve(slot, email).await;
    let cookie = resident_login(&app, &key, email, 2).await;
    let split = format!("{}\n{}", &number[..4], &number[4..]);
    for via in [Via::Form, Via::Fetch] {
        let r = app.post_as(&cookie, "/api/my/cancel", via, &[("number", &split)]).await;
        let status = r.status().as_u16();
        assert!(status < 500, "{via:?}: {status}");
        if via == Via::Form {
            assert_eq!(r.headers()["location"], format!("/my/reservations/{number}/cancelled"));
        }
    }
    for path in ["/api/my/change", "/api/staff/attendance"] {
        let r = app.post_as(&cookie, path, Via::Form, &[("number", "1234\r\nSet-Cookie: x=1"), ("slot_id", "1"), ("date", "2026-12-01\n")]).await;
        assert!(r.status().as_u16() < 500, "{path}: {}", r.status());
        assert!(r.headers().get("x").is_none());
    }
    app.stop().await;
}

/// Bodies over the limit: 413 before the handler holds them, a Japanese
/// page for a form and the app's error for a fetch; also when the body
/// comes without a length (chunked).
async fn bodies_over_the_limit_get_413(backend: Backend) {
    let app = spawn(backend).await;
    let big = "あ".repeat(server::safety_net::MAX_BODY);
    let r = app.post("/api/reserve/details", Via::Form, &[("name", big.as_str())]).await;
    assert_eq!(r.status(), 413);
    // The unread rest of the body ends the connection, and the answer says so.
    assert_eq!(r.headers()["connection"], "close");
    let page = r.text().await.unwrap();
    assert!(page.contains("送信された内容が大きすぎる") && page.contains("<html lang=\"ja\""), "{page}");
    let r = app.post("/api/login/login", Via::Fetch, &[("otp", big.as_str())]).await;
    assert_eq!(r.status(), 413);
    let error: app::error::AppError = r.json().await.unwrap();
    assert_eq!(error, app::error::AppError::TooLarge);
    // Chunked: no Content-Length, the limit is met while reading.
    let addr = app.base.trim_start_matches("http://").to_string();
    let mut stream = tokio::net::TcpStream::connect(&addr).await.unwrap();
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let head = format!(
        "POST /api/reserve/details HTTP/1.1\r\nHost: {addr}\r\nAccept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    for _ in 0..80 {
        // The server may answer and close before all is sent: that is the point.
        if stream.write_all(format!("400\r\n{}\r\n", "a".repeat(1024)).as_bytes()).await.is_err() {
            break;
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer).await;
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    // A body just under the limit is read as usual (and refused for its content).
    let almost = "a".repeat(server::safety_net::MAX_BODY - 200);
    let r = app.post("/api/reserve/details", Via::Fetch, &[("name", almost.as_str())]).await;
    assert!(r.status().is_client_error() && r.status() != 413, "{}", r.status());
    app.stop().await;
}

/// Every server function the app registers.
fn server_functions() -> Vec<String> {
    let mut paths: Vec<String> = leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path.to_string()).collect();
    paths.sort();
    paths.dedup();
    paths
}

/// Malformed and oversized bodies, and bodies of the right shape with
/// wrong values, built from a seeded generator so a failure can be replayed.
fn hostile_bodies(rng: &mut impl Rng) -> Vec<(&'static str, Vec<u8>)> {
    const FORM: &str = "application/x-www-form-urlencoded";
    let fields = ["draft_id", "slot_id", "number", "id", "date", "email", "user_key", "otp", "login_id", "password", "name", "capacity", "service_id", "state", "day", "reason", "message"];
    let values = [
        "", "0", "-1", "2147483648", "99999999999999999999", "NaN", "1e9", "%00", "%0d%0a", "%ff%fe", "../../etc/passwd",
        "<script>alert(1)</script>", "' OR 1=1 --", "１２３４５６７８", "2026-02-30", "9999-12-31", "0000-00-00",
        "abcd-efgh-jkmn", "a@b", "\"x\"@y", "%E3%81%82", "true", "null", "[]", "{}",
    ];
    let mut bodies: Vec<(&'static str, Vec<u8>)> = vec![
        (FORM, b"".to_vec()),
        (FORM, b"&&&===".to_vec()),
        (FORM, b"%".to_vec()),
        (FORM, b"a=%zz".to_vec()),
        (FORM, vec![0xff, 0xfe, 0x00, 0x80]),
        ("application/json", b"{\"id\": \"x\"".to_vec()),
        ("application/json", b"[1,2,3]".to_vec()),
        ("text/plain", b"hello".to_vec()),
        ("multipart/form-data; boundary=x", b"--x\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n1\r\n--x--".to_vec()),
        (FORM, format!("id={}", "9".repeat(5000)).into_bytes()),
        (FORM, "x=1&".repeat(5000).into_bytes()),
    ];
    for _ in 0..30 {
        let n = rng.random_range(1..6);
        let body: Vec<String> = (0..n)
            .map(|_| {
                let field = fields[rng.random_range(0..fields.len())];
                let value = values[rng.random_range(0..values.len())];
                format!("{field}={value}")
            })
            .collect();
        bodies.push((FORM, body.join("&").into_bytes()));
    }
    for _ in 0..5 {
        let len = rng.random_range(1..400);
        bodies.push((FORM, (0..len).map(|_| rng.random::<u8>()).collect()));
    }
    bodies
}

/// The probe of issue 12, as a test: every server function, every body
/// above, as a stranger, a logged-in resident and a logged-in 管理者, as a
/// form and as a fetch. Nothing may answer 5xx or drop the connection.
async fn malformed_bodies_to_every_server_function(backend: Backend) {
    let app = spawn(backend).await;
    let email = "probe@example.jp";
    let (_, slot) = app.slot_with_capacity(50).await;
    let (key, _) = app.reserve(slot, email).await;
    let resident = resident_login(&app, &key, email, 2).await;
    let admin = admin(&app).await;
    let functions = server_functions();
    assert!(functions.len() >= 50, "the app's server functions are registered: {functions:?}");
    let seed: u64 = std::env::var("HOSTILE_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(20261127);
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut tried = 0;
    let mut failures = Vec::new();
    for path in &functions {
        // Logging out would end the sessions the rest of the probe uses.
        if path.ends_with("logout") {
            continue;
        }
        let bodies = hostile_bodies(&mut rng);
        for cookie in ["", resident.as_str(), admin.as_str()] {
            for (i, (content_type, body)) in bodies.iter().enumerate() {
                let accept = if i % 2 == 0 { "text/html" } else { "application/json" };
                let mut request = app
                    .client
                    .post(format!("{}{path}", app.base))
                    .header("Accept", accept)
                    .header("Content-Type", *content_type)
                    .body(body.clone());
                if !cookie.is_empty() {
                    request = request.header("Cookie", cookie);
                }
                tried += 1;
                match request.send().await {
                    Ok(r) if r.status().is_server_error() => failures.push(format!("{path} {}: {:?}", r.status(), String::from_utf8_lossy(body))),
                    Ok(r) => {
                        let _ = r.bytes().await.map_err(|e| failures.push(format!("{path}: body cut: {e}")));
                    }
                    Err(e) => failures.push(format!("{path}: no answer: {e}")),
                }
            }
        }
    }
    println!("hostile bodies: {tried} requests to {} server functions (seed {seed}), {} failures", functions.len(), failures.len());
    assert!(failures.is_empty(), "{} of {tried} failed:\n{}", failures.len(), failures.join("\n"));
    // The server is still serving, and its sessions still work.
    assert_eq!(app.get("/").await.status(), 200);
    assert_eq!(app.get_as(&resident, "/my").await.status(), 200);
    app.stop().await;
}

on_both!(a_newline_in_a_reservation_number_is_no_crash, bodies_over_the_limit_get_413, malformed_bodies_to_every_server_function);

/// The last net: a panicking handler behind the same layers gives a 500
/// page with the request's id, and the log line carries that id.
#[tokio::test]
async fn a_panic_is_a_500_page_with_the_request_id() {
    use axum::routing::get;
    use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
    let site = std::sync::Arc::new(app::site::SiteSettings::example());
    let name = http::HeaderName::from_static(server::safety_net::REQUEST_ID);
    let router = axum::Router::new().route("/boom", get(|| async { panic!("boom") as &'static str }));
    let router = server::safety_net::around(router, site)
        .layer(PropagateRequestIdLayer::new(name.clone()))
        .layer(SetRequestIdLayer::new(name, server::safety_net::ShortIds));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });
    let client = reqwest::Client::new();
    let r = client.get(format!("http://{addr}/boom")).header("Accept", "text/html").send().await.unwrap();
    assert_eq!(r.status(), 500);
    let id = r.headers()["x-request-id"].to_str().unwrap().to_string();
    let page = r.text().await.unwrap();
    assert!(page.contains(&format!("お問い合わせ番号: {id}")), "{page}");
    assert!(page.contains("システムエラー"), "{page}");
    let r = client.get(format!("http://{addr}/boom")).header("Accept", "application/json").send().await.unwrap();
    assert_eq!(r.status(), 500);
    let error: app::error::AppError = r.json().await.unwrap();
    assert!(error.message().contains("お問い合わせ番号"), "{error:?}");
}

/// Every answer carries the security headers; a page made by Leptos names a
/// fresh nonce in its CSP, and every inline script on it carries that nonce.
#[tokio::test]
async fn pages_carry_a_csp_with_their_nonce() {
    let app = spawn(Backend::Sqlite).await;
    let nonce_of = |r: &reqwest::Response| {
        let csp = r.headers()["content-security-policy"].to_str().unwrap().to_string();
        let nonce = csp.split("'nonce-").nth(1).map(|rest| rest.split('\'').next().unwrap().to_string());
        (csp, nonce)
    };
    let first = app.get("/reserve").await;
    let (csp, nonce) = nonce_of(&first);
    let nonce = nonce.unwrap_or_else(|| panic!("a nonce in {csp}"));
    assert!(csp.contains("'wasm-unsafe-eval'") && csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(first.headers()["permissions-policy"].to_str().unwrap().contains("camera=()"));
    assert!(first.headers().get("strict-transport-security").is_none(), "no HSTS on http");
    assert!(first.headers().get("x-request-id").is_some());
    let html = first.text().await.unwrap();
    let scripts = html.matches("<script").count();
    assert!(scripts >= 1, "{html}");
    assert_eq!(html.matches(&format!("<script nonce=\"{nonce}\"")).count() + html.matches(&format!("<script type=\"module\" nonce=\"{nonce}\"")).count(), scripts, "every inline script carries the nonce: {html}");
    // The preloads say how they are fetched, never the nonce (leptos#4843,
    // vendor/leptos/VENDORED.md): the nonce is on the scripts and nowhere else.
    let crossorigins: Vec<&str> = html.split("crossorigin=\"").skip(1).map(|rest| rest.split('"').next().unwrap()).collect();
    assert!(!crossorigins.is_empty() && crossorigins.iter().all(|v| *v == "anonymous"), "{crossorigins:?}");
    assert_eq!(html.matches(nonce.as_str()).count(), scripts, "the nonce only on scripts: {html}");
    let (_, second) = nonce_of(&app.get("/reserve").await);
    assert_ne!(second.as_deref(), Some(nonce.as_str()), "a fresh nonce per answer");
    // Answers the app does not render: the policy without a nonce.
    let (csp, nonce) = nonce_of(&app.get("/healthz").await);
    assert!(nonce.is_none() && csp.contains("script-src 'self'"), "{csp}");
    app.stop().await;

    let app = common::spawn_configured(Backend::Sqlite, app::clock::Clock::System, |c| c.base_url = "https://yoyaku.example.lg.jp".into()).await;
    let r = app.get("/").await;
    assert_eq!(r.headers()["strict-transport-security"], "max-age=31536000");
    app.stop().await;
}
