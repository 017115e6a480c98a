//! The server: configuration, database, mail worker, router. `main.rs`
//! runs it; the integration tests start it on a free port.
pub mod assets;
pub mod backup;
pub mod calendar_file;
pub mod config;
pub mod database;
pub mod demo;
pub mod export;
pub mod fair_use;
pub mod files;
pub mod guard;
pub mod language_switch;
pub mod staff_cli;
pub mod mailer;
pub mod metrics;
pub mod own_data_file;
pub mod page_cache;
pub mod plain_page;
pub mod safety_net;
pub mod security_headers;
pub mod waiting_room;
pub mod clock_jobs;

use anyhow::{Context, Result};
use app::clock::Clock;
use app::site::SiteSettings;
use app::staff::export::Format;
use app::state::AppState;
use axum::{Router, extract::Request, middleware::Next, response::Response, routing::get};
use config::Config;
use http::{HeaderName, HeaderValue, header};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::task::JoinHandle;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

/// Logs to standard output: text by default, one JSON object per line with
/// `LOG_FORMAT=json` (for a log collector). `RUST_LOG` sets the levels.
/// Lines never carry an email address or a name: residents appear by id.
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn,tower_http=warn".into());
    let json = std::env::var("LOG_FORMAT").is_ok_and(|v| v.trim().eq_ignore_ascii_case("json"));
    let _ = if json {
        tracing_subscriber::fmt().json().with_current_span(true).with_env_filter(filter).try_init()
    } else {
        tracing_subscriber::fmt().with_env_filter(filter).try_init()
    };
}

/// A started server.
pub struct Running {
    pub addr: SocketAddr,
    /// Where `/metrics` is served, when it is.
    pub metrics_addr: Option<SocketAddr>,
    pub state: AppState,
    pub waiting_room: Arc<waiting_room::WaitingRoom>,
    pub serve: JoinHandle<std::io::Result<()>>,
    /// The mail worker: waited for on shutdown (it finishes the message in hand).
    pub mail_worker: JoinHandle<()>,
    pub background: Vec<JoinHandle<()>>,
    /// Turned true to stop: the listener stops accepting, `/readyz` says 503,
    /// the mail worker finishes the message in hand.
    pub stopping: tokio::sync::watch::Sender<bool>,
}

impl Running {
    /// Stops serving and the background workers at once (tests call this).
    pub fn stop(&self) {
        self.serve.abort();
        self.mail_worker.abort();
        for task in &self.background {
            task.abort();
        }
    }

    /// A graceful stop (SIGTERM): stop accepting connections, let requests
    /// in flight finish for up to `grace`, stop the workers (the mail
    /// worker finishes the message it is sending), close the database.
    pub async fn shutdown(self, grace: std::time::Duration) {
        let started = tokio::time::Instant::now();
        let _ = self.stopping.send(true);
        let mut serve = self.serve;
        match tokio::time::timeout(grace, &mut serve).await {
            Ok(_) => tracing::info!(ms = started.elapsed().as_millis() as u64, "requests in flight finished"),
            Err(_) => {
                tracing::warn!(seconds = grace.as_secs(), "requests still in flight after the grace period; cut");
                serve.abort();
            }
        }
        for task in &self.background {
            task.abort();
        }
        if tokio::time::timeout(std::time::Duration::from_secs(30), self.mail_worker).await.is_err() {
            tracing::warn!("the mail worker did not stop in 30 s; its claimed mails are sent by the next start");
        }
        close_database(&self.state.db).await;
        tracing::info!(ms = started.elapsed().as_millis() as u64, "stopped");
    }
}

/// Closes the database's connections, waiting at most ten seconds for
/// those still in use: closing waits for every connection to come back,
/// and one held by a task cut off mid-query must not keep the process from
/// ending (it is closed with the process).
pub async fn close_database(db: &sea_orm::DatabaseConnection) {
    match tokio::time::timeout(std::time::Duration::from_secs(10), db.clone().close()).await {
        Ok(Ok(())) => {}
        Ok(Err(error)) => tracing::warn!(%error, "closing the database"),
        Err(_) => tracing::warn!("database connections still in use after 10 s; left to close with the process"),
    }
}

