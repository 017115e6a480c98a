//! 600 parallel wrong logins from one client (issue 12, item 6). Before the
//! hashing gate this took the server to 10.5 GB and its top page to 28 s.
//! Now: with the per-client limit off (the worst case: many clients), the
//! gate answers what it cannot hash at once with 429, memory stays small,
//! nothing answers 5xx; with the limit on, the client is refused at the
//! edge after its allowance without any hashing. Figures are printed.
use crate::common;

use common::{Backend, ServerProcess, fresh_database};
use futures::StreamExt;
use std::time::{Duration, Instant};

fn peak_rss_mb(pid: i32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024)
}

async fn flood(base: &str, attempts: usize) -> (Vec<u16>, Vec<Duration>) {
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let top = {
        let (client, base) = (client.clone(), base.to_string());
        tokio::spawn(async move {
            let mut times = Vec::new();
            for _ in 0..20 {
                let started = Instant::now();
                let _ = client.get(format!("{base}/")).send().await.map(|r| r.status());
                times.push(started.elapsed());
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            times
        })
    };
    let statuses: Vec<u16> = futures::stream::iter(0..attempts)
        .map(|i| {
            let (client, base) = (client.clone(), base.to_string());
            async move {
                let key = format!("ABCD-EFGH-{:04}", i % 10_000).replace('0', "2").replace('1', "3");
                client
                    .post(format!("{base}/api/login/login"))
                    .header("Accept", "application/json")
                    .form(&[("draft_id", ""), ("user_key", key.as_str()), ("otp", "12345678")])
                    .send()
                    .await
                    .map_or(0, |r| r.status().as_u16())
            }
        })
        .buffer_unordered(attempts)
        .collect()
        .await;
    (statuses, top.await.unwrap())
}

fn summary(statuses: &[u16]) -> String {
    let mut counts = std::collections::BTreeMap::new();
    for s in statuses {
        *counts.entry(*s).or_insert(0) += 1;
    }
    format!("{counts:?}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_login_flood_is_refused_without_exhausting_the_server() {
    let fresh = fresh_database(Backend::Sqlite).await;
    // The worst case first: no per-client limit (as if from 600 clients).
    let server = ServerProcess::start(&fresh.url, fresh.dir.path(), &[("LOGIN_PER_CLIENT_PER_HOUR", "0")]).await;
    let started = Instant::now();
    let (statuses, top) = flood(&server.base, 600).await;
    let took = started.elapsed();
    let rss = peak_rss_mb(server.pid());
    let slowest = top.iter().max().copied().unwrap_or_default();
    println!(
        "600 parallel wrong logins, no per-client limit: answers {} in {:.1} s; top page slowest {} ms; server peak RSS {rss} MB (before the gate: 10.5 GB, top page 28 s)",
        summary(&statuses),
        took.as_secs_f64(),
        slowest.as_millis()
    );
    assert!(statuses.iter().all(|s| (200..500).contains(s)), "no 5xx, no dropped connection: {}", summary(&statuses));
    assert!(statuses.contains(&429), "the gate refused what it could not hash: {}", summary(&statuses));
    assert!(rss < 1024, "peak RSS {rss} MB");
    drop(server);

    // The default per-client limit: 30 an hour, then 429 at the edge.
    let server = ServerProcess::start(&fresh.url, fresh.dir.path(), &[]).await;
    let (statuses, _) = flood(&server.base, 600).await;
    let refused = statuses.iter().filter(|s| **s == 429).count();
    println!("600 parallel wrong logins, default per-client limit: answers {}", summary(&statuses));
    assert!(refused >= 570, "all but the allowance refused at the edge: {}", summary(&statuses));
    assert!(statuses.iter().all(|s| (200..500).contains(s)), "{}", summary(&statuses));
}
