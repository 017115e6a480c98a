//! Request guards that run before any page or server function.
use app::state::ClientAddr;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use http::{Method, StatusCode, header};
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

/// Puts the client's address on the request (for the per-client OTP
/// throttle): the connection's peer, or, behind a trusted reverse proxy,
/// the last `X-Forwarded-For` entry (the one the proxy itself appended).
pub async fn client_addr(State(trust_proxy): State<bool>, mut request: Request, next: Next) -> Response {
    let forwarded = trust_proxy
        .then(|| {
            request
                .headers()
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .last()
                .and_then(|ip| ip.trim().parse::<IpAddr>().ok())
        })
        .flatten();
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    if let Some(ip) = forwarded.or(peer) {
        request.extensions_mut().insert(ClientAddr(ip));
    }
    next.run(request).await
}

/// Whether a POST may change state: refused when the browser says it
/// comes from another site (`Sec-Fetch-Site`), or when its `Origin` is
/// neither this server's configured address nor the host it was sent to.
/// Requests without either header (old browsers, scripts) pass: SameSite=Lax
/// cookies already keep another site's form from acting for a resident.
pub fn same_site(method: &Method, headers: &http::HeaderMap, base_url: &str) -> bool {
    if method == Method::GET || method == Method::HEAD || method == Method::OPTIONS {
        return true;
    }
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if !matches!(site, "same-origin" | "none") {
            return false;
        }
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        None => true,
        Some(origin) => {
            let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("");
            let origin = origin.trim_end_matches('/');
            origin == base_url.trim_end_matches('/')
                || origin.strip_prefix("http://").or_else(|| origin.strip_prefix("https://")) == Some(host)
        }
    }
}

pub async fn same_site_posts_only(State(site): State<Arc<app::site::SiteSettings>>, request: Request, next: Next) -> Response {
    if same_site(request.method(), request.headers(), &site.base_url) {
        return next.run(request).await;
    }
    tracing::warn!(path = request.uri().path(), "cross-site POST refused");
    use crate::plain_page::{say, words};
    use app::texts::Text;
    let language = app::language::of_request(request.uri().path(), request.headers());
    let title = Text::PageTooLargeTitle.in_language(language, &[]);
    let link = format!("<a href=\"/\">{}</a>", say(Text::PageCrossSiteTopLink, language, &[]));
    let main = format!(
        "<h1>{}</h1><p>{}</p>",
        words(&title),
        app::words::fill(&say(Text::PageCrossSite, language, &[]), &[("top_link", &link)]),
    );
    (
        StatusCode::FORBIDDEN,
        [(header::CACHE_CONTROL, "no-store")],
        Html(crate::plain_page::render(language, &title, "", &main, &site)),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> http::HeaderMap {
        pairs.iter().map(|(k, v)| (http::HeaderName::from_static(k), v.parse().unwrap())).collect()
    }

    #[test]
    fn cross_site_posts_are_refused() {
        let base = "https://yoyaku.example.lg.jp";
        let post = Method::POST;
        assert!(same_site(&post, &headers(&[("sec-fetch-site", "same-origin")]), base));
        assert!(!same_site(&post, &headers(&[("sec-fetch-site", "cross-site")]), base));
        assert!(!same_site(&post, &headers(&[("sec-fetch-site", "same-site")]), base));
        assert!(same_site(&post, &headers(&[("origin", base)]), base));
        assert!(same_site(&post, &headers(&[("origin", "http://127.0.0.1:3100"), ("host", "127.0.0.1:3100")]), base));
        assert!(!same_site(&post, &headers(&[("origin", "https://evil.example"), ("host", "yoyaku.example.lg.jp")]), base));
        assert!(!same_site(&post, &headers(&[("origin", "null"), ("host", "yoyaku.example.lg.jp")]), base));
        assert!(same_site(&Method::GET, &headers(&[("sec-fetch-site", "cross-site")]), base));
        assert!(same_site(&post, &headers(&[]), base));
    }
}
