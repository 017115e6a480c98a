//! A resident's own data against the database: everything stored about
//! them (`export`), and its erasure (`erase`), one home for both so that
//! what is shown and what is erased are the same list.
//!
//! Where a resident's personal data is: their record (`residents`); their
//! reservations, places in line and applications (by `resident_id`; the
//! answers to 対象者条件 in `said`); the emails to their address that are
//! about them (`email_outbox`, and the .eml files of the mail folder);
//! drafts of forms they typed (`form_drafts`); sessions, one-time
//! passwords and email-change links (by `resident_id`); and the staff's
//! audit log, where a search may hold what a clerk typed.
use super::*;
use crate::audit;
use crate::booking::{deadlines, find::slot_with_service};
use crate::db::audit_log::{self, Action};
use crate::db::{
    begin_write, email_change_undo, email_outbox, form_drafts, lottery_applications as applications, one_time_passwords,
    reservations, residents, sessions, slots, waitlist_entries as entries,
};
use crate::time::{date_time_long, slot_when, to_jst};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};
use std::path::Path;

/// One person's records, not erased: the one asked for first, then every
/// other of theirs (`booking::same_person`: a booking without login makes
/// a record each time), when they have an address. None when the record
/// is erased or unknown.
async fn person(db: &impl ConnectionTrait, resident_id: i32) -> Result<Option<Vec<residents::Model>>, DbErr> {
    let Some(r) = residents::Entity::find_by_id(resident_id).one(db).await?.filter(|r| r.erased_at.is_none()) else {
        return Ok(None);
    };
    // Without an address (registered at the counter, where the clerk finds
    // the record again), a record is only itself: erasing cannot be undone,
    // and ふりがな and a birth date alone might be someone else's.
    if r.email.is_empty() {
        return Ok(Some(vec![r]));
    }
    let others = residents::Entity::find()
        .filter(crate::booking::same_person(&r))
        .filter(residents::Column::ErasedAt.is_null())
        .filter(residents::Column::Id.ne(r.id))
        .order_by_asc(residents::Column::Id)
        .all(db)
        .await?;
    Ok(Some(std::iter::once(r).chain(others).collect()))
}

fn ids_of(records: &[residents::Model]) -> Vec<i32> {
    records.iter().map(|r| r.id).collect()
}

/// Whether anyone but these records holds `address` (a household's
/// shared address: its mail and drafts are not theirs alone).
async fn shared_address(db: &impl ConnectionTrait, records: &[residents::Model], address: &str) -> Result<bool, DbErr> {
    Ok(residents::Entity::find()
        .filter(residents::Column::Email.eq(address))
        .filter(residents::Column::Id.is_not_in(ids_of(records)))
        .one(db)
        .await?
        .is_some())
}

/// Every address the person's mail went to: the one on record, and
/// those of an email change (the old one is told, the new one gets codes).
async fn addresses_of(db: &impl ConnectionTrait, records: &[residents::Model]) -> Result<Vec<String>, DbErr> {
    let ids = ids_of(records);
    let mut addresses: Vec<String> = records.iter().map(|r| r.email.clone()).collect();
    for undo in email_change_undo::Entity::find().filter(email_change_undo::Column::ResidentId.is_in(ids.clone())).all(db).await? {
        addresses.extend([undo.old_email, undo.new_email]);
    }
    for otp in one_time_passwords::Entity::find().filter(one_time_passwords::Column::ResidentId.is_in(ids)).all(db).await? {
        addresses.extend(otp.new_email);
    }
    addresses.retain(|a| !a.is_empty());
    addresses.sort();
    addresses.dedup();
    Ok(addresses)
}

/// How an email names the person it is about, in each language
/// (`mail-…` texts: 「{name} 様」, 「{name} さん」, "Dear {name},", the key
/// notice's "- {name}: user key").
fn named_in_mail(name: &str) -> Vec<String> {
    if name.is_empty() {
        return Vec::new();
    }
    vec![format!("{name} 様"), format!("{name} さん"), format!("Dear {name},"), format!("- {name}: ")]
}

