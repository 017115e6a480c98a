//! The one error type server functions return. Each variant knows the
//! words a resident reads (`app/texts/`, in their language) and knows its HTTP status; the cause
//! of an internal failure is kept for the log and never reaches the page.
use crate::booking::BookingError;
use crate::cause::Cause;
use crate::language::Language;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    /// Input that cannot be read at all (a tampered or truncated form).
    BadRequest,
    NotFound,
    Expired,
    LoginRequired,
    StaffLoginRequired,
    AdminOnly,
    /// 公平な利用: this client has saved or sent too much in a short time
    /// (`server/src/fair_use.rs`); `retry_at` is when it may again (「9:05」).
    TooMany { retry_at: String },
    /// A body over the server's limit (`server/src/safety_net.rs`).
    TooLarge,
    /// The booking core said no (満員, 締切, 上限 …): its own message.
    Booking(BookingError),
    /// The staff console refused a step, in its own (Japanese) words: 受付
    /// of a reservation of another day, or cancelled.
    StaffRefused { message: String },
    /// 利用者情報の削除 while an upcoming reservation, a place in line or
    /// an application is still the resident's.
    StillBooked,
    Internal {
        /// What went wrong, for the log; never sent to the browser.
        #[serde(skip)]
        cause: Cause,
        /// The request id the log line carries (お問い合わせ番号), so a
        /// resident who calls can be matched to what went wrong.
        reference: Option<String>,
    },
}

impl AppError {
    pub fn status(&self) -> u16 {
        match self {
            AppError::BadRequest => 400,
            AppError::LoginRequired | AppError::StaffLoginRequired => 401,
            AppError::AdminOnly => 403,
            AppError::NotFound => 404,
            AppError::Expired => 410,
            AppError::TooMany { .. } => 429,
            AppError::TooLarge => 413,
            AppError::Booking(refused) => refused.status(),
            AppError::StaffRefused { .. } | AppError::StillBooked => 409,
            AppError::Internal { .. } => 500,
        }
    }

    /// The words a resident reads, in `language` (readings as `《》`).
    pub fn message_in(&self, language: Language) -> String {
        use crate::texts::Text::*;
        let text = match self {
            AppError::BadRequest => ErrorBadRequest,
            AppError::NotFound => ErrorNotFound,
            AppError::Expired => ErrorExpired,
            AppError::LoginRequired => ErrorLoginRequired,
            // The staff console is in Japanese only.
            AppError::StaffLoginRequired => return "職員用の画面です。職員ログインからログインしてください。".to_string(),
            AppError::AdminOnly => return "この操作は管理者だけが行えます。".to_string(),
            AppError::TooMany { retry_at } => return ErrorTooMany.in_language(language, &[("retry_at", retry_at)]),
            AppError::TooLarge => ErrorTooLarge,
            AppError::StillBooked => OwnEraseRefused,
            AppError::Booking(refused) => return refused.message_in(language),
            AppError::StaffRefused { message } => return message.clone(),
            AppError::Internal { reference, .. } => {
                let reference = reference
                    .as_deref()
                    .map(|id| ErrorReference.in_language(language, &[("id", id)]))
                    .unwrap_or_default();
                return format!("{}{reference}", ErrorInternal.pattern(language));
            }
        };
        text.pattern(language).to_string()
    }

    /// The message a resident reads, in the language of the page or
    /// request being served.
    pub fn message(&self) -> String {
        self.message_in(crate::language::current())
    }

    /// An unexpected failure: logged here with its whole cause chain and
    /// where it happened, shown to the resident as a plain apology.
    #[track_caller]
    pub fn internal(cause: impl std::error::Error + Send + Sync + 'static) -> Self {
        let cause = Cause::new(cause);
        #[cfg(feature = "ssr")]
        {
            let at = std::panic::Location::caller();
            tracing::error!(cause = %cause.chain(), at = %at, "internal error");
        }
        let error = AppError::Internal { cause, reference: request_id() };
        #[cfg(feature = "ssr")]
        set_error_status(&error);
        error
    }

