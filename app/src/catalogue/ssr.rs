//! The catalogue read from the database.
use super::*;
use crate::booking::deadlines;
use crate::db::{services, slots};
use crate::time::{date_short, date_time_long};
use chrono::{Duration, NaiveDateTime};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

fn summary(service: &services::Model, has_room: bool) -> ServiceSummary {
    ServiceSummary {
        id: service.id,
        name: service.name.clone(),
        description: service.description.clone(),
        venue: service.venue.clone(),
        notes: service.notes.clone(),
        deadline_note: deadlines::deadline_note(service),
        limit_note: match service.max_active_per_resident {
            0 => String::new(),
            n => format!("お一人{n}件まで（受付中の予約の数）"),
        },
        has_room,
    }
}

pub fn slot_summary_of(service: &services::Model, slot: &slots::Model, now: NaiveDateTime) -> SlotSummary {
    SlotSummary {
        slot_id: slot.id,
        service_id: service.id,
        service_name: service.name.clone(),
        venue: service.venue.clone(),
        notes: service.notes.clone(),
        when: crate::time::slot_when(slot.date, slot.start_time, slot.end_time),
        deadline: date_time_long(deadlines::change_deadline(service, slot)),
        availability: deadlines::slot_availability(service, slot, now),
    }
}

/// Slots from today up to the service's booking window, in date order.
async fn upcoming_slots(
    db: &impl ConnectionTrait,
    service: &services::Model,
    now: NaiveDateTime,
) -> Result<Vec<slots::Model>, DbErr> {
    let today = now.date();
    slots::Entity::find()
        .filter(slots::Column::ServiceId.eq(service.id))
        .filter(slots::Column::Date.gte(today))
        .filter(slots::Column::Date.lte(today + Duration::days(service.booking_opens_days.into())))
        .order_by_asc(slots::Column::Date)
        .order_by_asc(slots::Column::StartTime)
        .all(db)
        .await
}

pub async fn list_services(db: &DatabaseConnection, now: NaiveDateTime) -> Result<Vec<ServiceSummary>, DbErr> {
    let published = services::Entity::find()
        .filter(services::Column::Published.eq(true))
        .order_by_asc(services::Column::SortOrder)
        .order_by_asc(services::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(published.len());
    // One query per service: a city publishes a handful of services.
    for service in published {
        let has_room = upcoming_slots(db, &service, now)
            .await?
            .iter()
            .any(|slot| matches!(deadlines::slot_availability(&service, slot, now), Availability::Open { .. }));
        out.push(summary(&service, has_room));
    }
    Ok(out)
}

pub async fn service_slots(
    db: &DatabaseConnection,
    service_id: i32,
    now: NaiveDateTime,
) -> Result<Option<ServiceSlots>, DbErr> {
    let Some(service) = services::Entity::find_by_id(service_id).one(db).await? else {
        return Ok(None);
    };
    if !service.published {
        return Ok(None);
    }
    let slots = upcoming_slots(db, &service, now).await?;
    let mut days: Vec<DaySlots> = Vec::new();
    let mut has_room = false;
    for slot in &slots {
        let availability = deadlines::slot_availability(&service, slot, now);
        has_room |= matches!(availability, Availability::Open { .. });
        let choice = SlotChoice {
            id: slot.id,
            time_label: crate::time::time_range(slot.start_time, slot.end_time),
            availability,
        };
        let iso = slot.date.format("%Y-%m-%d").to_string();
        match days.last_mut() {
            Some(day) if day.date_iso == iso => day.slots.push(choice),
            _ => days.push(DaySlots { date_label: date_short(slot.date), date_iso: iso, slots: vec![choice] }),
        }
    }
    Ok(Some(ServiceSlots { service: summary(&service, has_room), days }))
}

pub async fn slot_summary(
    db: &DatabaseConnection,
    slot_id: i32,
    now: NaiveDateTime,
) -> Result<Option<SlotSummary>, DbErr> {
    Ok(crate::booking::find::slot_with_service(db, slot_id)
        .await?
        .filter(|(_, service)| service.published)
        .map(|(slot, service)| slot_summary_of(&service, &slot, now)))
}

