//! 待合室: the waiting room in front of the resident pages.
//!
//! While the requests in flight stay under the capacity, everyone walks
//! straight in and gets a **pass** (a signed cookie, renewed as they go).
//! When a new visitor arrives and the server is at capacity, or anyone is
//! already waiting, or the city has set a 受付開始 time still to come, the
//! visitor gets a **ticket** (their number in the line, a signed cookie) and
//! the waiting page instead of a slow page. The page reloads itself (no
//! JavaScript needed); a reload keeps the ticket, so nobody loses their
//! place. Every tick the server lets in as many of the line as it has room
//! for, lowest numbers first (`line.rs`): first come, first served, not
//! whoever reloads at the right moment. Holders of a pass are never sent
//! back, so a resident half-way through a reservation finishes it.
//!
//! The staff console, `/healthz` and the static files are never queued.
mod line;
mod pace;
mod page;
pub mod ticket;

use app::catalogue::ServiceSummary;
use app::clock::Clock;
use app::db::waiting_room;
use app::site::SiteSettings;
use app::state::LineStatus;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use http::{HeaderValue, Method, header};
use line::Line;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use ticket::{PASS_COOKIE, Pass, Signer, TICKET_COOKIE, Ticket};

/// How often the line moves.
pub const TICK: Duration = Duration::from_millis(100);
/// How often the waiting page reloads itself.
pub const REFRESH_SECONDS: u32 = 5;
/// A visitor this close to the front is not sent the waiting page at once:
/// their request is held this long, and served the moment they are let in.
pub const HOLD: Duration = Duration::from_secs(3);

/// Put on a waiting page's response, for the metrics to tell it apart.
#[derive(Clone, Copy, Debug)]
pub struct WaitingPage;

/// The server's own settings (environment); the city's choices in the
/// staff console (`waiting_room` row) override the capacity.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Requests in flight on this server beyond which new visitors wait.
    pub max_in_flight: usize,
    /// How long a pass lasts after the visitor's last request.
    pub pass_for: Duration,
    /// Whether cookies need HTTPS (the site's address starts with https://).
    pub secure_cookies: bool,
}

pub struct WaitingRoom {
    line: Line,
    signer: Signer,
    settings: Settings,
    db: DatabaseConnection,
    clock: Clock,
    site: Arc<SiteSettings>,
    in_flight: AtomicUsize,
    /// The most in flight since the last tick.
    peak: AtomicUsize,
    /// The capacity in force: the city's, else the server's.
    capacity: AtomicUsize,
    /// 受付開始 as unix seconds, 0 for none.
    opens_at: AtomicI64,
    /// (when, admitted) over the last minute, for the expected wait.
    admissions: Mutex<VecDeque<(Instant, u64)>>,
    /// The services as residents see them, re-read at most every 2 s.
    services: Mutex<Option<(Instant, Arc<Vec<ServiceSummary>>)>>,
    /// Held by the one request re-reading `services`.
    services_refresh: tokio::sync::Mutex<()>,
    /// How many a second may be let in, by how quickly requests are answered.
    pace: pace::Pace,
}

