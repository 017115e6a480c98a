//! The time, read through one door so tests can move it.
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use std::sync::{Arc, Mutex};

#[derive(Clone, Default)]
pub enum Clock {
    #[default]
    System,
    Manual(Arc<Mutex<DateTime<Utc>>>),
}

impl Clock {
    pub fn manual(at: DateTime<Utc>) -> Self {
        Clock::Manual(Arc::new(Mutex::new(at)))
    }

    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Manual(at) => *at.lock().unwrap_or_else(|p| p.into_inner()),
        }
    }

    pub fn set(&self, to: DateTime<Utc>) {
        if let Clock::Manual(at) = self {
            *at.lock().unwrap_or_else(|p| p.into_inner()) = to;
        }
    }

    pub fn now_jst(&self) -> NaiveDateTime {
        crate::time::to_jst(self.now())
    }

    pub fn today_jst(&self) -> NaiveDate {
        self.now_jst().date()
    }
}