/// The emails about the person: every one to an address of theirs that
/// nobody else holds; at an address shared with their household
/// (`crate::household`), those that name them.
async fn mail_about(db: &impl ConnectionTrait, records: &[residents::Model]) -> Result<Condition, DbErr> {
    let mut about = Condition::any().add(email_outbox::Column::Id.lt(0));
    let mut names: Vec<&str> = records.iter().map(|r| r.name.as_str()).collect();
    names.sort();
    names.dedup();
    for address in addresses_of(db, records).await? {
        let to = email_outbox::Column::ToAddress.eq(address.as_str());
        if shared_address(db, records, &address).await? {
            let mut naming = Condition::any();
            for words in names.iter().flat_map(|name| named_in_mail(name)) {
                naming = naming.add(email_outbox::Column::Body.contains(words.as_str()));
            }
            about = about.add(Condition::all().add(to).add(naming));
        } else {
            about = about.add(to);
        }
    }
    Ok(about)
}

/// Every form a value of the person's may have been typed or stored in,
/// over all their records: the key as stored and as shown
/// (`ABCD-EFGH-JKMN`), the phone as stored (digits) and as printed (with
/// hyphens), the name with and without its space, the ふりがな in hiragana
/// and katakana; their address too when it is theirs alone. Longest first,
/// so a longer form is replaced before a part of it.
fn their_words(records: &[residents::Model], with_address: bool) -> Vec<String> {
    let mut words = Vec::new();
    for r in records {
        words.extend([r.user_key.clone(), r.name.clone(), r.name.replace([' ', '　'], ""), r.name_kana.clone(), r.phone.clone()]);
        words.push(r.name_kana.replace([' ', '　'], ""));
        if let Ok(key) = crate::domain::UserKey::parse(&r.user_key) {
            words.extend([key.to_string(), key.to_string().to_lowercase(), key.as_str().to_lowercase()]);
        }
        if let Ok(phone) = crate::domain::PhoneNumber::parse(&r.phone) {
            words.push(phone.to_string());
        }
        if let Ok(kana) = crate::domain::Kana::parse(&r.name_kana) {
            let katakana = kana.katakana();
            words.push(katakana.replace([' ', '　'], ""));
            words.push(katakana);
        }
        if with_address {
            words.push(r.email.clone());
        }
    }
    words.retain(|w| w.chars().count() >= 2);
    words.sort();
    words.dedup();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words
}

fn when(at: DateTime<Utc>) -> String {
    date_time_long(to_jst(at))
}