impl WaitingRoom {
    /// Prepares the shared row (and its signing key on first start) and opens the line.
    /// `db` is the line's own connection pool on PostgreSQL (so that the
    /// line keeps moving when bookings use every connection of the main
    /// pool), the main pool on SQLite.
    pub async fn open(db: &DatabaseConnection, clock: Clock, site: Arc<SiteSettings>, settings: Settings) -> Result<Arc<WaitingRoom>, DbErr> {
        let row = shared_row(db, clock.now()).await?;
        let started_ms = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64);
        let settings_capacity = settings.max_in_flight;
        let room = WaitingRoom {
            line: Line::open(db, started_ms).await?,
            signer: Signer::new(row.secret.as_bytes()),
            capacity: AtomicUsize::new(settings.max_in_flight),
            settings,
            db: db.clone(),
            clock,
            site,
            in_flight: AtomicUsize::new(0),
            peak: AtomicUsize::new(0),
            opens_at: AtomicI64::new(0),
            admissions: Mutex::new(VecDeque::new()),
            services: Mutex::new(None),
            services_refresh: tokio::sync::Mutex::new(()),
            pace: pace::Pace::new(settings_capacity),
        };
        room.apply(&row);
        Ok(Arc::new(room))
    }

    fn apply(&self, row: &waiting_room::Model) {
        let capacity = row.max_in_flight.map_or(self.settings.max_in_flight, |n| n.max(0) as usize);
        self.capacity.store(capacity, Ordering::Release);
        self.opens_at.store(row.opens_at.map_or(0, |t| t.timestamp()), Ordering::Release);
    }

    pub fn status(&self) -> LineStatus {
        LineStatus {
            waiting: self.line.waiting(),
            in_flight: self.in_flight.load(Ordering::Acquire),
            capacity: self.capacity.load(Ordering::Acquire),
            admitted: self.line.admitted(),
        }
    }

    fn before_opening(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let at = self.opens_at.load(Ordering::Acquire);
        (at != 0 && now.timestamp() < at).then(|| DateTime::from_timestamp(at, 0)).flatten()
    }

    /// Moves the line: re-reads the city's settings and the shared counters,
    /// then lets in as many as the pace allows (pace.rs) and there is room
    /// for: the capacity less the most that were in flight since the last
    /// tick. Those let in come back
    /// on their page's next reload, spread over its interval, so the load
    /// they bring shows in the next ticks' peaks and the line slows itself.
    pub async fn tick(&self) -> Result<(), DbErr> {
        // One read gives both the city's settings and, on PostgreSQL, what
        // the other servers handed out and let in.
        if let Some(row) = waiting_room::Entity::find_by_id(1).one(&self.db).await? {
            self.apply(&row);
            self.line.refresh_from(&row);
        }
        let peak = self.peak.swap(self.in_flight.load(Ordering::Acquire), Ordering::AcqRel);
        // Before 受付開始 nobody is let in, and the pace must not climb on
        // a line it is not serving.
        let waiting = if self.before_opening(self.clock.now()).is_none() { self.line.waiting() } else { 0 };
        let capacity = self.capacity.load(Ordering::Acquire);
        let room = capacity.saturating_sub(peak) as u64;
        let k = self.pace.allowance(TICK, room, waiting, capacity);
        if k > 0 {
            self.line.admit(k).await?;
        }
        let mut admissions = self.admissions.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        admissions.push_back((now, self.line.admitted()));
        while admissions.front().is_some_and(|(at, _)| now.duration_since(*at) > Duration::from_secs(60)) {
            admissions.pop_front();
        }
        Ok(())
    }

    /// Tickets let in per second over the last minute.
    fn admission_rate(&self) -> f64 {
        let admissions = self.admissions.lock().unwrap_or_else(|e| e.into_inner());
        match (admissions.front(), admissions.back()) {
            (Some((t0, a0)), Some((t1, a1))) if t1 > t0 => (a1 - a0) as f64 / t1.duration_since(*t0).as_secs_f64(),
            _ => 0.0,
        }
    }

    /// The services as residents see them, for the waiting page's notice
    /// of a full service. Re-read at most every 2 s and by one request at a
    /// time: the others meanwhile use the last list. Thousands of waiting
    /// pages must not each query (on PostgreSQL this is the line's own
    /// two-connection pool, which also moves the line).
    async fn services(&self) -> Arc<Vec<ServiceSummary>> {
        let cached = self.services.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some((at, list)) = &cached {
            if at.elapsed() < Duration::from_secs(2) {
                return list.clone();
            }
        }
        let refreshing = match (&cached, self.services_refresh.try_lock()) {
            (_, Ok(guard)) => guard,
            // Someone is re-reading it: the last list will do.
            (Some((_, list)), Err(_)) => return list.clone(),
            // None yet: wait for the first reading.
            (None, Err(_)) => self.services_refresh.lock().await,
        };
        if let Some((at, list)) = self.services.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
            if at.elapsed() < Duration::from_secs(2) {
                return list.clone();
            }
        }
        let list = Arc::new(app::catalogue::ssr::list_services(&self.db, self.clock.now_jst()).await.unwrap_or_default());
        *self.services.lock().unwrap_or_else(|e| e.into_inner()) = Some((Instant::now(), list.clone()));
        drop(refreshing);
        list
    }

    fn cookie(&self, name: &str, value: &str, max_age: Duration) -> HeaderValue {
        let secure = if self.settings.secure_cookies { "; Secure" } else { "" };
        HeaderValue::from_str(&format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}", max_age.as_secs()))
            .expect("cookie values are ASCII")
    }

    fn new_pass(&self, now: DateTime<Utc>) -> HeaderValue {
        let expires = now.timestamp() + self.settings.pass_for.as_secs() as i64;
        self.cookie(PASS_COOKIE, &self.signer.pass(Pass { expires }), self.settings.pass_for)
    }

    /// Holds a visitor near the front of the line (no more than the
    /// capacity ahead) until they are let in, for at most [`HOLD`]. So those
    /// let in are served at once, their load shows in the next tick, and
    /// nobody let in sits idle until their page's next reload.
    async fn hold(&self, ticket: Ticket) -> bool {
        let near = ticket.number.saturating_sub(self.line.admitted()) <= self.capacity.load(Ordering::Acquire) as u64;
        if !near || self.before_opening(self.clock.now()).is_some() {
            return self.line.lets_in(ticket.number, ticket.epoch);
        }
        let deadline = tokio::time::Instant::now() + HOLD;
        loop {
            let moved = self.line.moved.notified();
            tokio::pin!(moved);
            moved.as_mut().enable();
            if self.line.lets_in(ticket.number, ticket.epoch) {
                return true;
            }
            tokio::select! {
                _ = &mut moved => {}
                _ = tokio::time::sleep_until(deadline) => return self.line.lets_in(ticket.number, ticket.epoch),
            }
        }
    }

    /// Runs the request, counted in flight.
    async fn serve(&self, request: Request, next: Next) -> Response {
        let now_in = self.in_flight.fetch_add(1, Ordering::AcqRel) + 1;
        self.peak.fetch_max(now_in, Ordering::AcqRel);
        let _leaving = Leaving(&self.in_flight);
        let started = Instant::now();
        let response = next.run(request).await;
        self.pace.answered(started.elapsed());
        response
    }

    /// Tickets a second the line may let in now (pace.rs).
    pub fn pace_per_second(&self) -> f64 {
        self.pace.rate()
    }

    async fn waiting_page(&self, ticket: Ticket, method: &Method, set_ticket: bool, language: app::language::Language) -> Response {
        let now = self.clock.now();
        let ahead = ticket.number.saturating_sub(self.line.admitted()).saturating_sub(1);
        let service = match ticket.service {
            0 => None,
            id => self.services().await.iter().find(|s| s.id == id).cloned(),
        };
        let html = page::render(&page::Waiting {
            ahead,
            rate_per_s: self.admission_rate(),
            opens_at: self.before_opening(now),
            paused: self.capacity.load(Ordering::Acquire) == 0,
            service: service.as_ref(),
            // A form sent without a pass cannot be sent again by a reload;
            // the reload goes to the list of services instead.
            reload_to: (method != Method::GET && method != Method::HEAD).then_some("/reserve"),
            site: &self.site,
            language,
        });
        let mut response = (
            [(header::CACHE_CONTROL, HeaderValue::from_static("no-store")), (header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"))],
            html,
        )
            .into_response();
        // Nobody keeps a connection open on the server while they wait: on
        // a big morning that is thousands of idle connections' memory.
        response.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
        response.extensions_mut().insert(WaitingPage);
        if set_ticket {
            let value = self.signer.ticket(ticket);
            response.headers_mut().append(header::SET_COOKIE, self.cookie(TICKET_COOKIE, &value, Duration::from_secs(6 * 3600)));
        }
        response
    }
}

impl app::state::Line for WaitingRoom {
    fn status(&self) -> LineStatus {
        WaitingRoom::status(self)
    }
}

struct Leaving<'a>(&'a AtomicUsize);

