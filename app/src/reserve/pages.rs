use super::*;
use crate::catalogue::{SlotCalendar, SlotFacts};
use crate::domain::Availability;
use crate::ui::loading;
use crate::texts::Text;
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, TextField, error_for};
use crate::words::view_of;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The breadcrumb back to the list of services (予約する).
fn reserve_crumb() -> (crate::texts::Words, String) {
    (Text::SiteReserve.into(), "/reserve".to_string())
}

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
                                        {if s.has_room { Text::ReserveServiceHasRoom.view() } else { Text::ReserveServiceNoRoom.view() }}
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
        </dl>
        {(!service.notes.is_empty()).then(|| view! { <p class="notice">{service.notes.clone()}</p> })}
        <h2>{Text::ReserveSlotsHeading.view()}</h2>
        <SlotCalendar months chosen page link_base="/reserve/slots/".to_string()/>
    }
}

fn details_trail(service_id: i32) -> Vec<(crate::texts::Words, String)> {
    vec![reserve_crumb(), (Text::ReserveSlotsTitle.into(), format!("/reserve/services/{service_id}"))]
}

/// Step 3 for a slot just chosen.
#[component]
pub fn NewDetailsPage() -> impl IntoView {
    let slot_id = param("slot_id");
    let save = ServerAction::<SaveDetails>::new();
    let slot = Resource::new(move || slot_id.get(), |id| async move {
        match id.parse::<i32>() {
            Ok(id) => get_slot_summary(id).await,
            Err(_) => Err(AppError::NotFound),
        }
    });
    let me = Resource::new(|| (), |_| get_my_details());
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                let me = me.await.ok().flatten();
                match slot.await {
                    Ok(slot) if matches!(slot.availability, Availability::Open { .. }) => {
                        let known = me.is_some();
                        view! {
                            <DetailsForm save info=slot draft_id=String::new() input=me.unwrap_or_default() errors=vec![] known/>
                        }.into_any()
                    }
                    Ok(slot) => {
                        let back = format!("/reserve/services/{}", slot.service_id);
                        let message = if slot.availability == Availability::Full {
                            Text::ReserveSlotFull
                        } else {
                            Text::ErrorSlotClosed
                        };
                        view! {
                            <Title text=Text::ReserveDetailsTitle.plain()/>
                            <Breadcrumbs trail=details_trail(slot.service_id) current=Text::ReserveDetailsTitle/>
                            <div class="notice notice--error" role="alert">
                                <p>{message.view()}</p>
                                <p><a href=back>{Text::ReserveBackToSlots.view()}</a></p>
                            </div>
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
    let draft = Resource::new(move || (draft_id.get(), save.version().get()), |(id, _)| get_details_draft(id));
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match draft.await {
                    Ok(d) => view! {
                        <DetailsForm save info=d.slot draft_id=d.draft_id input=d.input errors=d.errors known=d.known_resident/>
                    }.into_any(),
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
) -> impl IntoView {
    let e = |field: &str| error_for(&errors, field);
    let (name_error, kana_error, birth_error, phone_error, email_error, confirm_error) =
        (e("name"), e("kana"), e("birth_year"), e("phone"), e("email"), e("email_confirm"));
    let slot = info;
    let title = if errors.is_empty() {
        Text::ReserveDetailsTitle.plain()
    } else {
        Text::FormErrorTitle.plain_with(&[("title", Text::ReserveDetailsTitle.said())])
    };
    // 「エラー: 」 before the date of birth's error, read by screen readers only.
    let error_prefix = Text::FormFieldError.plain_with(&[("message", "")]).trim().to_string();
    view! {
        <Title text=title/>
        <Breadcrumbs trail=details_trail(slot.service_id) current=Text::ReserveDetailsTitle/>
        <h1>{Text::ReserveDetailsTitle.view()}</h1>
        <ErrorSummary errors=errors.clone()/>
        {move || save.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{view_of(error.message())}</p></div>
        })}
        <SlotFacts info=slot.clone()/>
        <ActionForm action=save>
            <input type="hidden" name="draft_id" value=draft_id/>
            <input type="hidden" name="slot_id" value=slot.slot_id/>
            {if known {
                view! { <KnownIdentity input=input.clone()/> }.into_any()
            } else {
                view! {
            <TextField id="name" label=Text::FormLabelName value=input.name error=name_error autocomplete="name" hint=Text::ReserveNameHint/>
            <TextField id="kana" label=Text::FormLabelKana value=input.kana error=kana_error hint=Text::ReserveKanaHint/>
            <fieldset class="field" class:field--error=birth_error.is_some() aria-describedby="birth-hint">
                <legend class="field__label">{Text::FormLabelBirthDate.view()}</legend>
                <p class="field__hint" id="birth-hint">{Text::ReserveBirthHint.view()}</p>
                {birth_error.clone().map(|m| view! { <p class="field__error" id="birth-error"><span class="visually-hidden">{error_prefix}" "</span>{view_of(m)}</p> })}
                <div class="date-inputs">
                    <span class="date-inputs__item">
                        <input id="birth_year" name="birth_year" class="input input--4" inputmode="numeric" autocomplete="bday-year" value=input.birth_year aria-invalid=birth_error.is_some().then_some("true")/>
                        <label for="birth_year">{Text::ReserveBirthYear.view()}</label>
                    </span>
                    <span class="date-inputs__item">
                        <input id="birth_month" name="birth_month" class="input input--2" inputmode="numeric" autocomplete="bday-month" value=input.birth_month aria-invalid=birth_error.is_some().then_some("true")/>
                        <label for="birth_month">{Text::ReserveBirthMonth.view()}</label>
                    </span>
                    <span class="date-inputs__item">
                        <input id="birth_day" name="birth_day" class="input input--2" inputmode="numeric" autocomplete="bday-day" value=input.birth_day aria-invalid=birth_error.is_some().then_some("true")/>
                        <label for="birth_day">{Text::ReserveBirthDay.view()}</label>
                    </span>
                </div>
            </fieldset>
                }.into_any()
            }}
            <TextField id="phone" label=Text::FormLabelPhone value=input.phone error=phone_error input_type="tel" autocomplete="tel" inputmode="tel" hint=Text::ReservePhoneHint/>
            {(!known).then(|| view! {
            <TextField id="email" label=Text::FormLabelEmail value=input.email error=email_error autocomplete="email" inputmode="email" hint=Text::FormEmailExample/>
            <TextField id="email_confirm" label=Text::FormLabelEmailConfirm value=input.email_confirm error=confirm_error autocomplete="email" inputmode="email" hint=Text::FormEmailConfirmHint/>
            })}
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
        <SlotFacts info=v.slot.clone()/>
        <dl class="facts">
            <dt>{Text::FormLabelName.view()}</dt><dd>{a.name}</dd>
            <dt>{Text::FormLabelKana.view()}</dt><dd>{a.kana}</dd>
            <dt>{Text::FormLabelBirthDate.view()}</dt><dd>{view_of(a.birth_date)}</dd>
            <dt>{Text::FormLabelPhone.view()}</dt><dd>{a.phone}</dd>
            <dt>{Text::FormLabelEmail.view()}</dt><dd>{a.email}</dd>
        </dl>
        <p class="field__hint">{Text::ReserveChangeDeadline.view_with(&[("deadline", &v.slot.deadline)])}</p>
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
