//! 監査ログ: every change and every view of a resident's personal data
//! made through the console is written here, in the same transaction as
//! the change where there is one.
use crate::db::{audit_log, staff};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

pub async fn record(
    db: &impl ConnectionTrait,
    who: &staff::Model,
    action: &str,
    target: &str,
    detail: &str,
    client: Option<std::net::IpAddr>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    audit_log::ActiveModel {
        staff_id: Set(who.id),
        action: Set(action.to_string()),
        target: Set(target.to_string()),
        detail: Set(detail.to_string()),
        client_addr: Set(client.map(|ip| ip.to_string())),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
