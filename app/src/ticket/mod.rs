//! 予約票: a reservation's own page, to print or to show at the counter —
//! service, date and time, venue, 予約番号 with its QR code, what to bring,
//! whom to call — and a calendar file (`.ics`) for the phone.
//!
//! Reached only through its link, `/ticket/<token>`: 128 random bits given
//! to the reservation at booking (`reservations.ticket_token`), shown on the
//! completion page, in the reservation emails and in my reservations. No
//! login, so it opens from the email on any device and prints at a
//! convenience store; in exchange it carries no name, birth date, phone or
//! address — only what the counter needs (docs/DECISIONS.md).
#[cfg(feature = "ssr")]
pub mod ssr;

mod page;
pub use page::TicketPage;

use crate::contact::Contact;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The 予約票's address for `token`.
pub fn path(token: &str) -> String {
    format!("/ticket/{token}")
}

/// The calendar file's address for `token`.
pub fn calendar_path(token: &str) -> String {
    format!("/ticket/{token}/calendar.ics")
}

/// The token in a 予約票's address, if `path` is one.
pub fn token_of(path: &str) -> Option<&str> {
    path.strip_prefix("/ticket/").filter(|token| is_well_formed(token))
}

/// `path` as the request log writes it: a 予約票's token, being its key,
/// never reaches a log file (`/ticket/…/calendar.ics`).
pub fn path_for_log(path: &str) -> std::borrow::Cow<'_, str> {
    match path.strip_prefix("/ticket/") {
        Some(rest) => {
            let tail = rest.find('/').map(|at| &rest[at..]).unwrap_or("");
            std::borrow::Cow::Owned(format!("/ticket/…{tail}"))
        }
        None => std::borrow::Cow::Borrowed(path),
    }
}

/// 32 lowercase hex digits, as `drafts::new_id` makes them: anything else
/// is refused before a query.
pub fn is_well_formed(token: &str) -> bool {
    token.len() == 32 && token.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ticket {
    pub token: String,
    pub number: String,
    pub service_name: String,
    /// `2026年12月1日(火) 9:30〜10:00`
    pub when: String,
    pub venue: String,
    /// 持ち物・注意事項, as staff wrote them for the service.
    pub notes: String,
    pub cancelled: bool,
    /// The QR code of the 予約番号 as an inline SVG (made by the server).
    pub qr_svg: String,
    pub contact: Contact,
}

#[server(endpoint = "ticket/view")]
pub async fn get_ticket(token: String) -> Result<Ticket, AppError> {
    use crate::error::fail;
    let state = crate::state::app_state()?;
    let found = ssr::find(&state.db, &token).await?.ok_or_else(|| fail(AppError::NotFound))?;
    Ok(ssr::ticket(&found, &state.site)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_its_own_shape_is_a_token() {
        let token = "0123456789abcdef0123456789abcdef";
        assert!(is_well_formed(token));
        assert_eq!(token_of(&path(token)), Some(token));
        assert_eq!(calendar_path(token), format!("/ticket/{token}/calendar.ics"));
        for bad in ["", "0123456789ABCDEF0123456789ABCDEF", "0123456789abcdef0123456789abcde", "../../../etc/passwd00000000000000", "0123456789abcdef0123456789abcdeg"] {
            assert!(!is_well_formed(bad), "{bad}");
        }
        assert_eq!(token_of("/reserve/0123456789abcdef0123456789abcdef"), None);
    }

    #[test]
    fn the_log_never_holds_a_token() {
        let token = "0123456789abcdef0123456789abcdef";
        assert_eq!(path_for_log(&path(token)), "/ticket/…");
        assert_eq!(path_for_log(&calendar_path(token)), "/ticket/…/calendar.ics");
        assert_eq!(path_for_log("/reserve"), "/reserve");
    }
}
