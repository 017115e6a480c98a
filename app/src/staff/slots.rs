//! 予約枠の管理 for one service: its slots from today on, with places taken;
//! add one slot; change a capacity (never below the places already taken,
//! checked in the same UPDATE that changes it); close a slot to new
//! reservations or open it again. Cancelling a slot with a notice is
//! [`super::slot_cancel`].
use super::*;
#[cfg(feature = "ssr")]
use super::access;
use super::bulk_slots::PlainField;
use crate::ui::{Breadcrumbs, SubmitButton};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotRow {
    pub id: i32,
    /// `12月1日(火)`
    pub date: String,
    /// `2026-12-01`, for the day view link.
    pub iso_date: String,
    pub time: String,
    pub capacity: i32,
    pub taken: i32,
    /// Places held for someone offered them from the waiting list.
    pub held: i32,
    pub is_open: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceSlots {
    pub service_id: i32,
    pub service_name: String,
    pub published: bool,
    pub slots: Vec<SlotRow>,
}

/// What went wrong with a slot action, as a query value.
pub fn problem_text(code: &str) -> &'static str {
    match code {
        "capacity" => "定員は1〜1000人の数で入力してください。",
        "below_taken" => "定員は、すでに予約されている人数（とキャンセル待ちの方に確保中の席）より少なくできません。先に予約の変更・キャンセルをお願いしてください。",
        "slot_input" => "日付、開始・終了時刻、定員を正しく入力してください（終了は開始より後、定員は1〜1000人）。",
        "duplicate" => "同じ日・同じ開始時刻の枠がすでにあります。",
        _ => "操作できませんでした。もう一度お試しください。",
    }
}

pub fn done_text(code: &str) -> &'static str {
    match code {
        "capacity" => "定員を変更しました。",
        "closed" => "受付を停止しました。予約済みの方の予約はそのままです。",
        "opened" => "受付を再開しました。",
        "added" => "予約枠を追加しました。",
        _ => "完了しました。",
    }
}

#[server(endpoint = "staff/service_slots")]
pub async fn get_service_slots(service_id: i32) -> Result<ServiceSlots, AppError> {
    use crate::error::fail;
    let (state, _) = access::require_staff().await?;
    db::list(&state.db, service_id, state.clock.now()).await?.ok_or_else(|| fail(AppError::NotFound))
}

/// 枠を追加.
#[server(endpoint = "staff/slot_add")]
pub async fn add_slot(service_id: i32, date: String, start: String, end: String, capacity: String) -> Result<(), AppError> {
    use crate::domain::{parse_capacity, parse_date, parse_time};
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    let parsed = (
        parse_date(&date),
        parse_time(&start),
        parse_time(&end),
        parse_capacity(&capacity),
    );
    let back = |code: &str| {
        let clip = |v: &str| v.chars().take(40).collect::<String>();
        let query = form_urlencoded::Serializer::new(String::new())
            .append_pair("error", code)
            .append_pair("date", &clip(&date))
            .append_pair("start", &clip(&start))
            .append_pair("end", &clip(&end))
            .append_pair("capacity", &clip(&capacity))
            .finish();
        format!("/staff/services/{service_id}/slots?{query}#add-slot")
    };
    let (Some(date), Some(start), Some(end), Some(capacity)) = parsed else {
        crate::redirect::to(&back("slot_input"));
        return Ok(());
    };
    if end <= start {
        crate::redirect::to(&back("slot_input"));
        return Ok(());
    }
    match db::add(&state.db, &access::acting(&me), service_id, date, start, end, capacity, state.clock.now()).await? {
        db::Added::Yes => crate::redirect::to(&format!("/staff/services/{service_id}/slots?done=added")),
        db::Added::Duplicate => crate::redirect::to(&back("duplicate")),
        db::Added::NoService => return Err(fail(AppError::NotFound)),
    }
    Ok(())
}

