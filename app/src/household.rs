//! 家族 (the household): residents who share an email address. A parent
//! books for a child, a son for his mother, each with a record and a
//! 利用者キー of their own, today by logging in and out with each key.
//! Logged in as any of them, a resident reserves for any other (or adds a
//! new member, who gets their own key at the same address), and sees and
//! manages every reservation, place in line and application of the
//! household. The rules still count per person: the service's limit and
//! its 対象者条件 are the member's (`booking::ForWhom`), not the one
//! logged in.
//!
//! An address is proof enough: whoever reads its mail could already log in
//! with each member's key (the one-time password goes there, and
//! 利用者キー再発行 lists every key held at it). A resident without an
//! address is a household of one.
use crate::db::residents;
use sea_orm::sea_query::{Query, SelectStatement};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

/// `me`'s household (`me` included), as a condition on residents.
fn of(me: i32) -> Condition {
    let my_address = Query::select().column(residents::Column::Email).from(residents::Entity).and_where(residents::Column::Id.eq(me)).to_owned();
    Condition::any().add(residents::Column::Id.eq(me)).add(
        Condition::all().add(residents::Column::Email.ne("")).add(residents::Column::Email.in_subquery(my_address)),
    )
}

/// The ids of `me`'s household, as a subquery: `resident_id IN (…)` is
/// how a resident's reads and acts are confined to it.
pub fn ids(me: i32) -> SelectStatement {
    Query::select().column(residents::Column::Id).from(residents::Entity).cond_where(of(me)).to_owned()
}

/// One person of a household. Booking without logging in makes a record
/// (and a key) each time, so one person may have several records with the
/// same address, ふりがな and birth date (`booking::same_person`); they are
/// folded into one member here, so nobody is offered twice.
#[derive(Clone, Debug)]
pub struct Member {
    /// The record to act for: `me`'s own for `me`, the newest for another
    /// (its name and phone the latest typed).
    pub resident: residents::Model,
    /// Every record of this person in the household.
    pub records: Vec<i32>,
}

/// The members of `me`'s household, `me` first (with every record of
/// theirs), then the others in the order they were first registered.
pub async fn members(db: &impl ConnectionTrait, me: i32) -> Result<Vec<Member>, DbErr> {
    let records = residents::Entity::find().filter(of(me)).order_by_asc(residents::Column::Id).all(db).await?;
    Ok(fold(me, records))
}

/// `records` (in registration order) folded into members, `me` first.
fn fold(me: i32, records: Vec<residents::Model>) -> Vec<Member> {
    let mut members: Vec<Member> = Vec::new();
    for record in records {
        match members.iter_mut().find(|m| !record.email.is_empty() && crate::booking::is_same_person(&m.resident, &record)) {
            Some(member) => {
                member.records.push(record.id);
                if !member.records.contains(&me) || record.id == me {
                    member.resident = record;
                }
            }
            None => members.push(Member { records: vec![record.id], resident: record }),
        }
    }
    members.sort_by_key(|m| !m.records.contains(&me));
    members
}

/// Whether `other` is `me` or of `me`'s household.
pub async fn includes(db: &impl ConnectionTrait, me: i32, other: i32) -> Result<bool, DbErr> {
    if me == other {
        return Ok(true);
    }
    Ok(record(db, me, other).await?.is_some())
}

/// `other`'s record, when it is `me`'s or of `me`'s household.
pub async fn record(db: &impl ConnectionTrait, me: i32, other: i32) -> Result<Option<residents::Model>, DbErr> {
    residents::Entity::find().filter(of(me)).filter(residents::Column::Id.eq(other)).one(db).await
}

/// The address a new member added by `me` is registered at: `me`'s own
/// (none for a resident without one: they cannot add members).
pub async fn address_of(db: &impl ConnectionTrait, me: i32) -> Result<Option<String>, DbErr> {
    Ok(residents::Entity::find_by_id(me).one(db).await?.map(|r| r.email).filter(|e| !e.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn record(id: i32, name: &str, kana: &str, born: u32) -> residents::Model {
        let at = chrono::DateTime::UNIX_EPOCH;
        residents::Model {
            id,
            user_key: format!("{id:08}"),
            name: name.into(),
            name_kana: kana.into(),
            birth_date: NaiveDate::from_ymd_opt(1950 + born as i32, 1, 1).unwrap(),
            phone: "0766-00-0000".into(),
            email: "family@example.jp".into(),
            created_at: at,
            updated_at: at,
            failed_logins: 0,
            login_locked_until: None,
            language: "ja".into(),
            reminders: true,
            erased_at: None,
            last_login_at: None,
        }
    }

    fn shown(members: &[Member]) -> Vec<(i32, Vec<i32>)> {
        members.iter().map(|m| (m.resident.id, m.records.clone())).collect()
    }

    #[test]
    fn one_person_booked_three_times_is_one_member() {
        let records = vec![
            record(1, "射水 花子", "いみず はなこ", 40),
            record(2, "射水 太郎", "いみず たろう", 10),
            record(3, "射水 花子", "いみず はなこ", 40),
            record(4, "射水 太郎", "いみず たろう", 10),
            record(5, "射水 次郎", "いみず じろう", 45),
        ];
        // 太郎 logged in with his second key: his own record stands for him,
        // his first booking's record is folded in; 花子's newest stands for her.
        assert_eq!(shown(&fold(4, records.clone())), vec![(4, vec![2, 4]), (3, vec![1, 3]), (5, vec![5])]);
        assert_eq!(shown(&fold(1, records)), vec![(1, vec![1, 3]), (4, vec![2, 4]), (5, vec![5])]);
    }

    #[test]
    fn same_kana_born_another_day_is_another_person() {
        let records = vec![record(1, "射水 花子", "いみず はなこ", 40), record(2, "射水 花子", "いみず はなこ", 41)];
        assert_eq!(shown(&fold(1, records)), vec![(1, vec![1]), (2, vec![2])]);
    }
}
