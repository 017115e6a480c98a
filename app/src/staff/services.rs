//! 予約メニューの管理: create and edit a service (name, venue, what
//! residents read, the booking window, deadlines, a per-resident limit,
//! 対象者条件) and publish or unpublish it. A failed save keeps what was
//! typed in a draft.
use super::*;
#[cfg(feature = "ssr")]
use super::access;
use crate::domain::{number_in, parse_date_time, parse_time};
use crate::domain::{AgeAt, Eligibility, FieldError, MAX_QUESTIONS, Question, Sex};
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, TextField, error_for};
use chrono::NaiveTime;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

pub const KIND_SERVICE_FORM: &str = "staff_service";
/// Longest 説明 or 注意事項 (characters).
pub const MAX_TEXT_CHARS: usize = 2000;

/// The form as typed (every field a string, so nothing typed is lost).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceInput {
    pub name: String,
    pub venue: String,
    pub description: String,
    pub notes: String,
    pub opens_days: String,
    pub deadline_days: String,
    pub deadline_time: String,
    pub change_days: String,
    pub change_time: String,
    pub max_active: String,
    /// 対象者条件: ages (empty: no limit), `fiscal_year_end` or
    /// `slot_date`, `female`/`male`/empty, one question per line, whom to
    /// call.
    #[serde(default)]
    pub min_age: String,
    #[serde(default)]
    pub max_age: String,
    #[serde(default)]
    pub age_at: String,
    #[serde(default)]
    pub sex: String,
    #[serde(default)]
    pub questions: String,
    #[serde(default)]
    pub contact: String,
    /// キャンセル待ち: hours a freed place is held for the one offered it.
    #[serde(default)]
    pub hold_hours: String,
    /// 予約の方法: `first_come` (or empty) or `lottery`; for a 抽選 the
    /// application period, the draw (`2026-12-01T09:00`, Japan time) and
    /// how many slots an application may name.
    #[serde(default)]
    pub booking_mode: String,
    #[serde(default)]
    pub apply_from: String,
    #[serde(default)]
    pub apply_until: String,
    #[serde(default)]
    pub draw_at: String,
    #[serde(default)]
    pub preferences: String,
    /// 前日のお知らせ: `off`, or days before the visit (`0`–`14`; empty:
    /// the default, the day before), and the time (`09:00`).
    #[serde(default)]
    pub reminder_days: String,
    #[serde(default)]
    pub reminder_time: String,
}

/// A 抽選's settings, checked (times in UTC).
#[derive(Clone, Debug, PartialEq)]
pub struct LotterySettings {
    pub apply_from: chrono::DateTime<chrono::Utc>,
    pub apply_until: chrono::DateTime<chrono::Utc>,
    pub draw_at: chrono::DateTime<chrono::Utc>,
    pub preferences: i32,
}

/// The most days before the visit a reminder may go.
pub const MAX_REMINDER_DAYS: i32 = 14;

/// Most slots one 抽選 application may name.
pub const MAX_PREFERENCES: i32 = 5;

/// A service's settings, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceSettings {
    pub name: String,
    pub venue: String,
    pub description: String,
    pub notes: String,
    pub opens_days: i32,
    pub deadline_days: i32,
    pub deadline_time: NaiveTime,
    pub change_days: i32,
    pub change_time: NaiveTime,
    pub max_active: i32,
    pub eligibility: Eligibility,
    pub hold_hours: i32,
    /// `None`: 先着順.
    pub lottery: Option<LotterySettings>,
    /// 前日のお知らせ: days before the visit (`None`: none sent), at
    /// `reminder_time`.
    pub reminder_days: Option<i32>,
    pub reminder_time: NaiveTime,
}

/// Longest question or contact of 対象者条件 (characters).
pub const MAX_CONDITION_CHARS: usize = 100;

impl ServiceInput {
    /// What a new service starts with: open 30 days ahead, reserve and
    /// change until 17:00 the day before, no limit.
    pub fn new_service() -> Self {
        Self {
            opens_days: "30".into(),
            deadline_days: "1".into(),
            deadline_time: "17:00".into(),
            change_days: "1".into(),
            change_time: "17:00".into(),
            max_active: "0".into(),
            hold_hours: "24".into(),
            booking_mode: "first_come".into(),
            preferences: "3".into(),
            reminder_days: "1".into(),
            reminder_time: "09:00".into(),
            ..Default::default()
        }
    }

    pub fn clipped(self) -> Self {
        let clip = |s: String| s.chars().take(MAX_TEXT_CHARS + 1).collect::<String>();
        Self {
            name: clip(self.name),
            venue: clip(self.venue),
            description: clip(self.description),
            notes: clip(self.notes),
            opens_days: clip(self.opens_days),
            deadline_days: clip(self.deadline_days),
            deadline_time: clip(self.deadline_time),
            change_days: clip(self.change_days),
            change_time: clip(self.change_time),
            max_active: clip(self.max_active),
            min_age: clip(self.min_age),
            max_age: clip(self.max_age),
            age_at: clip(self.age_at),
            sex: clip(self.sex),
            questions: clip(self.questions),
            contact: clip(self.contact),
            hold_hours: clip(self.hold_hours),
            booking_mode: clip(self.booking_mode),
            apply_from: clip(self.apply_from),
            apply_until: clip(self.apply_until),
            draw_at: clip(self.draw_at),
            preferences: clip(self.preferences),
            reminder_days: clip(self.reminder_days),
            reminder_time: clip(self.reminder_time),
        }
    }

