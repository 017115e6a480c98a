//! `./scripts/bench`: the opening-morning rush against the release server,
//! on SQLite and on a fresh PostgreSQL database, with baselines measured
//! in the same run (docs/PERFORMANCE.md).
//!
//!     bench [--smoke] [--db sqlite|postgres|both] [--server PATH]
//!
//! `--smoke` runs every scenario tiny (the test command runs it, so the
//! harness cannot rot) and fails on any correctness fault: a 5xx, a
//! timeout, an overbooked or miscounted slot, a reservation lost.
mod bare;
mod flows;
mod load;
mod raw;
mod report;
mod server;
mod setup;

use anyhow::{Context, Result, bail};
use flows::{Reservation, Step};
use report::{Goal, Row, Table};
use sea_orm::{ConnectionTrait, Database};
use server::{Launch, Scratch, Server};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Db {
    Sqlite,
    Postgres,
}

impl Db {
    fn label(self) -> &'static str {
        match self {
            Db::Sqlite => "SQLite",
            Db::Postgres => "PostgreSQL",
        }
    }
}

/// How big each scenario is.
#[derive(Clone, Copy, Debug)]
struct Sizes {
    residents: usize,
    spread_slots: usize,
    spread_capacity: i32,
    hot_capacity: i32,
    concurrency: usize,
    browse: Duration,
    browse_connections: usize,
    overload: Duration,
    /// The smoke run keeps the overload small, whatever the capacity.
    overload_rate_cap: f64,
}

const FULL: Sizes = Sizes {
    residents: 1000,
    spread_slots: 100,
    spread_capacity: 10,
    hot_capacity: 50,
    concurrency: 64,
    browse: Duration::from_secs(5),
    browse_connections: 32,
    overload: Duration::from_secs(10),
    overload_rate_cap: f64::INFINITY,
};

const SMOKE: Sizes = Sizes {
    residents: 60,
    spread_slots: 6,
    spread_capacity: 10,
    hot_capacity: 5,
    concurrency: 8,
    browse: Duration::from_millis(300),
    browse_connections: 4,
    overload: Duration::from_secs(1),
    overload_rate_cap: 100.0,
};

struct Options {
    smoke: bool,
    databases: Vec<Db>,
    server: PathBuf,
    site_root: PathBuf,
    pg_url: String,
}

fn options() -> Result<Options> {
    let mut args = std::env::args().skip(1);
    let exe_dir = std::env::current_exe()?.parent().context("the bench's folder")?.to_path_buf();
    let mut o = Options {
        smoke: false,
        databases: vec![Db::Sqlite, Db::Postgres],
        server: exe_dir.join("server"),
        site_root: exe_dir.parent().map(|target| target.join("site")).unwrap_or_default(),
        pg_url: std::env::var("BENCH_PG_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into()),
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--smoke" => o.smoke = true,
            "--db" => {
                o.databases = match args.next().as_deref() {
                    Some("sqlite") => vec![Db::Sqlite],
                    Some("postgres") => vec![Db::Postgres],
                    Some("both") => vec![Db::Sqlite, Db::Postgres],
                    other => bail!("--db takes sqlite, postgres or both, not {other:?}"),
                }
            }
            "--server" => o.server = args.next().context("--server takes a path")?.into(),
            other => bail!("unknown argument {other:?}; usage: bench [--smoke] [--db sqlite|postgres|both] [--server PATH]"),
        }
    }
    if !o.server.exists() {
        bail!("no server binary at {} (build it first: ./scripts/bench does)", o.server.display());
    }
    Ok(o)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("bare") {
        if let Err(e) = bare::serve(Path::new(args.get(2).map(String::as_str).unwrap_or(""))).await {
            eprintln!("bare server: {e:#}");
            std::process::exit(1);
        }
        return;
    }
    let result = async {
        let options = options()?;
        let sizes = if options.smoke { SMOKE } else { FULL };
        let mut faults = Vec::new();
        for &db in &options.databases {
            let table = run_database(db, &options, sizes).await.with_context(|| format!("{} run", db.label()))?;
            table.print();
            faults.extend(table.faults.iter().map(|f| format!("{}: {f}", db.label())));
        }
        Ok::<_, anyhow::Error>(faults)
    }
    .await;
    match result {
        Ok(faults) if faults.is_empty() => {}
        Ok(faults) => {
            for fault in faults {
                eprintln!("FAULT {fault}");
            }
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("bench: {e:#}");
            std::process::exit(2);
        }
    }
}

