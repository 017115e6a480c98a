//! The login rules as values and plain functions: how long a one-time
//! password lives, how many wrong entries void it, when a key is locked,
//! how often one may be requested, how long a session lasts. The server
//! reads the values from its configuration (README, 「ログインの規則」).
use chrono::{DateTime, Duration, Utc};

/// At most `max` requests in any `per`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub max: u32,
    pub per: Duration,
}

impl Limit {
    pub fn new(max: u32, per: Duration) -> Self {
        Self { max: max.max(1), per }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoginRules {
    /// How long a ワンタイムパスワード can be used (60 minutes).
    pub otp_valid: Duration,
    /// Wrong entries that void a one-time password (5).
    pub otp_max_wrong: i32,
    /// Failed logins for one key that lock it (100). Issuing a new
    /// one-time password does not reset the count; a successful login does.
    pub lock_after_failures: i32,
    /// How long a locked key stays locked unless staff lift it (24 hours).
    pub lock_for: Duration,
    /// OTP requests per user key: one a minute, five an hour.
    pub otp_per_key: Vec<Limit>,
    /// OTP requests per client address: 50 an hour.
    pub otp_per_client: Vec<Limit>,
    /// A session ends after this long without a request (30 minutes)…
    pub session_idle: Duration,
    /// …and this long after login in any case (12 hours).
    pub session_max: Duration,
    /// An email change needs a code from the current address entered in
    /// the same session within this long (30 minutes).
    pub identity_fresh_for: Duration,
    /// Wrong staff passwords from one client for one account (10)…
    pub staff_lock_after_failures: i32,
    /// …within this long (30 minutes) stop that client trying that account
    /// until the oldest is this old. The account is never locked for others.
    pub staff_lock_for: Duration,
}

impl Default for LoginRules {
    fn default() -> Self {
        Self {
            otp_valid: Duration::minutes(60),
            otp_max_wrong: 5,
            lock_after_failures: 100,
            lock_for: Duration::hours(24),
            otp_per_key: vec![Limit::new(1, Duration::minutes(1)), Limit::new(5, Duration::hours(1))],
            otp_per_client: vec![Limit::new(50, Duration::hours(1))],
            session_idle: Duration::minutes(30),
            session_max: Duration::hours(12),
            identity_fresh_for: Duration::minutes(30),
            staff_lock_after_failures: 10,
            staff_lock_for: Duration::minutes(30),
        }
    }
}

impl LoginRules {
    /// The longest window any throttle looks back over.
    pub fn throttle_horizon(&self) -> Duration {
        self.otp_per_key.iter().chain(&self.otp_per_client).map(|l| l.per).max().unwrap_or_else(Duration::zero)
    }

    pub fn otp_valid_minutes(&self) -> i64 {
        self.otp_valid.num_minutes()
    }

    /// After one more failed login: the new count, and the end of a lock
    /// if this failure reached the limit (the count then starts again).
    pub fn after_failure(&self, failed_before: i32, now: DateTime<Utc>) -> (i32, Option<DateTime<Utc>>) {
        let failed = failed_before.saturating_add(1);
        if failed >= self.lock_after_failures { (0, Some(now + self.lock_for)) } else { (failed, None) }
    }

    /// Whether a wrong entry that brings the count to `wrong` voids the password.
    pub fn voids(&self, wrong: i32) -> bool {
        wrong >= self.otp_max_wrong
    }

    /// Whether a session last seen at `last_seen`, which ends for good at
    /// `expires_at`, is still alive.
    pub fn session_alive(&self, last_seen: DateTime<Utc>, expires_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
        now < expires_at && now < last_seen + self.session_idle
    }
}

pub fn is_locked(locked_until: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    locked_until.is_some_and(|until| now < until)
}

/// Whether a one-time password can still log in.
pub fn otp_usable(expires_at: DateTime<Utc>, used: bool, voided: bool, now: DateTime<Utc>) -> bool {
    !used && !voided && now < expires_at
}

/// When the next request may be made, given the times of the accepted
/// requests so far; `None` when it may be made now.
pub fn retry_at(times: &[DateTime<Utc>], limits: &[Limit], now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let mut times = times.to_vec();
    times.sort();
    limits
        .iter()
        .filter_map(|limit| {
            let window: Vec<_> = times.iter().filter(|t| **t > now - limit.per).collect();
            let max = limit.max as usize;
            // The request that must leave the window before one more fits.
            (window.len() >= max).then(|| *window[window.len() - max] + limit.per)
        })
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(minutes: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).unwrap() + Duration::minutes(minutes)
    }

    #[test]
    fn one_request_a_minute_per_key() {
        let rules = LoginRules::default();
        assert_eq!(retry_at(&[], &rules.otp_per_key, t(0)), None);
        assert_eq!(retry_at(&[t(0)], &rules.otp_per_key, t(0)), Some(t(1)));
        assert_eq!(retry_at(&[t(0)], &rules.otp_per_key, t(1)), None);
    }

    #[test]
    fn five_requests_an_hour_per_key() {
        let rules = LoginRules::default();
        let five = [t(0), t(2), t(4), t(6), t(8)];
        assert_eq!(retry_at(&five, &rules.otp_per_key, t(10)), Some(t(60)));
        assert_eq!(retry_at(&five, &rules.otp_per_key, t(60)), None);
        assert_eq!(retry_at(&five[1..], &rules.otp_per_key, t(10)), None);
    }

    #[test]
    fn fifty_an_hour_per_client() {
        let rules = LoginRules::default();
        let times: Vec<_> = (0..50).map(|i| t(i)).collect();
        assert_eq!(retry_at(&times[..49], &rules.otp_per_client, t(50)), None);
        assert_eq!(retry_at(&times, &rules.otp_per_client, t(50)), Some(t(60)));
    }

    #[test]
    fn the_hundredth_failure_locks_for_a_day_and_the_count_restarts() {
        let rules = LoginRules::default();
        assert_eq!(rules.after_failure(0, t(0)), (1, None));
        assert_eq!(rules.after_failure(98, t(0)), (99, None));
        assert_eq!(rules.after_failure(99, t(0)), (0, Some(t(24 * 60))));
        assert!(is_locked(Some(t(24 * 60)), t(24 * 60 - 1)));
        assert!(!is_locked(Some(t(24 * 60)), t(24 * 60)));
        assert!(!is_locked(None, t(0)));
    }

    #[test]
    fn a_password_lives_sixty_minutes_once_and_dies_at_five_wrong() {
        let rules = LoginRules::default();
        let expires = t(0) + rules.otp_valid;
        assert!(otp_usable(expires, false, false, t(59)));
        assert!(!otp_usable(expires, false, false, t(60)));
        assert!(!otp_usable(expires, true, false, t(1)));
        assert!(!otp_usable(expires, false, true, t(1)));
        assert!(!rules.voids(4));
        assert!(rules.voids(5));
    }

    #[test]
    fn sessions_end_after_thirty_idle_minutes_or_twelve_hours() {
        let rules = LoginRules::default();
        let expires = t(0) + rules.session_max;
        assert!(rules.session_alive(t(0), expires, t(29)));
        assert!(!rules.session_alive(t(0), expires, t(30)));
        assert!(rules.session_alive(t(12 * 60 - 10), expires, t(12 * 60 - 1)));
        assert!(!rules.session_alive(t(12 * 60 - 10), expires, t(12 * 60)));
    }
}
