//! 抽選の管理 (`/staff/services/:id/lottery`): a 抽選 service's
//! applications, its draw — started here once the application period is
//! over, or by itself at the set time — and, after it, the record anyone
//! can replay: the seed, what was drawn, and whether replaying the record
//! gives the same result. Names are residents' personal data: looking is
//! written to the audit log.
use super::*;
#[cfg(feature = "ssr")]
use super::access;
use super::services::services_trail;
use crate::ui::{Breadcrumbs, SubmitButton};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicantRow {
    pub number: String,
    pub name: String,
    pub kana: String,
    /// 「第1希望 12月20日(日) 9:00〜9:30」, one per preference.
    pub choices: Vec<String>,
    pub status: String,
    /// 取り下げ: not counted among the applications.
    #[serde(default)]
    pub withdrawn: bool,
    /// Place in the draw's random order (after the draw).
    pub rank: Option<i32>,
    /// 当選: the slot and 予約番号.
    pub won: String,
    pub note: String,
    pub applied_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DrawRecord {
    pub drawn_at: String,
    pub drawn_by: String,
    pub seed: String,
    pub applicants: i32,
    pub winners: i32,
    /// Places there were to give: 「12月20日(日) 9:00〜9:30: 2人」.
    pub places: Vec<String>,
    /// Replaying the record gave the outcomes stored.
    pub replays: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LotteryView {
    pub service_id: i32,
    pub service: String,
    /// 「申込期間中」「抽選待ち」 …
    pub phase: String,
    pub apply_from: String,
    pub apply_until: String,
    pub draw_at: String,
    pub preferences: i32,
    /// Whether 抽選を行う may be pressed now.
    pub may_draw: bool,
    pub applicants: Vec<ApplicantRow>,
    pub draw: Option<DrawRecord>,
}

#[server(endpoint = "staff/lottery")]
pub async fn get_lottery(service_id: i32) -> Result<LotteryView, AppError> {
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    db::view(&state.db, &access::acting(&me), service_id, state.clock.now()).await?.ok_or_else(|| fail(AppError::NotFound))
}

/// 抽選を行う: the draw, now, with a fresh seed; its results are emailed.
#[server(endpoint = "staff/lottery_draw")]
pub async fn draw_lottery(service_id: i32) -> Result<(), AppError> {
    use crate::booking::BookingError;
    use crate::booking::lottery::{self, DrawnBy};
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    let page = format!("/staff/services/{service_id}/lottery");
    let seed = lottery::seed_for(&state.db, service_id, state.clock.now()).await?;
    let txn = crate::db::begin_write(&state.db).await?;
    match lottery::draw(&txn, &state.site, &state.clock, service_id, &DrawnBy::Staff(access::acting(&me)), seed).await {
        Ok(_) => {
            txn.commit().await?;
            state.outbox_signal.notify_one();
            crate::redirect::to(&format!("{page}?drawn=1"));
        }
        Err(BookingError::NotFound) => return Err(fail(AppError::NotFound)),
        Err(BookingError::AlreadyDrawn) => crate::redirect::to(&format!("{page}?error=drawn")),
        Err(BookingError::DrawTooEarly) => crate::redirect::to(&format!("{page}?error=early")),
        Err(other) => return Err(fail(other)),
    }
    Ok(())
}

#[component]
pub fn LotteryPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let service_id = Memo::new(move |_| params.read().get("id").and_then(|s| s.parse::<i32>().ok()).unwrap_or(0));
    let run = ServerAction::<DrawLottery>::new();
    let view_data = Resource::new(move || (service_id.get(), run.version().get()), |(id, _)| get_lottery(id));
    view! {
        <Title text="抽選の管理"/>
        <Breadcrumbs trail=services_trail() current="抽選の管理"/>
        <h1>"抽選の管理"</h1>
        <Suspense fallback=crate::ui::loading>
            {move || {
                let drawn = query.read().get("drawn").is_some();
                let error = query.read().get("error");
                Suspend::new(async move {
                match view_data.await {
                    Ok(v) => view! {
                        {drawn.then(|| view! { <div class="panel panel--success" role="status" data-testid="lottery-drawn"><p>"抽選を行いました。結果を申込者にメールで送っています。"</p></div> })}
                        {error.map(|e| view! {
                            <div class="notice notice--error" role="alert"><p>{match e.as_str() {
                                "early" => "申込期間が終わるまで抽選はできません。",
                                _ => "この抽選はすでに行われています（別の画面、または自動の抽選で）。結果は下のとおりです。",
                            }}</p></div>
                        })}
                        <h2>{v.service.clone()}</h2>
                        <dl class="facts">
                            <dt>"状態"</dt><dd data-testid="lottery-phase">{v.phase.clone()}</dd>
                            <dt>"申込期間"</dt><dd>{format!("{} 〜 {}", v.apply_from, v.apply_until)}</dd>
                            <dt>"抽選日時"</dt><dd>{format!("{}（自動）", v.draw_at)}</dd>
                            <dt>"希望できる日時の数"</dt><dd>{v.preferences}</dd>
                            <dt>"申込"</dt><dd data-testid="lottery-count">{
                                let withdrawn = v.applicants.iter().filter(|a| a.withdrawn).count();
                                let standing = v.applicants.len() - withdrawn;
                                if withdrawn == 0 { format!("{standing}件") } else { format!("{standing}件（ほかに取り下げ{withdrawn}件）") }
                            }</dd>
                        </dl>
                        {v.may_draw.then(|| view! {
                            <ActionForm action=run>
                                <input type="hidden" name="service_id" value=v.service_id.to_string()/>
                                <p>"抽選日時を待たずに、今すぐ抽選できます。抽選は一度だけで、やり直せません。結果はすぐに申込者へメールで送られます。"</p>
                                <SubmitButton label="抽選を行う" pending=run.pending()/>
                            </ActionForm>
                        })}
                        {v.draw.clone().map(|d| view! { <DrawFacts d/> })}
                        <h2>"申込者"</h2>
                        {if v.applicants.is_empty() {
                            view! { <p>"申し込みはまだありません。"</p> }.into_any()
                        } else {
                            view! { <Applicants rows=v.applicants.clone()/> }.into_any()
                        }}
                        <p><a href=format!("/staff/services/{}", v.service_id)>"予約メニューの編集へ"</a></p>
                    }.into_any(),
                    Err(error) => view! { <crate::ui::LoadError error href="/staff/services" label="予約メニューの管理へ"/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

#[component]
fn DrawFacts(d: DrawRecord) -> impl IntoView {
    view! {
        <h2>"抽選の記録"</h2>
        <dl class="facts">
            <dt>"実施"</dt><dd>{format!("{}（{}）", d.drawn_at, d.drawn_by)}</dd>
            <dt>"抽選の対象"</dt><dd>{format!("{}件（当選 {}件）", d.applicants, d.winners)}</dd>
            <dt>"抽選した席"</dt><dd><ul>{d.places.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul></dd>
            <dt>"シード（乱数の種）"</dt><dd><code class="seed" data-testid="lottery-seed">{d.seed}</code></dd>
            <dt>"再現"</dt>
            <dd data-testid="lottery-replay">{if d.replays {
                "この記録（シード・抽選の対象・席）から計算し直した結果は、上の結果と一致しました。"
            } else {
                "この記録から計算し直した結果が、保存されている結果と一致しません。システム管理者に連絡してください。"
            }}</dd>
        </dl>
        <p class="field__hint">"抽選の方法と、記録から結果を確かめる方法は、運用手順書（docs/LOTTERY.md）にあります。"</p>
    }
}

#[component]
fn Applicants(rows: Vec<ApplicantRow>) -> impl IntoView {
    view! {
        <table class="table" data-testid="lottery-applicants">
            <thead><tr>
                <th scope="col">"申込番号"</th><th scope="col">"氏名"</th><th scope="col">"希望"</th>
                <th scope="col">"状態"</th><th scope="col">"抽選順"</th><th scope="col">"当選"</th><th scope="col">"申込日時"</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|r| view! {
                    <tr>
                        <td>{r.number}</td>
                        <td>{r.name}<br/><small>{r.kana}</small></td>
                        <td><ul class="plain-list">{r.choices.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul></td>
                        <td>{r.status}{(!r.note.is_empty()).then(|| view! { <br/><small>{r.note}</small> })}</td>
                        <td>{r.rank.map(|n| n.to_string()).unwrap_or_default()}</td>
                        <td>{r.won}</td>
                        <td>{r.applied_at}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[cfg(feature = "ssr")]
pub mod db {
    use super::*;
    use crate::actor::StaffActor;
    use crate::booking::lottery::{self, Phase};
    use crate::db::audit_log::Action;
    use crate::db::{lottery_applications as applications, lottery_draws as draws, reservations, residents, services, slots};
    use crate::time::{date_time_long, slot_when, to_jst};
    use chrono::{DateTime, Utc};
    use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};
    use std::collections::HashMap;

    pub fn phase_label(phase: Phase) -> &'static str {
        match phase {
            Phase::NotLottery => "先着順（抽選ではありません）",
            Phase::Before => "申込期間前",
            Phase::Applying => "申込期間中",
            Phase::AwaitingDraw => "抽選待ち",
            Phase::Drawn => "抽選済み（残った席は先着順）",
        }
    }

    pub async fn view(db: &DatabaseConnection, who: &StaffActor, service_id: i32, now: DateTime<Utc>) -> Result<Option<LotteryView>, DbErr> {
        let Some(service) = services::Entity::find_by_id(service_id).one(db).await? else { return Ok(None) };
        let phase = Phase::of(&service, now);
        let rows = applications::Entity::find()
            .filter(applications::Column::ServiceId.eq(service.id))
            .order_by_asc(applications::Column::Id)
            .all(db)
            .await?;
        let people: HashMap<i32, residents::Model> = residents::Entity::find()
            .filter(residents::Column::Id.is_in(rows.iter().map(|a| a.resident_id).collect::<Vec<_>>()))
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.id, r))
            .collect();
        let slots: HashMap<i32, slots::Model> =
            slots::Entity::find().filter(slots::Column::ServiceId.eq(service.id)).all(db).await?.into_iter().map(|s| (s.id, s)).collect();
        let when = |id: i32| slots.get(&id).map(|s| slot_when(s.date, s.start_time, s.end_time)).unwrap_or_else(|| "（削除された枠）".into());
        let booked: HashMap<i32, reservations::Model> = reservations::Entity::find()
            .filter(reservations::Column::Id.is_in(rows.iter().filter_map(|a| a.reservation_id).collect::<Vec<_>>()))
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.id, r))
            .collect();
        let applicants: Vec<ApplicantRow> = rows
            .iter()
            .map(|a| {
                let person = people.get(&a.resident_id);
                ApplicantRow {
                    number: a.application_number.clone(),
                    name: person.map(|p| p.name.clone()).unwrap_or_default(),
                    kana: person.map(|p| p.name_kana.clone()).unwrap_or_default(),
                    choices: a.preferred_slots().into_iter().enumerate().map(|(i, id)| format!("第{}希望 {}", i + 1, when(id))).collect(),
                    status: a.status.label().to_string(),
                    withdrawn: a.status == applications::Status::Withdrawn,
                    rank: a.draw_rank,
                    won: match (a.drawn_slot_id, a.reservation_id.and_then(|id| booked.get(&id))) {
                        (Some(slot), Some(r)) => format!("{}（予約番号 {}）", when(slot), r.reservation_number),
                        _ => String::new(),
                    },
                    note: a.note.clone(),
                    applied_at: date_time_long(to_jst(a.created_at)),
                }
            })
            .collect();
        let draw = match draws::Entity::find().filter(draws::Column::ServiceId.eq(service.id)).one(db).await? {
            Some(record) => Some(record_view(&record, &rows, &when)),
            None => None,
        };
        if !applicants.is_empty() {
            let txn = crate::db::begin_write(db).await?;
            crate::audit::record(&txn, who, Action::ViewLottery, &format!("service:{}", service.id), &format!("{}件", applicants.len()), now).await?;
            txn.commit().await?;
        }
        let at = |t: Option<DateTime<Utc>>| t.map(|t| date_time_long(to_jst(t))).unwrap_or_else(|| "未設定".into());
        Ok(Some(LotteryView {
            service_id: service.id,
            service: service.name.clone(),
            phase: phase_label(phase).to_string(),
            apply_from: at(service.lottery_apply_from),
            apply_until: at(service.lottery_apply_until),
            draw_at: at(service.lottery_draw_at),
            preferences: service.lottery_preferences,
            may_draw: phase == Phase::AwaitingDraw,
            applicants,
            draw,
        }))
    }

    /// The draw's record as staff read it, and whether replaying it gives
    /// the outcomes stored (order and slot of every application drawn).
    fn record_view(record: &draws::Model, rows: &[applications::Model], when: &dyn Fn(i32) -> String) -> DrawRecord {
        let replays = lottery::replay(record).is_some_and(|outcomes| {
            outcomes.iter().all(|o| {
                rows.iter()
                    .find(|a| a.application_number == o.number)
                    .is_some_and(|a| a.draw_rank == i32::try_from(o.rank).ok() && a.drawn_slot_id == o.slot)
            })
        });
        let places: std::collections::BTreeMap<i32, u32> = serde_json::from_str(&record.places).unwrap_or_default();
        DrawRecord {
            drawn_at: date_time_long(to_jst(record.drawn_at)),
            drawn_by: record.drawn_by.clone(),
            seed: record.seed.clone(),
            applicants: record.applicants,
            winners: record.winners,
            places: places.into_iter().map(|(slot, n)| format!("{}: {n}人", when(slot))).collect(),
            replays,
        }
    }
}