/// A database of the given kind for one server or baseline, gone on drop
/// (SQLite: with the scratch folder; PostgreSQL: dropped by `finish`).
struct FreshDb {
    url: String,
    pg: Option<(String, String)>,
}

impl FreshDb {
    async fn new(db: Db, scratch: &Path, pg_url: &str, label: &str) -> Result<FreshDb> {
        match db {
            Db::Sqlite => Ok(FreshDb { url: format!("sqlite://{}/{label}.db?mode=rwc", scratch.display()), pg: None }),
            Db::Postgres => {
                let name = format!("bench_{}_{label}", std::process::id());
                let admin = Database::connect(format!("{pg_url}/postgres")).await.context("PostgreSQL on BENCH_PG_URL")?;
                admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}")).await?;
                admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await?;
                admin.close().await?;
                Ok(FreshDb { url: format!("{pg_url}/{name}"), pg: Some((pg_url.to_string(), name)) })
            }
        }
    }

    async fn finish(self) {
        if let Some((pg_url, name)) = self.pg {
            if let Ok(admin) = Database::connect(format!("{pg_url}/postgres")).await {
                let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await;
                let _ = admin.close().await;
            }
        }
    }
}

async fn run_database(db: Db, options: &Options, sizes: Sizes) -> Result<Table> {
    let scratch = Scratch::new(&db.label().to_lowercase())?;
    let app_db = FreshDb::new(db, &scratch.0, &options.pg_url, "app").await?;
    let raw_db = FreshDb::new(db, &scratch.0, &options.pg_url, "raw").await?;
    let result = measure(db, options, sizes, &scratch.0, &app_db.url, &raw_db.url).await;
    app_db.finish().await;
    raw_db.finish().await;
    result
}

