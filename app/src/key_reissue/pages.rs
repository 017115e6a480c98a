use super::*;
use crate::texts::{EMAIL_EXAMPLE, MAIL_HELP_LINK};
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, TextField, error_for};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

const TITLE: &str = "利用者キー再発行";

fn draft_param() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("draft_id").unwrap_or_default())
}

#[component]
fn LoadError(error: AppError) -> impl IntoView {
    view! { <crate::ui::LoadError error href="/key-reissue" label="利用者キー再発行の最初の画面へ"/> }
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
                        <Title text=TITLE/>
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
    let title = if errors.is_empty() { TITLE.to_string() } else { format!("エラー: {TITLE}") };
    view! {
        <Title text=title/>
        <Breadcrumbs current=TITLE/>
        <h1>{TITLE}</h1>
        <ErrorSummary errors=errors.clone()/>
        {move || save.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{error.message()}</p></div>
        })}
        <p>"利用者キーを再発行します。登録済みのメールアドレスを入力してください。"</p>
        <ActionForm action=save>
            <input type="hidden" name="draft_id" value=draft_id/>
            <TextField id="email" label="メールアドレス" value=input.email error=error_for(&errors, "email") autocomplete="email" inputmode="email" hint=EMAIL_EXAMPLE/>
            <TextField id="email_confirm" label="メールアドレス確認" value=input.email_confirm error=error_for(&errors, "email_confirm") autocomplete="email" inputmode="email" hint=EMAIL_EXAMPLE/>
            <div class="actions">
                <SubmitButton label="確認" pending=save.pending()/>
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
        <Title text=format!("{TITLE}（確認）")/>
        <Breadcrumbs current=TITLE/>
        <h1>{TITLE}</h1>
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                match draft.await {
                    Ok(d) if d.errors.is_empty() => {
                        let back = format!("/key-reissue/drafts/{}", d.draft_id);
                        view! {
                            {move || submit.value().get().and_then(|r| r.err()).map(|error| view! {
                                <div class="notice notice--error" role="alert"><p>{error.message()}</p></div>
                            })}
                            <p>"以下の内容で送信します。よろしければ送信ボタンを押してください。"</p>
                            <dl class="facts">
                                <dt>"メールアドレス"</dt><dd>{d.input.email.clone()}</dd>
                                <dt>"メールアドレス確認"</dt><dd>{d.input.email_confirm.clone()}</dd>
                            </dl>
                            <div class="actions actions--split">
                                <ActionForm action=submit>
                                    <input type="hidden" name="draft_id" value=d.draft_id.clone()/>
                                    <SubmitButton label="送信" pending=submit.pending()/>
                                </ActionForm>
                                <form method="get" action=back>
                                    <button type="submit" class="button button--secondary">"戻る"</button>
                                </form>
                            </div>
                        }.into_any()
                    }
                    Ok(d) => view! {
                        <div class="notice notice--error" role="alert">
                            <p>"入力内容に誤りがあります。入力画面に戻って修正してください。"</p>
                            <p><a href=format!("/key-reissue/drafts/{}", d.draft_id)>"入力画面へ戻る"</a></p>
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
        <Title text="利用者キー再発行完了"/>
        <Breadcrumbs current=TITLE/>
        <h1>"利用者キー再発行完了"</h1>
        <div class="panel panel--success" role="status">
            <p>"利用者キー通知メールを送信しました。メールをご確認ください。"</p>
        </div>
        <p>"入力されたメールアドレスが登録されている場合、そのアドレスで登録されているすべての利用者キーをお知らせします。登録されていない場合、メールは届きません。"</p>
        <p>"通常、数分以内に届きます。"<a href="/mail-help">{MAIL_HELP_LINK}</a>"もご覧ください。"</p>
        <p><a href="/">"トップページへ戻る"</a></p>
    }
}