/// Everything stored about the resident (none for an erased record).
pub async fn export(db: &DatabaseConnection, resident_id: i32, now: DateTime<Utc>) -> Result<Option<OwnData>, DbErr> {
    let Some(records) = person(db, resident_id).await? else {
        return Ok(None);
    };
    let ids = ids_of(&records);
    let now_jst = to_jst(now);
    let mut reservation_rows = Vec::new();
    for row in reservations::Entity::find().filter(reservations::Column::ResidentId.is_in(ids.clone())).order_by_asc(reservations::Column::Id).all(db).await? {
        let Some((slot, service)) = slot_with_service(db, row.slot_id).await? else { continue };
        reservation_rows.push(OwnReservation {
            number: row.reservation_number.clone(),
            service: service.name.clone(),
            when: slot_when(slot.date, slot.start_time, slot.end_time),
            venue: service.venue.clone(),
            status: deadlines::standing(&row, &service, &slot, now_jst),
            attended: row.attendance == Some(reservations::Attendance::Attended),
            made_at: when(row.created_at),
            cancelled_at: row.cancelled_at.map(when),
        });
    }
    let services = crate::db::services::all_by_id(db).await?;
    let service_name = |id: i32| services.get(&id).map(|s| s.name.clone()).unwrap_or_default();
    let mut waiting = Vec::new();
    for e in entries::Entity::find().filter(entries::Column::ResidentId.is_in(ids.clone())).order_by_asc(entries::Column::Id).all(db).await? {
        let what = match e.slot_id {
            Some(id) => match slots::Entity::find_by_id(id).one(db).await? {
                Some(s) => slot_when(s.date, s.start_time, s.end_time),
                None => crate::time::date_long(e.date),
            },
            None => crate::texts::Text::MyWaitingWholeDay.said_with(&[("date", &crate::time::date_long(e.date))]),
        };
        waiting.push(OwnWaiting {
            service: service_name(e.service_id),
            what,
            status: format!("{:?}", e.status).to_lowercase(),
            answers: e.said.clone(),
            joined_at: when(e.created_at),
        });
    }
    let language = crate::language::current();
    let mut lottery = Vec::new();
    for a in applications::Entity::find().filter(applications::Column::ResidentId.is_in(ids.clone())).order_by_asc(applications::Column::Id).all(db).await? {
        let choices = crate::lottery::choice_lines(&crate::lottery::chosen_slots(db, &a.preferred_slots()).await?, language);
        lottery.push(OwnApplication {
            number: a.application_number.clone(),
            service: service_name(a.service_id),
            choices,
            status: format!("{:?}", a.status).to_lowercase(),
            answers: a.said.clone(),
            applied_at: when(a.created_at),
        });
    }
    let emails = email_outbox::Entity::find()
        .filter(mail_about(db, &records).await?)
        .order_by_asc(email_outbox::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|m| OwnEmail {
            written_at: when(m.created_at),
            sent_at: m.sent_at.map(when),
            to: m.to_address,
            subject: m.subject,
            // What was sent, with the key and passwords blanked (they are
            // not kept once sent).
            body: crate::mail::shown(&m.body),
        })
        .collect();
    let mut records = records.iter().map(own_record);
    Ok(Some(OwnData {
        record: records.next().expect("the record asked for comes first"),
        others: records.collect(),
        reservations: reservation_rows,
        waiting,
        applications: lottery,
        emails,
    }))
}

fn own_record(r: &residents::Model) -> OwnRecord {
    OwnRecord {
        name: r.name.clone(),
        kana: r.name_kana.clone(),
        birth_date: r.birth_date.format("%Y-%m-%d").to_string(),
        phone: r.phone.clone(),
        email: r.email.clone(),
        user_key: crate::domain::UserKey::parse(&r.user_key).map(|k| k.to_string()).unwrap_or_else(|_| r.user_key.clone()),
        language: r.language.clone(),
        reminders: r.reminders,
        registered_at: when(r.created_at),
        updated_at: when(r.updated_at),
    }
}

/// Why a record is erased, for the audit log.
#[derive(Clone, Debug)]
pub enum ErasedBy {
    /// The resident, logged in (利用者情報の削除).
    Resident,
    /// A clerk, at the resident's request (at the counter, on the phone).
    Staff(crate::actor::StaffActor),
    /// The retention period passed without activity (`retention`).
    Retention { days: u32 },
}

/// The staff id the audit log gives entries no clerk made (the resident's
/// own request, the retention job); the log page names it.
pub const NO_STAFF: i32 = 0;

/// Why an erasure is refused: what the resident must end first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Upcoming reservations (their numbers).
    Upcoming(Vec<String>),
    /// A place in line or an application awaiting its draw.
    Waiting,
    /// Activity within the retention period, on any record of theirs:
    /// not due (only the retention job asks for that).
    Active,
}

/// What stands in the way of erasing a record: upcoming reservations
/// (they would be left without a person to tell), a place in line or an
/// application awaiting its draw (an offer or a result would have nobody
/// to reach). `None`: nothing.
pub async fn blockers(db: &impl ConnectionTrait, resident_id: i32, now: DateTime<Utc>) -> Result<Option<Refused>, DbErr> {
    match person(db, resident_id).await? {
        Some(records) => blockers_of(db, &ids_of(&records), now).await,
        None => Ok(None),
    }
}

