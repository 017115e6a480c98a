//! What the city offers, as residents see it: the published services and
//! their slots with the places left. Read by 予約する and by 変更 in my
//! reservations; nothing here writes.
mod view;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use view::{SlotCalendar, SlotFacts};

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
    /// 対象者条件 in words, one per condition (empty: open to all).
    pub conditions: Vec<String>,
    /// Whether any slot in the booking window has room.
    pub has_room: bool,
    /// 抽選: its period and draw (`None`: booked first come).
    #[serde(default)]
    pub lottery: Option<crate::lottery::LotteryInfo>,
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

/// What is left on one day, as the calendar marks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DayMark {
    /// ○ a slot with more than a few places
    Open,
    /// △ only slots with a few places left
    Few,
    /// × every slot full
    Full,
    /// － closed (deadline passed, or closed by staff)
    Closed,
}

impl DayMark {
    pub fn of(availability: &Availability) -> DayMark {
        match availability {
            Availability::Open { remaining } if *remaining <= FEW_PLACES => DayMark::Few,
            Availability::Open { .. } => DayMark::Open,
            Availability::Full => DayMark::Full,
            Availability::Closed => DayMark::Closed,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            DayMark::Open => "○",
            DayMark::Few => "△",
            DayMark::Full => "×",
            DayMark::Closed => "－",
        }
    }

    /// What the symbol means, for screen readers and the legend.
    pub fn words(self) -> crate::texts::Text {
        use crate::texts::Text;
        match self {
            DayMark::Open => Text::CatalogueMarkOpen,
            DayMark::Few => Text::CatalogueMarkFew,
            DayMark::Full => Text::CatalogueMarkFull,
            DayMark::Closed => Text::CatalogueMarkClosed,
        }
    }

    /// The modifier of the calendar link's class.
    pub fn css(self) -> &'static str {
        match self {
            DayMark::Open => "open",
            DayMark::Few => "few",
            DayMark::Full => "full",
            DayMark::Closed => "closed",
        }
    }

    /// The better of two marks: a day is as good as its best slot.
    pub fn best(self, other: DayMark) -> DayMark {
        let rank = |m: DayMark| m as u8;
        if rank(other) < rank(self) { other } else { self }
    }
}

/// 「残りわずか」: this many places or fewer.
pub const FEW_PLACES: i32 = 3;

/// A day in a month calendar that has slots.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CalendarDay {
    /// `2026-12-01`, for the link.
    pub date_iso: String,
    /// `12月1日(火)`
    pub label: String,
    pub mark: DayMark,
}

/// One cell of a month calendar: a day of the month (with its slots'
/// mark when it has any) or padding before the 1st and after the last day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum CalendarCell {
    Blank,
    Day { day: u32, slots: Option<CalendarDay> },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CalendarMonth {
    /// `2026年12月`
    pub label: String,
    /// Sunday first, as Japanese calendars are printed.
    pub weeks: Vec<Vec<CalendarCell>>,
}

/// A service's booking window as a month calendar, and the slots of the
/// chosen day: what the slot-list page (and 変更) shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceSlots {
    pub service: ServiceSummary,
    pub months: Vec<CalendarMonth>,
    /// The day asked for, or else the first day with room.
    pub chosen: Option<DaySlots>,
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
