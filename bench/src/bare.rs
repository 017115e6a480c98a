//! The page baseline: a bare axum handler serving the slot-list page's
//! bytes, in its own process (`bench bare FILE`), as the server is.
use anyhow::{Context, Result};
use axum::Router;
use axum::routing::get;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// Runs in the child: serves `file`'s bytes at every path until killed.
pub async fn serve(file: &Path) -> Result<()> {
    let body: &'static [u8] = Box::leak(std::fs::read(file)?.into_boxed_slice());
    let app = Router::new().fallback(get(move || async move {
        ([(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")], body)
    }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    println!("{}", listener.local_addr()?.port());
    axum::serve(listener, app).await?;
    Ok(())
}


pub struct Bare {
    child: Child,
    pub base: String,
}

impl Bare {
    /// Starts `bench bare FILE` and waits for it to say its port.
    pub fn start(file: &Path) -> Result<Bare> {
        let mut child = Command::new(std::env::current_exe()?)
            .arg("bare")
            .arg(file)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()?;
        let mut line = String::new();
        BufReader::new(child.stdout.as_mut().context("the bare server's output")?).read_line(&mut line)?;
        let port: u16 = line.trim().parse().context("the bare server did not say its port")?;
        Ok(Bare { child, base: format!("http://127.0.0.1:{port}") })
    }
}

impl Drop for Bare {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
