//! 変更の取り消し: the link mailed to the old address after an email change.
//! Opening it shows what will happen and changes nothing (mail scanners
//! open links); 「元のメールアドレスに戻す」 restores the old address and
//! ends every session of the resident. No login needed: the link is the
//! proof, and it works once.
#[cfg(feature = "ssr")]
pub mod ssr;

use crate::error::AppError;
use crate::ui::{SubmitButton, loading};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

const TITLE: &str = "メールアドレスの変更の取り消し";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum UndoView {
    /// A usable link: the address it restores and the one it replaces
    /// (both masked: the link may be forwarded), and until when.
    Usable { restores: String, replaces: String, until: String },
    /// Unknown, used or past its time; whom to call.
    Gone { contact: String },
}

#[server(endpoint = "email/undo_view")]
pub async fn get_email_undo(token: String) -> Result<UndoView, AppError> {
    use crate::time::{date_time_long, to_jst};
    let state = crate::state::app_state()?;
    Ok(match ssr::find(&state.db, &token, state.clock.now()).await? {
        Some(link) => UndoView::Usable {
            restores: crate::domain::masked_email(&link.old_email),
            replaces: crate::domain::masked_email(&link.new_email),
            until: date_time_long(to_jst(link.expires_at)),
        },
        None => UndoView::Gone { contact: state.site.contact_line() },
    })
}

/// 元のメールアドレスに戻す.
#[server(endpoint = "email/undo")]
pub async fn undo_email_change(token: String) -> Result<(), AppError> {
    let state = crate::state::app_state()?;
    if ssr::undo(&state.db, &state.site, &token, state.clock.now()).await? {
        state.outbox_signal.notify_one();
        crate::login::ssr::set_response_cookie(&crate::session::clear_cookie(&state.site, crate::session::Kind::Resident));
        crate::redirect::to("/email/undo?done=1");
    } else {
        crate::redirect::to("/email/undo?gone=1");
    }
    Ok(())
}

#[component]
pub fn EmailUndoPage() -> impl IntoView {
    let query = use_query_map();
    let token = Memo::new(move |_| query.read().get("token").unwrap_or_default());
    let done = Memo::new(move |_| query.read().get("done").is_some());
    let undo = ServerAction::<UndoEmailChange>::new();
    let data = Resource::new(move || (token.get(), undo.version().get()), |(token, _)| get_email_undo(token));
    let ask = move || {
        view! {
            <Suspense fallback=loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(UndoView::Usable { restores, replaces, until }) => view! {
                            <p>"メールアドレスの変更を取り消し、変更前のアドレスに戻します。あわせて、すべての端末でログアウトします。"</p>
                            <dl class="facts">
                                <dt>"戻すメールアドレス"</dt><dd>{restores}</dd>
                                <dt>"現在のメールアドレス"</dt><dd>{replaces}</dd>
                                <dt>"このリンクの有効期限"</dt><dd>{until}</dd>
                            </dl>
                            <ActionForm action=undo>
                                <input type="hidden" name="token" value=token.get_untracked()/>
                                <div class="actions">
                                    <SubmitButton label="元のメールアドレスに戻す" pending=undo.pending()/>
                                </div>
                            </ActionForm>
                            <p>"ご自身で変更した場合は、何もする必要はありません。"</p>
                        }.into_any(),
                        Ok(UndoView::Gone { contact }) => view! { <Gone contact/> }.into_any(),
                        Err(error) => view! { <crate::ui::LoadError error href="/" label="トップページへ"/> }.into_any(),
                    }
                })}
            </Suspense>
        }
    };
    view! {
        <Title text=TITLE/>
        <h1>{TITLE}</h1>
        {move || if done.get() {
            view! {
                <div class="panel panel--success" role="status" data-testid="undone">
                    <p>"メールアドレスを元に戻しました。安全のため、すべての端末でログアウトしました。"</p>
                    <p>"引き続きご利用になる場合は、利用者キーとワンタイムパスワードでもう一度ログインしてください。"</p>
                </div>
                <p><a href="/login">"ログイン画面へ"</a></p>
            }.into_any()
        } else {
            ask().into_any()
        }}
    }
}

#[component]
fn Gone(contact: String) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::error::set_page_status(410);
    view! {
        <div class="notice notice--error" role="alert" data-testid="undo-gone">
            <p>"このリンクは使えません。すでに使われたか、有効期限（7日間）が切れています。"</p>
            <p>{format!("心当たりのない変更があった場合は、お手数ですが {contact} までご連絡ください。")}</p>
        </div>
        <p><a href="/">"トップページへ"</a></p>
    }
}
