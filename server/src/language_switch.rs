//! `/language?to=en&back=/reserve`: the language links in every page's
//! header. A plain link (no JavaScript, no form), so it is a GET that sets
//! a preference and goes back to the page it came from — on this site only
//! (`app::language::safe_back`). An unknown language changes nothing.
use app::language::{self, Language};
use app::site::SiteSettings;
use axum::extract::RawQuery;
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};
use std::sync::Arc;

pub async fn choose(site: Arc<SiteSettings>, RawQuery(query): RawQuery) -> Response {
    let (mut to, mut back) = (None, String::from("/"));
    for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        match name.as_ref() {
            "to" => to = Language::parse(&value),
            "back" => back = value.into_owned(),
            _ => {}
        }
    }
    let location = HeaderValue::from_str(language::safe_back(&back)).unwrap_or(HeaderValue::from_static("/"));
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
    if let Some(language) = to
        && let Ok(cookie) = HeaderValue::from_str(&language::cookie(site.is_https(), language))
    {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}
