//! The booking core: the one home of the rules for taking, moving and
//! giving back a place. Every door — 予約する's 送信, 変更 and キャンセル in
//! my reservations, 代理予約 and キャンセル（代理） at the counter, 予約枠の
//! 中止 — parses its input, then calls these plain functions; nothing else
//! writes `slots.taken` or a reservation's status.
//!
//! Each function runs inside the caller's write transaction
//! (`crate::db::begin_write`) and takes who is acting ([`Actor`]) and a
//! clock as arguments: no request context, so tests call it directly with
//! a manual clock on SQLite and PostgreSQL. On `Err` the caller drops the
//! transaction (rolling it back); on `Ok` it commits, and with it the
//! email in the outbox and, when staff acted, the audit entry.
mod error;
mod standing;

pub use error::BookingError;
pub use standing::Standing;

#[cfg(feature = "ssr")]
mod address_limit;
#[cfg(feature = "ssr")]
mod advisory;
#[cfg(feature = "ssr")]
mod book;
#[cfg(feature = "ssr")]
mod cancel;
#[cfg(feature = "ssr")]
pub mod deadlines;
#[cfg(feature = "ssr")]
pub(crate) mod facts;
#[cfg(feature = "ssr")]
pub mod find;
#[cfg(feature = "ssr")]
mod limit;
#[cfg(feature = "ssr")]
pub mod lottery;
#[cfg(feature = "ssr")]
mod move_to;
#[cfg(feature = "ssr")]
mod place;
#[cfg(feature = "ssr")]
mod slot_cancel;
#[cfg(feature = "ssr")]
pub mod waitlist;

#[cfg(feature = "ssr")]
pub use book::{Booked, Conditions, ForWhom, book, unused_user_key};

/// Every record of the person `resident` is: theirs, and those with the
/// same address, ふりがな and birth date (a booking without login makes a
/// record of its own each time). The per-person limit counts them so.
#[cfg(feature = "ssr")]
pub fn same_person(resident: &crate::db::residents::Model) -> sea_orm::Condition {
    limit::Person::of(resident).records()
}

/// `same_person` for two records already read.
#[cfg(feature = "ssr")]
pub fn is_same_person(resident: &crate::db::residents::Model, other: &crate::db::residents::Model) -> bool {
    limit::Person::of(resident).has(other)
}
#[cfg(feature = "ssr")]
pub use cancel::{Cancelled, cancel};
#[cfg(feature = "ssr")]
pub use move_to::{Moved, move_to};
#[cfg(feature = "ssr")]
pub use slot_cancel::cancel_slot;
