use super::*;
use crate::texts::Text;
use crate::ui::{Breadcrumbs, SubmitButton, loading};
use crate::words::view_of;
use leptos_meta::Title;

fn trail() -> Vec<(crate::texts::Words, String)> {
    vec![(Text::SiteMy.into(), "/my".to_string())]
}

fn own_trail() -> Vec<(crate::texts::Words, String)> {
    vec![(Text::SiteMy.into(), "/my".to_string()), (Text::OwnTitle.into(), "/my/data".to_string())]
}

#[component]
fn LoadFailed(error: AppError) -> impl IntoView {
    view! { <crate::ui::LoadError error href="/my" label=Text::MyBack/> }
}

/// 登録情報: everything kept about the resident, the file, and the way to
/// 利用者情報の削除.
#[component]
pub fn OwnDataPage() -> impl IntoView {
    let page = Resource::new(|| (), |_| get_own_data());
    view! {
        <Title text=Text::OwnTitle.plain()/>
        <Breadcrumbs trail=trail() current=Text::OwnTitle/>
        <h1>{Text::OwnTitle.view()}</h1>
        <p>{Text::OwnIntro.view()}</p>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(v) => {
                        let OwnData { record, others, reservations, waiting, applications, emails } = v.data;
                        let none = || view! { <p>{Text::OwnNone.view()}</p> };
                        view! {
                            <p><a class="button button--secondary" href="/my/data/download" download="e-yoyaku-my-data.json" rel="external" data-testid="own-download">
                                {Text::OwnDownload.view()}
                            </a></p>
                            <h2>{Text::OwnRecordHeading.view()}</h2>
                            <RecordFacts record testid="own-record"/>
                            {(!others.is_empty()).then(|| view! {
                                <h2>{Text::OwnOthersHeading.view()}</h2>
                                <p>{Text::OwnOthersIntro.view()}</p>
                                {others.into_iter().map(|record| view! { <RecordFacts record testid="own-others"/> }).collect_view()}
                            })}
                            <h2>{Text::OwnReservationsHeading.view()}</h2>
                            {if reservations.is_empty() { none().into_any() } else {
                                view! { <ul class="plain-list own-list">
                                    {reservations.into_iter().map(|r| view! {
                                        <li>
                                            <strong>{r.service}</strong>" "{view_of(r.when)}<br/>
                                            {Text::FormLabelReservationNumber.view()}" "{r.number}" ／ "{r.status.text().view()}
                                            {r.attended.then(|| view! { " ／ "{Text::OwnAttended.view()} })}<br/>
                                            {Text::OwnLabelMade.view()}" "{view_of(r.made_at)}
                                            {r.cancelled_at.map(|at| view! { " ／ "{Text::OwnLabelCancelled.view()}" "{view_of(at)} })}
                                        </li>
                                    }).collect_view()}
                                </ul> }.into_any()
                            }}
                            <h2>{Text::OwnWaitingHeading.view()}</h2>
                            {if waiting.is_empty() { none().into_any() } else {
                                view! { <ul class="plain-list own-list">
                                    {waiting.into_iter().map(|w| view! {
                                        <li><strong>{w.service}</strong>" "{view_of(w.what)}" （"{view_of(w.joined_at)}"）"</li>
                                    }).collect_view()}
                                </ul> }.into_any()
                            }}
                            <h2>{Text::OwnApplicationsHeading.view()}</h2>
                            {if applications.is_empty() { none().into_any() } else {
                                view! { <ul class="plain-list own-list">
                                    {applications.into_iter().map(|a| view! {
                                        <li><strong>{a.service}</strong>" "{a.number}" （"{view_of(a.applied_at)}"）"</li>
                                    }).collect_view()}
                                </ul> }.into_any()
                            }}
                            <h2>{Text::OwnEmailsHeading.view()}</h2>
                            <p class="field__hint">{Text::OwnEmailsNote.view()}</p>
                            {if emails.is_empty() { none().into_any() } else {
                                view! { <ul class="plain-list own-list" data-testid="own-emails">
                                    {emails.into_iter().map(|m| view! {
                                        <li>
                                            <strong>{m.subject}</strong><br/>
                                            {match m.sent_at {
                                                Some(at) => view! { {Text::OwnLabelSent.view()}" "{view_of(at)} }.into_any(),
                                                None => Text::OwnNotSent.view().into_any(),
                                            }}
                                            " ／ "{m.to}
                                        </li>
                                    }).collect_view()}
                                </ul> }.into_any()
                            }}
                            <h2 id="erase">{Text::OwnEraseHeading.view()}</h2>
                            <p>{Text::OwnEraseIntro.view()}</p>
                            <p><a class="button button--secondary" href="/my/data/erase">{Text::OwnEraseLink.view()}</a></p>
                        }.into_any()
                    }
                    Err(error) => view! { <LoadFailed error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// 利用者情報の削除 — the confirm step: what goes and what stays, refused
/// (in words) while something upcoming is still theirs.
#[component]
pub fn EraseConfirmPage() -> impl IntoView {
    let erase = ServerAction::<EraseMe>::new();
    let page = Resource::new(|| (), |_| get_own_data());
    view! {
        <Title text=Text::OwnEraseConfirmTitle.plain()/>
        <Breadcrumbs trail=own_trail() current=Text::OwnEraseConfirmTitle/>
        <h1>{Text::OwnEraseConfirmTitle.view()}</h1>
        {move || erase.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{view_of(error.message())}</p></div>
        })}
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(v) if v.may_erase() => view! {
                        <p>{Text::OwnEraseIntro.view()}</p>
                        <p><strong>{Text::OwnEraseConfirmLead.view()}</strong></p>
                        <ActionForm action=erase>
                            <div class="actions actions--split">
                                <a class="button button--secondary" href="/my/data">{Text::OwnEraseBack.view()}</a>
                                <SubmitButton label=Text::OwnEraseButton pending=erase.pending() class="button button--danger"/>
                            </div>
                        </ActionForm>
                    }.into_any(),
                    Ok(v) => {
                        let numbers = v.upcoming.join(", ");
                        view! {
                            <div class="notice notice--error" role="alert" data-testid="erase-refused">
                                <p>{Text::OwnEraseRefused.view()}</p>
                                {(!numbers.is_empty()).then(|| view! { <p>{Text::OwnEraseRefusedNumbers.view_with(&[("numbers", numbers.as_str())])}</p> })}
                            </div>
                            <p><a href="/my">{Text::MyBack.view()}</a></p>
                        }.into_any()
                    }
                    Err(error) => view! { <LoadFailed error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// After 利用者情報の削除 (no session any more).
#[component]
pub fn ErasedPage() -> impl IntoView {
    view! {
        <Title text=Text::OwnErasedTitle.plain()/>
        <h1>{Text::OwnErasedTitle.view()}</h1>
        <div class="panel panel--success" role="status" data-testid="erased"><p>{Text::OwnErasedBody.view()}</p></div>
        <p><a href="/">{Text::SiteToTop.view()}</a></p>
    }
}

/// One record's facts: the one logged in, or another of the same person.
#[component]
fn RecordFacts(record: OwnRecord, testid: &'static str) -> impl IntoView {
    view! {
        <dl class="facts" data-testid=testid>
            <dt>{Text::FormLabelName.view()}</dt><dd>{record.name}</dd>
            <dt>{Text::FormLabelKana.view()}</dt><dd>{record.kana}</dd>
            <dt>{Text::FormLabelBirthDate.view()}</dt><dd>{record.birth_date}</dd>
            <dt>{Text::FormLabelPhone.view()}</dt><dd>{record.phone}</dd>
            <dt>{Text::FormLabelEmail.view()}</dt><dd>{record.email}</dd>
            <dt>{Text::FormLabelUserKey.view()}</dt><dd>{record.user_key}</dd>
            <dt>{Text::OwnLabelLanguage.view()}</dt><dd>{record.language}</dd>
            <dt>{Text::MyRemindersHeading.view()}</dt>
            <dd>{if record.reminders { Text::MyRemindersOn.view() } else { Text::MyRemindersOff.view() }}</dd>
            <dt>{Text::OwnLabelRegistered.view()}</dt><dd>{view_of(record.registered_at)}</dd>
            <dt>{Text::OwnLabelUpdated.view()}</dt><dd>{view_of(record.updated_at)}</dd>
        </dl>
    }
}
