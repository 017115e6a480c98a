//! Reading what the core acts on: a slot with its service, a reservation
//! as the actor may see it.
use super::BookingError;
use crate::actor::Actor;
use crate::db::{reservations, residents, services, slots};
use crate::domain::ReservationNumber;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

pub async fn slot_with_service(
    db: &impl ConnectionTrait,
    slot_id: i32,
) -> Result<Option<(slots::Model, services::Model)>, DbErr> {
    let Some(slot) = slots::Entity::find_by_id(slot_id).one(db).await? else {
        return Ok(None);
    };
    let Some(service) = services::Entity::find_by_id(slot.service_id).one(db).await? else {
        return Ok(None);
    };
    Ok(Some((slot, service)))
}

/// A reservation with everything around it.
pub struct Found {
    pub reservation: reservations::Model,
    pub resident: residents::Model,
    pub slot: slots::Model,
    pub service: services::Model,
}

/// The reservation with this number as `actor` may see it: a resident only
/// their household's (`crate::household`; anyone else's looks exactly like
/// an unknown number), staff any, a guest none.
pub async fn reservation(
    db: &impl ConnectionTrait,
    actor: &Actor,
    number: &ReservationNumber,
) -> Result<Found, BookingError> {
    let mut query = reservations::Entity::find().filter(reservations::Column::ReservationNumber.eq(number.as_str()));
    match actor {
        Actor::Resident(me) => query = query.filter(reservations::Column::ResidentId.in_subquery(crate::household::ids(*me))),
        Actor::Staff(_) => {}
        Actor::Guest | Actor::Draw => return Err(BookingError::NotFound),
    }
    let reservation = query.one(db).await?.ok_or(BookingError::NotFound)?;
    let resident = residents::Entity::find_by_id(reservation.resident_id).one(db).await?.ok_or(BookingError::NotFound)?;
    let (slot, service) = slot_with_service(db, reservation.slot_id).await?.ok_or(BookingError::NotFound)?;
    Ok(Found { reservation, resident, slot, service })
}
