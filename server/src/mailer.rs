//! Delivers the email outbox: by SMTP when `SMTP_URL` is set, otherwise as
//! .eml files under `data/mail/` (the embedded default needs no mail server).
//! Several servers may run this worker at once: a message is claimed with a
//! conditional UPDATE before it is sent, so each is sent by one of them.
//!
//! What happens to a message (README 「メール」, staff 「メール送信状況」):
//! - sent: `sent_at`, and its secrets (one-time password, 利用者キー) are
//!   removed from the database;
//! - refused for good by the mail server (5xx: no such user …) or an
//!   address no mail server could take: given up at once (`failed_at`,
//!   the reason in `last_error`), never retried on its own;
//! - anything else (server down, 4xx): tried again after 30 s, 1 min, 2 min
//!   … then hourly, and given up after three days;
//! - a one-time password not sent before it expires: given up, secrets gone.
use crate::config::Config;
use anyhow::{Context, Result, bail};
use app::clock::Clock;
use app::db::email_outbox;
use chrono::{DateTime, Duration, Utc};
use lettre::message::{Mailbox, Message, header::ContentType};
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use secrecy::ExposeSecret;
use std::path::PathBuf;
use std::sync::Arc;
use tokio::sync::watch;

/// How long a claimed message stays claimed if its server dies mid-send.
const CLAIM: Duration = Duration::minutes(2);
/// How often the worker looks for due messages when nobody wakes it.
const POLL: std::time::Duration = std::time::Duration::from_secs(5);
const BATCH: u64 = 20;
/// A message is given up after this many failed attempts: with the delays
/// of `retry_delay` (the eighth an hour after the seventh, hourly after),
/// about three days of trying.
pub const GIVE_UP_ATTEMPTS: i32 = 78;
/// The secrets of a given-up message are kept this long, for a resend.
pub const KEEP_FAILED_SECRETS: Duration = Duration::days(7);

pub fn parse_from(mail_from: &str) -> Result<Mailbox> {
    mail_from
        .parse::<Mailbox>()
        .with_context(|| format!("MAIL_FROM {mail_from:?} is not an address like 'いみずe-予約システム <noreply@example.jp>'"))
}

/// The address to send to. The form accepts the old docomo/au addresses
/// (`taro..yamada.@docomo.ne.jp`, a dot at the end or two in a row) that
/// RFC 5322 does not; they are sent with the local part quoted
/// (`"taro..yamada."@docomo.ne.jp`), which is the RFC's own way of writing
/// them and what the carriers' servers accept.
pub fn recipient(address: &str) -> Result<Address, lettre::address::AddressError> {
    match address.parse::<Address>() {
        Ok(address) => Ok(address),
        Err(error) => {
            let Some((local, domain)) = address.rsplit_once('@') else { return Err(error) };
            let quotable = !local.is_empty() && local.bytes().all(|b| (0x21..0x7f).contains(&b) && b != b'"' && b != b'\\');
            if !quotable {
                return Err(error);
            }
            format!("\"{local}\"@{domain}").parse::<Address>()
        }
    }
}

/// SMTP over the network must be encrypted: `smtps://` (TLS from the
/// start) or `smtp://…?tls=required` (STARTTLS, refused without it). Plain
/// SMTP is allowed to this machine, or to the one relay the city names in
/// `SMTP_PLAIN_RELAY` (a mail server inside its own network).
pub fn check_smtp_security(url: &str, plain_relay: Option<&str>) -> Result<()> {
    let parsed = url::Url::parse(url).context("SMTP_URL is not a URL (e.g. smtps://user:pass@mail.example.jp:465)")?;
    let host = parsed.host_str().unwrap_or("").trim_matches(|c| c == '[' || c == ']').to_ascii_lowercase();
    let tls = parsed.query_pairs().find(|(k, _)| k == "tls").map(|(_, v)| v.to_string());
    let encrypted = match (parsed.scheme(), tls.as_deref()) {
        ("smtps", _) => true,
        ("smtp", Some("required")) => true,
        ("smtp", _) => false,
        (other, _) => bail!("SMTP_URL must start with smtps:// or smtp://, not {other}://"),
    };
    let local = host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    let named = plain_relay.is_some_and(|relay| relay.trim().eq_ignore_ascii_case(&host));
    if encrypted || local || named {
        return Ok(());
    }
    bail!(
        "SMTP_URL sends mail to {host} without encryption. Use smtps://{host}:465 or smtp://{host}:587?tls=required; \
         for a relay inside the city's own network set SMTP_PLAIN_RELAY={host} (README 「メール」)"
    )
}

pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Folder(PathBuf),
}

