//! 抽選 through the booking core, on SQLite and on PostgreSQL, with a
//! manual clock: applications in the period only, one per person; a draw
//! with more applicants than places gives every place once, in preference
//! order, and replays from its recorded seed; two servers starting the
//! draw at once draw once; the draw at the set time runs by itself; the
//! conditions are checked again at the draw.
use crate::common;

use app::actor::Actor;
use app::booking::lottery::{self, DrawnBy, Phase};
use app::booking::{self, BookingError, ForWhom};
use app::db::{begin_write, email_outbox, lottery_applications as applications, lottery_draws, reservations, services, slots};
use app::domain::{AgeAt, Eligibility, Said};
use app::lottery::draw::Seed;
use chrono::Duration;
use common::Backend;
use common::world::{World, born, day, person, world};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use std::collections::BTreeMap;

fn seed(n: u8) -> Seed {
    [n; 32]
}

/// Makes `service` a 抽選: applications for a week from the world's start
/// (2026-12-01 09:00), the draw a day after, `preferences` slots each.
async fn make_lottery(w: &World, service: i32, preferences: i32) {
    let from = w.clock.now();
    services::Entity::update_many()
        .col_expr(services::Column::BookingMode, Expr::value(services::BookingMode::Lottery))
        .col_expr(services::Column::LotteryApplyFrom, Expr::value(from))
        .col_expr(services::Column::LotteryApplyUntil, Expr::value(from + Duration::days(7)))
        .col_expr(services::Column::LotteryDrawAt, Expr::value(from + Duration::days(8)))
        .col_expr(services::Column::LotteryPreferences, Expr::value(preferences))
        .filter(services::Column::Id.eq(service))
        .exec(&w.db)
        .await
        .unwrap();
}

async fn apply_saying(w: &World, service: i32, preferences: &[i32], who: ForWhom, said: Said) -> Result<lottery::Applied, BookingError> {
    let txn = begin_write(&w.db).await.unwrap();
    let actor = match &who {
        ForWhom::New(_) => Actor::Guest,
        ForWhom::Known { resident_id, .. } => Actor::Resident(*resident_id),
    };
    let applied =
        lottery::apply(&txn, &w.site, &actor, &w.clock, service, preferences, who, booking::Conditions::Said(said)).await?;
    txn.commit().await.unwrap();
    Ok(applied)
}

/// Person `n` applies as a guest.
async fn apply(w: &World, service: i32, preferences: &[i32], n: usize) -> Result<lottery::Applied, BookingError> {
    apply_saying(w, service, preferences, ForWhom::New(person(n)), Said::default()).await
}

async fn draw(w: &World, service: i32, seed: Seed) -> Result<lottery::Drawn, BookingError> {
    let txn = begin_write(&w.db).await.unwrap();
    let drawn = lottery::draw(&txn, &w.site, &w.clock, service, &DrawnBy::Clock, seed).await?;
    txn.commit().await.unwrap();
    Ok(drawn)
}

async fn mails(w: &World, kind: &str) -> u64 {
    email_outbox::Entity::find().filter(email_outbox::Column::Kind.eq(kind)).count(&w.db).await.unwrap()
}

async fn mail_body_to(w: &World, kind: &str, to: &str) -> Option<String> {
    let row = email_outbox::Entity::find()
        .filter(email_outbox::Column::Kind.eq(kind))
        .filter(email_outbox::Column::ToAddress.eq(to))
        .one(&w.db)
        .await
        .unwrap()?;
    Some(app::mail::open(&row.body, row.secrets.as_deref()))
}

async fn all_applications(w: &World, service: i32) -> Vec<applications::Model> {
    applications::Entity::find()
        .filter(applications::Column::ServiceId.eq(service))
        .order_by_asc(applications::Column::Id)
        .all(&w.db)
        .await
        .unwrap()
}

async fn service_row(w: &World, service: i32) -> services::Model {
    services::Entity::find_by_id(service).one(&w.db).await.unwrap().unwrap()
}

