//! The booking core called directly — no HTTP, no request context — on
//! SQLite and on PostgreSQL, with a manual clock: capacity, the
//! per-resident limit under concurrency, deadlines at the minute, a change
//! into a full slot, and the audit entry inside the staff's transaction.
#[macro_use]
mod common;

use app::actor::{Actor, StaffActor};
use app::booking::{self, BookingError, ForWhom};
use app::clock::Clock;
use app::db::{audit_log, begin_write, email_outbox, reservations, residents, services, slots, staff};
use app::domain::{DetailsInput, ReservationNumber, ValidDetails};
use app::site::SiteSettings;
use chrono::{Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use common::{Backend, connect_fresh};
use futures::future::join_all;
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set};

/// 2026-12-01 09:00 in Japan.
fn start() -> chrono::DateTime<Utc> {
    app::time::jst().with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap().with_timezone(&Utc)
}

fn jst(y: i32, m: u32, d: u32, h: u32, min: u32) -> chrono::DateTime<Utc> {
    app::time::jst().with_ymd_and_hms(y, m, d, h, min, 0).unwrap().with_timezone(&Utc)
}

struct World {
    db: DatabaseConnection,
    clock: Clock,
    site: SiteSettings,
    _fresh: common::FreshDatabase,
}

async fn world(backend: Backend) -> World {
    let (db, fresh) = connect_fresh(backend).await;
    World { db, clock: Clock::manual(start()), site: SiteSettings::example(), _fresh: fresh }
}

