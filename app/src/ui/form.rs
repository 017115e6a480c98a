use crate::domain::FieldError;
use crate::texts::{Text, Words};
use leptos::prelude::*;

pub fn error_for(errors: &[FieldError], field: &str) -> Option<String> {
    errors.iter().find(|e| e.field == field).map(|e| e.message.clone())
}

/// The list of problems at the top of a failed form, each linking to its
/// field (WCAG 3.3.1); focused by the browser as an alert.
#[component]
pub fn ErrorSummary(errors: Vec<FieldError>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        // With JavaScript the summary takes the focus when it appears, so
        // the next Tab reaches its first link; without, the page opens at
        // #error-summary-title and the browser's next Tab stop is the same.
        let summary = NodeRef::<leptos::html::Div>::new();
        // After the next frame: the page it is on may still be being
        // swapped in by the router when the effect first runs.
        Effect::new(move |_| {
            if summary.get().is_some() {
                request_animation_frame(move || {
                    if let Some(summary) = summary.get_untracked() {
                        let _ = summary.focus();
                    }
                });
            }
        });
        view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" node_ref=summary>
                <h2 id="error-summary-title">{Text::FormErrorSummaryTitle.view()}</h2>
                <ul>
                    {errors
                        .into_iter()
                        // rel="external": the browser follows the link, and so
                        // moves the focus to the field (the router would only scroll).
                        .map(|e| view! { <li><a href=format!("#{}", e.field) rel="external">{crate::words::view_of(e.message)}</a></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// A labelled text input with its hint and error, tied together by
/// `aria-describedby` so a screen reader reads all three.
#[component]
pub fn TextField(
    id: &'static str,
    #[prop(into)] label: Words,
    #[prop(into)] value: String,
    #[prop(default = None)] error: Option<String>,
    #[prop(optional, into)] hint: Option<Words>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(default = "")] class: &'static str,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = [hint.map(|_| hint_id.clone()), error.as_ref().map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let invalid = error.is_some();
    // 「エラー: 」 before the message, read by screen readers only.
    let error_prefix = Text::FormFieldError.plain_with(&[("message", "")]).trim().to_string();
    view! {
        <div class="field" class:field--error=invalid>
            <label for=id class="field__label">{label.view()}</label>
            {hint.map(|h| view! { <p class="field__hint" id=hint_id>{h.view()}</p> })}
            {error.map(|e| view! { <p class="field__error" id=error_id><span class="visually-hidden">{error_prefix}" "</span>{crate::words::view_of(e)}</p> })}
            <input
                id=id
                name=id
                type=input_type
                class=format!("input {class}")
                value=value
                autocomplete=autocomplete
                inputmode=inputmode
                aria-invalid=invalid.then_some("true")
                aria-describedby=(!described_by.is_empty()).then_some(described_by)
            />
        </div>
    }
}

/// A submit button that says it is working while its action runs and
/// cannot be pressed twice meanwhile.
#[component]
pub fn SubmitButton(
    #[prop(into)] label: Words,
    #[prop(into)] pending: Signal<bool>,
    #[prop(default = "button button--primary")] class: &'static str,
) -> impl IntoView {
    view! {
        <button type="submit" class=class disabled=move || pending.get() aria-busy=move || pending.get().then_some("true")>
            {move || if pending.get() { Text::FormPending.view() } else { label.view() }}
        </button>
    }
}
