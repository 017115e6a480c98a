//! 抽選: applications in the application period, withdrawing one, and the
//! draw that gives the places (docs/LOTTERY.md says it for the city's
//! staff).
//!
//! - **Apply** (`apply`): during the period, one application per person
//!   and service (the same person as for the per-person limit), naming up
//!   to the service's number of slots, most wanted first, after the same
//!   checks as a booking (対象者条件 for every slot named, 公平な利用).
//! - **Withdraw** (`withdraw`): the resident's own, until the draw.
//! - **Draw** (`draw`): once the period is over — started by staff, or by
//!   the clock at the set time (`draw_due`) — exactly once: a conditional
//!   UPDATE of `services.lottery_drawn_at` decides which attempt runs,
//!   across servers. In one transaction it checks every application again
//!   (対象者条件, the per-person limit; one that fails is 対象外, not
//!   drawn), puts the rest in the random order of a fresh seed
//!   (`crate::lottery::draw`), gives each the first of its slots with a
//!   place left — an ordinary reservation made through `book`, with its
//!   当選 email — emails the others 落選 with what is still open, and
//!   records the seed, the applications and the places so anyone can
//!   replay it (`replay`). Anything failing rolls all of it back; run
//!   again, it uses the same seed (`seed_for`), so the same result.
//!
//! Applying, withdrawing and drawing a service are serialised by one
//! advisory lock (PostgreSQL; SQLite has one writer anyway), so an
//! application cannot slip in, or out, while the draw runs.
use super::book::{Conditions, ForWhom, authorize, check_conditions, person_of, record_for, unused_number};
use super::limit::{self, Person};
use super::{BookingError, address_limit, advisory, deadlines};
use crate::actor::{Actor, StaffActor};
use crate::clock::Clock;
use crate::db::audit_log::Action;
use crate::db::{lottery_applications as applications, lottery_draws as draws, residents, services, slots};
use crate::domain::{EmailAddress, Said};
use crate::lottery::draw::{self as method, Entry, Outcome, Seed};
pub use crate::lottery::Phase;
use crate::mail;
use crate::site::SiteSettings;
use crate::time::{date_time_long_in, slot_when_in, to_jst};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};
use std::collections::BTreeMap;


fn lottery_lock(service_id: i32) -> String {
    format!("lottery\n{service_id}")
}

/// Serialises a change of the service's settings with its applications
/// and its draw (the staff form takes it before reading the service).
pub async fn lock(db: &impl ConnectionTrait, service_id: i32) -> Result<(), DbErr> {
    advisory::lock(db, &lottery_lock(service_id)).await
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    pub application_id: i32,
    pub application_number: String,
    pub resident_id: i32,
    /// Whether a new record and key were made.
    pub new_resident: bool,
}

