//! Who may open a staff page: a staff session (never a resident's), and
//! for some pages the 管理者 role.
use crate::actor::StaffActor;
use crate::db::staff::{self, Role};
use crate::error::{AppError, fail};
use crate::login::ssr::request_token;
use crate::session::{self, Kind};
use crate::state::{AppState, app_state, client_addr};
use sea_orm::EntityTrait;

/// The staff member logged in on this request, or 401. A resident's
/// session never counts: it is another cookie and another kind of row.
pub async fn require_staff() -> Result<(AppState, staff::Model), AppError> {
    let state = app_state()?;
    let token = request_token(&state.site, Kind::Staff).ok_or_else(|| fail(AppError::StaffLoginRequired))?;
    let id = session::staff_of(&state.db, &token, &state.rules, state.clock.now())
        .await?
        .ok_or_else(|| fail(AppError::StaffLoginRequired))?;
    let me = staff::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .filter(|s| !s.disabled)
        .ok_or_else(|| fail(AppError::StaffLoginRequired))?;
    Ok((state, me))
}

/// Like [`require_staff`], for what only a 管理者 may do (403 for a 職員).
pub async fn require_admin() -> Result<(AppState, staff::Model), AppError> {
    let (state, me) = require_staff().await?;
    if me.role != Role::Admin {
        return Err(fail(AppError::AdminOnly));
    }
    Ok((state, me))
}

/// The staff member as the audit log and the booking core know them, with
/// the address this request came from.
pub fn acting(me: &staff::Model) -> StaffActor {
    me.acting_from(client_addr())
}
