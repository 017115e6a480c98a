use super::*;
use crate::booking::BookingError;
use crate::ui::loading;
use crate::catalogue::SlotCalendar;
use crate::texts::Text;
use crate::words::view_of;
use crate::ui::{Breadcrumbs, SubmitButton};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

fn param(name: &'static str) -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get(name).unwrap_or_default())
}

fn my_trail() -> Vec<(crate::texts::Words, String)> {
    vec![(Text::SiteMy.into(), "/my".to_string())]
}

/// A reservation's status as the resident reads it.
/// A page that could not be shown: not logged in (401, with the way to
/// the login page), not theirs or unknown (404), and so on.
#[component]
fn MyLoadError(error: AppError) -> impl IntoView {
    view! { <crate::ui::LoadError error href="/my" label=Text::MyBack/> }
}

#[component]
fn ReservationFacts(r: MyReservation) -> impl IntoView {
    view! {
        <dl class="facts">
            {r.whose.clone().map(|name| view! {
                <dt>{Text::MyLabelWhose.view()}</dt><dd data-testid="reservation-whose">{Text::MyWhose.view_with(&[("name", name.as_str())])}</dd>
            })}
            <dt>{Text::FormLabelReservationNumber.view()}</dt><dd data-testid="reservation-number">{r.number.clone()}</dd>
            <dt>{Text::FormLabelService.view()}</dt><dd>{r.service_name.clone()}</dd>
            <dt>{Text::FormLabelWhen.view()}</dt><dd data-testid="reservation-when">{view_of(r.when.clone())}</dd>
            <dt>{Text::FormLabelVenue.view()}</dt><dd>{r.venue.clone()}</dd>
            <dt>{Text::MyLabelStatus.view()}</dt><dd data-testid="reservation-status">{r.status.text().view()}</dd>
            {(r.status != Standing::Cancelled).then(|| view! {
                <dt>{Text::FormLabelChangeDeadline.view()}</dt><dd>{view_of(r.deadline.clone())}</dd>
            })}
        </dl>
    }
}

#[component]
fn ReservationCard(r: MyReservation) -> impl IntoView {
    let number = r.number.clone();
    let changeable = r.changeable();
    let locked = r.status == Standing::Locked;
    let ticket = (r.status != Standing::Cancelled).then(|| r.ticket_path.clone());
    view! {
        <article class="reservation-card" data-testid=format!("reservation-{number}")>
            <h3>{r.service_name.clone()}</h3>
            <ReservationFacts r/>
            {ticket.map(|href| view! {
                <p><a href=href>{Text::MyTicketLink.view()}<span class="visually-hidden">{Text::MyNumberHidden.view_with(&[("number", number.as_str())])}</span></a></p>
            })}
            {changeable.then(|| view! {
                <div class="actions actions--split">
                    <a class="button button--secondary" href=format!("/my/reservations/{number}/change")>
                        {Text::MyChangeButton.view()}<span class="visually-hidden">{Text::MyNumberHidden.view_with(&[("number", number.as_str())])}</span>
                    </a>
                    <a class="button button--secondary" href=format!("/my/reservations/{number}/cancel")>
                        {Text::MyCancelButton.view()}<span class="visually-hidden">{Text::MyNumberHidden.view_with(&[("number", number.as_str())])}</span>
                    </a>
                </div>
            })}
            {locked.then(|| view! {
                <p class="notice">{Text::MyLocked.view()}</p>
            })}
        </article>
    }
}