/// 定員を変更.
#[server(endpoint = "staff/slot_capacity")]
pub async fn change_capacity(slot_id: i32, capacity: String) -> Result<(), AppError> {
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    let Some(slot) = db::slot(&state.db, slot_id).await? else { return Err(fail(AppError::NotFound)) };
    let page = format!("/staff/services/{}/slots", slot.service_id);
    let Some(capacity) = crate::domain::parse_capacity(&capacity) else {
        crate::redirect::to(&format!("{page}?error=capacity&slot={slot_id}#slot-{slot_id}"));
        return Ok(());
    };
    if db::set_capacity(&state.db, &state.site, &access::acting(&me), &state.clock, slot_id, capacity).await? {
        state.outbox_signal.notify_one();
        crate::redirect::to(&format!("{page}?done=capacity&slot={slot_id}#slot-{slot_id}"));
    } else {
        crate::redirect::to(&format!("{page}?error=below_taken&slot={slot_id}#slot-{slot_id}"));
    }
    Ok(())
}

/// 受付停止 / 受付再開.
#[server(endpoint = "staff/slot_open")]
pub async fn set_slot_open(slot_id: i32, open: bool) -> Result<(), AppError> {
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    let Some(slot) = db::set_open(&state.db, &state.site, &access::acting(&me), &state.clock, slot_id, open).await? else {
        return Err(fail(AppError::NotFound));
    };
    let done = if open { "opened" } else { "closed" };
    crate::redirect::to(&format!("/staff/services/{}/slots?done={done}&slot={slot_id}#slot-{slot_id}", slot.service_id));
    Ok(())
}

