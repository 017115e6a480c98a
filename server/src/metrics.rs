//! Metrics for the city's monitoring, in Prometheus text on their own
//! listen address (`METRICS_ADDR`, default 127.0.0.1:9464; never on the
//! public port): request latency by route pattern, requests in flight,
//! the waiting room's line and admissions, the outbox's depth and oldest
//! unsent age, and the database pool's use. README, 「監視 (metrics)」.
//!
//! `metrics` is the facade the code records to; `metrics-exporter-prometheus`
//! keeps the histograms and writes the text. Request latencies are recorded
//! as they happen; everything that is a level (line, outbox, pool) is read
//! when Prometheus scrapes, so it costs nothing between scrapes.
use crate::waiting_room::WaitingRoom;
use app::db::email_outbox;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use sea_orm::{ColumnTrait, DatabaseConnection, DbBackend, EntityTrait, QueryFilter, QuerySelect};
use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

const LATENCY: &str = "eyoyaku_http_request_duration_seconds";

/// Latency buckets around the goals: 200 ms for pages and 送信, 1 s for
/// anyone let in from the line.
const BUCKETS: [f64; 12] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0, 2.0, 5.0, 10.0];

/// The process's recorder, installed on first use (one per process: the
/// tests start many servers in one).
pub fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        PrometheusBuilder::new()
            .set_buckets(&BUCKETS)
            .expect("the buckets are not empty")
            .install_recorder()
            .expect("no other metrics recorder is installed")
    })
}

/// The route pattern a request matched (`/reserve/services/{service_id}`), put on
/// the response by `mark_route` for `measure` outside it to read.
#[derive(Clone)]
struct Route(String);

/// On matched routes only (`Router::route_layer`): remembers the pattern.
pub async fn mark_route(request: Request, next: Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().map(|p| p.as_str().to_string());
    let mut response = next.run(request).await;
    if let Some(route) = route {
        response.extensions_mut().insert(Route(route));
    }
    response
}

/// Around everything: the time to the response's head, by route pattern,
/// method and status class. Requests that matched no route (assets, 404s,
/// the waiting page) are labelled by what they were, never by their path,
/// so a scan of random URLs cannot grow the label set.
pub async fn measure(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().as_str().to_string();
    let asset = request.uri().path().starts_with("/pkg/");
    let response = next.run(request).await;
    let route = match response.extensions().get::<Route>() {
        Some(Route(route)) => route.clone(),
        None if asset => "/pkg/*".to_string(),
        None if response.extensions().get::<crate::waiting_room::WaitingPage>().is_some() => "(waiting page)".to_string(),
        None => "(unmatched)".to_string(),
    };
    let status = format!("{}xx", response.status().as_u16() / 100);
    metrics::histogram!(LATENCY, "route" => route, "method" => method, "status" => status)
        .record(started.elapsed().as_secs_f64());
    response
}

/// What a scrape reads besides the recorded latencies.
#[derive(Clone)]
pub struct Levels {
    pub db: DatabaseConnection,
    pub pool_max: u32,
    pub room: Arc<WaitingRoom>,
    pub clock: app::clock::Clock,
}

impl Levels {
    async fn record(&self) {
        let line = self.room.status();
        metrics::gauge!("eyoyaku_http_requests_in_flight").set(line.in_flight as f64);
        metrics::gauge!("eyoyaku_waiting_room_capacity").set(line.capacity as f64);
        metrics::gauge!("eyoyaku_waiting_room_waiting").set(line.waiting as f64);
        metrics::counter!("eyoyaku_waiting_room_admitted_total").absolute(line.admitted);
        metrics::gauge!("eyoyaku_waiting_room_pace_per_second").set(self.room.pace_per_second());

        let (size, idle) = pool(&self.db);
        metrics::gauge!("eyoyaku_db_pool_connections").set(size as f64);
        metrics::gauge!("eyoyaku_db_pool_idle").set(idle as f64);
        metrics::gauge!("eyoyaku_db_pool_in_use").set((size as usize).saturating_sub(idle) as f64);
        metrics::gauge!("eyoyaku_db_pool_max").set(self.pool_max as f64);

        let unsent = email_outbox::Entity::find()
            .select_only()
            .column_as(email_outbox::Column::Id.count(), "n")
            .column_as(email_outbox::Column::CreatedAt.min(), "oldest")
            .filter(email_outbox::Column::SentAt.is_null())
            .into_tuple::<(i64, Option<chrono::DateTime<chrono::Utc>>)>()
            .one(&self.db)
            .await;
        match unsent {
            Ok(Some((n, oldest))) => {
                let age = oldest.map_or(0.0, |at| (self.clock.now() - at).num_milliseconds().max(0) as f64 / 1000.0);
                metrics::gauge!("eyoyaku_outbox_unsent").set(n as f64);
                metrics::gauge!("eyoyaku_outbox_oldest_unsent_age_seconds").set(age);
                metrics::gauge!("eyoyaku_database_up").set(1.0);
            }
            Ok(None) | Err(_) => metrics::gauge!("eyoyaku_database_up").set(0.0),
        }
    }
}

/// Connections open and idle in the main pool.
fn pool(db: &DatabaseConnection) -> (u32, usize) {
    match db.get_database_backend() {
        DbBackend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
        DbBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
        _ => (0, 0),
    }
}

/// The page Prometheus scrapes.
async fn scrape(State(levels): State<Levels>) -> ([(http::HeaderName, &'static str); 1], String) {
    levels.record().await;
    ([(http::header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], handle().render())
}

/// Binds the metrics address (before the server says it is ready, so a
/// taken port is an error at start-up, not a silent gap in monitoring).
pub async fn listen(addr: SocketAddr) -> anyhow::Result<tokio::net::TcpListener> {
    use anyhow::Context;
    tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("メトリクス（METRICS_ADDR）を {addr} で待ち受けできませんでした"))
}

/// Serves `/metrics` and keeps the histograms tidy.
pub async fn serve(listener: tokio::net::TcpListener, levels: Levels) {
    let upkeep = tokio::spawn(async {
        let mut every = tokio::time::interval(Duration::from_secs(5));
        loop {
            every.tick().await;
            handle().run_upkeep();
        }
    });
    let router = axum::Router::new().route("/metrics", axum::routing::get(scrape)).with_state(levels);
    if let Err(e) = axum::serve(listener, router).await {
        tracing::error!(error = %e, "the metrics listener stopped");
    }
    upkeep.abort();
}
