//! `target/release/server`: reads the configuration from the environment
//! (and `.env`), migrates the database, and serves until SIGTERM/Ctrl-C.
//! `server staff add …` creates a staff account instead (staff_cli.rs);
//! `server backup PATH` copies the SQLite database (backup.rs).
use server::config::Config;

#[tokio::main]
async fn main() {
    server::init_logging();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => {}
        Some("staff") if args.get(1).map(String::as_str) == Some("add") => {
            if let Err(error) = server::staff_cli::run(&args[2..]).await {
                eprintln!("{error:#}");
                std::process::exit(2);
            }
            return;
        }
        Some("backup") => {
            if let Err(error) = server::backup::run(&args[1..]).await {
                eprintln!("{error:#}");
                std::process::exit(2);
            }
            return;
        }
        Some(_) => {
            eprintln!("{}\n{}", server::staff_cli::USAGE, server::backup::USAGE);
            std::process::exit(2);
        }
    }
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("設定エラー (configuration error): {error:#}");
            std::process::exit(2);
        }
    };
    let grace = config.shutdown_grace;
    let running = match server::start(config, app::clock::Clock::System).await {
        Ok(running) => running,
        Err(error) => {
            eprintln!("起動できませんでした (startup failed): {error:#}");
            std::process::exit(1);
        }
    };
    println!("いみずe-予約システム: http://{}/", running.addr);
    server::shutdown_signal().await;
    tracing::info!("shutting down: no new connections; finishing requests in flight");
    running.shutdown(grace).await;
}
