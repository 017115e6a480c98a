//! Emails: their Japanese texts (`texts`) and the outbox they are put in.
//! A message is written to the outbox in the same transaction as what it
//! announces; the server's worker delivers it and retries, so a request
//! never waits on SMTP and a promised email is never lost.
pub mod texts;

use crate::db::email_outbox;
use crate::domain::EmailAddress;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

/// A message ready for the outbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mail {
    /// `reservation_confirmation`, `key_notice` …
    pub kind: &'static str,
    pub subject: String,
    pub body: String,
}

pub async fn enqueue(db: &impl ConnectionTrait, to: &EmailAddress, mail: Mail, now: DateTime<Utc>) -> Result<(), DbErr> {
    enqueue_until(db, to, mail, now, None).await
}

/// Like [`enqueue`], for a message that is worthless after `discard_after`
/// (a one-time password): the worker does not send it later than that, and
/// blanks its body once it is sent or dropped.
pub async fn enqueue_until(
    db: &impl ConnectionTrait,
    to: &EmailAddress,
    mail: Mail,
    now: DateTime<Utc>,
    discard_after: Option<DateTime<Utc>>,
) -> Result<(), DbErr> {
    email_outbox::ActiveModel {
        kind: Set(mail.kind.to_string()),
        to_address: Set(to.as_str().to_string()),
        subject: Set(mail.subject),
        body: Set(mail.body),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        locked_until: Set(None),
        sent_at: Set(None),
        last_error: Set(None),
        discard_after: Set(discard_after),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
