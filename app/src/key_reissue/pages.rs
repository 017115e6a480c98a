use super::*;
use crate::texts::Text;
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, TextField, error_for};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

const TITLE: Text = Text::SiteKeyReissue;

fn draft_param() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("draft_id").unwrap_or_default())
}

#[component]
fn LoadError(error: AppError) -> impl IntoView {
    view! { <crate::ui::LoadError error href="/key-reissue" label=Text::KeyReissueLoadErrorLink/> }
}

/// Step 1, blank.
#[component]
pub fn InputPage() -> impl IntoView {
    let save = ServerAction::<SaveKeyReissue>::new();
    view! { <InputForm save draft_id=String::new() input=ReissueInput::default() errors=vec![]/> }
}

/// Step 1 again: after an error, or after 戻る from the confirm step.
#[component]
pub fn DraftInputPage() -> impl IntoView {
    let draft_id = draft_param();
    let save = ServerAction::<SaveKeyReissue>::new();
    let draft = Resource::new(move || (draft_id.get(), save.version().get()), |(id, _)| key_reissue_draft(id));
    view! {
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                match draft.await {
                    Ok(d) => view! { <InputForm save draft_id=d.draft_id input=d.input errors=d.errors/> }.into_any(),
                    Err(error) => view! {
                        <Title text=TITLE.plain()/>
                        <Breadcrumbs current=TITLE/>
                        <LoadError error/>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn InputForm(save: ServerAction<SaveKeyReissue>, draft_id: String, input: ReissueInput, errors: Vec<FieldError>) -> impl IntoView {
    let title = if errors.is_empty() { TITLE.plain() } else { Text::FormErrorTitle.plain_with(&[("title", TITLE.said())]) };
    view! {
        <Title text=title/>
        <Breadcrumbs current=TITLE/>
        <h1>{TITLE.view()}</h1>
        <ErrorSummary errors=errors.clone()/>
        {move || save.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{crate::words::view_of(error.message())}</p></div>
        })}
        <p>{Text::KeyReissueLead.view()}</p>
        <ActionForm action=save>
            <input type="hidden" name="draft_id" value=draft_id/>
            <TextField id="email" label=Text::FormLabelEmail value=input.email error=error_for(&errors, "email") autocomplete="email" inputmode="email" hint=Text::FormEmailExample/>
            <TextField id="email_confirm" label=Text::FormLabelEmailConfirm value=input.email_confirm error=error_for(&errors, "email_confirm") autocomplete="email" inputmode="email" hint=Text::FormEmailExample/>
            <div class="actions">
                <SubmitButton label=Text::FormCheck pending=save.pending()/>
            </div>
        </ActionForm>
    }
}

/// Step 2: 以下の内容で送信します。
#[component]
pub fn ConfirmPage() -> impl IntoView {
    let draft_id = draft_param();
    let submit = ServerAction::<SubmitKeyReissue>::new();
    let draft = Resource::new(move || draft_id.get(), key_reissue_draft);
    view! {
        <Title text=Text::KeyReissueConfirmTitle.plain()/>
        <Breadcrumbs current=TITLE/>
        <h1>{TITLE.view()}</h1>
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                match draft.await {
                    Ok(d) if d.errors.is_empty() => {
                        let back = format!("/key-reissue/drafts/{}", d.draft_id);
                        view! {
                            {move || submit.value().get().and_then(|r| r.err()).map(|error| view! {
                                <div class="notice notice--error" role="alert"><p>{crate::words::view_of(error.message())}</p></div>
                            })}
                            <p>{Text::KeyReissueConfirmLead.view()}</p>
                            <dl class="facts">
                                <dt>{Text::FormLabelEmail.view()}</dt><dd>{d.input.email.clone()}</dd>
                                <dt>{Text::FormLabelEmailConfirm.view()}</dt><dd>{d.input.email_confirm.clone()}</dd>
                            </dl>
                            <div class="actions actions--split">
                                <ActionForm action=submit>
                                    <input type="hidden" name="draft_id" value=d.draft_id.clone()/>
                                    <SubmitButton label=Text::FormSend pending=submit.pending()/>
                                </ActionForm>
                                <form method="get" action=back>
                                    <button type="submit" class="button button--secondary">{Text::FormBack.view()}</button>
                                </form>
                            </div>
                        }.into_any()
                    }
                    Ok(d) => view! {
                        <div class="notice notice--error" role="alert">
                            <p>{Text::FormHasErrors.view()}</p>
                            <p><a href=format!("/key-reissue/drafts/{}", d.draft_id)>{Text::FormBackToInput.view()}</a></p>
                        </div>
                    }.into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Step 3: the same words whether or not the address is registered.
#[component]
pub fn CompletePage() -> impl IntoView {
    view! {
        <Title text=Text::KeyReissueCompleteTitle.plain()/>
        <Breadcrumbs current=TITLE/>
        <h1>{Text::KeyReissueCompleteTitle.view()}</h1>
        <div class="panel panel--success" role="status">
            <p>{Text::KeyReissueCompleteSent.view()}</p>
        </div>
        <p>{Text::KeyReissueCompleteNote.view()}</p>
        <p>{crate::words::view_with_parts(
            Text::SiteMailArrives.said(),
            vec![("link", view! { <a href="/mail-help">{Text::SiteMailHelpLink.view()}</a> }.into_any())],
        )}</p>
        <p><a href="/">{Text::SiteBackToTop.view()}</a></p>
    }
}
