//! The staff console (`/staff`): staff log in with a login id and password
//! (never a user key), with their own session cookie; roles 管理者 (admin)
//! and 職員 (clerk). The first admin is created on the server's command
//! line (`server staff add --admin <id>`, README).
//!
//! One file per screen, named after it; each holds the screen's page, its
//! server functions and, at the bottom, `mod db` with the plain functions
//! over the database that those server functions call (and tests drive).
//! Booking, moving and cancelling go through `crate::booking`.
#[cfg(feature = "ssr")]
pub mod access;
pub mod account;
pub mod admin;
pub mod bulk_slots;
pub mod check_in;
pub mod counter_booking;
pub mod day;
#[cfg(feature = "ssr")]
pub mod export;
pub mod home;
pub mod login;
pub mod mail_status;
pub mod printed_ticket;
pub mod residents;
pub mod services;
pub mod slot_cancel;
pub mod slots;
pub mod waiting_room;
pub mod waitlist;
pub mod lottery;

pub use home::StaffHomePage;
pub use login::StaffLoginPage;

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