pub struct Mailer {
    from: Mailbox,
    transport: Transport,
}

/// Why a message was not sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The mail server refused it for good, or no server could take it.
    Permanent(String),
    /// Worth trying again (the server is down, busy, 4xx).
    Transient(String),
}

impl Failure {
    fn text(&self) -> &str {
        match self {
            Failure::Permanent(text) | Failure::Transient(text) => text,
        }
    }
}

impl Mailer {
    pub fn from_config(config: &Config) -> Result<Self> {
        let transport = match &config.smtp_url {
            Some(url) => {
                check_smtp_security(url.expose_secret(), config.smtp_plain_relay.as_deref())?;
                Transport::Smtp(
                    AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose_secret())
                        .context("SMTP_URL is not a valid SMTP URL (e.g. smtps://user:pass@host:465)")?
                        .timeout(Some(std::time::Duration::from_secs(20)))
                        .build(),
                )
            }
            None => {
                let dir = config.data_dir.join("mail");
                crate::files::private_dir(&dir)?;
                Transport::Folder(dir)
            }
        };
        Ok(Self { from: parse_from(&config.mail_from)?, transport })
    }

    pub fn message(&self, row: &email_outbox::Model) -> Result<Message, Failure> {
        let to = recipient(&row.to_address)
            .map_err(|e| Failure::Permanent(format!("宛先のメールアドレスを送信できる形にできませんでした ({e})")))?;
        // The envelope given outright: lettre would otherwise derive it by
        // reading the headers back, which drops a quoted local part.
        let envelope = lettre::address::Envelope::new(Some(self.from.email.clone()), vec![to.clone()])
            .map_err(|e| Failure::Permanent(format!("宛先を組み立てられませんでした ({e})")))?;
        Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(None, to))
            .envelope(envelope)
            .subject(row.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(app::mail::open(&row.body, row.secrets.as_deref()))
            .map_err(|e| Failure::Permanent(format!("メールを組み立てられませんでした ({e})")))
    }

    async fn send(&self, row: &email_outbox::Model) -> Result<(), Failure> {
        let message = self.message(row)?;
        match &self.transport {
            Transport::Smtp(smtp) => smtp.send(message).await.map(|_| ()).map_err(|e| {
                let text = format!("メールサーバー: {e}");
                if e.is_permanent() { Failure::Permanent(text) } else { Failure::Transient(text) }
            }),
            Transport::Folder(dir) => {
                let path = Self::file_of(dir, row);
                crate::files::write_private(&path, &message.formatted())
                    .await
                    .map_err(|e| Failure::Transient(format!("{} に書けませんでした ({e})", path.display())))?;
                tracing::info!(id = row.id, kind = %row.kind, file = %path.display(), "email written to folder");
                Ok(())
            }
        }
    }

    /// Folder mode: removes the copy of a message whose row was erased
    /// while it was being written.
    async fn forget(&self, row: &email_outbox::Model) {
        if let Transport::Folder(dir) = &self.transport {
            let _ = tokio::fs::remove_file(Self::file_of(dir, row)).await;
        }
    }

    fn file_of(dir: &std::path::Path, row: &email_outbox::Model) -> std::path::PathBuf {
        dir.join(format!("{}-{:06}.eml", row.created_at.format("%Y%m%dT%H%M%S"), row.id))
    }

    /// Folder mode: deletes .eml files older than `keep` (they hold what was
    /// sent, secrets included; the folder is for trying the system out), and
    /// the `.part` a crash mid-write may have left.
    pub async fn tidy_folder(&self, keep: std::time::Duration) {
        let Transport::Folder(dir) = &self.transport else { return };
        let Ok(mut entries) = tokio::fs::read_dir(dir).await else { return };
        let mut removed = 0;
        while let Ok(Some(entry)) = entries.next_entry().await {
            let old = entry.metadata().await.ok().and_then(|m| m.modified().ok()).and_then(|t| t.elapsed().ok()).is_some_and(|age| age > keep);
            if old && entry.path().extension().is_some_and(|e| e == "eml" || e == "part") && tokio::fs::remove_file(entry.path()).await.is_ok() {
                removed += 1;
            }
        }
        if removed > 0 {
            tracing::info!(removed, "mail folder: old .eml files deleted");
        }
    }
}

