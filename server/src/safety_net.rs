//! The last nets under every request: an id for each (お問い合わせ番号, in
//! every log line and on error pages), a body limit answered with 413 and
//! a Japanese page, and a caught panic answered with a 500 page instead of
//! a dropped connection.
use app::language::Language;
use app::site::SiteSettings;
use app::texts::Text;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};
use http_body_util::BodyExt;
use rand::Rng;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tower_http::request_id::{MakeRequestId, RequestId};

/// The largest body any form here sends is a few kilobytes (a service's
/// description is the longest field); 64 KiB leaves room and keeps a
/// script from making the server hold megabytes per request.
pub const MAX_BODY: usize = 64 * 1024;

pub use app::error::REQUEST_ID_HEADER as REQUEST_ID;

/// Request ids short enough to read out on the phone: 8 characters from an
/// alphabet without look-alikes (no 0/O, 1/I/L), 「K7QM-9XDA」.
#[derive(Clone, Copy, Default)]
pub struct ShortIds;

const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

pub fn new_id() -> String {
    let mut rng = rand::rng();
    let mut id = String::with_capacity(9);
    for i in 0..8 {
        if i == 4 {
            id.push('-');
        }
        id.push(ALPHABET[rng.random_range(0..ALPHABET.len())] as char);
    }
    id
}

impl MakeRequestId for ShortIds {
    fn make_request_id<B>(&mut self, _request: &http::Request<B>) -> Option<RequestId> {
        HeaderValue::from_str(&new_id()).ok().map(RequestId::new)
    }
}

/// Puts the nets around `router`: the body limit innermost, then the
/// panic net, then the page writer that gives a caught panic its page.
pub fn around<S: Clone + Send + Sync + 'static>(router: axum::Router<S>, site: Arc<SiteSettings>) -> axum::Router<S> {
    router
        .layer(axum::middleware::from_fn_with_state(site.clone(), limit_body))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(panic_response as fn(_) -> _))
        .layer(axum::middleware::from_fn_with_state(site, error_pages))
}

/// Marks a response made by the panic net; `error_pages` writes its page.
#[derive(Clone, Copy)]
struct Panicked;

/// For `CatchPanicLayer`: logs the panic (inside the request's span, so
/// with its id) and answers 500.
pub fn panic_response(payload: Box<dyn std::any::Any + Send + 'static>) -> http::Response<String> {
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into());
    tracing::error!(panic = %message, "a request panicked; answered 500");
    let mut response = http::Response::new(String::new());
    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    response.extensions_mut().insert(Panicked);
    response
}

/// Writes the pages of the nets above: the 500 page of a caught panic, with
/// the request's id to quote on the phone.
pub async fn error_pages(State(site): State<Arc<SiteSettings>>, request: Request, next: Next) -> Response {
    let id = app::error::request_id_in(request.headers()).map(str::to_string);
    let form_post = app::error::is_form_post(request.headers());
    let language = app::language::of_request(request.uri().path(), request.headers());
    let response = next.run(request).await;
    if response.extensions().get::<Panicked>().is_none() {
        return response;
    }
    let error = app::error::AppError::Internal { cause: app::cause::Cause::default(), reference: id };
    answer(&error, form_post, &site, language)
}

/// Refuses bodies over `MAX_BODY`: at once when `Content-Length` says so,
/// otherwise as soon as the streamed body passes it (whatever the handler
/// then answered is replaced by the 413).
pub async fn limit_body(State(site): State<Arc<SiteSettings>>, request: Request, next: Next) -> Response {
    let form_post = app::error::is_form_post(request.headers());
    let language = app::language::of_request(request.uri().path(), request.headers());
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        tracing::info!(declared, "body over the limit refused");
        return answer(&app::error::AppError::TooLarge, form_post, &site, language);
    }
    let over = Arc::new(AtomicBool::new(false));
    let (parts, body) = request.into_parts();
    let flag = over.clone();
    let body = http_body_util::Limited::new(body, MAX_BODY).map_err(move |error| {
        flag.store(true, Ordering::Relaxed);
        axum::Error::new(error)
    });
    let response = next.run(Request::from_parts(parts, Body::new(body))).await;
    if over.load(Ordering::Relaxed) {
        tracing::info!("streamed body over the limit refused");
        return answer(&app::error::AppError::TooLarge, form_post, &site, language);
    }
    response
}

/// The error as a page for a plain form post or a browser, as the app's
/// JSON for the hydrated page's fetch.
fn answer(error: &app::error::AppError, form_post: bool, site: &SiteSettings, language: Language) -> Response {
    use crate::plain_page::{say, words};
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let mut response = if form_post {
        let title = match status {
            StatusCode::PAYLOAD_TOO_LARGE => Text::PageTooLargeTitle,
            _ => Text::PageInternalTitle,
        }
        .in_language(language, &[]);
        let main = format!(
            "<h1>{}</h1><div class=\"notice notice--error\" role=\"alert\"><p>{}</p></div>\
             <p><a href=\"/\">{}</a></p>",
            words(&title),
            words(&error.message_in(language)),
            say(Text::PageBackToTop, language, &[]),
        );
        Html(crate::plain_page::render(language, &title, "", &main, site)).into_response()
    } else {
        ([(header::CONTENT_TYPE, "application/json")], serde_json::to_string(error).unwrap_or_default()).into_response()
    };
    *response.status_mut() = status;
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        // The rest of the body is never read, so this connection cannot
        // carry another request: say so, or a client would send its next
        // request on it and see the connection drop.
        response.headers_mut().insert(header::CONNECTION, http::HeaderValue::from_static("close"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_and_readable() {
        let id = new_id();
        assert_eq!(id.len(), 9);
        assert_eq!(&id[4..5], "-");
        assert!(id.bytes().filter(|b| *b != b'-').all(|b| ALPHABET.contains(&b)), "{id}");
        assert_ne!(new_id(), new_id());
    }
}
