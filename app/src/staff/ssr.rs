//! Staff accounts and sessions against the database.
use super::account::{LoginId, check_password};
use super::*;
use crate::db::{begin_write, slots, services, staff};
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

/// 本日の予約状況: today's slots of every service with their counts.
pub async fn home(db: &DatabaseConnection, me: &staff::Model, now: DateTime<Utc>) -> Result<StaffHome, DbErr> {
    let today = to_jst(now).date();
    let todays = slots::Entity::find()
        .filter(slots::Column::Date.eq(today))
        .order_by_asc(slots::Column::StartTime)
        .order_by_asc(slots::Column::ServiceId)
        .all(db)
        .await?;
    let services: std::collections::HashMap<i32, String> =
        services::Entity::find().all(db).await?.into_iter().map(|s| (s.id, s.name)).collect();
    Ok(StaffHome {
        display_name: me.display_name.clone(),
        role_label: role_label(&me.role).to_string(),
        today: date_long(today),
        slots: todays
            .into_iter()
            .map(|s| TodaySlot {
                service_name: services.get(&s.service_id).cloned().unwrap_or_default(),
                time: format!("{}〜{}", time_short(s.start_time), time_short(s.end_time)),
                taken: s.taken,
                capacity: s.capacity,
                is_open: s.is_open,
            })
            .collect(),
    })
}