pub async fn start(config: Config, clock: Clock) -> Result<Running> {
    files::private_by_default();
    let db = database::connect(&config).await?;
    database::migrate(&config, &db).await?;
    let mail_from_address = mailer::parse_from(&config.mail_from)?.email.to_string();
    let site = Arc::new(SiteSettings {
        base_url: config.base_url.clone(),
        mail_from: config.mail_from.clone(),
        mail_from_address,
        contact_name: config.contact_name.clone(),
        contact_phone: config.contact_phone.clone(),
        contact_hours: config.contact_hours.clone(),
        fair_use: config.fair_use,
    });
    if config.demo_data {
        demo::seed_if_empty(&db, &site, &clock).await.context("デモデータを作成できませんでした")?;
    }
    let line_db = database::connect_for_the_line(&config, &db).await?;
    let room = waiting_room::WaitingRoom::open(&line_db, clock.clone(), site.clone(), config.waiting_room.clone())
        .await
        .context("待合室（waiting_room）を準備できませんでした")?;
    let state = AppState {
        db: db.clone(),
        clock: clock.clone(),
        site,
        outbox_signal: Arc::new(tokio::sync::Notify::new()),
        rules: Arc::new(config.login_rules.clone()),
        line: room.clone(),
        mail_folder: config.smtp_url.is_none().then(|| config.data_dir.join("mail")),
    };
    let mailer = mailer::Mailer::from_config(&config)?;
    let (stopping, stop) = tokio::sync::watch::channel(false);
    let mail_worker = tokio::spawn(mailer::run_worker(
        db.clone(),
        mailer,
        state.outbox_signal.clone(),
        clock.clone(),
        stop.clone(),
        config.mail_folder_keep,
    ));
    let mut background = vec![
        tokio::spawn(database::housekeeping_hourly(db.clone(), state.rules.clone(), clock.clone())),
        tokio::spawn(waiting_room::run(room.clone())),
        tokio::spawn(clock_jobs::every_minute(state.clone(), config.resident_retention_days)),
    ];

    let fair_use = fair_use::FairUse::new(state.site.clone(), clock.clone());
    background.push(tokio::spawn(fair_use::forget_idle_hourly(fair_use.clone())));
    let router = router(&config, state.clone(), room.clone(), fair_use, stop.clone());
    let listener = tokio::net::TcpListener::bind(config.site_addr)
        .await
        .with_context(|| format!("{} で待ち受けできませんでした", config.site_addr))?;
    let addr = listener.local_addr()?;
    let mut metrics_addr = None;
    if let Some(at) = config.metrics_addr {
        let listener = metrics::listen(at).await?;
        metrics::handle();
        metrics_addr = Some(listener.local_addr()?);
        let levels = metrics::Levels {
            db: db.clone(),
            pool_max: config.db_max_connections,
            room: room.clone(),
            clock: clock.clone(),
        };
        background.push(tokio::spawn(metrics::serve(listener, levels)));
    }
    let mut stopped = stop;
    let serve = tokio::spawn(async move {
        axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(async move {
                let _ = stopped.wait_for(|stop| *stop).await;
            })
            .await
    });
    Ok(Running { addr, metrics_addr, state, waiting_room: room, serve, mail_worker, background, stopping })
}

fn leptos_options(config: &Config) -> LeptosOptions {
    // Hashed asset names when the build made them (assets.rs): the pages'
    // script tags then name e-yoyaku.<hash>.js and .wasm. The hash file is
    // given as an absolute path: Leptos would look beside the executable.
    let hash_file = assets::hash_file(std::path::Path::new(&config.site_root));
    LeptosOptions::builder()
        .output_name("e-yoyaku")
        .site_root(config.site_root.as_str())
        .site_pkg_dir("pkg")
        .site_addr(config.site_addr)
        .env(leptos::config::Env::PROD)
        .hash_files(hash_file.is_some())
        .hash_file(Arc::<str>::from(hash_file.map(|f| f.display().to_string()).unwrap_or_else(|| "hash.txt".into())))
        .build()
}