/// 抽選に申し込む: an application by `for_whom` to a 抽選 service in its
/// period, naming `preferences` (slot ids of the service, most wanted
/// first, no more than the service allows), after the checks a booking
/// makes; queues the email that says so (with the 利用者キー when a record
/// was made).
#[allow(clippy::too_many_arguments)]
pub async fn apply(
    txn: &impl ConnectionTrait,
    site: &SiteSettings,
    actor: &Actor,
    clock: &Clock,
    service_id: i32,
    preferences: &[i32],
    for_whom: ForWhom,
    conditions: Conditions,
) -> Result<Applied, BookingError> {
    let now = clock.now();
    authorize(txn, actor, &for_whom).await?;
    if matches!(actor, Actor::Draw) {
        return Err(BookingError::NotYours);
    }
    advisory::lock(txn, &lottery_lock(service_id)).await?;
    let service = services::Entity::find_by_id(service_id).one(txn).await?.ok_or(BookingError::NotFound)?;
    if !service.published && actor.staff().is_none() {
        return Err(BookingError::NotFound);
    }
    match Phase::of(&service, now) {
        Phase::Applying => {}
        Phase::Drawn => return Err(BookingError::AlreadyDrawn),
        Phase::NotLottery => return Err(BookingError::NotFound),
        Phase::Before | Phase::AwaitingDraw => return Err(BookingError::NotApplying),
    }
    let wanted = chosen_slots(txn, &service, preferences, now).await?;
    let (known, person) = person_of(txn, &for_whom).await?;
    // The offer (the result) goes by email: someone without one could
    // never hear of it.
    if person.email.is_empty() {
        return Err(BookingError::NeedsEmail);
    }
    for slot in &wanted {
        check_conditions(&service, slot, &person, actor, &conditions, site)?;
    }
    if actor.held_to_fair_use() {
        address_limit::check(txn, &person.email, site.fair_use.reservations_per_address_per_day, now).await?;
    }
    // Someone at the service's limit could not be given a place anyway.
    limit::check(txn, &service, &person, to_jst(now).date()).await?;
    if has_applied(txn, service.id, &person).await? {
        return Err(BookingError::AlreadyApplied);
    }
    let (resident, new_resident) = record_for(txn, actor, known, for_whom, now).await?;
    let said = match &conditions {
        Conditions::Said(said) => said.clone(),
        // The answers are kept and checked again at the draw; a counter
        // waiver would have nothing to be checked against (no door
        // offers it).
        Conditions::Counter { .. } => return Err(BookingError::NotYours),
    };
    let number = unused_number::<applications::Entity>(txn, applications::Column::ApplicationNumber).await?;
    let ids: Vec<i32> = wanted.iter().map(|s| s.id).collect();
    let application = applications::ActiveModel {
        application_number: Set(number.as_str().to_string()),
        service_id: Set(service.id),
        resident_id: Set(resident.id),
        preferences: Set(serde_json::to_string(&ids).unwrap_or_default()),
        said: Set(serde_json::to_string(&said).unwrap_or_default()),
        status: Set(applications::Status::Applied),
        draw_rank: Set(None),
        drawn_slot_id: Set(None),
        reservation_id: Set(None),
        note: Set(String::new()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let language = resident.language();
    let key = if new_resident { crate::domain::UserKey::parse(&resident.user_key).map(|k| k.to_string()).unwrap_or_default() } else { String::new() };
    let words = mail::texts::LotteryFacts {
        language,
        name: resident.name.clone(),
        service: service.name.clone(),
        number: application.application_number.clone(),
        choices: crate::lottery::choice_lines(&wanted, language).join("\n"),
        draw_at: service.lottery_draw_at.map(|t| date_time_long_in(to_jst(t), language)).unwrap_or_default(),
        user_key: key,
    };
    mail::to_resident(txn, &resident, mail::texts::lottery_applied(site, &words), now).await?;
    if let Some(staff) = actor.staff() {
        crate::audit::record(txn, staff, Action::ApplyLotteryForResident, &format!("lottery:{}", application.application_number), &service.name, now)
            .await?;
    }
    tracing::info!(application = application.id, service = service.id, "lottery application made");
    Ok(Applied {
        application_id: application.id,
        application_number: application.application_number,
        resident_id: resident.id,
        new_resident,
    })
}

/// The slots named, checked: at least one, no more than the service
/// allows, none twice, each a slot of this service that the draw will be
/// able to give (`choosable`).
async fn chosen_slots(
    db: &impl ConnectionTrait,
    service: &services::Model,
    preferences: &[i32],
    now: DateTime<Utc>,
) -> Result<Vec<slots::Model>, BookingError> {
    // More than the service allows (lowered by staff since the choices
    // were made): the most wanted are kept.
    let most = usize::try_from(service.lottery_preferences.max(1)).unwrap_or(1);
    let preferences = &preferences[..preferences.len().min(most)];
    let mut seen = std::collections::BTreeSet::new();
    if preferences.is_empty() || !preferences.iter().all(|id| seen.insert(*id)) {
        return Err(BookingError::NotFound);
    }
    let mut wanted = Vec::with_capacity(preferences.len());
    for id in preferences {
        let slot = slots::Entity::find_by_id(*id)
            .filter(slots::Column::ServiceId.eq(service.id))
            .one(db)
            .await?
            .ok_or(BookingError::NotFound)?;
        if !choosable(service, &slot, now) {
            return Err(BookingError::SlotClosed);
        }
        wanted.push(slot);
    }
    Ok(wanted)
}

/// Whether an application made at `now` may name `slot`: the draw (or
/// now, if later) will still be able to give it — open, its booking
/// deadline not passed by then.
pub fn choosable(service: &services::Model, slot: &slots::Model, now: DateTime<Utc>) -> bool {
    let at = service.lottery_draw_at.map_or(now, |draw| draw.max(now));
    deadlines::drawable(service, slot, to_jst(at))
}

/// Whether this person (any of their records) has an application to the
/// service that still stands (or was drawn).
async fn has_applied(db: &impl ConnectionTrait, service_id: i32, person: &Person) -> Result<bool, DbErr> {
    use sea_orm::PaginatorTrait;
    use sea_orm::sea_query::Query;
    let records = Query::select().column(residents::Column::Id).from(residents::Entity).cond_where(person.records()).to_owned();
    Ok(applications::Entity::find()
        .filter(applications::Column::ServiceId.eq(service_id))
        .filter(applications::Column::Status.ne(applications::Status::Withdrawn))
        .filter(applications::Column::ResidentId.in_subquery(records))
        .count(db)
        .await?
        > 0)
}

/// Applications to the service waiting for its draw.
pub async fn applications_waiting(db: &impl ConnectionTrait, service_id: i32) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    applications::Entity::find()
        .filter(applications::Column::ServiceId.eq(service_id))
        .filter(applications::Column::Status.eq(applications::Status::Applied))
        .count(db)
        .await
}


/// 申し込みを取り下げる: an application of the resident's household, before the draw.
/// Someone else's is `NotFound`; withdrawing twice is a no-op.
pub async fn withdraw(txn: &impl ConnectionTrait, clock: &Clock, resident_id: i32, application_id: i32) -> Result<(), BookingError> {
    let now = clock.now();
    let application = applications::Entity::find_by_id(application_id)
        .filter(applications::Column::ResidentId.in_subquery(crate::household::ids(resident_id)))
        .one(txn)
        .await?
        .ok_or(BookingError::NotFound)?;
    advisory::lock(txn, &lottery_lock(application.service_id)).await?;
    let service = services::Entity::find_by_id(application.service_id).one(txn).await?.ok_or(BookingError::NotFound)?;
    if service.lottery_drawn_at.is_some() {
        return Err(BookingError::AlreadyDrawn);
    }
    applications::Entity::update_many()
        .col_expr(applications::Column::Status, Expr::value(applications::Status::Withdrawn))
        .col_expr(applications::Column::UpdatedAt, Expr::value(now))
        .filter(applications::Column::Id.eq(application.id))
        .filter(applications::Column::Status.eq(applications::Status::Applied))
        .exec(txn)
        .await?;
    Ok(())
}

/// Who ran a draw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DrawnBy {
    Staff(StaffActor),
    /// The clock, at the service's draw time (`draw_due`).
    Clock,
}

