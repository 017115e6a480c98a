use super::*;
use crate::catalogue::{SlotCalendar, SlotFacts};
use crate::domain::Availability;
use crate::ui::loading;
use crate::texts::Text;
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, TextField, error_for};
use crate::words::view_of;
use leptos_meta::Title;
use super::parts::{BirthDateFields, details_trail, reserve_crumb};
use leptos_router::hooks::{use_params_map, use_query_map};


fn param(name: &'static str) -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get(name).unwrap_or_default())
}

/// A failed load, said in Japanese with a way forward; also sets the page's
/// HTTP status while it is rendered on the server.
#[component]
fn LoadError(error: AppError) -> impl IntoView {
    view! { <crate::ui::LoadError error href="/reserve" label=Text::ReserveLoadErrorLink/> }
}

#[component]
pub fn ServiceListPage() -> impl IntoView {
    let services = Resource::new(|| (), |_| list_services());
    view! {
        <Title text=Text::ReserveServicesTitle.plain()/>
        <Breadcrumbs current=Text::SiteReserve/>
        <h1>{Text::ReserveServicesHeading.view()}</h1>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match services.await {
                    Ok(list) if list.is_empty() => view! { <p>{Text::ReserveServicesNone.view()}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="card-list">
                            {list.into_iter().map(|s| view! {
                                <li class="card">
                                    <h2 class="card__title">
                                        <a href=format!("/reserve/services/{}", s.id)>{s.name.clone()}</a>
                                    </h2>
                                    <p>{s.description.clone()}</p>
                                    <p class="card__meta">{Text::ReserveServiceVenue.view_with(&[("venue", &s.venue)])}</p>
                                    <p class="card__meta">{view_of(s.deadline_note.clone())}</p>
                                    <p class="card__status">
                                        {match &s.lottery {
                                            Some(l) if l.phase == crate::lottery::Phase::Before => Text::LotteryCardBefore.view_with(&[("from", &l.apply_from)]),
                                            Some(l) if l.phase == crate::lottery::Phase::Applying => Text::LotteryCardApplying.view_with(&[("until", &l.apply_until)]),
                                            Some(l) if l.phase == crate::lottery::Phase::AwaitingDraw => Text::LotteryCardClosed.view(),
                                            _ if s.has_room => Text::ReserveServiceHasRoom.view(),
                                            _ => Text::ReserveServiceNoRoom.view(),
                                        }}
                                    </p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn SlotListPage() -> impl IntoView {
    let service_id = param("service_id");
    let query = use_query_map();
    let day = Memo::new(move |_| query.read().get("day").unwrap_or_default());
    let slots = Resource::new(move || (service_id.get(), day.get()), |(id, day)| async move {
        match id.parse::<i32>() {
            Ok(id) => get_service_slots(id, day).await,
            Err(_) => Err(AppError::NotFound),
        }
    });
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match slots.await {
                    Ok(s) => view! { <SlotList slots=s/> }.into_any(),
                    Err(error) => view! {
                        <Title text=Text::ReserveSlotsTitle.plain()/>
                        <Breadcrumbs trail=vec![reserve_crumb()] current=Text::ReserveSlotsTitle/>
                        <LoadError error/>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SlotList(slots: ServiceSlots) -> impl IntoView {
    let ServiceSlots { service, months, chosen } = slots;
    let page = format!("/reserve/services/{}", service.id);
    let title = Text::ReserveSlotsPageTitle.plain_with(&[("service", &service.name)]);
    view! {
        <Title text=title/>
        <Breadcrumbs trail=vec![reserve_crumb()] current=Text::ReserveSlotsTitle/>
        <h1>{service.name.clone()}</h1>
        <p>{service.description.clone()}</p>
        <dl class="facts">
            <dt>{Text::FormLabelVenue.view()}</dt><dd>{service.venue.clone()}</dd>
            <dt>{Text::ReserveLabelDeadline.view()}</dt><dd>{view_of(service.deadline_note.clone())}</dd>
            {(!service.limit_note.is_empty()).then(|| view! {
                <dt>{Text::ReserveLabelLimit.view()}</dt><dd data-testid="service-limit">{view_of(service.limit_note.clone())}</dd>
            })}
            {(!service.conditions.is_empty()).then(|| view! {
                <dt>{Text::ConditionsLabel.view()}</dt>
                <dd data-testid="service-conditions">
                    <ul class="conditions">
                        {service.conditions.iter().map(|rule| view! { <li>{view_of(rule.clone())}</li> }).collect_view()}
                    </ul>
                </dd>
            })}
        </dl>
        {(!service.notes.is_empty()).then(|| view! { <p class="notice">{service.notes.clone()}</p> })}
        {service.lottery.clone().map(|info| view! { <super::lottery::LotteryPanel service_id=service.id info/> })}
        // Before the draw nothing is booked first come: the calendar waits.
        {(!service.lottery.as_ref().is_some_and(|l| l.phase.awaits_draw())).then(|| view! {
            <h2>{Text::ReserveSlotsHeading.view()}</h2>
            <SlotCalendar months chosen page link_base="/reserve/slots/".to_string() waitlist=true/>
        })}
    }
}


/// Step 3 for a slot just chosen.
#[component]
pub fn NewDetailsPage() -> impl IntoView {
    let slot_id = param("slot_id");
    let query = use_query_map();
    let wait = Memo::new(move |_| WaitFor::parse(query.read().get("wait").as_deref()));
    let save = ServerAction::<SaveDetails>::new();
    let answer = ServerAction::<SaveConditions>::new();
    let choose = ServerAction::<super::ChooseMember>::new();
    let slot = Resource::new(move || slot_id.get(), |id| async move {
        match id.parse::<i32>() {
            Ok(id) => get_slot_summary(id).await,
            Err(_) => Err(AppError::NotFound),
        }
    });
    let me = Resource::new(|| (), |_| get_booking_for());
    let conditions = Resource::new(move || slot_id.get(), |id| async move {
        match id.parse::<i32>() {
            Ok(id) => get_slot_conditions(id).await,
            Err(_) => Ok(None),
        }
    });
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                let me = me.await.ok().flatten();
                let conditions = conditions.await;
                let slot = slot.await;
                // キャンセル待ち only where there is nothing to book.
                let wait = wait.get().filter(|_| matches!(&slot, Ok(s) if s.availability == Availability::Full));
                match slot {
                    Ok(slot) if matches!(slot.availability, Availability::Open { .. }) || wait.is_some() => {
                        let known = me.is_some();
                        let household = me.as_ref().and_then(|b| b.household.clone());
                        let input = me.map(|b| b.input).unwrap_or_default();
                        match (household, conditions) {
                            // Logged in: for whom, first (家族).
                            (Some(choice), Ok(_)) => view! {
                                <super::household::WhoForStep info=slot choice choose wait/>
                            }.into_any(),
                            // 対象者の確認 next.
                            (None, Ok(Some(conditions))) => view! {
                                <super::conditions::ConditionsForm save=answer info=slot conditions draft_id=String::new() input
                                    said=Default::default() errors=vec![] known wait=wait/>
                            }.into_any(),
                            (None, Ok(None)) => view! {
                                <DetailsForm save info=slot draft_id=String::new() input errors=vec![] known met=false wait=wait/>
                            }.into_any(),
                            (_, Err(error)) => view! { <LoadError error/> }.into_any(),
                        }
                    }
                    Ok(slot) => {
                        let back = format!("/reserve/services/{}", slot.service_id);
                        let full = slot.availability == Availability::Full;
                        let message = if full { Text::ReserveSlotFull } else { Text::ErrorSlotClosed };
                        let slot_id = slot.slot_id;
                        view! {
                            <Title text=Text::ReserveDetailsTitle.plain()/>
                            <Breadcrumbs trail=details_trail(slot.service_id) current=Text::ReserveDetailsTitle/>
                            <div class="notice notice--error" role="alert">
                                <p>{message.view()}</p>
                                <p><a href=back>{Text::ReserveBackToSlots.view()}</a></p>
                            </div>
                            {full.then(|| view! { <super::waitlist::JoinLinks slot_id/> })}
                        }.into_any()
                    }
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Step 3 again: what was typed, with what to correct (or after 戻る).
#[component]
pub fn DraftDetailsPage() -> impl IntoView {
    let draft_id = param("draft_id");
    let save = ServerAction::<SaveDetails>::new();
    let answer = ServerAction::<SaveConditions>::new();
    // 次へ and 確認 land on this same address: read the draft again after each.
    let draft = Resource::new(
        move || (draft_id.get(), save.version().get(), answer.version().get()),
        |(id, _, _)| get_details_draft(id),
    );
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match draft.await {
                    Ok(d) => {
                        let for_member = d.for_member.clone();
                        match (d.step, d.conditions) {
                        (Step::Ask { said, errors }, Some(conditions)) => view! {
                            <super::conditions::ConditionsForm save=answer info=d.slot conditions draft_id=d.draft_id input=d.input said errors known=d.known_resident wait=d.wait applying=d.applying for_member/>
                        }.into_any(),
                        (Step::Unmet { reasons }, Some(conditions)) => view! {
                            <super::conditions::NotEligible info=d.slot reasons call=conditions.call applying=d.applying/>
                        }.into_any(),
                        (step, _) => {
                            let met = matches!(step, Step::Details { met: true });
                            view! {
                                <DetailsForm save info=d.slot draft_id=d.draft_id input=d.input errors=d.errors known=d.known_resident met wait=d.wait applying=d.applying for_member fixed_email=d.fixed_email/>
                            }.into_any()
                        }
                    }
                    }
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DetailsForm(
    save: ServerAction<SaveDetails>,
    info: SlotSummary,
    draft_id: String,
    input: DetailsInput,
    errors: Vec<FieldError>,
    /// Logged in: the record's details are shown, only the phone is asked.
    known: bool,
    /// 対象者の確認 was passed: said above the form.
    met: bool,
    /// キャンセル待ち rather than a reservation.
    #[prop(default = None)]
    wait: Option<WaitFor>,
    /// 抽選の申し込み rather than a reservation.
    #[prop(default = None)]
    applying: Option<ApplyingView>,
    /// Logged in with a household: whose reservation it is (家族).
    #[prop(default = None)]
    for_member: Option<String>,
    /// A member being added: the household's address, shown, not asked.
    #[prop(default = None)]
    fixed_email: Option<String>,
) -> impl IntoView {
    let e = |field: &str| error_for(&errors, field);
    let (name_error, kana_error, birth_error, phone_error, email_error, confirm_error) =
        (e("name"), e("kana"), e("birth_year"), e("phone"), e("email"), e("email_confirm"));
    let slot = info;
    let birth_input = input.clone();
    let title = if errors.is_empty() {
        Text::ReserveDetailsTitle.plain()
    } else {
        Text::FormErrorTitle.plain_with(&[("title", Text::ReserveDetailsTitle.said())])
    };
    view! {
        <Title text=title/>
        <Breadcrumbs trail=details_trail(slot.service_id) current=Text::ReserveDetailsTitle/>
        <h1>{Text::ReserveDetailsTitle.view()}</h1>
        <ErrorSummary errors=errors.clone()/>
        {move || save.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{view_of(error.message())}</p></div>
        })}
        {met.then(|| view! { <p class="notice" data-testid="conditions-met">{Text::ConditionsMet.view()}</p> })}
        {wait.map(|wait| view! { <super::waitlist::WaitNotice wait/> })}
        <super::lottery::WhatFor info=slot.clone() applying/>
        <super::household::ForMember name=for_member slot_id=slot.slot_id wait/>
        {fixed_email.clone().map(|email| view! {
            <p class="notice" data-testid="new-member">{Text::ReserveNewMemberNotice.view_with(&[("email", email.as_str())])}</p>
        })}
        <ActionForm action=save>
            <input type="hidden" name="draft_id" value=draft_id/>
            <input type="hidden" name="slot_id" value=slot.slot_id/>
            <super::waitlist::WaitField wait/>
            {if known {
                view! { <KnownIdentity input=input.clone()/> }.into_any()
            } else {
                view! {
            <TextField id="name" label=Text::FormLabelName value=input.name error=name_error autocomplete="name" hint=Text::ReserveNameHint/>
            <TextField id="kana" label=Text::FormLabelKana value=input.kana error=kana_error hint=Text::ReserveKanaHint/>
            <BirthDateFields input=birth_input.clone() error=birth_error.clone()/>
                }.into_any()
            }}
            <TextField id="phone" label=Text::FormLabelPhone value=input.phone error=phone_error input_type="tel" autocomplete="tel" inputmode="tel" hint=Text::ReservePhoneHint/>
            {match (known, fixed_email) {
                (true, _) => ().into_any(),
                (false, Some(email)) => view! {
                    <input type="hidden" name="email" value=email.clone()/>
                    <input type="hidden" name="email_confirm" value=email/>
                }.into_any(),
                (false, None) => view! {
            <TextField id="email" label=Text::FormLabelEmail value=input.email error=email_error autocomplete="email" inputmode="email" hint=Text::FormEmailExample/>
            <TextField id="email_confirm" label=Text::FormLabelEmailConfirm value=input.email_confirm error=confirm_error autocomplete="email" inputmode="email" hint=Text::FormEmailConfirmHint/>
                }.into_any(),
            }}
            <p class="field__hint">
                {Text::ReserveMailFilterHint.view()}
                <a href="/mail-help">{Text::SiteMailHelpLink.view()}</a>
            </p>
            <div class="actions">
                <SubmitButton label=Text::FormCheck pending=save.pending()/>
            </div>
        </ActionForm>
    }
}

/// A logged-in resident's registered details, shown rather than asked;
/// sent along as hidden fields (the server takes them from the record).
#[component]
fn KnownIdentity(input: DetailsInput) -> impl IntoView {
    let birth = birth_words(&input);
    view! {
        <div class="notice" data-testid="known-resident">
            <p>{Text::ReserveKnownNotice.view()}</p>
            <p>{Text::ReserveKnownChangeNote.view()}</p>
        </div>
        <dl class="facts">
            <dt>{Text::FormLabelName.view()}</dt><dd>{input.name.clone()}</dd>
            <dt>{Text::FormLabelKana.view()}</dt><dd>{input.kana.clone()}</dd>
            <dt>{Text::FormLabelBirthDate.view()}</dt><dd>{view_of(birth)}</dd>
            <dt>{Text::FormLabelEmail.view()}</dt><dd>{input.email.clone()}</dd>
        </dl>
        <input type="hidden" name="name" value=input.name/>
        <input type="hidden" name="kana" value=input.kana/>
        <input type="hidden" name="birth_year" value=input.birth_year/>
        <input type="hidden" name="birth_month" value=input.birth_month/>
        <input type="hidden" name="birth_day" value=input.birth_day/>
        <input type="hidden" name="email" value=input.email.clone()/>
        <input type="hidden" name="email_confirm" value=input.email/>
    }
}

/// A registered date of birth (three numbers as typed) as dates are said
/// (`1960年4月1日`), in the page's language, readings kept as `《》`.
fn birth_words(input: &DetailsInput) -> String {
    let language = crate::language::current();
    let number = |text: &str| text.trim().parse::<u32>().ok();
    match (number(&input.birth_year), number(&input.birth_month), number(&input.birth_day)) {
        (Some(y), Some(m), Some(d)) => match chrono::NaiveDate::from_ymd_opt(y as i32, m, d) {
            Some(date) => crate::time::birth_date_in(date, language),
            None => format!("{}-{}-{}", input.birth_year, input.birth_month, input.birth_day),
        },
        _ => format!("{}-{}-{}", input.birth_year, input.birth_month, input.birth_day),
    }
}

/// Step 4: check your answers, then 送信.
#[component]
pub fn ConfirmPage() -> impl IntoView {
    let draft_id = param("draft_id");
    let submit = ServerAction::<SubmitReservation>::new();
    let view_data = Resource::new(move || draft_id.get(), get_confirm_view);
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match view_data.await {
                    Ok(v) => view! { <Confirm submit v/> }.into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Confirm(submit: ServerAction<SubmitReservation>, v: ConfirmView) -> impl IntoView {
    let back = format!("/reserve/drafts/{}", v.draft_id);
    let service_slots = format!("/reserve/services/{}", v.slot.service_id);
    let trail = details_trail(v.slot.service_id);
    let Some(a) = v.answers else {
        return view! {
            <Title text=Text::ReserveConfirmTitle.plain()/>
            <Breadcrumbs trail current=Text::ReserveConfirmTitle/>
            <div class="notice notice--error" role="alert">
                <p>{Text::FormHasErrors.view()}</p>
                <p><a href=back>{Text::FormBackToInput.view()}</a></p>
            </div>
        }
        .into_any();
    };
    view! {
        <Title text=Text::ReserveConfirmTitle.plain()/>
        <Breadcrumbs trail current=Text::ReserveConfirmTitle/>
        <h1>{Text::ReserveConfirmTitle.view()}</h1>
        {move || submit.value().get().and_then(|r| r.err()).map(|error| {
            let choose_again = error.choose_another_slot();
            let service_slots = service_slots.clone();
            view! {
                <div class="notice notice--error" role="alert" tabindex="-1">
                    <p>{view_of(error.message())}</p>
                    {choose_again.then(|| view! { <p><a href=service_slots>{Text::ReserveChooseAnother.view()}</a></p> })}
                </div>
            }
        })}
        <p>{Text::ReserveConfirmLead.view()}</p>
        {v.known_resident.then(|| view! {
            <p class="notice" data-testid="known-resident">{Text::ReserveConfirmKnown.view()}</p>
        })}
        {v.wait.map(|wait| view! { <super::waitlist::WaitNotice wait/> })}
        <super::lottery::WhatFor info=v.slot.clone() applying=v.applying.clone()/>
        <dl class="facts">
            <dt>{Text::FormLabelName.view()}</dt><dd>{a.name}</dd>
            <dt>{Text::FormLabelKana.view()}</dt><dd>{a.kana}</dd>
            <dt>{Text::FormLabelBirthDate.view()}</dt><dd>{view_of(a.birth_date)}</dd>
            <dt>{Text::FormLabelPhone.view()}</dt><dd>{a.phone}</dd>
            <dt>{Text::FormLabelEmail.view()}</dt><dd>{a.email}</dd>
        </dl>
        {v.applying.is_none().then(|| view! { <p class="field__hint">{Text::ReserveChangeDeadline.view_with(&[("deadline", &v.slot.deadline)])}</p> })}
        <div class="actions actions--split">
            <ActionForm action=submit>
                <input type="hidden" name="draft_id" value=v.draft_id.clone()/>
                <SubmitButton label=Text::FormSend pending=submit.pending()/>
            </ActionForm>
            <form method="get" action=back>
                <button type="submit" class="button button--secondary">{Text::FormBack.view()}</button>
            </form>
        </div>
    }
    .into_any()
}

/// Step 5: the reservation number and the user key.
#[component]
pub fn CompletePage() -> impl IntoView {
    let draft_id = param("draft_id");
    let done = Resource::new(move || draft_id.get(), get_completed);
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match done.await {
                    Ok(c) if c.waiting.is_some() => view! { <super::waitlist::Joined c/> }.into_any(),
                    Ok(c) if c.applied.is_some() => view! { <super::lottery::Applied c/> }.into_any(),
                    Ok(c) => view! {
                        <Title text=Text::ReserveCompleteTitle.plain()/>
                        <Breadcrumbs trail=vec![reserve_crumb()] current=Text::ReserveCompleteTitle/>
                        <h1>{Text::ReserveCompleteTitle.view()}</h1>
                        <div class="panel panel--success" role="status">
                            <p>{Text::ReserveCompleteReceived.view()}</p>
                            <dl class="facts facts--large">
                                <dt>{Text::FormLabelReservationNumber.view()}</dt><dd data-testid="reservation-number">{c.reservation_number}</dd>
                                {c.user_key.clone().map(|key| view! {
                                    <dt>{Text::FormLabelUserKey.view()}</dt><dd class="user-key" data-testid="user-key">{key}</dd>
                                })}
                            </dl>
                        </div>
                        {if c.user_key.is_some() {
                            view! {
                                <p>{Text::ReserveCompleteKeyNote.view()}</p>
                            }.into_any()
                        } else {
                            view! {
                                <p data-testid="key-hidden">{Text::ReserveCompleteKeyHidden.view()}</p>
                            }.into_any()
                        }}
                        <SlotFacts info=c.slot.clone()/>
                        <p>{Text::ReserveChangeDeadline.view_with(&[("deadline", &c.slot.deadline)])}</p>
                        <p class="actions">
                            <a class="button button--secondary" href=c.ticket_path.clone() data-testid="ticket-link">{Text::ReserveTicketLink.view()}</a>
                        </p>
                        {match c.email {
                            Some(email) => view! {
                                <p>{crate::words::view_with_parts(
                                    Text::ReserveCompleteMailSentTo.said(),
                                    vec![("email", view! { <strong>{email}</strong> }.into_any())],
                                )}</p>
                            }.into_any(),
                            None => view! { <p>{Text::ReserveCompleteMailSent.view()}</p> }.into_any(),
                        }}
                        <p><a href="/mail-help">{Text::SiteMailHelpLink.view()}</a></p>
                        <p><a href="/">{Text::SiteBackToTop.view()}</a></p>
                    }.into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
