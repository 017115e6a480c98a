use super::*;
use crate::browser::Browser;
use crate::db::{email_outbox, form_drafts, residents};
use crate::domain::UserKey;
use crate::drafts::{self, KIND_KEY_REISSUE};
use crate::mail::{self, texts::KEY_NOTICE, texts::KeyHolder};
use crate::site::SiteSettings;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

/// Key notices one address can be sent per hour: enough for a resident who
/// asks again, too few to flood someone's inbox through this form.
pub const NOTICES_PER_HOUR: u64 = 3;

pub async fn save(db: &DatabaseConnection, draft_id: &str, input: ReissueInput, owner: &Browser, now: DateTime<Utc>) -> Result<String, DbErr> {
    let input = ReissueInput { email: drafts::clip(&input.email), email_confirm: drafts::clip(&input.email_confirm) };
    drafts::save(db, Some(draft_id).filter(|id| !id.is_empty()), KIND_KEY_REISSUE, &input, owner, now).await
}

pub async fn load(db: &DatabaseConnection, draft_id: &str, owner: &Browser, now: DateTime<Utc>) -> Result<Option<ReissueDraft>, DbErr> {
    Ok(drafts::load::<ReissueInput>(db, draft_id, KIND_KEY_REISSUE, owner, now).await?.map(|d| ReissueDraft {
        draft_id: d.row.id,
        errors: d.payload.validate().err().unwrap_or_default(),
        input: d.payload,
    }))
}

/// 送信. Queues the key notice when the address is registered; does the
/// same work and gives the same answer when it is not. The notice is in the
/// language of this request (the resident is asking right now). It is not
/// remembered for later emails: anyone can type an address here, and what
/// language a resident's emails are in is theirs to choose (by reserving or
/// logging in).
pub async fn submit(db: &DatabaseConnection, site: &SiteSettings, draft_id: &str, owner: &Browser, now: DateTime<Utc>) -> Result<(), AppError> {
    // Read before any await.
    let language = crate::language::current();
    if !drafts::is_well_formed(draft_id) {
        return Err(AppError::Expired);
    }
    let txn = crate::db::begin_write(db).await?;
    let claimed = form_drafts::Entity::update_many()
        .col_expr(form_drafts::Column::SubmittedAt, Expr::value(now))
        .col_expr(form_drafts::Column::ExpiresAt, Expr::value(now + drafts::KEEP_AFTER_SUBMIT))
        .filter(form_drafts::Column::Id.eq(draft_id))
        .filter(form_drafts::Column::Kind.eq(KIND_KEY_REISSUE))
        .filter(form_drafts::Column::Owner.eq(owner.as_str()))
        .filter(form_drafts::Column::SubmittedAt.is_null())
        .filter(form_drafts::Column::ExpiresAt.gt(now))
        .exec(&txn)
        .await
        ?
        .rows_affected;
    if claimed == 0 {
        txn.rollback().await?;
        // Sent already (double click, reload): the same completion page.
        let sent = form_drafts::Entity::find_by_id(draft_id.to_string())
            .one(db)
            .await
            ?
            .is_some_and(|d| {
                d.kind == KIND_KEY_REISSUE && d.owner.as_deref() == Some(owner.as_str()) && d.submitted_at.is_some() && d.expires_at > now
            });
        return if sent { Ok(()) } else { Err(AppError::Expired) };
    }
    let draft = drafts::load::<ReissueInput>(&txn, draft_id, KIND_KEY_REISSUE, owner, now)
        .await
        ?
        .ok_or(AppError::Expired)?;
    let email = draft.payload.validate().map_err(|_| AppError::BadRequest)?;

    let holders = residents::Entity::find()
        .filter(residents::Column::Email.eq(email.as_str()))
        .order_by_asc(residents::Column::Id)
        .all(&txn)
        .await
        ?;
    let recent = email_outbox::Entity::find()
        .filter(email_outbox::Column::ToAddress.eq(email.as_str()))
        .filter(email_outbox::Column::Kind.eq(KEY_NOTICE))
        .filter(email_outbox::Column::CreatedAt.gt(now - Duration::hours(1)))
        .count(&txn)
        .await
        ?;
    if !holders.is_empty() && recent < NOTICES_PER_HOUR {
        let holders: Vec<KeyHolder> = holders
            .into_iter()
            .filter_map(|r| UserKey::parse(&r.user_key).ok().map(|k| KeyHolder { name: r.name, user_key: k.to_string() }))
            .collect();
        mail::enqueue(&txn, &email, mail::texts::key_notice(site, language, &holders), now).await?;
    } else if !holders.is_empty() {
        tracing::warn!("key notice not sent: {NOTICES_PER_HOUR} already sent to this address in the last hour");
    }
    txn.commit().await?;
    Ok(())
}