    /// 予約の方法 as typed → checked: `None` for 先着順; for 抽選, the three
    /// moments in order (the draw not before the period ends) and 1–5
    /// preferences.
    fn lottery(&self, errors: &mut Vec<FieldError>) -> Option<LotterySettings> {
        match self.booking_mode.as_str() {
            "" | "first_come" => return None,
            "lottery" => {}
            _ => {
                errors.push(FieldError::new("booking_mode", "予約の方法を選び直してください。"));
                return None;
            }
        }
        let at = |id: &str, value: &str, label: &str, errors: &mut Vec<FieldError>| {
            let parsed = parse_date_time(value).map(crate::time::from_jst);
            if parsed.is_none() {
                errors.push(FieldError::new(id, format!("{label}を 2026-12-01 09:00 のように入力してください。")));
            }
            parsed
        };
        let from = at("apply_from", &self.apply_from, "申込開始", errors);
        let until = at("apply_until", &self.apply_until, "申込締切", errors);
        let draw_at = at("draw_at", &self.draw_at, "抽選日時", errors);
        if let (Some(from), Some(until)) = (from, until)
            && until <= from
        {
            errors.push(FieldError::new("apply_until", "申込締切は申込開始より後にしてください。"));
        }
        if let (Some(until), Some(draw_at)) = (until, draw_at)
            && draw_at < until
        {
            errors.push(FieldError::new("draw_at", "抽選日時は申込締切と同じか、それより後にしてください。"));
        }
        let preferences = number_in(&self.preferences, 1..=MAX_PREFERENCES);
        if preferences.is_none() {
            errors.push(FieldError::new("preferences", format!("希望の数は1〜{MAX_PREFERENCES}で入力してください。")));
        }
        Some(LotterySettings {
            apply_from: from?,
            apply_until: until?,
            draw_at: draw_at?,
            preferences: preferences?,
        })
    }

    /// 対象者条件 as typed → checked. Each question is one line, and
    /// 「はい」 is the answer that qualifies (write the question so).
    fn eligibility(&self, errors: &mut Vec<FieldError>) -> Eligibility {
        let age = |id: &str, value: &str, errors: &mut Vec<FieldError>| {
            if value.trim().is_empty() {
                return None;
            }
            let age = number_in(value, 0..=130);
            if age.is_none() {
                errors.push(FieldError::new(id, "年齢は0〜130の数字で入力してください（条件がなければ空欄）。"));
            }
            age.map(|n| n as u32)
        };
        let min_age = age("min_age", &self.min_age, errors);
        let max_age = age("max_age", &self.max_age, errors);
        if let (Some(min), Some(max)) = (min_age, max_age)
            && min > max
        {
            errors.push(FieldError::new("max_age", "年齢の上限は下限以上にしてください。"));
        }
        let age_at = match self.age_at.as_str() {
            "slot_date" => AgeAt::SlotDate,
            _ => AgeAt::FiscalYearEnd,
        };
        let sex = match self.sex.as_str() {
            "" => None,
            "female" => Some(Sex::Female),
            "male" => Some(Sex::Male),
            _ => {
                errors.push(FieldError::new("sex", "性別の条件を選び直してください。"));
                None
            }
        };
        let lines: Vec<String> =
            self.questions.lines().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
        if lines.len() > MAX_QUESTIONS {
            errors.push(FieldError::new("questions", format!("質問は{MAX_QUESTIONS}つまでにしてください（1行に1つ）。")));
        }
        if lines.iter().any(|l| l.chars().count() > MAX_CONDITION_CHARS) {
            errors.push(FieldError::new("questions", format!("質問は1つ{MAX_CONDITION_CHARS}文字以内にしてください。")));
        }
        let contact = self.contact.trim().to_string();
        if contact.chars().count() > MAX_CONDITION_CHARS {
            errors.push(FieldError::new("contact", format!("問い合わせ先は{MAX_CONDITION_CHARS}文字以内にしてください。")));
        }
        Eligibility {
            min_age,
            max_age,
            age_at,
            sex,
            questions: lines.into_iter().map(|text| Question { text, qualifying_answer: true }).collect(),
            contact,
        }
    }