impl Drop for Leaving<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// The one row, made on first start with a random signing key. Several
/// servers starting at once: the conditional UPDATE lets one key win.
async fn shared_row(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<waiting_room::Model, DbErr> {
    if waiting_room::Entity::find_by_id(1).one(db).await?.is_none() {
        let inserted = waiting_room::ActiveModel {
            id: Set(1),
            issued: Set(0),
            admitted: Set(0),
            secret: Set(String::new()),
            max_in_flight: Set(None),
            opens_at: Set(None),
            updated_at: Set(now),
        }
        .insert(db)
        .await;
        if let Err(error) = inserted {
            // Another server inserted it first; anything else shows below.
            tracing::debug!(%error, "waiting_room row already made");
        }
    }
    let key = format!("{}{}", app::drafts::new_id(), app::drafts::new_id());
    waiting_room::Entity::update_many()
        .col_expr(waiting_room::Column::Secret, Expr::value(key))
        .filter(waiting_room::Column::Id.eq(1))
        .filter(waiting_room::Column::Secret.eq(""))
        .exec(db)
        .await?;
    waiting_room::Entity::find_by_id(1).one(db).await?.ok_or_else(|| DbErr::RecordNotFound("waiting_room".into()))
}

/// Moves the line every tick, for as long as the server runs.
pub async fn run(room: Arc<WaitingRoom>) {
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Err(error) = room.tick().await {
            tracing::warn!(%error, "waiting room: could not move the line; trying again");
        }
    }
}

