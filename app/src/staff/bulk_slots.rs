//! 予約枠の一括作成: a date range × weekdays × start times × length ×
//! capacity, skipping Japanese public holidays and the New Year closure
//! (12月29日〜1月3日) unless asked not to, shown as a preview before anything
//! is saved. A slot that already exists (same service, day and start) is
//! left as it is, so saving the same plan twice changes nothing.
use super::*;
#[cfg(feature = "ssr")]
use super::access;
use crate::domain::{number_in, parse_capacity, parse_date, parse_times, parse_weekdays};
use crate::domain::FieldError;
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, error_for};
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Longest range one plan may cover.
pub const MAX_DAYS: i64 = 366;
/// Most slots one plan may make.
pub const MAX_SLOTS: usize = 3000;
pub const WEEKDAY_LABELS: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日"];

/// The form as typed. `weekdays` is `1,3,5` (1 = 月曜日).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BulkInput {
    pub from: String,
    pub to: String,
    pub weekdays: String,
    pub times: String,
    pub minutes: String,
    pub capacity: String,
    /// 祝日・年末年始にも作る.
    pub include_closed: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BulkPlan {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub weekdays: Vec<Weekday>,
    pub starts: Vec<NaiveTime>,
    pub minutes: i64,
    pub capacity: i32,
    pub include_closed: bool,
}

/// One day of the range that falls on a chosen weekday.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedDay {
    pub date: NaiveDate,
    /// Why no slots are made that day (`元日`, `年末年始`).
    pub skipped: Option<String>,
}