    /// Whether the resident should go back and choose another slot.
    pub fn choose_another_slot(&self) -> bool {
        matches!(self, AppError::Booking(BookingError::SlotFull | BookingError::SlotClosed))
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for AppError {}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    #[track_caller]
    fn from(cause: sea_orm::DbErr) -> Self {
        AppError::internal(cause)
    }
}

impl From<BookingError> for AppError {
    #[track_caller]
    fn from(refused: BookingError) -> Self {
        match refused {
            BookingError::NotFound => AppError::NotFound,
            BookingError::NotYours => AppError::LoginRequired,
            BookingError::Internal { cause } => AppError::Internal { cause, reference: request_id() },
            refused => AppError::Booking(refused),
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        let error = match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) | ServerFnErrorErr::Deserialization(_) => {
                AppError::BadRequest
            }
            other => AppError::internal(other),
        };
        #[cfg(feature = "ssr")]
        set_error_status(&error);
        error
    }
}

/// Marks the response of a server function with the error's status.
/// A plain form post (no JavaScript) must keep the redirect back to its
/// page that the framework sets, so only fetch calls get the 4xx/5xx.
#[cfg(feature = "ssr")]
pub fn set_error_status(error: &AppError) {
    use leptos::prelude::use_context;
    let (Some(parts), Some(response)) =
        (use_context::<http::request::Parts>(), use_context::<leptos_axum::ResponseOptions>())
    else {
        return;
    };
    if !is_form_post(&parts.headers) {
        if let Ok(status) = http::StatusCode::from_u16(error.status()) {
            response.set_status(status);
        }
    }
}

/// Whether a request is a plain HTML form post (no JavaScript), which gets
/// pages and redirects, rather than the hydrated page's fetch, which gets
/// statuses and the error's JSON.
#[cfg(feature = "ssr")]
pub fn is_form_post(headers: &http::HeaderMap) -> bool {
    headers
        .get(http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// The header that carries each request's id: set by the server for every
/// request, written in each of its log lines, quoted to residents as
/// 「お問い合わせ番号」.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// The request id among `headers`.
#[cfg(feature = "ssr")]
pub fn request_id_in(headers: &http::HeaderMap) -> Option<&str> {
    headers.get(REQUEST_ID_HEADER).and_then(|v| v.to_str().ok())
}

/// The id of the request being served.
pub fn request_id() -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        use leptos::prelude::use_context;
        use_context::<http::request::Parts>().and_then(|parts| request_id_in(&parts.headers).map(str::to_string))
    }
    #[cfg(not(feature = "ssr"))]
    None
}

/// Returns `error` after setting the response status for it.
#[cfg(feature = "ssr")]
pub fn fail(error: impl Into<AppError>) -> AppError {
    let error = error.into();
    set_error_status(&error);
    error
}

/// Sets the status of a page being rendered (e.g. 404 for a missing draft).
#[cfg(feature = "ssr")]
pub fn set_page_status(status: u16) {
    use leptos::prelude::use_context;
    if let (Some(response), Ok(status)) =
        (use_context::<leptos_axum::ResponseOptions>(), http::StatusCode::from_u16(status))
    {
        response.set_status(status);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("outer")]
    struct Outer(#[source] std::io::Error);

    #[test]
    fn the_cause_chain_is_kept_for_the_log_and_not_sent() {
        let error = AppError::internal(Outer(std::io::Error::other("disk full")));
        let AppError::Internal { cause, .. } = &error else { panic!("internal") };
        assert_eq!(cause.chain(), "outer: disk full");
        let sent = serde_json::to_string(&error).unwrap();
        assert!(!sent.contains("disk"), "{sent}");
        assert_eq!(error.status(), 500);
        assert_eq!(error.message(), crate::texts::INTERNAL_ERROR);
    }

    #[test]
    fn booking_refusals_keep_their_status_and_words() {
        let error: AppError = BookingError::LimitReached(1).into();
        assert_eq!(error.status(), 409);
        assert!(error.message().contains("お一人1件まで"));
        assert_eq!(AppError::from(BookingError::NotFound), AppError::NotFound);
        assert!(AppError::from(BookingError::SlotFull).choose_another_slot());
    }
}
