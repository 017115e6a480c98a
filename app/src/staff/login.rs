//! 職員ログイン and ログアウト: a login id and a password (never a user key),
//! one answer for every failure, a lock after repeated wrong passwords.
use super::*;
use crate::ui::{SubmitButton, TextField};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// ログイン for staff. One message for every failure.
#[server(endpoint = "staff/login")]
pub async fn staff_log_in(login_id: String, password: String) -> Result<(), AppError> {
    use crate::session::{Kind, set_cookie};
    use crate::state::{app_state, even_out};
    let started = tokio::time::Instant::now();
    let state = app_state()?;
    let previous = crate::login::ssr::request_token(&state.site, Kind::Staff);
    let token = db::log_in(&state.db, &state.rules, &login_id, &password, previous.as_deref(), state.clock.now())
        .await
        ?;
    even_out(started).await;
    match token {
        Some(token) => {
            crate::login::ssr::set_response_cookie(&set_cookie(&state.site, Kind::Staff, &token));
            leptos_axum::redirect("/staff");
        }
        None => leptos_axum::redirect("/staff/login?failed=1"),
    }
    Ok(())
}

#[server(endpoint = "staff/logout")]
pub async fn staff_log_out() -> Result<(), AppError> {
    use crate::session::{Kind, clear_cookie};
    use crate::state::app_state;
    let state = app_state()?;
    if let Some(token) = crate::login::ssr::request_token(&state.site, Kind::Staff) {
        crate::session::end(&state.db, &token).await?;
    }
    crate::login::ssr::set_response_cookie(&clear_cookie(&state.site, Kind::Staff));
    leptos_axum::redirect("/staff/login?logged_out=1");
    Ok(())
}

/// 職員ログイン: login id and password; one message for every failure.
#[component]
pub fn StaffLoginPage() -> impl IntoView {
    let login = ServerAction::<StaffLogIn>::new();
    let query = use_query_map();
    // Read reactively: a failed hydrated login navigates to this same page
    // with `?failed=1`, which keeps the component and changes the query.
    let failed = move || query.read().get("failed").is_some();
    let logged_out = move || query.read().get("logged_out").is_some();
    view! {
        <Title text="職員ログイン"/>
        <h1>"職員ログイン"</h1>
        <p>"市の職員用の画面です。利用者（市民）の方は"<a href="/login">"こちらのログイン画面"</a>"をご利用ください。"</p>
        {move || logged_out().then(|| view! { <div class="panel panel--success" role="status"><p>"ログアウトしました。"</p></div> })}
        {move || failed().then(|| view! {
            <div class="notice notice--error" role="alert" data-testid="staff-login-failed">
                <p>"ログインできませんでした。ログインIDとパスワードをお確かめください。続けて間違えると、しばらくログインできなくなります。"</p>
            </div>
        })}
        <ActionForm action=login>
            <TextField id="login_id" label="ログインID" value="" autocomplete="username"/>
            <TextField id="password" label="パスワード" value="" input_type="password" autocomplete="current-password"/>
            <div class="actions">
                <SubmitButton label="ログイン" pending=login.pending()/>
            </div>
        </ActionForm>
    }
}


#[cfg(feature = "ssr")]
pub mod db {
    use crate::db::{begin_write, staff};
    use crate::login::rules::{LoginRules, is_locked};
    use crate::login::ssr::{blocking, verify_code};
    use crate::session::{self, Holder};
    use super::super::account::{LoginId, db::DUMMY_HASH};
    use chrono::{DateTime, Utc};
    use sea_orm::sea_query::{Expr, ExprTrait};
    use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

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
}
