//! The staff console (`/staff`): staff log in with a login id and password
//! (never a user key), with their own session cookie; roles 管理者 (admin)
//! and 職員 (clerk). The first admin is created on the server's command
//! line (`server staff add --admin <id>`, README).
pub mod account;
pub mod admin;
#[cfg(feature = "ssr")]
pub mod audit;
pub mod bulk_slots;
pub mod counter_booking;
#[cfg(feature = "ssr")]
pub mod csv;
pub mod day;
mod pages;
pub mod residents;
pub mod services;
pub mod slot_cancel;
pub mod slots;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use pages::{StaffHomePage, StaffLoginPage};

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TodaySlot {
    pub service_name: String,
    /// `9:30〜10:00`
    pub time: String,
    pub taken: i32,
    pub capacity: i32,
    pub is_open: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffHome {
    pub display_name: String,
    /// 管理者 or 職員
    pub role_label: String,
    pub is_admin: bool,
    /// `2026年12月1日(火)`
    pub today: String,
    pub slots: Vec<TodaySlot>,
}

pub fn role_label(role: &str) -> &'static str {
    if role == crate::texts::STAFF_ROLE_ADMIN { "管理者" } else { "職員" }
}

/// ログイン for staff. One message for every failure.
#[server(endpoint = "staff/login")]
pub async fn staff_log_in(login_id: String, password: String) -> Result<(), AppError> {
    use crate::session::{Kind, set_cookie};
    use crate::state::{app_state, even_out, internal};
    let started = tokio::time::Instant::now();
    let state = app_state()?;
    let previous = crate::login::ssr::request_token(&state.site, Kind::Staff);
    let token = ssr::log_in(&state.db, &state.rules, &login_id, &password, previous.as_deref(), state.clock.now())
        .await
        .map_err(internal)?;
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
    use crate::state::{app_state, internal};
    let state = app_state()?;
    if let Some(token) = crate::login::ssr::request_token(&state.site, Kind::Staff) {
        crate::session::end(&state.db, &token).await.map_err(internal)?;
    }
    crate::login::ssr::set_response_cookie(&clear_cookie(&state.site, Kind::Staff));
    leptos_axum::redirect("/staff/login?logged_out=1");
    Ok(())
}

#[server(endpoint = "staff/home")]
pub async fn get_staff_home() -> Result<StaffHome, AppError> {
    use crate::state::internal;
    let (state, me) = ssr::require_staff().await?;
    ssr::home(&state.db, &me, state.clock.now()).await.map_err(internal)
}
