//! The staff console's door: the first admin is made with the server's own
//! command, staff log in with their own cookie, and nothing of a resident's
//! session reaches `/staff`.
#[macro_use]
mod common;

use common::{Backend, TestApp, Via, spawn};
use std::io::Write;
use std::process::{Command, Stdio};

const PASSWORD: &str = "春の健診は九時から始まります";

/// Runs `server staff add …` against the test's database, password on stdin.
fn staff_add(app: &TestApp, args: &[&str], password: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["staff", "add"])
        .args(args)
        .env("DATABASE_URL", &app.database_url)
        .env("DATA_DIR", &app.data_dir)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the server binary runs");
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    child.wait_with_output().unwrap()
}

async fn staff_login(app: &TestApp, login_id: &str, password: &str) -> Option<String> {
    let r = app.post("/api/staff/login", Via::Form, &[("login_id", login_id), ("password", password)]).await;
    assert_eq!(r.status(), 302);
    match r.headers()["location"].to_str().unwrap() {
        "/staff" => Some(r.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_string()),
        "/staff/login?failed=1" => None,
        other => panic!("unexpected redirect {other}"),
    }
}

async fn first_admin_logs_in_with_a_cookie_of_their_own(backend: Backend) {
    let app = spawn(backend).await;
    let out = staff_add(&app, &["--admin", "Tanaka", "--name", "田中 花子"], PASSWORD);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("tanaka（田中 花子、管理者）"));
    assert_eq!(app.count("staff WHERE role = 'admin' AND password_hash LIKE '$argon2id$%'").await, 1);

    assert_eq!(staff_login(&app, "tanaka", "違うパスワードです違うパスワード").await, None);
    let cookie = staff_login(&app, "ＴＡＮＡＫＡ", PASSWORD).await.expect("logged in");
    assert!(cookie.starts_with("eyoyaku_staff="), "{cookie}");
    let home = app.get_as(&cookie, "/staff").await;
    assert_eq!(home.status(), 200);
    assert!(home.text().await.unwrap().contains("田中 花子（管理者）"));
    // A staff session is not a resident's.
    assert_eq!(app.get_as(&cookie, "/my").await.status(), 401);
    // Logged out on the server.
    let out = app.post_as(&cookie, "/api/staff/logout", Via::Form, &[]).await;
    assert_eq!(out.headers()["location"], "/staff/login?logged_out=1");
    assert_eq!(app.get_as(&cookie, "/staff").await.status(), 401);
    app.stop().await;
}

async fn a_resident_session_never_reaches_staff(backend: Backend) {
    let app = spawn(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    let email = "resident@example.jp";
    let (key, _) = app.reserve(slot, email).await;
    let r = app.post("/api/login/otp", Via::Form, &[("draft_id", ""), ("user_key", &key), ("email", email)]).await;
    assert_eq!(r.status(), 302);
    let body = app.mails_to(email, 2).await.remove(1);
    let at = body.find("ワンタイムパスワード：").unwrap();
    let otp: String = body[at..].chars().skip(11).take(9).collect();
    let r = app.post("/api/login/login", Via::Form, &[("draft_id", ""), ("user_key", &key), ("otp", &otp)]).await;
    let resident = r.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_string();
    assert!(resident.starts_with("eyoyaku_session="));
    assert_eq!(app.get_as(&resident, "/my").await.status(), 200);
    // Neither the page nor its server function, even with the token under the staff cookie's name.
    let as_staff = resident.replacen("eyoyaku_session=", "eyoyaku_staff=", 1);
    for cookie in [resident.as_str(), as_staff.as_str(), ""] {
        assert_eq!(app.get_as(cookie, "/staff").await.status(), 401, "{cookie}");
        assert_eq!(app.post_as(cookie, "/api/staff/home", Via::Fetch, &[]).await.status(), 401, "{cookie}");
    }
    app.stop().await;
}

async fn weak_passwords_and_repeated_failures_are_refused(backend: Backend) {
    let app = spawn(backend).await;
    let out = staff_add(&app, &["--clerk", "suzuki"], "short");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("12文字以上"));
    assert!(staff_add(&app, &["--clerk", "suzuki"], PASSWORD).status.success());
    let again = staff_add(&app, &["--clerk", "suzuki"], PASSWORD);
    assert!(String::from_utf8_lossy(&again.stderr).contains("すでに使われています"));
    // Ten wrong passwords in a row lock the account (the right one then fails too).
    for _ in 0..10 {
        assert_eq!(staff_login(&app, "suzuki", "まちがったパスワードです。").await, None);
    }
    assert_eq!(staff_login(&app, "suzuki", PASSWORD).await, None);
    assert_eq!(app.count("staff WHERE locked_until IS NOT NULL").await, 1);
    app.stop().await;
}

on_both!(
    first_admin_logs_in_with_a_cookie_of_their_own,
    a_resident_session_never_reaches_staff,
    weak_passwords_and_repeated_failures_are_refused,
);
