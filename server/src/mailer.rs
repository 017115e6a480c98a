//! Delivers the email outbox: by SMTP when `SMTP_URL` is set, otherwise as
//! .eml files under `data/mail/` (the embedded default needs no mail server).
//! Several servers may run this worker at once: a message is claimed with a
//! conditional UPDATE before it is sent, so each is sent by one of them.
use crate::config::Config;
use anyhow::{Context, Result};
use app::db::email_outbox;
use app::mail::texts::SENT_BODY_REMOVED;
use app::clock::Clock;
use chrono::{DateTime, Duration, Utc};
use lettre::message::{Mailbox, Message, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use secrecy::ExposeSecret;
use std::path::PathBuf;
use std::sync::Arc;

/// How long a claimed message stays claimed if its server dies mid-send.
const CLAIM: Duration = Duration::minutes(2);
/// How often the worker looks for due messages when nobody wakes it.
const POLL: std::time::Duration = std::time::Duration::from_secs(5);
const BATCH: u64 = 20;

pub fn parse_from(mail_from: &str) -> Result<Mailbox> {
    mail_from
        .parse::<Mailbox>()
        .with_context(|| format!("MAIL_FROM {mail_from:?} is not an address like 'いみずe-予約システム <noreply@example.jp>'"))
}

pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Folder(PathBuf),
}

pub struct Mailer {
    from: Mailbox,
    transport: Transport,
}

impl Mailer {
    pub fn from_config(config: &Config) -> Result<Self> {
        let transport = match &config.smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose_secret())
                    .context("SMTP_URL is not a valid SMTP URL (e.g. smtp://127.0.0.1:25 or smtps://user:pass@host:465)")?
                    .timeout(Some(std::time::Duration::from_secs(20)))
                    .build(),
            ),
            None => {
                let dir = config.data_dir.join("mail");
                std::fs::create_dir_all(&dir).with_context(|| format!("{} を作成できませんでした", dir.display()))?;
                Transport::Folder(dir)
            }
        };
        Ok(Self { from: parse_from(&config.mail_from)?, transport })
    }

    pub fn message(&self, row: &email_outbox::Model) -> Result<Message> {
        let to: Mailbox = row.to_address.parse().context("recipient address")?;
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(row.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(row.body.clone())
            .context("building the message")
    }

    async fn send(&self, row: &email_outbox::Model) -> Result<()> {
        let message = self.message(row)?;
        match &self.transport {
            Transport::Smtp(smtp) => {
                smtp.send(message).await.context("SMTP")?;
            }
            Transport::Folder(dir) => {
                let path = dir.join(format!("{}-{:06}.eml", row.created_at.format("%Y%m%dT%H%M%S"), row.id));
                tokio::fs::write(&path, message.formatted()).await.with_context(|| format!("writing {}", path.display()))?;
                tracing::info!(to = %row.to_address, subject = %row.subject, file = %path.display(), "email written to folder");
            }
        }
        Ok(())
    }
}

/// Sends what is due, then sleeps until woken or the poll interval passes.
pub async fn run_worker(db: DatabaseConnection, mailer: Mailer, wake: Arc<tokio::sync::Notify>, clock: Clock) {
    loop {
        match deliver_due(&db, &mailer, &clock).await {
            Ok(n) if n as u64 >= BATCH => continue,
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "email outbox could not be read; retrying"),
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(POLL) => {}
        }
    }
}

fn unclaimed(now: DateTime<Utc>) -> Condition {
    Condition::any()
        .add(email_outbox::Column::LockedUntil.is_null())
        .add(email_outbox::Column::LockedUntil.lt(now))
}

/// Messages with no use-by time, or whose time has not come.
fn still_wanted(now: DateTime<Utc>) -> Condition {
    Condition::any()
        .add(email_outbox::Column::DiscardAfter.is_null())
        .add(email_outbox::Column::DiscardAfter.gt(now))
}

/// Gives up on messages past their use-by time (an OTP the mail server
/// could not take within its hour) and blanks their bodies.
pub async fn discard_expired(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(email_outbox::Entity::update_many()
        .col_expr(email_outbox::Column::Body, Expr::value(SENT_BODY_REMOVED))
        .col_expr(email_outbox::Column::LastError, Expr::value("有効期限を過ぎたため送信しませんでした"))
        .filter(email_outbox::Column::SentAt.is_null())
        .filter(email_outbox::Column::DiscardAfter.lte(now))
        .filter(email_outbox::Column::Body.ne(SENT_BODY_REMOVED))
        .exec(db)
        .await?
        .rows_affected)
}

