//! 変更の取り消し: the link mailed to the old address after an email change.
//! Opening it shows what will happen and changes nothing (mail scanners
//! open links); 「元のメールアドレスに戻す」 restores the old address and
//! ends every session of the resident. No login needed: the link is the
//! proof, and it works once.
#[cfg(feature = "ssr")]
pub mod ssr;

use crate::error::AppError;
use crate::texts::Text;
use crate::ui::{SubmitButton, loading};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

const TITLE: Text = Text::EmailUndoTitle;

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
                            <p>{Text::EmailUndoLead.view()}</p>
                            <dl class="facts">
                                <dt>{Text::EmailUndoRestores.view()}</dt><dd>{restores}</dd>
                                <dt>{Text::EmailChangeCurrent.view()}</dt><dd>{replaces}</dd>
                                <dt>{Text::EmailUndoUntil.view()}</dt><dd>{crate::words::view_of(until)}</dd>
                            </dl>
                            <ActionForm action=undo>
                                <input type="hidden" name="token" value=token.get_untracked()/>
                                <div class="actions">
                                    <SubmitButton label=Text::EmailUndoButton pending=undo.pending()/>
                                </div>
                            </ActionForm>
                            <p>{Text::EmailUndoNotYou.view()}</p>
                        }.into_any(),
                        Ok(UndoView::Gone { contact }) => view! { <Gone contact/> }.into_any(),
                        Err(error) => view! { <crate::ui::LoadError error href="/" label=Text::SiteToTop/> }.into_any(),
                    }
                })}
            </Suspense>
        }
    };
    view! {
        <Title text=TITLE.plain()/>
        <h1>{TITLE.view()}</h1>
        {move || if done.get() {
            view! {
                <div class="panel panel--success" role="status" data-testid="undone">
                    <p>{Text::EmailUndoDone.view()}</p>
                    <p>{Text::EmailUndoLoginAgain.view()}</p>
                </div>
                <p><a href="/login">{Text::SiteToLogin.view()}</a></p>
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
            <p>{Text::EmailUndoGone.view()}</p>
            <p>{Text::EmailUndoGoneContact.view_with(&[("contact", &contact)])}</p>
        </div>
        <p><a href="/">{Text::SiteToTop.view()}</a></p>
    }
}
