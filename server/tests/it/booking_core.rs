//! The booking core called directly — no HTTP, no request context — on
//! SQLite and on PostgreSQL, with a manual clock: capacity, the
//! per-resident limit under concurrency, deadlines at the minute, a change
//! into a full slot, the audit entry inside the staff's transaction, and
//! 対象者条件 at 送信, at the counter (with a waiver) and at a move;
//! キャンセル待ち: a freed place offered to one person at a time, held,
//! passed on when the hold runs out, taken once.
use crate::common;

use app::actor::Actor;
use app::booking::{self, BookingError, ForWhom};
use app::db::{audit_log, begin_write, email_outbox, reservations, residents, slots};
use app::domain::{AgeAt, ReservationNumber, Said};
use chrono::Duration;
use common::Backend;
use common::world::{World, born, day, jst, person, world};
use futures::future::join_all;
use sea_orm::{EntityTrait, PaginatorTrait};

fn insured() -> booking::Conditions {
    booking::Conditions::Said(Said { sex: None, answers: vec![Some(true)] })
}

fn refused_for(result: Result<booking::Booked, BookingError>, expected: &str) {
    match result {
        Err(BookingError::NotEligible { reasons, .. }) => assert!(reasons.contains(expected), "{reasons}"),
        other => panic!("expected a refusal naming {expected}, got {other:?}"),
    }
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

/// 対象者条件 at 送信: the 40th and 75th birthdays either side of the
/// fiscal year's end (31 March 2027 for a slot in December 2026), and the
/// question, checked by the core whatever the page said.
async fn conditions_are_checked_at_the_core(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    w.checkup_conditions(service, AgeAt::FiscalYearEnd).await;
    let slot = w.slot(service, day(10), 9, 10).await;
    let guest = Actor::Guest;
    // 40th birthday on 2 April 2027: still 39 on 31 March — out; on 1 April: in.
    refused_for(w.book_saying(&guest, slot, ForWhom::New(born(1, 1987, 4, 2)), insured()).await, "40歳から74歳");
    w.book_saying(&guest, slot, ForWhom::New(born(2, 1987, 4, 1)), insured()).await.unwrap();
    // 75th birthday on 1 April 2027: already 75 on 31 March — out; on 2 April: in.
    refused_for(w.book_saying(&guest, slot, ForWhom::New(born(3, 1952, 4, 1)), insured()).await, "2027年3月31日");
    w.book_saying(&guest, slot, ForWhom::New(born(4, 1952, 4, 2)), insured()).await.unwrap();
    // The question: unanswered, or answered いいえ.
    let no = booking::Conditions::Said(Said { sex: None, answers: vec![Some(false)] });
    refused_for(w.book_saying(&guest, slot, ForWhom::New(born(5, 1970, 1, 1)), no).await, "国民健康保険");
    refused_for(w.book(&guest, slot, ForWhom::New(born(6, 1970, 1, 1))).await, "国民健康保険");
    // Only staff may book at the counter's terms.
    let counter = booking::Conditions::Counter { waived: Some("窓口で確認".into()) };
    assert_eq!(w.book_saying(&guest, slot, ForWhom::New(born(7, 1970, 1, 1)), counter).await, Err(BookingError::NotYours));
    assert_eq!(w.taken(slot).await, 2, "only the two who qualify hold a place");
    assert_eq!(w.outbox().await, 2, "nobody refused was mailed");
    // A service open to all asks nothing.
    let open = w.slot(w.service(0).await, day(10), 10, 5).await;
    w.book(&guest, open, ForWhom::New(born(8, 2000, 1, 1))).await.unwrap();
}

/// At the counter the age is checked from the date of birth; someone
/// outside it is booked only with a reason, which the audit log keeps.
async fn staff_may_waive_the_conditions_with_a_reason(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    w.checkup_conditions(service, AgeAt::FiscalYearEnd).await;
    let slot = w.slot(service, day(10), 9, 10).await;
    let staff = Actor::Staff(w.staff().await);
    let plain = booking::Conditions::Counter { waived: None };
    // In the ages: booked, no waiver recorded (the clerk asked the question).
    w.book_saying(&staff, slot, ForWhom::New(born(1, 1960, 5, 1)), plain.clone()).await.unwrap();
    // 38: refused without a reason (an empty one is none) …
    refused_for(w.book_saying(&staff, slot, ForWhom::New(born(2, 1988, 5, 1)), plain).await, "40歳から74歳");
    let blank = booking::Conditions::Counter { waived: Some("  ".into()) };
    refused_for(w.book_saying(&staff, slot, ForWhom::New(born(2, 1988, 5, 1)), blank).await, "40歳から74歳");
    // … booked with one, and the reason is in the audit log.
    let waived = booking::Conditions::Counter { waived: Some("医師の指示により受診".into()) };
    let booked = w.book_saying(&staff, slot, ForWhom::New(born(2, 1988, 5, 1)), waived).await.unwrap();
    let rows = audit_log::Entity::find().all(&w.db).await.unwrap();
    let actions: Vec<_> = rows.iter().map(|r| r.action).collect();
    assert_eq!(
        actions,
        [audit_log::Action::ReserveForResident, audit_log::Action::ReserveForResident, audit_log::Action::WaiveEligibility]
    );
    let waiver = rows.last().unwrap();
    assert_eq!(waiver.target, format!("reservation:{}", booked.reservation_number));
    assert!(waiver.detail.contains("医師の指示により受診") && waiver.detail.contains("40歳から74歳"), "{}", waiver.detail);
    assert_eq!(w.taken(slot).await, 2);
}

/// Ages counted on the slot's own day: a resident moving to a day after
/// their 75th birthday is refused, and nothing moves.
async fn a_move_is_checked_against_the_new_day(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    w.checkup_conditions(service, AgeAt::SlotDate).await;
    let before = w.slot(service, day(10), 9, 5).await;
    let after = w.slot(service, day(20), 9, 5).await;
    // 75 from the end of 14 December 2026.
    let mine = w.book_saying(&Actor::Guest, before, ForWhom::New(born(1, 1951, 12, 15)), insured()).await.unwrap();
    let number = ReservationNumber::parse(&mine.reservation_number).unwrap();
    let txn = begin_write(&w.db).await.unwrap();
    let refused = booking::move_to(&txn, &w.site, &Actor::Resident(mine.resident_id), &w.clock, &number, after).await;
    txn.rollback().await.unwrap();
    assert!(matches!(refused, Err(BookingError::NotEligible { .. })), "{refused:?}");
    assert_eq!((w.taken(before).await, w.taken(after).await), (1, 0));
    assert_eq!(w.reservation(&mine.reservation_number).await.slot_id, before);
}

/// Someone joins the waiting list of `slot` as a guest.
async fn join(w: &World, slot: i32, n: usize) -> Result<booking::waitlist::Joined, BookingError> {
    let txn = begin_write(&w.db).await.unwrap();
    let joined = booking::waitlist::join(
        &txn,
        &w.site,
        &Actor::Guest,
        &w.clock,
        booking::waitlist::Wait::Slot(slot),
        ForWhom::New(person(n)),
        booking::Conditions::none(),
    )
    .await?;
    txn.commit().await.unwrap();
    Ok(joined)
}

/// The offer link's token in the latest offer email to person `n`.
async fn offer_token(w: &World, n: usize) -> Option<String> {
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    let row = email_outbox::Entity::find()
        .filter(email_outbox::Column::ToAddress.eq(format!("person{n}@example.jp")))
        .filter(email_outbox::Column::Kind.eq("waitlist_offer"))
        .order_by_desc(email_outbox::Column::Id)
        .one(&w.db)
        .await
        .unwrap()?;
    let body = app::mail::open(&row.body, row.secrets.as_deref());
    let at = body.find("/waitlist/offers/")? + "/waitlist/offers/".len();
    Some(body[at..at + 32].to_string())
}

async fn offers_out(w: &World) -> u64 {
    use sea_orm::{ColumnTrait, QueryFilter};
    app::db::waitlist_entries::Entity::find()
        .filter(app::db::waitlist_entries::Column::Status.eq(app::db::waitlist_entries::Status::Offered))
        .count(&w.db)
        .await
        .unwrap()
}

async fn held(w: &World, slot: i32) -> i32 {
    slots::Entity::find_by_id(slot).one(&w.db).await.unwrap().unwrap().held
}

async fn answer(w: &World, token: &str, take: bool) -> Result<booking::waitlist::Answered, BookingError> {
    let txn = begin_write(&w.db).await.unwrap();
    let answered = if take {
        booking::waitlist::accept(&txn, &w.site, &w.clock, token).await?
    } else {
        booking::waitlist::decline(&txn, &w.site, &w.clock, token).await?
    };
    txn.commit().await.unwrap();
    Ok(answered)
}

/// A full slot's line: a cancellation offers the place to the first in
/// line and nobody else; nobody can book the held place; the hold runs out
/// to the second; the first, too late, is refused kindly; the second takes
/// it once (twice lands on the same reservation).
async fn a_freed_place_is_offered_to_one_person_at_a_time(backend: Backend) {
    use booking::waitlist::Answered;
    let w = world(backend).await;
    let service = w.service(0).await;
    let slot = w.slot(service, day(20), 9, 1).await;
    let holder = w.guest_books(slot, 1).await.unwrap();
    assert_eq!(join(&w, slot, 2).await.unwrap().position, 1);
    assert_eq!(join(&w, slot, 3).await.unwrap().position, 2);
    assert_eq!(join(&w, slot, 4).await.unwrap().position, 3);
    assert_eq!(join(&w, slot, 3).await, Err(BookingError::AlreadyWaiting), "one place in line each");
    // The holder cancels: the place is held for person 2 only.
    w.cancel(&Actor::Resident(holder.resident_id), &holder.reservation_number).await.unwrap();
    assert_eq!((offers_out(&w).await, held(&w, slot).await, w.taken(slot).await), (1, 1, 0));
    assert!(offer_token(&w, 2).await.is_some());
    assert!(offer_token(&w, 3).await.is_none() && offer_token(&w, 4).await.is_none());
    assert_eq!(w.guest_books(slot, 9).await, Err(BookingError::SlotFull), "a held place is not free");
    // 24 hours pass (the slot is weeks away): the hold runs out to person 3.
    let first = offer_token(&w, 2).await.unwrap();
    w.clock.set(w.clock.now() + Duration::hours(24) + Duration::minutes(1));
    assert_eq!(booking::waitlist::expire_due(&w.db, &w.site, &w.clock).await.unwrap(), 1);
    assert_eq!(booking::waitlist::expire_due(&w.db, &w.site, &w.clock).await.unwrap(), 0, "once");
    assert_eq!((offers_out(&w).await, held(&w, slot).await), (1, 1));
    let second = offer_token(&w, 3).await.expect("the next in line is asked");
    // Person 2, too late: refused kindly, nothing taken.
    assert_eq!(answer(&w, &first, true).await, Ok(Answered::TooLate));
    assert_eq!(w.taken(slot).await, 0);
    // Person 3 takes it: an ordinary reservation; twice is once.
    let Ok(Answered::Booked { reservation_id }) = answer(&w, &second, true).await else { panic!("booked") };
    assert_eq!(answer(&w, &second, true).await, Ok(Answered::Booked { reservation_id }));
    assert_eq!((w.taken(slot).await, held(&w, slot).await, offers_out(&w).await), (1, 0, 0));
    let mine = reservations::Entity::find_by_id(reservation_id).one(&w.db).await.unwrap().unwrap();
    assert_eq!(mine.status, reservations::Status::Active);
    assert!(offer_token(&w, 4).await.is_none(), "nobody else was asked");
}

/// Declining passes the place on at once; a place freed too near the
/// booking deadline is not held (it is free for anyone), and no hold runs
/// past the deadline.
async fn a_declined_place_goes_on_and_no_hold_passes_the_deadline(backend: Backend) {
    use booking::waitlist::Answered;
    let w = world(backend).await;
    let service = w.service(0).await;
    // Booking closes on 2 December at 17:00 (the day before, 17:00).
    let slot = w.slot(service, day(3), 9, 1).await;
    let holder = w.guest_books(slot, 1).await.unwrap();
    join(&w, slot, 2).await.unwrap();
    join(&w, slot, 3).await.unwrap();
    // 1 December 9:00 → deadline 2 December 17:00: 32 hours left, so held
    // for 16 (half), not 24.
    w.cancel(&Actor::Resident(holder.resident_id), &holder.reservation_number).await.unwrap();
    let until = {
        use sea_orm::{ColumnTrait, QueryFilter};
        app::db::waitlist_entries::Entity::find()
            .filter(app::db::waitlist_entries::Column::Status.eq(app::db::waitlist_entries::Status::Offered))
            .one(&w.db)
            .await
            .unwrap()
            .unwrap()
            .offer_expires_at
            .unwrap()
    };
    assert_eq!(until, jst(2026, 12, 2, 1, 0));
    let token = offer_token(&w, 2).await.unwrap();
    assert_eq!(answer(&w, &token, false).await, Ok(Answered::Declined));
    assert_eq!(answer(&w, &token, true).await, Ok(Answered::TooLate), "a declined offer cannot be taken after");
    assert!(offer_token(&w, 3).await.is_some(), "declined: the next in line at once");
    assert_eq!(held(&w, slot).await, 1);
    // Person 3 does not answer; 40 minutes before the deadline the hold has
    // long run out, and the freed place is not held again: free for anyone.
    w.clock.set(jst(2026, 12, 2, 16, 20));
    booking::waitlist::expire_due(&w.db, &w.site, &w.clock).await.unwrap();
    assert_eq!((held(&w, slot).await, offers_out(&w).await), (0, 0));
    w.guest_books(slot, 9).await.unwrap();
}

/// Leaving the line (my reservations): one's own place only; an offer out
/// to them goes to the next at once.
async fn leaving_the_line_passes_an_offer_on(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    let slot = w.slot(service, day(20), 9, 1).await;
    let holder = w.guest_books(slot, 1).await.unwrap();
    let second = join(&w, slot, 2).await.unwrap();
    let third = join(&w, slot, 3).await.unwrap();
    w.cancel(&Actor::Resident(holder.resident_id), &holder.reservation_number).await.unwrap();
    assert!(offer_token(&w, 2).await.is_some());
    let leave = |resident: i32, entry: i32| {
        let w = &w;
        async move {
            let txn = begin_write(&w.db).await.unwrap();
            let left = booking::waitlist::withdraw(&txn, &w.site, &w.clock, resident, entry).await;
            txn.commit().await.unwrap();
            left
        }
    };
    assert_eq!(leave(third.resident_id, second.entry_id).await, Err(BookingError::NotFound), "someone else's place");
    leave(second.resident_id, second.entry_id).await.unwrap();
    assert!(offer_token(&w, 3).await.is_some(), "the next in line is asked at once");
    assert_eq!((offers_out(&w).await, held(&w, slot).await), (1, 1));
    leave(second.resident_id, second.entry_id).await.unwrap();
    assert_eq!(offers_out(&w).await, 1, "leaving twice is once");
}

on_both!(
    leaving_the_line_passes_an_offer_on,
    a_freed_place_is_offered_to_one_person_at_a_time,
    a_declined_place_goes_on_and_no_hold_passes_the_deadline,
    conditions_are_checked_at_the_core,
    staff_may_waive_the_conditions_with_a_reason,
    a_move_is_checked_against_the_new_day,
    capacity_is_never_exceeded,
    limit_holds_under_twenty_at_once,
    limit_holds_for_a_logged_in_resident,
    deadlines_hold_to_the_minute,
    a_change_into_a_full_slot_leaves_everything_untouched,
    a_staff_cancel_writes_its_audit_row_in_the_same_transaction,
    staff_bookings_and_slot_cancels_are_audited_with_them,
    a_resident_cannot_act_for_someone_else,
);