/// Paths that never wait: the staff console and its server functions,
/// the health check, static files, the language switch (one cookie, and
/// the waiting page itself is read in the chosen language), and the 予約票
/// (one row to read; a resident showing it at the counter must not queue
/// behind a rush).
fn bypasses(path: &str) -> bool {
    path == "/healthz"
        || path == "/favicon.svg"
        || path == "/favicon.ico"
        || path.starts_with("/pkg/")
        || path.starts_with("/ticket/")
        || path == "/api/ticket/view"
        || path == "/language"
        || path == "/staff"
        || path.starts_with("/staff/")
        || path.starts_with("/api/staff/")
}

/// The service a visitor came for, from `/reserve/services/{id}`.
fn service_in(path: &str) -> i32 {
    path.strip_prefix("/reserve/services/")
        .and_then(|rest| rest.split(['/', '?']).next())
        .and_then(|id| id.parse().ok())
        .unwrap_or(0)
}

fn cookie_values(request: &Request) -> (Option<String>, Option<String>) {
    let (mut pass, mut ticket) = (None, None);
    for header in request.headers().get_all(header::COOKIE) {
        let Ok(text) = header.to_str() else { continue };
        for c in cookie::Cookie::split_parse(text).flatten() {
            match c.name() {
                PASS_COOKIE => pass = Some(c.value().to_string()),
                TICKET_COOKIE => ticket = Some(c.value().to_string()),
                _ => {}
            }
        }
    }
    (pass, ticket)
}

/// The middleware.
pub async fn gate(State(room): State<Arc<WaitingRoom>>, request: Request, next: Next) -> Response {
    if bypasses(request.uri().path()) {
        return next.run(request).await;
    }
    let now = room.clock.now();
    let (pass, ticket) = cookie_values(&request);
    if let Some(pass) = pass.and_then(|p| room.signer.read_pass(&p, now.timestamp())) {
        let renew = pass.expires - now.timestamp() < room.settings.pass_for.as_secs() as i64 / 2;
        let mut response = room.serve(request, next).await;
        if renew {
            response.headers_mut().append(header::SET_COOKIE, room.new_pass(now));
        }
        return response;
    }
    let method = request.method().clone();
    let language = app::language::of_request(request.uri().path(), request.headers());
    let ticket = ticket.and_then(|t| room.signer.read_ticket(&t));
    let walk_in = ticket.is_none()
        && room.line.waiting() == 0
        && room.before_opening(now).is_none()
        && room.in_flight.load(Ordering::Acquire) < room.capacity.load(Ordering::Acquire);
    let (ticket, new_ticket) = match ticket {
        Some(t) => (Some(t), false),
        None if walk_in => (None, false),
        None => match room.line.issue().await {
            Ok(number) => {
                tracing::debug!(number, "waiting room: ticket issued");
                (Some(Ticket { number, epoch: room.line.epoch, service: service_in(request.uri().path()) }), true)
            }
            // The line cannot be written (the database is failing): better
            // to serve than to turn everyone away with nothing.
            Err(error) => {
                tracing::warn!(%error, "waiting room: could not issue a ticket; letting the visitor in");
                (None, false)
            }
        },
    };
    let held_since = Instant::now();
    let admitted = match ticket {
        None => true,
        Some(t) => room.hold(t).await,
    };
    if admitted {
        let now = room.clock.now();
        let held = held_since.elapsed();
        let mut response = room.serve(request, next).await;
        // Time spent in the line, apart from the answer's own (a standard
        // header browsers' developer tools show; the bench reads it).
        if let Ok(value) = HeaderValue::from_str(&format!("queue;dur={}", held.as_millis())) {
            response.headers_mut().append("server-timing", value);
        }
        response.headers_mut().append(header::SET_COOKIE, room.new_pass(now));
        if ticket.is_some() && !new_ticket {
            response.headers_mut().append(header::SET_COOKIE, room.cookie(TICKET_COOKIE, "", Duration::ZERO));
        }
        return response;
    }
    let ticket = ticket.expect("only a ticket holder waits");
    room.waiting_page(ticket, &method, new_ticket, language).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_health_and_assets_never_wait() {
        for path in ["/healthz", "/staff", "/staff/day", "/api/staff/day", "/pkg/e-yoyaku.wasm", "/favicon.svg"] {
            assert!(bypasses(path), "{path}");
        }
        for path in ["/", "/reserve", "/reserve/services/1", "/api/reserve/submit", "/staffing", "/my"] {
            assert!(!bypasses(path), "{path}");
        }
    }

    #[test]
    fn the_service_a_visitor_came_for() {
        assert_eq!(service_in("/reserve/services/12"), 12);
        assert_eq!(service_in("/reserve/services/12/"), 12);
        assert_eq!(service_in("/reserve/services/abc"), 0);
        assert_eq!(service_in("/reserve"), 0);
    }
}
