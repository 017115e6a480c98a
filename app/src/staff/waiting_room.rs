//! 待合室 (管理者): how the line stands now, and the city's two settings —
//! the capacity (requests in flight per server before new visitors wait)
//! and 受付開始 (until then everyone takes a number and nobody is let in).
//! The server's waiting room (`server/src/waiting_room/`) re-reads both
//! every tick; README 「待合室」 says how to use them on an opening morning.
use super::*;
#[cfg(feature = "ssr")]
use super::access;
use crate::domain::FieldError;
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, TextField};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The most a city can set: far beyond what one server handles.
pub const MAX_CAPACITY: i32 = 100_000;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WaitingRoomView {
    /// Visitors holding a ticket, not yet let in.
    pub waiting: u64,
    /// Requests being answered on this server now.
    pub in_flight: usize,
    /// The capacity in force (the city's, else the server's default).
    pub capacity: usize,
    /// What the city set, as typed back into the form ("" for the default).
    pub capacity_set: String,
    pub opens_date: String,
    pub opens_time: String,
    /// 「2026年12月1日(火) 9:00」 while it is still to come.
    pub opens_ahead: Option<String>,
}

#[server(endpoint = "staff/waiting_room")]
pub async fn get_waiting_room() -> Result<WaitingRoomView, AppError> {
    let (state, _) = access::require_admin().await?;
    let row = db::settings(&state.db).await?;
    let line = state.line.status();
    let now = state.clock.now();
    let opens = row.opens_at.map(crate::time::to_jst);
    Ok(WaitingRoomView {
        waiting: line.waiting,
        in_flight: line.in_flight,
        capacity: line.capacity,
        capacity_set: row.max_in_flight.map(|n| n.to_string()).unwrap_or_default(),
        opens_date: opens.map(|t| t.date().format("%Y-%m-%d").to_string()).unwrap_or_default(),
        opens_time: opens.map(|t| crate::time::time_short(t.time())).unwrap_or_default(),
        opens_ahead: row.opens_at.filter(|at| *at > now).map(|at| crate::time::date_time_long(crate::time::to_jst(at))),
    })
}

/// 保存: both settings at once. An empty capacity means the server's
/// default; an empty date and time mean no 受付開始.
#[server(endpoint = "staff/waiting_room_save")]
pub async fn save_waiting_room(capacity: String, opens_date: String, opens_time: String) -> Result<(), AppError> {
    use crate::db::audit_log::Action;
    use crate::domain::{number_in, parse_date, parse_time};
    let (state, me) = access::require_admin().await?;
    let capacity = match capacity.trim() {
        "" => None,
        typed => match number_in(typed, 0..=MAX_CAPACITY) {
            Some(n) => Some(n),
            None => {
                crate::redirect::to("/staff/waiting-room?error=capacity#error-summary-title");
                return Ok(());
            }
        },
    };
    let opens_at = match (opens_date.trim(), opens_time.trim()) {
        ("", "") => None,
        (date, time) => match (parse_date(date), parse_time(time)) {
            (Some(date), Some(time)) => date.and_time(time).and_local_timezone(crate::time::jst()).single().map(|t| t.to_utc()),
            _ => {
                crate::redirect::to("/staff/waiting-room?error=opening#error-summary-title");
                return Ok(());
            }
        },
    };
    let now = state.clock.now();
    db::save(&state.db, capacity, opens_at, now).await?;
    let detail = format!(
        "同時処理数の上限: {} / 受付開始: {}",
        capacity.map_or("既定値".to_string(), |n| n.to_string()),
        opens_at.map_or("なし".to_string(), |t| crate::time::date_time_long(crate::time::to_jst(t))),
    );
    crate::audit::record(&state.db, &access::acting(&me), Action::WaitingRoom, "waiting_room", &detail, now).await?;
    crate::redirect::to("/staff/waiting-room?saved=1");
    Ok(())
}

