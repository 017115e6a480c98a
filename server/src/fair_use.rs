//! 公平な利用 at the edge: one client may save only so many reservation
//! drafts (お客様情報の入力 → 確認) and press 送信 only so often
//! (`app::fair_use::FairUseRules`, README 「公平な利用」). A refused form
//! post gets a Japanese page saying when to try again, a refused fetch the
//! app's `AppError::TooMany`; both 429 with `Retry-After`.
//!
//! A client is the request's address (`guard::client_addr`): an IPv4
//! address, or an IPv6 /64 (what one home or one phone is given). Counted
//! in memory with `governor` (GCRA: `n` at once, then one more every
//! hour/n), so it costs no database write on the rush's hot path. With
//! several servers each counts for itself: the limit is then per server
//! unless the load balancer sends one client to one server (docs/
//! DECISIONS.md). The per-address limit, which must hold everywhere, is
//! counted in the database by the booking core.
use app::error::AppError;
use app::site::SiteSettings;
use app::state::ClientAddr;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock as _, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use http::{HeaderValue, Method, StatusCode, header};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

/// The server functions counted (`app::reserve`).
const DRAFTS: &str = "/api/reserve/details";
const SUBMITS: &str = "/api/reserve/submit";
/// Logins (`app::login`, `app::staff::login`): limited before any hashing.
const OTP_REQUESTS: &str = "/api/login/otp";
const LOGINS: &str = "/api/login/login";
const STAFF_LOGINS: &str = "/api/staff/login";

pub struct FairUse {
    drafts: Option<DefaultKeyedRateLimiter<IpAddr>>,
    submits: Option<DefaultKeyedRateLimiter<IpAddr>>,
    logins: Option<DefaultKeyedRateLimiter<IpAddr>>,
    staff_logins: Option<DefaultKeyedRateLimiter<IpAddr>>,
    clock: app::clock::Clock,
    site: Arc<SiteSettings>,
}

/// `per_hour` at once, then one more every hour / `per_hour`; 0: none.
fn limiter(per_hour: u32) -> Option<DefaultKeyedRateLimiter<IpAddr>> {
    let burst = NonZeroU32::new(per_hour)?;
    let quota = Quota::with_period(Duration::from_secs(3600) / per_hour)?.allow_burst(burst);
    Some(RateLimiter::keyed(quota))
}

pub use app::fair_use::client_key;

impl FairUse {
    pub fn new(site: Arc<SiteSettings>, clock: app::clock::Clock) -> Arc<Self> {
        let rules = site.fair_use;
        Arc::new(Self {
            drafts: limiter(rules.drafts_per_client_per_hour),
            submits: limiter(rules.submits_per_client_per_hour),
            logins: limiter(rules.logins_per_client_per_hour),
            staff_logins: limiter(rules.staff_logins_per_client_per_hour),
            clock,
            site,
        })
    }

