//! 日別の予約一覧: a day's slots, service by service, with who is booked
//! and the places left; from here a slot can be cancelled (中止).
use super::*;
#[cfg(feature = "ssr")]
use super::access;
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
    /// Held for someone offered them from the waiting list.
    pub held: i32,
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
    let (state, me) = access::require_staff().await?;
    let now = state.clock.now();
    let day = chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").unwrap_or_else(|_| crate::time::to_jst(now).date());
    Ok(db::day_view(&state.db, &access::acting(&me), day, now).await?)
}

/// 来場 / 欠席 for one reservation; back to the day (same slot in view).
#[server(endpoint = "staff/attendance")]
pub async fn mark_attendance(number: String, attended: bool, date: String, slot_id: i32) -> Result<(), AppError> {
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    use crate::db::reservations::Attendance;
    let number = crate::domain::ReservationNumber::parse(&number).ok_or_else(|| fail(AppError::NotFound))?;
    let mark = if attended { Attendance::Attended } else { Attendance::NoShow };
    if !db::mark_attendance(&state.db, &access::acting(&me), &number, mark, state.clock.now()).await? {
        return Err(fail(AppError::NotFound));
    }
    // Back to the same day and slot; the date is re-printed from a parsed
    // date, never echoed from the request.
    let day = chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").ok().map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
    crate::redirect::to(&format!("/staff/day?date={day}#slot-{slot_id}"));
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
        <Breadcrumbs trail=vec![("職員用画面".into(), "/staff".to_string())] current="日別の予約一覧"/>
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
                            <a href="/staff/check-in">"受付（QRコード・予約番号）"</a>" ｜ "
                            <a href=format!("/staff/export.xlsx?from={0}&to={0}", d.date_iso) download="">"この日のExcelファイル"</a>" ｜ "
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
    let remaining = (s.capacity - s.taken - s.held).max(0);
    let slot_id = s.slot_id;
    view! {
        <section class="day" id=format!("slot-{}", s.slot_id) data-testid=format!("slot-{}", s.slot_id)>
            <h3>{format!("{} {}", s.service_name, s.time)}</h3>
            <p>
                {format!("会場: {}　予約 {}／定員 {}（残り{}人）", s.venue, s.taken, s.capacity, remaining)}
                {(s.held > 0).then(|| format!("　キャンセル待ちの方に{}席確保中", s.held))}
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

#[cfg(feature = "ssr")]
pub mod db {
    use super::*;
    use crate::actor::StaffActor;
    use crate::db::audit_log::Action;
    use crate::db::reservations::Attendance;
    use crate::db::{begin_write, reservations, residents, services, slots};
    use crate::domain::ReservationNumber;
    use crate::time::date_long;
    use chrono::{DateTime, Utc};
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

    /// Active reservations of these slots, with their residents, by slot.
    async fn bookings(
        db: &impl ConnectionTrait,
        slot_ids: Vec<i32>,
    ) -> Result<Vec<(reservations::Model, residents::Model)>, DbErr> {
        let mine = reservations::Entity::find()
            .filter(reservations::Column::SlotId.is_in(slot_ids))
            .filter(reservations::Column::Status.eq(reservations::Status::Active))
            .order_by_asc(reservations::Column::Id)
            .all(db)
            .await?;
        let people = residents::of_reservations(db, &mine).await?;
        Ok(mine.into_iter().filter_map(|r| people.get(&r.resident_id).cloned().map(|p| (r, p))).collect())
    }

    pub async fn day_view(db: &DatabaseConnection, who: &StaffActor, day: chrono::NaiveDate, now: DateTime<Utc>) -> Result<super::day::DayView, DbErr> {
            let todays = slots::Entity::find()
            .filter(slots::Column::Date.eq(day))
            .order_by_asc(slots::Column::ServiceId)
            .order_by_asc(slots::Column::StartTime)
            .all(db)
            .await?;
        let services = services::all_by_id(db).await?;
        let booked = bookings(db, todays.iter().map(|s| s.id).collect()).await?;
        crate::audit::record(db, who, Action::ViewDay, &format!("date:{day}"), &format!("{}枠", todays.len()), now).await?;
        Ok(DayView {
            date_iso: day.format("%Y-%m-%d").to_string(),
            date_label: date_long(day),
            prev_iso: day.pred_opt().unwrap_or(day).format("%Y-%m-%d").to_string(),
            next_iso: day.succ_opt().unwrap_or(day).format("%Y-%m-%d").to_string(),
            slots: todays
                .into_iter()
                .map(|s| {
                    let service = services.get(&s.service_id);
                    DaySlot {
                        slot_id: s.id,
                        service_name: service.map(|v| v.name.clone()).unwrap_or_default(),
                        time: crate::time::time_range(s.start_time, s.end_time),
                        venue: service.map(|v| v.venue.clone()).unwrap_or_default(),
                        capacity: s.capacity,
                        taken: s.taken,
                        held: s.held,
                        is_open: s.is_open,
                        booked: booked
                            .iter()
                            .filter(|(r, _)| r.slot_id == s.id)
                            .map(|(r, p)| Booked {
                                number: r.reservation_number.clone(),
                                name: p.name.clone(),
                                kana: p.name_kana.clone(),
                                phone: p.phone.clone(),
                                attended: r.attendance.map(|a| a == Attendance::Attended),
                            })
                            .collect(),
                    }
                })
                .collect(),
        })
    }

    /// 来場 / 欠席 on an active reservation; false when there is none by that number.
    pub async fn mark_attendance(
        db: &DatabaseConnection,
        who: &StaffActor,
        number: &ReservationNumber,
        mark: Attendance,
        now: DateTime<Utc>,
    ) -> Result<bool, DbErr> {
        let txn = begin_write(db).await?;
        let marked = reservations::Entity::update_many()
            .col_expr(reservations::Column::Attendance, Expr::value(mark))
            .filter(reservations::Column::ReservationNumber.eq(number.as_str()))
            .filter(reservations::Column::Status.eq(reservations::Status::Active))
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        if marked {
            crate::audit::record(&txn, who, Action::MarkAttendance, &format!("reservation:{}", number.as_str()), mark.label(), now).await?;
        }
        txn.commit().await?;
        Ok(marked)
    }
}