impl World {
    /// A published service: booking closes the day before at 17:00, changes
    /// two days before at 12:00; `limit` places per person (0: none).
    async fn service(&self, limit: i32) -> i32 {
        services::ActiveModel {
            name: Set("胃がん検診".into()),
            description: Set("テスト".into()),
            venue: Set("射水市保健センター".into()),
            notes: Set("".into()),
            booking_opens_days: Set(60),
            deadline_days_before: Set(1),
            deadline_time: Set(NaiveTime::from_hms_opt(17, 0, 0).unwrap()),
            change_deadline_days_before: Set(2),
            change_deadline_time: Set(NaiveTime::from_hms_opt(12, 0, 0).unwrap()),
            max_active_per_resident: Set(limit),
            published: Set(true),
            sort_order: Set(0),
            created_at: Set(self.clock.now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .unwrap()
        .id
    }

    async fn slot(&self, service_id: i32, date: NaiveDate, hour: u32, capacity: i32) -> i32 {
        let start = NaiveTime::from_hms_opt(hour, 0, 0).unwrap();
        slots::ActiveModel {
            service_id: Set(service_id),
            date: Set(date),
            start_time: Set(start),
            end_time: Set(start + Duration::minutes(30)),
            capacity: Set(capacity),
            is_open: Set(true),
            created_at: Set(self.clock.now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .unwrap()
        .id
    }

    async fn staff(&self) -> StaffActor {
        let member = staff::ActiveModel {
            login_id: Set("tanaka".into()),
            display_name: Set("田中".into()),
            password_hash: Set("not used here".into()),
            role: Set(staff::Role::Clerk),
            failed_logins: Set(0),
            locked_until: Set(None),
            disabled: Set(false),
            created_at: Set(self.clock.now()),
            updated_at: Set(self.clock.now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .unwrap();
        member.acting_from(Some("192.0.2.7".parse().unwrap()))
    }

    /// Books in its own transaction, as a door does.
    async fn book(&self, actor: &Actor, slot_id: i32, for_whom: ForWhom) -> Result<booking::Booked, BookingError> {
        let txn = begin_write(&self.db).await.unwrap();
        let booked = booking::book(&txn, &self.site, actor, &self.clock, slot_id, for_whom).await?;
        txn.commit().await.unwrap();
        Ok(booked)
    }

    async fn guest_books(&self, slot_id: i32, n: usize) -> Result<booking::Booked, BookingError> {
        self.book(&Actor::Guest, slot_id, ForWhom::New(person(n))).await
    }

    async fn cancel(&self, actor: &Actor, number: &str) -> Result<booking::Cancelled, BookingError> {
        let txn = begin_write(&self.db).await.unwrap();
        let done = booking::cancel(&txn, &self.site, actor, &self.clock, &ReservationNumber::parse(number).unwrap()).await?;
        txn.commit().await.unwrap();
        Ok(done)
    }

    async fn taken(&self, slot_id: i32) -> i32 {
        slots::Entity::find_by_id(slot_id).one(&self.db).await.unwrap().unwrap().taken
    }

    async fn outbox(&self) -> u64 {
        email_outbox::Entity::find().count(&self.db).await.unwrap()
    }

    async fn audit_rows(&self) -> u64 {
        audit_log::Entity::find().count(&self.db).await.unwrap()
    }

    async fn reservation(&self, number: &str) -> reservations::Model {
        use sea_orm::{ColumnTrait, QueryFilter};
        reservations::Entity::find()
            .filter(reservations::Column::ReservationNumber.eq(number))
            .one(&self.db)
            .await
            .unwrap()
            .unwrap()
    }
}

/// Person `n`'s details, as the details form would parse them.
fn person(n: usize) -> ValidDetails {
    DetailsInput {
        name: format!("射水 太郎{n}"),
        kana: "いみず たろう".into(),
        birth_year: "1960".into(),
        birth_month: "4".into(),
        birth_day: ((n % 28) + 1).to_string(),
        phone: "0766-51-6666".into(),
        email: format!("person{n}@example.jp"),
        email_confirm: format!("person{n}@example.jp"),
    }
    .validate(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
    .unwrap()
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

async fn capacity_is_never_exceeded(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    let slot = w.slot(service, day(10), 9, 2).await;
    assert!(w.guest_books(slot, 1).await.is_ok());
    assert!(w.guest_books(slot, 2).await.is_ok());
    let before = w.outbox().await;
    assert_eq!(w.guest_books(slot, 3).await, Err(BookingError::SlotFull));
    assert_eq!(w.taken(slot).await, 2);
    assert_eq!(w.outbox().await, before, "a refused booking mails nobody");
    assert_eq!(residents::Entity::find().count(&w.db).await.unwrap(), 2, "and makes no resident");
    // A place given back can be taken again.
    let first = reservations::Entity::find().one(&w.db).await.unwrap().unwrap();
    w.cancel(&Actor::Resident(first.resident_id), &first.reservation_number).await.unwrap();
    assert_eq!(w.taken(slot).await, 1);
    assert!(w.guest_books(slot, 3).await.is_ok());
    assert_eq!(w.taken(slot).await, 2);
}

/// The same person pressing 送信 on 20 slots at once, with a limit of
/// `limit`: exactly `limit` reservations, every other attempt refused.
async fn limit_holds_under_twenty_at_once(backend: Backend) {
    for limit in [1, 2] {
        let w = world(backend).await;
        let service = w.service(limit).await;
        let mut slot_ids = Vec::new();
        for i in 0..20 {
            slot_ids.push(w.slot(service, day(10 + (i % 10) as u32), 9 + (i / 10) as u32, 10).await);
        }
        // Without login: every attempt makes a new record of the same person.
        let attempts = slot_ids.iter().map(|&slot| w.book(&Actor::Guest, slot, ForWhom::New(person(7))));
        let results = join_all(attempts).await;
        let passed = results.iter().filter(|r| r.is_ok()).count();
        let refused = results.iter().filter(|r| **r == Err(BookingError::LimitReached(limit))).count();
        assert_eq!((passed, refused), (limit as usize, 20 - limit as usize), "{results:?}");
        let held: i64 = reservations::Entity::find().count(&w.db).await.unwrap() as i64;
        assert_eq!(held, limit as i64);

        // Logged in (a resident on record), the same: the limit counts the
        // records made without login too, so nothing more fits.
        let me = reservations::Entity::find().one(&w.db).await.unwrap().unwrap().resident_id;
        let actor = Actor::Resident(me);
        let attempts = slot_ids.iter().map(|&slot| w.book(&actor, slot, ForWhom::Known { resident_id: me, phone: None }));
        let results = join_all(attempts).await;
        assert!(results.iter().all(|r| *r == Err(BookingError::LimitReached(limit))), "{results:?}");

        // Someone else is not held back by it.
        assert!(w.guest_books(slot_ids[0], 8).await.is_ok());
    }
}

/// A fresh resident on record, logged in, 20 attempts at once.
async fn limit_holds_for_a_logged_in_resident(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(1).await;
    let free = w.service(0).await;
    let anywhere = w.slot(free, day(20), 9, 5).await;
    let me = w.guest_books(anywhere, 3).await.unwrap().resident_id;
    let mut slot_ids = Vec::new();
    for i in 0..20 {
        slot_ids.push(w.slot(service, day(10 + (i % 10) as u32), 9 + (i / 10) as u32, 10).await);
    }
    let actor = Actor::Resident(me);
    let attempts = slot_ids.iter().map(|&slot| w.book(&actor, slot, ForWhom::Known { resident_id: me, phone: None }));
    let results = join_all(attempts).await;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert_eq!(results.iter().filter(|r| **r == Err(BookingError::LimitReached(1))).count(), 19);
}

async fn deadlines_hold_to_the_minute(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    // A slot on 12月10日: booking closes 12月9日 17:00, changes 12月8日 12:00.
    let slot = w.slot(service, day(10), 9, 10).await;
    w.clock.set(jst(2026, 12, 9, 16, 59));
    assert!(w.guest_books(slot, 1).await.is_ok(), "a minute before the deadline");
    w.clock.set(jst(2026, 12, 9, 17, 0));
    assert_eq!(w.guest_books(slot, 2).await, Err(BookingError::SlotClosed));

    // Changing and cancelling: until 12:00 two days before.
    let w = world(backend).await;
    let service = w.service(0).await;
    let slot = w.slot(service, day(10), 9, 10).await;
    let a = w.guest_books(slot, 1).await.unwrap();
    let b = w.guest_books(slot, 2).await.unwrap();
    w.clock.set(jst(2026, 12, 8, 11, 59));
    assert!(w.cancel(&Actor::Resident(a.resident_id), &a.reservation_number).await.unwrap().changed);
    w.clock.set(jst(2026, 12, 8, 12, 0));
    assert_eq!(w.cancel(&Actor::Resident(b.resident_id), &b.reservation_number).await, Err(BookingError::DeadlinePassed));
    assert_eq!(w.reservation(&b.reservation_number).await.status, reservations::Status::Active);
    // Staff at the counter are not held to it…
    let staff = w.staff().await;
    assert!(w.cancel(&Actor::Staff(staff.clone()), &b.reservation_number).await.unwrap().changed);
    // …but nobody changes what is over.
    let c = {
        w.clock.set(jst(2026, 12, 8, 9, 0));
        w.guest_books(slot, 3).await.unwrap()
    };
    w.clock.set(jst(2026, 12, 11, 9, 0));
    assert_eq!(w.cancel(&Actor::Staff(staff), &c.reservation_number).await, Err(BookingError::DeadlinePassed));
}

async fn a_change_into_a_full_slot_leaves_everything_untouched(backend: Backend) {
    // The two slot rows are written in id order whichever way the change
    // goes, so try the full slot made first and made second.
    for full_first in [false, true] {
        let w = world(backend).await;
        let service = w.service(0).await;
        let (roomy, full) = if full_first {
            let full = w.slot(service, day(11), 9, 1).await;
            (w.slot(service, day(10), 9, 5).await, full)
        } else {
            let roomy = w.slot(service, day(10), 9, 5).await;
            (roomy, w.slot(service, day(11), 9, 1).await)
        };
        let mine = w.guest_books(roomy, 1).await.unwrap();
        w.guest_books(full, 2).await.unwrap();
        let (mails, taken_roomy, taken_full) = (w.outbox().await, w.taken(roomy).await, w.taken(full).await);
        let number = ReservationNumber::parse(&mine.reservation_number).unwrap();
        let txn = begin_write(&w.db).await.unwrap();
        let refused = booking::move_to(&txn, &w.site, &Actor::Resident(mine.resident_id), &w.clock, &number, full).await;
        assert_eq!(refused, Err(BookingError::SlotFull));
        drop(txn); // what every door does on Err: roll back
        assert_eq!((w.taken(roomy).await, w.taken(full).await), (taken_roomy, taken_full));
        assert_eq!(w.reservation(&mine.reservation_number).await.slot_id, roomy);
        assert_eq!(w.outbox().await, mails, "nobody is mailed");

        // A change that fits moves the place and keeps the number.
        let other = w.slot(service, day(12), 9, 1).await;
        let txn = begin_write(&w.db).await.unwrap();
        let moved = booking::move_to(&txn, &w.site, &Actor::Resident(mine.resident_id), &w.clock, &number, other).await.unwrap();
        txn.commit().await.unwrap();
        assert!(moved.changed);
        assert_eq!((w.taken(roomy).await, w.taken(other).await), (taken_roomy - 1, 1));
        assert_eq!(w.reservation(&mine.reservation_number).await.slot_id, other);
        assert_eq!(w.outbox().await, mails + 1, "the 予約変更 email");
    }
}

async fn a_staff_cancel_writes_its_audit_row_in_the_same_transaction(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    let slot = w.slot(service, day(10), 9, 5).await;
    let mine = w.guest_books(slot, 1).await.unwrap();
    let staff = w.staff().await;
    let number = ReservationNumber::parse(&mine.reservation_number).unwrap();
    let (audits, mails) = (w.audit_rows().await, w.outbox().await);

    // Rolled back: no audit row, no email, nothing cancelled.
    let txn = begin_write(&w.db).await.unwrap();
    booking::cancel(&txn, &w.site, &Actor::Staff(staff.clone()), &w.clock, &number).await.unwrap();
    assert_eq!(audit_log::Entity::find().count(&txn).await.unwrap(), audits + 1, "written inside the transaction");
    txn.rollback().await.unwrap();
    assert_eq!(w.audit_rows().await, audits);
    assert_eq!(w.outbox().await, mails);
    assert_eq!(w.reservation(&mine.reservation_number).await.status, reservations::Status::Active);
    assert_eq!(w.taken(slot).await, 1);

    // Committed: all of it, and the row says who and from where.
    let txn = begin_write(&w.db).await.unwrap();
    booking::cancel(&txn, &w.site, &Actor::Staff(staff.clone()), &w.clock, &number).await.unwrap();
    txn.commit().await.unwrap();
    let row = audit_log::Entity::find().one(&w.db).await.unwrap().unwrap();
    assert_eq!((row.staff_id, row.action, row.client_addr.as_deref()), (staff.id, audit_log::Action::CancelForResident, Some("192.0.2.7")));
    assert_eq!(row.target, format!("reservation:{}", mine.reservation_number));
    assert_eq!(w.outbox().await, mails + 1);
    assert_eq!(w.taken(slot).await, 0);

    // A resident's own cancel writes no audit row.
    let theirs = w.guest_books(slot, 2).await.unwrap();
    w.cancel(&Actor::Resident(theirs.resident_id), &theirs.reservation_number).await.unwrap();
    assert_eq!(w.audit_rows().await, audits + 1);
}

async fn staff_bookings_and_slot_cancels_are_audited_with_them(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    let slot = w.slot(service, day(10), 9, 5).await;
    let staff = w.staff().await;
    let booked = w.book(&Actor::Staff(staff.clone()), slot, ForWhom::New(person(1))).await.unwrap();
    assert!(booked.new_resident);
    w.guest_books(slot, 2).await.unwrap();
    let mails = w.outbox().await;

    let txn = begin_write(&w.db).await.unwrap();
    let told = booking::cancel_slot(&txn, &w.site, &staff, &w.clock, slot, "台風のため中止します。").await.unwrap();
    txn.rollback().await.unwrap();
    assert_eq!(told, 2);
    assert_eq!(w.taken(slot).await, 2, "rolled back: nothing changed");

    let txn = begin_write(&w.db).await.unwrap();
    booking::cancel_slot(&txn, &w.site, &staff, &w.clock, slot, "台風のため中止します。").await.unwrap();
    txn.commit().await.unwrap();
    assert_eq!(w.taken(slot).await, 0);
    assert_eq!(w.outbox().await, mails + 2);
    let actions: Vec<_> = audit_log::Entity::find().all(&w.db).await.unwrap().into_iter().map(|r| r.action).collect();
    assert_eq!(actions, [audit_log::Action::ReserveForResident, audit_log::Action::CancelSlot]);
    assert_eq!(w.guest_books(slot, 3).await, Err(BookingError::SlotClosed), "a cancelled slot is closed");
}

async fn a_resident_cannot_act_for_someone_else(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    let slot = w.slot(service, day(10), 9, 5).await;
    let a = w.guest_books(slot, 1).await.unwrap();
    let b = w.guest_books(slot, 2).await.unwrap();
    // Someone else's number looks like an unknown one.
    assert_eq!(w.cancel(&Actor::Resident(a.resident_id), &b.reservation_number).await, Err(BookingError::NotFound));
    assert_eq!(w.cancel(&Actor::Guest, &b.reservation_number).await, Err(BookingError::NotFound));
    // Booking for another record, or as a guest for a record, is refused.
    let as_b = ForWhom::Known { resident_id: b.resident_id, phone: None };
    assert_eq!(w.book(&Actor::Resident(a.resident_id), slot, as_b.clone()).await, Err(BookingError::NotYours));
    assert_eq!(w.book(&Actor::Guest, slot, as_b).await, Err(BookingError::NotYours));
    assert_eq!(w.taken(slot).await, 2);
}

on_both!(
    capacity_is_never_exceeded,
    limit_holds_under_twenty_at_once,
    limit_holds_for_a_logged_in_resident,
    deadlines_hold_to_the_minute,
    a_change_into_a_full_slot_leaves_everything_untouched,
    a_staff_cancel_writes_its_audit_row_in_the_same_transaction,
    staff_bookings_and_slot_cancels_are_audited_with_them,
    a_resident_cannot_act_for_someone_else,
);
