//! The service's deadlines and what they mean for a slot and a
//! reservation at a given time (Japan time).
use super::{BookingError, Standing};
use crate::actor::Actor;
use crate::db::{reservations, services, slots};
use crate::domain::{Availability, BookingRule, availability};
use crate::texts::Text;
use crate::time::time_short;
use chrono::{NaiveDateTime, NaiveTime};

pub fn rule(service: &services::Model) -> BookingRule {
    BookingRule {
        opens_days: service.booking_opens_days,
        deadline_days_before: service.deadline_days_before,
        deadline_time: service.deadline_time,
        change_days_before: service.change_deadline_days_before,
        change_time: service.change_deadline_time,
    }
}

/// `前日の17:00` for 1 day before at 17:00 (in the language of the request
/// being served, as every function here that makes words).
pub fn days_before_text(days: i32, time: NaiveTime) -> String {
    let time = time_short(time);
    match days {
        0 => Text::CatalogueDaysBefore0.said_with(&[("time", &time)]),
        1 => Text::CatalogueDaysBefore1.said_with(&[("time", &time)]),
        n => Text::CatalogueDaysBeforeN.said_with(&[("days", &n.to_string()), ("time", &time)]),
    }
}

/// 「予約は前日の17:00まで、変更・キャンセルは2日前の12:00まで」
pub fn deadline_note(service: &services::Model) -> String {
    let reserve = days_before_text(service.deadline_days_before, service.deadline_time);
    let change = days_before_text(service.change_deadline_days_before, service.change_deadline_time);
    if reserve == change {
        Text::CatalogueDeadlineSame.said_with(&[("reserve", &reserve)])
    } else {
        Text::CatalogueDeadlineSplit.said_with(&[("reserve", &reserve), ("change", &change)])
    }
}

/// Whether the slot takes reservations now: published, open, inside the
/// booking window and before the deadline, and with room (a place held
/// for someone on the waiting list is not room).
pub fn slot_availability(service: &services::Model, slot: &slots::Model, now: NaiveDateTime) -> Availability {
    // 抽選: nothing is booked first come until the draw has given the places.
    let accepting = service.published && slot.is_open && !service.awaits_draw() && rule(service).accepts(slot.date, now);
    availability(slot.capacity, slot.taken + slot.held, accepting)
}

/// Whether the draw of a 抽選 may give a place of this slot: open, and its
/// booking deadline not passed (the first-come window does not apply).
pub fn drawable(service: &services::Model, slot: &slots::Model, now: NaiveDateTime) -> bool {
    slot.is_open && now < rule(service).deadline(slot.date)
}

/// The last moment to change or cancel a reservation on this slot.
pub fn change_deadline(service: &services::Model, slot: &slots::Model) -> NaiveDateTime {
    rule(service).change_deadline(slot.date)
}

pub fn standing(
    reservation: &reservations::Model,
    service: &services::Model,
    slot: &slots::Model,
    now: NaiveDateTime,
) -> Standing {
    if reservation.status == reservations::Status::Cancelled {
        Standing::Cancelled
    } else if slot.date < now.date() {
        Standing::Past
    } else if now >= change_deadline(service, slot) {
        Standing::Locked
    } else {
        Standing::Active
    }
}

/// Whether `actor` may still change or cancel a reservation standing so.
/// Staff (at the counter, on the phone) are not held to the residents'
/// deadline, but nobody changes what is already over.
pub fn may_change(actor: &Actor, standing: Standing) -> Result<(), BookingError> {
    match standing {
        Standing::Active => Ok(()),
        Standing::Locked if actor.staff().is_some() => Ok(()),
        Standing::Cancelled => Err(BookingError::AlreadyCancelled),
        Standing::Locked | Standing::Past => Err(BookingError::DeadlinePassed),
    }
}
