//! Who is acting: a resident on their own behalf, someone reserving
//! without logging in, or a staff member (with the address they act from,
//! for the audit log). Built by the doors from the request; the core
//! below takes it as an argument and never looks at the request itself.
use std::net::IpAddr;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    /// 予約する without logging in: a new resident (and key) is made from
    /// the details typed.
    Guest,
    /// A logged-in resident, acting on their own reservations.
    Resident(i32),
    /// A staff member at the counter, on the phone or at the console.
    Staff(StaffActor),
    /// 抽選の結果: the draw, giving a place to a resident who applied (run
    /// by staff or at the set time; the draw itself is audited). Books only
    /// for a resident on record, outside the first-come booking window, and
    /// is not held to the per-address share (the application was).
    Draw,
}

/// A staff member as the audit log records them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffActor {
    pub id: i32,
    pub login_id: String,
    pub client: Option<IpAddr>,
}

impl Actor {
    pub fn staff(&self) -> Option<&StaffActor> {
        match self {
            Actor::Staff(staff) => Some(staff),
            _ => None,
        }
    }

    /// Whether 公平な利用's per-address share applies: to residents, not
    /// to staff booking for someone nor to the draw (its applications
    /// counted already).
    pub fn held_to_fair_use(&self) -> bool {
        matches!(self, Actor::Guest | Actor::Resident(_))
    }
}
