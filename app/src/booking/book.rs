//! 予約: taking a place for a resident.
use super::find::slot_with_service;
use super::limit::{self, Person};
use super::{BookingError, address_limit, deadlines, facts, place};
use crate::actor::Actor;
use crate::clock::Clock;
use crate::db::audit_log::Action;
use crate::db::{reservations, residents};
use crate::domain::{Availability, EmailAddress, PhoneNumber, ReservationNumber, UserKey, ValidDetails};
use crate::mail;
use crate::site::SiteSettings;
use crate::time::to_jst;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

/// For whom the place is taken.
#[derive(Clone, Debug)]
pub enum ForWhom {
    /// A resident on record: the one logged in, or one staff chose. A phone
    /// number, when given, replaces the one on record.
    Known { resident_id: i32, phone: Option<PhoneNumber> },
    /// Someone new: a record and a 利用者キー are made from the details.
    New(ValidDetails),
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
/// unless staff act — an email address at its daily share (公平な利用).
pub async fn book(
    txn: &impl ConnectionTrait,
    site: &SiteSettings,
    actor: &Actor,
    clock: &Clock,
    slot_id: i32,
    for_whom: ForWhom,
) -> Result<Booked, BookingError> {
    let now = clock.now();
    let now_jst = to_jst(now);
    // The language the resident is using as they book: their emails are in
    // it from now on. Not when staff book for them at the counter or on the
    // phone (the console is Japanese whatever the resident reads).
    let speaking = match actor {
        Actor::Guest | Actor::Resident(_) => Some(crate::language::current()),
        Actor::Staff(_) => None,
    };
    match (actor, &for_whom) {
        (Actor::Guest, ForWhom::New(_)) | (Actor::Staff(_), _) => {}
        (Actor::Resident(me), ForWhom::Known { resident_id, .. }) if me == resident_id => {}
        _ => return Err(BookingError::NotYours),
    }
    let (slot, service) = slot_with_service(txn, slot_id).await?.ok_or(BookingError::NotFound)?;
    if deadlines::slot_availability(&service, &slot, now_jst) == Availability::Closed {
        return Err(BookingError::SlotClosed);
    }
    let known = match &for_whom {
        ForWhom::Known { resident_id, .. } => {
            Some(residents::Entity::find_by_id(*resident_id).one(txn).await?.ok_or(BookingError::NotFound)?)
        }
        ForWhom::New(_) => None,
    };
    let person = match (&known, &for_whom) {
        (Some(resident), _) => Person::of(resident),
        (None, ForWhom::New(details)) => Person {
            resident_id: None,
            email: details.email.to_string(),
            kana: details.kana.to_string(),
            birth_date: details.birth_date.date(),
        },
        (None, ForWhom::Known { .. }) => return Err(BookingError::NotFound),
    };
    if actor.staff().is_none() {
        address_limit::check(txn, &person.email, site.fair_use.reservations_per_address_per_day, now).await?;
    }
    limit::check(txn, &service, &person, now_jst.date()).await?;
    if !place::take(txn, slot.id).await? {
        return Err(BookingError::SlotFull);
    }

    let (resident, new_resident) = match (known, for_whom) {
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
            let resident = residents::ActiveModel {
                user_key: Set(user_key.as_str().to_string()),
                name: Set(details.name.to_string()),
                name_kana: Set(details.kana.to_string()),
                birth_date: Set(details.birth_date.date()),
                phone: Set(details.phone.to_string()),
                email: Set(details.email.to_string()),
                language: Set(speaking.unwrap_or_default().code().to_string()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            (resident, true)
        }
        (None, ForWhom::Known { .. }) => return Err(BookingError::NotFound),
    };

    let number = unused_reservation_number(txn).await?;
    let reservation = reservations::ActiveModel {
        reservation_number: Set(number.as_str().to_string()),
        resident_id: Set(resident.id),
        slot_id: Set(slot.id),
        status: Set(reservations::Status::Active),
        created_at: Set(now),
        cancelled_at: Set(None),
        attendance: Set(None),
        ticket_token: Set(crate::drafts::new_id()),
        ..Default::default()
    }
    .insert(txn)
    .await?;

    let facts = facts::quote(&resident, &reservation, &service, &slot, true);
    let email = EmailAddress::parse(&resident.email).map_err(|e| DbErr::Custom(format!("stored address: {e}")))?;
    mail::enqueue(txn, &email, mail::texts::reservation_confirmation(site, &facts), now).await?;
    if let Some(staff) = actor.staff() {
        let detail = if new_resident { "新規の利用者（利用者キー発行）" } else { "登録済みの利用者" };
        crate::audit::record(txn, staff, Action::ReserveForResident, &format!("reservation:{}", number.as_str()), detail, now)
            .await?;
    }
    tracing::info!(reservation = reservation.id, slot = slot.id, "reservation made");
    Ok(Booked {
        reservation_id: reservation.id,
        reservation_number: reservation.reservation_number,
        resident_id: resident.id,
        new_resident,
    })
}

/// Keys are random over 59 bits, so a collision is all but impossible;
/// still, the unique index would turn one into a failed booking, so check.
async fn unused_user_key(db: &impl ConnectionTrait) -> Result<UserKey, DbErr> {
    for _ in 0..8 {
        let key = UserKey::generate();
        let taken = residents::Entity::find().filter(residents::Column::UserKey.eq(key.as_str())).one(db).await?.is_some();
        if !taken {
            return Ok(key);
        }
    }
    Err(DbErr::Custom("no unused user key after 8 tries".into()))
}

async fn unused_reservation_number(db: &impl ConnectionTrait) -> Result<ReservationNumber, DbErr> {
    for _ in 0..16 {
        let number = ReservationNumber::generate();
        let taken = reservations::Entity::find()
            .filter(reservations::Column::ReservationNumber.eq(number.as_str()))
            .one(db)
            .await?
            .is_some();
        if !taken {
            return Ok(number);
        }
    }
    Err(DbErr::Custom("no unused reservation number after 16 tries".into()))
}
