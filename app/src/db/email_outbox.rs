use sea_orm::entity::prelude::*;

/// An email the system has promised. Written in the same transaction as
/// what it announces; a background worker delivers it and retries.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "email_outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub kind: String,
    pub to_address: String,
    pub subject: String,
    pub body: String,
    pub created_at: DateTimeUtc,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    pub locked_until: Option<DateTimeUtc>,
    pub sent_at: Option<DateTimeUtc>,
    pub last_error: Option<String>,
    /// Not sent after this (a one-time password that has expired); the
    /// body is then blanked.
    pub discard_after: Option<DateTimeUtc>,
    /// The secrets the body stands in for (`mail::seal`), as a JSON list;
    /// removed once the mail is sent or given up.
    pub secrets: Option<String>,
    /// Given up: refused for good by the mail server, past its use-by
    /// time, or failing for three days. Staff may send it again.
    pub failed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
