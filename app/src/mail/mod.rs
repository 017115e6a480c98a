//! Emails: their texts (`texts`, in the language of the resident they go
//! to) and the outbox they are put in.
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
    /// Parts of the body that must not stay in the database once the mail
    /// is sent: a one-time password, a 利用者キー.
    pub secrets: Vec<String>,
}

/// How the n-th secret is written in a stored body.
fn marker(n: usize) -> String {
    format!("⟦秘{n}⟧")
}

/// The body as stored: each secret replaced by its marker; the secrets
/// apart, as a JSON list (the outbox's `secrets` column).
pub fn seal(body: &str, secrets: &[String]) -> (String, Option<String>) {
    let secrets: Vec<&String> = secrets.iter().filter(|s| !s.trim().is_empty()).collect();
    if secrets.is_empty() {
        return (body.to_string(), None);
    }
    let mut sealed = body.to_string();
    for (n, secret) in secrets.iter().enumerate() {
        sealed = sealed.replace(secret.as_str(), &marker(n));
    }
    (sealed, serde_json::to_string(&secrets).ok())
}

/// The body to send: the markers filled with the secrets.
pub fn open(sealed: &str, secrets: Option<&str>) -> String {
    let secrets: Vec<String> = secrets.and_then(|s| serde_json::from_str(s).ok()).unwrap_or_default();
    let mut body = sealed.to_string();
    for (n, secret) in secrets.iter().enumerate() {
        body = body.replace(&marker(n), secret);
    }
    body
}

/// Whether a stored body stands in for secrets (so it cannot be sent
/// again once they are removed).
pub fn has_secrets(sealed: &str) -> bool {
    sealed.contains(&marker(0))
}

/// The body as staff see it (メール送信状況): secrets never shown.
pub fn shown(sealed: &str) -> String {
    let mut body = sealed.to_string();
    let mut n = 0;
    while body.contains(&marker(n)) {
        body = body.replace(&marker(n), texts::SECRET_REMOVED);
        n += 1;
    }
    body
}

/// Queues `mail` to a resident's registered address. A resident without
/// email (registered at the counter, handed a printed 予約票) is sent
/// nothing; `false` says so.
pub async fn to_resident(db: &impl ConnectionTrait, resident: &crate::db::residents::Model, mail: Mail, now: DateTime<Utc>) -> Result<bool, DbErr> {
    if resident.email.is_empty() {
        return Ok(false);
    }
    let to = EmailAddress::parse(&resident.email).map_err(|e| DbErr::Custom(format!("stored address: {e}")))?;
    enqueue(db, &to, mail, now).await?;
    Ok(true)
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
    let (body, secrets) = seal(&mail.body, &mail.secrets);
    email_outbox::ActiveModel {
        kind: Set(mail.kind.to_string()),
        to_address: Set(to.as_str().to_string()),
        subject: Set(mail.subject),
        body: Set(body),
        secrets: Set(secrets),
        failed_at: Set(None),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_kept_apart_and_put_back() {
        let secrets = vec!["ABCD-EFGH-JKMN".to_string(), "1234 5678".to_string()];
        let body = "利用者キー：ABCD-EFGH-JKMN\nパスワード：1234 5678\nもう一度 ABCD-EFGH-JKMN";
        let (sealed, kept) = seal(body, &secrets);
        assert!(!sealed.contains("ABCD-EFGH-JKMN") && !sealed.contains("1234 5678"), "{sealed}");
        assert_eq!(open(&sealed, kept.as_deref()), body);
        assert!(has_secrets(&sealed) && !has_secrets(body));
        let shown = shown(&sealed);
        assert!(!shown.contains("ABCD") && shown.contains(texts::SECRET_REMOVED), "{shown}");
        assert_eq!(seal("本文", &[]), ("本文".to_string(), None));
        assert_eq!(open("本文", None), "本文");
    }
}
