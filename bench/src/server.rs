//! The release server as a child process: started on a free loopback port
//! with its own data folder and database, timed until `/healthz` answers.
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Server {
    child: Child,
    pub base: String,
    /// From spawning the process to the first healthy answer: reading the
    /// configuration, connecting, migrating, (demo data), listening.
    pub startup: Duration,
}

pub struct Launch<'a> {
    pub binary: &'a Path,
    pub database_url: &'a str,
    /// Data folder (written emails) and the child's working directory, so a
    /// developer's `.env` in the checkout is not read.
    pub data_dir: &'a Path,
    pub site_root: &'a Path,
    pub demo_data: bool,
    pub extra_env: &'a [(String, String)],
}

/// A port the kernel just handed out and released.
pub fn free_port() -> Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

impl Server {
    pub async fn start(launch: Launch<'_>) -> Result<Server> {
        std::fs::create_dir_all(launch.data_dir)?;
        let port = free_port()?;
        let log = std::fs::File::create(launch.data_dir.join("server.log"))?;
        let mut command = Command::new(launch.binary);
        command
            .current_dir(launch.data_dir)
            .env("DATABASE_URL", launch.database_url)
            .env("DATA_DIR", launch.data_dir)
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("LEPTOS_SITE_ROOT", launch.site_root)
            .env("DEMO_DATA", if launch.demo_data { "1" } else { "0" })
            .env_remove("SMTP_URL")
            // Every simulated resident comes from 127.0.0.1: the per-client
            // limits of 公平な利用 would measure themselves, not the server.
            // The per-address limit stays on (each resident has their own
            // address), so 送信 is measured with its check.
            .env("FAIR_USE_DRAFTS_PER_HOUR", "0")
            .env("FAIR_USE_SUBMITS_PER_HOUR", "0")
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log);
        for (name, value) in launch.extra_env {
            command.env(name, value);
        }
        let started = Instant::now();
        let mut child = command.spawn().with_context(|| format!("could not start {}", launch.binary.display()))?;
        let base = format!("http://127.0.0.1:{port}");
        let client = reqwest::Client::builder().timeout(Duration::from_secs(1)).build()?;
        loop {
            if let Ok(response) = client.get(format!("{base}/healthz")).send().await {
                if response.status().is_success() {
                    break;
                }
            }
            if let Some(status) = child.try_wait()? {
                bail!("the server exited with {status}; see {}", launch.data_dir.join("server.log").display());
            }
            if started.elapsed() > Duration::from_secs(60) {
                let _ = child.kill();
                bail!("the server did not answer /healthz within 60 s");
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        Ok(Server { startup: started.elapsed(), child, base })
    }

    /// Peak resident memory of the server process so far (VmHWM), in bytes.
    pub fn peak_rss(&self) -> Option<u64> {
        proc_status_kib(self.child.id(), "VmHWM:").map(|kib| kib * 1024)
    }

    /// Resident memory of the server process now (VmRSS), in bytes.
    pub fn rss(&self) -> Option<u64> {
        proc_status_kib(self.child.id(), "VmRSS:").map(|kib| kib * 1024)
    }

    pub fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn proc_status_kib(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// A scratch folder under the system's temporary directory, removed on drop.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(label: &str) -> Result<Scratch> {
        let dir = std::env::temp_dir().join(format!("e-yoyaku-bench-{}-{label}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        Ok(Scratch(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if std::env::var_os("BENCH_KEEP").is_none() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}
