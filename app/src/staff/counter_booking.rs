//! 代理予約: staff reserve for a resident at the counter or on the phone.
//! For a known resident (from 利用者の詳細) only the slot is chosen; for a
//! new one staff type the details and a user key is issued. The booking
//! goes through the core ([`crate::booking::book`]) with the staff member
//! as the actor, so capacity, deadlines, the per-resident limit and the
//! confirmation email are the residents' own, and the audit entry is
//! written in the same transaction.
//!
//! 対象者条件: the page lists each service's conditions for the clerk to
//! ask; the core checks the age from the date of birth. Someone outside
//! the rules is booked only with a reason (例外の理由), which the audit log
//! keeps beside the conditions they did not meet.
use super::*;
#[cfg(feature = "ssr")]
use super::access;
use crate::domain::DetailsInput;
use crate::domain::FieldError;
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, TextField, error_for};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

pub const KIND_COUNTER_BOOKING: &str = "staff_counter_booking";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotOption {
    pub id: i32,
    /// `胃がん検診 12月1日(火) 9:30〜10:00（残り3人）`
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CounterForm {
    /// 0: a new resident.
    pub resident_id: i32,
    /// `射水 太郎（ABCD-EFGH-JKMN）` for a known resident.
    pub resident: Option<String>,
    pub slots: Vec<SlotOption>,
    pub slot_id: i32,
    pub draft_id: String,
    pub input: DetailsInput,
    /// 例外の理由, as typed.
    pub waiver: String,
    pub errors: Vec<FieldError>,
    /// Each published service with 対象者条件: its name and conditions.
    pub conditions: Vec<(String, Vec<String>)>,
    /// A known resident without email: nothing is mailed to them.
    #[serde(default)]
    pub without_email: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CounterDraft {
    pub resident_id: i32,
    pub slot_id: i32,
    pub input: DetailsInput,
    #[serde(default)]
    pub waiver: String,
    /// The core's refusal (対象外), shown on the form with the rest.
    #[serde(default)]
    pub refused: Vec<FieldError>,
}

/// Longest 例外の理由 (characters).
pub const MAX_WAIVER_CHARS: usize = 200;

#[server(endpoint = "staff/counter_form")]
pub async fn get_counter_form(resident_id: i32, draft_id: String) -> Result<CounterForm, AppError> {
    use crate::error::fail;
    let (state, _) = access::require_staff().await?;
    db::form(&state.db, resident_id, &draft_id, &crate::browser::of_request(&state.site), state.clock.now()).await?.ok_or_else(|| fail(AppError::NotFound))
}

/// 予約する (代理).
#[server(endpoint = "staff/counter_book")]
#[allow(clippy::too_many_arguments)]
pub async fn book_at_counter(
    resident_id: i32,
    draft_id: String,
    slot_id: String,
    name: Option<String>,
    kana: Option<String>,
    birth_year: Option<String>,
    birth_month: Option<String>,
    birth_day: Option<String>,
    phone: String,
    email: Option<String>,
    no_email: Option<String>,
    waiver: Option<String>,
) -> Result<(), AppError> {
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    let now = state.clock.now();
    let clip = |v: Option<String>| crate::drafts::clip(&v.unwrap_or_default());
    // メールアドレスなし: whatever was typed in the address field is dropped.
    let no_email = no_email.is_some_and(|v| v == "true");
    let email = if no_email { String::new() } else { clip(email) };
    let typed = DetailsInput {
        name: clip(name),
        kana: clip(kana),
        birth_year: clip(birth_year),
        birth_month: clip(birth_month),
        birth_day: clip(birth_day),
        phone: crate::drafts::clip(&phone),
        email_confirm: email.clone(),
        email,
        no_email,
    };
    let waiver: String = waiver.unwrap_or_default().trim().chars().take(MAX_WAIVER_CHARS).collect();
    let slot_id = slot_id.trim().parse::<i32>().unwrap_or(0);
    let booked = db::book(&state.db, &state.site, &access::acting(&me), &state.clock, resident_id, slot_id, typed.clone(), &waiver)
        .await
        .map_err(fail)?;
    let refused = match booked {
        db::Outcome::Booked(resident) => {
            state.outbox_signal.notify_one();
            crate::redirect::to(&format!("/staff/residents/{resident}?done=reserved"));
            return Ok(());
        }
        db::Outcome::Fix => Vec::new(),
        db::Outcome::Refused(errors) => errors,
    };
    {
        let existing = Some(draft_id.as_str()).filter(|d| !d.is_empty());
        let owner = crate::browser::of_request(&state.site);
        let draft = CounterDraft { resident_id, slot_id, input: typed, waiver, refused };
        let draft = crate::drafts::save(&state.db, existing, KIND_COUNTER_BOOKING, &draft, &owner, now).await?;
        crate::redirect::to(&format!("/staff/reserve?resident={resident_id}&draft={draft}#error-summary-title"));
    }
    Ok(())
}

#[component]
pub fn CounterBookingPage() -> impl IntoView {
    let query = use_query_map();
    let resident_id = Memo::new(move |_| query.read().get("resident").and_then(|v| v.parse::<i32>().ok()).unwrap_or(0));
    let draft_id = Memo::new(move |_| query.read().get("draft").unwrap_or_default());
    let book = ServerAction::<BookAtCounter>::new();
    let form = Resource::new(move || (resident_id.get(), draft_id.get()), |(id, draft)| get_counter_form(id, draft));
    view! {
        <Title text="代理予約"/>
        <Breadcrumbs trail=vec![("職員用画面".into(), "/staff".to_string()), ("利用者の検索".into(), "/staff/residents".to_string())] current="代理予約"/>
        <h1>"代理予約（窓口・電話）"</h1>
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(f) => {
                        let (i, e) = (f.input.clone(), f.errors.clone());
                        let known = f.resident.is_some();
                        view! {
                            {move || book.value().get().and_then(|r| r.err()).map(|error| view! {
                                <div class="notice notice--error" role="alert"><p>{error.message()}</p></div>
                            })}
                            <ErrorSummary errors=e.clone()/>
                            {match f.resident.clone() {
                                Some(who) if f.without_email => view! { <p>{format!("{who}さんの予約を取ります。メールアドレスの登録がないため、メールは送りません。予約したら、利用者の詳細の「予約票を印刷」からお渡しください。")}</p> }.into_any(),
                                Some(who) => view! { <p>{format!("{who}さんの予約を取ります。確認メールはご本人の登録アドレスに届きます。")}</p> }.into_any(),
                                None => view! {
                                    <p>"新しい利用者として予約します。利用者キーを発行し、予約番号とともにメールで送ります（画面にも表示します）。"</p>
                                    <p>"メールアドレスのない方は「メールアドレスなし」を選んでください。メールは送らず、利用者キーと予約を印刷した予約票をお渡しします。変更・キャンセルは電話か窓口で受けます。"</p>
                                }.into_any(),
                            }}
                            {(!f.conditions.is_empty()).then(|| view! {
                                <section class="panel" data-testid="counter-conditions">
                                    <h2>"対象者条件のある予約メニュー"</h2>
                                    <p>"年齢は生年月日から確かめます。性別と質問は、ご本人に確認してください。"</p>
                                    {f.conditions.iter().map(|(name, rules)| view! {
                                        <h3>{name.clone()}</h3>
                                        <ul>{rules.iter().map(|r| view! { <li>{crate::words::view_of(r.clone())}</li> }).collect_view()}</ul>
                                    }).collect_view()}
                                </section>
                            })}
                            <ActionForm action=book>
                                <input type="hidden" name="resident_id" value=f.resident_id.to_string()/>
                                <input type="hidden" name="draft_id" value=f.draft_id.clone()/>
                                <div class="field" class:field--error=error_for(&e, "slot_id").is_some()>
                                    <label for="slot_id" class="field__label">"予約枠"</label>
                                    {error_for(&e, "slot_id").map(|m| view! { <p class="field__error">{m}</p> })}
                                    <select id="slot_id" name="slot_id" class="input">
                                        <option value="">"選んでください"</option>
                                        {f.slots.iter().map(|s| view! {
                                            <option value=s.id.to_string() selected=s.id == f.slot_id>{s.label.clone()}</option>
                                        }).collect_view()}
                                    </select>
                                </div>
                                {(!known).then(|| view! {
                                    <TextField id="name" label="氏名" value=i.name.clone() error=error_for(&e, "name")/>
                                    <TextField id="kana" label="ふりがな" value=i.kana.clone() error=error_for(&e, "kana")/>
                                    <fieldset class="field">
                                        <legend class="field__label">"生年月日（西暦）"</legend>
                                        {error_for(&e, "birth_year").map(|m| view! { <p class="field__error">{m}</p> })}
                                        <div class="date-inputs">
                                            <TextField id="birth_year" label="年" value=i.birth_year.clone() inputmode="numeric" class="input--4"/>
                                            <TextField id="birth_month" label="月" value=i.birth_month.clone() inputmode="numeric" class="input--2"/>
                                            <TextField id="birth_day" label="日" value=i.birth_day.clone() inputmode="numeric" class="input--2"/>
                                        </div>
                                    </fieldset>
                                })}
                                <TextField id="phone" label="電話番号" value=i.phone.clone() error=error_for(&e, "phone") inputmode="tel"/>
                                {(!known).then(|| view! {
                                    <TextField id="email" label="メールアドレス" value=i.email.clone() error=error_for(&e, "email") input_type="email"
                                        hint="メールアドレスのない方は空欄のまま、下の「メールアドレスなし」を選んでください"/>
                                    <div class="field">
                                        <label class="checkbox" for="no_email">
                                            <input type="checkbox" id="no_email" name="no_email" value="true" checked=i.no_email/>
                                            "メールアドレスなし（予約票を印刷してお渡しする）"
                                        </label>
                                    </div>
                                })}
                                {(!f.conditions.is_empty()).then(|| view! {
                                    <TextField id="waiver" label="対象者条件の例外として予約する理由" value=f.waiver.clone() error=error_for(&e, "waiver")
                                        hint="条件にあてはまらない方を例外として予約するときだけ入力します（例: 医師の指示により年齢外で受診）。理由は操作記録に残ります。"/>
                                })}
                                <div class="actions"><SubmitButton label="予約する" pending=book.pending()/></div>
                            </ActionForm>
                        }.into_any()
                    }
                    Err(error) => view! { <crate::ui::LoadError error href="/staff/residents" label="利用者の検索へ"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
pub mod db {
    use super::*;
    use crate::actor::{Actor, StaffActor};
    use crate::booking::{self, ForWhom, deadlines::slot_availability};
    use crate::clock::Clock;
    use crate::db::{begin_write, residents, services, slots};
    use crate::domain::Availability;
    use crate::site::SiteSettings;
    use crate::time::{slot_when, to_jst};
    use chrono::{DateTime, Utc};
    use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

    /// Each published service with 対象者条件, with its conditions in the
    /// console's Japanese.
    async fn services_with_conditions(db: &DatabaseConnection) -> Result<Vec<(String, Vec<String>)>, DbErr> {
        Ok(services::Entity::find()
            .filter(services::Column::Published.eq(true))
            .order_by_asc(services::Column::SortOrder)
            .all(db)
            .await?
            .into_iter()
            .filter_map(|s| {
                let rule = s.eligibility();
                (!rule.is_open_to_all()).then(|| (s.name, crate::conditions::rules_in(&rule, crate::language::Language::Ja)))
            })
            .collect())
    }

    /// Slots a resident could book now, soonest first.
    async fn open_slots(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Vec<SlotOption>, DbErr> {
        let now_jst = to_jst(now);
        let services: std::collections::HashMap<i32, services::Model> =
            services::Entity::find().filter(services::Column::Published.eq(true)).all(db).await?.into_iter().map(|s| (s.id, s)).collect();
        let upcoming = slots::Entity::find()
            .filter(slots::Column::Date.gte(now_jst.date()))
            .filter(slots::Column::IsOpen.eq(true))
            .order_by_asc(slots::Column::Date)
            .order_by_asc(slots::Column::StartTime)
            .all(db)
            .await?;
        Ok(upcoming
            .into_iter()
            .filter_map(|slot| {
                let service = services.get(&slot.service_id)?;
                match slot_availability(service, &slot, now_jst) {
                    Availability::Open { remaining } => Some(SlotOption {
                        id: slot.id,
                        label: format!("{} {}（残り{remaining}人）", service.name, slot_when(slot.date, slot.start_time, slot.end_time)),
                    }),
                    _ => None,
                }
            })
            .collect())
    }

    async fn resident(db: &DatabaseConnection, id: i32) -> Result<Option<residents::Model>, DbErr> {
        if id == 0 { Ok(None) } else { residents::Entity::find_by_id(id).one(db).await }
    }

    pub async fn form(
        db: &DatabaseConnection,
        resident_id: i32,
        draft_id: &str,
        owner: &crate::browser::Browser,
        now: DateTime<Utc>,
    ) -> Result<Option<CounterForm>, DbErr> {
        let known = resident(db, resident_id).await?;
        if resident_id != 0 && known.is_none() {
            return Ok(None);
        }
        let slots = open_slots(db, now).await?;
        let conditions = services_with_conditions(db).await?;
        let who = known.as_ref().map(|r| format!("{}（{}）", r.name, crate::domain::UserKey::parse(&r.user_key).map(|k| k.to_string()).unwrap_or_default()));
        let today = to_jst(now).date();
        let without_email = known.as_ref().is_some_and(|r| r.email.is_empty());
        if let Some(draft) = crate::drafts::load::<CounterDraft>(db, draft_id, KIND_COUNTER_BOOKING, owner, now).await? {
            if draft.payload.resident_id == resident_id {
                let mut errors = check(&draft.payload.input, draft.payload.slot_id, &slots, today).err().unwrap_or_default();
                let p = draft.payload;
                errors.extend(p.refused);
                return Ok(Some(CounterForm {
                    resident_id,
                    resident: who,
                    slots,
                    slot_id: p.slot_id,
                    draft_id: draft.row.id,
                    input: p.input,
                    waiver: p.waiver,
                    errors,
                    conditions,
                    without_email,
                }));
            }
        }
        let input = known.as_ref().map(residents::Model::details).unwrap_or_default();
        Ok(Some(CounterForm {
            resident_id,
            resident: who,
            slots,
            slot_id: 0,
            draft_id: String::new(),
            input,
            waiver: String::new(),
            errors: vec![],
            conditions,
            without_email,
        }))
    }

    fn check(input: &DetailsInput, slot_id: i32, slots: &[SlotOption], today: chrono::NaiveDate) -> Result<(), Vec<FieldError>> {
        let mut errors = input.validate(today).err().unwrap_or_default();
        // One address typed once: its confirmation is not asked of staff.
        errors.retain(|e| e.field != "email_confirm");
        if !slots.iter().any(|s| s.id == slot_id) {
            errors.insert(0, FieldError::new("slot_id", "予約枠を選んでください（満員・受付終了の枠は選べません）。"));
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    /// What came of 予約する at the counter.
    pub enum Outcome {
        /// Booked, for this resident.
        Booked(i32),
        /// The form needs fixing (its errors are found again from it).
        Fix,
        /// 対象外: the conditions not met, to show on the form with the
        /// way through (a reason).
        Refused(Vec<FieldError>),
    }

    /// Books (the outcome says for whom), or says what to fix. Capacity,
    /// deadline and limit refusals come back as errors.
    #[allow(clippy::too_many_arguments)]
    pub async fn book(
        db: &DatabaseConnection,
        site: &SiteSettings,
        me: &StaffActor,
        clock: &Clock,
        resident_id: i32,
        slot_id: i32,
        typed: DetailsInput,
        waiver: &str,
    ) -> Result<Outcome, AppError> {
        let now = clock.now();
        let known = resident(db, resident_id).await?;
        if resident_id != 0 && known.is_none() {
            return Err(AppError::NotFound);
        }
        let input = match &known {
            Some(r) => DetailsInput { phone: if typed.phone.trim().is_empty() { r.phone.clone() } else { typed.phone }, ..r.details() },
            None => DetailsInput { email_confirm: typed.email.clone(), ..typed },
        };
        let slots = open_slots(db, now).await?;
        if check(&input, slot_id, &slots, to_jst(now).date()).is_err() {
            return Ok(Outcome::Fix);
        }
        let Ok(details) = input.validate(to_jst(now).date()) else { return Ok(Outcome::Fix) };
        let for_whom = match known {
            Some(r) => ForWhom::Known { resident_id: r.id, phone: Some(details.phone) },
            None => ForWhom::New(details),
        };
        let conditions = booking::Conditions::Counter { waived: Some(waiver.to_string()).filter(|w| !w.is_empty()) };
        let txn = begin_write(db).await?;
        let booked = match booking::book(&txn, site, &Actor::Staff(me.clone()), clock, slot_id, for_whom, conditions).await {
            Ok(booked) => booked,
            Err(booking::BookingError::NotEligible { reasons, .. }) => {
                return Ok(Outcome::Refused(vec![FieldError::new(
                    "waiver",
                    format!("対象者条件（{reasons}）にあてはまりません。例外として予約するときは、理由を入力してください。"),
                )]));
            }
            Err(refused) => return Err(refused.into()),
        };
        txn.commit().await?;
        Ok(Outcome::Booked(booked.resident_id))
    }
}