/// 15 apply for 3 slots of 2 places (one withdraws); a fourth slot nobody
/// names. The draw gives each of the 6 places once, each winner the first
/// of their slots with a place left at their turn, makes ordinary
/// reservations, tells everyone, and its record replays to the same result.
async fn a_draw_gives_every_place_once_in_preference_order(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    let (a, b, c) = (w.slot(service, day(20), 9, 2).await, w.slot(service, day(20), 10, 2).await, w.slot(service, day(21), 9, 2).await);
    let spare = w.slot(service, day(22), 9, 1).await;
    make_lottery(&w, service, 3).await;
    assert_eq!(Phase::of(&service_row(&w, service).await, w.clock.now()), Phase::Applying);

    // In the period: nobody books first come, and the draw cannot start.
    assert_eq!(w.guest_books(a, 99).await, Err(BookingError::SlotClosed));
    assert_eq!(draw(&w, service, seed(1)).await, Err(BookingError::DrawTooEarly));
    let choices = [[a, b, c], [b, a, c], [c, b, a]];
    let mut applied = Vec::new();
    for n in 0..15 {
        let preferences: Vec<i32> = choices[n % 3][..1 + n % 3].to_vec();
        applied.push(apply(&w, service, &preferences, n).await.unwrap());
    }
    // One application per person (the same address, ふりがな and birth date).
    assert_eq!(apply(&w, service, &[a], 4).await, Err(BookingError::AlreadyApplied));
    // None twice, none of another service; more than allowed: the most
    // wanted are kept.
    assert_eq!(apply(&w, service, &[a, a], 51).await, Err(BookingError::NotFound));
    let other = w.slot(w.service(0).await, day(20), 9, 5).await;
    assert_eq!(apply(&w, service, &[other], 52).await, Err(BookingError::NotFound));
    assert_eq!(mails(&w, "lottery_applied").await, 15);
    // Person 14 withdraws before the draw (twice is once).
    let last = &applied[14];
    for _ in 0..2 {
        let txn = begin_write(&w.db).await.unwrap();
        lottery::withdraw(&txn, &w.clock, last.resident_id, last.application_id).await.unwrap();
        txn.commit().await.unwrap();
    }
    // Someone else's application looks like none.
    let txn = begin_write(&w.db).await.unwrap();
    assert_eq!(lottery::withdraw(&txn, &w.clock, applied[0].resident_id, last.application_id).await, Err(BookingError::NotFound));
    drop(txn);

    // The period ends: no more applications; the draw.
    w.clock.set(w.clock.now() + Duration::days(7));
    assert_eq!(apply(&w, service, &[a], 60).await, Err(BookingError::NotApplying));
    let drawn = draw(&w, service, seed(1)).await.unwrap();
    assert_eq!((drawn.applicants, drawn.winners, drawn.excluded), (14, 6, 0));
    assert_eq!(draw(&w, service, seed(2)).await, Err(BookingError::AlreadyDrawn), "once");
    for slot in [a, b, c] {
        let s = slots::Entity::find_by_id(slot).one(&w.db).await.unwrap().unwrap();
        assert_eq!((s.taken, s.held), (2, 0), "slot {slot}: each place given once");
    }

    // Preference order: in the draw's order, each won the first of their
    // slots with a place left then; the others found none left.
    let mut ranked: Vec<applications::Model> =
        all_applications(&w, service).await.into_iter().filter(|x| x.status != applications::Status::Withdrawn).collect();
    ranked.sort_by_key(|x| x.draw_rank);
    let mut left = BTreeMap::from([(a, 2), (b, 2), (c, 2), (spare, 1)]);
    for x in &ranked {
        let first_open = x.preferred_slots().into_iter().find(|s| left[s] > 0);
        match (x.status, first_open) {
            (applications::Status::Won, Some(slot)) => {
                let r = reservations::Entity::find_by_id(x.reservation_id.unwrap()).one(&w.db).await.unwrap().unwrap();
                assert_eq!((r.slot_id, r.status, r.resident_id), (slot, reservations::Status::Active, x.resident_id));
                *left.get_mut(&slot).unwrap() -= 1;
            }
            (applications::Status::Lost, None) => assert!(x.reservation_id.is_none()),
            other => panic!("rank {:?}: {other:?}", x.draw_rank),
        }
    }
    assert_eq!(ranked.iter().map(|x| x.draw_rank.unwrap()).collect::<Vec<_>>(), (1..=14).collect::<Vec<_>>());

    // The record replays to exactly this.
    let record = lottery_draws::Entity::find().one(&w.db).await.unwrap().unwrap();
    assert_eq!(record.seed, "01".repeat(32));
    let replayed = lottery::replay(&record).unwrap();
    assert_eq!(replayed.len(), 14);
    for outcome in &replayed {
        let x = ranked.iter().find(|x| x.application_number == outcome.number).unwrap();
        let won = match x.reservation_id {
            Some(id) => Some(reservations::Entity::find_by_id(id).one(&w.db).await.unwrap().unwrap().slot_id),
            None => None,
        };
        assert_eq!((x.draw_rank, won), (Some(outcome.rank as i32), outcome.slot), "{outcome:?}");
    }
    let mut other_seed = record.clone();
    other_seed.seed = "02".repeat(32);
    assert_ne!(lottery::replay(&other_seed).unwrap(), replayed, "another seed, another order");

    // Everyone told: 6 当選 (with their 予約番号), 8 落選 naming the slot
    // still open; the one who withdrew, nothing.
    assert_eq!((mails(&w, "lottery_won").await, mails(&w, "lottery_lost").await), (6, 8));
    let winner = ranked.iter().find(|x| x.status == applications::Status::Won).unwrap();
    let number = reservations::Entity::find_by_id(winner.reservation_id.unwrap()).one(&w.db).await.unwrap().unwrap().reservation_number;
    let to = app::db::residents::Entity::find_by_id(winner.resident_id).one(&w.db).await.unwrap().unwrap().email;
    assert!(mail_body_to(&w, "lottery_won", &to).await.unwrap().contains(&number));
    let loser = ranked.iter().find(|x| x.status == applications::Status::Lost).unwrap();
    let to = app::db::residents::Entity::find_by_id(loser.resident_id).one(&w.db).await.unwrap().unwrap().email;
    let body = mail_body_to(&w, "lottery_lost", &to).await.unwrap();
    assert!(body.contains("12月22日"), "the slot left open is named: {body}");
    assert_eq!(mail_body_to(&w, "lottery_lost", "person14@example.jp").await, None);

    // After the draw: withdrawing is too late; what is left is booked
    // first come; a winner's cancellation goes to the waiting list.
    let txn = begin_write(&w.db).await.unwrap();
    assert_eq!(lottery::withdraw(&txn, &w.clock, winner.resident_id, winner.id).await, Err(BookingError::AlreadyDrawn));
    drop(txn);
    assert_eq!(Phase::of(&service_row(&w, service).await, w.clock.now()), Phase::Drawn);
    assert!(w.guest_books(spare, 70).await.is_ok());
    assert_eq!(w.guest_books(a, 71).await, Err(BookingError::SlotFull));
}

