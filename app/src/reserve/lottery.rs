//! 抽選の申し込み in 予約する: a 抽選 service's page says how it works
//! and when; 抽選に申し込む asks for the slots wanted, most wanted first
//! (`/reserve/services/:id/apply`); then the same steps as a reservation —
//! 対象者の確認 when the service has conditions, the details form, the
//! check page, 送信 — each saying that an application, not a reservation,
//! is what 送信 makes; the completion page gives the 申込番号. The rules
//! are the booking core's (`crate::booking::lottery`).
use super::*;
use super::parts::{details_trail, reserve_crumb};
use crate::catalogue::SlotFacts;
use crate::lottery::{LotteryInfo, Phase};
use crate::texts::Text;
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, error_for, loading};
use crate::words::view_of;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Most slots one application may name (the staff form's limit too).
pub const MAX_CHOICES: usize = 5;

/// One slot one may name, as the choices' lists show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChoiceOption {
    pub id: i32,
    /// `2026年12月20日(日) 9:00〜9:30`
    pub label: String,
}

/// The choices page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChoicesView {
    pub service_id: i32,
    pub service_name: String,
    pub info: LotteryInfo,
    pub options: Vec<ChoiceOption>,
    /// The application's draft when one was begun ("" before).
    pub draft_id: String,
    /// As chosen (most wanted first; `None`: 選ばない).
    pub chosen: Vec<Option<i32>>,
    pub errors: Vec<FieldError>,
}

/// What the details, check and completion pages say of an application.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplyingView {
    /// The application's draft while it is being made ("" once sent): the
    /// way back to its choices.
    #[serde(default)]
    pub draft_id: String,
    pub service_id: i32,
    pub service_name: String,
    pub venue: String,
    /// 「第1希望：2026年12月20日(日) 9:00〜9:30」, one per slot named.
    pub choices: Vec<String>,
    pub draw_at: String,
}

/// The name of the `n`th choice's field (from 0).
pub fn choice_field(n: usize) -> String {
    format!("choice_{n}")
}

#[server(endpoint = "reserve/lottery_choices")]
pub async fn get_lottery_choices(service_id: i32, draft_id: String) -> Result<ChoicesView, AppError> {
    use crate::error::fail;
    use crate::state::app_state;
    let state = app_state()?;
    let owner = crate::browser::of_request(&state.site);
    ssr::choices_view(&state.db, service_id, &draft_id, &owner, state.clock.now()).await?.ok_or_else(|| fail(AppError::NotFound))
}

/// 次へ on the choices: keeps them in the application's draft and goes on
/// to 対象者の確認 or the details form — or back, saying what to correct.
#[server(endpoint = "reserve/lottery_choose")]
#[allow(clippy::too_many_arguments)]
pub async fn save_choices(
    service_id: i32,
    draft_id: String,
    choice_0: Option<String>,
    choice_1: Option<String>,
    choice_2: Option<String>,
    choice_3: Option<String>,
    choice_4: Option<String>,
) -> Result<(), AppError> {
    use crate::state::app_state;
    let state = app_state()?;
    let me = crate::login::ssr::current_resident(&state).await?;
    let owner = crate::browser::of_request(&state.site);
    let typed = vec![choice_0, choice_1, choice_2, choice_3, choice_4];
    let (draft, valid) = ssr::save_choices(&state.db, Some(draft_id.as_str()), service_id, typed, me.as_ref(), &owner, state.clock.now()).await?;
    if valid {
        crate::redirect::to(&format!("/reserve/drafts/{draft}"));
    } else {
        crate::redirect::to(&format!("/reserve/services/{service_id}/apply?draft={draft}#error-summary-title"));
    }
    Ok(())
}

