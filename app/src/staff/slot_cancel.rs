//! 枠の中止 (荒天等による中止): one action cancels every active reservation
//! of a slot, frees the places, closes the slot, and queues a notice with
//! the staff member's words to each resident; it says how many were told.
use super::*;
#[cfg(feature = "ssr")]
use super::access;
use crate::domain::FieldError;
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Longest notice text staff may write.
pub const MAX_MESSAGE_CHARS: usize = 2000;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotToCancel {
    pub slot_id: i32,
    pub service_name: String,
    pub when: String,
    pub venue: String,
    pub active: usize,
    pub is_open: bool,
    /// Residents on this slot without an email address (name, phone):
    /// the notice cannot reach them, staff call them.
    #[serde(default)]
    pub by_phone: Vec<(String, String)>,
}

pub fn check_message(message: &str) -> Result<String, &'static str> {
    let message = message.trim();
    if message.is_empty() {
        Err("予約者へのお知らせを入力してください（中止の理由、今後のご案内など）。")
    } else if message.chars().count() > MAX_MESSAGE_CHARS {
        Err("お知らせは2000文字以内にしてください。")
    } else {
        Ok(message.replace("\r\n", "\n"))
    }
}

#[server(endpoint = "staff/slot_to_cancel")]
pub async fn get_slot_to_cancel(slot_id: i32) -> Result<SlotToCancel, AppError> {
    use crate::error::fail;
    let (state, _) = access::require_staff().await?;
    db::slot_to_cancel(&state.db, slot_id).await?.ok_or_else(|| fail(AppError::NotFound))
}

/// 中止して通知する.
#[server(endpoint = "staff/cancel_slot")]
pub async fn cancel_slot(slot_id: i32, message: String) -> Result<(), AppError> {
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    let Ok(message) = check_message(&message) else {
        crate::redirect::to(&format!("/staff/slots/{slot_id}/cancel?error=1#error-summary-title"));
        return Ok(());
    };
    let txn = crate::db::begin_write(&state.db).await?;
    let told = crate::booking::cancel_slot(&txn, &state.site, &access::acting(&me), &state.clock, slot_id, &message)
        .await
        .map_err(fail)?;
    txn.commit().await?;
    state.outbox_signal.notify_one();
    crate::redirect::to(&format!("/staff/slots/{slot_id}/cancel?told={told}"));
    Ok(())
}