/// 予約の確認・変更・キャンセル: upcoming first, then past and cancelled.
#[component]
pub fn MyReservationsPage() -> impl IntoView {
    // The page's buttons answer here: with JavaScript the redirect is a
    // navigation within the same page, so the list is fetched again when
    // one of them has run, and its message shows from the action too.
    let withdraw = ServerAction::<WithdrawApplication>::new();
    let leave = ServerAction::<LeaveWaitlist>::new();
    let switch = ServerAction::<SetReminders>::new();
    let page = Resource::new(move || (withdraw.version().get(), leave.version().get(), switch.version().get()), |_| get_my_page());
    let query = leptos_router::hooks::use_query_map();
    let email_changed = query.read_untracked().get("email_changed").is_some();
    let said = move |key: &'static str| query.read().get(key).is_some();
    let left_line = move || said("left") || leave.value().get().is_some_and(|r| r.is_ok());
    let withdrawn = move || said("withdrawn") || withdraw.value().get().is_some_and(|r| r.is_ok());
    let reminders_saved = move || said("reminders") || switch.value().get().is_some_and(|r| r.is_ok());
    view! {
        <Title text=Text::SiteMy.plain()/>
        <Breadcrumbs current=Text::SiteMy/>
        <h1>{Text::SiteMy.view()}</h1>
        {email_changed.then(|| view! {
            <div class="panel panel--success" role="status"><p>{Text::MyEmailChanged.view()}</p></div>
        })}
        {move || left_line().then(|| view! {
            <div class="panel panel--success" role="status" data-testid="left-waitlist"><p>{Text::MyWaitingLeft.view()}</p></div>
        })}
        {move || withdrawn().then(|| view! {
            <div class="panel panel--success" role="status" data-testid="application-withdrawn"><p>{Text::MyLotteryWithdrawn.view()}</p></div>
        })}
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(p) => view! {
                        <p data-testid="resident">{Text::MyResident.view_with(&[("name", p.resident_name.as_str()), ("user_key", p.user_key.as_str())])}</p>
                        {(!p.household.is_empty()).then(|| {
                            let separator = if crate::language::current() == crate::language::Language::En { ", " } else { "、" };
                            let names = p.household.join(separator);
                            view! { <p data-testid="household">{Text::MyHousehold.view_with(&[("names", names.as_str())])}</p> }
                        })}
                        <h2>{Text::MyUpcomingHeading.view()}</h2>
                        {if p.upcoming.is_empty() {
                            view! { <p>{Text::MyUpcomingNone.view()}</p> }.into_any()
                        } else {
                            p.upcoming.into_iter().map(|r| view! { <ReservationCard r/> }).collect_view().into_any()
                        }}
                        <p><a class="button button--primary" href="/reserve">{Text::MyNewReservation.view()}</a></p>
                        {(!p.applications.is_empty()).then(|| view! { <MyApplications applications=p.applications.clone() withdraw/> })}
                        {(!p.waiting.is_empty()).then(|| view! { <MyWaitingLists waiting=p.waiting.clone() leave/> })}
                        <h2>{Text::MyPastHeading.view()}</h2>
                        {if p.past.is_empty() {
                            view! { <p>{Text::MyPastNone.view()}</p> }.into_any()
                        } else {
                            p.past.into_iter().map(|r| view! { <ReservationCard r/> }).collect_view().into_any()
                        }}
                        <h2>{Text::MyRegisteredHeading.view()}</h2>
                        <dl class="facts">
                            <dt>{Text::FormLabelPhone.view()}</dt><dd>{p.phone.clone()}</dd>
                            <dt>{Text::FormLabelEmail.view()}</dt><dd data-testid="registered-email">{p.email.clone()}</dd>
                        </dl>
                        <p>{Text::MyPhoneNote.view()}</p>
                        <p><a href="/my/email">{Text::MyChangeEmailLink.view()}</a></p>
                        <p><a href="/my/data" data-testid="own-data-link">{Text::MyOwnDataLink.view()}</a></p>
                        <Reminders wanted=p.reminders saved=Signal::derive(reminders_saved) switch/>
                    }.into_any(),
                    Err(error) => view! { <MyLoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// お知らせメール: whether reminders come, and the button to turn them
/// off or on again.
#[component]
fn Reminders(wanted: bool, saved: Signal<bool>, switch: ServerAction<SetReminders>) -> impl IntoView {
    view! {
        <h2 id="reminders">{Text::MyRemindersHeading.view()}</h2>
        {move || saved.get().then(|| view! {
            <div class="panel panel--success" role="status" data-testid="reminders-saved"><p>{Text::MyRemindersSaved.view()}</p></div>
        })}
        <p data-testid="reminders-state">{if wanted { Text::MyRemindersOn.view() } else { Text::MyRemindersOff.view() }}</p>
        <ActionForm action=switch>
            <input type="hidden" name="wanted" value=(!wanted).to_string()/>
            <SubmitButton label=if wanted { Text::MyRemindersStop } else { Text::MyRemindersStart } pending=switch.pending() class="button button--secondary"/>
        </ActionForm>
    }
}

/// 抽選の申し込み: each application, where it stands, and the button to
/// withdraw it before the draw.
#[component]
fn MyApplications(applications: Vec<MyApplication>, withdraw: ServerAction<WithdrawApplication>) -> impl IntoView {
    view! {
        <h2>{Text::MyLotteryHeading.view()}</h2>
        {move || withdraw.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{crate::words::view_of(error.message())}</p></div>
        })}
        {applications.into_iter().map(|a| {
            let hidden = Text::MyLotteryNumberHidden.view_with(&[("number", a.number.as_str())]);
            view! {
            <section class="reservation-card" data-testid=format!("application-{}", a.number)>
                <h3>{a.service_name.clone()}</h3>
                <dl class="facts">
                    {a.whose.clone().map(|name| view! {
                        <dt>{Text::MyLabelWhose.view()}</dt><dd>{Text::MyWhose.view_with(&[("name", name.as_str())])}</dd>
                    })}
                    <dt>{Text::LotteryLabelNumber.view()}</dt><dd>{a.number.clone()}</dd>
                    <dt>{Text::LotteryLabelYourChoices.view()}</dt>
                    <dd><ul class="plain-list">{a.choices.iter().map(|c| view! { <li>{crate::words::view_of(c.clone())}</li> }).collect_view()}</ul></dd>
                    <dt>{Text::MyLotteryStatus.view()}</dt><dd data-testid="application-status">{crate::words::view_of(a.status.clone())}</dd>
                </dl>
                {a.may_withdraw.then(|| view! {
                    <ActionForm action=withdraw>
                        <input type="hidden" name="id" value=a.id/>
                        <button type="submit" class="button button--secondary" disabled=move || withdraw.pending().get()>
                            {Text::MyLotteryWithdraw.view()}<span class="visually-hidden">{hidden}</span>
                        </button>
                    </ActionForm>
                })}
            </section>
            }
        }).collect_view()}
    }
}

/// キャンセル待ち: each place in line, with a button to leave it.
#[component]
fn MyWaitingLists(waiting: Vec<MyWaiting>, leave: ServerAction<LeaveWaitlist>) -> impl IntoView {
    view! {
        <h2>{Text::MyWaitingHeading.view()}</h2>
        {move || leave.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{crate::words::view_of(error.message())}</p></div>
        })}
        {waiting.into_iter().map(|w| {
            let position = w.position.to_string();
            view! {
                <section class="reservation-card" data-testid=format!("waiting-{}", w.id)>
                    <h3>{w.service_name.clone()}</h3>
                    <dl class="facts">
                        {w.whose.clone().map(|name| view! {
                            <dt>{Text::MyLabelWhose.view()}</dt><dd>{Text::MyWhose.view_with(&[("name", name.as_str())])}</dd>
                        })}
                        <dt>{Text::MyWaitingWhat.view()}</dt><dd>{crate::words::view_of(w.what.clone())}</dd>
                        <dt>{Text::MyWaitingPosition.view()}</dt><dd>{Text::MyWaitingPositionValue.view_with(&[("position", &position)])}</dd>
                    </dl>
                    {w.offered_until.clone().map(|until| view! {
                        <p class="notice">{Text::MyWaitingOffered.view_with(&[("until", &until)])}</p>
                    })}
                    <ActionForm action=leave>
                        <input type="hidden" name="id" value=w.id/>
                        <SubmitButton label=Text::MyWaitingLeave pending=leave.pending() class="button button--secondary"/>
                    </ActionForm>
                </section>
            }
        }).collect_view()}
    }
}