#[component]
pub fn ServiceSlotsPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let service_id = Memo::new(move |_| params.read().get("id").and_then(|s| s.parse::<i32>().ok()).unwrap_or(0));
    let add = ServerAction::<AddSlot>::new();
    let capacity = ServerAction::<ChangeCapacity>::new();
    let open = ServerAction::<SetSlotOpen>::new();
    let list = Resource::new(
        move || (service_id.get(), add.version().get(), capacity.version().get(), open.version().get()),
        |(id, ..)| get_service_slots(id),
    );
    view! {
        <Title text="予約枠の管理"/>
        <Breadcrumbs
            trail=super::services::services_trail()
            current="予約枠の管理"
        />
        <h1>"予約枠の管理"</h1>
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                let (error, done, created, existing, date, start, end, cap) = {
                    let q = query.read_untracked();
                    let typed = |k: &str| q.get(k).unwrap_or_default();
                    (q.get("error"), q.get("done"), q.get("created"), typed("existing"), typed("date"), typed("start"), typed("end"), typed("capacity"))
                };
                match list.await {
                    Ok(s) => view! {
                        <p>
                            {format!("予約メニュー: {}（{}）", s.service_name, if s.published { "公開中" } else { "非公開" })}" "
                            <a href=format!("/staff/services/{}", s.service_id)>"設定を編集"</a>
                        </p>
                        {created.map(|n| view! {
                            <div class="panel panel--success" role="status" data-testid="slots-created">
                                <p>{format!("{n}枠を作成しました。")}{(existing != "0" && !existing.is_empty()).then(|| format!("すでにあった{existing}枠はそのままです。"))}</p>
                            </div>
                        })}
                        {done.map(|d| view! { <div class="panel panel--success" role="status"><p>{done_text(&d)}</p></div> })}
                        {error.map(|e| view! { <div class="notice notice--error" role="alert"><p>{problem_text(&e)}</p></div> })}
                        <p><a class="button button--secondary" href=format!("/staff/services/{}/slots/bulk", s.service_id)>"予約枠を一括作成"</a></p>
                        {if s.slots.is_empty() {
                            view! { <p>"今日以降の予約枠はありません。"</p> }.into_any()
                        } else {
                            view! {
                                <table class="table table--slots" data-testid="slot-table">
                                    <thead><tr><th scope="col">"日時"</th><th scope="col">"予約／定員"</th><th scope="col">"操作"</th></tr></thead>
                                    <tbody>
                                        {s.slots.into_iter().map(|r| {
                                            let label = format!("{} {}", r.date, r.time);
                                            let hidden_label = format!("（{label}）");
                                            let capacity_label = format!("{label}の定員を変更");
                                            let open_label = format!("{label}の{}", if r.is_open { "受付停止" } else { "受付再開" });
                                            view! {
                                                <tr id=format!("slot-{}", r.id)>
                                                    <td class="nowrap">{r.date.clone()}<br/>{r.time.clone()}</td>
                                                    <td>
                                                        {format!("{}／{}人", r.taken, r.capacity)}
                                                        {(r.held > 0).then(|| format!("（キャンセル待ちの方に{}席確保中）", r.held))}<br/>
                                                        {if r.is_open { "受付中" } else { "受付停止中" }}
                                                    </td>
                                                    <td>
                                                        <ActionForm action=capacity>
                                                            <input type="hidden" name="slot_id" value=r.id.to_string()/>
                                                            <label for=format!("capacity-{}", r.id)>"定員"<span class="visually-hidden">{hidden_label}</span></label>
                                                            <input id=format!("capacity-{}", r.id) name="capacity" class="input input--short" inputmode="numeric" value=r.capacity.to_string()/>
                                                            <button type="submit" class="button button--secondary" aria-label=capacity_label>"変更"</button>
                                                        </ActionForm>
                                                        <ActionForm action=open>
                                                            <input type="hidden" name="slot_id" value=r.id.to_string()/>
                                                            <input type="hidden" name="open" value=(!r.is_open).to_string()/>
                                                            <button type="submit" class="button button--secondary" aria-label=open_label>
                                                                {if r.is_open { "受付停止" } else { "受付再開" }}
                                                            </button>
                                                        </ActionForm>
                                                        <p class="table__links">
                                                            <a href=format!("/staff/day?date={}", r.iso_date)>"この日の予約一覧"</a>
                                                            {(r.taken + r.held > 0).then(|| view! { " " <a href=format!("/staff/slots/{}/cancel", r.id)>"中止して通知"</a> })}
                                                        </p>
                                                    </td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            }.into_any()
                        }}
                        <section id="add-slot" aria-labelledby="add-slot-title">
                            <h2 id="add-slot-title">"予約枠を1つ追加"</h2>
                            <ActionForm action=add>
                                <input type="hidden" name="service_id" value=s.service_id.to_string()/>
                                <PlainField id="date" label="日付" value=date input_type="date" error=None hint="例: 2026-12-01"/>
                                <PlainField id="start" label="開始時刻" value=start error=None hint="例: 9:30"/>
                                <PlainField id="end" label="終了時刻" value=end error=None hint="例: 10:00"/>
                                <PlainField id="capacity" label="定員（人）" value=if cap.is_empty() { "10".to_string() } else { cap } error=None hint="例: 10"/>
                                <div class="actions"><SubmitButton label="追加" pending=add.pending()/></div>
                            </ActionForm>
                        </section>
                    }.into_any(),
                    Err(error) => view! { <crate::ui::LoadError error href="/staff/services" label="予約メニューの管理へ"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
pub mod db {
    use super::*;
    use crate::actor::StaffActor;
    use crate::clock::Clock;
    use crate::db::audit_log::Action;
    use crate::site::SiteSettings;
    use sea_orm::sea_query::ExprTrait;
    use crate::db::{services, slots};
    use crate::time::{date_short, time_range, to_jst};
    use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
    use sea_orm::sea_query::Expr;
    use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

    pub async fn list(db: &DatabaseConnection, service_id: i32, now: DateTime<Utc>) -> Result<Option<ServiceSlots>, DbErr> {
        let Some(service) = services::Entity::find_by_id(service_id).one(db).await? else { return Ok(None) };
        let today = to_jst(now).date();
        let rows = slots::Entity::find()
            .filter(slots::Column::ServiceId.eq(service_id))
            .filter(slots::Column::Date.gte(today))
            .order_by_asc(slots::Column::Date)
            .order_by_asc(slots::Column::StartTime)
            .all(db)
            .await?;
        Ok(Some(ServiceSlots {
            service_id,
            service_name: service.name,
            published: service.published,
            slots: rows
                .into_iter()
                .map(|s| SlotRow {
                    id: s.id,
                    date: date_short(s.date),
                    iso_date: s.date.to_string(),
                    time: time_range(s.start_time, s.end_time),
                    capacity: s.capacity,
                    taken: s.taken,
                    held: s.held,
                    is_open: s.is_open,
                })
                .collect(),
        }))
    }

    pub async fn slot(db: &DatabaseConnection, slot_id: i32) -> Result<Option<slots::Model>, DbErr> {
        slots::Entity::find_by_id(slot_id).one(db).await
    }

    pub enum Added {
        Yes,
        Duplicate,
        NoService,
    }

    #[allow(clippy::too_many_arguments)]
    pub async fn add(
        db: &DatabaseConnection,
        who: &StaffActor,
        service_id: i32,
        date: NaiveDate,
        start: NaiveTime,
        end: NaiveTime,
        capacity: i32,
        now: DateTime<Utc>,
    ) -> Result<Added, DbErr> {
        let txn = crate::db::begin_write(db).await?;
        if services::Entity::find_by_id(service_id).one(&txn).await?.is_none() {
            return Ok(Added::NoService);
        }
        let clash = slots::Entity::find()
            .filter(slots::Column::ServiceId.eq(service_id))
            .filter(slots::Column::Date.eq(date))
            .filter(slots::Column::StartTime.eq(start))
            .one(&txn)
            .await?;
        if clash.is_some() {
            return Ok(Added::Duplicate);
        }
        let slot = slots::ActiveModel {
            service_id: Set(service_id),
            date: Set(date),
            start_time: Set(start),
            end_time: Set(end),
            capacity: Set(capacity),
            is_open: Set(true),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let detail = format!("{} 定員{capacity}人", crate::time::slot_when(date, start, end));
        crate::audit::record(&txn, who, Action::AddSlot, &format!("slot:{}", slot.id), &detail, now).await?;
        txn.commit().await?;
        Ok(Added::Yes)
    }

    /// Sets the capacity if it is at least the places taken and held, in
    /// one conditional UPDATE (a booking racing with it cannot slip past);
    /// places it adds go to the waiting list first, one offer each.
    /// `false`: it would have gone below.
    pub async fn set_capacity(
        db: &DatabaseConnection,
        site: &SiteSettings,
        who: &StaffActor,
        clock: &Clock,
        slot_id: i32,
        capacity: i32,
    ) -> Result<bool, AppError> {
        let now = clock.now();
        let txn = crate::db::begin_write(db).await?;
        let changed = slots::Entity::update_many()
            .col_expr(slots::Column::Capacity, Expr::value(capacity))
            .filter(slots::Column::Id.eq(slot_id))
            .filter(Expr::col(slots::Column::Taken).add(Expr::col(slots::Column::Held)).lte(capacity))
            .exec(&txn)
            .await?
            .rows_affected;
        if changed == 1 {
            crate::audit::record(&txn, who, Action::SlotCapacity, &format!("slot:{slot_id}"), &format!("定員{capacity}人"), now).await?;
            offer_every_free_place(&txn, site, clock, slot_id).await?;
        }
        txn.commit().await?;
        Ok(changed == 1)
    }

    /// Each free place of the slot to the next in its waiting line, while
    /// anyone waits.
    async fn offer_every_free_place(txn: &impl sea_orm::ConnectionTrait, site: &SiteSettings, clock: &Clock, slot_id: i32) -> Result<(), AppError> {
        while crate::booking::waitlist::offer_freed(txn, site, clock, slot_id).await?.is_some() {}
        Ok(())
    }

    pub async fn set_open(
        db: &DatabaseConnection,
        site: &SiteSettings,
        who: &StaffActor,
        clock: &Clock,
        slot_id: i32,
        open: bool,
    ) -> Result<Option<slots::Model>, AppError> {
        let now = clock.now();
        let txn = crate::db::begin_write(db).await?;
        let Some(slot) = slots::Entity::find_by_id(slot_id).one(&txn).await? else { return Ok(None) };
        slots::Entity::update_many().col_expr(slots::Column::IsOpen, Expr::value(open)).filter(slots::Column::Id.eq(slot_id)).exec(&txn).await?;
        let action = if open { Action::OpenSlot } else { Action::CloseSlot };
        crate::audit::record(&txn, who, action, &format!("slot:{slot_id}"), "", now).await?;
        if open {
            // Reopened with room: those waiting are asked first.
            offer_every_free_place(&txn, site, clock, slot_id).await?;
        }
        txn.commit().await?;
        Ok(Some(slot))
    }
}
