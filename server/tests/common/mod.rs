//! Starts the real server on a free port against a fresh database — a temp
//! SQLite file, or a new PostgreSQL database on 127.0.0.1:5432 that is
//! dropped afterwards — and drives it over HTTP.
#![allow(dead_code)]

pub mod world;

use app::db::{services, slots};
use app::clock::Clock;
use chrono::{Duration, NaiveTime};
use rand::Rng;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Database, DatabaseConnection, Set};
use server::config::Config;
use std::path::PathBuf;

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

fn admin_url() -> String {
    std::env::var("TEST_POSTGRES_ADMIN_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// Drops the test's PostgreSQL database when the test ends, pass or fail.
struct PgDatabase {
    name: String,
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let name = self.name.clone();
        // Drop runs inside the test's runtime; use a fresh one on a thread.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            rt.block_on(async {
                if let Ok(admin) = Database::connect(admin_url()).await {
                    let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).await;
                    let _ = admin.close().await;
                }
            });
        })
        .join();
    }
}

pub struct TestApp {
    pub base: String,
    /// The database the server uses, for running the server binary's
    /// commands against it.
    pub database_url: String,
    pub db: DatabaseConnection,
    pub client: reqwest::Client,
    /// This test's browser (`eyoyaku_browser=…`), sent with every request:
    /// drafts belong to the browser they were typed in.
    pub browser: String,
    pub data_dir: PathBuf,
    running: server::Running,
    _dir: tempfile::TempDir,
    _pg: Option<PgDatabase>,
}

pub async fn spawn(backend: Backend) -> TestApp {
    spawn_with_clock(backend, Clock::System).await
}

/// A server whose clock the test moves (`TestApp::advance`).
pub async fn spawn_manual_clock(backend: Backend) -> TestApp {
    spawn_with_clock(backend, Clock::manual(chrono::Utc::now())).await
}

/// A fresh, empty database: a SQLite file in a temp folder, or a new
/// PostgreSQL database that is dropped with the returned guard.
pub struct FreshDatabase {
    pub url: String,
    pub dir: tempfile::TempDir,
    pg: Option<PgDatabase>,
}

pub async fn fresh_database(backend: Backend) -> FreshDatabase {
    let dir = tempfile::tempdir().expect("temp dir");
    let (url, pg) = match backend {
        Backend::Sqlite => (format!("sqlite://{}/test.db?mode=rwc", dir.path().display()), None),
        Backend::Postgres => {
            let name = format!("eyoyaku_test_{}_{:08x}", std::process::id(), rand::rng().random::<u32>());
            let admin = Database::connect(admin_url()).await.expect("PostgreSQL on 127.0.0.1:5432 must be running");
            admin.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await.expect("create test database");
            admin.close().await.ok();
            let base = admin_url();
            let url = format!("{}/{name}", base.rsplit_once('/').expect("admin url has a database").0);
            (url, Some(PgDatabase { name }))
        }
    };
    FreshDatabase { url, dir, pg }
}

/// The server's configuration for a test on `url`, writing mail under `dir`.
pub fn test_config(url: &str, dir: &std::path::Path) -> Config {
    Config {
        database_url: url.to_string().into(),
        data_dir: dir.to_path_buf(),
        smtp_url: None,
        smtp_plain_relay: None,
        mail_folder_keep: std::time::Duration::from_secs(7 * 86_400),
        shutdown_grace: std::time::Duration::from_secs(5),
        mail_from: "いみずe-予約システム <noreply@yoyaku.example.lg.jp>".into(),
        base_url: "http://127.0.0.1".into(),
        demo_data: false,
        site_addr: "127.0.0.1:0".parse().unwrap(),
        site_root: dir.join("site").display().to_string(),
        contact_name: "射水市 保健センター".into(),
        contact_phone: "0766-52-7070".into(),
        contact_hours: "平日 8:30〜17:15".into(),
        db_max_connections: 16,
        login_rules: app::login::rules::LoginRules::default(),
        trust_proxy_headers: false,
        sqlite_one_writer: true,
        // Tests read pages right after changing what they show.
        page_cache: std::time::Duration::ZERO,
        waiting_room: server::waiting_room::Settings {
            max_in_flight: 10_000,
            pass_for: std::time::Duration::from_secs(7200),
            secure_cookies: false,
        },
        // Tests book many times from 127.0.0.1 with one address;
        // tests/fair_use.rs turns the limits on.
        fair_use: app::fair_use::FairUseRules::unlimited(),
        // Many servers run at once here; tests/metrics.rs asks for a port.
        metrics_addr: None,
        // Tests erase with `app::own_data::ssr::sweep` and a clock of their own.
        resident_retention_days: 0,
    }
}