/// Two servers (two connection pools on one database) start the draw at
/// the same moment, several times over: it runs once — one record, each
/// place given once, each email once.
async fn two_servers_starting_the_draw_at_once_draw_once(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    let a = w.slot(service, day(20), 9, 3).await;
    let b = w.slot(service, day(21), 9, 3).await;
    make_lottery(&w, service, 2).await;
    for n in 0..20 {
        let choices = if n % 2 == 0 { [a, b] } else { [b, a] };
        apply(&w, service, &choices, n).await.unwrap();
    }
    w.clock.set(w.clock.now() + Duration::days(8));
    let config = common::test_config(&w._fresh.url, w._fresh.dir.path());
    let other = server::database::connect(&config).await.unwrap();
    let mut runs = Vec::new();
    for n in 0..6u8 {
        let db = if n % 2 == 0 { w.db.clone() } else { other.clone() };
        let (site, clock) = (w.site.clone(), w.clock.clone());
        runs.push(tokio::spawn(async move {
            let txn = begin_write(&db).await.unwrap();
            let result = lottery::draw(&txn, &site, &clock, service, &DrawnBy::Clock, seed(n)).await;
            if result.is_ok() {
                txn.commit().await.unwrap();
            }
            result
        }));
    }
    let runs = futures::future::join_all(runs).await;
    let results: Vec<_> = runs.into_iter().map(|r| r.unwrap()).collect();
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert!(results.iter().all(|r| r.is_ok() || *r == Err(BookingError::AlreadyDrawn)), "{results:?}");
    // And the clock's job on both servers, after: nothing more.
    assert_eq!(lottery::draw_due(&w.db, &w.site, &w.clock).await.unwrap(), 0);
    assert_eq!(lottery::draw_due(&other, &w.site, &w.clock).await.unwrap(), 0);
    assert_eq!(lottery_draws::Entity::find().count(&w.db).await.unwrap(), 1);
    assert_eq!(reservations::Entity::find().count(&w.db).await.unwrap(), 6);
    assert_eq!((mails(&w, "lottery_won").await, mails(&w, "lottery_lost").await), (6, 14));
    for slot in [a, b] {
        assert_eq!(w.taken(slot).await, 3);
    }
}