/// Sends what is due, then sleeps until woken or the poll interval passes;
/// returns when `stop` turns true (the message in hand is finished first).
pub async fn run_worker(
    db: DatabaseConnection,
    mailer: Mailer,
    wake: Arc<tokio::sync::Notify>,
    clock: Clock,
    mut stop: watch::Receiver<bool>,
    keep_files: std::time::Duration,
) {
    let mut tidy = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        if *stop.borrow() {
            break;
        }
        match deliver_due(&db, &mailer, &clock, &stop).await {
            Ok(n) if n as u64 >= BATCH => continue,
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "email outbox could not be read; retrying"),
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(POLL) => {}
            _ = tidy.tick() => mailer.tidy_folder(keep_files).await,
            _ = stop.changed() => {}
        }
    }
    tracing::info!("mail worker stopped");
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
/// could not take within its hour) and removes their secrets; forgets the
/// secrets of messages given up a week ago.
pub async fn discard_expired(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let expired = email_outbox::Entity::update_many()
        .col_expr(email_outbox::Column::Secrets, Expr::value(Option::<String>::None))
        .col_expr(email_outbox::Column::FailedAt, Expr::value(now))
        .col_expr(email_outbox::Column::LastError, Expr::value("有効期限までに送信できなかったため、送信を中止しました"))
        .filter(email_outbox::Column::SentAt.is_null())
        .filter(email_outbox::Column::FailedAt.is_null())
        .filter(email_outbox::Column::DiscardAfter.lte(now))
        .exec(db)
        .await?
        .rows_affected;
    let forgotten = email_outbox::Entity::update_many()
        .col_expr(email_outbox::Column::Secrets, Expr::value(Option::<String>::None))
        .filter(email_outbox::Column::Secrets.is_not_null())
        .filter(email_outbox::Column::FailedAt.lte(now - KEEP_FAILED_SECRETS))
        .exec(db)
        .await?
        .rows_affected;
    Ok(expired + forgotten)
}

/// 30 s, 1 min, 2 min … then once an hour: a mail server that is down for
/// maintenance gets the message as soon as it is back, and one that is
/// gone for days is not hammered.
pub fn retry_delay(attempts: i32) -> Duration {
    let exponent = attempts.clamp(1, 8) - 1;
    std::cmp::min(Duration::seconds(30 * (1 << exponent)), Duration::hours(1))
}

/// Keeps an address out of what is logged (a server's refusal often
/// quotes the recipient).
pub fn without_addresses(text: &str) -> String {
    text.split(' ')
        .map(|word| if word.contains('@') { "[address]" } else { word })
        .collect::<Vec<_>>()
        .join(" ")
}

enum Outcome {
    Sent,
    Failed(Failure),
    /// Not tried: the server is stopping; released for the next one.
    Released,
}