/// A migrated connection to a fresh database, without the web server: for
/// tests that call the app's plain functions directly.
pub async fn connect_fresh(backend: Backend) -> (DatabaseConnection, FreshDatabase) {
    server::init_logging();
    let fresh = fresh_database(backend).await;
    let config = test_config(&fresh.url, fresh.dir.path());
    let db = server::database::connect(&config).await.expect("connect");
    server::database::migrate(&config, &db).await.expect("migrate");
    (db, fresh)
}

pub async fn spawn_with_clock(backend: Backend, clock: Clock) -> TestApp {
    spawn_configured(backend, clock, |_| {}).await
}

/// A server whose test configuration `change` adjusts first.
pub async fn spawn_configured(backend: Backend, clock: Clock, change: impl FnOnce(&mut Config)) -> TestApp {
    server::init_logging();
    let fresh = fresh_database(backend).await;
    let mut config = test_config(&fresh.url, fresh.dir.path());
    change(&mut config);
    let FreshDatabase { url: database_url, dir, pg } = fresh;
    let running = server::start(config, clock).await.expect("server starts");
    let db = running.state.db.clone();
    TestApp {
        base: format!("http://{}", running.addr),
        database_url,
        db,
        client: reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap(),
        browser: browser_cookie(),
        data_dir: dir.path().to_path_buf(),
        running,
        _dir: dir,
        _pg: pg,
    }
}