/// What stands in the way of erasing these records (one person's).
async fn blockers_of(db: &impl ConnectionTrait, ids: &[i32], now: DateTime<Utc>) -> Result<Option<Refused>, DbErr> {
    let today = to_jst(now).date();
    let upcoming: Vec<String> = reservations::Entity::find()
        .filter(reservations::Column::ResidentId.is_in(ids.iter().copied()))
        .filter(reservations::Column::Status.eq(reservations::Status::Active))
        .filter(reservations::Column::SlotId.in_subquery(
            sea_orm::sea_query::Query::select().column(slots::Column::Id).from(slots::Entity).and_where(slots::Column::Date.gte(today)).to_owned(),
        ))
        .order_by_asc(reservations::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.reservation_number)
        .collect();
    if !upcoming.is_empty() {
        return Ok(Some(Refused::Upcoming(upcoming)));
    }
    let in_line = entries::Entity::find()
        .filter(entries::Column::ResidentId.is_in(ids.iter().copied()))
        .filter(entries::Column::Status.is_in([entries::Status::Waiting, entries::Status::Offered]))
        .filter(entries::Column::Date.gte(today))
        .one(db)
        .await?
        .is_some();
    let applied = applications::Entity::find()
        .filter(applications::Column::ResidentId.is_in(ids.iter().copied()))
        .filter(applications::Column::Status.eq(applications::Status::Applied))
        .one(db)
        .await?
        .is_some();
    Ok((in_line || applied).then_some(Refused::Waiting))
}

/// The date that stands in for an erased date of birth (a column that
/// may not be empty).
fn no_birth_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(1900, 1, 1).expect("a valid date")
}

