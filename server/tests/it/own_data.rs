//! 登録情報 and 利用者情報の削除 (issue 15, item 4), on SQLite and
//! PostgreSQL, over HTTP without JavaScript: the page and the downloaded
//! file hold the record (and the one an earlier booking without login
//! made for the same person), the reservations and every email sent to
//! the resident; erasing is refused while a reservation of either record
//! is upcoming; once they are cancelled, erasing ends the session, and then no name, ふりがな,
//! date of birth, phone number, email address or key is left in any column
//! of any table, nor in the mail folder — a clerk's search for the name
//! included. The audit log says it was erased. The retention period
//! erases a resident without activity, and not one with a reservation —
//! nor an idle record of a person active through another.
use crate::common;

use common::{Backend, TestApp, Via, admin, resident_login, spawn_manual_clock};
use sea_orm::{ConnectionTrait, DbBackend, Statement};

/// Every (table, column) of the database.
async fn columns(app: &TestApp) -> Vec<(String, String)> {
    let backend = app.db.get_database_backend();
    let sql = match backend {
        DbBackend::Sqlite => "SELECT m.name AS t, p.name AS c FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'",
        _ => "SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns WHERE table_schema = 'public'",
    };
    app.db
        .query_all_raw(Statement::from_string(backend, sql))
        .await
        .unwrap()
        .into_iter()
        .map(|row| (row.try_get::<String>("", "t").unwrap(), row.try_get::<String>("", "c").unwrap()))
        .collect()
}

/// Where `needle` is found: `table.column` for each column holding it.
async fn found_in(app: &TestApp, columns: &[(String, String)], needle: &str) -> Vec<String> {
    let backend = app.db.get_database_backend();
    let mut hits = Vec::new();
    for (table, column) in columns {
        let sql = format!("SELECT COUNT(*) AS n FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE '%{}%'", needle.replace('\'', "''"));
        let row = app.db.query_one_raw(Statement::from_string(backend, sql)).await.unwrap().unwrap();
        if row.try_get::<i64>("", "n").unwrap() > 0 {
            hits.push(format!("{table}.{column}"));
        }
    }
    hits
}

/// The mail folder's files that hold `needle`, in their headers or their
/// decoded text.
fn files_with(app: &TestApp, needle: &str) -> Vec<String> {
    std::fs::read_dir(app.data_dir.join("mail"))
        .map(|d| {
            d.flatten()
                .filter(|e| {
                    std::fs::read_to_string(e.path()).is_ok_and(|eml| eml.contains(needle) || common::decode_body(&eml).contains(needle))
                })
                .map(|e| e.file_name().to_string_lossy().to_string())
                .collect()
        })
        .unwrap_or_default()
}