impl DrawnBy {
    /// As the draw's record keeps it.
    fn label(&self) -> String {
        match self {
            DrawnBy::Staff(staff) => staff.login_id.clone(),
            DrawnBy::Clock => AUTOMATIC.to_string(),
        }
    }
}

/// `drawn_by` of a draw run by the clock.
pub const AUTOMATIC: &str = "自動";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drawn {
    pub draw_id: i32,
    /// Applications in the draw (対象外 ones not counted).
    pub applicants: usize,
    pub winners: usize,
    pub excluded: usize,
}

/// 抽選を行う: the one draw of a 抽選 service whose application period is
/// over, from `seed` (fresh random bytes; a test gives its own). Refused
/// as `AlreadyDrawn` when it has run (here or on another server),
/// `DrawTooEarly` during the period.
pub async fn draw(
    txn: &impl ConnectionTrait,
    site: &SiteSettings,
    clock: &Clock,
    service_id: i32,
    by: &DrawnBy,
    seed: Seed,
) -> Result<Drawn, BookingError> {
    let now = clock.now();
    let now_jst = to_jst(now);
    advisory::lock(txn, &lottery_lock(service_id)).await?;
    let service = services::Entity::find_by_id(service_id).one(txn).await?.ok_or(BookingError::NotFound)?;
    match Phase::of(&service, now) {
        Phase::AwaitingDraw => {}
        Phase::Drawn => return Err(BookingError::AlreadyDrawn),
        Phase::NotLottery => return Err(BookingError::NotFound),
        Phase::Before | Phase::Applying => return Err(BookingError::DrawTooEarly),
    }
    // Exactly once: of all the attempts, the one whose UPDATE finds the
    // draw not yet run goes on; the others stop here.
    let claimed = services::Entity::update_many()
        .col_expr(services::Column::LotteryDrawnAt, Expr::value(now))
        .filter(services::Column::Id.eq(service.id))
        .filter(services::Column::LotteryDrawnAt.is_null())
        .exec(txn)
        .await?
        .rows_affected;
    if claimed != 1 {
        return Err(BookingError::AlreadyDrawn);
    }
    let standing = applications::Entity::find()
        .filter(applications::Column::ServiceId.eq(service.id))
        .filter(applications::Column::Status.eq(applications::Status::Applied))
        .order_by_asc(applications::Column::Id)
        .all(txn)
        .await?;
    let service_slots: BTreeMap<i32, slots::Model> = slots::Entity::find()
        .filter(slots::Column::ServiceId.eq(service.id))
        .all(txn)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let places: BTreeMap<i32, u32> = service_slots
        .values()
        .filter(|s| deadlines::drawable(&service, s, now_jst))
        .filter_map(|s| u32::try_from(s.capacity - s.taken - s.held).ok().filter(|n| *n > 0).map(|n| (s.id, n)))
        .collect();

    // Checked again: who still qualifies, and for which of their slots.
    let mut entries = Vec::new();
    let mut drawn_apps = BTreeMap::new();
    let mut excluded = Vec::new();
    for application in standing {
        let Some(resident) = residents::Entity::find_by_id(application.resident_id).one(txn).await? else {
            excluded.push((application, None, "利用者の記録がありません".to_string()));
            continue;
        };
        let person = Person::of(&resident);
        let said: Said = serde_json::from_str(&application.said).unwrap_or_default();
        let conditions = Conditions::Said(said);
        let mut reasons = Vec::new();
        let mut preferences = Vec::new();
        for slot_id in application.preferred_slots() {
            let Some(slot) = service_slots.get(&slot_id) else { continue };
            match check_conditions(&service, slot, &person, &Actor::Draw, &conditions, site) {
                Ok(_) => preferences.push(slot_id),
                Err(BookingError::NotEligible { reasons: why, .. }) => reasons.push(why),
                Err(other) => return Err(other),
            }
        }
        if preferences.is_empty() && !reasons.is_empty() {
            excluded.push((application, Some(resident), format!("対象者条件にあてはまりません（{}）", reasons.join("、"))));
            continue;
        }
        // The per-person limit, counted without a lock per person (the
        // lottery's lock already keeps this service's bookings out, and a
        // lock for each of thousands of applicants would exhaust
        // PostgreSQL's lock table).
        let most = service.max_active_per_resident;
        if most > 0 && limit::upcoming(txn, service.id, &person, now_jst.date()).await? >= most as u64 {
            excluded.push((application, Some(resident), format!("お一人{most}件までの予約がすでにあります")));
            continue;
        }
        entries.push(Entry { number: application.application_number.clone(), preferences });
        drawn_apps.insert(application.application_number.clone(), (application, resident));
    }

    let outcomes = method::draw(&seed, &entries, &places);
    let mut winners = 0;
    let mut lost = Vec::new();
    for Outcome { number, rank, slot } in &outcomes {
        let Some((application, resident)) = drawn_apps.remove(number) else { continue };
        let rank = i32::try_from(*rank).unwrap_or(i32::MAX);
        match slot {
            Some(slot_id) => {
                let said: Said = serde_json::from_str(&application.said).unwrap_or_default();
                // Any refusal here is a bug or a change made meanwhile: the
                // whole draw is rolled back, to be run again.
                let booked = super::book(
                    txn,
                    site,
                    &Actor::Draw,
                    clock,
                    *slot_id,
                    ForWhom::Known { resident_id: resident.id, phone: None },
                    Conditions::Said(said),
                )
                .await?;
                set_outcome(txn, application.id, applications::Status::Won, Some(rank), Some((*slot_id, booked.reservation_id)), "", now).await?;
                winners += 1;
            }
            None => {
                set_outcome(txn, application.id, applications::Status::Lost, Some(rank), None, "", now).await?;
                lost.push((resident, None));
            }
        }
    }
    let excluded_count = excluded.len();
    for (application, resident, note) in excluded {
        set_outcome(txn, application.id, applications::Status::Excluded, None, None, &note, now).await?;
        if let Some(resident) = resident {
            lost.push((resident, Some(note)));
        }
    }
    // 落選 (and 対象外): told what is still open, after the winners' places.
    for (resident, note) in lost {
        tell_not_drawn(txn, site, &service, &resident, note.as_deref(), now).await?;
    }

    let record = draws::ActiveModel {
        service_id: Set(service.id),
        seed: Set(method::seed_to_hex(&seed)),
        entries: Set(serde_json::to_string(&entries).unwrap_or_default()),
        places: Set(serde_json::to_string(&places).unwrap_or_default()),
        applicants: Set(i32::try_from(entries.len()).unwrap_or(i32::MAX)),
        winners: Set(winners),
        drawn_by: Set(by.label()),
        drawn_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    if let DrawnBy::Staff(staff) = by {
        let detail = format!("{}：申込{}件、当選{}件、対象外{}件", service.name, entries.len(), winners, excluded_count);
        crate::audit::record(txn, staff, Action::DrawLottery, &format!("service:{}", service.id), &detail, now).await?;
    }
    tracing::info!(service = service.id, applicants = entries.len(), winners, excluded = excluded_count, by = %by.label(), "lottery drawn");
    Ok(Drawn {
        draw_id: record.id,
        applicants: entries.len(),
        winners: usize::try_from(winners).unwrap_or_default(),
        excluded: excluded_count,
    })
}

async fn set_outcome(
    db: &impl ConnectionTrait,
    application_id: i32,
    status: applications::Status,
    rank: Option<i32>,
    won: Option<(i32, i32)>,
    note: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    applications::Entity::update_many()
        .col_expr(applications::Column::Status, Expr::value(status))
        .col_expr(applications::Column::DrawRank, Expr::value(rank))
        .col_expr(applications::Column::DrawnSlotId, Expr::value(won.map(|(slot, _)| slot)))
        .col_expr(applications::Column::ReservationId, Expr::value(won.map(|(_, reservation)| reservation)))
        .col_expr(applications::Column::Note, Expr::value(note))
        .col_expr(applications::Column::UpdatedAt, Expr::value(now))
        .filter(applications::Column::Id.eq(application_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The 落選 email: sorry, and the slots that still have room (booked first
/// come from now on, each from its own booking window).
async fn tell_not_drawn(
    txn: &impl ConnectionTrait,
    site: &SiteSettings,
    service: &services::Model,
    resident: &residents::Model,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), BookingError> {
    let Ok(email) = EmailAddress::parse(&resident.email) else { return Ok(()) };
    let language = resident.language();
    let open: Vec<slots::Model> = slots::Entity::find()
        .filter(slots::Column::ServiceId.eq(service.id))
        .filter(slots::Column::IsOpen.eq(true))
        .order_by_asc(slots::Column::Date)
        .order_by_asc(slots::Column::StartTime)
        .all(txn)
        .await?
        .into_iter()
        .filter(|s| s.taken + s.held < s.capacity && deadlines::drawable(service, s, to_jst(now)))
        .collect();
    let words = mail::texts::LotteryResultFacts {
        language,
        name: resident.name.clone(),
        service: service.name.clone(),
        open: open
            .iter()
            .take(MAX_OPEN_LISTED)
            .map(|s| slot_when_in(s.date, s.start_time, s.end_time, language))
            .collect(),
        more: open.len().saturating_sub(MAX_OPEN_LISTED),
        url: format!("{}/reserve/services/{}", site.base_url, service.id),
        excluded: note.is_some(),
    };
    mail::enqueue(txn, &email, mail::texts::lottery_lost(site, &words), now).await?;
    Ok(())
}

/// Slots with room listed in a 落選 email; the rest are on the page linked.
const MAX_OPEN_LISTED: usize = 10;

/// The draws due at `now` (抽選 services, published, period over, draw
/// time reached, not drawn), each run in its own transaction with a fresh
/// seed. Every server runs this every minute: the conditional UPDATE in
/// `draw` lets one of them draw each service, once. Returns how many this
/// call drew.
pub async fn draw_due(db: &DatabaseConnection, site: &SiteSettings, clock: &Clock) -> Result<usize, DbErr> {
    let now = clock.now();
    let due = services::Entity::find()
        .filter(services::Column::BookingMode.eq(services::BookingMode::Lottery))
        .filter(services::Column::Published.eq(true))
        .filter(services::Column::LotteryDrawnAt.is_null())
        .filter(services::Column::LotteryDrawAt.lte(now))
        .all(db)
        .await?;
    let mut drawn = 0;
    for service in due {
        let seed = seed_for(db, service.id, now).await?;
        let txn = crate::db::begin_write(db).await?;
        match draw(&txn, site, clock, service.id, &DrawnBy::Clock, seed).await {
            Ok(_) => {
                txn.commit().await?;
                drawn += 1;
            }
            // Another server drew it, or its period is still open (a draw
            // time set before the period's end): nothing to do.
            Err(BookingError::AlreadyDrawn | BookingError::DrawTooEarly) => {}
            Err(other) => tracing::error!(service = service.id, error = %other, "the lottery could not be drawn; trying again in a minute"),
        }
    }
    Ok(drawn)
}

/// The seed of the service's draw: drawn fresh the first time it is asked
/// for (after the application period) and kept (`services.lottery_seed`),
/// so a draw that fails and is run again gives the same result — a retry
/// cannot be a second chance at the lot. Written in its own transaction,
/// before the draw's.
/// Before the period is over none is kept (the draw, asked for too early,
/// refuses anyway).
pub async fn seed_for(db: &DatabaseConnection, service_id: i32, now: DateTime<Utc>) -> Result<Seed, DbErr> {
    let txn = crate::db::begin_write(db).await?;
    services::Entity::update_many()
        .col_expr(services::Column::LotterySeed, Expr::value(method::seed_to_hex(&fresh_seed())))
        .filter(services::Column::Id.eq(service_id))
        .filter(services::Column::LotterySeed.is_null())
        .filter(services::Column::LotteryApplyUntil.lte(now))
        .exec(&txn)
        .await?;
    let kept = services::Entity::find_by_id(service_id).one(&txn).await?.and_then(|s| s.lottery_seed);
    txn.commit().await?;
    Ok(kept.as_deref().and_then(method::seed_from_hex).unwrap_or_else(fresh_seed))
}

/// 32 random bytes from a cryptographically secure generator seeded by
/// the operating system (`rand`'s thread generator).
pub fn fresh_seed() -> Seed {
    use rand::Rng;
    rand::rng().random()
}

/// The draw's outcomes computed again from its record: the same method,
/// the same seed, applications and places give the same order and the same
/// slots. `None` when the record cannot be read.
pub fn replay(record: &draws::Model) -> Option<Vec<Outcome>> {
    let seed = method::seed_from_hex(&record.seed)?;
    let entries: Vec<Entry> = serde_json::from_str(&record.entries).ok()?;
    let places: BTreeMap<i32, u32> = serde_json::from_str(&record.places).ok()?;
    Some(method::draw(&seed, &entries, &places))
}