#[component]
pub fn WaitingRoomPage() -> impl IntoView {
    let save = ServerAction::<SaveWaitingRoom>::new();
    let view_data = Resource::new(move || save.version().get(), |_| get_waiting_room());
    let query = use_query_map();
    view! {
        <Title text="待合室"/>
        <Breadcrumbs trail=vec![("職員用画面".into(), "/staff".to_string())] current="待合室"/>
        <h1>"待合室"</h1>
        <p>"混み合ったとき、新しく来た方に「順番にご案内しています」の画面を出し、来た順にご案内します。予約の途中の方は待たせません。職員用画面は対象外です。"</p>
        <Suspense fallback=crate::ui::loading>
            {move || {
                let error = query.read().get("error");
                let saved = query.read().get("saved").is_some();
                Suspend::new(async move {
                match view_data.await {
                    Ok(v) => {
                        let errors: Vec<FieldError> = match error.as_deref() {
                            Some("capacity") => vec![FieldError::new("capacity", format!("同時処理数の上限は0から{MAX_CAPACITY}までの数字で入力してください（空欄は既定値）。"))],
                            Some(_) => vec![FieldError::new("opens_date", "受付開始は日付（例: 2026-12-01）と時刻（例: 9:00）の両方を入力してください（両方空欄で設定なし）。")],
                            None => vec![],
                        };
                        view! {
                            {saved.then(|| view! { <div class="panel panel--success" role="status"><p>"待合室の設定を保存しました。"</p></div> })}
                            <h2>"現在の状況（このサーバー）"</h2>
                            <dl class="facts" data-testid="waiting-room-status">
                                <dt>"順番待ちの方"</dt><dd data-testid="waiting-count">{format!("{}人", v.waiting)}</dd>
                                <dt>"処理中の要求"</dt><dd>{v.in_flight}</dd>
                                <dt>"同時処理数の上限"</dt><dd>{v.capacity}</dd>
                                <dt>"受付開始"</dt><dd>{v.opens_ahead.clone().unwrap_or_else(|| "設定なし（または開始済み）".to_string())}</dd>
                            </dl>
                            <h2>"設定"</h2>
                            <ErrorSummary errors=errors.clone()/>
                            <ActionForm action=save>
                                <TextField id="capacity" label="同時処理数の上限" value=v.capacity_set.clone() input_type="text" hint="空欄: サーバーの既定値。0: 新しい方を案内しない（予約の途中の方は続けられます）"/>
                                <TextField id="opens_date" label="受付開始日" value=v.opens_date.clone() hint="例: 2026-12-01。受付開始前に来た方は来た順に並び、開始時刻からご案内します"/>
                                <TextField id="opens_time" label="受付開始時刻" value=v.opens_time.clone() hint="例: 9:00"/>
                                <div class="actions"><SubmitButton label="保存する" pending=save.pending()/></div>
                            </ActionForm>
                        }.into_any()
                    }
                    Err(error) => view! { <crate::ui::LoadError error href="/staff" label="職員用画面へ"/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
pub mod db {
    use crate::db::waiting_room;
    use chrono::{DateTime, Utc};
    use sea_orm::{ActiveModelTrait, DatabaseConnection, DbErr, EntityTrait, Set};

    pub async fn settings(db: &DatabaseConnection) -> Result<waiting_room::Model, DbErr> {
        waiting_room::Entity::find_by_id(1).one(db).await?.ok_or_else(|| DbErr::RecordNotFound("waiting_room".into()))
    }

    pub async fn save(db: &DatabaseConnection, capacity: Option<i32>, opens_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Result<(), DbErr> {
        let txn = crate::db::begin_write(db).await?;
        let row = waiting_room::Entity::find_by_id(1).one(&txn).await?.ok_or_else(|| DbErr::RecordNotFound("waiting_room".into()))?;
        let mut row: waiting_room::ActiveModel = row.into();
        row.max_in_flight = Set(capacity);
        row.opens_at = Set(opens_at);
        row.updated_at = Set(now);
        row.update(&txn).await?;
        txn.commit().await
    }
}
