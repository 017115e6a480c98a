//! `GET /my/data/download`: everything kept about the logged-in resident
//! (`app::own_data`) as a JSON file. A plain route rather than a server
//! function because the browser downloads it.
use crate::plain_page;
use app::session::{self, Kind};
use app::state::AppState;
use app::texts::Text;
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, StatusCode, header};

pub async fn download(state: AppState, headers: HeaderMap) -> Response {
    let language = app::language::of_request("/my/data/download", &headers);
    let now = state.clock.now();
    let resident = match session::token_from(&headers, &state.site, Kind::Resident) {
        Some(token) => session::resident_of(&state.db, &token, &state.rules, now).await,
        None => Ok(None),
    };
    let data = match resident {
        Ok(Some(id)) => app::own_data::ssr::export(&state.db, id, now).await,
        Ok(None) => Ok(None),
        Err(error) => Err(error),
    };
    match data {
        Ok(Some(data)) => match serde_json::to_string_pretty(&data) {
            Ok(json) => (
                [
                    (header::CONTENT_TYPE, "application/json; charset=utf-8"),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"e-yoyaku-my-data.json\""),
                    (header::CACHE_CONTROL, "private, no-store"),
                ],
                json,
            )
                .into_response(),
            Err(error) => {
                tracing::error!(%error, "own data: could not be written as JSON");
                page(&state, language, StatusCode::INTERNAL_SERVER_ERROR, Text::PageInternalTitle, Text::ErrorInternal)
            }
        },
        Ok(None) => page(&state, language, StatusCode::UNAUTHORIZED, Text::OwnTitle, Text::ErrorLoginRequired),
        Err(error) => {
            tracing::error!(%error, "own data: could not be read");
            page(&state, language, StatusCode::INTERNAL_SERVER_ERROR, Text::PageInternalTitle, Text::ErrorInternal)
        }
    }
}

fn page(state: &AppState, language: app::language::Language, status: StatusCode, title: Text, message: Text) -> Response {
    let login = if status == StatusCode::UNAUTHORIZED {
        format!("<p><a href=\"/login\">{}</a></p>", plain_page::say(Text::SiteToLogin, language, &[]))
    } else {
        String::new()
    };
    let main = format!("<h1>{}</h1><p>{}</p>{login}", plain_page::say(title, language, &[]), plain_page::say(message, language, &[]));
    let title = title.in_language(language, &[]);
    let html = plain_page::render(language, &title, "<meta name=\"robots\" content=\"noindex\">", &main, &state.site);
    (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], html).into_response()
}
