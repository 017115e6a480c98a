//! 前日のお知らせ on SQLite and on PostgreSQL, with a manual clock: sent
//! once at its time (not a minute before), not for a cancelled
//! reservation, not to a resident who turned them off, not for one booked
//! after its time, again after a change to a later day; two servers
//! looking at the same minute send each once; a service may send none, or
//! send them days before at another time.
use crate::common;

use app::actor::Actor;
use app::booking::{self, ForWhom};
use app::db::{begin_write, email_outbox, residents, services};
use app::domain::ReservationNumber;
use app::reminders;
use chrono::NaiveTime;
use common::Backend;
use common::world::{World, day, jst, world};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

async fn reminders_to(w: &World, to: &str) -> Vec<String> {
    email_outbox::Entity::find()
        .filter(email_outbox::Column::Kind.eq("reminder"))
        .filter(email_outbox::Column::ToAddress.eq(to))
        .all(&w.db)
        .await
        .unwrap()
        .into_iter()
        .map(|row| app::mail::open(&row.body, row.secrets.as_deref()))
        .collect()
}

async fn all_reminders(w: &World) -> u64 {
    email_outbox::Entity::find().filter(email_outbox::Column::Kind.eq("reminder")).count(&w.db).await.unwrap()
}

async fn run(w: &World) -> usize {
    reminders::send_due(&w.db, &w.site, &w.clock).await.unwrap()
}

async fn set_reminder(w: &World, service: i32, days: Option<i32>, time: (u32, u32)) {
    services::Entity::update_many()
        .col_expr(services::Column::ReminderDaysBefore, Expr::value(days))
        .col_expr(services::Column::ReminderTime, Expr::value(NaiveTime::from_hms_opt(time.0, time.1, 0).unwrap()))
        .filter(services::Column::Id.eq(service))
        .exec(&w.db)
        .await
        .unwrap();
}

/// The default (the day before at 9:00): nothing at 8:59, one email at
/// 9:00 with the reservation, its 予約票 and how to cancel, and nothing
/// more however often the job looks; cancelled and switched-off ones get
/// none.
async fn sent_once_at_its_time_and_not_for_cancelled(backend: Backend) {
    let w = world(backend).await; // 12月1日 9:00
    let service = w.service(0).await;
    let slot = w.slot(service, day(10), 14, 10).await;
    let kept = w.guest_books(slot, 1).await.unwrap();
    let cancelled = w.guest_books(slot, 2).await.unwrap();
    let quiet = w.guest_books(slot, 3).await.unwrap();
    w.cancel(&Actor::Resident(cancelled.resident_id), cancelled.reservation_number.as_str()).await.unwrap();
    reminders::set_wanted(&w.db, quiet.resident_id, false, w.clock.now()).await.unwrap();
    let resident = residents::Entity::find_by_id(quiet.resident_id).one(&w.db).await.unwrap().unwrap();
    assert!(!resident.reminders);

    w.clock.set(jst(2026, 12, 9, 8, 59));
    assert_eq!(run(&w).await, 0, "not a minute early");
    assert_eq!(all_reminders(&w).await, 0);

    w.clock.set(jst(2026, 12, 9, 9, 0));
    assert_eq!(run(&w).await, 1);
    let sent = reminders_to(&w, "person1@example.jp").await;
    assert_eq!(sent.len(), 1);
    let body = &sent[0];
    assert!(body.contains(kept.reservation_number.as_str()), "{body}");
    assert!(body.contains("12月10日"), "{body}");
    assert!(body.contains("/ticket/"), "the 予約票 link: {body}");
    // This service's changes close two days before at 12:00: by now only
    // a phone call cancels, and the reminder says so (not the login page).
    assert!(body.contains("変更・キャンセルの締切（2026年12月8日(火) 12:00）を過ぎたため"), "how to cancel: {body}");
    assert!(body.contains("お電話ください") && !body.contains("/login"), "{body}");

    for minutes in [1, 60, 600] {
        w.clock.set(jst(2026, 12, 9, 9, 0) + chrono::Duration::minutes(minutes));
        assert_eq!(run(&w).await, 0, "sent once");
    }
    assert_eq!(all_reminders(&w).await, 1);
    assert!(reminders_to(&w, "person2@example.jp").await.is_empty(), "not for a cancelled reservation");
    assert!(reminders_to(&w, "person3@example.jp").await.is_empty(), "not when turned off");
    // The visit's day: nothing more, and nothing once it has begun.
    w.clock.set(jst(2026, 12, 10, 15, 0));
    assert_eq!(run(&w).await, 0);
}

