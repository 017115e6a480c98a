use super::*;
use crate::ui::loading;
use crate::texts::{EMAIL_EXAMPLE, MAIL_HELP_LINK};
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, TextField, error_for};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

const TITLE: &str = "メールアドレスの変更";

fn trail() -> Vec<(&'static str, String)> {
    vec![("予約の確認・変更・キャンセル", "/my".to_string())]
}

#[component]
fn LoadError(error: AppError) -> impl IntoView {
    view! { <crate::ui::LoadError error href="/my/email" label="メールアドレスの変更の最初の画面へ"/> }
}

#[component]
fn ChangeForm(draft_id: Memo<String>) -> impl IntoView {
    let request = ServerAction::<RequestEmailChange>::new();
    let data = Resource::new(move || (draft_id.get(), request.version().get()), |(id, _)| get_email_change(id));
    view! {
        <Title text=TITLE/>
        <Breadcrumbs trail=trail() current=TITLE/>
        <h1>{TITLE}</h1>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) if !v.identity_checked => view! { <IdentityStep current_email=v.current_email contact=v.contact/> }.into_any(),
                    Ok(v) => view! {
                        <ErrorSummary errors=v.errors.clone()/>
                        <div class="panel panel--success" role="status"><p>"ご本人の確認ができました。"</p></div>
                        <p>"新しいメールアドレスを入力してください。そのアドレスに確認コード（数字8桁）をお送りします。確認コードを入力すると、変更が完了します。"</p>
                        <dl class="facts"><dt>"現在のメールアドレス"</dt><dd>{v.current_email.clone()}</dd></dl>
                        <ActionForm action=request>
                            <input type="hidden" name="draft_id" value=v.draft_id.clone()/>
                            <TextField id="email" label="新しいメールアドレス" value=v.input.email.clone() error=error_for(&v.errors, "email") autocomplete="email" inputmode="email" hint=EMAIL_EXAMPLE/>
                            <TextField id="email_confirm" label="新しいメールアドレス確認" value=v.input.email_confirm.clone() error=error_for(&v.errors, "email_confirm") autocomplete="email" inputmode="email" hint="確認のため、もう一度入力してください"/>
                            <div class="actions">
                                <SubmitButton label="確認コードを送信" pending=request.pending()/>
                            </div>
                        </ActionForm>
                        <p><a href="/my">"変更せずに戻る"</a></p>
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
        <p>"メールアドレスを変更する前に、ご本人の確認をします。現在のメールアドレスに確認コード（数字8桁）をお送りしますので、次の画面で入力してください。"</p>
        <dl class="facts"><dt>"現在のメールアドレス"</dt><dd>{current_email}</dd></dl>
        <ActionForm action=request>
            <div class="actions">
                <SubmitButton label="現在のアドレスに確認コードを送信" pending=request.pending()/>
            </div>
        </ActionForm>
        <p>{format!("現在のメールアドレスでメールを受け取れなくなった場合は、お手数ですが {contact} までお問い合わせください。")}</p>
        <p><a href="/my">"変更せずに戻る"</a></p>
    }
}

/// What a wrong code gets, on either code page.
fn wrong_code(wrong: bool, valid_minutes: i64) -> Vec<crate::domain::FieldError> {
    if !wrong {
        return vec![];
    }
    vec![crate::domain::FieldError::new(
        "code",
        format!("確認コードが正しくないか、有効期限が切れています。メールに記載の8桁の数字を入力してください（{valid_minutes}分以内、5回まで）。"),
    )]
}

/// The code field of either code page.
#[component]
fn CodeField(errors: Vec<crate::domain::FieldError>) -> impl IntoView {
    view! {
        <TextField id="code" label="確認コード" value="" error=error_for(&errors, "code") autocomplete="one-time-code" inputmode="numeric" hint="メールに記載の8桁の数字"/>
    }
}

/// No code left to enter (expired, or five wrong): the way to a new one.
#[component]
fn NoCode(again: &'static str) -> impl IntoView {
    view! {
        <div class="notice notice--error" role="alert">
            <p>"有効な確認コードがありません。有効期限が切れたか、5回間違えたため使えなくなりました。"</p>
            <p><a href="/my/email">{again}</a></p>
        </div>
    }
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
        <Title text=TITLE/>
        <Breadcrumbs trail=trail() current=TITLE/>
        <h1>{TITLE}</h1>
        {move || retry_at.get().map(|at| view! {
            <div class="notice" role="status"><p>{format!("確認コードは1分に1回までお送りできます。{at}以降にもう一度お試しください。先にお送りしたコードが届いていれば、それを入力してください。")}</p></div>
        })}
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(IdentityView { current_email, pending: true, valid_minutes }) => {
                        let errors = wrong_code(wrong.get_untracked(), valid_minutes);
                        view! {
                            <ErrorSummary errors=errors.clone()/>
                            <div class="panel panel--success" role="status">
                                <p>{format!("現在のメールアドレス {current_email} に確認コードを送信しました。{valid_minutes}分以内に入力してください。")}</p>
                            </div>
                            <ActionForm action=confirm>
                                <CodeField errors=errors.clone()/>
                                <div class="actions">
                                    <SubmitButton label="確認" pending=confirm.pending()/>
                                </div>
                            </ActionForm>
                            <p>"メールが届かないときは、"<a href="/mail-help">{MAIL_HELP_LINK}</a>"をご覧いただくか、"<a href="/my/email">"確認コードを送り直してください"</a>"。"</p>
                        }.into_any()
                    }
                    Ok(_) => view! { <NoCode again="確認コードを送り直す"/> }.into_any(),
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
        <Title text=TITLE/>
        <Breadcrumbs trail=trail() current=TITLE/>
        <h1>{TITLE}</h1>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(EmailVerifyView { new_email: Some(address), valid_minutes }) => {
                        let errors = wrong_code(wrong.get_untracked(), valid_minutes);
                        view! {
                            <ErrorSummary errors=errors.clone()/>
                            <div class="panel panel--success" role="status">
                                <p>{format!("{address} に確認コードを送信しました。{valid_minutes}分以内に入力してください。")}</p>
                            </div>
                            <ActionForm action=confirm>
                                <CodeField errors=errors.clone()/>
                                <div class="actions">
                                    <SubmitButton label="変更する" pending=confirm.pending()/>
                                </div>
                            </ActionForm>
                            <p>"メールが届かないときは、"<a href="/mail-help">{MAIL_HELP_LINK}</a>"をご覧いただくか、"<a href="/my/email">"アドレスを確かめて送り直してください"</a>"。"</p>
                        }.into_any()
                    }
                    Ok(_) => view! { <NoCode again="もう一度、新しいメールアドレスを入力する"/> }.into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