/// Nobody starts it: the clock's job draws at the set time, once, and not
/// before; an unpublished service is left alone.
async fn the_draw_runs_by_itself_at_its_time(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    let a = w.slot(service, day(20), 9, 1).await;
    make_lottery(&w, service, 1).await;
    apply(&w, service, &[a], 1).await.unwrap();
    apply(&w, service, &[a], 2).await.unwrap();
    // Another, unpublished by staff meanwhile: left for staff to decide.
    let hidden = w.service(0).await;
    w.slot(hidden, day(20), 9, 1).await;
    make_lottery(&w, hidden, 1).await;
    services::Entity::update_many()
        .col_expr(services::Column::Published, Expr::value(false))
        .filter(services::Column::Id.eq(hidden))
        .exec(&w.db)
        .await
        .unwrap();
    // The period is over, the draw's time not yet come.
    w.clock.set(w.clock.now() + Duration::days(8) - Duration::minutes(1));
    assert_eq!(Phase::of(&service_row(&w, service).await, w.clock.now()), Phase::AwaitingDraw);
    assert_eq!(lottery::draw_due(&w.db, &w.site, &w.clock).await.unwrap(), 0);
    w.clock.set(w.clock.now() + Duration::minutes(1));
    assert_eq!(lottery::draw_due(&w.db, &w.site, &w.clock).await.unwrap(), 1);
    assert_eq!(lottery::draw_due(&w.db, &w.site, &w.clock).await.unwrap(), 0);
    let record = lottery_draws::Entity::find().one(&w.db).await.unwrap().unwrap();
    assert_eq!((record.drawn_by.as_str(), record.applicants, record.winners), (lottery::AUTOMATIC, 2, 1));
    assert_eq!(record.seed.len(), 64);
    assert!(service_row(&w, service).await.lottery_drawn_at.is_some());
    assert!(service_row(&w, hidden).await.lottery_drawn_at.is_none());
    // A draw that failed and runs again uses the seed kept for it.
    assert_eq!(service_row(&w, service).await.lottery_seed.as_deref(), Some(record.seed.as_str()));
    let kept = lottery::seed_for(&w.db, hidden, w.clock.now()).await.unwrap();
    assert_eq!(lottery::seed_for(&w.db, hidden, w.clock.now()).await.unwrap(), kept);
}

/// 対象者条件 are checked when applying, for every slot named, and again
/// at the draw: someone who no longer meets them is 対象外 — not drawn,
/// told so — and takes no place from anyone.
async fn conditions_are_checked_again_at_the_draw(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(0).await;
    let a = w.slot(service, day(20), 9, 2).await;
    w.checkup_conditions(service, AgeAt::FiscalYearEnd).await;
    make_lottery(&w, service, 1).await;
    let insured = Said { sex: None, answers: vec![Some(true)] };
    // 30 at the fiscal year's end: refused before applying.
    let young = apply_saying(&w, service, &[a], ForWhom::New(born(1, 1997, 1, 1)), insured.clone()).await;
    assert!(matches!(young, Err(BookingError::NotEligible { .. })), "{young:?}");
    // 66 and 71: both in.
    apply_saying(&w, service, &[a], ForWhom::New(born(2, 1960, 4, 1)), insured.clone()).await.unwrap();
    apply_saying(&w, service, &[a], ForWhom::New(born(3, 1955, 4, 1)), insured.clone()).await.unwrap();
    // Before the draw the city narrows the ages to 70–74.
    let rule = Eligibility { min_age: Some(70), ..service_row(&w, service).await.eligibility() };
    services::Entity::update_many()
        .col_expr(services::Column::Eligibility, Expr::value(rule.to_stored()))
        .filter(services::Column::Id.eq(service))
        .exec(&w.db)
        .await
        .unwrap();
    w.clock.set(w.clock.now() + Duration::days(8));
    let drawn = draw(&w, service, seed(3)).await.unwrap();
    assert_eq!((drawn.applicants, drawn.winners, drawn.excluded), (1, 1, 1));
    let statuses: Vec<_> = all_applications(&w, service).await.into_iter().map(|x| (x.status, x.note.is_empty())).collect();
    assert_eq!(statuses, [(applications::Status::Excluded, false), (applications::Status::Won, true)]);
    assert_eq!(w.taken(a).await, 1, "the place of the one left out is still free");
    let told = mail_body_to(&w, "lottery_lost", "born2@example.jp").await.unwrap();
    assert!(told.contains("抽選の対象になりませんでした"), "{told}");
}

on_both!(
    a_draw_gives_every_place_once_in_preference_order,
    two_servers_starting_the_draw_at_once_draw_once,
    the_draw_runs_by_itself_at_its_time,
    conditions_are_checked_again_at_the_draw,
);
