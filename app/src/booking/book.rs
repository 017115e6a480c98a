//! 予約: taking a place for a resident.
use super::find::slot_with_service;
use super::limit::{self, Person};
use super::{BookingError, address_limit, deadlines, facts, place};
use crate::actor::Actor;
use crate::clock::Clock;
use crate::db::audit_log::Action;
use crate::db::{reservations, residents};
use crate::domain::{Availability, PhoneNumber, ReservationNumber, Said, UserKey, ValidDetails};
use crate::language::Language;
use crate::mail;
use crate::site::SiteSettings;
use crate::time::to_jst;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IdenStatic, QueryFilter, Set};

/// For whom the place is taken.
#[derive(Clone, Debug)]
pub enum ForWhom {
    /// A resident on record: the one logged in, or one staff chose. A phone
    /// number, when given, replaces the one on record.
    Known { resident_id: i32, phone: Option<PhoneNumber> },
    /// Someone new: a record and a 利用者キー are made from the details.
    New(ValidDetails),
}

/// What the service's 対象者条件 are checked against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Conditions {
    /// What the resident said on 対象者の確認 (their date of birth is in
    /// the details or on record). `Said::default()` for a service open to
    /// all.
    Said(Said),
    /// At the counter (staff only): ages are checked from the date of
    /// birth; the sex and the questions are the clerk's to ask. With
    /// `waived`, the reason for booking someone outside the rules, the
    /// place is taken anyway and the reason goes into the audit log.
    Counter { waived: Option<String> },
}

