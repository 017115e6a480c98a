//! A one-second memory of the pages everyone opens on an opening morning —
//! the top page, the list of services and each service's slot calendar —
//! for visitors who are not logged in (the only personal thing on those
//! pages is the header's login state). On a rush a thousand visitors a
//! second ask for the same few pages; now one of them renders each page
//! and the rest get the same bytes, at most `PAGE_CACHE_MS` old. What is
//! shown can lag a booking by that long; the booking core decides at 送信
//! and 満員 is said then (as it is when two residents choose the last place).
//!
//! Concurrent misses wait for the one render in progress (no stampede).
use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderMap, Method, StatusCode, header};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::OnceCell;

/// Pages bigger than this are not kept (none of the cached pages comes near).
const MAX_PAGE: usize = 1 << 20;
/// Distinct addresses kept at most (a query string can vary without end).
const MAX_ENTRIES: usize = 2_000;

#[derive(Clone)]
struct Page {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

type Entry = (Instant, Arc<OnceCell<Option<Page>>>);

pub struct PageCache {
    keep: Duration,
    entries: Mutex<HashMap<String, Entry>>,
}

impl PageCache {
    pub fn new(keep: Duration) -> Arc<PageCache> {
        Arc::new(PageCache { keep, entries: Mutex::new(HashMap::new()) })
    }

    fn entry(&self, key: &str) -> Arc<OnceCell<Option<Page>>> {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        if let Some((at, cell)) = entries.get(key) {
            if now.duration_since(*at) < self.keep {
                return cell.clone();
            }
        }
        if entries.len() >= MAX_ENTRIES {
            entries.retain(|_, (at, _)| now.duration_since(*at) < self.keep);
        }
        let cell = Arc::new(OnceCell::new());
        entries.insert(key.to_string(), (now, cell.clone()));
        cell
    }
}

/// The addresses kept: the top page, 予約メニュー and a service's slots.
fn cacheable_path(path: &str) -> bool {
    path == "/"
        || path == "/reserve"
        || path.strip_prefix("/reserve/services/").is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the request carries a resident's or a staff session.
fn logged_in(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("eyoyaku_session=") || v.contains("eyoyaku_staff="))
}

/// A kept page's key: its address and the language it is written in (the
/// visitor's cookie), so an English visitor never gets the Japanese page a
/// visitor rendered a moment before.
fn key(uri: &http::Uri, headers: &HeaderMap) -> String {
    let language = app::language::of_request(uri.path(), headers);
    let address = uri.path_and_query().map_or_else(|| uri.path(), |p| p.as_str());
    format!("{} {address}", language.code())
}

pub async fn remember(State(cache): State<Arc<PageCache>>, request: Request, next: Next) -> Response {
    let cacheable = cache.keep > Duration::ZERO
        && request.method() == Method::GET
        && cacheable_path(request.uri().path())
        && !logged_in(request.headers());
    if !cacheable {
        return next.run(request).await;
    }
    let cell = cache.entry(&key(request.uri(), request.headers()));
    // The first caller renders; the others wait for its page. A page that
    // cannot be kept (an error status, a cookie set) goes to its own caller,
    // and those who waited for it render their own.
    let mut pending = Some((request, next));
    let mut fresh: Option<Response> = None;
    let page = cell
        .get_or_init(|| {
            let (request, next) = pending.take().expect("the first caller's request");
            let fresh = &mut fresh;
            async move {
                let response = next.run(request).await;
                let (parts, body) = response.into_parts();
                let keep = parts.status == StatusCode::OK && !parts.headers.contains_key(header::SET_COOKIE);
                match to_bytes(body, MAX_PAGE).await {
                    Ok(body) if keep => Some(Page { status: parts.status, headers: parts.headers, body }),
                    Ok(body) => {
                        *fresh = Some(Response::from_parts(parts, Body::from(body)));
                        None
                    }
                    Err(_) => {
                        *fresh = Some(
                            Response::builder().status(StatusCode::INTERNAL_SERVER_ERROR).body(Body::empty()).unwrap_or_default(),
                        );
                        None
                    }
                }
            }
        })
        .await;
    if let Some(response) = fresh {
        return response;
    }
    match (page, pending) {
        (Some(page), _) => {
            let mut response = Response::new(Body::from(page.body.clone()));
            *response.status_mut() = page.status;
            *response.headers_mut() = page.headers.clone();
            response
        }
        (None, Some((request, next))) => next.run(request).await,
        (None, None) => Response::builder().status(StatusCode::INTERNAL_SERVER_ERROR).body(Body::empty()).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_public_pages_are_kept() {
        for path in ["/", "/reserve", "/reserve/services/3"] {
            assert!(cacheable_path(path), "{path}");
        }
        for path in ["/reserve/services/", "/reserve/services/3/x", "/reserve/slots/3", "/my", "/staff", "/login"] {
            assert!(!cacheable_path(path), "{path}");
        }
    }

    #[test]
    fn each_language_has_its_own_page() {
        let uri: http::Uri = "/reserve?x=1".parse().unwrap();
        let mut english = HeaderMap::new();
        english.insert(header::COOKIE, "eyoyaku_lang=en".parse().unwrap());
        assert_eq!(key(&uri, &HeaderMap::new()), "ja /reserve?x=1");
        assert_eq!(key(&uri, &english), "en /reserve?x=1");
    }

    #[test]
    fn a_session_cookie_means_logged_in() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, "e_yoyaku_pass=p1.ab".parse().unwrap());
        assert!(!logged_in(&headers));
        headers.insert(header::COOKIE, "e_yoyaku_pass=p1.ab; eyoyaku_session=x".parse().unwrap());
        assert!(logged_in(&headers));
        headers.insert(header::COOKIE, "__Host-eyoyaku_staff=x".parse().unwrap());
        assert!(logged_in(&headers));
    }
}
