//! キャンセル待ち's clock: every minute, on every server, offers whose hold
//! has run out go to the next in line (`app::booking::waitlist::expire_due`;
//! each offer ends once, however many servers look at it).
use app::state::AppState;
use std::time::Duration;

pub async fn every_minute(state: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    loop {
        tick.tick().await;
        match app::booking::waitlist::expire_due(&state.db, &state.site, &state.clock).await {
            Ok(0) => {}
            Ok(ran_out) => {
                tracing::info!(ran_out, "waiting list: offers ran out, the next in line asked");
                state.outbox_signal.notify_one();
            }
            Err(error) => tracing::warn!(%error, "waiting list: offers could not be looked at; trying again in a minute"),
        }
    }
}
