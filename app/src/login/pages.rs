use super::*;
use crate::ui::loading;
use crate::texts::Text;
use crate::words::view_of;
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, TextField, error_for};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

fn draft_param() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("draft_id").unwrap_or_default())
}

#[component]
fn ForgottenKeyLink() -> impl IntoView {
    view! { <p><a href="/key-reissue">{Text::FormForgottenKeyLink.view()}</a></p> }
}

/// ログイン, blank (or after ログアウト).
#[component]
pub fn LoginPage() -> impl IntoView {
    let login = ServerAction::<LogIn>::new();
    let query = use_query_map();
    let logged_out = query.read_untracked().get("logged_out").is_some();
    view! { <LoginForm login draft_id=String::new() draft=LoginDraft::default() logged_out/> }
}

/// ログイン after an OTP request or a failed attempt.
#[component]
pub fn LoginDraftPage() -> impl IntoView {
    let draft_id = draft_param();
    let login = ServerAction::<LogIn>::new();
    let view_data = Resource::new(move || (draft_id.get(), login.version().get()), |(id, _)| get_login_view(id));
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match view_data.await {
                    Ok(v) => view! { <LoginForm login draft_id=v.draft_id draft=v.draft logged_out=false/> }.into_any(),
                    Err(error) => view! {
                        <Title text=Text::SiteLogin.plain()/>
                        <Breadcrumbs current=Text::SiteLogin/>
                        <h1>{Text::SiteLogin.view()}</h1>
                        <crate::ui::LoadError error href="/login" label=Text::SiteToLogin/>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn LoginForm(login: ServerAction<LogIn>, draft_id: String, draft: LoginDraft, logged_out: bool) -> impl IntoView {
    let LoginDraft { user_key, notice, errors } = draft;
    let title = if errors.is_empty() {
        Text::SiteLogin.plain()
    } else {
        Text::FormErrorTitle.plain_with(&[("title", Text::SiteLogin.plain().as_str())])
    };
    let otp_error = error_for(&errors, "otp");
    view! {
        <Title text=title/>
        <Breadcrumbs current=Text::SiteLogin/>
        <h1>{Text::SiteLogin.view()}</h1>
        {logged_out.then(|| view! { <div class="panel panel--success" role="status"><p>{Text::LoginLoggedOut.view()}</p></div> })}
        {notice.map(|notice| match notice {
            LoginNotice::OtpSent => view! {
                <div class="panel panel--success" role="status" data-testid="otp-notice">
                    <p>{Text::LoginOtpSent.view()}</p>
                    <p>{crate::words::view_with_parts(
                        Text::LoginOtpSentHelp.said(),
                        vec![("link", view! { <a href="/mail-help">{Text::SiteMailHelpLink.view()}</a> }.into_any())],
                    )}</p>
                </div>
            }.into_any(),
            LoginNotice::OtpThrottled { retry_at } => view! {
                <div class="notice notice--error" role="alert" data-testid="otp-notice">
                    <p>{Text::LoginOtpThrottled.view_with(&[("retry_at", retry_at.as_str())])}</p>
                    <p>{Text::LoginOtpThrottledNote.view()}</p>
                </div>
            }.into_any(),
        })}
        <ErrorSummary errors=errors.clone()/>
        {move || login.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{view_of(error.message())}</p></div>
        })}
        <p>{Text::LoginLead.view()}</p>
        <ActionForm action=login>
            <input type="hidden" name="draft_id" value=draft_id/>
            <TextField id="user_key" label=Text::FormLabelUserKey value=user_key error=error_for(&errors, "user_key") hint=Text::FormUserKeyExample autocomplete="username"/>
            <OtpField error=otp_error/>
            <div class="actions">
                <SubmitButton label=Text::SiteLogin pending=login.pending()/>
            </div>
        </ActionForm>
        <form method="get" action="/otp" class="actions">
            <button type="submit" class="button button--secondary">{Text::OtpTitle.view()}</button>
        </form>
        <ForgottenKeyLink/>
    }
}

/// The password field and パスワードを表示. Hydrated, the box switches the
/// input between `password` and `text`. Without JavaScript the input is
/// sent as `text` masked by CSS, and the box unmasks it through CSS alone.
#[component]
fn OtpField(error: Option<String>) -> impl IntoView {
    let shown = RwSignal::new(false);
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let described_by = if error.is_some() { "otp-hint otp-error" } else { "otp-hint" };
    let invalid = error.is_some();
    // 「エラー: 」 before the message, read by screen readers only.
    let error_prefix = Text::FormFieldError.plain_with(&[("message", "")]).trim().to_string();
    view! {
        <div class="field otp-field" class:field--error=invalid>
            <label for="otp" class="field__label">{Text::LoginOtpLabel.view()}</label>
            <p class="field__hint" id="otp-hint">{Text::LoginOtpHint.view()}</p>
            {error.map(|e| view! { <p class="field__error" id="otp-error"><span class="visually-hidden">{error_prefix}" "</span>{view_of(e)}</p> })}
            <input
                id="otp"
                name="otp"
                class="input otp-input"
                type=move || if hydrated.get() && !shown.get() { "password" } else { "text" }
                autocomplete="one-time-code"
                inputmode="numeric"
                maxlength="20"
                spellcheck="false"
                aria-invalid=invalid.then_some("true")
                aria-describedby=described_by
            />
            <div class="checkbox">
                <input type="checkbox" id="show_otp" class="show-otp" on:change=move |ev| shown.set(event_target_checked(&ev))/>
                <label for="show_otp">{Text::LoginShowPassword.view()}</label>
            </div>
        </div>
    }
}

/// ワンタイムパスワード発行, blank.
#[component]
pub fn OtpPage() -> impl IntoView {
    let request = ServerAction::<RequestOtp>::new();
    let facts = Resource::new(|| (), |_| get_login_facts());
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                let facts = facts.await.unwrap_or(LoginFacts { otp_valid_minutes: 60, otp_max_wrong: 5 });
                view! { <OtpForm request draft_id=String::new() input=OtpRequestInput::default() errors=vec![] facts/> }
            })}
        </Suspense>
    }
}

