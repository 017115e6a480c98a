use super::*;
use crate::ui::loading;
use crate::texts::{EMAIL_EXAMPLE, FORGOTTEN_KEY_LINK, MAIL_HELP_LINK, USER_KEY_EXAMPLE};
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, TextField, error_for};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

const LOGIN: &str = "ログイン";
const OTP: &str = "ワンタイムパスワード発行";

fn draft_param() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("draft_id").unwrap_or_default())
}

#[component]
fn ForgottenKeyLink() -> impl IntoView {
    view! { <p><a href="/key-reissue">{FORGOTTEN_KEY_LINK}</a></p> }
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
                        <Title text=LOGIN/>
                        <Breadcrumbs current=LOGIN/>
                        <h1>{LOGIN}</h1>
                        <crate::ui::LoadError error href="/login" label="ログイン画面へ"/>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn LoginForm(login: ServerAction<LogIn>, draft_id: String, draft: LoginDraft, logged_out: bool) -> impl IntoView {
    let LoginDraft { user_key, notice, errors } = draft;
    let title = if errors.is_empty() { LOGIN.to_string() } else { format!("エラー: {LOGIN}") };
    let otp_error = error_for(&errors, "otp");
    view! {
        <Title text=title/>
        <Breadcrumbs current=LOGIN/>
        <h1>{LOGIN}</h1>
        {logged_out.then(|| view! { <div class="panel panel--success" role="status"><p>"ログアウトしました。"</p></div> })}
        {notice.map(|notice| match notice {
            LoginNotice::OtpSent => view! {
                <div class="panel panel--success" role="status" data-testid="otp-notice">
                    <p>"入力された利用者キーとメールアドレスが登録されている場合、ワンタイムパスワードを送信しました。メールに記載の8桁の数字を、下の「ワンタイムパスワード」に入力してください。"</p>
                    <p>"メールが届かないときは、"<a href="/mail-help">{MAIL_HELP_LINK}</a>"をご覧ください。"</p>
                </div>
            }.into_any(),
            LoginNotice::OtpThrottled { retry_at } => view! {
                <div class="notice notice--error" role="alert" data-testid="otp-notice">
                    <p>{format!("短時間に続けてお申し込みがあったため、ワンタイムパスワードの発行を一時的に止めています。{retry_at}以降にもう一度お試しください。")}</p>
                    <p>"すでに届いているワンタイムパスワードは、有効期間内であればお使いいただけます。"</p>
                </div>
            }.into_any(),
        })}
        <ErrorSummary errors=errors.clone()/>
        {move || login.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{error.message()}</p></div>
        })}
        <p>"利用者キー、ワンタイムパスワードを入力してください。ワンタイムパスワードはログイン毎に新規のものが必要となります。"</p>
        <ActionForm action=login>
            <input type="hidden" name="draft_id" value=draft_id/>
            <TextField id="user_key" label="利用者キー" value=user_key error=error_for(&errors, "user_key") hint=USER_KEY_EXAMPLE autocomplete="username"/>
            <OtpField error=otp_error/>
            <div class="actions">
                <SubmitButton label="ログイン" pending=login.pending()/>
            </div>
        </ActionForm>
        <form method="get" action="/otp" class="actions">
            <button type="submit" class="button button--secondary">"ワンタイムパスワード発行"</button>
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
    view! {
        <div class="field otp-field" class:field--error=invalid>
            <label for="otp" class="field__label">"ワンタイムパスワード"</label>
            <p class="field__hint" id="otp-hint">"メールでお送りした8桁の数字"</p>
            {error.map(|e| view! { <p class="field__error" id="otp-error"><span class="visually-hidden">"エラー: "</span>{e}</p> })}
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
                <label for="show_otp">"パスワードを表示"</label>
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
                        <Title text=OTP/>
                        <Breadcrumbs trail=vec![(LOGIN, "/login".to_string())] current=OTP/>
                        <h1>{OTP}</h1>
                        <crate::ui::LoadError error href="/otp" label="ワンタイムパスワード発行の画面へ"/>
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
    let title = if errors.is_empty() { OTP.to_string() } else { format!("エラー: {OTP}") };
    let minutes = facts.otp_valid_minutes;
    view! {
        <Title text=title/>
        <Breadcrumbs trail=vec![(LOGIN, "/login".to_string())] current=OTP/>
        <h1>{OTP}</h1>
        <ErrorSummary errors=errors.clone()/>
        {move || request.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{error.message()}</p></div>
        })}
        <p>"ワンタイムパスワードを発行します。利用者キー及び登録済みのメールアドレスを入力してください。メールアドレス宛に8桁のパスワードを送付します。"</p>
        <p>"ログイン画面にて、利用者キーとこのパスワードを入力し、ログインしてください。"</p>
        <p>{format!("なお、ワンタイムパスワードの有効期間は{minutes}分となっております。{minutes}分経過した際は、再度ワンタイムパスワードの取得をお願いいたします。")}</p>
        <ActionForm action=request>
            <input type="hidden" name="draft_id" value=draft_id/>
            <TextField id="user_key" label="利用者キー" value=input.user_key error=error_for(&errors, "user_key") hint=USER_KEY_EXAMPLE autocomplete="username"/>
            <TextField id="email" label="メールアドレス" value=input.email error=error_for(&errors, "email") autocomplete="email" inputmode="email" hint=EMAIL_EXAMPLE/>
            <div class="actions">
                <SubmitButton label="ワンタイムパスワードを発行" pending=request.pending()/>
            </div>
        </ActionForm>
        <p><a href="/login">"ログイン画面へ戻る"</a></p>
        <ForgottenKeyLink/>
        <p><a href="/mail-help">{MAIL_HELP_LINK}</a></p>
    }
}

/// ログアウト, a POST (state changes are never GETs).
#[component]
pub fn LogoutButton() -> impl IntoView {
    let logout = ServerAction::<LogOut>::new();
    view! {
        <ActionForm action=logout>
            <button type="submit" class="link-button" disabled=move || logout.pending().get()>"ログアウト"</button>
        </ActionForm>
    }
}
