//! 抽選's clock: every minute, on every server, the draws whose time has
//! come are run (`app::booking::lottery::draw_due`; each service is drawn
//! once, however many servers look at it).
use app::state::AppState;
use std::time::Duration;

pub async fn every_minute(state: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    loop {
        tick.tick().await;
        match app::booking::lottery::draw_due(&state.db, &state.site, &state.clock).await {
            Ok(0) => {}
            Ok(drawn) => {
                tracing::info!(drawn, "lottery: draws run at their set time; results emailed");
                state.outbox_signal.notify_one();
            }
            Err(error) => tracing::warn!(%error, "lottery: due draws could not be looked at; trying again in a minute"),
        }
    }
}