/// 変更 step 1: choose another slot of the same service.
#[component]
pub fn ChangeSlotPage() -> impl IntoView {
    let number = param("number");
    let query = use_query_map();
    let day = Memo::new(move |_| query.read().get("day").unwrap_or_default());
    let choices = Resource::new(move || (number.get(), day.get()), |(number, day)| get_change_choices(number, day));
    view! {
        <Title text=Text::MyChangeTitle.plain()/>
        <Breadcrumbs trail=my_trail() current=Text::MyChangeHeading/>
        <h1>{Text::MyChangeHeading.view()}</h1>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match choices.await {
                    Ok(c) => {
                        let link_base = format!("/my/reservations/{}/change/", c.reservation.number);
                        let page = format!("/my/reservations/{}/change", c.reservation.number);
                        view! {
                            <h2>{Text::MyCurrentHeading.view()}</h2>
                            <ReservationFacts r=c.reservation/>
                            <h2>{Text::MyChangeChoose.view()}</h2>
                            <p>{view_of(c.slots.service.deadline_note.clone())}</p>
                            <SlotCalendar months=c.slots.months chosen=c.slots.chosen page link_base/>
                            <p><a href="/my">{Text::MyBackWithoutChange.view()}</a></p>
                        }.into_any()
                    }
                    Err(error) => view! { <MyLoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// 変更 step 2: from → to, then 変更する.
#[component]
pub fn ChangeConfirmPage() -> impl IntoView {
    let number = param("number");
    let slot_id = param("slot_id");
    let change = ServerAction::<ChangeReservation>::new();
    let target = Resource::new(move || (number.get(), slot_id.get()), |(number, slot)| async move {
        match slot.parse::<i32>() {
            Ok(slot) => get_change_target(number, slot).await,
            Err(_) => Err(AppError::NotFound),
        }
    });
    view! {
        <Title text=Text::MyChangeConfirmTitle.plain()/>
        <Breadcrumbs trail=my_trail() current=Text::MyChangeHeading/>
        <h1>{Text::MyChangeConfirmTitle.view()}</h1>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match target.await {
                    Ok(t) => {
                        let number = t.reservation.number.clone();
                        let back = format!("/my/reservations/{number}/change");
                        view! {
                            {move || change.value().get().and_then(|r| r.err()).map(|error| view! {
                                <div class="notice notice--error" role="alert"><p>{view_of(error.message())}</p></div>
                            })}
                            <p>{Text::MyChangeConfirmLead.view()}</p>
                            <dl class="facts">
                                <dt>{Text::FormLabelReservationNumber.view()}</dt><dd>{number.clone()}</dd>
                                <dt>{Text::FormLabelService.view()}</dt><dd>{t.reservation.service_name.clone()}</dd>
                                <dt>{Text::MyLabelBefore.view()}</dt><dd>{view_of(t.reservation.when.clone())}</dd>
                                <dt>{Text::MyLabelAfter.view()}</dt><dd data-testid="change-to">{view_of(t.target.when.clone())}</dd>
                                <dt>{Text::FormLabelVenue.view()}</dt><dd>{t.target.venue.clone()}</dd>
                            </dl>
                            <div class="actions actions--split">
                                <ActionForm action=change>
                                    <input type="hidden" name="number" value=number.clone()/>
                                    <input type="hidden" name="slot_id" value=t.target.slot_id.to_string()/>
                                    <SubmitButton label=Text::MyChangeSubmit pending=change.pending()/>
                                </ActionForm>
                                <a class="button button--secondary" href=back>{Text::MyChooseAgain.view()}</a>
                            </div>
                        }.into_any()
                    }
                    Err(error) => view! { <MyLoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Done(number: Memo<String>, title: Text, message: Text) -> impl IntoView {
    let reservation = Resource::new(move || number.get(), get_my_reservation);
    view! {
        <Title text=title.plain()/>
        <Breadcrumbs trail=my_trail() current=title/>
        <h1>{title.view()}</h1>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match reservation.await {
                    Ok(r) => view! {
                        <div class="panel panel--success" role="status"><p>{message.view()}</p></div>
                        <ReservationFacts r/>
                        <p>{crate::words::view_with_parts(
                            Text::SiteMailArrives.said(),
                            vec![("link", view! { <a href="/mail-help">{Text::SiteMailHelpLink.view()}</a> }.into_any())],
                        )}</p>
                        <p><a href="/my">{Text::MyBack.view()}</a></p>
                    }.into_any(),
                    Err(error) => view! { <MyLoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ChangedPage() -> impl IntoView {
    view! { <Done number=param("number") title=Text::MyChangedTitle message=Text::MyChangedMessage/> }
}

/// キャンセル: one confirm step, then キャンセルする.
#[component]
pub fn CancelConfirmPage() -> impl IntoView {
    let number = param("number");
    let cancel = ServerAction::<CancelReservation>::new();
    let reservation = Resource::new(move || number.get(), get_my_reservation);
    view! {
        <Title text=Text::MyCancelTitle.plain()/>
        <Breadcrumbs trail=my_trail() current=Text::MyCancelHeading/>
        <h1>{Text::MyCancelTitle.view()}</h1>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match reservation.await {
                    Ok(r) if r.changeable() => {
                        let number = r.number.clone();
                        view! {
                            {move || cancel.value().get().and_then(|r| r.err()).map(|error| view! {
                                <div class="notice notice--error" role="alert"><p>{view_of(error.message())}</p></div>
                            })}
                            <p>{Text::MyCancelLead.view()}</p>
                            <ReservationFacts r/>
                            <div class="actions actions--split">
                                <ActionForm action=cancel>
                                    <input type="hidden" name="number" value=number/>
                                    <SubmitButton label=Text::MyCancelButton pending=cancel.pending() class="button button--danger"/>
                                </ActionForm>
                                <a class="button button--secondary" href="/my">{Text::MyBackWithoutCancel.view()}</a>
                            </div>
                        }.into_any()
                    }
                    Ok(r) => {
                        let error = AppError::Booking(if r.status == Standing::Cancelled { BookingError::AlreadyCancelled } else { BookingError::DeadlinePassed });
                        view! { <MyLoadError error/> }.into_any()
                    }
                    Err(error) => view! { <MyLoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn CancelledPage() -> impl IntoView {
    view! { <Done number=param("number") title=Text::MyCancelledTitle message=Text::MyCancelledMessage/> }
}