async fn the_download_holds_everything_and_erasing_leaves_nothing(backend: Backend) {
    let app = spawn_manual_clock(backend).await;
    let email = "mine@example.jp";
    let (service, slot) = app.slot_with_capacity(5).await;
    // Booked once before without logging in: another record and key of
    // the same person (same address, ふりがな, birth date), and theirs too.
    let (old_key, old_number) = app.reserve(app.another_slot(service, 8, 5).await, email).await;
    let (key, number) = app.reserve(slot, email).await;
    let cookie = resident_login(&app, &key, email, 3).await;
    // A clerk searched for the name (the audit log keeps what was typed).
    let clerk = admin(&app).await;
    let q: String = form_urlencoded::byte_serialize("射水 太郎".as_bytes()).collect();
    assert_eq!(app.get_as(&clerk, &format!("/staff/residents?q={q}")).await.status(), 200);

    // The page.
    let html = app.get_as(&cookie, "/my/data").await.text().await.unwrap();
    for expected in ["射水 太郎", "いみず たろう", "1960-04-01", "0766516666", email, number.as_str(), old_number.as_str(), old_key.as_str()] {
        assert!(html.contains(expected), "{expected} not on the page: {html}");
    }
    assert!(html.contains("data-testid=\"own-others\""), "{html}");
    // The file: everything, and every email sent to them.
    let mails = app.mails_to(email, 4).await.len();
    let r = app.get_as(&cookie, "/my/data/download").await;
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let file: serde_json::Value = r.json().await.unwrap();
    assert_eq!(file["record"]["name"], "射水 太郎");
    assert_eq!(file["record"]["kana"], "いみず たろう");
    assert_eq!(file["record"]["birth_date"], "1960-04-01");
    assert_eq!(file["record"]["phone"], "0766516666");
    assert_eq!(file["record"]["email"], email);
    assert_eq!(file["record"]["user_key"], key.as_str());
    assert_eq!(file["others"][0]["user_key"], old_key.as_str());
    assert_eq!(file["reservations"][0]["number"], old_number.as_str());
    assert_eq!(file["reservations"][1]["number"], number.as_str());
    let in_outbox = app.count(&format!("email_outbox WHERE to_address = '{email}'")).await;
    assert!(in_outbox as usize >= mails);
    assert_eq!(file["emails"].as_array().unwrap().len() as i64, in_outbox, "{file}");
    // Nobody else's file: without a session, 401.
    assert_eq!(app.get("/my/data/download").await.status(), 401);

    // Refused while a reservation is upcoming (the earlier record's too).
    let r = app.post_as(&cookie, "/api/my/cancel", Via::Form, &[("number", &number)]).await;
    assert_eq!(r.status(), 302);
    let r = app.post_as(&cookie, "/api/my/erase", Via::Fetch, &[]).await;
    assert_eq!(r.status(), 409);
    let html = app.get_as(&cookie, "/my/data/erase").await.text().await.unwrap();
    assert!(html.contains("data-testid=\"erase-refused\"") && html.contains(&old_number), "{html}");

    // Both cancelled, it goes: the session ends, the page says so.
    let r = app.post_as(&cookie, "/api/my/cancel", Via::Form, &[("number", &old_number)]).await;
    assert_eq!(r.status(), 302);
    let sent = app.mails_to(email, mails + 2).await.len();
    let r = app.post_as(&cookie, "/api/my/erase", Via::Form, &[]).await;
    assert_eq!(r.headers()["location"], "/my/data/erased");
    assert!(r.headers()["set-cookie"].to_str().unwrap().contains("Max-Age=0") || r.headers()["set-cookie"].to_str().unwrap().contains("=;"));
    assert_eq!(app.get_as(&cookie, "/my").await.status(), 401);
    assert_eq!(app.get("/my/data/erased").await.status(), 200);
    assert!(sent > mails);

    // Nothing left, anywhere.
    let all = columns(&app).await;
    assert!(all.len() > 40, "{all:?}");
    let digits = "0766516666";
    let bare_key = key.replace('-', "");
    let old_bare_key = old_key.replace('-', "");
    for needle in ["射水 太郎", "いみず たろう", "1960-04-01", "1960年4月1日", "0766-51-6666", digits, email, &key, &bare_key, &old_key, &old_bare_key] {
        assert_eq!(found_in(&app, &all, needle).await, Vec::<String>::new(), "{needle} is still stored");
        assert_eq!(files_with(&app, needle), Vec::<String>::new(), "{needle} is still in the mail folder");
    }
    // Still counted: the reservation row, without a person.
    assert_eq!(app.count(&format!("reservations WHERE reservation_number = '{number}'")).await, 1);
    assert_eq!(app.count(&format!("reservations WHERE reservation_number = '{old_number}'")).await, 1);
    assert_eq!(app.count("residents WHERE erased_at IS NOT NULL").await, 2, "both records of the person");
    assert_eq!(app.count("audit_log WHERE action = 'erase_resident'").await, 2);
    // The key no longer logs in (the same answer as for any wrong pair).
    let r = app.post("/api/login/otp", Via::Form, &[("draft_id", ""), ("user_key", &key), ("email", email)]).await;
    assert_eq!(r.status(), 302);
    assert_eq!(app.count(&format!("email_outbox WHERE to_address = '{email}'")).await, 0, "no password is sent to an erased address");
    app.stop().await;
}

