//! What an email says about a reservation, built in one place for every
//! email and every door.
use super::deadlines::change_deadline;
use crate::db::{reservations, residents, services, slots};
use crate::domain::UserKey;
use crate::mail::texts::ReservationFacts;
use crate::time::{date_time_long_in, slot_when_in};

/// The facts of `resident`'s `reservation` on `slot` (its slot may just
/// have changed: the caller gives the one to quote); the user key only where
/// the email is meant to carry it (the confirmation). In the resident's
/// language (the one they last used), as their email is.
pub fn quote(
    resident: &residents::Model,
    reservation: &reservations::Model,
    service: &services::Model,
    slot: &slots::Model,
    with_key: bool,
) -> ReservationFacts {
    let user_key = if with_key {
        UserKey::parse(&resident.user_key).map(|k| k.to_string()).unwrap_or_else(|_| resident.user_key.clone())
    } else {
        String::new()
    };
    let language = resident.language();
    ReservationFacts {
        language,
        resident_name: resident.name.clone(),
        reservation_number: reservation.reservation_number.clone(),
        user_key,
        service_name: service.name.clone(),
        when: slot_when_in(slot.date, slot.start_time, slot.end_time, language),
        venue: service.venue.clone(),
        deadline: date_time_long_in(change_deadline(service, slot), language),
        notes: service.notes.clone(),
        ticket_path: crate::ticket::path(&reservation.ticket_token),
    }
}
