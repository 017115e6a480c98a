//! 職員用トップ: who is logged in, the console's menu, and today's slots.
use super::*;
#[cfg(feature = "ssr")]
use super::access;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TodaySlot {
    pub service_name: String,
    /// `9:30〜10:00`
    pub time: String,
    pub taken: i32,
    pub capacity: i32,
    pub is_open: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffHome {
    pub display_name: String,
    /// 管理者 or 職員
    pub role_label: String,
    pub is_admin: bool,
    /// `2026年12月1日(火)`
    pub today: String,
    pub slots: Vec<TodaySlot>,
}

#[server(endpoint = "staff/home")]
pub async fn get_staff_home() -> Result<StaffHome, AppError> {
    let (state, me) = access::require_staff().await?;
    Ok(db::home(&state.db, &me, state.clock.now()).await?)
}

/// 職員用トップ: who is logged in, and today's slots.
#[component]
pub fn StaffHomePage() -> impl IntoView {
    let home = Resource::new(|| (), |_| get_staff_home());
    let logout = ServerAction::<super::login::StaffLogOut>::new();
    view! {
        <Title text="職員用画面"/>
        <h1>"職員用画面"</h1>
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(h) => view! {
                        <p data-testid="staff-who">{format!("{}（{}）", h.display_name, h.role_label)}</p>
                        <ActionForm action=logout>
                            <button type="submit" class="button button--secondary">"ログアウト"</button>
                        </ActionForm>
                        <nav aria-label="職員メニュー">
                            <ul>
                                <li><a href="/staff/day">"日別の予約一覧（予約者・来場・枠の中止）"</a></li>
                                <li><a href="/staff/check-in">"受付（予約票のQRコード・予約番号で来場を記録）"</a></li>
                                <li><a href="/staff/waitlist">"キャンセル待ちの一覧（順番・ご案内中の席）"</a></li>
                                <li><a href="/staff/services">"予約メニューの管理（予約枠の作成・定員・受付停止）"</a></li>
                                <li><a href="/staff/residents">"利用者の検索（ログイン停止の解除・利用者キーの再送）"</a></li>
                                <li><a href="/staff/mail">"メール送信状況（送信待ち・送信失敗・再送）"</a></li>
                                {h.is_admin.then(|| view! {
                                    <li><a href="/staff/accounts">"職員アカウント（管理者）"</a></li>
                                    <li><a href="/staff/audit">"監査ログ（管理者）"</a></li>
                                    <li><a href="/staff/waiting-room">"待合室（混雑時の順番待ち・受付開始時刻）（管理者）"</a></li>
                                })}
                            </ul>
                        </nav>
                        <form method="get" action="/staff/export.xlsx" class="inline-form">
                            <h2>"予約一覧の出力（Excel・CSV）"</h2>
                            <label for="from">"開始日"</label>
                            <input id="from" name="from" type="date" class="input input--date" required/>
                            <label for="to">"終了日"</label>
                            <input id="to" name="to" type="date" class="input input--date" required/>
                            <button type="submit" class="button button--primary">"Excelファイルをダウンロード"</button>
                            <button type="submit" class="button button--secondary" formaction="/staff/export.csv">"CSVをダウンロード"</button>
                        </form>
                        <h2>{format!("本日（{}）の予約状況", h.today)}</h2>
                        {if h.slots.is_empty() {
                            view! { <p>"本日の予約枠はありません。"</p> }.into_any()
                        } else {
                            view! {
                                <table class="table">
                                    <thead><tr><th scope="col">"予約メニュー"</th><th scope="col">"時間"</th><th scope="col">"予約数／定員"</th><th scope="col">"受付"</th></tr></thead>
                                    <tbody>
                                        {h.slots.into_iter().map(|s| view! {
                                            <tr>
                                                <td>{s.service_name}</td>
                                                <td>{s.time}</td>
                                                <td>{format!("{}／{}", s.taken, s.capacity)}</td>
                                                <td>{if s.is_open { "受付中" } else { "停止" }}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            }.into_any()
                        }}
                    }.into_any(),
                    Err(error) => view! { <crate::ui::LoadError error href="/staff/login" label="職員ログインへ"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
pub mod db {
    use super::*;
    use crate::db::{services, slots, staff};
    use crate::time::{date_long, to_jst};
    use chrono::{DateTime, Utc};
    use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

    /// 本日の予約状況: today's slots of every service with their counts.
    pub async fn home(db: &DatabaseConnection, me: &staff::Model, now: DateTime<Utc>) -> Result<StaffHome, DbErr> {
        let today = to_jst(now).date();
        let todays = slots::Entity::find()
            .filter(slots::Column::Date.eq(today))
            .order_by_asc(slots::Column::StartTime)
            .order_by_asc(slots::Column::ServiceId)
            .all(db)
            .await?;
        let services = services::all_by_id(db).await?;
        Ok(StaffHome {
            display_name: me.display_name.clone(),
            role_label: me.role.label().to_string(),
            is_admin: me.role == staff::Role::Admin,
            today: date_long(today),
            slots: todays
                .into_iter()
                .map(|s| TodaySlot {
                    service_name: services.get(&s.service_id).map(|v| v.name.clone()).unwrap_or_default(),
                    time: crate::time::time_range(s.start_time, s.end_time),
                    taken: s.taken,
                    capacity: s.capacity,
                    is_open: s.is_open,
                })
                .collect(),
        })
    }
}
