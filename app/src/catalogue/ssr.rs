//! The catalogue read from the database.
use super::*;
use crate::booking::deadlines;
use crate::db::{services, slots};
use crate::time::{date_short, date_time_long};
use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime};
use std::collections::BTreeMap;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

fn summary(service: &services::Model, has_room: bool, now: NaiveDateTime) -> ServiceSummary {
    ServiceSummary {
        id: service.id,
        name: service.name.clone(),
        description: service.description.clone(),
        venue: service.venue.clone(),
        notes: service.notes.clone(),
        deadline_note: deadlines::deadline_note(service),
        limit_note: match service.max_active_per_resident {
            0 => String::new(),
            n => crate::texts::Text::CatalogueLimitNote.said_with(&[("limit", &n.to_string())]),
        },
        conditions: crate::conditions::rules_in(&service.eligibility(), crate::language::current()),
        has_room,
        lottery: crate::lottery::LotteryInfo::of(service, crate::time::from_jst(now)),
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
        out.push(summary(&service, has_room, now));
    }
    Ok(out)
}

/// A service's slots as the calendar shows them: every month of the
/// booking window with each day's mark, and the slots of `day` (or, when
/// `day` has none, of the first day with room). `except` leaves out one slot
/// (the one a reservation being changed already holds). One query reads
/// every slot of the window.
pub async fn service_slots(
    db: &DatabaseConnection,
    service_id: i32,
    now: NaiveDateTime,
    day: Option<NaiveDate>,
    except: Option<i32>,
) -> Result<Option<ServiceSlots>, DbErr> {
    let Some(service) = services::Entity::find_by_id(service_id).one(db).await? else {
        return Ok(None);
    };
    if !service.published {
        return Ok(None);
    }
    let slots: Vec<slots::Model> =
        upcoming_slots(db, &service, now).await?.into_iter().filter(|s| Some(s.id) != except).collect();
    let mut marks: BTreeMap<NaiveDate, DayMark> = BTreeMap::new();
    for slot in &slots {
        let mark = DayMark::of(&deadlines::slot_availability(&service, slot, now));
        marks.entry(slot.date).and_modify(|m| *m = m.best(mark)).or_insert(mark);
    }
    let has_room = marks.values().any(|m| matches!(m, DayMark::Open | DayMark::Few));
    let chosen_date = day
        .filter(|d| marks.contains_key(d))
        .or_else(|| marks.iter().find(|(_, m)| matches!(m, DayMark::Open | DayMark::Few)).map(|(d, _)| *d))
        .or_else(|| marks.keys().next().copied());
    let chosen = chosen_date.map(|date| DaySlots {
        date_label: date_short(date),
        date_iso: iso(date),
        slots: slots
            .iter()
            .filter(|s| s.date == date)
            .map(|slot| SlotChoice {
                id: slot.id,
                time_label: crate::time::time_range(slot.start_time, slot.end_time),
                availability: deadlines::slot_availability(&service, slot, now),
            })
            .collect(),
    });
    let today = now.date();
    let last = today + Duration::days(service.booking_opens_days.into());
    Ok(Some(ServiceSlots { service: summary(&service, has_room, now), months: months(today, last, &marks), chosen }))
}

fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The months from `first`'s to `last`'s, Sunday-first weeks, each day
/// with its mark when it has slots. Captions and labels in the request's
/// language (Japanese when there is none, as in a test).
fn months(first: NaiveDate, last: NaiveDate, marks: &BTreeMap<NaiveDate, DayMark>) -> Vec<CalendarMonth> {
    let language = crate::language::current();
    let mut out = Vec::new();
    let mut month_start = first.with_day(1).expect("day 1 exists");
    while month_start <= last {
        let next = month_start.checked_add_months(Months::new(1)).expect("a later month");
        let mut cells: Vec<CalendarCell> =
            (0..month_start.weekday().num_days_from_sunday()).map(|_| CalendarCell::Blank).collect();
        let mut date = month_start;
        while date < next {
            let slots = marks.get(&date).map(|mark| CalendarDay { date_iso: iso(date), label: date_short(date), mark: *mark });
            cells.push(CalendarCell::Day { day: date.day(), slots });
            date += Duration::days(1);
        }
        while cells.len() % 7 != 0 {
            cells.push(CalendarCell::Blank);
        }
        out.push(CalendarMonth {
            label: crate::time::month_long_in(month_start, language),
            weeks: cells.chunks(7).map(<[CalendarCell]>::to_vec).collect(),
        });
        month_start = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn months_cover_the_window_sunday_first() {
        let marks = BTreeMap::from([(d(2026, 12, 1), DayMark::Open), (d(2027, 1, 5), DayMark::Full)]);
        let months = months(d(2026, 11, 26), d(2027, 1, 5), &marks);
        assert_eq!(months.iter().map(|m| m.label.as_str()).collect::<Vec<_>>(), ["2026年11月", "2026年12月", "2027年1月"]);
        // 2026-12-01 is a Tuesday: Sunday and Monday are blank.
        let december = &months[1];
        assert_eq!(december.weeks[0][..2], [CalendarCell::Blank, CalendarCell::Blank]);
        assert!(matches!(&december.weeks[0][2], CalendarCell::Day { day: 1, slots: Some(CalendarDay { mark: DayMark::Open, .. }) }));
        assert!(december.weeks.iter().all(|w| w.len() == 7));
        let days: usize = december.weeks.iter().flatten().filter(|c| matches!(c, CalendarCell::Day { .. })).count();
        assert_eq!(days, 31);
        assert!(matches!(&months[2].weeks[1][2], CalendarCell::Day { day: 5, slots: Some(CalendarDay { mark: DayMark::Full, .. }) }));
    }

    #[test]
    fn a_day_is_as_good_as_its_best_slot() {
        assert_eq!(DayMark::Full.best(DayMark::Few), DayMark::Few);
        assert_eq!(DayMark::Open.best(DayMark::Closed), DayMark::Open);
        assert_eq!(DayMark::Closed.best(DayMark::Full), DayMark::Full);
    }
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