pub async fn deliver_due(db: &DatabaseConnection, mailer: &Mailer, clock: &Clock, stop: &watch::Receiver<bool>) -> Result<usize, DbErr> {
    let now = clock.now();
    let due = email_outbox::Entity::find()
        .filter(email_outbox::Column::SentAt.is_null())
        .filter(email_outbox::Column::FailedAt.is_null())
        .filter(email_outbox::Column::NextAttemptAt.lte(now))
        .filter(unclaimed(now))
        .filter(still_wanted(now))
        .order_by_asc(email_outbox::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    let count = due.len();
    if due.is_empty() {
        return Ok(0);
    }
    // Claimed together, one write (on SQLite every write waits its turn).
    let txn = app::db::begin_write(db).await?;
    let mut mine = Vec::with_capacity(due.len());
    for row in due {
        let claimed = email_outbox::Entity::update_many()
            .col_expr(email_outbox::Column::LockedUntil, Expr::value(now + CLAIM))
            .filter(email_outbox::Column::Id.eq(row.id))
            .filter(email_outbox::Column::SentAt.is_null())
            .filter(email_outbox::Column::FailedAt.is_null())
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
    // sends those few again once their claim lapses: a duplicate, never a
    // loss. A stop asked for mid-batch releases what was not yet tried.
    let mut outcomes = Vec::with_capacity(mine.len());
    for row in mine {
        if *stop.borrow() {
            outcomes.push((row, Outcome::Released, clock.now()));
            continue;
        }
        let outcome = match mailer.send(&row).await {
            Ok(()) => Outcome::Sent,
            Err(failure) => {
                let error = without_addresses(failure.text());
                match &failure {
                    Failure::Permanent(_) => tracing::warn!(id = row.id, %error, "email refused for good; given up"),
                    Failure::Transient(_) => tracing::warn!(id = row.id, attempts = row.attempts + 1, %error, "email not sent; will retry"),
                }
                Outcome::Failed(failure)
            }
        };
        outcomes.push((row, outcome, clock.now()));
    }
    let txn = app::db::begin_write(db).await?;
    let mut vanished = Vec::new();
    for (row, outcome, at) in outcomes {
        let sent = matches!(outcome, Outcome::Sent);
        let update = email_outbox::Entity::update_many()
            .col_expr(email_outbox::Column::LockedUntil, Expr::value(Option::<DateTime<Utc>>::None))
            .filter(email_outbox::Column::Id.eq(row.id));
        let attempts = Expr::value(row.attempts + 1);
        let update = match outcome {
            Outcome::Released => update,
            // Its secrets leave the database once it is sent.
            Outcome::Sent => update
                .col_expr(email_outbox::Column::Attempts, attempts)
                .col_expr(email_outbox::Column::SentAt, Expr::value(at))
                .col_expr(email_outbox::Column::Secrets, Expr::value(Option::<String>::None))
                .col_expr(email_outbox::Column::LastError, Expr::value(Option::<String>::None)),
            Outcome::Failed(failure) => {
                let give_up = matches!(failure, Failure::Permanent(_)) || row.attempts + 1 >= GIVE_UP_ATTEMPTS;
                let update = update
                    .col_expr(email_outbox::Column::Attempts, attempts)
                    .col_expr(email_outbox::Column::LastError, Expr::value(failure.text().to_string()));
                if give_up {
                    update.col_expr(email_outbox::Column::FailedAt, Expr::value(at))
                } else {
                    update.col_expr(email_outbox::Column::NextAttemptAt, Expr::value(at + retry_delay(row.attempts + 1)))
                }
            }
        };
        if update.exec(&txn).await?.rows_affected == 0 && sent {
            vanished.push(row);
        }
    }
    txn.commit().await?;
    // Rows erased while they were being sent (利用者情報の削除,
    // `app::own_data`): their copy in the mail folder goes too.
    for row in vanished {
        mailer.forget(&row).await;
    }
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
    fn giving_up_takes_about_three_days() {
        let total: i64 = (1..GIVE_UP_ATTEMPTS).map(|n| retry_delay(n).num_minutes()).sum();
        assert!((70 * 60..=76 * 60).contains(&total), "{} hours", total / 60);
    }

    #[test]
    fn carrier_addresses_are_sent_quoted() {
        assert_eq!(recipient("taro@example.jp").unwrap().to_string(), "taro@example.jp");
        assert_eq!(recipient("taro..yamada.@docomo.ne.jp").unwrap().to_string(), "\"taro..yamada.\"@docomo.ne.jp");
        assert_eq!(recipient("hanako.@ezweb.ne.jp").unwrap().to_string(), "\"hanako.\"@ezweb.ne.jp");
        assert_eq!(recipient(".hanako@ezweb.ne.jp").unwrap().to_string(), "\".hanako\"@ezweb.ne.jp");
        assert!(recipient("no-at-sign").is_err());
        assert!(recipient("a\"b.@example.jp").is_err());
    }

    #[test]
    fn plain_smtp_only_here_or_to_the_named_relay() {
        assert!(check_smtp_security("smtps://u:p@mail.example.jp:465", None).is_ok());
        assert!(check_smtp_security("smtp://mail.example.jp:587?tls=required", None).is_ok());
        assert!(check_smtp_security("smtp://127.0.0.1:2525", None).is_ok());
        assert!(check_smtp_security("smtp://localhost:25", None).is_ok());
        assert!(check_smtp_security("smtp://[::1]:25", None).is_ok());
        let refused = check_smtp_security("smtp://mail.example.jp:25", None).unwrap_err().to_string();
        assert!(refused.contains("SMTP_PLAIN_RELAY=mail.example.jp"), "{refused}");
        assert!(check_smtp_security("smtp://mail.example.jp:587?tls=opportunistic", None).is_err());
        assert!(check_smtp_security("smtp://relay.city.local:25", Some("relay.city.local")).is_ok());
        assert!(check_smtp_security("smtp://other.example:25", Some("relay.city.local")).is_err());
        assert!(check_smtp_security("http://mail.example.jp", None).is_err());
    }

    #[test]
    fn logged_errors_carry_no_address() {
        assert_eq!(without_addresses("550 5.1.1 <taro@example.jp>: no such user"), "550 5.1.1 [address] no such user");
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
            secrets: None,
            failed_at: None,
        };
        let text = String::from_utf8(mailer.message(&row).unwrap().formatted()).unwrap();
        assert!(text.contains("Subject: =?utf-8?b?"), "{text}");
        assert!(text.contains("From: =?utf-8?b?"), "{text}");
        assert!(text.contains("Content-Type: text/plain; charset=utf-8"), "{text}");
        assert!(!text.contains("利用者キー通知"), "headers and body must be encoded: {text}");
    }
}
