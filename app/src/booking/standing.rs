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
    /// What a resident reads (予約中, 終了 …).
    pub fn text(self) -> crate::texts::Text {
        use crate::texts::Text;
        match self {
            Standing::Active => Text::MyStatusActive,
            Standing::Locked => Text::MyStatusLocked,
            Standing::Past => Text::MyStatusPast,
            Standing::Cancelled => Text::MyStatusCancelled,
        }
    }
}