async fn the_retention_period_erases_the_idle_only(backend: Backend) {
    let app = spawn_manual_clock(backend).await;
    let (service, soon) = app.slot_with_capacity(5).await;
    app.reserve(soon, "idle@example.jp").await;
    // One books a day three weeks off: active until then and for the period after.
    let later = app.another_slot(service, 20, 5).await;
    app.reserve(later, "active@example.jp").await;
    // The same person booked the first day too (another record, idle
    // alone): kept while the person is active.
    app.reserve(soon, "active@example.jp").await;
    app.wake_mailer();
    app.mails_to("idle@example.jp", 1).await;
    // The sweep as the job runs it, three years and ten days on: the period
    // began after the first slot's day and before the second's.
    let then = chrono::Utc::now() + chrono::Duration::days(1095 + 10);
    let folder = app.data_dir.join("mail");
    assert_eq!(app::own_data::ssr::sweep(&app.db, 1095, Some(&folder), then).await.unwrap(), 1);
    assert_eq!(app.count("residents WHERE email = 'idle@example.jp'").await, 0);
    assert_eq!(app.count("residents WHERE email = 'active@example.jp'").await, 2);
    assert!(files_with(&app, "idle@example.jp").is_empty());
    assert_eq!(app.count("email_outbox WHERE to_address = 'idle@example.jp'").await, 0);
    // Once erased, never again; 0 keeps everything.
    assert_eq!(app::own_data::ssr::sweep(&app.db, 1095, None, then).await.unwrap(), 0);
    assert_eq!(app::own_data::ssr::sweep(&app.db, 0, None, then + chrono::Duration::days(3650)).await.unwrap(), 0);
    assert_eq!(app.count("audit_log WHERE action = 'erase_resident' AND detail LIKE '%1095%'").await, 1);
    app.stop().await;
}

/// At the counter or on the phone: a clerk erases at the resident's
/// request, only with 「確認しました」 ticked and nothing upcoming; the audit
/// log names the clerk.
async fn a_clerk_erases_at_the_residents_request(backend: Backend) {
    let app = spawn_manual_clock(backend).await;
    let email = "counter@example.jp";
    let (_, slot) = app.slot_with_capacity(5).await;
    let (_, number) = app.reserve(slot, email).await;
    let id: i32 = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        app::db::residents::Entity::find().filter(app::db::residents::Column::Email.eq(email)).one(&app.db).await.unwrap().unwrap().id
    };
    let clerk = admin(&app).await;
    let id_text = id.to_string();
    // Nobody without a staff session.
    assert_eq!(app.post("/api/staff/erase_resident", Via::Fetch, &[("id", &id_text), ("confirmed", "yes")]).await.status(), 401);
    // Not ticked: said, nothing erased.
    let r = app.post_as(&clerk, "/api/staff/erase_resident", Via::Fetch, &[("id", &id_text)]).await;
    assert!(r.status().is_client_error(), "{}", r.status());
    assert!(r.text().await.unwrap().contains("確認しました"));
    // Upcoming: refused, with the number to cancel first.
    let r = app.post_as(&clerk, "/api/staff/erase_resident", Via::Fetch, &[("id", &id_text), ("confirmed", "yes")]).await;
    assert_eq!(r.status(), 409);
    assert!(r.text().await.unwrap().contains(&number));
    assert_eq!(app.count("residents WHERE erased_at IS NOT NULL").await, 0);
    // Once it is cancelled (here straight in the database), erased.
    {
        use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
        let row = app::db::reservations::Entity::find()
            .filter(app::db::reservations::Column::ReservationNumber.eq(number.as_str()))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let mut row: app::db::reservations::ActiveModel = row.into();
        row.status = Set(app::db::reservations::Status::Cancelled);
        row.update(&app.db).await.unwrap();
    }
    let r = app.post_as(&clerk, "/api/staff/erase_resident", Via::Form, &[("id", &id_text), ("confirmed", "yes")]).await;
    assert_eq!(r.headers()["location"], format!("/staff/residents/{id}?done=erased"));
    assert_eq!(app.count(&format!("residents WHERE id = {id} AND erased_at IS NOT NULL AND name = ''")).await, 1);
    assert_eq!(app.count("audit_log WHERE action = 'erase_resident' AND staff_id > 0 AND detail LIKE '%職員%'").await, 1);
    app.stop().await;
}

on_both!(
    the_download_holds_everything_and_erasing_leaves_nothing,
    the_retention_period_erases_the_idle_only,
    a_clerk_erases_at_the_residents_request
);