/// On a 抽選 service's page: how it works, its dates, and the way to
/// apply while the period is open.
#[component]
pub fn LotteryPanel(service_id: i32, info: LotteryInfo) -> impl IntoView {
    let state = match info.phase {
        Phase::Before => Text::LotteryBefore.view_with(&[("from", &info.apply_from)]),
        Phase::Applying => Text::LotteryApplying.view_with(&[("until", &info.apply_until)]),
        Phase::AwaitingDraw => Text::LotteryClosed.view(),
        Phase::Drawn | Phase::NotLottery => Text::LotteryDrawn.view(),
    };
    let preferences = info.preferences.to_string();
    view! {
        <section class="panel" data-testid="lottery-panel">
            <h2>{Text::LotteryHeading.view()}</h2>
            {(info.phase != Phase::Drawn).then(|| view! { <p>{Text::LotteryLead.view()}</p> })}
            <dl class="facts">
                <dt>{Text::LotteryLabelPeriod.view()}</dt>
                <dd>{Text::LotteryPeriod.view_with(&[("from", &info.apply_from), ("until", &info.apply_until)])}</dd>
                <dt>{Text::LotteryLabelDraw.view()}</dt><dd>{view_of(info.draw_at.clone())}</dd>
                <dt>{Text::LotteryLabelChoices.view()}</dt><dd>{Text::LotteryChoicesCount.view_with(&[("n", &preferences)])}</dd>
            </dl>
            <p data-testid="lottery-state">{state}</p>
            {(info.phase == Phase::Applying).then(|| view! {
                <p><a class="button button--primary" href=format!("/reserve/services/{service_id}/apply") data-testid="lottery-apply">{Text::LotteryApplyButton.view()}</a></p>
            })}
        </section>
    }
}

