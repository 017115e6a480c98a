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
}