    /// How long `client` must wait before `path` is answered again, if it
    /// must; otherwise counts this request.
    fn wait_before(&self, path: &str, client: IpAddr) -> Option<Duration> {
        let limiter = match path {
            DRAFTS => self.drafts.as_ref(),
            SUBMITS => self.submits.as_ref(),
            OTP_REQUESTS | LOGINS => self.logins.as_ref(),
            STAFF_LOGINS => self.staff_logins.as_ref(),
            _ => None,
        }?;
        limiter.check_key(&client_key(client)).err().map(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }

    /// Forgets clients whose allowance is whole again (hourly), so the
    /// memory held is that of the last hour's clients only.
    pub fn forget_idle(&self) {
        for limiter in [&self.drafts, &self.submits, &self.logins, &self.staff_logins].into_iter().flatten() {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

pub async fn limit(State(fair): State<Arc<FairUse>>, request: Request, next: Next) -> Response {
    if request.method() != Method::POST {
        return next.run(request).await;
    }
    let client = request.extensions().get::<ClientAddr>().map(|c| c.0);
    let Some(wait) = client.and_then(|client| fair.wait_before(request.uri().path(), client)) else {
        return next.run(request).await;
    };
    // Whole minutes, rounded up: a page never says "try again now".
    let wait = Duration::from_secs(wait.as_secs().div_ceil(60).max(1) * 60);
    let retry_at = app::time::to_jst(fair.clock.now() + chrono::Duration::from_std(wait).unwrap_or_default());
    let retry_at = app::time::time_short(retry_at.time());
    tracing::info!(path = request.uri().path(), client = ?client.map(client_key), "fair use: refused");
    let error = AppError::TooMany { retry_at };
    let mut response = if app::error::is_form_post(request.headers()) {
        let language = app::language::of_request(request.uri().path(), request.headers());
        axum::response::Html(page(&error, wait, &fair.site, language)).into_response()
    } else {
        // The hydrated page's fetch: the app decodes its own error and
        // shows the same words on the page the resident is on.
        let body = serde_json::to_string(&error).unwrap_or_default();
        ([(header::CONTENT_TYPE, "application/json")], body).into_response()
    };
    *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(wait.as_secs()));
    response
}

/// Every hour, drops the clients whose allowance is whole again.
pub async fn forget_idle_hourly(fair: Arc<FairUse>) {
    let mut every = tokio::time::interval(Duration::from_secs(3600));
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        fair.forget_idle();
    }
}

fn page(error: &AppError, wait: Duration, site: &SiteSettings, language: app::language::Language) -> String {
    use crate::plain_page::{say, words};
    use app::texts::Text;
    let title = Text::BusyTitle.in_language(language, &[]);
    let main = format!(
        "<h1>{heading}</h1>\
         <div class=\"notice notice--error\" role=\"alert\"><p>{message}</p></div>\
         <p>{minutes}</p>\
         <p><a href=\"/reserve\">{services}</a>　<a href=\"/\">{top}</a></p>",
        heading = words(&title),
        message = words(&error.message_in(language)),
        minutes = say(Text::BusyMinutes, language, &[("minutes", &(wait.as_secs() / 60).to_string())]),
        services = say(Text::BusyServicesLink, language, &[]),
        top = say(Text::PageBackToTop, language, &[]),
    );
    crate::plain_page::render(language, &title, "", &main, site)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_is_an_ipv4_address_or_an_ipv6_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_key(a), client_key(b));
        assert_ne!(client_key(a), client_key(other));
        let v4: IpAddr = "203.0.113.7".parse().unwrap();
        assert_eq!(client_key(v4), v4);
        let mapped: IpAddr = "::ffff:203.0.113.7".parse().unwrap();
        assert_eq!(client_key(mapped), v4);
    }

    #[test]
    fn the_allowance_is_counted_per_client_and_per_kind() {
        let site = Arc::new(SiteSettings {
            fair_use: app::fair_use::FairUseRules {
                drafts_per_client_per_hour: 3,
                submits_per_client_per_hour: 2,
                reservations_per_address_per_day: 0,
                logins_per_client_per_hour: 2,
                staff_logins_per_client_per_hour: 1,
            },
            ..SiteSettings::example()
        });
        let fair = FairUse::new(site, app::clock::Clock::System);
        let me: IpAddr = "203.0.113.7".parse().unwrap();
        let neighbour: IpAddr = "203.0.113.8".parse().unwrap();
        assert!(fair.wait_before(SUBMITS, me).is_none());
        assert!(fair.wait_before(SUBMITS, me).is_none());
        let wait = fair.wait_before(SUBMITS, me).expect("the third 送信 in an hour waits");
        assert!(wait > Duration::from_secs(60) && wait <= Duration::from_secs(1800), "{wait:?}");
        assert!(fair.wait_before(SUBMITS, neighbour).is_none(), "another client has its own allowance");
        assert!(fair.wait_before(DRAFTS, me).is_none(), "drafts are counted apart");
        assert!(fair.wait_before("/api/staff/reserve", me).is_none(), "other paths are not counted");
        assert!(fair.wait_before(OTP_REQUESTS, me).is_none());
        assert!(fair.wait_before(LOGINS, me).is_none());
        assert!(fair.wait_before(LOGINS, me).is_some(), "an OTP request and a login count together");
        assert!(fair.wait_before(STAFF_LOGINS, me).is_none());
        assert!(fair.wait_before(STAFF_LOGINS, me).is_some());
        assert!(fair.wait_before(STAFF_LOGINS, neighbour).is_none());
    }

    #[test]
    fn zero_means_no_limit() {
        assert!(limiter(0).is_none());
        let fair = FairUse::new(
            Arc::new(SiteSettings { fair_use: app::fair_use::FairUseRules::unlimited(), ..SiteSettings::example() }),
            app::clock::Clock::System,
        );
        let me: IpAddr = "203.0.113.7".parse().unwrap();
        assert!((0..1000).all(|_| fair.wait_before(SUBMITS, me).is_none()));
    }
}
