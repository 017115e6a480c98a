//! How many to let in each tick: a rate found by feedback, the way TCP
//! finds a link's speed (additive increase, multiplicative decrease).
//!
//! Counting requests in flight alone lets in too many at once: those let in
//! come back on their page's next reload, up to five seconds later, and
//! then each brings a page, a form and a 送信 — load the count does not
//! show yet when they are let in. So the line also keeps a pace: every
//! second it looks at how the requests of those already in were answered.
//! If more than 1 in 100 took longer than [`SLOW`], the pace drops by a
//! third; if answers were quick and people are waiting, it rises by a
//! tenth (at least one a second). The goal it serves: those let in are
//! answered within a second (p99), however long the line.
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// An answer slower than this counts against the pace: half the goal of
/// one second, so the 99th percentile stays under it with room to spare.
pub const SLOW: Duration = Duration::from_millis(500);
/// How often the pace is reconsidered.
const WINDOW: Duration = Duration::from_secs(1);
/// More than this share of slow answers in a window slows the pace.
const SLOW_SHARE: f64 = 0.01;
const MIN_RATE: f64 = 1.0;

pub struct Pace {
    served: AtomicU64,
    slow: AtomicU64,
    state: Mutex<State>,
}

struct State {
    /// Tickets let in per second.
    rate: f64,
    /// Parts of a ticket carried to the next tick.
    credit: f64,
    /// Time since the pace was last reconsidered.
    since: Duration,
    /// Whether anyone waited during the window (only then may it rise).
    pressed: bool,
}

impl Pace {
    /// Starts at `capacity` a second: at most one capacity's worth of new
    /// visitors in the first second of a rush.
    pub fn new(capacity: usize) -> Self {
        Self {
            served: AtomicU64::new(0),
            slow: AtomicU64::new(0),
            state: Mutex::new(State { rate: (capacity as f64).max(MIN_RATE), credit: 0.0, since: Duration::ZERO, pressed: false }),
        }
    }

    /// Called as each request of someone let in is answered.
    pub fn answered(&self, took: Duration) {
        self.served.fetch_add(1, Ordering::Relaxed);
        if took > SLOW {
            self.slow.fetch_add(1, Ordering::Relaxed);
        }
    }

    pub fn rate(&self) -> f64 {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).rate
    }

    /// How many to let in now, `tick` after the last call: what the pace
    /// allows, no more than `room` (capacity less those in flight) and no
    /// more than are `waiting`. `capacity` bounds how fast the pace may get.
    pub fn allowance(&self, tick: Duration, room: u64, waiting: u64, capacity: usize) -> u64 {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.since += tick;
        state.pressed |= waiting > 0;
        if state.since >= WINDOW {
            let served = self.served.swap(0, Ordering::Relaxed);
            let slow = self.slow.swap(0, Ordering::Relaxed);
            let ceiling = (capacity as f64 * 20.0).max(MIN_RATE);
            if served > 0 && slow as f64 > served as f64 * SLOW_SHARE {
                state.rate = (state.rate * 0.67).max(MIN_RATE);
            } else if state.pressed {
                state.rate = (state.rate + (state.rate * 0.1).max(1.0)).min(ceiling);
            }
            state.since = Duration::ZERO;
            state.pressed = false;
        }
        // A second's worth at most is ever saved up.
        state.credit = (state.credit + state.rate * tick.as_secs_f64()).min(state.rate.max(1.0));
        let k = (state.credit.floor() as u64).min(room).min(waiting);
        state.credit -= k as f64;
        k
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TICK: Duration = Duration::from_millis(100);

    /// Lets in for `seconds`, with every answer taking `took`.
    fn run(pace: &Pace, seconds: u32, took: Duration) -> u64 {
        let mut let_in = 0;
        for _ in 0..seconds * 10 {
            let k = pace.allowance(TICK, 1000, 1000, 64);
            for _ in 0..k * 3 {
                pace.answered(took);
            }
            let_in += k;
        }
        let_in
    }

    #[test]
    fn quick_answers_with_a_line_raise_the_pace_and_slow_ones_lower_it() {
        let pace = Pace::new(64);
        assert_eq!(pace.rate(), 64.0);
        let first = run(&pace, 1, Duration::from_millis(50));
        assert!((60..=64).contains(&first), "about a second's pace: {first}");
        run(&pace, 5, Duration::from_millis(50));
        let quick = pace.rate();
        assert!(quick > 90.0, "rises while answers are quick: {quick}");
        run(&pace, 3, Duration::from_millis(900));
        let slowed = pace.rate();
        assert!(slowed < quick * 0.5, "falls when answers are slow: {quick} → {slowed}");
        for _ in 0..100 {
            run(&pace, 1, Duration::from_secs(2));
        }
        assert_eq!(pace.rate(), MIN_RATE, "never stops the line altogether");
    }

    #[test]
    fn never_more_than_the_room_or_the_line() {
        let pace = Pace::new(64);
        for _ in 0..10 {
            assert!(pace.allowance(TICK, 2, 1000, 64) <= 2);
            assert!(pace.allowance(TICK, 1000, 1, 64) <= 1);
        }
        // Without a line the pace does not climb, and saves up at most a second.
        let idle = Pace::new(10);
        for _ in 0..100 {
            idle.allowance(TICK, 1000, 0, 10);
        }
        assert_eq!(idle.rate(), 10.0);
        assert!(idle.allowance(TICK, 1000, 1000, 10) <= 11);
    }
}