/// A published service with one slot a week from now, straight in the
/// database: (service id, slot id).
pub async fn new_slot(db: &DatabaseConnection, capacity: i32) -> (i32, i32) {
    let now = chrono::Utc::now();
    let service = services::ActiveModel {
        name: Set("胃がん検診".into()),
        description: Set("テスト".into()),
        venue: Set("射水市保健センター".into()),
        notes: Set("".into()),
        booking_opens_days: Set(30),
        deadline_days_before: Set(1),
        deadline_time: Set(NaiveTime::from_hms_opt(17, 0, 0).unwrap()),
        change_deadline_days_before: Set(1),
        change_deadline_time: Set(NaiveTime::from_hms_opt(17, 0, 0).unwrap()),
        max_active_per_resident: Set(0),
        published: Set(true),
        sort_order: Set(0),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let slot = insert_slot(db, service.id, 7, NaiveTime::from_hms_opt(9, 30, 0).unwrap(), capacity).await;
    (service.id, slot)
}

/// A 30-minute slot `days` from today (Japan time).
async fn insert_slot(db: &DatabaseConnection, service_id: i32, days: i64, start: NaiveTime, capacity: i32) -> i32 {
    let now = chrono::Utc::now();
    slots::ActiveModel {
        service_id: Set(service_id),
        date: Set(app::time::to_jst(now).date() + Duration::days(days)),
        start_time: Set(start),
        end_time: Set(start + Duration::minutes(30)),
        capacity: Set(capacity),
        is_open: Set(true),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
    .id
}

/// How the request is made: as a plain HTML form (no JavaScript), or as
/// the hydrated page's fetch.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Via {
    Form,
    Fetch,
}

impl TestApp {
    pub fn clock(&self) -> &Clock {
        &self.running.state.clock
    }

    /// Moves a manual clock forward.
    pub fn advance(&self, by: Duration) {
        let clock = self.clock();
        clock.set(clock.now() + by);
    }

    /// Wakes the mail worker (as a request that queued a mail does).
    pub fn wake_mailer(&self) {
        self.running.state.outbox_signal.notify_one();
    }

    /// Where the server serves `/metrics`, if it does.
    pub fn metrics_addr(&self) -> Option<std::net::SocketAddr> {
        self.running.metrics_addr
    }

    /// The server's waiting room (its line and what it knows).
    pub fn waiting_room(&self) -> &server::waiting_room::WaitingRoom {
        &self.running.waiting_room
    }

    pub async fn stop(self) {
        self.running.stop();
        server::close_database(&self.db).await;
    }

    /// A published service with one slot a week from now.
    pub async fn slot_with_capacity(&self, capacity: i32) -> (i32, i32) {
        new_slot(&self.db, capacity).await
    }

    /// Another server on this test's database, with its own data folder
    /// (its own mail folder): what a second machine behind a load
    /// balancer is. Stopped with `stop`; the database stays with `self`.
    pub async fn another_server(&self) -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let config = test_config(&self.database_url, dir.path());
        let running = server::start(config, Clock::System).await.expect("second server starts");
        TestApp {
            base: format!("http://{}", running.addr),
            database_url: self.database_url.clone(),
            db: running.state.db.clone(),
            client: reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap(),
            browser: browser_cookie(),
            data_dir: dir.path().to_path_buf(),
            running,
            _dir: dir,
            _pg: None,
        }
    }

    pub async fn post(&self, path: &str, via: Via, form: &[(&str, &str)]) -> reqwest::Response {
        self.post_as("", path, via, form).await
    }

    /// A POST carrying a session cookie (`name=value`, or "" for none).
    pub async fn post_as(&self, cookie: &str, path: &str, via: Via, form: &[(&str, &str)]) -> reqwest::Response {
        let accept = match via {
            Via::Form => "text/html,application/xhtml+xml",
            Via::Fetch => "application/json",
        };
        let mut request = self
            .client
            .post(format!("{}{path}", self.base))
            .header("Accept", accept)
            .header("Referer", format!("{}/previous-page", self.base));
        request = request.header("Cookie", self.cookies(cookie));
        request.form(form).send().await.expect("request")
    }

    pub async fn get_as(&self, cookie: &str, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.base)).header("Cookie", self.cookies(cookie)).send().await.expect("request")
    }

    /// `cookie` (a session, "" for none) and this test's browser cookie.
    fn cookies(&self, cookie: &str) -> String {
        if cookie.is_empty() { self.browser.clone() } else { format!("{cookie}; {}", self.browser) }
    }

    /// Reserves a place; returns (user key, reservation number).
    pub async fn reserve(&self, slot_id: i32, email: &str) -> (String, String) {
        let draft = self.details(slot_id, email).await;
        assert_eq!(self.submit(&draft, Via::Form).await.status(), 302);
        let html = self.get(&format!("/reserve/drafts/{draft}/complete")).await.text().await.unwrap();
        (testid_text(&html, "user-key"), testid_text(&html, "reservation-number"))
    }

    /// Another slot of the same service, `days` later than the first.
    pub async fn another_slot(&self, service_id: i32, days: i64, capacity: i32) -> i32 {
        insert_slot(&self.db, service_id, days, NaiveTime::from_hms_opt(13, 0, 0).unwrap(), capacity).await
    }

    /// The decoded bodies of the emails written to `to`, oldest first,
    /// once there are at least `n` of them (waits up to 10 s).
    pub async fn mails_to(&self, to: &str, n: usize) -> Vec<String> {
        let header = format!("To: {to}\r\n");
        let mut bodies = Vec::new();
        for _ in 0..100 {
            let mut files: Vec<_> = std::fs::read_dir(self.data_dir.join("mail"))
                .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "eml")).collect())
                .unwrap_or_default();
            files.sort();
            bodies = files
                .iter()
                .filter_map(|f| std::fs::read_to_string(f).ok())
                .filter(|eml| eml.contains(&header))
                .map(|eml| decode_body(&eml))
                .collect();
            if bodies.len() >= n {
                return bodies;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("expected {n} emails to {to}, found {}: {bodies:?}", bodies.len());
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.get_as("", path).await
    }

    /// Fills in the details form; returns the draft id from the redirect.
    pub async fn details(&self, slot_id: i32, email: &str) -> String {
        let slot = slot_id.to_string();
        let response = self.post("/api/reserve/details", Via::Form, &taro_form(&slot, email)).await;
        assert_eq!(response.status(), 302, "details form should redirect");
        let location = response.headers()["location"].to_str().unwrap().to_string();
        let id = location
            .strip_prefix("/reserve/drafts/")
            .and_then(|rest| rest.strip_suffix("/confirm"))
            .unwrap_or_else(|| panic!("details should lead to the confirm page, got {location}"));
        id.to_string()
    }

    pub async fn submit(&self, draft_id: &str, via: Via) -> reqwest::Response {
        self.post("/api/reserve/submit", via, &[("draft_id", draft_id)]).await
    }

    pub async fn count(&self, sql: &str) -> i64 {
        use sea_orm::{FromQueryResult, Statement};
        #[derive(FromQueryResult)]
        struct Count {
            n: i64,
        }
        let backend = self.db.get_database_backend();
        Count::find_by_statement(Statement::from_string(backend, format!("SELECT COUNT(*) AS n FROM {sql}")))
            .one(&self.db)
            .await
            .unwrap()
            .unwrap()
            .n
    }
}

