//! Why the booking core said no: one enum for every door, each variant
//! with its HTTP status and the Japanese words a resident reads. Compiled
//! for the browser too, so a page can tell 満員 from 締切.
use crate::cause::Cause;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum BookingError {
    #[error("この予約枠は満員になりました。お手数ですが、別の日時を選んでください。")]
    SlotFull,
    /// Staff closed it, the service is not published, booking has not
    /// opened yet, or its deadline has passed.
    #[error("この予約枠は受付を終了しました。別の日時を選んでください。")]
    SlotClosed,
    #[error("変更・キャンセルの締切を過ぎているため、この画面からは変更・キャンセルできません。お手数ですが、お問い合わせ先へお電話ください。")]
    DeadlinePassed,
    #[error("この予約はキャンセル済みです。予約の確認・変更・キャンセルの画面でご確認ください。")]
    AlreadyCancelled,
    /// The service's per-resident limit of upcoming reservations.
    #[error("この予約メニューは、お一人{0}件まで予約できます。受付中のご予約がすでに{0}件あります。予約の確認・変更・キャンセルの画面でご確認ください。")]
    LimitReached(i32),
    /// 公平な利用: the email address has had its share of reservations
    /// in the last 24 hours; `retry_at` says when the next is possible.
    #[error("このメールアドレスでの予約は、24時間に{limit}件までです。{retry_at}以降にもう一度お試しください。ご家族の予約などでお困りの場合は、お問い合わせ先へお電話ください。")]
    AddressLimit { limit: u32, retry_at: String },
    /// No such slot or reservation — or one that is someone else's, which
    /// must look exactly the same.
    #[error("お探しの予約または予約枠が見つかりません。お手数ですが、最初からやり直してください。")]
    NotFound,
    /// The actor may not act for this person (a logged-in resident's draft
    /// sent from another session).
    #[error("ログインしていないか、しばらく操作がなかったためログインの有効期限が切れました。お手数ですが、もう一度ログインしてください。")]
    NotYours,
    #[error("{}", crate::texts::INTERNAL_ERROR)]
    Internal {
        #[serde(skip)]
        cause: Cause,
    },
}

impl BookingError {
    pub fn status(&self) -> u16 {
        match self {
            BookingError::SlotFull
            | BookingError::SlotClosed
            | BookingError::DeadlinePassed
            | BookingError::AlreadyCancelled
            | BookingError::LimitReached(_) => 409,
            BookingError::AddressLimit { .. } => 429,
            BookingError::NotFound => 404,
            BookingError::NotYours => 401,
            BookingError::Internal { .. } => 500,
        }
    }

    pub fn message(&self) -> String {
        self.to_string()
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for BookingError {
    /// A database failure inside the core: logged with where it happened.
    #[track_caller]
    fn from(cause: sea_orm::DbErr) -> Self {
        let at = std::panic::Location::caller();
        let cause = Cause::new(cause);
        tracing::error!(cause = %cause.chain(), at = %at, "booking failed");
        BookingError::Internal { cause }
    }
}
