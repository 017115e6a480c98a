//! 抽選 (issue 14): services whose places are drawn among the residents who
//! applied in the application period, rather than taken first come, first
//! served. The draw itself (`draw`) is a plain function that anyone with
//! its inputs can replay; applying, withdrawing and drawing are the booking
//! core's (`crate::booking::lottery`); the resident's pages are
//! `crate::reserve` (applying goes through the same steps as reserving),
//! and `crate::staff::lottery` is the staff's.
#[cfg(feature = "ssr")]
pub mod draw;

use serde::{Deserialize, Serialize};

/// Where a 抽選 service stands at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// Not a 抽選 (or its dates not set): booked first come.
    NotLottery,
    /// The application period has not begun.
    Before,
    /// Residents may apply (and withdraw).
    Applying,
    /// The period is over; the draw has not run yet (withdrawing is still
    /// possible).
    AwaitingDraw,
    /// Drawn: what is left is booked first come.
    Drawn,
}

impl Phase {
    /// Where `service` stands at `now`.
    #[cfg(feature = "ssr")]
    pub fn of(service: &crate::db::services::Model, now: chrono::DateTime<chrono::Utc>) -> Phase {
        if !service.is_lottery() {
            return Phase::NotLottery;
        }
        if service.lottery_drawn_at.is_some() {
            return Phase::Drawn;
        }
        match (service.lottery_apply_from, service.lottery_apply_until) {
            (Some(from), _) if now < from => Phase::Before,
            (Some(_), Some(until)) if now < until => Phase::Applying,
            (Some(_), Some(_)) => Phase::AwaitingDraw,
            _ => Phase::NotLottery,
        }
    }

    /// Whether first-come booking is closed, the places waiting for the draw.
    pub fn awaits_draw(self) -> bool {
        matches!(self, Phase::Before | Phase::Applying | Phase::AwaitingDraw)
    }
}

/// 「第1希望：12月1日(火) 9:30〜10:00」 for each slot chosen, most wanted
/// first, in `language`: the pages, my reservations and the emails say
/// the choices alike.
#[cfg(feature = "ssr")]
pub fn choice_lines(chosen: &[crate::db::slots::Model], language: crate::language::Language) -> Vec<String> {
    chosen
        .iter()
        .enumerate()
        .map(|(i, slot)| {
            let when = crate::time::slot_when_in(slot.date, slot.start_time, slot.end_time, language);
            crate::texts::Text::MailLotteryChoiceLine.in_language(language, &[("n", &(i + 1).to_string()), ("when", &when)])
        })
        .collect()
}

/// The slots an application names, in its order (one since deleted is
/// left out).
#[cfg(feature = "ssr")]
pub async fn chosen_slots(db: &impl sea_orm::ConnectionTrait, ids: &[i32]) -> Result<Vec<crate::db::slots::Model>, sea_orm::DbErr> {
    use sea_orm::EntityTrait;
    let mut chosen = Vec::with_capacity(ids.len());
    for &id in ids {
        if let Some(slot) = crate::db::slots::Entity::find_by_id(id).one(db).await? {
            chosen.push(slot);
        }
    }
    Ok(chosen)
}

/// A 抽選 as a resident's page tells it, dates in the page's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LotteryInfo {
    pub phase: Phase,
    pub apply_from: String,
    pub apply_until: String,
    pub draw_at: String,
    /// How many slots an application may name.
    pub preferences: i32,
}

#[cfg(feature = "ssr")]
impl LotteryInfo {
    /// `None` for a service booked first come.
    pub fn of(service: &crate::db::services::Model, now: chrono::DateTime<chrono::Utc>) -> Option<LotteryInfo> {
        let phase = Phase::of(service, now);
        if phase == Phase::NotLottery {
            return None;
        }
        let language = crate::language::current();
        let at = |t: Option<chrono::DateTime<chrono::Utc>>| {
            t.map(|t| crate::time::date_time_long_in(crate::time::to_jst(t), language)).unwrap_or_default()
        };
        Some(LotteryInfo {
            phase,
            apply_from: at(service.lottery_apply_from),
            apply_until: at(service.lottery_apply_until),
            draw_at: at(service.lottery_draw_at),
            preferences: service.lottery_preferences,
        })
    }
}