/// ワンタイムパスワード発行 again, showing what to correct.
#[component]
pub fn OtpDraftPage() -> impl IntoView {
    let draft_id = draft_param();
    let request = ServerAction::<RequestOtp>::new();
    let draft = Resource::new(move || (draft_id.get(), request.version().get()), |(id, _)| get_otp_draft(id));
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match draft.await {
                    Ok(d) => view! { <OtpForm request draft_id=d.draft_id input=d.input errors=d.errors facts=d.facts/> }.into_any(),
                    Err(error) => view! {
                        <Title text=Text::OtpTitle.plain()/>
                        <Breadcrumbs trail=vec![(Text::SiteLogin.into(), "/login".to_string())] current=Text::OtpTitle/>
                        <h1>{Text::OtpTitle.view()}</h1>
                        <crate::ui::LoadError error href="/otp" label=Text::OtpLoadErrorLink/>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn OtpForm(
    request: ServerAction<RequestOtp>,
    draft_id: String,
    input: OtpRequestInput,
    errors: Vec<FieldError>,
    facts: LoginFacts,
) -> impl IntoView {
    let title = if errors.is_empty() {
        Text::OtpTitle.plain()
    } else {
        Text::FormErrorTitle.plain_with(&[("title", Text::OtpTitle.plain().as_str())])
    };
    let minutes = facts.otp_valid_minutes.to_string();
    view! {
        <Title text=title/>
        <Breadcrumbs trail=vec![(Text::SiteLogin.into(), "/login".to_string())] current=Text::OtpTitle/>
        <h1>{Text::OtpTitle.view()}</h1>
        <ErrorSummary errors=errors.clone()/>
        {move || request.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{view_of(error.message())}</p></div>
        })}
        <p>{Text::OtpLeadRequest.view()}</p>
        <p>{Text::OtpLeadLogin.view()}</p>
        <p>{Text::OtpLeadValid.view_with(&[("minutes", minutes.as_str())])}</p>
        <ActionForm action=request>
            <input type="hidden" name="draft_id" value=draft_id/>
            <TextField id="user_key" label=Text::FormLabelUserKey value=input.user_key error=error_for(&errors, "user_key") hint=Text::FormUserKeyExample autocomplete="username"/>
            <TextField id="email" label=Text::FormLabelEmail value=input.email error=error_for(&errors, "email") autocomplete="email" inputmode="email" hint=Text::FormEmailExample/>
            <div class="actions">
                <SubmitButton label=Text::OtpSubmit pending=request.pending()/>
            </div>
        </ActionForm>
        <p><a href="/login">{Text::OtpBackToLogin.view()}</a></p>
        <ForgottenKeyLink/>
        <p><a href="/mail-help">{Text::SiteMailHelpLink.view()}</a></p>
    }
}

/// ログアウト, a POST (state changes are never GETs).
#[component]
pub fn LogoutButton() -> impl IntoView {
    let logout = ServerAction::<LogOut>::new();
    view! {
        <ActionForm action=logout>
            <button type="submit" class="link-button" disabled=move || logout.pending().get()>{Text::SiteLogout.view()}</button>
        </ActionForm>
    }
}
