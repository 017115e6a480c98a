//! `GET /staff/export.xlsx?from=2026-12-01&to=2026-12-07` (and `.csv`): the
//! reservations of a date range as a file Excel in Japan opens correctly
//! (see `app::staff::export`). A plain route rather than a server function
//! because the browser downloads it; staff only, and written to the audit log.
use app::staff::export::{self, Format};
use app::session::{self, Kind};
use app::state::{AppState, ClientAddr};
use axum::extract::{Extension, Query};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use http::{HeaderMap, HeaderValue, StatusCode, header};
use sea_orm::EntityTrait;
use serde::Deserialize;

/// The longest range one file may cover.
const MAX_DAYS: i64 = 366;

#[derive(Debug, Deserialize)]
pub struct Range {
    pub from: Option<String>,
    pub to: Option<String>,
}

fn refuse(status: StatusCode, message: &str) -> Response {
    (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], message.to_string()).into_response()
}

fn date(value: Option<&str>) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value?.trim(), "%Y-%m-%d").ok()
}

pub async fn reservations(
    format: Format,
    state: AppState,
    headers: HeaderMap,
    range: Query<Range>,
    client: Option<Extension<ClientAddr>>,
) -> Response {
    let now = state.clock.now();
    let staff_id = match session::token_from(&headers, &state.site, Kind::Staff) {
        Some(token) => session::staff_of(&state.db, &token, &state.rules, now).await.ok().flatten(),
        None => None,
    };
    let me = match staff_id {
        Some(id) => app::db::staff::Entity::find_by_id(id).one(&state.db).await.ok().flatten().filter(|s| !s.disabled),
        None => None,
    };
    let Some(me) = me else {
        return refuse(StatusCode::UNAUTHORIZED, "職員用の機能です。職員ログインからログインしてください。");
    };
    let (Some(from), Some(to)) = (date(range.from.as_deref()), date(range.to.as_deref())) else {
        return refuse(StatusCode::BAD_REQUEST, "期間は from=2026-12-01&to=2026-12-07 のように、年-月-日で指定してください。");
    };
    if to < from || (to - from).num_days() >= MAX_DAYS {
        return refuse(StatusCode::BAD_REQUEST, "期間は開始日から終了日まで、366日以内で指定してください。");
    }
    let who = me.acting_from(client.map(|c| c.0.0));
    let rows = match export::db::rows(&state.db, &who, from, to, format, now).await {
        Ok(rows) => rows,
        Err(error) => {
            tracing::error!(%error, "export failed");
            return refuse(StatusCode::INTERNAL_SERVER_ERROR, app::texts::INTERNAL_ERROR);
        }
    };
    let body = match format {
        Format::Csv => export::csv(&rows),
        Format::Xlsx => match export::xlsx(&rows) {
            Ok(bytes) => bytes,
            Err(error) => {
                tracing::error!(%error, "xlsx export failed");
                return refuse(StatusCode::INTERNAL_SERVER_ERROR, app::texts::INTERNAL_ERROR);
            }
        },
    };
    let filename = format!("reservations_{from}_{to}.{}", format.extension());
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(format.content_type()));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}