/// Erases the resident's personal data, in one transaction, then their
/// .eml files in the mail folder (when mail goes to a folder). Kept: the
/// blank record and the reservations, places in line and applications
/// pointing to it, for the counts. Refused while they hold an upcoming
/// reservation, a place in line or an application awaiting its draw.
/// Erasing an erased record does nothing.
pub async fn erase(
    db: &DatabaseConnection,
    resident_id: i32,
    by: &ErasedBy,
    mail_folder: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<Result<(), Refused>, DbErr> {
    let txn = begin_write(db).await?;
    let Some(records) = person(&txn, resident_id).await? else {
        return Ok(Ok(()));
    };
    let ids = ids_of(&records);
    if let Some(refused) = blockers_of(&txn, &ids, now).await? {
        return Ok(Err(refused));
    }
    // The retention job: only when none of their records is active, as
    // seen in this transaction (a login since the job looked keeps them).
    if let ErasedBy::Retention { days } = by {
        let since = now - chrono::Duration::days(i64::from(*days));
        if residents::Entity::find().filter(residents::Column::Id.is_in(ids.clone())).filter(active_since(since)).one(&txn).await?.is_some() {
            return Ok(Err(Refused::Active));
        }
    }

    // The emails about them, and the files they were written to.
    let mails = email_outbox::Entity::find().filter(mail_about(&txn, &records).await?).all(&txn).await?;
    let mail_ids: Vec<i64> = mails.iter().map(|m| m.id).collect();
    email_outbox::Entity::delete_many().filter(email_outbox::Column::Id.is_in(mail_ids.clone())).exec(&txn).await?;
    // Their address (one for all their records: `person`), when nobody
    // else holds it (a household's is kept in its drafts and mail).
    let address = records[0].email.as_str();
    let alone = !address.is_empty() && !shared_address(&txn, &records, address).await?;

    // Drafts: of their reservations, and any that holds what they typed
    // (the address only when it is theirs alone).
    let words = their_words(&records, alone);
    let their_reservations: Vec<i32> =
        reservations::Entity::find().filter(reservations::Column::ResidentId.is_in(ids.clone())).all(&txn).await?.iter().map(|x| x.id).collect();
    let mut typed = Condition::any().add(form_drafts::Column::ReservationId.is_in(their_reservations));
    for word in &words {
        typed = typed.add(form_drafts::Column::Payload.contains(word.as_str()));
    }
    form_drafts::Entity::delete_many().filter(typed).exec(&txn).await?;

    sessions::Entity::delete_many().filter(sessions::Column::ResidentId.is_in(ids.clone())).exec(&txn).await?;
    one_time_passwords::Entity::delete_many().filter(one_time_passwords::Column::ResidentId.is_in(ids.clone())).exec(&txn).await?;
    email_change_undo::Entity::delete_many().filter(email_change_undo::Column::ResidentId.is_in(ids.clone())).exec(&txn).await?;

    // The answers to 対象者条件 (a sex, yes/no about their health).
    entries::Entity::update_many()
        .col_expr(entries::Column::Said, Expr::value(""))
        .filter(entries::Column::ResidentId.is_in(ids.clone()))
        .exec(&txn)
        .await?;
    applications::Entity::update_many()
        .col_expr(applications::Column::Said, Expr::value(""))
        .col_expr(applications::Column::Note, Expr::value(""))
        .filter(applications::Column::ResidentId.is_in(ids.clone()))
        .exec(&txn)
        .await?;

    // What a clerk typed into a search, or what an entry quoted.
    for word in &words {
        let quoted = audit_log::Entity::find()
            .filter(Condition::any().add(audit_log::Column::Target.contains(word.as_str())).add(audit_log::Column::Detail.contains(word.as_str())))
            .all(&txn)
            .await?;
        for entry in quoted {
            audit_log::Entity::update_many()
                .col_expr(audit_log::Column::Target, Expr::value(entry.target.replace(word.as_str(), ERASED_WORDS)))
                .col_expr(audit_log::Column::Detail, Expr::value(entry.detail.replace(word.as_str(), ERASED_WORDS)))
                .filter(audit_log::Column::Id.eq(entry.id))
                .exec(&txn)
                .await?;
        }
    }

    let (who, why) = match by {
        ErasedBy::Resident => (system("resident"), "本人の申し出（登録情報の画面から）".to_string()),
        ErasedBy::Staff(staff) => (staff.clone(), "本人の申し出（職員が受付）".to_string()),
        ErasedBy::Retention { days } => (system("retention"), format!("保存期間（{days}日）の経過")),
    };
    for r in &records {
        let key = crate::booking::unused_user_key(&txn).await?;
        residents::ActiveModel {
            id: Set(r.id),
            user_key: Set(key.as_str().to_string()),
            name: Set(String::new()),
            name_kana: Set(String::new()),
            birth_date: Set(no_birth_date()),
            phone: Set(String::new()),
            email: Set(String::new()),
            updated_at: Set(now),
            failed_logins: Set(0),
            login_locked_until: Set(None),
            reminders: Set(false),
            erased_at: Set(Some(now)),
            ..Default::default()
        }
        .update(&txn)
        .await?;
        audit::record(&txn, &who, Action::EraseResident, &format!("resident:{}", r.id), &why, now).await?;
    }
    txn.commit().await?;

    if let Some(folder) = mail_folder {
        remove_mail_files(folder, &mail_ids, alone.then_some(address)).await;
    }
    tracing::info!(resident = resident_id, records = ids.len(), "personal data erased");
    Ok(Ok(()))
}

/// What replaces erased words in the audit log.
pub const ERASED_WORDS: &str = "（削除済み）";

fn system(login_id: &str) -> crate::actor::StaffActor {
    crate::actor::StaffActor { id: NO_STAFF, login_id: login_id.to_string(), client: None }
}

/// The mail folder's copies: the files of these outbox rows
/// (`<time>-<id>.eml`), and, when the address was theirs alone, any file
/// addressed to it.
async fn remove_mail_files(folder: &Path, ids: &[i64], address: Option<&str>) {
    let Ok(mut dir) = tokio::fs::read_dir(folder).await else { return };
    let suffixes: Vec<String> = ids.iter().map(|id| format!("-{id:06}.eml")).collect();
    let to_line = address.map(|a| format!("To: {a}\r\n"));
    while let Ok(Some(entry)) = dir.next_entry().await {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if !name.ends_with(".eml") {
            continue;
        }
        let mut remove = suffixes.iter().any(|s| name.ends_with(s.as_str()));
        if let (false, Some(to_line)) = (remove, &to_line) {
            remove = tokio::fs::read_to_string(&path).await.is_ok_and(|text| text.contains(to_line.as_str()));
        }
        if remove {
            if let Err(error) = tokio::fs::remove_file(&path).await {
                tracing::warn!(%error, file = %path.display(), "an erased resident's email file could not be removed");
            }
        }
    }
}

/// The retention period: people with no activity since `days` ago are
/// erased, fifty at a time (the job runs hourly). Activity, on any record
/// of theirs (`booking::same_person`): the record made or changed, a
/// reservation made or for a day since then, a place in line or an
/// application since then (or one still awaiting its draw), a login since
/// then (`last_login_at`).
pub async fn sweep(db: &DatabaseConnection, days: u32, mail_folder: Option<&Path>, now: DateTime<Utc>) -> Result<usize, DbErr> {
    if days == 0 {
        return Ok(0);
    }
    let active = active_since(now - chrono::Duration::days(i64::from(days)));
    let mut erased = 0;
    let mut after = 0;
    // A record whose person is active through another record is passed
    // over (the cursor moves on), so it never holds the job up; at most
    // 500 looked at an hour, so neither does a crowd of them.
    for _ in 0..500 {
        if erased == 50 {
            break;
        }
        let idle = residents::Entity::find()
            .filter(residents::Column::ErasedAt.is_null())
            .filter(residents::Column::Id.gt(after))
            .filter(active.clone().not())
            .order_by_asc(residents::Column::Id)
            .one(db)
            .await?;
        let Some(r) = idle else { break };
        after = r.id;
        // (Refused when another record of the person is active.)
        if erase(db, r.id, &ErasedBy::Retention { days }, mail_folder, now).await?.is_ok() {
            erased += 1;
        }
    }
    Ok(erased)
}

/// Residents with activity since `since` (`sweep`).
fn active_since(since: DateTime<Utc>) -> Condition {
    use sea_orm::sea_query::Query;
    let since_day = to_jst(since).date();
    let recent_slots = Query::select().column(slots::Column::Id).from(slots::Entity).and_where(slots::Column::Date.gte(since_day)).to_owned();
    let reserved = Query::select()
        .column(reservations::Column::ResidentId)
        .from(reservations::Entity)
        .cond_where(Condition::any().add(reservations::Column::CreatedAt.gte(since)).add(reservations::Column::SlotId.in_subquery(recent_slots)))
        .to_owned();
    let waited = Query::select()
        .column(entries::Column::ResidentId)
        .from(entries::Entity)
        .cond_where(Condition::any().add(entries::Column::CreatedAt.gte(since)).add(entries::Column::Date.gte(since_day)))
        .to_owned();
    // An application awaiting its draw, however old, is not idle (erasing
    // would be refused: it would come up again every hour).
    let applied = Query::select()
        .column(applications::Column::ResidentId)
        .from(applications::Entity)
        .cond_where(
            Condition::any()
                .add(applications::Column::UpdatedAt.gte(since))
                .add(applications::Column::Status.eq(applications::Status::Applied)),
        )
        .to_owned();
    Condition::any()
        .add(residents::Column::CreatedAt.gte(since))
        .add(residents::Column::UpdatedAt.gte(since))
        .add(residents::Column::Id.in_subquery(reserved))
        .add(residents::Column::Id.in_subquery(waited))
        .add(residents::Column::Id.in_subquery(applied))
        // (Not null, so that `NOT` of this is true for one never logged in.)
        .add(Condition::all().add(residents::Column::LastLoginAt.is_not_null()).add(residents::Column::LastLoginAt.gte(since)))
}