async fn measure(db: Db, options: &Options, sizes: Sizes, dir: &Path, app_url: &str, raw_url: &str) -> Result<Table> {
    let mut table = Table::new(format!("{} — {}", db.label(), if options.smoke { "smoke run" } else { "full run" }));
    let launch = |demo_data| Launch {
        binary: &options.server,
        database_url: app_url,
        data_dir: dir,
        site_root: &options.site_root,
        demo_data,
        extra_env: &[],
    };

    // Start-up on an empty database: configuration, connection, every migration.
    let first = Server::start(launch(false)).await?;
    let startup = first.startup;
    first.stop();
    table.line(format!("start-up with migrations on an empty database: {} ms", startup.as_millis()));
    table.goal(Goal::at_most("start-up with migrations", startup.as_secs_f64(), 1.0, "s"));

    // The measured server, with the demo data (the browse page is the demo's 特定健診).
    let server = Server::start(launch(true)).await?;
    let base = server.base.clone();
    let mut memory = vec![format!("started {:.0}", server.rss().unwrap_or(0) as f64 / 1e6)];
    let conn = Database::connect(app_url).await?;
    let spread_slots = setup::service_with_slots(&conn, "負荷試験（分散）", sizes.spread_slots, sizes.spread_capacity).await?;
    let hot_slot = setup::service_with_slots(&conn, "負荷試験（集中）", 1, sizes.hot_capacity).await?[0];
    let open_slots = setup::service_with_slots(&conn, "負荷試験（過負荷）", 10, 1_000_000).await?;

    // Baseline: the same transactions through raw sqlx.
    let raw_rate = raw_baseline(raw_url, sizes).await?;
    table.row(Row::rate("raw sqlx transactions (baseline)", raw_rate, "reservations/s"));

    let client = flows::client();
    let mut residents = 0usize;

    // spread: every resident gets a place.
    let (spread, wall) = {
        let (client, base, slots) = (client.clone(), base.clone(), Arc::new(spread_slots.clone()));
        load::closed(sizes.residents, sizes.concurrency, move |i| {
            let (client, base, slots) = (client.clone(), base.clone(), slots.clone());
            async move { flows::Visitor::new(&client, &base).reserve(slots[i % slots.len()], i).await }
        })
        .await
    };
    residents += sizes.residents;
    let spread_row = booking_row(
        &format!("spread: {} residents on {} slots × {}, {} at a time", sizes.residents, sizes.spread_slots, sizes.spread_capacity, sizes.concurrency),
        &spread,
        wall,
    );
    let spread_rate = spread_row.rate;
    let expected = sizes.residents.min(sizes.spread_slots * sizes.spread_capacity as usize);
    let reserved = spread.iter().filter(|r| r.reserved()).count();
    if reserved != expected {
        table.fault(format!("spread: {reserved} reservations made, {expected} expected"));
    }
    memory.push(format!("after spread {:.0}", server.rss().unwrap_or(0) as f64 / 1e6));
    table.goal(Goal::at_most("spread p99 (ms)", spread_row.p99_ms(), 200.0, "ms"));
    table.goal(Goal::at_least("spread vs raw transactions", spread_rate / raw_rate * 100.0, 50.0, "%"));
    table.row(spread_row.versus(raw_rate));

    // hot: everyone wants the same slot; exactly its places are taken.
    let (hot, wall) = {
        let (client, base) = (client.clone(), base.clone());
        load::closed(sizes.residents, sizes.concurrency, move |i| {
            let (client, base) = (client.clone(), base.clone());
            async move { flows::Visitor::new(&client, &base).reserve(hot_slot, residents + i).await }
        })
        .await
    };
    residents += sizes.residents;
    let hot_row = booking_row(
        &format!("hot: {} residents on 1 slot × {}, {} at a time", sizes.residents, sizes.hot_capacity, sizes.concurrency),
        &hot,
        wall,
    );
    let reserved = hot.iter().filter(|r| r.reserved()).count();
    if reserved != sizes.hot_capacity as usize {
        table.fault(format!("hot: {reserved} reservations made on a slot of {}", sizes.hot_capacity));
    }
    memory.push(format!("after hot {:.0}", server.rss().unwrap_or(0) as f64 / 1e6));
    table.goal(Goal::at_most("hot p99 (ms)", hot_row.p99_ms(), 200.0, "ms"));
    table.row(hot_row);

    // browse: the slot-list page, the top page, and the same bytes from bare axum.
    let page_url = format!("{base}/reserve/services/1");
    let page = client.get(&page_url).send().await?.bytes().await?;
    let page_file = dir.join("slot-list.html");
    std::fs::write(&page_file, &page)?;
    table.line(format!("slot-list page: {} bytes", page.len()));
    let slot_list = browse(&client, &page_url, sizes).await;
    let top = browse(&client, &format!("{base}/"), sizes).await;
    // Every request a new address (an ignored query), so none is served
    // from the one-second page cache: what rendering the page costs.
    let rendered = {
        let (client, base) = (client.clone(), base.clone());
        let (steps, wall) = load::timed(sizes.browse, sizes.browse_connections, move |i| {
            let (client, base) = (client.clone(), base.clone());
            async move { flows::Visitor::new(&client, "").get(&format!("{base}/reserve/services/1?uncached={i}")).await }
        })
        .await;
        Row::of_steps("slot-list page", &steps, wall, "pages/s")
    };
    let bare = {
        let bare = bare::Bare::start(&page_file)?;
        browse(&client, &format!("{}/reserve/services/1", bare.base), sizes).await
    };
    let page_rate = slot_list.rate;
    memory.push(format!("after browse {:.0}", server.rss().unwrap_or(0) as f64 / 1e6));
    table.row(Row { label: "bare axum, the same bytes (baseline)".into(), ..bare.clone() });
    table.goal(Goal::at_least("slot-list page vs bare axum", page_rate / bare.rate * 100.0, 25.0, "%"));
    table.row(Row { label: format!("browse: slot-list page, {} connections", sizes.browse_connections), ..slot_list }.versus(bare.rate));
    table.row(Row { label: format!("browse: top page, {} connections", sizes.browse_connections), ..top });
    table.row(
        Row { label: format!("browse: slot-list page rendered every time (no page cache), {} connections", sizes.browse_connections), ..rendered }
            .versus(bare.rate),
    );

    // overload: new visitors at three times the rate the spread scenario
    // booked at, arriving whatever the server does; each opens the
    // slot-list page (queueing if the waiting room asks) and books.
    let rate = (spread_rate * 3.0).max(10.0).min(sizes.overload_rate_cap);
    let (visits, wall) = {
        let (client, base, slots) = (client.clone(), base.clone(), Arc::new(open_slots));
        load::open(rate, sizes.overload, move |i| {
            let (client, base, slots) = (client.clone(), base.clone(), slots.clone());
            async move {
                let mut visitor = flows::Visitor::new(&client, &base);
                let mut steps = vec![visitor.get("/reserve/services/1").await];
                if steps[0].answer == flows::Answer::Ok {
                    steps.extend(visitor.reserve(slots[i % slots.len()], residents + i).await.steps().cloned());
                }
                (steps, visitor.queueing)
            }
        })
        .await
    };
    let queued: Vec<flows::Queueing> = visits.iter().map(|(_, q)| q.clone()).filter(|q| q.ticket.is_some()).collect();
    let steps: Vec<Step> = visits.into_iter().flat_map(|(steps, _)| steps).collect();
    let overload = Row::of_steps(
        &format!("overload: {rate:.0} new visitors/s (3 × spread's rate) for {} s, each opens the page and books", sizes.overload.as_secs()),
        &steps,
        wall,
        "requests/s",
    );
    memory.push(format!("after overload {:.0}", server.rss().unwrap_or(0) as f64 / 1e6));
    table.line(format!("server memory (RSS, MB): {}", memory.join(", ")));
    let let_in = queued.iter().filter(|q| q.admitted_at.is_some()).count();
    let waits = load::Latencies::new(queued.iter().map(|q| q.waited).collect());
    let disorder = flows::out_of_order(&queued);
    table.line(format!(
        "overload: {} visitors queued in the waiting room, {let_in} let in, {} still waiting at the end; wait p50 {:.1} s, max {:.1} s; out of order: {disorder}",
        queued.len(),
        queued.len() - let_in,
        waits.p50().as_secs_f64(),
        waits.max().as_secs_f64(),
    ));
    if disorder > 0 {
        table.fault(format!("overload: {disorder} visitors were passed in the line by a later ticket"));
    }
    table.goal(Goal::at_most("overload: admitted p99 (ms)", overload.p99_ms(), 1000.0, "ms"));
    table.goal(Goal::at_most("overload: timeouts and broken connections", overload.broken as f64, 0.0, ""));
    table.goal(Goal::at_most("overload: visitors let in out of order", disorder as f64, 0.0, ""));
    table.row(overload);

    // Afterwards: the ledger, errors, memory.
    let ledger = setup::ledger(&conn).await?;
    let server_errors: usize = table.rows.iter().map(|r| r.server_errors).sum();
    let broken: usize = table.rows.iter().map(|r| r.broken).sum();
    let rss = server.peak_rss().unwrap_or(0);
    table.line(format!(
        "overbooked slots: {}   miscounted slots: {}   5xx: {server_errors}   timeouts/broken: {broken}   peak RSS: {:.0} MB",
        ledger.overbooked,
        ledger.miscounted,
        rss as f64 / 1e6
    ));
    table.goal(Goal::at_most("overbooked slots", ledger.overbooked as f64, 0.0, ""));
    table.goal(Goal::at_most("5xx answers", server_errors as f64, 0.0, ""));
    table.goal(Goal::at_most("peak RSS (MB)", rss as f64 / 1e6, 150.0, "MB"));
    if ledger.overbooked > 0 || ledger.miscounted > 0 {
        table.fault(format!("{} overbooked and {} miscounted slots", ledger.overbooked, ledger.miscounted));
    }
    if server_errors > 0 {
        table.fault(format!("{server_errors} answers were 5xx"));
    }
    if options.smoke && broken > 0 {
        table.fault(format!("{broken} requests timed out or lost their connection"));
    }
    conn.close().await?;
    server.stop();
    Ok(table)
}

