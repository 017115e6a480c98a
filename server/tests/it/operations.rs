//! Running it (issue 12, items 2 and 10): a graceful stop on SIGTERM, the
//! readiness check, files private to the server's user, log lines with a
//! request id and without addresses or names (JSON on request), and a
//! backup taken while serving that restores.
use crate::common;

use common::{Backend, ServerProcess, Via, fresh_database, new_slot, spawn, spawn_configured};
use std::io::{Read, Write};
use std::time::Duration;

/// SIGTERM while a request is half sent: new connections are refused at
/// once, the request in flight is answered in full (its draft saved), the
/// mail worker stops, and the process exits 0 well within the grace time.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_what_is_in_flight() {
    let fresh = fresh_database(Backend::Sqlite).await;
    let mut server = ServerProcess::start(&fresh.url, fresh.dir.path(), &[("SHUTDOWN_GRACE_SECONDS", "10")]).await;
    let db = sea_orm::Database::connect(&fresh.url).await.unwrap();
    let (_, slot) = new_slot(&db, 5).await;
    let body = format!(
        "draft_id=&slot_id={slot}&name=%E5%B0%84%E6%B0%B4+%E5%A4%AA%E9%83%8E&kana=%E3%81%84%E3%81%BF%E3%81%9A+%E3%81%9F%E3%82%8D%E3%81%86\
         &birth_year=1960&birth_month=4&birth_day=1&phone=0766-51-6666&email=term%40example.jp&email_confirm=term%40example.jp"
    );
    let addr = server.base.trim_start_matches("http://").to_string();
    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    write!(
        stream,
        "POST /api/reserve/details HTTP/1.1\r\nHost: {addr}\r\nAccept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .unwrap();
    let (first, rest) = body.split_at(body.len() / 2);
    stream.write_all(first.as_bytes()).unwrap();
    stream.flush().unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let asked = std::time::Instant::now();
    server.signal(libc::SIGTERM);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(std::net::TcpStream::connect(&addr).is_err(), "no new connections once stopping");
    stream.write_all(rest.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 302"), "the request in flight is answered: {answer:?}");
    assert!(answer.contains("location: /reserve/drafts/"), "{answer}");
    let status = server.exited(Duration::from_secs(15)).await.expect("the server exits");
    assert!(status.success(), "{status}: {:?}", server.output());
    let output = server.output().join("\n");
    assert!(output.contains("mail worker stopped") && output.contains("stopped"), "{output}");
    let drafts = {
        use sea_orm::{EntityTrait, PaginatorTrait};
        app::db::form_drafts::Entity::find().count(&db).await.unwrap()
    };
    assert_eq!(drafts, 1, "the draft of the request in flight was saved");
    println!("SIGTERM: request in flight answered, exit {status} {} ms after the signal", asked.elapsed().as_millis());
}

/// `/readyz` says ready on a migrated, running server; `/healthz` too.
#[tokio::test]
async fn readiness_is_reported() {
    let app = spawn(Backend::Sqlite).await;
    let r = app.get("/readyz").await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.text().await.unwrap(), "ready");
    assert_eq!(app.get("/healthz").await.status(), 200);
    app.stop().await;
}

/// The data folder, the SQLite files, the mail folder and each .eml are
/// the server user's alone, whatever the umask was.
#[tokio::test]
async fn files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let outer = tempfile::tempdir().unwrap();
    let data = outer.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    let url = format!("sqlite://{}/e-yoyaku.db?mode=rwc", data.display());
    let app = spawn_configured(Backend::Sqlite, app::clock::Clock::System, |c| {
        c.database_url = url.clone().into();
        c.data_dir = data.clone();
    })
    .await;
    let (_, slot) = app.slot_with_capacity(2).await;
    app.reserve(slot, "private@example.jp").await;
    for _ in 0..100 {
        if std::fs::read_dir(data.join("mail")).is_ok_and(|mut d| d.any(|e| e.is_ok_and(|e| e.path().extension().is_some_and(|x| x == "eml")))) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(std::fs::read_dir(data.join("mail")).unwrap().next().is_some(), "the confirmation was written");
    assert_eq!(mode(&data), 0o700, "data folder");
    assert_eq!(mode(&data.join("mail")), 0o700, "mail folder");
    for entry in std::fs::read_dir(&data).unwrap().chain(std::fs::read_dir(data.join("mail")).unwrap()) {
        let path = entry.unwrap().path();
        if path.is_file() {
            assert_eq!(mode(&path), 0o600, "{}", path.display());
        }
    }
    app.stop().await;
}

