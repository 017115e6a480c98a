//! `target/release/server`: reads the configuration from the environment
//! (and `.env`), migrates the database, and serves until SIGTERM/Ctrl-C.
//! `server staff add …` creates a staff account instead (staff_cli.rs).
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
        Some(_) => {
            eprintln!("{}", server::staff_cli::USAGE);
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
    let running = match server::start(config, app::clock::Clock::System).await {
        Ok(running) => running,
        Err(error) => {
            eprintln!("起動できませんでした (startup failed): {error:#}");
            std::process::exit(1);
        }
    };
    println!("いみずe-予約システム: http://{}/", running.addr);
    tokio::select! {
        _ = server::shutdown_signal() => tracing::info!("shutting down"),
        result = running.serve => if let Ok(Err(error)) = result { tracing::error!(%error, "server stopped") },
    }
}
