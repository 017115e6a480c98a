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
    let client = crate::state::client_addr();
    let token = db::log_in(&state.db, &state.rules, &login_id, &password, client, previous.as_deref(), state.clock.now()).await?;
    even_out(started).await;
    match token {
        Some(token) => {
            crate::login::ssr::set_response_cookie(&set_cookie(&state.site, Kind::Staff, &token));
            crate::redirect::to("/staff");
        }
        None => crate::redirect::to("/staff/login?failed=1"),
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
    crate::redirect::to("/staff/login?logged_out=1");
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
    use crate::error::AppError;
    use crate::login::rules::{LoginRules, is_locked};
    use crate::login::ssr::{blocking, log_request, recent_requests, verify_code};
    use crate::session::{self, Holder, sha256_hex};
    use super::super::account::{LoginId, db::DUMMY_HASH};
    use chrono::{DateTime, Utc};
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
    use std::net::IpAddr;

    const FAILED: &str = "staff_login_failed";

    /// Wrong passwords are counted per account *and* client (an address, an
    /// IPv6 /64): `staff_lock_after_failures` of them within
    /// `staff_lock_for` stop that client from trying that account until the
    /// oldest falls out of the window. The account itself is never locked by
    /// failures, so a stranger cannot keep a clerk out; the clerk's own
    /// desk is another client (docs/DECISIONS.md, 「職員ログインの制限」).
    fn subject(login_id: &str, client: Option<IpAddr>) -> String {
        let client = client.map(crate::fair_use::client_key).map_or_else(|| "-".to_string(), |ip| ip.to_string());
        sha256_hex(&format!("{FAILED}:{}:{client}", login_id.trim().to_lowercase()))
    }

    /// Whether this client has used up its tries on this account.
    async fn held_back(db: &impl ConnectionTrait, rules: &LoginRules, subject: &str, now: DateTime<Utc>) -> Result<bool, DbErr> {
        let failures = recent_requests(db, FAILED, subject, now - rules.staff_lock_for).await?;
        Ok(failures.len() as i64 >= i64::from(rules.staff_lock_after_failures))
    }

    /// A staff login: the new session's token, or `None` for any failure.
    pub async fn log_in(
        db: &DatabaseConnection,
        rules: &LoginRules,
        login_id: &str,
        password: &str,
        client: Option<IpAddr>,
        previous: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Option<String>, AppError> {
        let subject = subject(login_id, client);
        // Before any hashing: a client out of tries costs one read.
        if held_back(db, rules, &subject, now).await? {
            tracing::info!("staff login refused: this client has used its tries for this account");
            return Ok(None);
        }
        let found = match LoginId::parse(login_id) {
            Ok(id) => staff::Entity::find().filter(staff::Column::LoginId.eq(id.as_str())).one(db).await?,
            Err(_) => None,
        };
        let usable = found.as_ref().filter(|s| !s.disabled && !is_locked(s.locked_until, now));
        let matches = {
            let password = password.to_string();
            let hash = usable.map(|s| s.password_hash.clone());
            blocking(move || verify_code(&password, hash.as_deref().unwrap_or(&DUMMY_HASH))).await? && usable.is_some()
        };
        let txn = begin_write(db).await?;
        if let (true, Some(member)) = (matches, usable) {
            // A success clears this client's count for the account.
            crate::db::request_log::Entity::delete_many()
                .filter(crate::db::request_log::Column::Kind.eq(FAILED))
                .filter(crate::db::request_log::Column::SubjectHash.eq(subject.as_str()))
                .exec(&txn)
                .await?;
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
            tracing::info!(staff = member.id, "staff logged in");
            return Ok(Some(token));
        }
        // Unknown ids are counted the same way, so the answer and the
        // counting tell nothing about which ids exist.
        log_request(&txn, FAILED, &subject, now).await?;
        if held_back(&txn, rules, &subject, now).await? {
            tracing::warn!("staff login: a client used its {} tries on one account", rules.staff_lock_after_failures);
        }
        txn.commit().await?;
        Ok(None)
    }
}