async fn raw_baseline(url: &str, sizes: Sizes) -> Result<f64> {
    let conn = Database::connect(url).await?;
    <migration::Migrator as migration::MigratorTrait>::up(&conn, None).await?;
    let slots = setup::service_with_slots(&conn, "負荷試験（基準）", sizes.spread_slots, sizes.spread_capacity).await?;
    conn.close().await?;
    let pool = Arc::new(raw::Pool::connect(url, 10).await?);
    let (taken, wall) = raw::run(pool.clone(), Arc::new(slots), sizes.residents, sizes.concurrency).await?;
    pool.close().await;
    Ok(taken as f64 / wall.as_secs_f64())
}

fn booking_row(label: &str, attempts: &[Reservation], wall: Duration) -> Row {
    let steps: Vec<Step> = attempts.iter().flat_map(|r| r.steps().cloned()).collect();
    let mut row = Row::of_steps(label, &steps, wall, "reservations/s");
    row.rate = attempts.iter().filter(|r| r.reserved()).count() as f64 / wall.as_secs_f64();
    row
}

async fn browse(client: &reqwest::Client, url: &str, sizes: Sizes) -> Row {
    let (steps, wall) = {
        let (client, url) = (client.clone(), url.to_string());
        load::timed(sizes.browse, sizes.browse_connections, move |_| {
            let (client, url) = (client.clone(), url.clone());
            async move { flows::Visitor::new(&client, "").get(&url).await }
        })
        .await
    };
    Row::of_steps(url, &steps, wall, "pages/s")
}
