//! The staff console's door: the first admin is made with the server's own
//! command, staff log in with their own cookie, and nothing of a resident's
//! session reaches `/staff`.
use crate::common;

use common::{Backend, STAFF_PASSWORD as PASSWORD, Via, admin, spawn, staff_add, staff_login};
use sea_orm::{ConnectionTrait, EntityTrait};

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
    app.stop().await;
}

/// A stranger's wrong passwords stop the stranger, never the clerk: ten
/// from one client hold that client back from that account (even with the
/// right password) for 30 minutes; the clerk at another desk logs in; the
/// account is never locked.
async fn a_stranger_cannot_lock_a_clerk_out(backend: Backend) {
    let app = common::spawn_configured(backend, app::clock::Clock::manual(chrono::Utc::now()), |c| c.trust_proxy_headers = true).await;
    assert!(staff_add(&app, &["--clerk", "suzuki"], PASSWORD).status.success());
    let from = |client: &'static str, password: &'static str| {
        let app = &app;
        async move {
            let r = app
                .client
                .post(format!("{}/api/staff/login", app.base))
                .header("Accept", "text/html")
                .header("X-Forwarded-For", client)
                .form(&[("login_id", "suzuki"), ("password", password)])
                .send()
                .await
                .unwrap();
            r.headers()["location"].to_str().unwrap() == "/staff"
        }
    };
    let stranger = "203.0.113.9";
    for _ in 0..10 {
        assert!(!from(stranger, "まちがったパスワードです。").await);
    }
    assert!(!from(stranger, PASSWORD).await, "the stranger's client is held back, even with the right password");
    assert!(from("198.51.100.7", PASSWORD).await, "the clerk at her desk logs in");
    assert_eq!(app.count("staff WHERE locked_until IS NOT NULL").await, 0, "the account is never locked");
    app.advance(chrono::Duration::minutes(31));
    assert!(from(stranger, PASSWORD).await, "after 30 minutes that client may try again");
    app.stop().await;
}

fn slot_date(app_days: i64) -> String {
    (app::time::to_jst(chrono::Utc::now()).date() + chrono::Duration::days(app_days)).format("%Y-%m-%d").to_string()
}