#[component]
pub fn SlotCancelPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let slot_id = Memo::new(move |_| params.read().get("slot_id").and_then(|s| s.parse::<i32>().ok()).unwrap_or(0));
    let cancel = ServerAction::<CancelSlot>::new();
    let slot = Resource::new(move || (slot_id.get(), cancel.version().get()), |(id, _)| get_slot_to_cancel(id));
    view! {
        <Title text="予約枠の中止"/>
        <Breadcrumbs trail=vec![("職員用画面".into(), "/staff".to_string())] current="予約枠の中止"/>
        <h1>"予約枠の中止"</h1>
        <Suspense fallback=crate::ui::loading>
            {move || {
                let told = query.read().get("told");
                let error = query.read().get("error").is_some();
                Suspend::new(async move {
                match slot.await {
                    Ok(s) => view! {
                        <dl class="facts">
                            <dt>"予約メニュー"</dt><dd>{s.service_name.clone()}</dd>
                            <dt>"日時"</dt><dd>{s.when.clone()}</dd>
                            <dt>"会場"</dt><dd>{s.venue.clone()}</dd>
                            <dt>"予約中の人数"</dt><dd data-testid="active-count">{format!("{}人", s.active)}</dd>
                        </dl>
                        {match told {
                            Some(n) => view! {
                                <div class="panel panel--success" role="status" data-testid="slot-cancelled">
                                    <p>{format!("この枠を中止しました。予約していた{n}人にお知らせのメールを送ります。")}</p>
                                    {(!s.by_phone.is_empty()).then(|| view! {
                                        <p>{format!("そのうちメールアドレスのない{}人には、メールが届きません。下の一覧の方へお電話でお知らせください。", s.by_phone.len())}</p>
                                    })}
                                </div>
                                <ByPhone people=s.by_phone.clone()/>
                                <p><a href="/staff/day">"日別の予約一覧へ"</a></p>
                            }.into_any(),
                            None if !s.is_open && s.active == 0 => view! {
                                <p>"この枠は受付を停止しています。予約中の方はいません。"</p>
                            }.into_any(),
                            None => {
                                let errors = if error { vec![FieldError::new("message", check_message("").unwrap_err())] } else { vec![] };
                                view! {
                                    <ErrorSummary errors=errors.clone()/>
                                    <p>"この枠を中止すると、予約はすべてキャンセルされ、枠は受付を停止します。予約中の方全員に、下のお知らせをメールで送ります。取り消しはできません。"</p>
                                    <ByPhone people=s.by_phone.clone()/>
                                    <ActionForm action=cancel>
                                        <input type="hidden" name="slot_id" value=s.slot_id.to_string()/>
                                        <div class="field" class:field--error=error>
                                            <label for="message" class="field__label">"予約者へのお知らせ"</label>
                                            <p class="field__hint" id="message-hint">"メールの本文に入ります（例: 台風の接近により、中止いたします。改めてご予約ください。）"</p>
                                            <textarea id="message" name="message" class="input textarea" rows="6" aria-describedby="message-hint"></textarea>
                                        </div>
                                        <div class="actions">
                                            <SubmitButton label="中止して通知する" pending=cancel.pending() class="button button--danger"/>
                                        </div>
                                    </ActionForm>
                                }.into_any()
                            }
                        }}
                    }.into_any(),
                    Err(error) => view! { <crate::ui::LoadError error href="/staff/day" label="日別の予約一覧へ"/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

/// Whom to call: the residents without email on this slot.
#[component]
fn ByPhone(people: Vec<(String, String)>) -> impl IntoView {
    (!people.is_empty()).then(|| view! {
        <section class="panel" data-testid="by-phone">
            <h2>"お電話でお知らせする方（メールアドレスなし）"</h2>
            <ul>{people.into_iter().map(|(name, phone)| view! { <li>{format!("{name}　電話 {phone}")}</li> }).collect_view()}</ul>
        </section>
    })
}

#[cfg(feature = "ssr")]
pub mod db {
    use super::*;
    use crate::db::reservations;
    use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter};

    pub async fn slot_to_cancel(db: &DatabaseConnection, slot_id: i32) -> Result<Option<SlotToCancel>, DbErr> {
        let Some((slot, service)) = crate::booking::find::slot_with_service(db, slot_id).await? else { return Ok(None) };
        let active = reservations::Entity::find()
            .filter(reservations::Column::SlotId.eq(slot.id))
            .filter(reservations::Column::Status.eq(reservations::Status::Active))
            .count(db)
            .await?;
        Ok(Some(SlotToCancel {
            slot_id: slot.id,
            service_name: service.name,
            when: crate::time::slot_when(slot.date, slot.start_time, slot.end_time),
            venue: service.venue,
            active: active as usize,
            is_open: slot.is_open,
            by_phone: without_email(db, &slot, active).await?,
        }))
    }

    /// Residents without email on the slot: those booked — or, once all
    /// are cancelled, those the slot's cancellation (the last one made)
    /// was for.
    async fn without_email(db: &DatabaseConnection, slot: &crate::db::slots::Model, active: u64) -> Result<Vec<(String, String)>, DbErr> {
        use sea_orm::QueryOrder;
        let status = if active > 0 { reservations::Status::Active } else { reservations::Status::Cancelled };
        let mut on_slot = reservations::Entity::find()
            .filter(reservations::Column::SlotId.eq(slot.id))
            .filter(reservations::Column::Status.eq(status))
            .order_by_asc(reservations::Column::Id)
            .all(db)
            .await?;
        if active == 0 {
            let last = on_slot.iter().filter_map(|r| r.cancelled_at).max();
            on_slot.retain(|r| r.cancelled_at.is_some() && r.cancelled_at == last);
        }
        let people = crate::db::residents::of_reservations(db, &on_slot).await?;
        let mut seen = std::collections::BTreeSet::new();
        Ok(on_slot
            .iter()
            .filter_map(|r| people.get(&r.resident_id))
            .filter(|p| p.email.is_empty() && seen.insert(p.id))
            .map(|p| (p.name.clone(), p.phone.clone()))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_notice_must_say_something_and_not_too_much() {
        assert!(super::check_message("  ").is_err());
        assert_eq!(super::check_message(" 台風のため中止します。\r\n").unwrap(), "台風のため中止します。");
        assert!(super::check_message(&"あ".repeat(2001)).is_err());
    }
}
