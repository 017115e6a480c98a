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
    let language = app::language::of_request("/ticket", &headers);
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
        Ok(None) => page(&state, language, StatusCode::NOT_FOUND, Text::TicketNotFoundTitle, Text::TicketNotFound),
        Err(error) => {
            tracing::error!(%error, "calendar file: the reservation could not be read");
            page(&state, language, StatusCode::INTERNAL_SERVER_ERROR, Text::PageInternalTitle, Text::ErrorInternal)
        }
    }
}

fn page(state: &AppState, language: app::language::Language, status: StatusCode, title: Text, message: Text) -> Response {
    let main = format!("<h1>{}</h1><p>{}</p>", plain_page::say(title, language, &[]), plain_page::say(message, language, &[]));
    let title = title.in_language(language, &[]);
    let html = plain_page::render(language, &title, "<meta name=\"robots\" content=\"noindex\">", &main, &state.site);
    (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}
