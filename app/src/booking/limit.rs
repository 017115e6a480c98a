//! お一人の予約数の上限: how many upcoming active reservations of a service
//! one person may hold.
//!
//! "One person" is a resident record, together with every record that has
//! the same address, ふりがな and birth date: a reservation without login
//! makes a new record and key each time, so those are the same person.
//!
//! Counting and then inserting is only safe if two attempts by the same
//! person cannot count at the same time: the service and the person are
//! locked first (`advisory.rs`).
use super::BookingError;
use crate::db::{reservations, residents, services, slots};
use chrono::NaiveDate;
use sea_orm::sea_query::Query;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
};

/// The person a limit is counted for.
pub struct Person {
    /// Their record, when there is one (logged in, or chosen by staff).
    pub resident_id: Option<i32>,
    pub email: String,
    pub kana: String,
    pub birth_date: NaiveDate,
}

impl Person {
    pub fn of(resident: &residents::Model) -> Self {
        Person {
            resident_id: Some(resident.id),
            email: resident.email.clone(),
            kana: resident.name_kana.clone(),
            birth_date: resident.birth_date,
        }
    }

    /// Every resident record of this person: theirs, and those with the
    /// same address, ふりがな and birth date.
    pub fn records(&self) -> Condition {
        let mut same_person = Condition::any().add(
            Condition::all()
                .add(residents::Column::Email.eq(self.email.as_str()))
                .add(residents::Column::NameKana.eq(self.kana.as_str()))
                .add(residents::Column::BirthDate.eq(self.birth_date)),
        );
        if let Some(id) = self.resident_id {
            same_person = same_person.add(residents::Column::Id.eq(id));
        }
        same_person
    }

    /// Whether `record` is one of `records()`, for records already read.
    pub fn has(&self, record: &residents::Model) -> bool {
        self.resident_id == Some(record.id)
            || (record.email == self.email && record.name_kana == self.kana && record.birth_date == self.birth_date)
    }

    /// What the advisory lock is taken on, for one service.
    fn lock_name(&self, service_id: i32) -> String {
        format!("limit\n{service_id}\n{}\n{}\n{}", self.email, self.kana, self.birth_date)
    }
}

/// Refuses with `LimitReached` when `person` already holds the service's
/// limit of upcoming active reservations. Call before taking the place, in
/// the same transaction as the insert.
pub async fn check(
    db: &impl ConnectionTrait,
    service: &services::Model,
    person: &Person,
    today: NaiveDate,
) -> Result<(), BookingError> {
    let limit = service.max_active_per_resident;
    if limit <= 0 {
        return Ok(());
    }
    super::advisory::lock(db, &person.lock_name(service.id)).await?;
    if upcoming(db, service.id, person, today).await? >= limit as u64 {
        return Err(BookingError::LimitReached(limit));
    }
    Ok(())
}

/// Takes the lock `check` takes, first (a waiting list's acceptance, which
/// writes the slot before booking, takes it before that write: the same
/// order as a booking, so no deadlock).
pub async fn lock(db: &impl ConnectionTrait, service: &services::Model, person: &Person) -> Result<(), DbErr> {
    if service.max_active_per_resident > 0 {
        super::advisory::lock(db, &person.lock_name(service.id)).await?;
    }
    Ok(())
}

/// Active reservations of `person` for the service on `today` or later.
pub async fn upcoming(
    db: &impl ConnectionTrait,
    service_id: i32,
    person: &Person,
    today: NaiveDate,
) -> Result<u64, DbErr> {
    let upcoming_slots = Query::select()
        .column(slots::Column::Id)
        .from(slots::Entity)
        .and_where(slots::Column::ServiceId.eq(service_id))
        .and_where(slots::Column::Date.gte(today))
        .to_owned();
    let records = Query::select().column(residents::Column::Id).from(residents::Entity).cond_where(person.records()).to_owned();
    reservations::Entity::find()
        .filter(reservations::Column::Status.eq(reservations::Status::Active))
        .filter(reservations::Column::SlotId.in_subquery(upcoming_slots))
        .filter(reservations::Column::ResidentId.in_subquery(records))
        .count(db)
        .await
}
