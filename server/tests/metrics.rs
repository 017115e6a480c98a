//! Metrics: Prometheus text on its own address, not on the public port,
//! with latency by route pattern (never by raw path), the waiting room,
//! the outbox and the database pool.
#[macro_use]
mod common;

use common::*;

async fn metrics_are_served_apart_by_route_pattern(backend: Backend) {
    let app = spawn_configured(backend, app::clock::Clock::System, |config| {
        config.metrics_addr = Some("127.0.0.1:0".parse().unwrap());
    })
    .await;
    let (service, slot) = app.slot_with_capacity(5).await;
    assert_eq!(app.get(&format!("/reserve/services/{service}")).await.status(), 200);
    app.reserve(slot, "metrics@example.jp").await;
    assert_eq!(app.get("/no-such-page-12345").await.status(), 404);

    // Not on the public port.
    assert_eq!(app.get("/metrics").await.status(), 404);

    let at = app.metrics_addr().expect("metrics are served");
    let response = reqwest::get(format!("http://{at}/metrics")).await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/plain"));
    let text = response.text().await.unwrap();
    let has = |needle: &str| assert!(text.contains(needle), "{needle} missing from:\n{text}");
    has("eyoyaku_http_request_duration_seconds_bucket{");
    has("route=\"/reserve/services/{service_id}\"");
    has("route=\"/api/reserve/submit\"");
    has("route=\"(unmatched)\"");
    has("le=\"0.2\"");
    assert!(!text.contains("no-such-page-12345"), "raw paths never become labels");
    for gauge in [
        "eyoyaku_http_requests_in_flight",
        "eyoyaku_waiting_room_waiting",
        "eyoyaku_waiting_room_capacity",
        "eyoyaku_waiting_room_admitted_total",
        "eyoyaku_outbox_unsent",
        "eyoyaku_outbox_oldest_unsent_age_seconds",
        "eyoyaku_db_pool_in_use",
        "eyoyaku_db_pool_max 16",
        "eyoyaku_database_up 1",
    ] {
        has(gauge);
    }
    app.stop().await;
}

on_both!(metrics_are_served_apart_by_route_pattern);