pub fn router(
    config: &Config,
    state: AppState,
    room: Arc<waiting_room::WaitingRoom>,
    fair_use: Arc<fair_use::FairUse>,
    stopping: tokio::sync::watch::Receiver<bool>,
) -> Router {
    let options = leptos_options(config);
    let site = state.site.clone();
    let routes = generate_route_list(app::App);
    let health_db = state.db.clone();
    let ready_db = state.db.clone();
    let (csv_state, xlsx_state, ics_state, own_state) = (state.clone(), state.clone(), state.clone(), state.clone());
    let language_site = state.site.clone();
    let router = Router::new()
        .route("/language", get(move |query| language_switch::choose(language_site.clone(), query)))
        .route("/ticket/{token}/calendar.ics", get(move |headers, token| calendar_file::download(ics_state.clone(), headers, token)))
        .route("/my/data/download", get(move |headers| own_data_file::download(own_state.clone(), headers)))
        .route(
            "/staff/export.csv",
            get(move |headers, range, client| export::reservations(Format::Csv, csv_state.clone(), headers, range, client)),
        )
        .route(
            "/staff/export.xlsx",
            get(move |headers, range, client| export::reservations(Format::Xlsx, xlsx_state.clone(), headers, range, client)),
        )
        .route(
            "/healthz",
            get(move || {
                let db = health_db.clone();
                async move {
                    match db.ping().await {
                        Ok(()) => (http::StatusCode::OK, "ok"),
                        Err(_) => (http::StatusCode::SERVICE_UNAVAILABLE, "database unavailable"),
                    }
                }
            }),
        )
        // For a load balancer: this server takes requests — the database
        // answers, every migration is applied, and it is not stopping.
        .route(
            "/readyz",
            get(move || {
                let (db, stopping) = (ready_db.clone(), stopping.clone());
                async move {
                    if *stopping.borrow() {
                        return (http::StatusCode::SERVICE_UNAVAILABLE, "stopping");
                    }
                    if db.ping().await.is_err() {
                        return (http::StatusCode::SERVICE_UNAVAILABLE, "database unavailable");
                    }
                    if !database::migrated(&db).await {
                        return (http::StatusCode::SERVICE_UNAVAILABLE, "migrations pending");
                    }
                    (http::StatusCode::OK, "ready")
                }
            }),
        )
        .leptos_routes_with_context(
            &options,
            routes,
            {
                let state = state.clone();
                move || provide_context(state.clone())
            },
            {
                let options = options.clone();
                move || app::shell(options.clone())
            },
        )
        // Every route above is measured under its pattern (metrics.rs).
        .route_layer(axum::middleware::from_fn(metrics::mark_route))
        // The front end's files, as compressed at build time (assets.rs);
        // a file without a .br/.gz beside it is compressed per request.
        .nest_service(
            "/pkg",
            tower_http::services::ServeDir::new(std::path::Path::new(&config.site_root).join("pkg"))
                .precompressed_br()
                .precompressed_gzip(),
        )
        // Unknown paths render the app's 404 page, whose header asks for the
        // session: it needs the same context as every other page.
        .fallback(leptos_axum::file_and_error_handler_with_context(
            {
                let state = state.clone();
                move || provide_context(state.clone())
            },
            app::shell,
        ))
        .layer(axum::middleware::from_fn_with_state(page_cache::PageCache::new(config.page_cache), page_cache::remember))
        .layer(axum::middleware::from_fn_with_state(site.clone(), guard::same_site_posts_only))
        // Outside the pages, inside the headers and compression: a waiting
        // page is compressed and carries the same security headers.
        // Inside the waiting room: a visitor in line has sent nothing yet.
        .layer(axum::middleware::from_fn_with_state(fair_use, fair_use::limit))
        .layer(axum::middleware::from_fn_with_state(room, waiting_room::gate))
        .layer(axum::middleware::from_fn_with_state(config.trust_proxy_headers, guard::client_addr))
        .layer(axum::middleware::from_fn(cache_policy))
        .layer(CompressionLayer::new())
        .layer(axum::middleware::from_fn(metrics::measure));
    // The nets (safety_net.rs): bodies over the limit get 413 before a
    // handler holds them; a panic becomes a 500 page with the request's id
    // instead of a dropped connection.
    safety_net::around(router, site)
        .layer(axum::middleware::from_fn_with_state(
            security_headers::SecurityHeaders { https: state.site.is_https() },
            security_headers::add,
        ))
        // Every log line of a request carries its id (お問い合わせ番号);
        // the path without its query, which can hold what was typed.
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request| {
            let id = app::error::request_id_in(request.headers()).unwrap_or("-");
            tracing::info_span!("request", id = %id, method = %request.method(), path = %app::ticket::path_for_log(request.uri().path()))
        }))
        .layer(PropagateRequestIdLayer::new(HeaderName::from_static(safety_net::REQUEST_ID)))
        .layer(SetRequestIdLayer::new(HeaderName::from_static(safety_net::REQUEST_ID), safety_net::ShortIds))
        .with_state(options)
}

/// Pages can carry personal data (a user key on the completion page), so
/// nothing but the static assets may be stored by a browser or proxy.
async fn cache_policy(request: Request, next: Next) -> Response {
    let asset = request.uri().path().starts_with("/pkg/").then(|| assets::cache_control(request.uri().path()));
    let mut response = next.run(request).await;
    // A missing file is never kept, whatever its name.
    let value = asset.filter(|_| response.status().is_success()).unwrap_or("no-store");
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
}
