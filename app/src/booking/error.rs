//! Why the booking core said no: one enum for every door, each variant
//! with its HTTP status and the words a resident reads (`app/texts/`). Compiled
//! for the browser too, so a page can tell 満員 from 締切.
use crate::cause::Cause;
use crate::language::Language;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BookingError {
    SlotFull,
    /// Staff closed it, the service is not published, booking has not
    /// opened yet, or its deadline has passed.
    SlotClosed,
    DeadlinePassed,
    AlreadyCancelled,
    /// The service's per-resident limit of upcoming reservations.
    LimitReached(i32),
    /// 公平な利用: the email address has had its share of reservations
    /// in the last 24 hours; `retry_at` says when the next is possible.
    AddressLimit { limit: u32, retry_at: String },
    /// キャンセル待ち: the slot (or day) has room: book it instead.
    HasRoom,
    /// キャンセル待ち: this person is already in this line.
    AlreadyWaiting,
    /// 抽選: outside the application period (not begun, or over).
    NotApplying,
    /// 抽選: this person has already applied to this service.
    AlreadyApplied,
    /// 抽選: the draw has run (withdrawing, applying or drawing again).
    AlreadyDrawn,
    /// 抽選: the draw cannot run while the application period is open.
    DrawTooEarly,
    /// キャンセル待ち, 抽選: for someone without an email address (their
    /// offer or result would have no way to reach them).
    NeedsEmail,
    /// 対象者条件: the person does not meet the service's conditions;
    /// `reasons` says which (in the language of the request that found
    /// it), `contact` whom to call.
    NotEligible { reasons: String, contact: String },
    /// No such slot or reservation — or one that is someone else's, which
    /// must look exactly the same.
    NotFound,
    /// The actor may not act for this person (a logged-in resident's draft
    /// sent from another session).
    NotYours,
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
            | BookingError::LimitReached(_)
            | BookingError::HasRoom
            | BookingError::AlreadyWaiting
            | BookingError::NotApplying
            | BookingError::AlreadyApplied
            | BookingError::AlreadyDrawn
            | BookingError::DrawTooEarly
            | BookingError::NeedsEmail
            | BookingError::NotEligible { .. } => 409,
            BookingError::AddressLimit { .. } => 429,
            BookingError::NotFound => 404,
            BookingError::NotYours => 401,
            BookingError::Internal { .. } => 500,
        }
    }

    /// The words a resident reads, in `language` (readings as `《》`).
    pub fn message_in(&self, language: Language) -> String {
        use crate::texts::Text::*;
        let text = match self {
            BookingError::SlotFull => ErrorSlotFull,
            BookingError::SlotClosed => ErrorSlotClosed,
            BookingError::DeadlinePassed => ErrorDeadlinePassed,
            BookingError::AlreadyCancelled => ErrorAlreadyCancelled,
            BookingError::LimitReached(limit) => {
                return ErrorLimitReached.in_language(language, &[("limit", &limit.to_string())]);
            }
            BookingError::AddressLimit { limit, retry_at } => {
                return ErrorAddressLimit.in_language(language, &[("limit", &limit.to_string()), ("retry_at", retry_at)]);
            }
            BookingError::HasRoom => ErrorWaitlistHasRoom,
            BookingError::AlreadyWaiting => ErrorWaitlistAlreadyWaiting,
            BookingError::NotApplying => ErrorLotteryNotApplying,
            BookingError::AlreadyApplied => ErrorLotteryAlreadyApplied,
            BookingError::AlreadyDrawn => ErrorLotteryAlreadyDrawn,
            BookingError::DrawTooEarly => ErrorLotteryTooEarly,
            BookingError::NeedsEmail => ErrorNeedsEmail,
            BookingError::NotEligible { reasons, contact } => {
                return ErrorNotEligible.in_language(language, &[("reasons", reasons), ("contact", contact)]);
            }
            BookingError::NotFound => ErrorBookingNotFound,
            BookingError::NotYours => ErrorLoginRequired,
            BookingError::Internal { .. } => ErrorInternal,
        };
        text.pattern(language).to_string()
    }

    /// In the language of the request being served.
    pub fn message(&self) -> String {
        self.message_in(crate::language::current())
    }
}

impl std::fmt::Display for BookingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for BookingError {}

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
