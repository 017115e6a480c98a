//! What the city offers, as residents see it: the published services and
//! their slots with the places left. Read by 予約する and by 変更 in my
//! reservations; nothing here writes.
mod view;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use view::{SlotDays, SlotFacts};

use crate::domain::Availability;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceSummary {
    pub id: i32,
    pub name: String,
    pub description: String,
    pub venue: String,
    pub notes: String,
    /// e.g. 「前日の17:00まで」
    pub deadline_note: String,
    /// 「お一人1件まで」, or empty when there is no limit.
    pub limit_note: String,
    /// Whether any slot in the booking window has room.
    pub has_room: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotChoice {
    pub id: i32,
    /// `9:30〜10:00`
    pub time_label: String,
    pub availability: Availability,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DaySlots {
    /// `12月1日(火)`
    pub date_label: String,
    /// `2026-12-01`, for anchors.
    pub date_iso: String,
    pub slots: Vec<SlotChoice>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceSlots {
    pub service: ServiceSummary,
    pub days: Vec<DaySlots>,
}

/// A slot as the details, confirm and completion pages describe it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotSummary {
    pub slot_id: i32,
    pub service_id: i32,
    pub service_name: String,
    pub venue: String,
    pub notes: String,
    /// `2026年12月1日(火) 9:30〜10:00`
    pub when: String,
    /// `2026年11月30日(月) 17:00`
    pub deadline: String,
    pub availability: Availability,
}
