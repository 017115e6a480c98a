//! 公平な利用: how much one client and one email address may ask for, so
//! that nobody can drain a scarce service (README, 「公平な利用」). The
//! values come from the server's configuration; 0 means no limit.
//!
//! Where each is enforced:
//! - per client (a connection's address, an IPv6 /64): drafts saved and
//!   送信 pressed, counted in memory at the server's edge
//!   (`server/src/fair_use.rs`), answered with a 429 page;
//! - per email address: reservations made in any 24 hours, counted from
//!   the reservations themselves inside 送信's transaction
//!   (`booking::address_limit`), so it holds across several servers.
//! Staff booking at the counter goes through neither.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FairUseRules {
    /// Reservation details saved (予約の入力 → 確認) per client per hour.
    pub drafts_per_client_per_hour: u32,
    /// 送信 per client per hour.
    pub submits_per_client_per_hour: u32,
    /// Reservations made for one email address in any 24 hours. A family
    /// sharing one address books a few; a script booking dozens does not.
    pub reservations_per_address_per_day: u32,
}

impl Default for FairUseRules {
    fn default() -> Self {
        Self { drafts_per_client_per_hour: 60, submits_per_client_per_hour: 20, reservations_per_address_per_day: 10 }
    }
}

impl FairUseRules {
    /// No limits: for tests and benchmarks that book from one address.
    pub fn unlimited() -> Self {
        Self { drafts_per_client_per_hour: 0, submits_per_client_per_hour: 0, reservations_per_address_per_day: 0 }
    }
}