/// 荒天等による中止: every reservation cancelled, every resident told.
async fn cancelling_a_slot_tells_everyone_on_it(backend: Backend) {
    let app = spawn(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    let emails = ["one@example.jp", "two@example.jp", "three@example.jp"];
    for email in emails {
        app.reserve(slot, email).await;
    }
    let cookie = admin(&app).await;
    let page = app.get_as(&cookie, &format!("/staff/slots/{slot}/cancel")).await.text().await.unwrap();
    assert!(page.contains("3人"), "{page}");
    let slot_id = slot.to_string();
    // Nothing to tell them: refused, nothing changes.
    let r = app.post_as(&cookie, "/api/staff/cancel_slot", Via::Form, &[("slot_id", &slot_id), ("message", "  ")]).await;
    assert!(r.headers()["location"].to_str().unwrap().contains("error=1"));
    assert_eq!(app.count("reservations WHERE status = 'active'").await, 3);
    // A resident cannot do it.
    assert_eq!(app.post("/api/staff/cancel_slot", Via::Fetch, &[("slot_id", &slot_id), ("message", "x")]).await.status(), 401);

    let message = "台風の接近により、本日の健診は中止いたします。";
    let r = app.post_as(&cookie, "/api/staff/cancel_slot", Via::Form, &[("slot_id", &slot_id), ("message", message)]).await;
    assert_eq!(r.headers()["location"], format!("/staff/slots/{slot}/cancel?told=3").as_str());
    assert_eq!(app.count("reservations WHERE status = 'cancelled'").await, 3);
    assert_eq!(app.count(&format!("slots WHERE id = {slot} AND taken = 0 AND is_open = false")).await, 1);
    for email in emails {
        let notice = app.mails_to(email, 2).await.remove(1);
        assert!(notice.contains(message) && notice.contains("中止"), "{notice}");
    }
    assert_eq!(app.count("audit_log WHERE action = 'cancel_slot'").await, 1);
    app.stop().await;
}

/// The CSV opens in Excel as text, and every look at personal data is logged.
async fn the_day_and_its_csv_are_for_staff_and_logged(backend: Backend) {
    let app = spawn(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    let (_, number) = app.reserve(slot, "csv@example.jp").await;
    // A name that would be a formula in Excel.
    app.db
        .execute_unprepared("UPDATE residents SET name = '=HYPERLINK(\"http://evil.example\")'")
        .await
        .unwrap();
    let day = slot_date(7);
    let path = format!("/staff/export.csv?from={day}&to={day}");
    assert_eq!(app.get(&path).await.status(), 401);
    let cookie = admin(&app).await;

    let page = app.get_as(&cookie, &format!("/staff/day?date={day}")).await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains(&number));
    assert_eq!(app.count("audit_log WHERE action = 'view_day'").await, 1);

    // 来場, marked from the day view (and logged); not by a resident.
    let slot_id = slot.to_string();
    let mark = [("number", number.as_str()), ("attended", "true"), ("date", day.as_str()), ("slot_id", slot_id.as_str())];
    assert_eq!(app.post("/api/staff/attendance", Via::Fetch, &mark).await.status(), 401);
    let r = app.post_as(&cookie, "/api/staff/attendance", Via::Form, &mark).await;
    assert_eq!(r.headers()["location"], format!("/staff/day?date={day}#slot-{slot}").as_str());
    assert_eq!(app.count("reservations WHERE attendance = 'attended'").await, 1);
    assert_eq!(app.count("audit_log WHERE action = 'mark_attendance'").await, 1);
    let page = app.get_as(&cookie, &format!("/staff/day?date={day}")).await.text().await.unwrap();
    assert!(page.contains("aria-pressed=\"true\""), "the 来場 button shows as pressed");

    let csv = app.get_as(&cookie, &path).await;
    assert_eq!(csv.status(), 200);
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(csv.headers()["content-disposition"].to_str().unwrap().contains("attachment"));
    let bytes = csv.bytes().await.unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "BOM");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.contains("\r\n") && !text.replace("\r\n", "").contains('\n'), "CRLF only");
    assert!(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""), "{text}");
    assert!(text.contains(&format!("\"{number}\"")), "{text}");
    assert!(text.contains("\"0766-51-6666\""), "phone numbers with hyphens: {text}");
    assert_eq!(app.count("audit_log WHERE action = 'export_csv'").await, 1);

    // The same as a real workbook: every cell a string, zeros kept.
    let xlsx_path = format!("/staff/export.xlsx?from={day}&to={day}");
    assert_eq!(app.get(&xlsx_path).await.status(), 401);
    let xlsx = app.get_as(&cookie, &xlsx_path).await;
    assert_eq!(xlsx.status(), 200);
    assert_eq!(xlsx.headers()["content-type"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assert!(xlsx.headers()["content-disposition"].to_str().unwrap().contains(".xlsx"));
    let bytes = xlsx.bytes().await.unwrap();
    let strings = unzip_entry(&bytes, "xl/sharedStrings.xml");
    let sheet = unzip_entry(&bytes, "xl/worksheets/sheet1.xml");
    assert!(strings.contains(&number) && strings.contains("0766-51-6666"), "{strings}");
    assert!(strings.contains("=HYPERLINK("), "the name as it is, a string: {strings}");
    assert!(!sheet.contains("<f>"), "no formulas: {sheet}");
    assert_eq!(sheet.matches("<c ").count(), sheet.matches(" t=\"s\"").count(), "every cell a string: {sheet}");
    assert_eq!(app.count("audit_log WHERE action = 'export_csv'").await, 2);

    assert_eq!(app.get_as(&cookie, "/staff/export.csv?from=2026-13-01&to=x").await.status(), 400);
    assert_eq!(app.get_as(&cookie, "/staff/export.xlsx?from=2026-12-02&to=2026-12-01").await.status(), 400);
    assert_eq!(app.get_as(&cookie, "/staff/export.csv?from=2026-12-02&to=2026-12-01").await.status(), 400);
    app.stop().await;
}

/// Roles: only a 管理者 manages staff and reads the audit log.
async fn a_clerk_cannot_manage_staff_or_read_the_audit_log(backend: Backend) {
    let app = spawn(backend).await;
    let admin = admin(&app).await;
    assert!(staff_add(&app, &["--clerk", "madoguchi"], PASSWORD).status.success());
    let clerk = staff_login(&app, "madoguchi", PASSWORD).await.unwrap();
    let new_staff = [("login_id", "hoken2"), ("display_name", "保健 次郎"), ("role", "admin"), ("password", PASSWORD)];
    assert_eq!(app.get_as(&clerk, "/staff").await.status(), 200);
    assert_eq!(app.get_as(&clerk, "/staff/audit").await.status(), 403);
    assert_eq!(app.get_as(&clerk, "/staff/accounts").await.status(), 403);
    assert_eq!(app.post_as(&clerk, "/api/staff/add_staff", Via::Fetch, &new_staff).await.status(), 403);
    assert_eq!(app.count("staff").await, 2);

    let r = app.post_as(&admin, "/api/staff/add_staff", Via::Form, &new_staff).await;
    assert_eq!(r.headers()["location"], "/staff/accounts?added=1");
    assert!(staff_login(&app, "hoken2", PASSWORD).await.is_some());
    let weak = [("login_id", "hoken3"), ("display_name", ""), ("role", "clerk"), ("password", "short")];
    let r = app.post_as(&admin, "/api/staff/add_staff", Via::Form, &weak).await;
    assert!(r.headers()["location"].to_str().unwrap().contains("error=invalid"));
    let audit = app.get_as(&admin, "/staff/audit").await;
    assert_eq!(audit.status(), 200);
    assert!(audit.text().await.unwrap().contains("職員アカウントの追加"));
    app.stop().await;
}

/// At the counter: find the resident, lift their login lock, re-send their key.
async fn a_clerk_finds_unlocks_and_resends(backend: Backend) {
    let app = spawn(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    let email = "locked@example.jp";
    let (key, number) = app.reserve(slot, email).await;
    app.db
        .execute_unprepared("UPDATE residents SET failed_logins = 0, login_locked_until = '2099-01-01T00:00:00Z'")
        .await
        .unwrap();
    assert!(staff_add(&app, &["--clerk", "madoguchi"], PASSWORD).status.success());
    let clerk = staff_login(&app, "madoguchi", PASSWORD).await.unwrap();
    assert_eq!(app.get("/staff/residents?q=いみず").await.status(), 401);
    // By 予約番号, 利用者キー (typed loosely), phone, or ふりがな in katakana.
    let loose_key = key.to_lowercase().replace('-', " ");
    for q in [number.as_str(), loose_key.as_str(), "0766-51-6666", "イミズ"] {
        let page = app.get_as(&clerk, &format!("/staff/residents?q={q}")).await.text().await.unwrap();
        assert!(page.contains(&key), "search {q}: {page}");
    }
    let page = app.get_as(&clerk, "/staff/residents?q=誰もいない").await.text().await.unwrap();
    assert!(page.contains("見つかりませんでした"));
    let id: i32 = {
        use sea_orm::EntityTrait;
        app::db::residents::Entity::find().one(&app.db).await.unwrap().unwrap().id
    };
    let detail = app.get_as(&clerk, &format!("/staff/residents/{id}")).await.text().await.unwrap();
    assert!(detail.contains("停止中"), "{detail}");
    let r = app.post_as(&clerk, "/api/staff/unlock", Via::Form, &[("id", &id.to_string())]).await;
    assert_eq!(r.headers()["location"], format!("/staff/residents/{id}?done=unlocked").as_str());
    assert_eq!(app.count("residents WHERE login_locked_until IS NULL").await, 1);
    let r = app.post_as(&clerk, "/api/staff/resend_key", Via::Form, &[("id", &id.to_string())]).await;
    assert_eq!(r.headers()["location"], format!("/staff/residents/{id}?done=sent").as_str());
    let notice = app.mails_to(email, 2).await.remove(1);
    assert!(notice.contains(&key), "{notice}");
    for action in ["search_residents", "view_resident", "unlock_resident", "resend_key_notice"] {
        assert!(app.count(&format!("audit_log WHERE action = '{action}'")).await >= 1, "{action} audited");
    }
    app.stop().await;
}

/// At the counter: staff cancel for the resident (no deadline), who is mailed.
async fn staff_cancel_a_reservation_for_the_resident(backend: Backend) {
    let app = spawn(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    let email = "counter@example.jp";
    let (_, number) = app.reserve(slot, email).await;
    let resident = app::db::residents::Entity::find().one(&app.db).await.unwrap().unwrap().id.to_string();
    let cookie = admin(&app).await;
    let page = app.get_as(&cookie, &format!("/staff/residents/{resident}")).await.text().await.unwrap();
    assert!(page.contains(&format!("予約番号{number}をキャンセル（代理）")), "{page}");
    let form = [("id", resident.as_str()), ("number", number.as_str())];
    assert_eq!(app.post("/api/staff/cancel_for_resident", Via::Fetch, &form).await.status(), 401);
    let wrong = [("id", "999999"), ("number", number.as_str())];
    assert_eq!(app.post_as(&cookie, "/api/staff/cancel_for_resident", Via::Fetch, &wrong).await.status(), 404);
    let r = app.post_as(&cookie, "/api/staff/cancel_for_resident", Via::Form, &form).await;
    assert_eq!(r.headers()["location"], format!("/staff/residents/{resident}?done=cancelled").as_str());
    assert_eq!(app.count(&format!("slots WHERE id = {slot} AND taken = 0")).await, 1);
    assert_eq!(app.count("reservations WHERE status = 'cancelled'").await, 1);
    let mail = app.mails_to(email, 2).await.remove(1);
    assert!(mail.contains(&number) && mail.contains("キャンセル"), "{mail}");
    // Twice is once.
    app.post_as(&cookie, "/api/staff/cancel_for_resident", Via::Form, &form).await;
    assert_eq!(app.count("audit_log WHERE action = 'cancel_for_resident'").await, 1);
    assert_eq!(app.count(&format!("email_outbox WHERE to_address = '{email}'")).await, 2);
    app.stop().await;
}

/// 代理予約: a new resident gets a key by email; a known one keeps theirs.
async fn staff_reserve_for_new_and_known_residents(backend: Backend) {
    let app = spawn(backend).await;
    let (service, slot) = app.slot_with_capacity(5).await;
    let other = app.another_slot(service, 9, 5).await.to_string();
    let cookie = admin(&app).await;
    let slot = slot.to_string();
    let email = "phone-booking@example.jp";
    let form = |slot_id: &str| {
        vec![
            ("resident_id", "0".to_string()),
            ("draft_id", String::new()),
            ("slot_id", slot_id.to_string()),
            ("name", "射水 花子".to_string()),
            ("kana", "いみず はなこ".to_string()),
            ("birth_year", "1948".to_string()),
            ("birth_month", "2".to_string()),
            ("birth_day", "3".to_string()),
            ("phone", "0766-00-1234".to_string()),
            ("email", email.to_string()),
        ]
    };
    let post = |fields: Vec<(&'static str, String)>| {
        let (app, cookie) = (&app, cookie.clone());
        async move {
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_as(&cookie, "/api/staff/counter_book", Via::Form, &pairs).await
        }
    };
    // No slot chosen: the form comes back with what was typed.
    let r = post(form("")).await;
    let location = r.headers()["location"].to_str().unwrap().to_string();
    assert!(location.starts_with("/staff/reserve?resident=0&draft="), "{location}");
    let page = app.get_as(&cookie, &location).await.text().await.unwrap();
    assert!(page.contains("予約枠を選んでください") && page.contains("いみず はなこ"), "{page}");

    let r = post(form(&slot)).await;
    let location = r.headers()["location"].to_str().unwrap().to_string();
    let resident: i32 = location.trim_start_matches("/staff/residents/").split('?').next().unwrap().parse().unwrap();
    assert_eq!(location, format!("/staff/residents/{resident}?done=reserved"));
    let mail = app.mails_to(email, 1).await.remove(0);
    let key = app::db::residents::Entity::find_by_id(resident).one(&app.db).await.unwrap().unwrap().user_key;
    let printed = app::domain::UserKey::parse(&key).unwrap().to_string();
    assert!(mail.contains(&printed), "the new key is mailed: {mail}");

    // The same resident again, on another slot: no new record, no new key.
    let mut again = form(&other);
    again[0].1 = resident.to_string();
    let r = post(again).await;
    assert_eq!(r.headers()["location"], format!("/staff/residents/{resident}?done=reserved").as_str());
    assert_eq!(app.count("residents").await, 1);
    assert_eq!(app.count(&format!("reservations WHERE resident_id = {resident} AND status = 'active'")).await, 2);
    assert_eq!(app.count("audit_log WHERE action = 'reserve_for_resident'").await, 2);
    let stranger = [("resident_id", "0"), ("draft_id", ""), ("slot_id", slot.as_str()), ("phone", "0766-00-1234")];
    assert_eq!(app.post("/api/staff/counter_book", Via::Fetch, &stranger).await.status(), 401);
    app.stop().await;
}

on_both!(
    staff_reserve_for_new_and_known_residents,
    staff_cancel_a_reservation_for_the_resident,
    a_clerk_finds_unlocks_and_resends,
    a_stranger_cannot_lock_a_clerk_out,
    a_clerk_cannot_manage_staff_or_read_the_audit_log,
    cancelling_a_slot_tells_everyone_on_it,
    the_day_and_its_csv_are_for_staff_and_logged,
    first_admin_logs_in_with_a_cookie_of_their_own,
    a_resident_session_never_reaches_staff,
    weak_passwords_and_repeated_failures_are_refused,
);

/// One file of an .xlsx (a zip), as text.
fn unzip_entry(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("an xlsx is a zip");
    let mut text = String::new();
    archive.by_name(name).expect("entry").read_to_string(&mut text).expect("utf-8");
    text
}
