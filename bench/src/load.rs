//! Driving load: a fixed number of jobs at a fixed concurrency (closed
//! loop), as many as fit in a time at a concurrency (timed loop), or
//! arrivals at a fixed rate whatever the server does (open loop).
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// `total` jobs, `concurrency` at a time; returns each job's result and the
/// wall time.
pub async fn closed<T, F, Fut>(total: usize, concurrency: usize, job: F) -> (Vec<T>, Duration)
where
    T: Send + 'static,
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = T> + Send + 'static,
{
    workers(concurrency, total, None, job).await
}

/// `concurrency` workers repeating `job` until `length` has passed.
pub async fn timed<T, F, Fut>(length: Duration, concurrency: usize, job: F) -> (Vec<T>, Duration)
where
    T: Send + 'static,
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = T> + Send + 'static,
{
    workers(concurrency, usize::MAX, Some(Instant::now() + length), job).await
}

/// `concurrency` workers taking job numbers in turn until `total` have been
/// taken or `deadline` has passed.
async fn workers<T, F, Fut>(concurrency: usize, total: usize, deadline: Option<Instant>, job: F) -> (Vec<T>, Duration)
where
    T: Send + 'static,
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = T> + Send + 'static,
{
    let next = Arc::new(AtomicUsize::new(0));
    let job = Arc::new(job);
    let started = Instant::now();
    let workers: Vec<_> = (0..concurrency.max(1))
        .map(|_| {
            let (next, job) = (next.clone(), job.clone());
            tokio::spawn(async move {
                let mut out = Vec::new();
                while deadline.is_none_or(|d| Instant::now() < d) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= total {
                        break;
                    }
                    out.push(job(i).await);
                }
                out
            })
        })
        .collect();
    let mut results = Vec::new();
    for worker in workers {
        results.extend(worker.await.expect("a load worker panicked"));
    }
    (results, started.elapsed())
}

/// Starts job `i` at `i / rate` seconds, for `length`, whether or not the
/// earlier ones have finished (visitors do not wait for each other).
pub async fn open<T, F, Fut>(rate_per_s: f64, length: Duration, job: F) -> (Vec<T>, Duration)
where
    T: Send + 'static,
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = T> + Send + 'static,
{
    let total = (rate_per_s * length.as_secs_f64()).round().max(1.0) as usize;
    let job = Arc::new(job);
    let started = tokio::time::Instant::now();
    let mut tasks = Vec::with_capacity(total);
    for i in 0..total {
        tokio::time::sleep_until(started + Duration::from_secs_f64(i as f64 / rate_per_s)).await;
        let job = job.clone();
        tasks.push(tokio::spawn(async move { job(i).await }));
    }
    let mut results = Vec::with_capacity(total);
    for task in tasks {
        results.push(task.await.expect("a visitor panicked"));
    }
    (results, started.elapsed())
}

/// Latencies, summarised.
#[derive(Clone, Debug, Default)]
pub struct Latencies(Vec<Duration>);

impl Latencies {
    pub fn new(mut samples: Vec<Duration>) -> Self {
        samples.sort();
        Latencies(samples)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The `q`-quantile (0.5, 0.99, 1.0), nearest rank.
    pub fn quantile(&self, q: f64) -> Duration {
        if self.0.is_empty() {
            return Duration::ZERO;
        }
        let rank = ((q * self.0.len() as f64).ceil() as usize).clamp(1, self.0.len());
        self.0[rank - 1]
    }

    pub fn p50(&self) -> Duration {
        self.quantile(0.5)
    }

    pub fn p99(&self) -> Duration {
        self.quantile(0.99)
    }

    pub fn max(&self) -> Duration {
        self.quantile(1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_by_nearest_rank() {
        let l = Latencies::new((1..=100).rev().map(Duration::from_millis).collect());
        assert_eq!(l.p50(), Duration::from_millis(50));
        assert_eq!(l.p99(), Duration::from_millis(99));
        assert_eq!(l.max(), Duration::from_millis(100));
        assert_eq!(Latencies::default().p99(), Duration::ZERO);
    }

    #[tokio::test]
    async fn closed_loop_runs_every_job_once() {
        let (mut seen, _) = closed(50, 7, |i| async move { i }).await;
        seen.sort();
        assert_eq!(seen, (0..50).collect::<Vec<_>>());
    }
}
