//! 日別の予約一覧: a day's slots, service by service, with who is booked
//! and the places left; from here a slot can be cancelled (中止).
use super::*;
use crate::ui::Breadcrumbs;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Booked {
    pub number: String,
    pub name: String,
    pub kana: String,
    pub phone: String,
    /// `Some(true)` 来場, `Some(false)` 欠席, `None` not yet marked.
    pub attended: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DaySlot {
    pub slot_id: i32,
    pub service_name: String,
    pub time: String,
    pub venue: String,
    pub capacity: i32,
    pub taken: i32,
    pub is_open: bool,
    pub booked: Vec<Booked>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DayView {
    pub date_iso: String,
    pub date_label: String,
    pub prev_iso: String,
    pub next_iso: String,
    pub slots: Vec<DaySlot>,
}

/// The day's bookings (`date` as `2026-12-01`; empty or unreadable: today).
/// Shows residents' personal data, so each view is written to the audit log.
#[server(endpoint = "staff/day")]
pub async fn get_day_view(date: String) -> Result<DayView, AppError> {
    use crate::state::internal;
    let (state, me) = ssr::require_staff().await?;
    let now = state.clock.now();
    let day = chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").unwrap_or_else(|_| crate::time::to_jst(now).date());
    ssr::day_view(&state.db, &me, day, now).await.map_err(internal)
}

/// 来場 / 欠席 for one reservation; back to the day (same slot in view).
#[server(endpoint = "staff/attendance")]
pub async fn mark_attendance(number: String, attended: bool, date: String, slot_id: i32) -> Result<(), AppError> {
    use crate::state::{fail, internal};
    let (state, me) = ssr::require_staff().await?;
    let marked = ssr::mark_attendance(&state.db, &me, &number, attended, state.clock.now()).await.map_err(internal)?;
    if !marked {
        return Err(fail(AppError::NotFound));
    }
    leptos_axum::redirect(&format!("/staff/day?date={date}#slot-{slot_id}"));
    Ok(())
}

#[component]
pub fn DayPage() -> impl IntoView {
    let query = use_query_map();
    let date = Memo::new(move |_| query.read().get("date").unwrap_or_default());
    let mark = ServerAction::<MarkAttendance>::new();
    provide_context(mark);
    let view_data = Resource::new(move || (date.get(), mark.version().get()), |(date, _)| get_day_view(date));
    view! {
        <Title text="日別の予約一覧"/>
        <Breadcrumbs trail=vec![("職員用画面", "/staff".to_string())] current="日別の予約一覧"/>
        <h1>"日別の予約一覧"</h1>
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                match view_data.await {
                    Ok(d) => view! {
                        <form method="get" action="/staff/day" class="inline-form">
                            <label for="date">"日付"</label>
                            <input id="date" name="date" type="date" class="input input--date" value=d.date_iso.clone()/>
                            <button type="submit" class="button button--secondary">"表示"</button>
                        </form>
                        <p>
                            <a href=format!("/staff/day?date={}", d.prev_iso)>"前の日"</a>" ｜ "
                            <a href=format!("/staff/day?date={}", d.next_iso)>"次の日"</a>" ｜ "
                            <a href=format!("/staff/export.csv?from={0}&to={0}", d.date_iso) download="">"この日のCSVをダウンロード"</a>
                        </p>
                        <h2 data-testid="day-label">{d.date_label.clone()}</h2>
                        {if d.slots.is_empty() {
                            view! { <p>"この日の予約枠はありません。"</p> }.into_any()
                        } else {
                            let date = d.date_iso.clone();
                            d.slots.into_iter().map(|s| view! { <SlotBookings s date=date.clone()/> }).collect_view().into_any()
                        }}
                    }.into_any(),
                    Err(error) => view! { <crate::ui::LoadError error href="/staff" label="職員用画面へ"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SlotBookings(s: DaySlot, date: String) -> impl IntoView {
    let remaining = (s.capacity - s.taken).max(0);
    let slot_id = s.slot_id;
    view! {
        <section class="day" id=format!("slot-{}", s.slot_id) data-testid=format!("slot-{}", s.slot_id)>
            <h3>{format!("{} {}", s.service_name, s.time)}</h3>
            <p>
                {format!("会場: {}　予約 {}／定員 {}（残り{}人）", s.venue, s.taken, s.capacity, remaining)}
                {(!s.is_open).then(|| view! { <strong>"　受付停止中"</strong> })}
            </p>
            {if s.booked.is_empty() {
                view! { <p>"予約はありません。"</p> }.into_any()
            } else {
                view! {
                    <table class="table">
                        <thead><tr><th scope="col">"予約番号"</th><th scope="col">"氏名"</th><th scope="col">"ふりがな"</th><th scope="col">"電話番号"</th><th scope="col">"来場"</th></tr></thead>
                        <tbody>
                            {s.booked.into_iter().map(|b| {
                                let testid = format!("booked-{}", b.number);
                                let (number, name) = (b.number.clone(), b.name.clone());
                                view! {
                                    <tr data-testid=testid>
                                        <td>{b.number}</td><td>{b.name}</td><td>{b.kana}</td><td>{b.phone}</td>
                                        <td><Attendance number name attended=b.attended date=date.clone() slot_id/></td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            {s.is_open.then(|| view! {
                <p><a href=format!("/staff/slots/{}/cancel", s.slot_id)>"この枠を中止する（荒天等）"</a></p>
            })}
        </section>
    }
}

/// The 来場 / 欠席 buttons: big enough for a thumb on a tablet; the state
/// is said in words, not colour alone.
#[component]
fn Attendance(number: String, name: String, attended: Option<bool>, date: String, slot_id: i32) -> impl IntoView {
    let mark = expect_context::<ServerAction<MarkAttendance>>();
    let state = match attended {
        Some(true) => "来場",
        Some(false) => "欠席",
        None => "未確認",
    };
    let button = |value: bool, label: &'static str| {
        let pressed = attended == Some(value);
        let (number, date, name) = (number.clone(), date.clone(), name.clone());
        view! {
            <ActionForm action=mark>
                <input type="hidden" name="number" value=number/>
                <input type="hidden" name="attended" value=value.to_string()/>
                <input type="hidden" name="date" value=date/>
                <input type="hidden" name="slot_id" value=slot_id.to_string()/>
                <button type="submit" class="button button--attendance" aria-pressed=pressed.to_string()
                    aria-label=format!("{name}さんを{label}にする") disabled=move || mark.pending().get()>{label}</button>
            </ActionForm>
        }
    };
    view! {
        <div class="attendance">
            <span class="attendance__state" data-testid="attendance-state">{state}</span>
            {button(true, "来場")}
            {button(false, "欠席")}
        </div>
    }
}
