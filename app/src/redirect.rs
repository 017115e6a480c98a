//! Where a server function sends the browser next. The one door to
//! `leptos_axum::redirect`, which panics on a value that cannot be a
//! header (a newline, a control character): every path is checked here
//! first, so nothing a request carried can crash its own answer.

/// Redirects to `path`, a path on this site. A path that is not one (another
/// site, `//host`, a character a header cannot hold) is logged and replaced
/// by the top page: a wrong turn, never a dropped connection.
pub fn to(path: &str) {
    leptos_axum::redirect(checked(path).unwrap_or("/"));
}

/// `path` when it is a local path that can be a `Location` header.
pub fn checked(path: &str) -> Option<&str> {
    let local = path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/\\");
    let printable = path.bytes().all(|b| (0x21..0x7f).contains(&b));
    if local && printable {
        Some(path)
    } else {
        tracing::warn!(path = %path.escape_debug(), "redirect refused: not a local path a header can carry");
        None
    }
}

#[cfg(test)]
mod tests {
    use super::checked;

    #[test]
    fn only_local_printable_paths_pass() {
        assert_eq!(checked("/my/reservations/12345678/cancelled"), Some("/my/reservations/12345678/cancelled"));
        assert_eq!(checked("/staff/day?date=2026-12-01#slot-4"), Some("/staff/day?date=2026-12-01#slot-4"));
        for bad in ["/my/1234\n5678", "/a\rb", "/a b", "//evil.example/", "/\\evil", "https://evil.example/", "", "/予約"] {
            assert_eq!(checked(bad), None, "{bad:?}");
            assert!(http::HeaderValue::from_str(checked(bad).unwrap_or("/")).is_ok());
        }
    }
}