/// The details form as a resident fills it in — 射水 太郎, born 1 April
/// 1960 — for `slot` and `email`, in a new draft.
pub fn taro_form<'a>(slot: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("draft_id", ""),
        ("slot_id", slot),
        ("name", "射水 太郎"),
        ("kana", "いみず たろう"),
        ("birth_year", "1960"),
        ("birth_month", "4"),
        ("birth_day", "1"),
        ("phone", "0766-51-6666"),
        ("email", email),
        ("email_confirm", email),
    ]
}

pub const STAFF_PASSWORD: &str = "春の健診は九時から始まります";

/// Runs `server staff add …` against the test's database, password on stdin.
pub fn staff_add(app: &TestApp, args: &[&str], password: &str) -> std::process::Output {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["staff", "add"])
        .args(args)
        .env("DATABASE_URL", &app.database_url)
        .env("DATA_DIR", &app.data_dir)
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the server binary runs");
    std::io::Write::write_fmt(&mut child.stdin.take().unwrap(), format_args!("{password}\n")).unwrap();
    child.wait_with_output().unwrap()
}

pub async fn staff_login(app: &TestApp, login_id: &str, password: &str) -> Option<String> {
    let r = app.post("/api/staff/login", Via::Form, &[("login_id", login_id), ("password", password)]).await;
    assert_eq!(r.status(), 302);
    match r.headers()["location"].to_str().unwrap() {
        "/staff" => Some(r.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_string()),
        "/staff/login?failed=1" => None,
        other => panic!("unexpected redirect {other}"),
    }
}

/// Logs a resident in with the `nth_mail` email to `email` (its one-time
/// password); returns the session cookie (`name=value`).
pub async fn resident_login(app: &TestApp, key: &str, email: &str, nth_mail: usize) -> String {
    let r = app.post("/api/login/otp", Via::Form, &[("draft_id", ""), ("user_key", key), ("email", email)]).await;
    assert_eq!(r.status(), 302);
    let body = app.mails_to(email, nth_mail).await.remove(nth_mail - 1);
    let at = body.find("ワンタイムパスワード：").unwrap();
    let otp: String = body[at..].chars().skip(11).take(9).collect();
    let r = app.post("/api/login/login", Via::Form, &[("draft_id", ""), ("user_key", key), ("otp", &otp)]).await;
    assert_eq!(r.headers()["location"], "/my");
    r.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_string()
}

pub async fn admin(app: &TestApp) -> String {
    assert!(staff_add(app, &["--admin", "kanri"], STAFF_PASSWORD).status.success());
    staff_login(app, "kanri", STAFF_PASSWORD).await.expect("admin logs in")
}

/// The plain-text body of a single-part message (base64 or quoted-printable).
pub fn decode_body(eml: &str) -> String {
    let (headers, body) = eml.split_once("\r\n\r\n").expect("headers and body");
    if headers.contains("Content-Transfer-Encoding: base64") {
        let compact: String = body.split_whitespace().collect();
        use base64::Engine;
        String::from_utf8(base64::engine::general_purpose::STANDARD.decode(compact).unwrap()).unwrap()
    } else {
        body.to_string()
    }
}


