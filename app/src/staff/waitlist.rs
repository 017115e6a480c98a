//! キャンセル待ちの一覧: every line of today and later, in order — who
//! waits for which slot (or any slot of the day), who has been offered a
//! place and until when, who took it, declined it or let it run out. Names
//! are residents' personal data: looking is written to the audit log.
use super::*;
#[cfg(feature = "ssr")]
use super::access;
use crate::ui::Breadcrumbs;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WaitingRow {
    /// Place in line, from 1 (only for those still in line).
    pub position: Option<u64>,
    pub name: String,
    /// 「9:30〜10:00」 or 「終日（どの時間でも）」.
    pub waits_for: String,
    pub status: String,
    /// 「12月2日(水) 9:00まで（9:30〜10:00を確保）」 while an offer is out.
    pub offer: String,
    pub joined_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub service: String,
    /// `12月1日(火)`
    pub day: String,
    pub rows: Vec<WaitingRow>,
}

#[server(endpoint = "staff/waitlist")]
pub async fn get_waitlists() -> Result<Vec<Line>, AppError> {
    let (state, me) = access::require_staff().await?;
    Ok(db::lines(&state.db, &access::acting(&me), state.clock.now()).await?)
}

#[component]
pub fn WaitlistPage() -> impl IntoView {
    let lines = Resource::new(|| (), |_| get_waitlists());
    view! {
        <Title text="キャンセル待ちの一覧"/>
        <Breadcrumbs trail=vec![("職員用画面".into(), "/staff".to_string())] current="キャンセル待ちの一覧"/>
        <h1>"キャンセル待ちの一覧"</h1>
        <p>"空きが出ると、登録順に一人ずつメールでご案内し、期限まで席を確保します（予約メニューごとの確保時間、締切が近いときは短く、締切を過ぎることはありません）。期限を過ぎると次の方にご案内します。"</p>
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                match lines.await {
                    Ok(lines) if lines.is_empty() => view! { <p>"今日以降のキャンセル待ちはありません。"</p> }.into_any(),
                    Ok(lines) => lines.into_iter().map(|line| view! {
                        <section>
                            <h2>{format!("{} {}", line.service, line.day)}</h2>
                            <table class="table" data-testid="waitlist-line">
                                <thead><tr><th scope="col">"順番"</th><th scope="col">"氏名"</th><th scope="col">"希望"</th><th scope="col">"状態"</th><th scope="col">"ご案内"</th><th scope="col">"登録日時"</th></tr></thead>
                                <tbody>
                                    {line.rows.into_iter().map(|r| view! {
                                        <tr>
                                            <td>{r.position.map(|p| format!("{p}番目")).unwrap_or_default()}</td>
                                            <td>{r.name}</td>
                                            <td>{r.waits_for}</td>
                                            <td>{r.status}</td>
                                            <td>{r.offer}</td>
                                            <td>{r.joined_at}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </section>
                    }).collect_view().into_any(),
                    Err(error) => view! { <crate::ui::LoadError error href="/staff" label="職員用画面へ"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
pub mod db {
    use super::*;
    use crate::actor::StaffActor;
    use crate::db::audit_log::Action;
    use crate::db::{residents, services, slots, waitlist_entries as entries};
    use crate::time::{date_short, date_time_long, time_range, to_jst};
    use chrono::{DateTime, Utc};
    use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};
    use std::collections::{BTreeMap, HashMap};

    pub async fn lines(db: &DatabaseConnection, who: &StaffActor, now: DateTime<Utc>) -> Result<Vec<Line>, DbErr> {
        let today = to_jst(now).date();
        let all = entries::Entity::find()
            .filter(entries::Column::Date.gte(today))
            .order_by_asc(entries::Column::Date)
            .order_by_asc(entries::Column::Id)
            .all(db)
            .await?;
        let services = services::all_by_id(db).await?;
        let people: HashMap<i32, residents::Model> = residents::Entity::find()
            .filter(residents::Column::Id.is_in(all.iter().map(|e| e.resident_id).collect::<Vec<_>>()))
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.id, r))
            .collect();
        let slot_ids: Vec<i32> = all.iter().flat_map(|e| [e.slot_id, e.offered_slot_id]).flatten().collect();
        let slots: HashMap<i32, slots::Model> =
            slots::Entity::find().filter(slots::Column::Id.is_in(slot_ids)).all(db).await?.into_iter().map(|s| (s.id, s)).collect();
        let mut grouped: BTreeMap<(chrono::NaiveDate, i32), Vec<WaitingRow>> = BTreeMap::new();
        let mut in_line: HashMap<(chrono::NaiveDate, i32), u64> = HashMap::new();
        for e in &all {
            let still = matches!(e.status, entries::Status::Waiting | entries::Status::Offered);
            let position = still.then(|| {
                let n = in_line.entry((e.date, e.service_id)).or_insert(0);
                *n += 1;
                *n
            });
            let slot_words = |id: Option<i32>| {
                id.and_then(|id| slots.get(&id)).map(|s| time_range(s.start_time, s.end_time)).unwrap_or_default()
            };
            let offer = match (e.status, e.offer_expires_at) {
                (entries::Status::Offered, Some(until)) => {
                    format!("{}まで（{}を確保）", date_time_long(to_jst(until)), slot_words(e.offered_slot_id))
                }
                _ => String::new(),
            };
            grouped.entry((e.date, e.service_id)).or_default().push(WaitingRow {
                position,
                name: people.get(&e.resident_id).map(|r| r.name.clone()).unwrap_or_default(),
                waits_for: if e.slot_id.is_some() { slot_words(e.slot_id) } else { "終日（どの時間でも）".to_string() },
                status: e.status.label().to_string(),
                offer,
                joined_at: date_time_long(to_jst(e.created_at)),
            });
        }
        if !all.is_empty() {
            let detail = format!("{}件", all.len());
            let txn = crate::db::begin_write(db).await?;
            crate::audit::record(&txn, who, Action::ViewWaitlist, "waitlist", &detail, now).await?;
            txn.commit().await?;
        }
        Ok(grouped
            .into_iter()
            .map(|((date, service_id), rows)| Line {
                service: services.get(&service_id).map(|s| s.name.clone()).unwrap_or_default(),
                day: date_short(date),
                rows,
            })
            .collect())
    }
}
