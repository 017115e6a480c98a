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
//! - per client: ワンタイムパスワード発行 and ログイン together, and 職員ログイン,
//!   at the same edge, before any password is hashed.
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
    /// ワンタイムパスワード発行 and ログイン per client per hour, together.
    pub logins_per_client_per_hour: u32,
    /// 職員ログイン per client per hour.
    pub staff_logins_per_client_per_hour: u32,
}

impl Default for FairUseRules {
    fn default() -> Self {
        Self {
            drafts_per_client_per_hour: 60,
            submits_per_client_per_hour: 20,
            reservations_per_address_per_day: 10,
            logins_per_client_per_hour: 30,
            staff_logins_per_client_per_hour: 30,
        }
    }
}

impl FairUseRules {
    /// No limits: for tests and benchmarks that book from one address.
    pub fn unlimited() -> Self {
        Self {
            drafts_per_client_per_hour: 0,
            submits_per_client_per_hour: 0,
            reservations_per_address_per_day: 0,
            logins_per_client_per_hour: 0,
            staff_logins_per_client_per_hour: 0,
        }
    }
}

/// The part of an address that is one client: IPv6 addresses are handed
/// out a /64 at a time, so anything narrower would let one phone or one
/// home count as millions of clients.
pub fn client_key(ip: std::net::IpAddr) -> std::net::IpAddr {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6((u128::from(v6) & !((1u128 << 64) - 1)).into()),
        },
    }
}