/// 30 s, 1 min, 2 min … then once an hour: a mail server that is down for
/// maintenance gets the message as soon as it is back, and one that is
/// gone for days is not hammered.
pub fn retry_delay(attempts: i32) -> Duration {
    let exponent = attempts.clamp(1, 8) - 1;
    std::cmp::min(Duration::seconds(30 * (1 << exponent)), Duration::hours(1))
}

pub async fn deliver_due(db: &DatabaseConnection, mailer: &Mailer, clock: &Clock) -> Result<usize, DbErr> {
    let now = clock.now();
    let due = email_outbox::Entity::find()
        .filter(email_outbox::Column::SentAt.is_null())
        .filter(email_outbox::Column::NextAttemptAt.lte(now))
        .filter(unclaimed(now))
        .filter(still_wanted(now))
        .order_by_asc(email_outbox::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    let count = due.len();
    // Claimed together, one write (on SQLite every write waits its turn).
    let txn = app::db::begin_write(db).await?;
    let mut mine = Vec::with_capacity(due.len());
    for row in due {
        let claimed = email_outbox::Entity::update_many()
            .col_expr(email_outbox::Column::LockedUntil, Expr::value(now + CLAIM))
            .filter(email_outbox::Column::Id.eq(row.id))
            .filter(email_outbox::Column::SentAt.is_null())
            .filter(unclaimed(now))
            .exec(&txn)
            .await?
            .rows_affected;
        if claimed == 1 {
            mine.push(row); // otherwise another server took it
        }
    }
    txn.commit().await?;
    // Sent one by one; the outcomes are written together, one write per
    // batch rather than one per message (on SQLite each write is a turn of
    // the one writer and an fsync). A crash between sending and writing
    // sends those few again once their claim lapses: a duplicate, never a loss.
    let mut outcomes = Vec::with_capacity(mine.len());
    for row in mine {
        let outcome = mailer.send(&row).await;
        if let Err(error) = &outcome {
            tracing::warn!(id = row.id, attempts = row.attempts + 1, error = format!("{error:#}"), "email not sent; will retry");
        }
        outcomes.push((row, outcome, clock.now()));
    }
    if outcomes.is_empty() {
        return Ok(count);
    }
    let txn = app::db::begin_write(db).await?;
    for (row, outcome, at) in outcomes {
        let attempts = row.attempts + 1;
        let update = email_outbox::Entity::update_many()
            .col_expr(email_outbox::Column::Attempts, Expr::value(attempts))
            .col_expr(email_outbox::Column::LockedUntil, Expr::value(Option::<DateTime<Utc>>::None))
            .filter(email_outbox::Column::Id.eq(row.id));
        let update = match outcome {
            Ok(()) => {
                // A one-time password leaves the database once it is sent.
                let update = if row.discard_after.is_some() {
                    update.col_expr(email_outbox::Column::Body, Expr::value(SENT_BODY_REMOVED))
                } else {
                    update
                };
                update
                    .col_expr(email_outbox::Column::SentAt, Expr::value(at))
                    .col_expr(email_outbox::Column::LastError, Expr::value(Option::<String>::None))
            }
            Err(error) => update
                .col_expr(email_outbox::Column::NextAttemptAt, Expr::value(at + retry_delay(attempts)))
                .col_expr(email_outbox::Column::LastError, Expr::value(format!("{error:#}"))),
        };
        update.exec(&txn).await?;
    }
    txn.commit().await?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_to_an_hour() {
        assert_eq!(retry_delay(1), Duration::seconds(30));
        assert_eq!(retry_delay(2), Duration::seconds(60));
        assert_eq!(retry_delay(8), Duration::hours(1));
        assert_eq!(retry_delay(100), Duration::hours(1));
    }

    #[test]
    fn japanese_subject_and_sender_are_mime_encoded() {
        let mailer = Mailer { from: parse_from("いみずe-予約システム <noreply@example.jp>").unwrap(), transport: Transport::Folder("/nonexistent".into()) };
        let row = email_outbox::Model {
            id: 1,
            kind: "key_notice".into(),
            to_address: "taro@example.jp".into(),
            subject: "【いみずe-予約システム】利用者キー通知".into(),
            body: "射水 太郎 様".into(),
            created_at: Utc::now(),
            attempts: 0,
            next_attempt_at: Utc::now(),
            locked_until: None,
            sent_at: None,
            last_error: None,
            discard_after: None,
        };
        let text = String::from_utf8(mailer.message(&row).unwrap().formatted()).unwrap();
        assert!(text.contains("Subject: =?utf-8?b?"), "{text}");
        assert!(text.contains("From: =?utf-8?b?"), "{text}");
        assert!(text.contains("Content-Type: text/plain; charset=utf-8"), "{text}");
        assert!(!text.contains("利用者キー通知"), "headers and body must be encoded: {text}");
    }
}
