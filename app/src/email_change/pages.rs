use super::*;
use crate::ui::loading;
use crate::texts::{Text, Words};
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, TextField, error_for};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

const TITLE: Text = Text::EmailChangeTitle;

fn trail() -> Vec<(Words, String)> {
    vec![(Text::SiteMy.into(), "/my".to_string())]
}

#[component]
fn LoadError(error: AppError) -> impl IntoView {
    view! { <crate::ui::LoadError error href="/my/email" label=Text::EmailChangeLoadErrorLink/> }
}

#[component]
fn ChangeForm(draft_id: Memo<String>) -> impl IntoView {
    let request = ServerAction::<RequestEmailChange>::new();
    let data = Resource::new(move || (draft_id.get(), request.version().get()), |(id, _)| get_email_change(id));
    view! {
        <Title text=TITLE.plain()/>
        <Breadcrumbs trail=trail() current=TITLE/>
        <h1>{TITLE.view()}</h1>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) if !v.identity_checked => view! { <IdentityStep current_email=v.current_email contact=v.contact/> }.into_any(),
                    Ok(v) => view! {
                        <ErrorSummary errors=v.errors.clone()/>
                        <div class="panel panel--success" role="status"><p>{Text::EmailChangeIdentityOk.view()}</p></div>
                        <p>{Text::EmailChangeLead.view()}</p>
                        <dl class="facts"><dt>{Text::EmailChangeCurrent.view()}</dt><dd>{v.current_email.clone()}</dd></dl>
                        <ActionForm action=request>
                            <input type="hidden" name="draft_id" value=v.draft_id.clone()/>
                            <TextField id="email" label=Text::EmailChangeNew value=v.input.email.clone() error=error_for(&v.errors, "email") autocomplete="email" inputmode="email" hint=Text::FormEmailExample/>
                            <TextField id="email_confirm" label=Text::EmailChangeNewConfirm value=v.input.email_confirm.clone() error=error_for(&v.errors, "email_confirm") autocomplete="email" inputmode="email" hint=Text::FormEmailConfirmHint/>
                            <div class="actions">
                                <SubmitButton label=Text::EmailChangeSendCode pending=request.pending()/>
                            </div>
                        </ActionForm>
                        <p><a href="/my">{Text::MyBackWithoutChange.view()}</a></p>
                    }.into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// 本人確認, the first step: a code to the address the resident has now.
#[component]
fn IdentityStep(current_email: String, contact: String) -> impl IntoView {
    let request = ServerAction::<RequestEmailIdentity>::new();
    view! {
        <p>{Text::EmailChangeIdentityLead.view()}</p>
        <dl class="facts"><dt>{Text::EmailChangeCurrent.view()}</dt><dd>{current_email}</dd></dl>
        <ActionForm action=request>
            <div class="actions">
                <SubmitButton label=Text::EmailChangeIdentitySend pending=request.pending()/>
            </div>
        </ActionForm>
        <p>{Text::EmailChangeIdentityNoAccess.view_with(&[("contact", &contact)])}</p>
        <p><a href="/my">{Text::MyBackWithoutChange.view()}</a></p>
    }
}

/// What a wrong code gets, on either code page.
fn wrong_code(wrong: bool, valid_minutes: i64) -> Vec<crate::domain::FieldError> {
    if !wrong {
        return vec![];
    }
    vec![crate::domain::FieldError::new(
        "code",
        Text::EmailChangeWrongCode.said_with(&[("minutes", &valid_minutes.to_string())]),
    )]
}

/// The code field of either code page.
#[component]
fn CodeField(errors: Vec<crate::domain::FieldError>) -> impl IntoView {
    view! {
        <TextField id="code" label=Text::EmailChangeCodeLabel value="" error=error_for(&errors, "code") autocomplete="one-time-code" inputmode="numeric" hint=Text::EmailChangeCodeHint/>
    }
}

/// No code left to enter (expired, or five wrong): the way to a new one.
#[component]
fn NoCode(again: Text) -> impl IntoView {
    view! {
        <div class="notice notice--error" role="alert">
            <p>{Text::EmailChangeNoCode.view()}</p>
            <p><a href="/my/email">{again.view()}</a></p>
        </div>
    }
}

/// メールが届かないときは、…: the mail help page, or `resend` (a link to
/// start the step again), on either code page.
fn no_mail(resend: Text) -> AnyView {
    crate::words::view_with_parts(
        Text::EmailChangeNoMail.said(),
        vec![
            ("help_link", view! { <a href="/mail-help">{Text::SiteMailHelpLink.view()}</a> }.into_any()),
            ("resend_link", view! { <a href="/my/email">{resend.view()}</a> }.into_any()),
        ],
    )
}

#[component]
pub fn EmailChangePage() -> impl IntoView {
    view! { <ChangeForm draft_id=Memo::new(|_| String::new())/> }
}

#[component]
pub fn EmailChangeDraftPage() -> impl IntoView {
    let params = use_params_map();
    view! { <ChangeForm draft_id=Memo::new(move |_| params.read().get("draft_id").unwrap_or_default())/> }
}

/// 本人確認: the code from the email sent to the current address.
#[component]
pub fn EmailIdentityPage() -> impl IntoView {
    let confirm = ServerAction::<ConfirmEmailIdentity>::new();
    let query = use_query_map();
    let wrong = Memo::new(move |_| query.read().get("wrong").is_some());
    // Shown only if it reads as a time: the page never repeats other text.
    let retry_at = Memo::new(move |_| {
        query.read().get("retry_at").filter(|t| chrono::NaiveTime::parse_from_str(t, "%H:%M").is_ok())
    });
    let data = Resource::new(move || (wrong.get(), confirm.version().get()), |_| get_email_identity());
    view! {
        <Title text=TITLE.plain()/>
        <Breadcrumbs trail=trail() current=TITLE/>
        <h1>{TITLE.view()}</h1>
        {move || retry_at.get().map(|at| view! {
            <div class="notice" role="status"><p>{Text::EmailChangeIdentityRetry.view_with(&[("retry_at", &at)])}</p></div>
        })}
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(IdentityView { current_email, pending: true, valid_minutes }) => {
                        let errors = wrong_code(wrong.get_untracked(), valid_minutes);
                        view! {
                            <ErrorSummary errors=errors.clone()/>
                            <div class="panel panel--success" role="status">
                                <p>{Text::EmailChangeIdentitySent.view_with(&[("email", &current_email), ("minutes", &valid_minutes.to_string())])}</p>
                            </div>
                            <ActionForm action=confirm>
                                <CodeField errors=errors.clone()/>
                                <div class="actions">
                                    <SubmitButton label=Text::FormCheck pending=confirm.pending()/>
                                </div>
                            </ActionForm>
                            <p>{no_mail(Text::EmailChangeIdentityResendLink)}</p>
                        }.into_any()
                    }
                    Ok(_) => view! { <NoCode again=Text::EmailChangeIdentityAgain/> }.into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// 確認コード: from the email sent to the new address.
#[component]
pub fn EmailVerifyPage() -> impl IntoView {
    let confirm = ServerAction::<ConfirmEmailChange>::new();
    let query = use_query_map();
    let wrong = Memo::new(move |_| query.read().get("wrong").is_some());
    let data = Resource::new(move || (wrong.get(), confirm.version().get()), |_| get_email_verify());
    view! {
        <Title text=TITLE.plain()/>
        <Breadcrumbs trail=trail() current=TITLE/>
        <h1>{TITLE.view()}</h1>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(EmailVerifyView { new_email: Some(address), valid_minutes }) => {
                        let errors = wrong_code(wrong.get_untracked(), valid_minutes);
                        view! {
                            <ErrorSummary errors=errors.clone()/>
                            <div class="panel panel--success" role="status">
                                <p>{Text::EmailChangeVerifySent.view_with(&[("email", &address), ("minutes", &valid_minutes.to_string())])}</p>
                            </div>
                            <ActionForm action=confirm>
                                <CodeField errors=errors.clone()/>
                                <div class="actions">
                                    <SubmitButton label=Text::MyChangeSubmit pending=confirm.pending()/>
                                </div>
                            </ActionForm>
                            <p>{no_mail(Text::EmailChangeVerifyResendLink)}</p>
                        }.into_any()
                    }
                    Ok(_) => view! { <NoCode again=Text::EmailChangeVerifyAgain/> }.into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