impl BulkInput {
    /// Checks the plan; `today` (Japan time) is the earliest day it may start.
    pub fn validate(&self, today: NaiveDate) -> Result<BulkPlan, Vec<FieldError>> {
        let mut errors = Vec::new();
        let from = parse_date(&self.from);
        match from {
            None => errors.push(FieldError::new("from", "開始日を 2026-12-01 のように入力してください。")),
            Some(from) if from < today => errors.push(FieldError::new("from", "開始日は今日以降の日付にしてください。")),
            Some(_) => {}
        }
        let to = parse_date(&self.to);
        if to.is_none() {
            errors.push(FieldError::new("to", "終了日を 2026-12-31 のように入力してください。"));
        }
        if let (Some(from), Some(to)) = (from, to) {
            if to < from {
                errors.push(FieldError::new("to", "終了日は開始日と同じか、それより後にしてください。"));
            } else if (to - from).num_days() >= MAX_DAYS {
                errors.push(FieldError::new("to", "一度に作れるのは1年分（366日）までです。"));
            }
        }
        let weekdays = parse_weekdays(&self.weekdays);
        if weekdays.is_empty() {
            errors.push(FieldError::new("wd-1", "曜日を1つ以上選んでください。"));
        }
        let starts = parse_times(&self.times);
        if starts.is_none() {
            errors.push(FieldError::new("times", "開始時刻を 9:00, 9:30 のように、区切って入力してください。"));
        }
        let minutes = number_in(&self.minutes, 5..=480).map(i64::from);
        if minutes.is_none() {
            errors.push(FieldError::new("minutes", "1枠の長さは5〜480分で入力してください。"));
        }
        let capacity = parse_capacity(&self.capacity);
        if capacity.is_none() {
            errors.push(FieldError::new("capacity", "定員は1〜1000人で入力してください。"));
        }
        if let (Some(starts), Some(minutes)) = (&starts, minutes) {
            let midnight = NaiveTime::from_hms_opt(0, 0, 0).unwrap_or_default();
            if starts.iter().any(|s| (*s - midnight).num_minutes() + minutes > 24 * 60) {
                errors.push(FieldError::new("times", "終了が24時を過ぎる枠は作れません。開始時刻か長さを見直してください。"));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let plan = BulkPlan {
            from: from.unwrap_or_default(),
            to: to.unwrap_or_default(),
            weekdays,
            starts: starts.unwrap_or_default(),
            minutes: minutes.unwrap_or_default(),
            capacity: capacity.unwrap_or_default(),
            include_closed: self.include_closed,
        };
        if plan.days(|_| None).len() * plan.starts.len() > MAX_SLOTS {
            return Err(vec![FieldError::new("times", format!("一度に作れるのは{MAX_SLOTS}枠までです。期間を分けてください。"))]);
        }
        Ok(plan)
    }
}

impl BulkPlan {
    /// Every day of the range on a chosen weekday, with why it is skipped
    /// (`closed` names a holiday or closure; ignored when `include_closed`).
    pub fn days(&self, closed: impl Fn(NaiveDate) -> Option<String>) -> Vec<PlannedDay> {
        self.from
            .iter_days()
            .take_while(|d| *d <= self.to)
            .filter(|d| self.weekdays.contains(&d.weekday()))
            .map(|date| PlannedDay { date, skipped: if self.include_closed { None } else { closed(date) } })
            .collect()
    }

    /// The slots to make: (date, start, end).
    pub fn slots(&self, closed: impl Fn(NaiveDate) -> Option<String>) -> Vec<(NaiveDate, NaiveTime, NaiveTime)> {
        let length = Duration::minutes(self.minutes);
        self.days(closed)
            .into_iter()
            .filter(|d| d.skipped.is_none())
            .flat_map(|d| self.starts.iter().map(move |s| (d.date, *s, *s + length)))
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PreviewDay {
    /// `12月1日(火)`
    pub date: String,
    pub skipped: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BulkPreview {
    pub service_name: String,
    pub errors: Vec<FieldError>,
    /// Slots that would be made (not counting ones that already exist).
    pub to_make: usize,
    /// Slots of the plan that already exist and are left alone.
    pub existing: usize,
    /// `9:00〜9:30, 9:30〜10:00`
    pub times: String,
    pub capacity: i32,
    pub days: Vec<PreviewDay>,
}

#[server(endpoint = "staff/bulk_preview")]
pub async fn get_bulk_preview(service_id: i32, input: BulkInput) -> Result<BulkPreview, AppError> {
    use crate::error::fail;
    let (state, _) = access::require_staff().await?;
    let today = crate::time::to_jst(state.clock.now()).date();
    db::preview(&state.db, service_id, &input, today).await?.ok_or_else(|| fail(AppError::NotFound))
}

/// この内容で作成する.
#[server(endpoint = "staff/bulk_create")]
#[allow(clippy::too_many_arguments)]
pub async fn create_slots_in_bulk(
    service_id: i32,
    from: String,
    to: String,
    weekdays: String,
    times: String,
    minutes: String,
    capacity: String,
    include_closed: Option<String>,
) -> Result<(), AppError> {
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    let input = BulkInput { from, to, weekdays, times, minutes, capacity, include_closed: include_closed.is_some() };
    let today = crate::time::to_jst(state.clock.now()).date();
    let Ok(plan) = input.validate(today) else { return Err(fail(AppError::BadRequest)) };
    let (made, existing) =
        db::create(&state.db, &access::acting(&me), service_id, &plan, state.clock.now()).await?.ok_or_else(|| fail(AppError::NotFound))?;
    crate::redirect::to(&format!("/staff/services/{service_id}/slots?created={made}&existing={existing}"));
    Ok(())
}

#[component]
pub fn BulkSlotsPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let service_id = Memo::new(move |_| params.read().get("id").and_then(|s| s.parse::<i32>().ok()).unwrap_or(0));
    // The form is a GET: its answers are the query, and the preview follows them.
    let input = Memo::new(move |_| {
        let q = query.read();
        BulkInput {
            from: q.get("from").unwrap_or_default(),
            to: q.get("to").unwrap_or_default(),
            weekdays: q.get_all("wd").unwrap_or_default().join(","),
            times: q.get("times").unwrap_or_else(|| "9:00, 9:30, 10:00, 10:30".into()),
            minutes: q.get("minutes").unwrap_or_else(|| "30".into()),
            capacity: q.get("capacity").unwrap_or_else(|| "10".into()),
            include_closed: q.get("include_closed").is_some(),
        }
    });
    let asked = Memo::new(move |_| query.read().get("from").is_some());
    let create = ServerAction::<CreateSlotsInBulk>::new();
    let preview = Resource::new(move || (service_id.get(), input.get()), |(id, input)| get_bulk_preview(id, input));
    view! {
        <Title text="予約枠の一括作成"/>
        <Breadcrumbs
            trail=super::services::services_trail()
            current="予約枠の一括作成"
        />
        <h1>"予約枠の一括作成"</h1>
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                let i = input.get_untracked();
                let asked = asked.get_untracked();
                match preview.await {
                    Ok(p) => {
                        let errors = if asked { p.errors.clone() } else { vec![] };
                        let chosen = if asked { parse_weekdays(&i.weekdays) } else { vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri] };
                        view! {
                            <p>{format!("予約メニュー: {}", p.service_name)}</p>
                            <ErrorSummary errors=errors.clone()/>
                            <form method="get" action=format!("/staff/services/{}/slots/bulk", service_id.get_untracked())>
                                <PlainField id="from" label="開始日" value=i.from.clone() input_type="date" error=error_for(&errors, "from") hint="例: 2026-12-01"/>
                                <PlainField id="to" label="終了日" value=i.to.clone() input_type="date" error=error_for(&errors, "to") hint="例: 2026-12-31"/>
                                <fieldset class="field" class:field--error=error_for(&errors, "wd-1").is_some()>
                                    <legend class="field__label">"曜日"</legend>
                                    {error_for(&errors, "wd-1").map(|e| view! { <p class="field__error">{e}</p> })}
                                    <div class="weekdays">
                                        {WEEKDAY_LABELS.iter().enumerate().map(|(n, label)| {
                                            let id = format!("wd-{}", n + 1);
                                            let checked = Weekday::try_from(n as u8).is_ok_and(|d| chosen.contains(&d));
                                            view! {
                                                <label class="checkbox" for=id.clone()>
                                                    <input type="checkbox" id=id.clone() name="wd" value=(n + 1).to_string() checked=checked/>
                                                    {format!("{label}曜日")}
                                                </label>
                                            }
                                        }).collect_view()}
                                    </div>
                                </fieldset>
                                <PlainField id="times" label="開始時刻" value=i.times.clone() error=error_for(&errors, "times") hint="区切って複数（例: 9:00, 9:30, 13:30）"/>
                                <PlainField id="minutes" label="1枠の長さ（分）" value=i.minutes.clone() error=error_for(&errors, "minutes") hint="例: 30"/>
                                <PlainField id="capacity" label="定員（人）" value=i.capacity.clone() error=error_for(&errors, "capacity") hint="1枠あたり"/>
                                <div class="field">
                                    <label class="checkbox" for="include_closed">
                                        <input type="checkbox" id="include_closed" name="include_closed" value="1" checked=i.include_closed/>
                                        "祝日・年末年始（12月29日〜1月3日）にも作る"
                                    </label>
                                </div>
                                <div class="actions"><button type="submit" class="button button--secondary">"作成する枠を確認"</button></div>
                            </form>
                            {(asked && errors.is_empty()).then(|| {
                                let i = i.clone();
                                view! {
                                    <section aria-labelledby="preview-title" data-testid="bulk-preview">
                                        <h2 id="preview-title">"作成する枠"</h2>
                                        <p data-testid="bulk-count">{format!("{}枠を作成します（{}、定員{}人）。", p.to_make, p.times, p.capacity)}</p>
                                        {(p.existing > 0).then(|| view! { <p>{format!("すでにある{}枠はそのままにします。", p.existing)}</p> })}
                                        <ul class="plan-days">
                                            {p.days.iter().map(|d| match &d.skipped {
                                                Some(why) => view! { <li class="plan-days__skipped">{format!("{} 作成しない（{why}）", d.date)}</li> }.into_any(),
                                                None => view! { <li>{d.date.clone()}</li> }.into_any(),
                                            }).collect_view()}
                                        </ul>
                                        <ActionForm action=create>
                                            <input type="hidden" name="service_id" value=service_id.get_untracked().to_string()/>
                                            <input type="hidden" name="from" value=i.from/>
                                            <input type="hidden" name="to" value=i.to/>
                                            <input type="hidden" name="weekdays" value=i.weekdays/>
                                            <input type="hidden" name="times" value=i.times/>
                                            <input type="hidden" name="minutes" value=i.minutes/>
                                            <input type="hidden" name="capacity" value=i.capacity/>
                                            {i.include_closed.then(|| view! { <input type="hidden" name="include_closed" value="1"/> })}
                                            <div class="actions">
                                                <SubmitButton label="この内容で作成する" pending=create.pending()/>
                                            </div>
                                        </ActionForm>
                                    </section>
                                }
                            })}
                        }.into_any()
                    }
                    Err(error) => view! { <crate::ui::LoadError error href="/staff/services" label="予約メニューの管理へ"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A field of a GET form (no draft behind it).
#[component]
pub(super) fn PlainField(
    id: &'static str,
    label: &'static str,
    value: String,
    error: Option<String>,
    hint: &'static str,
    #[prop(default = "text")] input_type: &'static str,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let has_error = error.is_some();
    view! {
        <div class="field" class:field--error=has_error>
            <label for=id class="field__label">{label}</label>
            <p class="field__hint" id=hint_id.clone()>{hint}</p>
            {error.map(|e| view! { <p class="field__error"><span class="visually-hidden">"エラー: "</span>{e}</p> })}
            <input id=id name=id type=input_type class="input" value=value aria-describedby=hint_id/>
        </div>
    }
}

#[cfg(feature = "ssr")]
pub mod db {
    use super::*;
    use crate::actor::StaffActor;
    use crate::db::audit_log::Action;
    use crate::db::{services, slots};
    use crate::domain::is_new_year_closure;
    use chrono::{DateTime, Utc};
    use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set};
    use std::collections::HashSet;

    /// Why city services are closed on `date`: a public holiday's name or
    /// 年末年始.
    pub fn closed_reason(date: NaiveDate) -> Option<String> {
        if is_new_year_closure(date) {
            return Some("年末年始".to_string());
        }
        jpholiday::jpholiday::JPHoliday::new().is_holiday_name(&date)
    }

    async fn existing(db: &impl sea_orm::ConnectionTrait, service_id: i32, plan: &BulkPlan) -> Result<HashSet<(NaiveDate, NaiveTime)>, DbErr> {
        Ok(slots::Entity::find()
            .filter(slots::Column::ServiceId.eq(service_id))
            .filter(slots::Column::Date.gte(plan.from))
            .filter(slots::Column::Date.lte(plan.to))
            .all(db)
            .await?
            .into_iter()
            .map(|s| (s.date, s.start_time))
            .collect())
    }

    pub async fn preview(db: &DatabaseConnection, service_id: i32, input: &BulkInput, today: NaiveDate) -> Result<Option<BulkPreview>, DbErr> {
        let Some(service) = services::Entity::find_by_id(service_id).one(db).await? else { return Ok(None) };
        let empty = |errors| BulkPreview { service_name: service.name.clone(), errors, to_make: 0, existing: 0, times: String::new(), capacity: 0, days: vec![] };
        let plan = match input.validate(today) {
            Ok(plan) => plan,
            Err(errors) => return Ok(Some(empty(errors))),
        };
        let have = existing(db, service_id, &plan).await?;
        let slots = plan.slots(closed_reason);
        let existing = slots.iter().filter(|(d, s, _)| have.contains(&(*d, *s))).count();
        let length = Duration::minutes(plan.minutes);
        Ok(Some(BulkPreview {
            service_name: service.name,
            errors: vec![],
            to_make: slots.len() - existing,
            existing,
            times: plan.starts.iter().map(|s| crate::time::time_range(*s, *s + length)).collect::<Vec<_>>().join(", "),
            capacity: plan.capacity,
            days: plan
                .days(closed_reason)
                .into_iter()
                .map(|d| PreviewDay { date: crate::time::date_short(d.date), skipped: d.skipped })
                .collect(),
        }))
    }

    /// Makes the plan's slots that do not exist yet, in one transaction:
    /// (made, already there), or `None` for an unknown service.
    pub async fn create(
        db: &DatabaseConnection,
        who: &StaffActor,
        service_id: i32,
        plan: &BulkPlan,
        now: DateTime<Utc>,
    ) -> Result<Option<(usize, usize)>, DbErr> {
        let txn = crate::db::begin_write(db).await?;
        let Some(service) = services::Entity::find_by_id(service_id).one(&txn).await? else { return Ok(None) };
        let have = existing(&txn, service_id, plan).await?;
        let (mut made, mut there) = (0, 0);
        for (date, start, end) in plan.slots(closed_reason) {
            if have.contains(&(date, start)) {
                there += 1;
                continue;
            }
            slots::ActiveModel {
                service_id: Set(service_id),
                date: Set(date),
                start_time: Set(start),
                end_time: Set(end),
                capacity: Set(plan.capacity),
                is_open: Set(true),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            made += 1;
        }
        let detail = format!("{}〜{} {}枠作成（既存{}枠）", plan.from, plan.to, made, there);
        crate::audit::record(&txn, who, Action::CreateSlots, &format!("service:{}", service.id), &detail, now).await?;
        txn.commit().await?;
        Ok(Some((made, there)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::is_new_year_closure;

    fn input() -> BulkInput {
        BulkInput {
            from: "2026-12-28".into(),
            to: "2027-01-08".into(),
            weekdays: "1,2,3,4,5".into(),
            times: "9:00, 9:30".into(),
            minutes: "30".into(),
            capacity: "10".into(),
            include_closed: false,
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    #[test]
    fn the_new_year_closure_is_skipped_unless_asked() {
        let plan = input().validate(today()).unwrap();
        let closed = |d: NaiveDate| is_new_year_closure(d).then(|| "年末年始".to_string());
        let made: Vec<_> = plan.slots(closed).into_iter().map(|(d, _, _)| d.to_string()).collect();
        // 12/28 (月) then 1/4 (月) … 1/8 (金); 12/29–1/1 are the closure.
        assert_eq!(made.first().map(String::as_str), Some("2026-12-28"));
        assert!(!made.iter().any(|d| d.as_str() > "2026-12-28" && d.as_str() < "2027-01-04"));
        assert_eq!(made.len(), 6 * 2);
        let every = BulkInput { include_closed: true, ..input() }.validate(today()).unwrap();
        assert_eq!(every.slots(closed).len(), 10 * 2);
    }

    /// 令和9年 (2027) as the Cabinet Office lists it, 振替休日 included.
    #[cfg(feature = "ssr")]
    #[test]
    fn holidays_of_2027_are_the_cabinet_offices() {
        let holidays: Vec<String> = NaiveDate::from_ymd_opt(2027, 1, 1)
            .unwrap()
            .iter_days()
            .take_while(|d| d.year() == 2027)
            .filter(|d| !is_new_year_closure(*d) && db::closed_reason(*d).is_some())
            .map(|d| d.format("%m-%d").to_string())
            .collect();
        let expected = [
            "01-11", "02-11", "02-23", "03-21", "03-22", "04-29", "05-03", "05-04", "05-05", "07-19", "08-11", "09-20",
            "09-23", "10-11", "11-03", "11-23",
        ];
        assert_eq!(holidays, expected);
        assert_eq!(db::closed_reason(NaiveDate::from_ymd_opt(2027, 1, 11).unwrap()).as_deref(), Some("成人の日"));
        assert_eq!(db::closed_reason(NaiveDate::from_ymd_opt(2026, 12, 30).unwrap()).as_deref(), Some("年末年始"));
    }

    #[test]
    fn slots_end_after_their_length() {
        let plan = input().validate(today()).unwrap();
        let (_, start, end) = plan.slots(|_| None)[0];
        assert_eq!((end - start).num_minutes(), 30);
    }

    #[test]
    fn bad_plans_say_what_to_fix() {
        let bad = BulkInput { to: "2026-12-01".into(), weekdays: "".into(), minutes: "0".into(), capacity: "-1".into(), ..input() };
        let fields: Vec<_> = bad.validate(today()).unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["to", "wd-1", "minutes", "capacity"]);
        let past = BulkInput { from: "2026-11-24".into(), ..input() };
        assert_eq!(past.validate(today()).unwrap_err()[0].message, "開始日は今日以降の日付にしてください。");
        let late = BulkInput { times: "23:45".into(), ..input() };
        assert_eq!(late.validate(today()).unwrap_err()[0].field, "times");
    }
}
