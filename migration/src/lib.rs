//! Database migrations. One file per change, named `mYYYYMMDD_hhmmss_what.rs`;
//! the server runs them at start-up and refuses to start if one fails.
pub use sea_orm_migration::prelude::*;

mod m20261125_000001_initial;
mod m20261125_000002_login;
mod m20261125_000003_staff;
mod m20261125_000004_services;
mod m20261126_000005_waiting_room;
mod m20261127_000006_mail_status;
mod m20261127_000007_draft_owner;
mod m20261127_000008_email_change_proof;
mod m20261128_000009_ticket;
mod m20261129_000010_resident_language;
mod m20261130_000011_service_eligibility;
mod m20261130_000012_waiting_list;
mod m20261201_000013_lottery;
mod m20261202_000014_reminders;
mod m20261203_000015_own_data;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_initial::Migration),
            Box::new(m20261125_000002_login::Migration),
            Box::new(m20261125_000003_staff::Migration),
            Box::new(m20261125_000004_services::Migration),
            Box::new(m20261126_000005_waiting_room::Migration),
            Box::new(m20261127_000006_mail_status::Migration),
            Box::new(m20261127_000007_draft_owner::Migration),
            Box::new(m20261127_000008_email_change_proof::Migration),
            Box::new(m20261128_000009_ticket::Migration),
            Box::new(m20261129_000010_resident_language::Migration),
            Box::new(m20261130_000011_service_eligibility::Migration),
            Box::new(m20261130_000012_waiting_list::Migration),
            Box::new(m20261201_000013_lottery::Migration),
            Box::new(m20261202_000014_reminders::Migration),
            Box::new(m20261203_000015_own_data::Migration),
        ]
    }
}
