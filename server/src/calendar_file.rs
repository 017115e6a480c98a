//! `/ticket/<token>/calendar.ics`: a reservation's 予約票 as a calendar
//! file for the phone (`app::ticket`). Written here, outside the Leptos
//! routes, because it is a file, not a page.
use crate::plain_page;
use app::state::AppState;
use app::texts::Text;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use http::{StatusCode, header};

pub async fn download(state: AppState, headers: http::HeaderMap, Path(token): Path<String>) -> Response {
    let language = headers
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .map(app::language::Language::from_cookie_header)
        .unwrap_or_default();
    match app::ticket::ssr::find(&state.db, &token).await {
        Ok(Some(found)) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_string()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"yoyaku-{}.ics\"", found.reservation.reservation_number)),
                // The address is the key: nothing keeps a copy on the way.
                (header::CACHE_CONTROL, "private, no-store".to_string()),
            ],
            app::ticket::ssr::calendar(&found, &state.site, language),
        )
            .into_response(),
        Ok(None) => page(
            &state,
            StatusCode::NOT_FOUND,
            &Text::TicketNotFoundTitle.email(language, &[]),
            &Text::TicketNotFound.email(language, &[]),
        ),
        Err(error) => {
            tracing::error!(%error, "calendar file: the reservation could not be read");
            page(&state, StatusCode::INTERNAL_SERVER_ERROR, "ただいま表示できません", app::texts::INTERNAL_ERROR)
        }
    }
}

fn page(state: &AppState, status: StatusCode, title: &str, message: &str) -> Response {
    let main = format!("<h1>{}</h1><p>{}</p>", plain_page::escape(title), plain_page::escape(message));
    let html = plain_page::render(title, "<meta name=\"robots\" content=\"noindex\">", &main, &state.site);
    (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}
