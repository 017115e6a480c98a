//! 対象者の確認: for a service with 対象者条件, the step before the
//! details form — the conditions in words, then the date of birth (when
//! ages count), the sex (when it counts) and each yes/no question. The
//! answers go to the reservation's draft (`ssr::save_conditions`); a
//! resident who does not qualify is told which condition and whom to call
//! before typing anything else.
use super::*;
use super::parts::{BirthDateFields, details_trail};
use crate::conditions::{SEX_FIELD, answer_field};
use crate::domain::{Said, Sex};
use crate::texts::Text;
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, error_for};
use crate::words::view_of;
use leptos_meta::Title;

/// The conditions, as a list (the step and the refusal both show them).
#[component]
fn ConditionList(rules: Vec<String>) -> impl IntoView {
    view! {
        <ul class="conditions" data-testid="conditions">
            {rules.into_iter().map(|rule| view! { <li>{view_of(rule)}</li> }).collect_view()}
        </ul>
    }
}

/// One choice of a group of radio buttons; the first of a group carries
/// the group's id (the error summary links to it).
#[component]
fn Choice(id: String, name: String, value: &'static str, label: Text, checked: bool, invalid: bool) -> impl IntoView {
    view! {
        <label class="checkbox" for=id.clone()>
            <input type="radio" id=id.clone() name=name value=value checked=checked aria-invalid=invalid.then_some("true")/>
            {label.view()}
        </label>
    }
}

/// A group of radio buttons with its legend and error.
#[component]
fn ChoiceGroup(
    /// The first button's id (and the error's prefix).
    id: String,
    legend: AnyView,
    error: Option<String>,
    children: Children,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let error_prefix = Text::FormFieldError.plain_with(&[("message", "")]).trim().to_string();
    let has_error = error.is_some();
    let described = has_error.then(|| error_id.clone());
    view! {
        <fieldset class="field" class:field--error=has_error aria-describedby=described>
            <legend class="field__label">{legend}</legend>
            {error.map(|m| view! { <p class="field__error" id=error_id><span class="visually-hidden">{error_prefix}" "</span>{view_of(m)}</p> })}
            <div class="choices">{children()}</div>
        </fieldset>
    }
}

#[component]
pub fn ConditionsForm(
    /// The page's action: its answer moves the page on (same URL, new data).
    save: ServerAction<SaveConditions>,
    info: SlotSummary,
    conditions: ConditionsView,
    draft_id: String,
    /// Its date of birth, when already typed (or on record).
    input: DetailsInput,
    said: Said,
    errors: Vec<FieldError>,
    /// Logged in: the date of birth on record counts, it is not asked.
    known: bool,
    /// キャンセル待ち rather than a reservation.
    #[prop(default = None)]
    wait: Option<WaitFor>,
    /// 抽選の申し込み rather than a reservation.
    #[prop(default = None)]
    applying: Option<ApplyingView>,
    /// Logged in with a household: whose reservation it is (家族).
    #[prop(default = None)]
    for_member: Option<String>,
) -> impl IntoView {
    let title = if errors.is_empty() {
        Text::ConditionsStepTitle.plain()
    } else {
        Text::FormErrorTitle.plain_with(&[("title", Text::ConditionsStepTitle.said())])
    };
    let sex_error = error_for(&errors, SEX_FIELD);
    let birth_error = error_for(&errors, "birth_year");
    let ConditionsView { rules, asks_age, asks_sex, questions, call } = conditions;
    let questions = questions
        .into_iter()
        .enumerate()
        .map(|(i, question)| {
            let id = answer_field(i);
            let error = error_for(&errors, &id);
            let invalid = error.is_some();
            let answer = said.answers.get(i).copied().flatten();
            view! {
                <ChoiceGroup id=id.clone() legend=question.into_any() error>
                    <Choice id=id.clone() name=format!("answer_{i}") value="yes" label=Text::ConditionsYes checked=answer == Some(true) invalid/>
                    <Choice id=format!("{id}-no") name=format!("answer_{i}") value="no" label=Text::ConditionsNo checked=answer == Some(false) invalid/>
                </ChoiceGroup>
            }
        })
        .collect_view();
    view! {
        <Title text=title/>
        <Breadcrumbs trail=details_trail(info.service_id) current=Text::ConditionsStepTitle/>
        <h1>{Text::ConditionsStepTitle.view()}</h1>
        <ErrorSummary errors=errors.clone()/>
        {move || save.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{view_of(error.message())}</p></div>
        })}
        {wait.map(|wait| view! { <super::waitlist::WaitNotice wait/> })}
        <super::lottery::WhatFor info=info.clone() applying/>
        <super::household::ForMember name=for_member slot_id=info.slot_id wait/>
        <p>{Text::ConditionsStepIntro.view()}</p>
        <ConditionList rules/>
        <p>{view_of(call)}</p>
        <ActionForm action=save>
            <input type="hidden" name="draft_id" value=draft_id/>
            <input type="hidden" name="slot_id" value=info.slot_id/>
            <super::waitlist::WaitField wait/>
            {(asks_age && !known).then(|| view! { <BirthDateFields input=input.clone() error=birth_error.clone()/> })}
            {asks_sex.then(|| {
                let invalid = sex_error.is_some();
                view! {
                    <ChoiceGroup id=SEX_FIELD.to_string() legend=Text::ConditionsSexLegend.view() error=sex_error.clone()>
                        <Choice id=SEX_FIELD.to_string() name="sex".to_string() value="female" label=Text::ConditionsFemale checked=said.sex == Some(Sex::Female) invalid/>
                        <Choice id=format!("{SEX_FIELD}-male") name="sex".to_string() value="male" label=Text::ConditionsMale checked=said.sex == Some(Sex::Male) invalid/>
                    </ChoiceGroup>
                }
            })}
            {questions}
            <div class="actions">
                <SubmitButton label=Text::ConditionsNext pending=save.pending()/>
            </div>
        </ActionForm>
    }
}

/// A condition not met: which, whom to call, and the way back.
#[component]
pub fn NotEligible(
    info: SlotSummary,
    reasons: Vec<String>,
    call: String,
    /// 抽選の申し込み: the way back is its choices page.
    #[prop(default = None)]
    applying: Option<ApplyingView>,
) -> impl IntoView {
    let again = match &applying {
        Some(a) => a.choices_page(),
        None => format!("/reserve/slots/{}", info.slot_id),
    };
    view! {
        <Title text=Text::ConditionsUnmetTitle.plain()/>
        <Breadcrumbs trail=details_trail(info.service_id) current=Text::ConditionsStepTitle/>
        <h1>{Text::ConditionsUnmetTitle.view()}</h1>
        <div class="notice notice--error" role="alert" data-testid="not-eligible">
            <p>{Text::ConditionsUnmetIntro.view()}</p>
            <ConditionList rules=reasons/>
            <p>{view_of(call)}</p>
        </div>
        <super::lottery::WhatFor info=info.clone() applying/>
        <p><a href=again>{Text::ConditionsAnswerAgain.view()}</a></p>
        <p><a href="/reserve">{Text::ReserveLoadErrorLink.view()}</a></p>
    }
}