    pub fn validate(&self) -> Result<ServiceSettings, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut text = |id: &str, value: &str, label: &str, required: bool, max: usize| {
            let value = value.trim().replace("\r\n", "\n");
            if required && value.is_empty() {
                errors.push(FieldError::new(id, format!("{label}を入力してください。")));
            } else if value.chars().count() > max {
                errors.push(FieldError::new(id, format!("{label}は{max}文字以内にしてください。")));
            }
            value
        };
        let name = text("name", &self.name, "名称", true, 100);
        let venue = text("venue", &self.venue, "会場", true, 100);
        let description = text("description", &self.description, "説明", false, MAX_TEXT_CHARS);
        let notes = text("notes", &self.notes, "注意事項", false, MAX_TEXT_CHARS);
        let opens_days = number_in(&self.opens_days, 1..=365);
        if opens_days.is_none() {
            errors.push(FieldError::new("opens_days", "受付開始は1〜365の日数で入力してください（例: 30）。"));
        }
        let deadline_days = number_in(&self.deadline_days, 0..=60);
        if deadline_days.is_none() {
            errors.push(FieldError::new("deadline_days", "予約の締切日は0〜60の日数で入力してください（0は当日、1は前日）。"));
        }
        let deadline_time = parse_time(&self.deadline_time);
        if deadline_time.is_none() {
            errors.push(FieldError::new("deadline_time", "予約の締切時刻は 17:00 のように入力してください。"));
        }
        let change_days = number_in(&self.change_days, 0..=60);
        if change_days.is_none() {
            errors.push(FieldError::new("change_days", "変更・キャンセルの締切日は0〜60の日数で入力してください（0は当日、1は前日）。"));
        }
        let change_time = parse_time(&self.change_time);
        if change_time.is_none() {
            errors.push(FieldError::new("change_time", "変更・キャンセルの締切時刻は 17:00 のように入力してください。"));
        }
        let max_active = number_in(&self.max_active, 0..=99);
        if max_active.is_none() {
            errors.push(FieldError::new("max_active", "お一人の予約数の上限は0〜99で入力してください（0は上限なし）。"));
        }
        if let (Some(opens), Some(deadline)) = (opens_days, deadline_days) {
            if deadline >= opens {
                errors.push(FieldError::new("deadline_days", "予約の締切は、受付開始より後（受付開始の日数より小さい日数）にしてください。"));
            }
        }
        let eligibility = self.eligibility(&mut errors);
        // Empty (a form from before this field): the default.
        let hold_hours = if self.hold_hours.trim().is_empty() { Some(24) } else { number_in(&self.hold_hours, 1..=168) };
        if hold_hours.is_none() {
            errors.push(FieldError::new("hold_hours", "キャンセル待ちの確保時間は1〜168の時間数で入力してください（例: 24）。"));
        }
        let lottery = self.lottery(&mut errors);
        // Empty (a form from before these fields): the day before at 9:00.
        let reminder_days = match self.reminder_days.trim() {
            "off" => Some(None),
            "" => Some(Some(1)),
            days => number_in(days, 0..=MAX_REMINDER_DAYS).map(Some),
        };
        if reminder_days.is_none() {
            errors.push(FieldError::new("reminder_days", "お知らせメールを送る日を選び直してください。"));
        }
        let reminder_time = if self.reminder_time.trim().is_empty() { NaiveTime::from_hms_opt(9, 0, 0) } else { parse_time(&self.reminder_time) };
        if reminder_time.is_none() {
            errors.push(FieldError::new("reminder_time", "お知らせメールを送る時刻は 9:00 のように入力してください。"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ServiceSettings {
            name,
            venue,
            description,
            notes,
            opens_days: opens_days.unwrap_or_default(),
            deadline_days: deadline_days.unwrap_or_default(),
            deadline_time: deadline_time.unwrap_or_default(),
            change_days: change_days.unwrap_or_default(),
            change_time: change_time.unwrap_or_default(),
            max_active: max_active.unwrap_or_default(),
            eligibility,
            hold_hours: hold_hours.unwrap_or(24),
            lottery,
            reminder_days: reminder_days.flatten(),
            reminder_time: reminder_time.unwrap_or_default(),
        })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceRow {
    pub id: i32,
    pub name: String,
    pub venue: String,
    pub published: bool,
    /// Upcoming slots (today or later).
    pub upcoming_slots: u64,
    pub deadline_note: String,
    /// 抽選 (else 先着順).
    #[serde(default)]
    pub lottery: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceForm {
    /// 0 for a new service.
    pub service_id: i32,
    pub published: bool,
    pub draft_id: String,
    pub input: ServiceInput,
    pub errors: Vec<FieldError>,
    /// 抽選 drawn (when, in Japan time): its mode and dates stay as they are.
    #[serde(default)]
    pub drawn_at: Option<String>,
}

/// The draft's payload.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ServiceDraft {
    pub service_id: i32,
    pub input: ServiceInput,
    /// What the service's state refused (a 抽選 with applications turned
    /// back to 先着順), beside what `validate` finds.
    #[serde(default)]
    pub refused: Vec<FieldError>,
}

#[server(endpoint = "staff/services")]
pub async fn get_service_list() -> Result<Vec<ServiceRow>, AppError> {
    let (state, _) = access::require_staff().await?;
    Ok(db::list(&state.db, state.clock.now()).await?)
}

#[server(endpoint = "staff/service_form")]
pub async fn get_service_form(service_id: i32, draft_id: String) -> Result<ServiceForm, AppError> {
    use crate::error::fail;
    let (state, _) = access::require_staff().await?;
    db::form(&state.db, service_id, &draft_id, &crate::browser::of_request(&state.site), state.clock.now()).await?.ok_or_else(|| fail(AppError::NotFound))
}

/// 保存: a new service starts unpublished; a failed check keeps what was
/// typed and shows the form again with the errors.
#[server(endpoint = "staff/service_save")]
#[allow(clippy::too_many_arguments)]
pub async fn save_service(
    service_id: i32,
    draft_id: String,
    name: String,
    venue: String,
    description: String,
    notes: String,
    opens_days: String,
    deadline_days: String,
    deadline_time: String,
    change_days: String,
    change_time: String,
    max_active: String,
    min_age: Option<String>,
    max_age: Option<String>,
    age_at: Option<String>,
    sex: Option<String>,
    questions: Option<String>,
    contact: Option<String>,
    hold_hours: Option<String>,
    booking_mode: Option<String>,
    apply_from: Option<String>,
    apply_until: Option<String>,
    draw_at: Option<String>,
    preferences: Option<String>,
    reminder_days: Option<String>,
    reminder_time: Option<String>,
) -> Result<(), AppError> {
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    let now = state.clock.now();
    let input = ServiceInput {
        name,
        venue,
        description,
        notes,
        opens_days,
        deadline_days,
        deadline_time,
        change_days,
        change_time,
        max_active,
        min_age: min_age.unwrap_or_default(),
        max_age: max_age.unwrap_or_default(),
        age_at: age_at.unwrap_or_default(),
        sex: sex.unwrap_or_default(),
        questions: questions.unwrap_or_default(),
        contact: contact.unwrap_or_default(),
        hold_hours: hold_hours.unwrap_or_default(),
        booking_mode: booking_mode.unwrap_or_default(),
        apply_from: apply_from.unwrap_or_default(),
        apply_until: apply_until.unwrap_or_default(),
        draw_at: draw_at.unwrap_or_default(),
        preferences: preferences.unwrap_or_default(),
        reminder_days: reminder_days.unwrap_or_default(),
        reminder_time: reminder_time.unwrap_or_default(),
    }
    .clipped();
    let page = if service_id == 0 { "/staff/services/new".to_string() } else { format!("/staff/services/{service_id}") };
    let refused = match input.validate() {
        Ok(settings) => match db::save(&state.db, &access::acting(&me), service_id, &settings, now).await? {
            db::Saved::Done(id) => {
                crate::redirect::to(&format!("/staff/services/{id}?saved=1"));
                return Ok(());
            }
            db::Saved::NotFound => return Err(fail(AppError::NotFound)),
            db::Saved::Refused(errors) => errors,
        },
        Err(_) => Vec::new(),
    };
    let existing = Some(draft_id.as_str()).filter(|d| !d.is_empty());
    let owner = crate::browser::of_request(&state.site);
    let draft = crate::drafts::save(&state.db, existing, KIND_SERVICE_FORM, &ServiceDraft { service_id, input, refused }, &owner, now).await?;
    crate::redirect::to(&format!("{page}?draft={draft}#error-summary-title"));
    Ok(())
}

/// 公開する / 非公開にする.
#[server(endpoint = "staff/service_publish")]
pub async fn set_service_published(service_id: i32, publish: bool) -> Result<(), AppError> {
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    if !db::set_published(&state.db, &access::acting(&me), service_id, publish, state.clock.now()).await? {
        return Err(fail(AppError::NotFound));
    }
    crate::redirect::to(&format!("/staff/services/{service_id}?published={}", u8::from(publish)));
    Ok(())
}

fn staff_trail() -> Vec<(crate::texts::Words, String)> {
    vec![("職員用画面".into(), "/staff".to_string())]
}

/// The breadcrumb trail of every page below 予約メニューの管理.
pub(super) fn services_trail() -> Vec<(crate::texts::Words, String)> {
    vec![("職員用画面".into(), "/staff".to_string()), ("予約メニューの管理".into(), "/staff/services".to_string())]
}

#[component]
pub fn ServiceListPage() -> impl IntoView {
    let list = Resource::new(|| (), |_| get_service_list());
    view! {
        <Title text="予約メニューの管理"/>
        <Breadcrumbs trail=staff_trail() current="予約メニューの管理"/>
        <h1>"予約メニューの管理"</h1>
        <p><a class="button button--secondary" href="/staff/services/new">"新しい予約メニューを作る"</a></p>
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(rows) if rows.is_empty() => view! { <p>"予約メニューはまだありません。"</p> }.into_any(),
                    Ok(rows) => view! {
                        <table class="table" data-testid="service-list">
                            <thead><tr><th scope="col">"名称"</th><th scope="col">"会場"</th><th scope="col">"公開"</th><th scope="col">"予約の方法"</th><th scope="col">"今後の枠"</th><th scope="col">"締切"</th><th scope="col">"操作"</th></tr></thead>
                            <tbody>
                                {rows.into_iter().map(|r| view! {
                                    <tr>
                                        <td>{r.name.clone()}</td>
                                        <td>{r.venue.clone()}</td>
                                        <td>{if r.published { "公開中" } else { "非公開" }}</td>
                                        <td>{if r.lottery { "抽選" } else { "先着順" }}</td>
                                        <td>{format!("{}枠", r.upcoming_slots)}</td>
                                        <td>{r.deadline_note.clone()}</td>
                                        <td>
                                            <a href=format!("/staff/services/{}", r.id)>{format!("{}を編集", r.name)}</a>" "
                                            <a href=format!("/staff/services/{}/slots", r.id)>{format!("{}の予約枠", r.name)}</a>
                                            {r.lottery.then(|| view! { " "<a href=format!("/staff/services/{}/lottery", r.id)>{format!("{}の抽選", r.name)}</a> })}
                                        </td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                    Err(error) => view! { <crate::ui::LoadError error href="/staff" label="職員用画面へ"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `/staff/services/new` and `/staff/services/:id`.
#[component]
pub fn ServiceEditPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let service_id = Memo::new(move |_| params.read().get("id").and_then(|s| s.parse::<i32>().ok()).unwrap_or(0));
    let draft_id = Memo::new(move |_| query.read().get("draft").unwrap_or_default());
    let save = ServerAction::<SaveService>::new();
    let publish = ServerAction::<SetServicePublished>::new();
    let form = Resource::new(
        move || (service_id.get(), draft_id.get(), save.version().get(), publish.version().get()),
        |(id, draft, _, _)| get_service_form(id, draft),
    );
    // A plain value, not a closure over the route's signals: leptos_axum
    // reads the title once the page is rendered, when those may already be
    // disposed (a panic seen in CI). `new` and `:id` are separate routes,
    // so the page is built afresh when one leads to the other.
    let title = if service_id.get_untracked() == 0 { "新しい予約メニュー" } else { "予約メニューの編集" };
    view! {
        <Title text=title/>
        <Breadcrumbs trail=services_trail() current="予約メニュー"/>
        <h1>{title}</h1>
        <Suspense fallback=crate::ui::loading>
            {move || {
                let saved = query.read().get("saved").is_some();
                let published = query.read().get("published");
                Suspend::new(async move {
                match form.await {
                    Ok(f) => {
                        let i = f.input.clone();
                        let e = f.errors.clone();
                        view! {
                            {saved.then(|| view! { <div class="panel panel--success" role="status" data-testid="service-saved"><p>"保存しました。"</p></div> })}
                            {published.map(|p| view! {
                                <div class="panel panel--success" role="status">
                                    <p>{if p == "1" { "公開しました。住民の予約メニューの一覧に表示されます。" } else { "非公開にしました。住民の画面には表示されません（予約済みの方の予約はそのままです）。" }}</p>
                                </div>
                            })}
                            {(f.service_id != 0).then(|| view! {
                                <p>
                                    "状態: "<strong data-testid="service-state">{if f.published { "公開中" } else { "非公開" }}</strong>" "
                                    <a href=format!("/staff/services/{}/slots", f.service_id)>"この予約メニューの予約枠"</a>
                                </p>
                                <div class="actions">
                                    <ActionForm action=publish>
                                        <input type="hidden" name="service_id" value=f.service_id.to_string()/>
                                        <input type="hidden" name="publish" value=(!f.published).to_string()/>
                                        <SubmitButton label=if f.published { "非公開にする" } else { "公開する" } pending=publish.pending() class="button button--secondary"/>
                                    </ActionForm>
                                </div>
                            })}
                            <ErrorSummary errors=e.clone()/>
                            <ActionForm action=save>
                                <input type="hidden" name="service_id" value=f.service_id.to_string()/>
                                <input type="hidden" name="draft_id" value=f.draft_id.clone()/>
                                <TextField id="name" label="名称" value=i.name.clone() error=error_for(&e, "name") hint="住民の画面に出る名前（例: 胃がん検診）"/>
                                <TextField id="venue" label="会場" value=i.venue.clone() error=error_for(&e, "venue") hint="例: 射水市保健センター"/>
                                <TextArea id="description" label="説明" value=i.description.clone() error=error_for(&e, "description") hint="予約メニューの一覧に出る説明"/>
                                <TextArea id="notes" label="注意事項" value=i.notes.clone() error=error_for(&e, "notes") hint="予約の前と確認メールに出る注意（持ち物など）"/>
                                <TextField id="opens_days" label="受付開始（何日前から）" value=i.opens_days.clone() error=error_for(&e, "opens_days") inputmode="numeric" hint="枠の日の何日前から予約できるか（例: 30）"/>
                                <TextField id="deadline_days" label="予約の締切日（何日前）" value=i.deadline_days.clone() error=error_for(&e, "deadline_days") inputmode="numeric" hint="0は当日、1は前日"/>
                                <TextField id="deadline_time" label="予約の締切時刻" value=i.deadline_time.clone() error=error_for(&e, "deadline_time") hint="例: 17:00"/>
                                <TextField id="change_days" label="変更・キャンセルの締切日（何日前）" value=i.change_days.clone() error=error_for(&e, "change_days") inputmode="numeric" hint="0は当日、1は前日"/>
                                <TextField id="change_time" label="変更・キャンセルの締切時刻" value=i.change_time.clone() error=error_for(&e, "change_time") hint="例: 17:00"/>
                                <TextField id="max_active" label="お一人の予約数の上限" value=i.max_active.clone() error=error_for(&e, "max_active") inputmode="numeric" hint="今後の予約をお一人何件まで持てるか（0は上限なし）"/>
                                <TextField id="hold_hours" label="キャンセル待ちの席の確保時間（時間）" value=i.hold_hours.clone() error=error_for(&e, "hold_hours") inputmode="numeric"
                                    hint="空きが出たとき、キャンセル待ちの方に席を確保しておく時間（例: 24）。予約の締切が近いときは短くなり、締切を過ぎることはありません"/>
                                <ReminderFields i=i.clone() e=e.clone()/>
                                <ModeFields i=i.clone() e=e.clone() service_id=f.service_id drawn_at=f.drawn_at.clone()/>
                                <ConditionFields i=i.clone() e=e.clone()/>
                                <div class="actions">
                                    <SubmitButton label="保存" pending=save.pending()/>
                                </div>
                            </ActionForm>
                            {(f.service_id == 0).then(|| view! { <p>"保存した予約メニューは非公開です。予約枠を作ってから公開してください。"</p> })}
                        }.into_any()
                    }
                    Err(error) => view! { <crate::ui::LoadError error href="/staff/services" label="予約メニューの管理へ"/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

/// 前日のお知らせ: how many days before the visit, and when, the reminder
/// email goes (`crate::reminders`); or none.
#[component]
fn ReminderFields(i: ServiceInput, e: Vec<FieldError>) -> impl IntoView {
    let chosen = if i.reminder_days.trim().is_empty() { "1".to_string() } else { i.reminder_days.trim().to_string() };
    let mut choices: Vec<(String, String)> = vec![("off".into(), "送らない".into()), ("0".into(), "当日".into()), ("1".into(), "前日".into())];
    for days in [2, 3, 7] {
        choices.push((days.to_string(), format!("{days}日前")));
    }
    // A number stored or typed outside the usual choices stays selectable.
    if !choices.iter().any(|(value, _)| *value == chosen) {
        choices.push((chosen.clone(), format!("{chosen}日前")));
    }
    let days_error = error_for(&e, "reminder_days");
    let has_error = days_error.is_some();
    view! {
        <h2>"お知らせメール"</h2>
        <div class="field" class:field--error=has_error>
            <label for="reminder_days" class="field__label">"予約日の前のお知らせメール"</label>
            <p class="field__hint" id="reminder_days-hint">"予約した方に、予約の内容・予約票・キャンセルの方法をメールで知らせます。来られなくなった方のキャンセルが早まり、空いた席がキャンセル待ちの方に回ります。"</p>
            {days_error.map(|m| view! { <p class="field__error" id="reminder_days-error">{m}</p> })}
            <select id="reminder_days" name="reminder_days" class="input"
                aria-describedby=if has_error { "reminder_days-hint reminder_days-error" } else { "reminder_days-hint" }
                aria-invalid=has_error.then_some("true")>
                {choices.into_iter().map(|(value, label)| {
                    let selected = value == chosen;
                    view! { <option value=value selected=selected>{label}</option> }
                }).collect_view()}
            </select>
        </div>
        <TextField id="reminder_time" label="お知らせメールを送る時刻" value=i.reminder_time.clone() error=error_for(&e, "reminder_time")
            hint="例: 9:00。お知らせを送る日時を過ぎてから予約された方には、確認メールだけを送ります"/>
    }
}

/// 予約の方法: 先着順, or 抽選 with its period, draw and number of
/// preferences (docs/LOTTERY.md). Fixed once drawn.
#[component]
fn ModeFields(i: ServiceInput, e: Vec<FieldError>, service_id: i32, drawn_at: Option<String>) -> impl IntoView {
    let lottery = i.booking_mode == "lottery";
    let mode_error = error_for(&e, "booking_mode").is_some();
    let results = format!("/staff/services/{service_id}/lottery");
    if let Some(at) = drawn_at {
        return view! {
            <h2>"予約の方法"</h2>
            <p data-testid="booking-mode">"抽選（"{at}"に実施済み）。予約の方法と抽選の日時は変えられません。残った席は先着順で予約できます。"</p>
            <p><a href=results>"抽選の申込者と結果"</a></p>
        }
        .into_any();
    }
    view! {
        <h2>"予約の方法"</h2>
        <div class="field" class:field--error=error_for(&e, "booking_mode").is_some()>
            <label for="booking_mode" class="field__label">"予約の方法"</label>
            <p class="field__hint" id="booking_mode-hint">"抽選: 申込期間に申し込んだ方の中から、抽選日時に抽選で予約を決めます。申し込みが定員を大きく超えそうなとき（先着順では受付開始の朝に申し込みが集中するとき）に選んでください。"</p>
            {error_for(&e, "booking_mode").map(|m| view! { <p class="field__error" id="booking_mode-error">{m}</p> })}
            <select id="booking_mode" name="booking_mode" class="input"
                aria-describedby=if mode_error { "booking_mode-hint booking_mode-error" } else { "booking_mode-hint" }
                aria-invalid=mode_error.then_some("true")>
                <option value="first_come" selected=!lottery>"先着順"</option>
                <option value="lottery" selected=lottery>"抽選"</option>
            </select>
        </div>
        <TextField id="apply_from" label="抽選の申込開始" value=i.apply_from.clone() error=error_for(&e, "apply_from") input_type="datetime-local"
            hint="抽選のときだけ。例: 2026-12-01 09:00"/>
        <TextField id="apply_until" label="抽選の申込締切" value=i.apply_until.clone() error=error_for(&e, "apply_until") input_type="datetime-local"
            hint="この時刻まで申し込み・取り下げができます"/>
        <TextField id="draw_at" label="抽選日時" value=i.draw_at.clone() error=error_for(&e, "draw_at") input_type="datetime-local"
            hint="この時刻に自動で抽選し、結果をメールで知らせます。申込締切の後なら、抽選の画面から先に行うこともできます"/>
        <TextField id="preferences" label="希望できる日時の数" value=i.preferences.clone() error=error_for(&e, "preferences") inputmode="numeric"
            hint="1〜5。申し込む方は、この数まで日時を希望順に選べます"/>
        {(service_id != 0 && lottery).then(|| view! { <p><a href=results>"抽選の申込者と抽選"</a></p> })}
    }
    .into_any()
}

/// 対象者条件: who may reserve. Residents answer before typing their
/// details; the booking core checks again at 送信 (docs/CONDITIONS.md).
#[component]
fn ConditionFields(i: ServiceInput, e: Vec<FieldError>) -> impl IntoView {
    let age_at = i.age_at.clone();
    let sex = i.sex.clone();
    view! {
        <h2>"対象者条件"</h2>
        <p class="field__hint">"条件のある予約メニューでは、住民は氏名などを入力する前に条件を確かめられ、あてはまらなければ理由と問い合わせ先が表示されます。窓口の代理予約では、理由を入力すれば条件外の方も予約できます（操作記録に残ります）。"</p>
        <TextField id="min_age" label="年齢の下限（何歳以上）" value=i.min_age.clone() error=error_for(&e, "min_age") inputmode="numeric" hint="例: 40（条件がなければ空欄）"/>
        <TextField id="max_age" label="年齢の上限（何歳以下）" value=i.max_age.clone() error=error_for(&e, "max_age") inputmode="numeric" hint="例: 74（条件がなければ空欄）"/>
        <div class="field">
            <label for="age_at" class="field__label">"年齢を数える日"</label>
            <p class="field__hint" id="age_at-hint">"年度末: 予約日の属する年度の3月31日時点の年齢（特定健診・がん検診など）"</p>
            <select id="age_at" name="age_at" class="input" aria-describedby="age_at-hint">
                <option value="fiscal_year_end" selected=age_at != "slot_date">"年度末（3月31日）時点"</option>
                <option value="slot_date" selected=age_at == "slot_date">"予約日時点"</option>
            </select>
        </div>
        <div class="field" class:field--error=error_for(&e, "sex").is_some()>
            <label for="sex" class="field__label">"性別"</label>
            {error_for(&e, "sex").map(|m| view! { <p class="field__error">{m}</p> })}
            <select id="sex" name="sex" class="input">
                <option value="" selected=sex.is_empty()>"指定なし"</option>
                <option value="female" selected=sex == "female">"女性のみ"</option>
                <option value="male" selected=sex == "male">"男性のみ"</option>
            </select>
        </div>
        <TextArea id="questions" label="はい・いいえで答える質問" value=i.questions.clone() error=error_for(&e, "questions")
            hint="1行に1つ、5つまで。「はい」と答えた方が対象になるように書いてください（例: 射水市の国民健康保険に加入している）。"/>
        <TextField id="contact" label="条件についての問い合わせ先" value=i.contact.clone() error=error_for(&e, "contact")
            hint="対象外の方に表示します（例: 射水市保健センター（電話 0766-52-7070））。空欄ならサイトの問い合わせ先"/>
    }
}

#[component]
fn TextArea(
    id: &'static str,
    label: &'static str,
    value: String,
    error: Option<String>,
    hint: &'static str,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_error = error.is_some();
    let described = if has_error { format!("{hint_id} {error_id}") } else { hint_id.clone() };
    view! {
        <div class="field" class:field--error=has_error>
            <label for=id class="field__label">{label}</label>
            <p class="field__hint" id=hint_id>{hint}</p>
            {error.map(|e| view! { <p class="field__error" id=error_id.clone()><span class="visually-hidden">"エラー: "</span>{e}</p> })}
            <textarea id=id name=id class="input textarea" rows="4" aria-describedby=described>{value}</textarea>
        </div>
    }
}

#[cfg(feature = "ssr")]
pub mod db {
    use super::*;
    use crate::actor::StaffActor;
    use crate::db::audit_log::Action;
    use crate::db::{services, slots};
    use crate::time::{time_short, to_jst};
    use chrono::{DateTime, Utc};
    use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set};

    pub async fn list(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Vec<ServiceRow>, DbErr> {
        let today = to_jst(now).date();
        let mut rows = Vec::new();
        for s in services::Entity::find().order_by_asc(services::Column::SortOrder).order_by_asc(services::Column::Id).all(db).await? {
            let upcoming_slots =
                slots::Entity::find().filter(slots::Column::ServiceId.eq(s.id)).filter(slots::Column::Date.gte(today)).count(db).await?;
            rows.push(ServiceRow {
                id: s.id,
                deadline_note: crate::booking::deadlines::deadline_note(&s),
                lottery: s.is_lottery(),
                name: s.name,
                venue: s.venue,
                published: s.published,
                upcoming_slots,
            });
        }
        Ok(rows)
    }

    fn input_of(s: &services::Model) -> ServiceInput {
        ServiceInput {
            name: s.name.clone(),
            venue: s.venue.clone(),
            description: s.description.clone(),
            notes: s.notes.clone(),
            opens_days: s.booking_opens_days.to_string(),
            deadline_days: s.deadline_days_before.to_string(),
            deadline_time: time_short(s.deadline_time),
            change_days: s.change_deadline_days_before.to_string(),
            change_time: time_short(s.change_deadline_time),
            max_active: s.max_active_per_resident.to_string(),
            hold_hours: s.waitlist_hold_hours.to_string(),
            booking_mode: if s.is_lottery() { "lottery" } else { "first_come" }.into(),
            apply_from: s.lottery_apply_from.map(field_time).unwrap_or_default(),
            apply_until: s.lottery_apply_until.map(field_time).unwrap_or_default(),
            draw_at: s.lottery_draw_at.map(field_time).unwrap_or_default(),
            preferences: s.lottery_preferences.to_string(),
            reminder_days: s.reminder_days_before.map_or_else(|| "off".to_string(), |d| d.to_string()),
            reminder_time: time_short(s.reminder_time),
            ..conditions_input(&s.eligibility())
        }
    }

    /// As a `datetime-local` field shows it, in Japan time.
    fn field_time(at: DateTime<Utc>) -> String {
        to_jst(at).format("%Y-%m-%dT%H:%M").to_string()
    }

    /// 対象者条件 as the form shows them.
    fn conditions_input(rule: &Eligibility) -> ServiceInput {
        ServiceInput {
            min_age: rule.min_age.map(|n| n.to_string()).unwrap_or_default(),
            max_age: rule.max_age.map(|n| n.to_string()).unwrap_or_default(),
            age_at: match rule.age_at {
                AgeAt::FiscalYearEnd => "fiscal_year_end",
                AgeAt::SlotDate => "slot_date",
            }
            .into(),
            sex: match rule.sex {
                None => "",
                Some(Sex::Female) => "female",
                Some(Sex::Male) => "male",
            }
            .into(),
            questions: rule.questions.iter().map(|q| q.text.as_str()).collect::<Vec<_>>().join("\n"),
            contact: rule.contact.clone(),
            ..ServiceInput::default()
        }
    }

    /// The form: the draft's input and errors after a failed save, else the
    /// service as stored (or the defaults for a new one).
    pub async fn form(
        db: &DatabaseConnection,
        service_id: i32,
        draft_id: &str,
        owner: &crate::browser::Browser,
        now: DateTime<Utc>,
    ) -> Result<Option<ServiceForm>, DbErr> {
        let service = if service_id == 0 {
            None
        } else {
            match services::Entity::find_by_id(service_id).one(db).await? {
                Some(s) => Some(s),
                None => return Ok(None),
            }
        };
        let published = service.as_ref().is_some_and(|s| s.published);
        let drawn_at = service.as_ref().and_then(|s| s.lottery_drawn_at).map(|t| crate::time::date_time_long(to_jst(t)));
        if let Some(draft) = crate::drafts::load::<ServiceDraft>(db, draft_id, KIND_SERVICE_FORM, owner, now).await? {
            if draft.payload.service_id == service_id {
                let mut errors = draft.payload.input.validate().err().unwrap_or_default();
                errors.extend(draft.payload.refused);
                return Ok(Some(ServiceForm { service_id, published, draft_id: draft.row.id, input: draft.payload.input, errors, drawn_at }));
            }
        }
        let input = service.as_ref().map_or_else(ServiceInput::new_service, input_of);
        Ok(Some(ServiceForm { service_id, published, draft_id: String::new(), input, errors: vec![], drawn_at }))
    }

    pub enum Saved {
        Done(i32),
        NotFound,
        /// What the service's state does not allow, for the form.
        Refused(Vec<FieldError>),
    }

    /// Creates (`service_id` 0, unpublished, last in the list) or updates a
    /// service. A 抽選 that has been drawn keeps its mode and dates; one
    /// with applications waiting for the draw stays a 抽選.
    pub async fn save(db: &DatabaseConnection, who: &StaffActor, service_id: i32, s: &ServiceSettings, now: DateTime<Utc>) -> Result<Saved, DbErr> {
        let txn = crate::db::begin_write(db).await?;
        let mut active = if service_id == 0 {
            let last = services::Entity::find().order_by_desc(services::Column::SortOrder).one(&txn).await?.map_or(0, |s| s.sort_order + 1);
            services::ActiveModel { published: Set(false), sort_order: Set(last), created_at: Set(now), ..Default::default() }
        } else {
            // Not while an application is being made or the draw runs.
            crate::booking::lottery::lock(&txn, service_id).await?;
            let Some(found) = services::Entity::find_by_id(service_id).one(&txn).await? else { return Ok(Saved::NotFound) };
            if found.awaits_draw() && s.lottery.is_none() && crate::booking::lottery::applications_waiting(&txn, found.id).await? > 0 {
                return Ok(Saved::Refused(vec![FieldError::new(
                    "booking_mode",
                    "抽選の申し込みがあるため、先着順に変えられません。抽選を行うか、申し込みがなくなってから変えてください。",
                )]));
            }
            found.into()
        };
        let drawn = matches!(&active.lottery_drawn_at, sea_orm::ActiveValue::Unchanged(Some(_)));
        if !drawn {
            active.booking_mode = Set(if s.lottery.is_some() { services::BookingMode::Lottery } else { services::BookingMode::FirstCome });
            if let Some(lottery) = &s.lottery {
                active.lottery_apply_from = Set(Some(lottery.apply_from));
                active.lottery_apply_until = Set(Some(lottery.apply_until));
                active.lottery_draw_at = Set(Some(lottery.draw_at));
                active.lottery_preferences = Set(lottery.preferences);
            }
        }
        active.name = Set(s.name.clone());
        active.venue = Set(s.venue.clone());
        active.description = Set(s.description.clone());
        active.notes = Set(s.notes.clone());
        active.booking_opens_days = Set(s.opens_days);
        active.deadline_days_before = Set(s.deadline_days);
        active.deadline_time = Set(s.deadline_time);
        active.change_deadline_days_before = Set(s.change_days);
        active.change_deadline_time = Set(s.change_time);
        active.max_active_per_resident = Set(s.max_active);
        active.eligibility = Set(s.eligibility.to_stored());
        active.waitlist_hold_hours = Set(s.hold_hours);
        active.reminder_days_before = Set(s.reminder_days);
        active.reminder_time = Set(s.reminder_time);
        let saved = if service_id == 0 { active.insert(&txn).await? } else { active.update(&txn).await? };
        let action = if service_id == 0 { Action::CreateService } else { Action::EditService };
        crate::audit::record(&txn, who, action, &format!("service:{}", saved.id), &saved.name, now).await?;
        txn.commit().await?;
        Ok(Saved::Done(saved.id))
    }

    pub async fn set_published(db: &DatabaseConnection, who: &StaffActor, service_id: i32, publish: bool, now: DateTime<Utc>) -> Result<bool, DbErr> {
        let txn = crate::db::begin_write(db).await?;
        let Some(found) = services::Entity::find_by_id(service_id).one(&txn).await? else { return Ok(false) };
        let name = found.name.clone();
        let mut active: services::ActiveModel = found.into();
        active.published = Set(publish);
        active.update(&txn).await?;
        let action = if publish { Action::PublishService } else { Action::UnpublishService };
        crate::audit::record(&txn, who, action, &format!("service:{service_id}"), &name, now).await?;
        txn.commit().await?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_service_needs_a_name_and_a_venue() {
        let errors = ServiceInput::new_service().validate().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "venue"]);
        let ok = ServiceInput { name: "胃がん検診".into(), venue: "保健センター".into(), ..ServiceInput::new_service() }.validate().unwrap();
        assert_eq!((ok.opens_days, ok.deadline_days, ok.max_active), (30, 1, 0));
    }

    #[test]
    fn conditions_as_typed() {
        let base = ServiceInput { name: "特定健診".into(), venue: "保健センター".into(), ..ServiceInput::new_service() };
        assert!(base.validate().unwrap().eligibility.is_open_to_all());
        let typed = ServiceInput {
            min_age: "４０".into(),
            max_age: "74".into(),
            age_at: "fiscal_year_end".into(),
            questions: "射水市の国民健康保険に加入している\n\n  今年度まだ受診していない  \n".into(),
            contact: "保健センター".into(),
            ..base.clone()
        };
        let rule = typed.validate().unwrap().eligibility;
        assert_eq!((rule.min_age, rule.max_age, rule.age_at), (Some(40), Some(74), AgeAt::FiscalYearEnd));
        assert_eq!(rule.questions.len(), 2);
        assert_eq!(rule.questions[1].text, "今年度まだ受診していない");
        assert!(rule.questions.iter().all(|q| q.qualifying_answer));
        let wrong = ServiceInput {
            min_age: "80".into(),
            max_age: "20".into(),
            sex: "other".into(),
            questions: "a\nb\nc\nd\ne\nf".into(),
            ..base
        };
        let fields: Vec<String> = wrong.validate().unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["max_age", "sex", "questions"]);
    }

    #[test]
    fn the_deadline_must_come_after_booking_opens() {
        let input = ServiceInput { name: "a".into(), venue: "b".into(), opens_days: "3".into(), deadline_days: "５".into(), ..ServiceInput::new_service() };
        assert_eq!(input.validate().unwrap_err()[0].field, "deadline_days");
    }
}
