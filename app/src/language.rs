//! The resident's language: 日本語 (the default), English, or やさしい日本語
//! (easy Japanese: short sentences, everyday words, readings over kanji).
//! Chosen by the links in every page's header (`/language?to=en&back=…`,
//! plain links, so they work without JavaScript), kept in a cookie for a
//! year, read by the server for every page and email and by the browser
//! when it hydrates, so both render the same words.
//!
//! The staff console stays in Japanese: its users are the city's staff
//! (docs/DECISIONS.md).
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    Ja,
    En,
    /// やさしい日本語.
    Easy,
}

pub const COOKIE: &str = "eyoyaku_lang";

impl Language {
    pub const ALL: [Language; 3] = [Language::Ja, Language::Easy, Language::En];

    /// As the cookie and the switch's links write it.
    pub fn code(self) -> &'static str {
        match self {
            Language::Ja => "ja",
            Language::En => "en",
            Language::Easy => "easy",
        }
    }

    pub fn parse(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code.trim())
    }

    /// The page's `lang`: easy Japanese is Japanese to a screen reader.
    pub fn html_lang(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ja | Language::Easy => "ja",
        }
    }

    /// The switch's own words for each language, always in that language,
    /// so a resident who reads none of the others still finds theirs.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::Ja => "日本語",
            Language::En => "English",
            Language::Easy => "やさしい にほんご",
        }
    }

    /// The language in a `Cookie:` header; the default when none is set
    /// or it says something else.
    pub fn from_cookie_header(header: &str) -> Language {
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == COOKIE)
            .and_then(|(_, value)| Language::parse(value))
            .unwrap_or_default()
    }
}

/// The language a request asks for (its cookie); Japanese for the staff
/// console. For what the server writes outside the app (the waiting page,
/// the busy page, error pages, the calendar file).
#[cfg(feature = "ssr")]
pub fn of_request(path: &str, headers: &http::HeaderMap) -> Language {
    if is_staff_path(path) {
        return Language::Ja;
    }
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(Language::from_cookie_header)
        .find(|l| *l != Language::Ja)
        .unwrap_or_default()
}

/// The language of the page being rendered (put in the Leptos context by
/// `App`), or of the request a server function answers.
pub fn current() -> Language {
    leptos::prelude::use_context::<Language>().unwrap_or_else(of_page)
}

/// The language this page is rendered in: on the server, the request's
/// cookie; in the browser, what the server wrote on `<html>`
/// (`data-language`), so hydration finds the same words.
pub fn of_page() -> Language {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<http::request::Parts>()
            .filter(|parts| !is_staff_path(parts.uri.path()))
            .and_then(|parts| parts.headers.get(http::header::COOKIE).and_then(|v| v.to_str().ok()).map(Language::from_cookie_header))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        leptos::prelude::document()
            .document_element()
            .and_then(|html| html.get_attribute("data-language"))
            .and_then(|code| Language::parse(&code))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_chooses_and_anything_else_is_japanese() {
        assert_eq!(Language::from_cookie_header("a=1; eyoyaku_lang=en; b=2"), Language::En);
        assert_eq!(Language::from_cookie_header("eyoyaku_lang=easy"), Language::Easy);
        assert_eq!(Language::from_cookie_header("eyoyaku_lang=fr"), Language::Ja);
        assert_eq!(Language::from_cookie_header("xeyoyaku_lang=en"), Language::Ja);
        assert_eq!(Language::from_cookie_header(""), Language::Ja);
        for l in Language::ALL {
            assert_eq!(Language::parse(l.code()), Some(l));
        }
    }
}

/// The staff console's pages and server functions, which stay Japanese
/// whatever the browser's cookie says.
pub fn is_staff_path(path: &str) -> bool {
    path == "/staff" || path.starts_with("/staff/") || path.starts_with("/api/staff/")
}

/// The `Set-Cookie` that keeps `language` for a year: this site only, not
/// sent from other sites' forms, Secure when the site is on https
/// (`SiteSettings::is_https`). Scripts need not read it
/// (the page says its language on `<html>`).
#[cfg(feature = "ssr")]
pub fn cookie(secure: bool, language: Language) -> String {
    cookie::Cookie::build((COOKIE, language.code()))
        .path("/")
        .http_only(true)
        .same_site(cookie::SameSite::Lax)
        .secure(secure)
        .max_age(cookie::time::Duration::days(365))
        .build()
        .to_string()
}

/// Where the switch goes back to: a path on this site (never another
/// site, `//host` or `/\host`, nor a header-breaking character); else the
/// top page.
pub fn safe_back(back: &str) -> &str {
    let local = back.starts_with('/') && !back.starts_with("//") && !back.starts_with("/\\");
    if local && back.len() <= 2048 && back.is_ascii() && !back.chars().any(|c| c.is_ascii_control()) { back } else { "/" }
}

/// The switch's link to `language` from the page at `here` (path and query).
pub fn switch_href(language: Language, here: &str) -> String {
    let back: String = url_encode(safe_back(here));
    format!("/language?to={}&back={back}", language.code())
}

fn url_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod switch_tests {
    use super::*;

    #[test]
    fn the_switch_goes_back_only_to_this_site() {
        assert_eq!(safe_back("/reserve/services/1?day=2026-12-01"), "/reserve/services/1?day=2026-12-01");
        for away in ["https://evil.example/", "//evil.example/", "/\\evil.example", "evil", "", "/a\r\nSet-Cookie: x=1", "/日本"] {
            assert_eq!(safe_back(away), "/", "{away:?}");
        }
        assert!(is_staff_path("/staff") && is_staff_path("/staff/day") && is_staff_path("/api/staff/day"));
        assert!(!is_staff_path("/staffing") && !is_staff_path("/reserve"));
        assert_eq!(switch_href(Language::En, "/reserve?x=1&y=2"), "/language?to=en&back=/reserve%3Fx%3D1%26y%3D2");
    }
}