/// Runs each scenario once on SQLite and once on PostgreSQL.
#[allow(unused_macros)]
macro_rules! on_both {
    ($($name:ident),* $(,)?) => {
        mod sqlite { $( #[tokio::test(flavor = "multi_thread", worker_threads = 4)] async fn $name() { super::$name(super::Backend::Sqlite).await } )* }
        mod postgres { $( #[tokio::test(flavor = "multi_thread", worker_threads = 4)] async fn $name() { super::$name(super::Backend::Postgres).await } )* }
    };
}


/// The text of the element with `data-testid="{id}"` in server-rendered HTML.
pub fn testid_text(html: &str, id: &str) -> String {
    let marker = format!("data-testid=\"{id}\"");
    let at = html.find(&marker).unwrap_or_else(|| panic!("{marker} not in page: {html}"));
    let rest = &html[at..];
    let start = rest.find('>').expect("tag closes") + 1;
    rest[start..].split('<').next().unwrap().to_string()
}

/// A new browser's cookie (`eyoyaku_browser=` and 64 hex digits).
pub fn browser_cookie() -> String {
    let token: String = (0..32).map(|_| format!("{:02x}", rand::rng().random::<u8>())).collect();
    format!("eyoyaku_browser={token}")
}

/// A free TCP port on 127.0.0.1 (bound, then released for the caller).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The end-to-end suite's SMTP sink (end2end/smtp-sink.mjs, a real SMTP
/// server in Node), started for one test: it takes what the app sends
/// and lists it over HTTP. Stopped when dropped.
pub struct SmtpSink {
    pub smtp_port: u16,
    http_port: u16,
    child: std::process::Child,
}

impl SmtpSink {
    /// Starts the sink on `smtp_port`; recipients starting with `reject`
    /// (if any) are refused for good (550).
    pub async fn start(smtp_port: u16, reject: Option<&str>) -> SmtpSink {
        let end2end = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../end2end");
        let http_port = free_port();
        let child = std::process::Command::new("node")
            .arg("smtp-sink.mjs")
            .current_dir(&end2end)
            .env("SINK_SMTP_PORT", smtp_port.to_string())
            .env("SINK_HTTP_PORT", http_port.to_string())
            .env("SINK_REJECT", reject.unwrap_or(""))
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("node runs end2end/smtp-sink.mjs (./scripts/install-tools --test installs its packages)");
        let sink = SmtpSink { smtp_port, http_port, child };
        for _ in 0..100 {
            if reqwest::get(format!("http://127.0.0.1:{http_port}/messages")).await.is_ok() {
                return sink;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("the SMTP sink did not start");
    }

    /// Every message received for `to` (the address as the form took it).
    pub async fn messages(&self, to: &str) -> Vec<serde_json::Value> {
        let url = format!("http://127.0.0.1:{}/messages?to={}", self.http_port, urlencode(to));
        reqwest::get(url).await.unwrap().json().await.unwrap()
    }

    /// Waits up to 20 s until `to` has received `n` messages.
    pub async fn wait_for(&self, to: &str, n: usize) -> Vec<serde_json::Value> {
        for _ in 0..200 {
            let got = self.messages(to).await;
            if got.len() >= n {
                return got;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let all: Vec<String> = self.messages("").await.iter().map(|m| m["to"].to_string()).collect();
        panic!("expected {n} messages to {to}, got {:?}; the sink has messages to {all:?}", self.messages(to).await);
    }

    pub fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

/// The release binary as a process, as the city runs it: for what only a
/// process can show (SIGTERM, kill -9, its log lines).
pub struct ServerProcess {
    pub base: String,
    pub child: std::process::Child,
    /// Every line it printed (standard output and error), as it printed them.
    pub lines: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl ServerProcess {
    /// Starts `target/…/server` on a free port with `env` on top of a
    /// quiet default (no metrics listener, no demo data).
    pub async fn start(database_url: &str, data_dir: &std::path::Path, env: &[(&str, &str)]) -> ServerProcess {
        use std::io::BufRead;
        let port = free_port();
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_server"));
        command
            .env("DATABASE_URL", database_url)
            .env("DATA_DIR", data_dir)
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("LEPTOS_SITE_ROOT", data_dir.join("site"))
            .env("METRICS_ADDR", "off")
            .env("DEMO_DATA", "0")
            .env("FAIR_USE_DRAFTS_PER_HOUR", "0")
            .env("FAIR_USE_SUBMITS_PER_HOUR", "0")
            .env("RESERVATIONS_PER_ADDRESS_PER_DAY", "0")
            .env("RUST_LOG", "info,sqlx=warn,sea_orm=warn,tower_http=warn")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        for (name, value) in env {
            command.env(name, value);
        }
        let mut child = command.spawn().expect("the server binary starts");
        let lines = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        for stream in [Box::new(child.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>, Box::new(child.stderr.take().unwrap())] {
            let lines = lines.clone();
            std::thread::spawn(move || {
                for line in std::io::BufReader::new(stream).lines().map_while(Result::ok) {
                    lines.lock().unwrap().push(line);
                }
            });
        }
        let base = format!("http://127.0.0.1:{port}");
        for _ in 0..300 {
            if reqwest::get(format!("{base}/healthz")).await.is_ok_and(|r| r.status().is_success()) {
                return ServerProcess { base, child, lines };
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!("the server exited with {status}: {:?}", lines.lock().unwrap());
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("the server did not start: {:?}", lines.lock().unwrap());
    }

    pub fn pid(&self) -> i32 {
        self.child.id() as i32
    }

    /// Sends a signal (`libc::SIGTERM`, `libc::SIGKILL`).
    pub fn signal(&self, signal: i32) {
        // SAFETY: kill(2) on our own child's pid.
        unsafe {
            libc::kill(self.pid(), signal);
        }
    }

    /// Waits up to `within` for the process to end.
    pub async fn exited(&mut self, within: std::time::Duration) -> Option<std::process::ExitStatus> {
        let until = std::time::Instant::now() + within;
        while std::time::Instant::now() < until {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        None
    }

    pub fn output(&self) -> Vec<String> {
        self.lines.lock().unwrap().clone()
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