/// LOG_FORMAT=json: every line is a JSON object; a request's lines carry
/// its id; nothing logged carries the resident's address or name.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_carry_request_ids_and_no_personal_data() {
    let fresh = fresh_database(Backend::Sqlite).await;
    let config = common::test_config(&fresh.url, fresh.dir.path());
    let db = server::database::connect(&config).await.unwrap();
    server::database::migrate(&config, &db).await.unwrap();
    let (_, slot) = new_slot(&db, 5).await;
    let server = ServerProcess::start(&fresh.url, fresh.dir.path(), &[("LOG_FORMAT", "json"), ("RUST_LOG", "info")]).await;
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let email = "private.person@example.jp";
    let form = [
        ("draft_id", ""),
        ("slot_id", &slot.to_string()),
        ("name", "秘密 花子"),
        ("kana", "ひみつ はなこ"),
        ("birth_year", "1970"),
        ("birth_month", "5"),
        ("birth_day", "5"),
        ("phone", "0766-00-1234"),
        ("email", email),
        ("email_confirm", email),
    ];
    let browser = common::browser_cookie();
    let r = client.post(format!("{}/api/reserve/details", server.base)).header("Accept", "text/html").header("Cookie", &browser).form(&form).send().await.unwrap();
    let draft = r.headers()["location"].to_str().unwrap().split('/').nth(3).unwrap().to_string();
    let r = client.post(format!("{}/api/reserve/submit", server.base)).header("Accept", "text/html").header("Cookie", &browser).form(&[("draft_id", draft.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), 302);
    // A refused form leaves a log line inside its request.
    let r = client.post(format!("{}/api/reserve/submit", server.base)).header("Accept", "text/html").header("Origin", "https://evil.example").form(&[("draft_id", "x")]).send().await.unwrap();
    assert_eq!(r.status(), 403);
    let id = r.headers()["x-request-id"].to_str().unwrap().to_string();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let lines = server.output();
    let json: Vec<serde_json::Value> = lines.iter().filter(|l| l.starts_with('{')).map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(json.len() >= 3 && json.len() + 1 >= lines.len(), "JSON lines (the address line aside): {lines:?}");
    assert!(json.iter().any(|l| l["span"]["id"] == id && l["fields"]["message"] == "cross-site POST refused"), "{lines:?}");
    assert!(json.iter().any(|l| l["fields"]["message"] == "email written to folder"), "{lines:?}");
    let all = lines.join("\n");
    for private in [email, "private.person", "秘密", "ひみつ", "0766-00-1234"] {
        assert!(!all.contains(private), "{private} was logged:\n{all}");
    }
}

/// `server backup PATH` while the server takes reservations: the copy is
/// private, holds what was committed, and a server started on it serves it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_serving_restores() {
    use std::os::unix::fs::PermissionsExt;
    let app = spawn(Backend::Sqlite).await;
    let (_, slot) = app.slot_with_capacity(10).await;
    let mut numbers = Vec::new();
    for i in 0..3 {
        numbers.push(app.reserve(slot, &format!("backup{i}@example.jp")).await.1);
    }
    let target = tempfile::tempdir().unwrap();
    let copy = target.path().join("nightly/e-yoyaku-backup.db");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["backup", copy.to_str().unwrap()])
        .env("DATABASE_URL", &app.database_url)
        .env("DATA_DIR", &app.data_dir)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("バックアップを作成しました"));
    assert_eq!(std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777, 0o600);
    // A second backup to the same name is refused, not overwritten.
    let again = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["backup", copy.to_str().unwrap()])
        .env("DATABASE_URL", &app.database_url)
        .output()
        .unwrap();
    assert!(!again.status.success() && String::from_utf8_lossy(&again.stderr).contains("上書きはしません"));
    app.reserve(slot, "after@example.jp").await;
    app.stop().await;

    let url = format!("sqlite://{}?mode=rwc", copy.display());
    let restored = spawn_configured(Backend::Sqlite, app::clock::Clock::System, |c| c.database_url = url.clone().into()).await;
    assert_eq!(restored.count("reservations").await, 3, "what was committed before the backup, nothing after");
    for number in &numbers {
        assert_eq!(restored.count(&format!("reservations WHERE reservation_number = '{number}'")).await, 1);
    }
    let r = restored.post("/api/reserve/details", Via::Form, &[]).await;
    assert!(r.status().is_client_error() || r.status().is_redirection());
    restored.stop().await;
}
