//! 監査ログ: every change and every view of a resident's personal data
//! made through the console is written here, in the same transaction as
//! the change where there is one. The console never changes or deletes an
//! entry.
use crate::actor::StaffActor;
use crate::db::audit_log::{self, Action};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

pub async fn record(
    db: &impl ConnectionTrait,
    who: &StaffActor,
    action: Action,
    target: &str,
    detail: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    audit_log::ActiveModel {
        staff_id: Set(who.id),
        action: Set(action),
        target: Set(target.to_string()),
        detail: Set(detail.to_string()),
        client_addr: Set(who.client.map(|ip| ip.to_string())),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