/// `/reserve/services/:service_id/apply` (and `?draft=` after a mistake):
/// the slots wanted, most wanted first.
#[component]
pub fn ChoicesPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let service_id = Memo::new(move |_| params.read().get("service_id").unwrap_or_default());
    let draft_id = Memo::new(move |_| query.read().get("draft").unwrap_or_default());
    let save = ServerAction::<SaveChoices>::new();
    let view_data = Resource::new(
        move || (service_id.get(), draft_id.get(), save.version().get()),
        |(id, draft, _)| async move {
            match id.parse::<i32>() {
                Ok(id) => get_lottery_choices(id, draft).await,
                Err(_) => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match view_data.await {
                    Ok(v) => view! { <Choices save v/> }.into_any(),
                    Err(error) => view! {
                        <Title text=Text::LotteryApplyTitle.plain()/>
                        <Breadcrumbs trail=vec![reserve_crumb()] current=Text::LotteryApplyTitle/>
                        <crate::ui::LoadError error href="/reserve" label=Text::ReserveLoadErrorLink/>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Choices(save: ServerAction<SaveChoices>, v: ChoicesView) -> impl IntoView {
    let title = if v.errors.is_empty() {
        Text::LotteryApplyTitle.plain()
    } else {
        Text::FormErrorTitle.plain_with(&[("title", Text::LotteryApplyTitle.said())])
    };
    let service_page = format!("/reserve/services/{}", v.service_id);
    if v.info.phase != Phase::Applying {
        return view! {
            <Title text=title/>
            <Breadcrumbs trail=details_trail(v.service_id) current=Text::LotteryApplyTitle/>
            <h1>{Text::LotteryApplyTitle.view()}</h1>
            <div class="notice notice--error" role="alert">
                <p>{Text::ErrorLotteryNotApplying.view()}</p>
                <p><a href=service_page>{Text::ReserveBackToSlots.view()}</a></p>
            </div>
        }
        .into_any();
    }
    let count = usize::try_from(v.info.preferences).unwrap_or(1).clamp(1, MAX_CHOICES);
    let fields = (0..count)
        .map(|n| {
            let id = choice_field(n);
            let error = error_for(&v.errors, &id);
            let chosen = v.chosen.get(n).copied().flatten();
            let label = Text::LotteryChoiceLabel.view_with(&[("n", &(n + 1).to_string())]);
            let hint = if n == 0 { Text::LotteryChoiceFirstHint } else { Text::LotteryChoiceOptional };
            let error_prefix = Text::FormFieldError.plain_with(&[("message", "")]).trim().to_string();
            let invalid = error.is_some();
            let hint_id = format!("{id}-hint");
            let error_id = format!("{id}-error");
            let described = if invalid { format!("{hint_id} {error_id}") } else { hint_id.clone() };
            view! {
                <div class="field" class:field--error=invalid>
                    <label for=id.clone() class="field__label">{label}</label>
                    <p class="field__hint" id=hint_id>{hint.view()}</p>
                    {error.map(|m| view! { <p class="field__error" id=error_id><span class="visually-hidden">{error_prefix}" "</span>{view_of(m)}</p> })}
                    <select id=id.clone() name=id class="input" aria-describedby=described aria-invalid=invalid.then_some("true")>
                        <option value="" selected=chosen.is_none()>{if n == 0 { Text::LotteryChoicePlaceholder.plain() } else { Text::LotteryChoiceNone.plain() }}</option>
                        {v.options.iter().map(|o| view! {
                            <option value=o.id.to_string() selected=chosen == Some(o.id)>{crate::words::plain(&o.label)}</option>
                        }).collect_view()}
                    </select>
                </div>
            }
        })
        .collect_view();
    view! {
        <Title text=title/>
        <Breadcrumbs trail=details_trail(v.service_id) current=Text::LotteryApplyTitle/>
        <h1>{Text::LotteryApplyTitle.view()}</h1>
        <ErrorSummary errors=v.errors.clone()/>
        {move || save.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{view_of(error.message())}</p></div>
        })}
        <p class="notice" data-testid="lottery-notice">{Text::LotteryNotice.view_with(&[("draw_at", &v.info.draw_at)])}</p>
        <dl class="facts">
            <dt>{Text::FormLabelService.view()}</dt><dd>{v.service_name.clone()}</dd>
        </dl>
        <p>{Text::LotteryChoicesLead.view()}</p>
        <ActionForm action=save>
            <input type="hidden" name="service_id" value=v.service_id/>
            <input type="hidden" name="draft_id" value=v.draft_id.clone()/>
            {fields}
            <div class="actions">
                <SubmitButton label=Text::ConditionsNext pending=save.pending()/>
            </div>
        </ActionForm>
        <p><a href=service_page>{Text::ReserveBackToSlots.view()}</a></p>
    }
    .into_any()
}

/// What the step is for: the slot of a reservation (or of a place in
/// line), or the slots named by an application.
#[component]
pub fn WhatFor(info: SlotSummary, applying: Option<ApplyingView>) -> impl IntoView {
    match applying {
        Some(a) => view! { <ApplyingFacts a/> }.into_any(),
        None => view! { <SlotFacts info/> }.into_any(),
    }
}

/// The application's service and choices, and that it is not a reservation.
#[component]
pub fn ApplyingFacts(a: ApplyingView) -> impl IntoView {
    view! {
        <p class="notice" data-testid="lottery-notice">{Text::LotteryNotice.view_with(&[("draw_at", &a.draw_at)])}</p>
        <dl class="facts">
            <dt>{Text::FormLabelService.view()}</dt><dd>{a.service_name.clone()}</dd>
            <dt>{Text::FormLabelVenue.view()}</dt><dd>{a.venue.clone()}</dd>
            <dt>{Text::LotteryLabelYourChoices.view()}</dt>
            <dd><ul class="plain-list" data-testid="lottery-choices">{a.choices.iter().map(|c| view! { <li>{view_of(c.clone())}</li> }).collect_view()}</ul></dd>
        </dl>
        {(!a.draft_id.is_empty()).then(|| view! {
            <p><a href=a.choices_page()>{Text::LotteryChangeChoices.view()}</a></p>
        })}
    }
}

impl ApplyingView {
    /// The choices page of this application's draft.
    pub fn choices_page(&self) -> String {
        format!("/reserve/services/{}/apply?draft={}", self.service_id, self.draft_id)
    }
}

/// 送信 made an application: its number, the key when one was made, what
/// happens next.
#[component]
pub fn Applied(c: Completed) -> impl IntoView {
    let Some((number, a)) = c.applied.clone() else { return ().into_any() };
    view! {
        <Title text=Text::LotteryCompleteTitle.plain()/>
        <Breadcrumbs trail=vec![reserve_crumb()] current=Text::LotteryCompleteTitle/>
        <h1>{Text::LotteryCompleteTitle.view()}</h1>
        <div class="panel panel--success" role="status">
            <p>{Text::LotteryCompleteReceived.view()}</p>
            <dl class="facts facts--large">
                <dt>{Text::LotteryLabelNumber.view()}</dt><dd data-testid="application-number">{number}</dd>
                {c.user_key.clone().map(|key| view! {
                    <dt>{Text::FormLabelUserKey.view()}</dt><dd class="user-key" data-testid="user-key">{key}</dd>
                })}
            </dl>
        </div>
        {c.user_key.is_some().then(|| view! { <p>{Text::ReserveCompleteKeyNote.view()}</p> })}
        <ApplyingFacts a=a.clone()/>
        <p>{Text::LotteryCompleteNext.view_with(&[("draw_at", &a.draw_at)])}</p>
        <p>{Text::LotteryCompleteWithdraw.view()}</p>
        <p><a href="/mail-help">{Text::SiteMailHelpLink.view()}</a></p>
        <p><a href="/">{Text::SiteBackToTop.view()}</a></p>
    }
    .into_any()
}
