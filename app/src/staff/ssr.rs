//! Staff accounts and sessions against the database.
use super::account::{LoginId, check_password};
use super::*;
use crate::db::{begin_write, reservations, residents, services, slots, staff};
use crate::login::rules::{LoginRules, is_locked};
use crate::login::ssr::{blocking, hash_code, request_token, verify_code};
use crate::session::{self, Holder, Kind};
use crate::state::AppState;
use crate::time::{date_long, time_short, to_jst};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};
use std::sync::LazyLock;

static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| hash_code("not a staff password"));

#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    #[error("{0}")]
    Invalid(&'static str),
    #[error("ログインID {0} はすでに使われています。")]
    Taken(String),
    #[error("データベースエラー: {0}")]
    Db(#[from] DbErr),
}

/// Creates a staff account (the server's `staff add` command; later the
/// admin's console).
pub async fn create(
    db: &DatabaseConnection,
    login_id: &str,
    display_name: &str,
    password: &str,
    role: &str,
    now: DateTime<Utc>,
) -> Result<staff::Model, CreateError> {
    let id = LoginId::parse(login_id).map_err(CreateError::Invalid)?;
    check_password(&id, password).map_err(CreateError::Invalid)?;
    if role != staff::ADMIN && role != staff::CLERK {
        return Err(CreateError::Invalid("役割は admin（管理者）か clerk（職員）です。"));
    }
    let hash = {
        let password = password.to_string();
        blocking(move || hash_code(&password)).await?
    };
    let txn = begin_write(db).await?;
    if staff::Entity::find().filter(staff::Column::LoginId.eq(id.as_str())).one(&txn).await?.is_some() {
        return Err(CreateError::Taken(id.as_str().to_string()));
    }
    let name = if display_name.trim().is_empty() { id.as_str() } else { display_name.trim() };
    let created = staff::ActiveModel {
        login_id: Set(id.as_str().to_string()),
        display_name: Set(name.to_string()),
        password_hash: Set(hash),
        role: Set(role.to_string()),
        failed_logins: Set(0),
        locked_until: Set(None),
        disabled: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(created)
}

/// A staff login: the new session's token, or `None` for any failure.
/// `staff_lock_after_failures` wrong passwords in a row lock the account
/// for `staff_lock_for`.
pub async fn log_in(
    db: &DatabaseConnection,
    rules: &LoginRules,
    login_id: &str,
    password: &str,
    previous: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Option<String>, DbErr> {
    let found = match LoginId::parse(login_id) {
        Ok(id) => staff::Entity::find().filter(staff::Column::LoginId.eq(id.as_str())).one(db).await?,
        Err(_) => None,
    };
    let usable = found.as_ref().filter(|s| !s.disabled && !is_locked(s.locked_until, now));
    let matches = {
        let password = password.to_string();
        let hash = usable.map_or_else(|| DUMMY_HASH.clone(), |s| s.password_hash.clone());
        blocking(move || verify_code(&password, &hash)).await? && usable.is_some()
    };
    let Some(member) = usable else { return Ok(None) };
    let txn = begin_write(db).await?;
    if matches {
        staff::Entity::update_many()
            .col_expr(staff::Column::FailedLogins, Expr::value(0))
            .filter(staff::Column::Id.eq(member.id))
            .exec(&txn)
            .await?;
        if let Some(previous) = previous {
            session::end(&txn, previous).await?;
        }
        let token = session::start(&txn, Holder::Staff(member.id), rules, now).await?;
        txn.commit().await?;
        tracing::info!(staff = %member.login_id, "staff logged in");
        return Ok(Some(token));
    }
    staff::Entity::update_many()
        .col_expr(staff::Column::FailedLogins, Expr::col(staff::Column::FailedLogins).add(1))
        .filter(staff::Column::Id.eq(member.id))
        .exec(&txn)
        .await?;
    let failed = staff::Entity::find_by_id(member.id).one(&txn).await?.map_or(0, |s| s.failed_logins);
    if failed >= rules.staff_lock_after_failures {
        tracing::warn!(staff = %member.login_id, "staff account locked after {failed} failed logins");
        staff::Entity::update_many()
            .col_expr(staff::Column::FailedLogins, Expr::value(0))
            .col_expr(staff::Column::LockedUntil, Expr::value(now + rules.staff_lock_for))
            .filter(staff::Column::Id.eq(member.id))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(None)
}

/// The staff member logged in on this request, or 401. A resident's
/// session never counts: it is another cookie and another kind of row.
pub async fn require_staff() -> Result<(AppState, staff::Model), AppError> {
    use crate::state::{app_state, fail, internal};
    let state = app_state()?;
    let token = request_token(&state.site, Kind::Staff).ok_or_else(|| fail(AppError::StaffLoginRequired))?;
    let id = session::staff_of(&state.db, &token, &state.rules, state.clock.now())
        .await
        .map_err(internal)?
        .ok_or_else(|| fail(AppError::StaffLoginRequired))?;
    let me = staff::Entity::find_by_id(id)
        .one(&state.db)
        .await
        .map_err(internal)?
        .filter(|s| !s.disabled)
        .ok_or_else(|| fail(AppError::StaffLoginRequired))?;
    Ok((state, me))
}

/// Like [`require_staff`], for what only a 管理者 may do (403 for a 職員).
pub async fn require_admin() -> Result<(AppState, staff::Model), AppError> {
    let (state, me) = require_staff().await?;
    if me.role != staff::ADMIN {
        return Err(crate::state::fail(AppError::AdminOnly));
    }
    Ok((state, me))
}

/// The newest audit entries, with the staff member's login id.
pub async fn audit_entries(db: &DatabaseConnection, limit: u64) -> Result<Vec<super::admin::AuditEntry>, DbErr> {
    use sea_orm::QuerySelect;
    let rows = crate::db::audit_log::Entity::find().order_by_desc(crate::db::audit_log::Column::Id).limit(limit).all(db).await?;
    let names: std::collections::HashMap<i32, String> =
        staff::Entity::find().all(db).await?.into_iter().map(|s| (s.id, s.login_id)).collect();
    Ok(rows
        .into_iter()
        .map(|r| super::admin::AuditEntry {
            at: crate::time::date_time_long(to_jst(r.created_at)),
            staff: names.get(&r.staff_id).cloned().unwrap_or_else(|| format!("#{}", r.staff_id)),
            action: super::admin::action_label(&r.action).to_string(),
            target: r.target,
            detail: r.detail,
            client: r.client_addr.unwrap_or_default(),
        })
        .collect())
}

pub async fn staff_list(db: &DatabaseConnection) -> Result<Vec<super::admin::StaffRow>, DbErr> {
    Ok(staff::Entity::find()
        .order_by_asc(staff::Column::LoginId)
        .all(db)
        .await?
        .into_iter()
        .map(|s| super::admin::StaffRow {
            login_id: s.login_id,
            display_name: s.display_name,
            role: role_label(&s.role).to_string(),
            state: if s.disabled { "停止".into() } else if s.locked_until.is_some() { "ロック中の可能性あり".into() } else { "有効".into() },
        })
        .collect())
}

/// 本日の予約状況: today's slots of every service with their counts.
pub async fn home(db: &DatabaseConnection, me: &staff::Model, now: DateTime<Utc>) -> Result<StaffHome, DbErr> {
    let today = to_jst(now).date();
    let todays = slots::Entity::find()
        .filter(slots::Column::Date.eq(today))
        .order_by_asc(slots::Column::StartTime)
        .order_by_asc(slots::Column::ServiceId)
        .all(db)
        .await?;
    let services = services_by_id(db).await?;
    Ok(StaffHome {
        display_name: me.display_name.clone(),
        role_label: role_label(&me.role).to_string(),
        is_admin: me.role == staff::ADMIN,
        today: date_long(today),
        slots: todays
            .into_iter()
            .map(|s| TodaySlot {
                service_name: services.get(&s.service_id).map(|v| v.name.clone()).unwrap_or_default(),
                time: crate::time::time_range(s.start_time, s.end_time),
                taken: s.taken,
                capacity: s.capacity,
                is_open: s.is_open,
            })
            .collect(),
    })
}

async fn services_by_id(db: &DatabaseConnection) -> Result<std::collections::HashMap<i32, services::Model>, DbErr> {
    Ok(services::Entity::find().all(db).await?.into_iter().map(|s| (s.id, s)).collect())
}

/// Active reservations of these slots, with their residents, by slot.
async fn bookings(
    db: &impl sea_orm::ConnectionTrait,
    slot_ids: Vec<i32>,
) -> Result<Vec<(reservations::Model, residents::Model)>, DbErr> {
    let mine = reservations::Entity::find()
        .filter(reservations::Column::SlotId.is_in(slot_ids))
        .filter(reservations::Column::Status.eq(reservations::ACTIVE))
        .order_by_asc(reservations::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = mine.iter().map(|r| r.resident_id).collect();
    let people: std::collections::HashMap<i32, residents::Model> =
        residents::Entity::find().filter(residents::Column::Id.is_in(ids)).all(db).await?.into_iter().map(|r| (r.id, r)).collect();
    Ok(mine.into_iter().filter_map(|r| people.get(&r.resident_id).cloned().map(|p| (r, p))).collect())
}

pub async fn day_view(db: &DatabaseConnection, me: &staff::Model, day: chrono::NaiveDate, now: DateTime<Utc>) -> Result<super::day::DayView, DbErr> {
    use super::day::{Booked, DaySlot, DayView};
    let todays = slots::Entity::find()
        .filter(slots::Column::Date.eq(day))
        .order_by_asc(slots::Column::ServiceId)
        .order_by_asc(slots::Column::StartTime)
        .all(db)
        .await?;
    let services = services_by_id(db).await?;
    let booked = bookings(db, todays.iter().map(|s| s.id).collect()).await?;
    super::audit::record(db, me, "view_day", &format!("date:{day}"), &format!("{}枠", todays.len()), crate::state::client_addr(), now).await?;
    Ok(DayView {
        date_iso: day.format("%Y-%m-%d").to_string(),
        date_label: date_long(day),
        prev_iso: day.pred_opt().unwrap_or(day).format("%Y-%m-%d").to_string(),
        next_iso: day.succ_opt().unwrap_or(day).format("%Y-%m-%d").to_string(),
        slots: todays
            .into_iter()
            .map(|s| {
                let service = services.get(&s.service_id);
                DaySlot {
                    slot_id: s.id,
                    service_name: service.map(|v| v.name.clone()).unwrap_or_default(),
                    time: crate::time::time_range(s.start_time, s.end_time),
                    venue: service.map(|v| v.venue.clone()).unwrap_or_default(),
                    capacity: s.capacity,
                    taken: s.taken,
                    is_open: s.is_open,
                    booked: booked
                        .iter()
                        .filter(|(r, _)| r.slot_id == s.id)
                        .map(|(r, p)| Booked {
                            number: r.reservation_number.clone(),
                            name: p.name.clone(),
                            kana: p.name_kana.clone(),
                            phone: p.phone.clone(),
                            attended: r.attendance.as_deref().map(|a| a == reservations::ATTENDED),
                        })
                        .collect(),
                }
            })
            .collect(),
    })
}

pub async fn slot_to_cancel(db: &DatabaseConnection, slot_id: i32) -> Result<Option<super::slot_cancel::SlotToCancel>, DbErr> {
    let Some((slot, service)) = crate::reserve::ssr::slot_with_service(db, slot_id).await? else { return Ok(None) };
    let active = bookings(db, vec![slot.id]).await?.len();
    Ok(Some(super::slot_cancel::SlotToCancel {
        slot_id: slot.id,
        service_name: service.name,
        when: crate::time::slot_when(slot.date, slot.start_time, slot.end_time),
        venue: service.venue,
        active,
        is_open: slot.is_open,
    }))
}

/// Cancels every active reservation of the slot, frees the places, closes
/// it, and queues the notice to each resident — all in one transaction.
/// Returns how many residents will be told.
pub async fn cancel_slot(
    db: &DatabaseConnection,
    site: &crate::state::SiteSettings,
    me: &staff::Model,
    slot_id: i32,
    message: &str,
    now: DateTime<Utc>,
) -> Result<Option<usize>, DbErr> {
    let txn = begin_write(db).await?;
    // Closed first, so nobody books it while it is being cancelled.
    let closed = slots::Entity::update_many()
        .col_expr(slots::Column::IsOpen, Expr::value(false))
        .filter(slots::Column::Id.eq(slot_id))
        .exec(&txn)
        .await?
        .rows_affected;
    if closed == 0 {
        return Ok(None);
    }
    let Some((slot, service)) = crate::reserve::ssr::slot_with_service(&txn, slot_id).await? else { return Ok(None) };
    let booked = bookings(&txn, vec![slot.id]).await?;
    reservations::Entity::update_many()
        .col_expr(reservations::Column::Status, Expr::value(reservations::CANCELLED))
        .col_expr(reservations::Column::CancelledAt, Expr::value(now))
        .filter(reservations::Column::SlotId.eq(slot.id))
        .filter(reservations::Column::Status.eq(reservations::ACTIVE))
        .exec(&txn)
        .await?;
    slots::Entity::update_many().col_expr(slots::Column::Taken, Expr::value(0)).filter(slots::Column::Id.eq(slot.id)).exec(&txn).await?;
    let when = crate::time::slot_when(slot.date, slot.start_time, slot.end_time);
    for (reservation, person) in &booked {
        let Ok(email) = crate::domain::EmailAddress::parse(&person.email) else { continue };
        let mail = crate::mail::texts::slot_cancelled(site, &person.name, &reservation.reservation_number, &service.name, &when, &service.venue, message);
        crate::mail::enqueue(&txn, &email, mail, now).await?;
    }
    super::audit::record(&txn, me, "cancel_slot", &format!("slot:{}", slot.id), &format!("{}人に通知: {message}", booked.len()), crate::state::client_addr(), now).await?;
    txn.commit().await?;
    tracing::info!(slot = slot.id, told = booked.len(), staff = %me.login_id, "slot cancelled");
    Ok(Some(booked.len()))
}

/// The CSV's rows for reservations on slots from `from` to `to` (both
/// included), cancelled ones too (their 状態 says so).
pub async fn export_rows(
    db: &DatabaseConnection,
    me: &staff::Model,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    client: Option<std::net::IpAddr>,
    now: DateTime<Utc>,
) -> Result<Vec<Vec<String>>, DbErr> {
    let in_range = slots::Entity::find()
        .filter(slots::Column::Date.gte(from))
        .filter(slots::Column::Date.lte(to))
        .order_by_asc(slots::Column::Date)
        .order_by_asc(slots::Column::StartTime)
        .all(db)
        .await?;
    let services = services_by_id(db).await?;
    let all = reservations::Entity::find()
        .filter(reservations::Column::SlotId.is_in(in_range.iter().map(|s| s.id)))
        .order_by_asc(reservations::Column::Id)
        .all(db)
        .await?;
    let people: std::collections::HashMap<i32, residents::Model> = residents::Entity::find()
        .filter(residents::Column::Id.is_in(all.iter().map(|r| r.resident_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let mut rows = Vec::new();
    for slot in &in_range {
        let service = services.get(&slot.service_id);
        for r in all.iter().filter(|r| r.slot_id == slot.id) {
            let Some(p) = people.get(&r.resident_id) else { continue };
            rows.push(vec![
                slot.date.format("%Y-%m-%d").to_string(),
                time_short(slot.start_time),
                time_short(slot.end_time),
                service.map(|s| s.name.clone()).unwrap_or_default(),
                service.map(|s| s.venue.clone()).unwrap_or_default(),
                r.reservation_number.clone(),
                p.name.clone(),
                p.name_kana.clone(),
                p.birth_date.format("%Y-%m-%d").to_string(),
                p.phone.clone(),
                p.email.clone(),
                if r.status == reservations::ACTIVE { "予約中".into() } else { "キャンセル".into() },
                crate::domain::UserKey::parse(&p.user_key).map(|k| k.to_string()).unwrap_or_default(),
            ]);
        }
    }
    super::audit::record(db, me, "export_csv", &format!("dates:{from}..{to}"), &format!("{}件", rows.len()), client, now).await?;
    Ok(rows)
}

/// 来場 / 欠席 on an active reservation; false when there is none by that number.
pub async fn mark_attendance(db: &DatabaseConnection, me: &staff::Model, number: &str, attended: bool, now: DateTime<Utc>) -> Result<bool, DbErr> {
    let mark = if attended { reservations::ATTENDED } else { reservations::NO_SHOW };
    let txn = begin_write(db).await?;
    let marked = reservations::Entity::update_many()
        .col_expr(reservations::Column::Attendance, Expr::value(mark))
        .filter(reservations::Column::ReservationNumber.eq(number))
        .filter(reservations::Column::Status.eq(reservations::ACTIVE))
        .exec(&txn)
        .await?
        .rows_affected
        == 1;
    if marked {
        super::audit::record(&txn, me, "mark_attendance", &format!("reservation:{number}"), mark, crate::state::client_addr(), now).await?;
    }
    txn.commit().await?;
    Ok(marked)
}

fn hit(r: &residents::Model) -> super::residents::ResidentHit {
    super::residents::ResidentHit {
        id: r.id,
        name: r.name.clone(),
        kana: r.name_kana.clone(),
        phone: r.phone.clone(),
        email: r.email.clone(),
        user_key: crate::domain::UserKey::parse(&r.user_key).map(|k| k.to_string()).unwrap_or_else(|_| r.user_key.clone()),
    }
}

/// By 予約番号, 利用者キー or 電話番号 when the query reads as one; otherwise
/// by ふりがな or 氏名 containing it.
pub async fn search_residents(db: &DatabaseConnection, me: &staff::Model, q: &str, now: DateTime<Utc>) -> Result<Vec<super::residents::ResidentHit>, DbErr> {
    use crate::domain::{Kana, PhoneNumber, ReservationNumber, UserKey, normalize};
    use sea_orm::{Condition, QuerySelect};
    let q = normalize(q);
    let by = if let Some(number) = ReservationNumber::parse(&q) {
        let ids: Vec<i32> = reservations::Entity::find()
            .filter(reservations::Column::ReservationNumber.eq(number.as_str()))
            .all(db)
            .await?
            .into_iter()
            .map(|r| r.resident_id)
            .collect();
        Condition::all().add(residents::Column::Id.is_in(ids))
    } else if let Ok(key) = UserKey::parse(&q) {
        Condition::all().add(residents::Column::UserKey.eq(key.as_str()))
    } else if let Ok(phone) = PhoneNumber::parse(&q) {
        Condition::all().add(residents::Column::Phone.eq(phone.as_str()))
    } else {
        let kana = Kana::parse(&q).map(|k| k.as_str().to_string()).unwrap_or_else(|_| q.clone());
        Condition::any().add(residents::Column::NameKana.contains(&kana)).add(residents::Column::Name.contains(&q))
    };
    let found = residents::Entity::find().filter(by).order_by_asc(residents::Column::NameKana).limit(super::residents::MAX_HITS).all(db).await?;
    super::audit::record(db, me, "search_residents", &format!("q:{q}"), &format!("{}件", found.len()), crate::state::client_addr(), now).await?;
    Ok(found.iter().map(hit).collect())
}

pub async fn resident_detail(db: &DatabaseConnection, me: &staff::Model, id: i32, now: DateTime<Utc>) -> Result<Option<super::residents::ResidentDetail>, DbErr> {
    let Some(r) = residents::Entity::find_by_id(id).one(db).await? else { return Ok(None) };
    let theirs = reservations::Entity::find().filter(reservations::Column::ResidentId.eq(id)).order_by_desc(reservations::Column::Id).all(db).await?;
    let mut list = Vec::new();
    for reservation in theirs {
        if let Some((slot, service)) = crate::reserve::ssr::slot_with_service(db, reservation.slot_id).await? {
            list.push(super::residents::ResidentReservation {
                number: reservation.reservation_number,
                service_name: service.name,
                when: crate::time::slot_when(slot.date, slot.start_time, slot.end_time),
                cancellable: reservation.status == reservations::ACTIVE && slot.date >= to_jst(now).date(),
                status: if reservation.status == reservations::ACTIVE { "予約中".into() } else { "キャンセル".into() },
            });
        }
    }
    super::audit::record(db, me, "view_resident", &format!("resident:{id}"), "", crate::state::client_addr(), now).await?;
    Ok(Some(super::residents::ResidentDetail {
        birth_date: r.birth_date.format("%Y年%-m月%-d日").to_string(),
        locked_until: r.login_locked_until.filter(|t| *t > now).map(|t| crate::time::date_time_long(to_jst(t))),
        failed_logins: r.failed_logins,
        resident: hit(&r),
        reservations: list,
    }))
}

pub async fn unlock_resident(db: &DatabaseConnection, me: &staff::Model, id: i32, now: DateTime<Utc>) -> Result<bool, DbErr> {
    let txn = begin_write(db).await?;
    let done = residents::Entity::update_many()
        .col_expr(residents::Column::LoginLockedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(residents::Column::FailedLogins, Expr::value(0))
        .filter(residents::Column::Id.eq(id))
        .exec(&txn)
        .await?
        .rows_affected
        == 1;
    if done {
        super::audit::record(&txn, me, "unlock_resident", &format!("resident:{id}"), "", crate::state::client_addr(), now).await?;
    }
    txn.commit().await?;
    Ok(done)
}

/// The 利用者キー通知 to the resident's address, listing every key held
/// there (as the residents' own 利用者キー再発行 does).
pub async fn resend_key_notice(db: &DatabaseConnection, site: &crate::state::SiteSettings, me: &staff::Model, id: i32, now: DateTime<Utc>) -> Result<bool, DbErr> {
    use crate::mail::texts::KeyHolder;
    let Some(r) = residents::Entity::find_by_id(id).one(db).await? else { return Ok(false) };
    let Ok(email) = crate::domain::EmailAddress::parse(&r.email) else { return Ok(false) };
    let txn = begin_write(db).await?;
    let holders: Vec<KeyHolder> = residents::Entity::find()
        .filter(residents::Column::Email.eq(email.as_str()))
        .order_by_asc(residents::Column::Id)
        .all(&txn)
        .await?
        .iter()
        .map(|h| KeyHolder { name: h.name.clone(), user_key: hit(h).user_key })
        .collect();
    crate::mail::enqueue(&txn, &email, crate::mail::texts::key_notice(site, &holders), now).await?;
    super::audit::record(&txn, me, "resend_key_notice", &format!("resident:{id}"), "", crate::state::client_addr(), now).await?;
    txn.commit().await?;
    Ok(true)
}
