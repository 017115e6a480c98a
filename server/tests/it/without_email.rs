//! Residents without email (issue 15, item 5), over HTTP without
//! JavaScript, on SQLite and PostgreSQL: staff register and book one at
//! the counter with メールアドレスなし, print the 予約票 with the 利用者キー
//! and the reservation, book again, cancel for them — and nothing is ever
//! queued for them (no outbox row, no mail file); a waiting list, which
//! offers places by email, is refused in words; a resident's own form
//! cannot leave the address out.
use crate::common;

use common::{Backend, Via, admin, spawn};
use sea_orm::ConnectionTrait;

async fn counter_resident_without_email_is_booked_printed_and_never_emailed(backend: Backend) {
    let app = spawn(backend).await;
    let (service, slot) = app.slot_with_capacity(5).await;
    let other = app.another_slot(service, 8, 5).await;
    let cookie = admin(&app).await;
    let slot = slot.to_string();
    let form = |slot_id: &str, no_email: bool, email: &str| {
        let mut fields = vec![
            ("resident_id", "0".to_string()),
            ("draft_id", String::new()),
            ("slot_id", slot_id.to_string()),
            ("name", "射水 ハナ".to_string()),
            ("kana", "いみず はな".to_string()),
            ("birth_year", "1936".to_string()),
            ("birth_month", "5".to_string()),
            ("birth_day", "6".to_string()),
            ("phone", "0766-00-4321".to_string()),
            ("email", email.to_string()),
        ];
        if no_email {
            fields.push(("no_email", "true".to_string()));
        }
        fields
    };
    let post = |fields: Vec<(&'static str, String)>| {
        let (app, cookie) = (&app, cookie.clone());
        async move {
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_as(&cookie, "/api/staff/counter_book", Via::Form, &pairs).await
        }
    };

    // An empty address without メールアドレスなし is a mistake, said so.
    let r = post(form(&slot, false, "")).await;
    let location = r.headers()["location"].to_str().unwrap().to_string();
    assert!(location.starts_with("/staff/reserve?resident=0&draft="), "{location}");
    assert_eq!(app.count("reservations").await, 0);

    // メールアドレスなし (an address typed by mistake is dropped).
    let r = post(form(&slot, true, "typed-by-mistake@example.jp")).await;
    let location = r.headers()["location"].to_str().unwrap().to_string();
    let resident: i32 = location.trim_start_matches("/staff/residents/").split('?').next().unwrap().parse().unwrap();
    assert_eq!(location, format!("/staff/residents/{resident}?done=reserved"));
    assert_eq!(app.count(&format!("residents WHERE id = {resident} AND email = ''")).await, 1);
    let page = app.get_as(&cookie, &location).await.text().await.unwrap();
    assert!(page.contains("メールアドレスがないため、メールは送りません"), "{page}");
    assert!(page.contains("予約票を印刷（利用者キー付き）"), "{page}");
    assert!(!page.contains("利用者キー通知を再送"), "no key notice to send: {page}");

    // Printed: the name, the key, the reservation with its QR code.
    let row = app::db::residents::Entity::find_by_id(resident);
    use sea_orm::EntityTrait;
    let record = row.one(&app.db).await.unwrap().unwrap();
    let key = app::domain::UserKey::parse(&record.user_key).unwrap().to_string();
    let number: String = {
        use sea_orm::{ColumnTrait, QueryFilter};
        app::db::reservations::Entity::find()
            .filter(app::db::reservations::Column::ResidentId.eq(resident))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .reservation_number
    };
    let printed = app.get_as(&cookie, &format!("/staff/residents/{resident}/print")).await;
    assert_eq!(printed.status(), 200);
    let printed = printed.text().await.unwrap();
    assert!(printed.contains("射水 ハナ 様"), "{printed}");
    assert!(printed.contains(&key), "the key is on the sheet: {printed}");
    assert!(printed.contains(&number) && printed.contains("胃がん検診"), "{printed}");
    assert!(printed.contains(&format!("予約番号 {number} のQRコード")), "the QR code for 受付: {printed}");
    assert!(printed.contains("お電話か窓口"), "{printed}");
    assert_eq!(app.count("audit_log WHERE action = 'print_for_resident'").await, 1);
    assert_eq!(app.get(&format!("/staff/residents/{resident}/print")).await.status(), 401, "staff only");

    // Booked again (a known resident) and cancelled for them: still no mail.
    let mut again = form(&other.to_string(), false, "");
    again[0].1 = resident.to_string();
    let r = post(again).await;
    assert_eq!(r.headers()["location"], format!("/staff/residents/{resident}?done=reserved").as_str());
    let r = app.post_as(&cookie, "/api/staff/cancel_for_resident", Via::Form, &[("id", &resident.to_string()), ("number", &number)]).await;
    assert_eq!(r.headers()["location"], format!("/staff/residents/{resident}?done=cancelled").as_str());
    assert_eq!(app.count(&format!("reservations WHERE resident_id = {resident}")).await, 2);

    // A waiting list offers places by email: refused, in words.
    app.db
        .execute_unprepared(&format!("UPDATE slots SET capacity = taken WHERE id = {other}"))
        .await
        .unwrap();
    let txn = app::db::begin_write(&app.db).await.unwrap();
    let refused = app::booking::waitlist::join(
        &txn,
        &app::site::SiteSettings::example(),
        &app::actor::Actor::Staff(staff_actor(&app).await),
        app.clock(),
        app::booking::waitlist::Wait::Slot(other),
        app::booking::ForWhom::Known { resident_id: resident, phone: None },
        app::booking::Conditions::Counter { waived: None },
    )
    .await;
    drop(txn);
    let Err(refused) = refused else { panic!("joined a waiting list without an address") };
    assert_eq!(refused, app::booking::BookingError::NeedsEmail);
    assert!(refused.message_in(app::language::Language::Ja).contains("メールアドレスの登録がない方"));

    // Nothing was ever queued or written for them.
    app.wake_mailer();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.count("email_outbox").await, 0);
    let files = std::fs::read_dir(app.data_dir.join("mail")).map(|d| d.count()).unwrap_or(0);
    assert_eq!(files, 0, "no mail file");
    app.stop().await;
}

async fn staff_actor(app: &common::TestApp) -> app::actor::StaffActor {
    use sea_orm::EntityTrait;
    let member = app::db::staff::Entity::find().one(&app.db).await.unwrap().unwrap();
    member.acting_from(None)
}

/// The residents' own form has no such choice: an empty address is an
/// error whatever else is sent.
async fn a_residents_form_cannot_leave_the_address_out(backend: Backend) {
    let app = spawn(backend).await;
    let (_, slot) = app.slot_with_capacity(5).await;
    let slot = slot.to_string();
    let mut form = common::taro_form(&slot, "");
    form.push(("no_email", "true"));
    let r = app.post("/api/reserve/details", Via::Form, &form).await;
    let location = r.headers().get("location").map(|l| l.to_str().unwrap().to_string()).unwrap_or_default();
    assert!(!location.ends_with("/confirm"), "no confirm step without an address: {location}");
    assert_eq!(app.count("residents").await, 0);
    app.stop().await;
}

on_both!(counter_resident_without_email_is_booked_printed_and_never_emailed, a_residents_form_cannot_leave_the_address_out);
