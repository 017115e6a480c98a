//! The browser a form is typed in. Drafts (what was typed between the steps
//! of a form) and the completion page belong to it: a random token in a
//! cookie that lives as long as the browser session (closing a library
//! PC's browser ends it), kept in the database only as its SHA-256. A URL
//! copied, shared or left in a shared PC's history opens nothing elsewhere.
use crate::site::SiteSettings;

/// The SHA-256 of a browser's token: what a draft stores as its owner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Browser(String);

impl Browser {
    pub fn from_token(token: &str) -> Self {
        Browser(crate::session::sha256_hex(&format!("browser:{token}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn cookie_name(site: &SiteSettings) -> &'static str {
    if site.is_https() { "__Host-eyoyaku_browser" } else { "eyoyaku_browser" }
}

/// The token the request carries, if it carries a well-formed one.
pub fn token_from(headers: &http::HeaderMap, site: &SiteSettings) -> Option<String> {
    crate::session::token_in(headers, cookie_name(site))
}

pub fn set_cookie(site: &SiteSettings, token: &str) -> String {
    crate::session::browser_session_cookie(site, cookie_name(site), token)
}

/// The token given to this browser during this request, so that two calls
/// in one request agree.
#[derive(Clone)]
struct GivenNow(String);

/// The browser of the request being served: its cookie's, or a new token
/// set on the answer when it has none (the first step of a form).
pub fn of_request(site: &SiteSettings) -> Browser {
    use leptos::prelude::{provide_context, use_context};
    if let Some(token) = use_context::<http::request::Parts>().and_then(|parts| token_from(&parts.headers, site)) {
        return Browser::from_token(&token);
    }
    if let Some(GivenNow(token)) = use_context::<GivenNow>() {
        return Browser::from_token(&token);
    }
    let token = crate::session::new_token();
    crate::session::set_response_cookie(&set_cookie(site, &token));
    provide_context(GivenNow(token.clone()));
    Browser::from_token(&token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_is_read_back_and_hashed() {
        let site = SiteSettings::example();
        let token = crate::session::new_token();
        let set = set_cookie(&site, &token);
        assert!(set.starts_with("__Host-eyoyaku_browser=") && set.contains("HttpOnly") && set.contains("Secure"), "{set}");
        let mut headers = http::HeaderMap::new();
        headers.insert(http::header::COOKIE, format!("a=b; __Host-eyoyaku_browser={token}").parse().unwrap());
        assert_eq!(token_from(&headers, &site), Some(token.clone()));
        assert_ne!(Browser::from_token(&token).as_str(), token);
        headers.insert(http::header::COOKIE, "__Host-eyoyaku_browser=not-a-token".parse().unwrap());
        assert_eq!(token_from(&headers, &site), None);
    }
}
