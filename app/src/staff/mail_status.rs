//! メール送信状況: the mails the system promised — waiting to be sent, sent,
//! or given up (refused by the mail server, past their use-by time, or
//! failing for three days) with the reason — and 再送 for a given-up one.
//! Secrets (one-time passwords, 利用者キー) are never shown. Every view is
//! in the audit log, as it shows residents' addresses.
use super::*;
#[cfg(feature = "ssr")]
use super::access;
use crate::ui::Breadcrumbs;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Rows shown at most, newest first.
pub const MAIL_PAGE: u64 = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailState {
    Queued,
    Sent,
    Failed,
}

impl MailState {
    pub fn label(self) -> &'static str {
        match self {
            MailState::Queued => "送信待ち",
            MailState::Sent => "送信済み",
            MailState::Failed => "送信失敗",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "queued" => Some(MailState::Queued),
            "sent" => Some(MailState::Sent),
            "failed" => Some(MailState::Failed),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MailRow {
    pub id: i64,
    pub state: MailState,
    pub to: String,
    pub subject: String,
    /// The body with its secrets replaced (`mail::shown`).
    pub body: String,
    pub created: String,
    /// When it was sent or given up.
    pub settled: String,
    pub attempts: i32,
    pub reason: String,
    /// A given-up mail that can be sent again (its secrets are still kept
    /// and it is not a one-time password past its time).
    pub resendable: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MailStatusView {
    pub queued: u64,
    pub sent: u64,
    pub failed: u64,
    pub rows: Vec<MailRow>,
}

#[server(endpoint = "staff/mail_status")]
pub async fn get_mail_status(state: String) -> Result<MailStatusView, AppError> {
    use crate::db::audit_log::Action;
    let (app, me) = access::require_staff().await?;
    let now = app.clock.now();
    let view = db::status(&app.db, MailState::parse(&state), now).await?;
    crate::audit::record(&app.db, &access::acting(&me), Action::ViewMail, "email_outbox", &format!("{}件", view.rows.len()), now).await?;
    Ok(view)
}

/// 再送: a given-up mail is queued again, to be sent at once.
#[server(endpoint = "staff/mail_resend")]
pub async fn resend_mail(id: i64) -> Result<(), AppError> {
    let (app, me) = access::require_staff().await?;
    let now = app.clock.now();
    let done = db::resend(&app.db, &access::acting(&me), id, now).await?;
    app.outbox_signal.notify_one();
    crate::redirect::to(&format!("/staff/mail?state=failed&{}={id}", if done { "resent" } else { "not_resent" }));
    Ok(())
}

#[component]
pub fn MailStatusPage() -> impl IntoView {
    let resend = ServerAction::<ResendMail>::new();
    let query = use_query_map();
    let state = move || query.read().get("state").unwrap_or_default();
    let view_data = Resource::new(move || (state(), resend.version().get()), |(state, _)| get_mail_status(state));
    view! {
        <Title text="メール送信状況"/>
        <Breadcrumbs trail=vec![("職員用画面".into(), "/staff".to_string())] current="メール送信状況"/>
        <h1>"メール送信状況"</h1>
        <p>{format!("予約完了・ワンタイムパスワードなど、システムが送るメールの状況です（新しい順に{MAIL_PAGE}件まで）。送信に失敗したメールは理由を確かめ、必要なら再送してください。ワンタイムパスワードと利用者キーは表示されません。")}</p>
        <form method="get" action="/staff/mail" class="inline-form">
            <label for="state">"表示するメール"</label>
            <select id="state" name="state" class="input">
                <option value="" selected=move || state().is_empty()>"すべて"</option>
                <option value="failed" selected=move || state() == "failed">"送信失敗"</option>
                <option value="queued" selected=move || state() == "queued">"送信待ち"</option>
                <option value="sent" selected=move || state() == "sent">"送信済み"</option>
            </select>
            <button type="submit" class="button button--secondary">"表示"</button>
        </form>
        <Suspense fallback=crate::ui::loading>
            {move || {
                let resent = query.read().get("resent");
                let not_resent = query.read().get("not_resent");
                Suspend::new(async move {
                match view_data.await {
                    Ok(v) => view! {
                        {resent.map(|id| view! { <div class="panel panel--success" role="status"><p>{format!("メール（番号 {id}）を再送の列に入れました。まもなく送信されます。")}</p></div> })}
                        {not_resent.map(|id| view! { <div class="notice notice--error" role="alert"><p>{format!("メール（番号 {id}）は再送できません。ワンタイムパスワードは有効期限が過ぎているため、利用者にもう一度発行してもらってください。")}</p></div> })}
                        <dl class="facts" data-testid="mail-counts">
                            <dt>"送信待ち"</dt><dd data-testid="mail-queued">{format!("{}件", v.queued)}</dd>
                            <dt>"送信済み"</dt><dd data-testid="mail-sent">{format!("{}件", v.sent)}</dd>
                            <dt>"送信失敗"</dt><dd data-testid="mail-failed">{format!("{}件", v.failed)}</dd>
                        </dl>
                        {if v.rows.is_empty() {
                            view! { <p>"該当するメールはありません。"</p> }.into_any()
                        } else {
                            view! {
                                <table class="table" data-testid="mail-table">
                                    <thead><tr><th scope="col">"番号"</th><th scope="col">"状態"</th><th scope="col">"宛先"</th><th scope="col">"件名・本文"</th><th scope="col">"作成"</th><th scope="col">"送信・中止"</th><th scope="col">"試行"</th><th scope="col">"理由"</th><th scope="col">"操作"</th></tr></thead>
                                    <tbody>
                                        {v.rows.into_iter().map(|r| {
                                            let id = r.id;
                                            view! {
                                                <tr data-testid="mail-row" data-mail-state=r.state.label()>
                                                    <td>{r.id}</td>
                                                    <td>{r.state.label()}</td>
                                                    <td>{r.to}</td>
                                                    <td><details><summary>{r.subject}</summary><pre class="mail-body">{r.body}</pre></details></td>
                                                    <td>{r.created}</td>
                                                    <td>{r.settled}</td>
                                                    <td>{r.attempts}</td>
                                                    <td>{r.reason}</td>
                                                    <td>{r.resendable.then(|| view! {
                                                        <ActionForm action=resend>
                                                            <input type="hidden" name="id" value=id/>
                                                            <button type="submit" class="button button--secondary">"再送"</button>
                                                        </ActionForm>
                                                    })}</td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            }.into_any()
                        }}
                    }.into_any(),
                    Err(error) => view! { <crate::ui::LoadError error href="/staff" label="職員用画面へ"/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
pub mod db {
    use super::{MAIL_PAGE, MailRow, MailState, MailStatusView};
    use crate::actor::StaffActor;
    use crate::db::audit_log::Action;
    use crate::db::email_outbox;
    use crate::time::{date_time_long, to_jst};
    use chrono::{DateTime, Utc};
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

    fn condition(state: MailState) -> Condition {
        match state {
            MailState::Sent => Condition::all().add(email_outbox::Column::SentAt.is_not_null()),
            MailState::Failed => Condition::all().add(email_outbox::Column::FailedAt.is_not_null()),
            MailState::Queued => Condition::all()
                .add(email_outbox::Column::SentAt.is_null())
                .add(email_outbox::Column::FailedAt.is_null()),
        }
    }

    fn state_of(row: &email_outbox::Model) -> MailState {
        match (row.sent_at, row.failed_at) {
            (Some(_), _) => MailState::Sent,
            (None, Some(_)) => MailState::Failed,
            (None, None) => MailState::Queued,
        }
    }

    /// Whether a given-up mail can be sent again as it is.
    fn resendable(row: &email_outbox::Model, now: DateTime<Utc>) -> bool {
        let secrets_kept = row.secrets.is_some() || !crate::mail::has_secrets(&row.body);
        let still_useful = row.discard_after.is_none_or(|at| at > now);
        state_of(row) == MailState::Failed && secrets_kept && still_useful
    }

    pub async fn status(db: &DatabaseConnection, only: Option<MailState>, now: DateTime<Utc>) -> Result<MailStatusView, DbErr> {
        let count = |state| email_outbox::Entity::find().filter(condition(state)).count(db);
        let (queued, sent, failed) = (count(MailState::Queued).await?, count(MailState::Sent).await?, count(MailState::Failed).await?);
        let mut rows = email_outbox::Entity::find().order_by_desc(email_outbox::Column::Id).limit(MAIL_PAGE);
        if let Some(state) = only {
            rows = rows.filter(condition(state));
        }
        let rows = rows
            .all(db)
            .await?
            .into_iter()
            .map(|row| MailRow {
                id: row.id,
                state: state_of(&row),
                resendable: resendable(&row, now),
                to: row.to_address.clone(),
                subject: row.subject.clone(),
                body: crate::mail::shown(&row.body),
                created: date_time_long(to_jst(row.created_at)),
                settled: row.sent_at.or(row.failed_at).map(|t| date_time_long(to_jst(t))).unwrap_or_default(),
                attempts: row.attempts,
                reason: row.last_error.clone().unwrap_or_default(),
            })
            .collect();
        Ok(MailStatusView { queued, sent, failed, rows })
    }

    /// Queues a given-up mail again (audited): false if it cannot be sent
    /// as it is (a one-time password past its time, secrets gone).
    pub async fn resend(db: &DatabaseConnection, who: &StaffActor, id: i64, now: DateTime<Utc>) -> Result<bool, DbErr> {
        let txn = crate::db::begin_write(db).await?;
        let Some(row) = email_outbox::Entity::find_by_id(id).one(&txn).await? else { return Ok(false) };
        if !resendable(&row, now) {
            return Ok(false);
        }
        email_outbox::Entity::update_many()
            .col_expr(email_outbox::Column::FailedAt, Expr::value(Option::<DateTime<Utc>>::None))
            .col_expr(email_outbox::Column::NextAttemptAt, Expr::value(now))
            .col_expr(email_outbox::Column::Attempts, Expr::value(0))
            .filter(email_outbox::Column::Id.eq(id))
            .filter(email_outbox::Column::FailedAt.is_not_null())
            .exec(&txn)
            .await?;
        let detail = format!("メール番号 {id}（{}）: 前回の理由 {}", row.subject, row.last_error.unwrap_or_default());
        crate::audit::record(&txn, who, Action::ResendMail, &format!("email_outbox:{id}"), &detail, now).await?;
        txn.commit().await?;
        Ok(true)
    }
}
