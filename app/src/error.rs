//! The one error type server functions return. Each variant carries the
//! Japanese message a resident sees and knows its HTTP status; the cause
//! goes to the log, never to the page.
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// Input that cannot be read at all (a tampered or truncated form).
    #[error("送信された内容を読み取れませんでした。お手数ですが、ページを読み込み直してもう一度お試しください。")]
    BadRequest,
    #[error("この予約枠は満員になりました。お手数ですが、別の日時を選んでください。")]
    SlotFull,
    #[error("この予約枠は受付を終了しました。別の日時を選んでください。")]
    SlotClosed,
    #[error("お探しのページが見つかりません。お手数ですが、最初からやり直してください。")]
    NotFound,
    #[error("入力の有効期限（2時間）が切れました。お手数ですが、最初からやり直してください。")]
    Expired,
    #[error("ログインしていないか、しばらく操作がなかったためログインの有効期限が切れました。お手数ですが、もう一度ログインしてください。")]
    LoginRequired,
    #[error("職員用の画面です。職員ログインからログインしてください。")]
    StaffLoginRequired,
    #[error("この操作は管理者だけが行えます。")]
    AdminOnly,
    #[error("変更・キャンセルの締切を過ぎているため、この画面からは変更・キャンセルできません。お手数ですが、お問い合わせ先へお電話ください。")]
    DeadlinePassed,
    #[error("この予約はキャンセル済みです。予約の確認・変更・キャンセルの画面でご確認ください。")]
    AlreadyCancelled,
    /// The service's per-resident limit of upcoming reservations.
    #[error("この予約メニューは、お一人{0}件まで予約できます。受付中のご予約がすでに{0}件あります。予約の確認・変更・キャンセルの画面でご確認ください。")]
    LimitReached(i32),
    #[error("システムエラーが発生しました。お手数ですが、時間をおいてもう一度お試しください。")]
    Internal,
}

impl AppError {
    pub fn status(&self) -> u16 {
        match self {
            AppError::BadRequest => 400,
            AppError::SlotFull
            | AppError::SlotClosed
            | AppError::DeadlinePassed
            | AppError::AlreadyCancelled
            | AppError::LimitReached(_) => 409,
            AppError::LoginRequired | AppError::StaffLoginRequired => 401,
            AppError::AdminOnly => 403,
            AppError::NotFound => 404,
            AppError::Expired => 410,
            AppError::Internal => 500,
        }
    }

    /// The message a resident reads.
    pub fn message(&self) -> String {
        self.to_string()
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        let error = match value {
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_) => AppError::BadRequest,
            _ => AppError::Internal,
        };
        #[cfg(feature = "ssr")]
        crate::state::set_error_status(&error);
        error
    }
}
