//! The one error type server functions return. Each variant carries the
//! Japanese message a resident sees and knows its HTTP status; the cause
//! of an internal failure is kept for the log and never reaches the page.
use crate::booking::BookingError;
use crate::cause::Cause;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// Input that cannot be read at all (a tampered or truncated form).
    #[error("送信された内容を読み取れませんでした。お手数ですが、ページを読み込み直してもう一度お試しください。")]
    BadRequest,
    #[error("お探しのページが見つかりません。お手数ですが、最初からやり直してください。")]
    NotFound,
    #[error("入力の有効期限（2時間）が切れたか、別のブラウザーで入力された内容のため、表示できません。お手数ですが、最初からやり直してください。")]
    Expired,
    #[error("ログインしていないか、しばらく操作がなかったためログインの有効期限が切れました。お手数ですが、もう一度ログインしてください。")]
    LoginRequired,
    #[error("職員用の画面です。職員ログインからログインしてください。")]
    StaffLoginRequired,
    #[error("この操作は管理者だけが行えます。")]
    AdminOnly,
    /// 公平な利用: this client has saved or sent too much in a short time
    /// (`server/src/fair_use.rs`); `retry_at` is when it may again (「9:05」).
    #[error("短い時間に、同じ接続から多くの操作がありました。多くの方に公平にご利用いただくため、一時的に受け付けを止めています。{retry_at}ごろから、もう一度お試しください。")]
    TooMany { retry_at: String },
    /// A body over the server's limit (`server/src/safety_net.rs`).
    #[error("送信された内容が大きすぎるため、受け付けられませんでした。入力欄に長い文章を貼り付けた場合は、短くしてからもう一度送信してください。")]
    TooLarge,
    /// The booking core said no (満員, 締切, 上限 …): its own message.
    #[error(transparent)]
    Booking(BookingError),
    #[error("{}{}", crate::texts::INTERNAL_ERROR, crate::texts::reference_line(reference.as_deref()))]
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
            AppError::Internal { .. } => 500,
        }
    }

    /// The message a resident reads.
    pub fn message(&self) -> String {
        self.to_string()
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
