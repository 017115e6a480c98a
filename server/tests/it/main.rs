//! The server's integration tests, one binary: each module below was a
//! test binary of its own, and each binary linked the whole stack again —
//! about half a minute of a release build per file on two cores. Together
//! they link once (docs/PERFORMANCE.md, 「The test command」). Tests still
//! run two at a time (one per core), as they did inside each binary.
//!
//! `metrics.rs` stays a binary of its own: the Prometheus recorder is
//! global to a process, and other tests' servers would write into it.
#[macro_use]
#[path = "../common/mod.rs"]
mod common;

mod booking_core;
mod check_in;
mod conditions;
mod crash;
mod drafts_belong;
mod email_change;
mod fair_use;
mod hostile_input;
mod household;
mod key_reissue;
mod language;
mod login;
mod login_flood;
mod lottery;
mod lottery_core;
mod mail_delivery;
mod my_reservations;
mod operations;
mod own_data;
mod reminders;
mod reservations;
mod services_and_slots;
mod several_servers;
mod staff;
mod ticket;
mod waiting_room;
mod waitlist;
mod without_email;