/// Booked after the reminder's time: the confirmation is enough. Moved to
/// a later day: a reminder for the new day, at its time.
async fn booked_late_none_moved_again(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    let near = w.slot(service, day(2), 14, 10).await;
    let later = w.slot(service, day(20), 14, 10).await;
    // 12月1日 9:00 is already past the reminder time of 12月2日's visit.
    let late = w.guest_books(near, 1).await.unwrap();
    assert!(w.reservation(late.reservation_number.as_str()).await.reminder_done_at.is_some());
    assert_eq!(run(&w).await, 0);
    assert!(reminders_to(&w, "person1@example.jp").await.is_empty());

    // Moved (by staff, on the phone: the resident's change deadline for
    // 12月2日 has passed) to 12月20日: reminded on 12月19日.
    let staff = Actor::Staff(w.staff().await);
    let txn = begin_write(&w.db).await.unwrap();
    booking::move_to(&txn, &w.site, &staff, &w.clock, &ReservationNumber::parse(late.reservation_number.as_str()).unwrap(), later)
        .await
        .unwrap();
    txn.commit().await.unwrap();
    assert!(w.reservation(late.reservation_number.as_str()).await.reminder_done_at.is_none());
    w.clock.set(jst(2026, 12, 19, 8, 0));
    assert_eq!(run(&w).await, 0);
    w.clock.set(jst(2026, 12, 19, 9, 30));
    assert_eq!(run(&w).await, 1);
    assert_eq!(reminders_to(&w, "person1@example.jp").await.len(), 1);
}

/// Per service: three days before at 18:00, or none at all.
async fn each_service_sets_its_own(backend: Backend) {
    let w = world(backend).await;
    let early = w.service(0).await;
    let none = w.service(0).await;
    set_reminder(&w, early, Some(3), (18, 0)).await;
    set_reminder(&w, none, None, (9, 0)).await;
    let a = w.slot(early, day(10), 9, 10).await;
    let b = w.slot(none, day(10), 9, 10).await;
    w.guest_books(a, 1).await.unwrap();
    w.guest_books(b, 2).await.unwrap();
    w.clock.set(jst(2026, 12, 7, 17, 59));
    assert_eq!(run(&w).await, 0);
    w.clock.set(jst(2026, 12, 7, 18, 0));
    assert_eq!(run(&w).await, 1);
    let sent = reminders_to(&w, "person1@example.jp").await;
    assert_eq!(sent.len(), 1);
    // Before the change deadline (12月8日 12:00): cancel on the pages.
    assert!(sent[0].contains("締切までに「予約の確認・変更・キャンセル」から") && sent[0].contains("/login"), "{}", sent[0]);
    w.clock.set(jst(2026, 12, 9, 23, 0));
    assert_eq!(run(&w).await, 0, "the service that sends none");
    assert!(reminders_to(&w, "person2@example.jp").await.is_empty());
}

/// Two servers (two connection pools on one database) running the job at
/// the same minute, three times each: every reminder goes once.
async fn two_servers_send_each_once(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    let slot = w.slot(service, day(10), 10, 40).await;
    for n in 0..25 {
        w.guest_books(slot, n).await.unwrap();
    }
    w.clock.set(jst(2026, 12, 9, 9, 0));
    let config = common::test_config(&w._fresh.url, w._fresh.dir.path());
    let other = server::database::connect(&config).await.unwrap();
    let mut runs = Vec::new();
    for n in 0..6 {
        let db = if n % 2 == 0 { w.db.clone() } else { other.clone() };
        let (site, clock) = (w.site.clone(), w.clock.clone());
        runs.push(tokio::spawn(async move { reminders::send_due(&db, &site, &clock).await.unwrap() }));
    }
    let sent: usize = futures::future::join_all(runs).await.into_iter().map(|r| r.unwrap()).sum();
    assert_eq!(sent, 25);
    assert_eq!(all_reminders(&w).await, 25);
    for n in 0..25 {
        assert_eq!(reminders_to(&w, &format!("person{n}@example.jp")).await.len(), 1, "person {n}");
    }
}

/// A guest booking made through the core starts with reminders on.
async fn residents_start_with_reminders_on(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    let slot = w.slot(service, day(10), 10, 4).await;
    let booked = w.book(&Actor::Guest, slot, ForWhom::New(common::world::person(7))).await.unwrap();
    assert!(residents::Entity::find_by_id(booked.resident_id).one(&w.db).await.unwrap().unwrap().reminders);
}

on_both!(
    sent_once_at_its_time_and_not_for_cancelled,
    booked_late_none_moved_again,
    each_service_sets_its_own,
    two_servers_send_each_once,
    residents_start_with_reminders_on,
);