impl Conditions {
    /// Nothing said: enough for a service open to all.
    pub fn none() -> Conditions {
        Conditions::Said(Said::default())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Booked {
    pub reservation_id: i32,
    pub reservation_number: String,
    pub resident_id: i32,
    /// Whether a new record and key were made.
    pub new_resident: bool,
}

/// Takes a place in `slot_id` for `for_whom`, records the reservation (and
/// a new resident), and queues the confirmation email with the 利用者キー;
/// when staff act, writes the audit entry. Refuses a closed slot, a full
/// one (the conditional UPDATE), a person at the service's limit, and —
/// unless staff act — an email address at its daily share (公平な利用),
/// and someone outside the service's 対象者条件 (unless staff waive them,
/// with a reason).
pub async fn book(
    txn: &impl ConnectionTrait,
    site: &SiteSettings,
    actor: &Actor,
    clock: &Clock,
    slot_id: i32,
    for_whom: ForWhom,
    conditions: Conditions,
) -> Result<Booked, BookingError> {
    let now = clock.now();
    let now_jst = to_jst(now);
    authorize(txn, actor, &for_whom).await?;
    let (slot, service) = slot_with_service(txn, slot_id).await?.ok_or(BookingError::NotFound)?;
    let bookable = match actor {
        // The draw gives places before first-come booking opens.
        Actor::Draw => deadlines::drawable(&service, &slot, now_jst),
        _ => deadlines::slot_availability(&service, &slot, now_jst) != Availability::Closed,
    };
    if !bookable {
        return Err(BookingError::SlotClosed);
    }
    let (known, person) = person_of(txn, &for_whom).await?;
    let waiver = check_conditions(&service, &slot, &person, actor, &conditions, site)?;
    if actor.held_to_fair_use() {
        address_limit::check(txn, &person.email, site.fair_use.reservations_per_address_per_day, now).await?;
    }
    limit::check(txn, &service, &person, now_jst.date()).await?;
    if !place::take(txn, slot.id).await? {
        return Err(BookingError::SlotFull);
    }
    let (resident, new_resident) = record_for(txn, actor, known, for_whom, now).await?;

    let number = unused_number::<reservations::Entity>(txn, reservations::Column::ReservationNumber).await?;
    let reservation = reservations::ActiveModel {
        reservation_number: Set(number.as_str().to_string()),
        resident_id: Set(resident.id),
        slot_id: Set(slot.id),
        status: Set(reservations::Status::Active),
        created_at: Set(now),
        cancelled_at: Set(None),
        attendance: Set(None),
        ticket_token: Set(crate::drafts::new_id()),
        reminder_done_at: Set(crate::reminders::done_at_booking(&service, &slot, now)),
        ..Default::default()
    }
    .insert(txn)
    .await?;

    let facts = facts::quote(&resident, &reservation, &service, &slot, true);
    let mail = match actor {
        Actor::Draw => mail::texts::lottery_won(site, &facts),
        _ => mail::texts::reservation_confirmation(site, &facts),
    };
    mail::to_resident(txn, &resident, mail, now).await?;
    if let Some(staff) = actor.staff() {
        let detail = if new_resident { "新規の利用者（利用者キー発行）" } else { "登録済みの利用者" };
        crate::audit::record(txn, staff, Action::ReserveForResident, &format!("reservation:{}", number.as_str()), detail, now)
            .await?;
        if let Some(waiver) = &waiver {
            crate::audit::record(txn, staff, Action::WaiveEligibility, &format!("reservation:{}", number.as_str()), waiver, now)
                .await?;
        }
    }
    tracing::info!(reservation = reservation.id, slot = slot.id, "reservation made");
    Ok(Booked {
        reservation_id: reservation.id,
        reservation_number: reservation.reservation_number,
        resident_id: resident.id,
        new_resident,
    })
}

/// Who may act for whom: a guest for someone new, a resident for anyone
/// of their household (`crate::household`) and for a new member at their
/// own address, staff for anyone.
pub(super) async fn authorize(txn: &impl ConnectionTrait, actor: &Actor, for_whom: &ForWhom) -> Result<(), BookingError> {
    let allowed = match (actor, for_whom) {
        (Actor::Guest, ForWhom::New(_)) | (Actor::Staff(_), _) | (Actor::Draw, ForWhom::Known { .. }) => true,
        (Actor::Resident(me), ForWhom::Known { resident_id, .. }) => crate::household::includes(txn, *me, *resident_id).await?,
        (Actor::Resident(me), ForWhom::New(details)) => {
            let theirs = details.email.as_ref().map(|e| e.to_string());
            theirs.is_some() && crate::household::address_of(txn, *me).await? == theirs
        }
        _ => false,
    };
    if allowed { Ok(()) } else { Err(BookingError::NotYours) }
}

/// The record (when there is one) and the person the rules are counted for.
pub(super) async fn person_of(
    txn: &impl ConnectionTrait,
    for_whom: &ForWhom,
) -> Result<(Option<residents::Model>, Person), BookingError> {
    Ok(match for_whom {
        ForWhom::Known { resident_id, .. } => {
            let resident = residents::Entity::find_by_id(*resident_id).one(txn).await?.ok_or(BookingError::NotFound)?;
            let person = Person::of(&resident);
            (Some(resident), person)
        }
        ForWhom::New(details) => (
            None,
            Person {
                resident_id: None,
                email: details.email.as_ref().map(|e| e.to_string()).unwrap_or_default(),
                kana: details.kana.to_string(),
                birth_date: details.birth_date.date(),
            },
        ),
    })
}

/// The resident's record: the known one (its phone number replaced when a
/// new one was given, its language the one they use now), or a new one
/// with a new 利用者キー. Whether it is new.
pub(super) async fn record_for(
    txn: &impl ConnectionTrait,
    actor: &Actor,
    known: Option<residents::Model>,
    for_whom: ForWhom,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(residents::Model, bool), BookingError> {
    // The language the resident is using as they book: their emails are in
    // it from now on. Not when staff book for them at the counter or on the
    // phone (the console is Japanese whatever the resident reads).
    let speaking = match actor {
        Actor::Guest | Actor::Resident(_) => Some(crate::language::current()),
        Actor::Staff(_) | Actor::Draw => None,
    };
    Ok(match (known, for_whom) {
        (Some(known), for_whom) => {
            let phone = match for_whom {
                ForWhom::Known { phone: Some(phone), .. } if known.phone != phone.as_str() => Some(phone),
                _ => None,
            };
            let language = speaking.filter(|language| known.language != language.code());
            if phone.is_none() && language.is_none() {
                (known, false)
            } else {
                let mut changed: residents::ActiveModel = known.into();
                if let Some(phone) = phone {
                    changed.phone = Set(phone.to_string());
                    changed.updated_at = Set(now);
                }
                if let Some(language) = language {
                    changed.language = Set(language.code().to_string());
                }
                (changed.update(txn).await?, false)
            }
        }
        (None, ForWhom::New(details)) => {
            let user_key = unused_user_key(txn).await?;
            // お知らせメール: as this person set it on their other records.
            let same_person = Person {
                resident_id: None,
                email: details.email.as_ref().map(|e| e.to_string()).unwrap_or_default(),
                kana: details.kana.to_string(),
                birth_date: details.birth_date.date(),
            };
            let reminders = crate::reminders::wanted_by(txn, same_person.records()).await?;
            let resident = residents::ActiveModel {
                user_key: Set(user_key.as_str().to_string()),
                name: Set(details.name.to_string()),
                name_kana: Set(details.kana.to_string()),
                birth_date: Set(details.birth_date.date()),
                phone: Set(details.phone.to_string()),
                email: Set(details.email.as_ref().map(|e| e.to_string()).unwrap_or_default()),
                language: Set(speaking.unwrap_or_default().code().to_string()),
                reminders: Set(reminders),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            (resident, true)
        }
        (None, ForWhom::Known { .. }) => return Err(BookingError::NotFound),
    })
}

/// 対象者条件: refuses someone who does not meet them; at the counter,
/// with a reason, lets them through and returns what the audit log keeps
/// (which conditions, and why).
pub(super) fn check_conditions(
    service: &crate::db::services::Model,
    slot: &crate::db::slots::Model,
    person: &Person,
    actor: &Actor,
    conditions: &Conditions,
    site: &SiteSettings,
) -> Result<Option<String>, BookingError> {
    let rule = service.eligibility();
    if rule.is_open_to_all() {
        return Ok(None);
    }
    let unmet = match (conditions, actor) {
        (Conditions::Said(said), _) => rule.unmet_said(person.birth_date, said, slot.date),
        (Conditions::Counter { .. }, Actor::Staff(_)) => rule.unmet_age(person.birth_date, slot.date),
        (Conditions::Counter { .. }, _) => return Err(BookingError::NotYours),
    };
    if unmet.is_empty() {
        return Ok(None);
    }
    match conditions {
        Conditions::Counter { waived: Some(reason) } if !reason.trim().is_empty() => {
            let which = crate::conditions::unmet_in(&rule, &unmet, Language::Ja).join("、");
            Ok(Some(format!("対象外の条件: {which}／理由: {}", reason.trim())))
        }
        _ => Err(crate::conditions::refusal(&rule, &unmet, site, crate::language::current())),
    }
}

/// Keys are random over 59 bits, so a collision is all but impossible;
/// still, the unique index would turn one into a failed booking, so check.
pub async fn unused_user_key(db: &impl ConnectionTrait) -> Result<UserKey, DbErr> {
    for _ in 0..8 {
        let key = UserKey::generate();
        let taken = residents::Entity::find().filter(residents::Column::UserKey.eq(key.as_str())).one(db).await?.is_some();
        if !taken {
            return Ok(key);
        }
    }
    Err(DbErr::Custom("no unused user key after 8 tries".into()))
}

/// An 8-digit number not yet in `column` of `E` (予約番号, 申込番号):
/// collisions are rare but the unique index would turn one into a
/// failure, so check, a few times.
pub(super) async fn unused_number<E: EntityTrait>(db: &impl ConnectionTrait, column: E::Column) -> Result<ReservationNumber, DbErr> {
    for _ in 0..16 {
        let number = ReservationNumber::generate();
        let taken = E::find().filter(column.eq(number.as_str())).one(db).await?.is_some();
        if !taken {
            return Ok(number);
        }
    }
    Err(DbErr::Custom(format!("no unused number in {} after 16 tries", column.as_str())))
}
