use serde::{Deserialize, Serialize};

/// Where a reservation stands for the person looking at it: what a resident
/// reads in my reservations, and what decides whether they may still
/// change or cancel it (`deadlines::standing`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Standing {
    /// 予約中, and still changeable.
    Active,
    /// 予約中, past the change/cancel deadline.
    Locked,
    /// 受診日（利用日）を過ぎた.
    Past,
    Cancelled,
}

impl Standing {
    pub fn label(self) -> &'static str {
        match self {
            Standing::Active => "予約中",
            Standing::Locked => "予約中（変更・キャンセル締切後）",
            Standing::Past => "終了",
            Standing::Cancelled => "キャンセル済み",
        }
    }
}
