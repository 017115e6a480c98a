//! What the clock starts, every minute on every server. Each job is written
//! so that any number of servers running it at the same minute do it once
//! (a conditional UPDATE in each item's own transaction decides which
//! server's attempt goes on), and one that fails does not stop the others:
//!
//! - キャンセル待ち: offers whose hold has run out go to the next in line
//!   (`app::booking::waitlist::expire_due`);
//! - 抽選: draws whose time has come are run (`app::booking::lottery::draw_due`);
//! - 前日のお知らせ: reminders whose time has come are queued
//!   (`app::reminders::send_due`);
//! - 保存期間: once an hour, the personal data of residents without
//!   activity for the retention period is erased
//!   (`app::own_data::ssr::sweep`; an erased record is never erased twice).
use app::state::AppState;
use std::time::Duration;

pub async fn every_minute(state: AppState, retention_days: u32) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    let mut minute: u64 = 0;
    loop {
        tick.tick().await;
        if minute % 60 == 0 {
            let now = state.clock.now();
            done(
                "retention: personal data of residents without activity erased",
                app::own_data::ssr::sweep(&state.db, retention_days, state.mail_folder.as_deref(), now).await,
            );
        }
        minute += 1;
        let (db, site, clock) = (&state.db, &state.site, &state.clock);
        let emailed = [
            done("waiting list: offers ran out, the next in line asked", app::booking::waitlist::expire_due(db, site, clock).await),
            done("lottery: draws run at their set time; results emailed", app::booking::lottery::draw_due(db, site, clock).await),
            done("reminders: emails queued for coming visits", app::reminders::send_due(db, site, clock).await),
        ];
        if emailed.into_iter().any(|n| n > 0) {
            state.outbox_signal.notify_one();
        }
    }
}

/// How many a job dealt with, logged; an error is logged and counts as
/// none (the job looks again in a minute).
fn done<E: std::fmt::Display>(what: &'static str, outcome: Result<usize, E>) -> usize {
    match outcome {
        Ok(0) => 0,
        Ok(n) => {
            tracing::info!(n, "{what}");
            n
        }
        Err(error) => {
            tracing::warn!(%error, job = what, "a clock job could not look; trying again in a minute");
            0
        }
    }
}
