//! The 予約票 page: the same sheet on the screen and on paper (the print
//! stylesheet leaves out the site's header, menus and buttons).
use super::{Ticket, calendar_path, get_ticket};
use crate::error::AppError;
use crate::texts::Text;
use crate::ui::loading;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

#[component]
pub fn TicketPage() -> impl IntoView {
    let params = use_params_map();
    let token = Memo::new(move |_| params.read().get("token").unwrap_or_default());
    let ticket = Resource::new(move || token.get(), get_ticket);
    view! {
        <Title text=Text::TicketTitle.plain()/>
        // The address is the key: never indexed, never sent on as a referrer.
        <Meta name="robots" content="noindex"/>
        <Meta name="referrer" content="no-referrer"/>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match ticket.await {
                    Ok(ticket) => view! { <Sheet ticket/> }.into_any(),
                    Err(AppError::NotFound) => view! { <Unknown/> }.into_any(),
                    Err(error) => view! { <crate::ui::LoadError error href="/" label=Text::SiteToTop/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Sheet(ticket: Ticket) -> impl IntoView {
    // 印刷する calls the browser's print dialog: only once the page runs
    // JavaScript; without it the page says how to print.
    let can_print = RwSignal::new(false);
    Effect::new(move |_| can_print.set(true));
    let Ticket { token, number, service_name, when, venue, notes, cancelled, qr_svg, contact } = ticket;
    let file_name = format!("yoyaku-{number}.ics");
    view! {
        <article class="ticket" aria-labelledby="ticket-title" data-testid="ticket">
            <h1 id="ticket-title">{Text::TicketTitle.view()}</h1>
            {cancelled.then(|| view! {
                <div class="notice notice--error" role="status" data-testid="ticket-cancelled">
                    <p>{Text::TicketCancelled.view()}</p>
                </div>
            })}
            <div class="ticket__body">
                {(!cancelled).then(|| view! { <div class="ticket__qr" inner_html=qr_svg></div> })}
                <dl class="facts facts--large ticket__facts">
                    <dt>{Text::FormLabelReservationNumber.view()}</dt><dd data-testid="reservation-number">{number}</dd>
                    <dt>{Text::FormLabelService.view()}</dt><dd>{service_name}</dd>
                    <dt>{Text::FormLabelWhen.view()}</dt><dd data-testid="ticket-when">{crate::words::view_of(when)}</dd>
                    <dt>{Text::FormLabelVenue.view()}</dt><dd>{venue}</dd>
                </dl>
            </div>
            {(!notes.is_empty()).then(|| view! {
                <h2>{Text::TicketNotesHeading.view()}</h2>
                <p class="ticket__notes">{notes}</p>
            })}
            {(!cancelled).then(|| view! {
                <p>{Text::TicketShowAtReception.view()}</p>
            })}
            <p class="ticket__contact">
                {crate::contact::contact_line(Text::TicketContact, &contact)}
            </p>
        </article>
        <div class="actions actions--split no-print">
            {move || can_print.get().then(|| view! {
                <button type="button" class="button button--primary" on:click=move |_| {
                    let _ = window().print();
                }>{Text::TicketPrint.view()}</button>
            })}
            {(!cancelled).then(|| view! {
                <a class="button button--secondary" href=calendar_path(&token) download=file_name
                    rel="external">{Text::TicketAddCalendar.view()}</a>
            })}
        </div>
        <p class="no-print">{move || if can_print.get() { Text::TicketSaveHint.view() } else { Text::TicketPrintHint.view() }}</p>
        <p class="no-print"><a href="/">{Text::SiteBackToTop.view()}</a></p>
    }
}

/// A link of no reservation (mistyped, or cut off by the mail program).
#[component]
fn Unknown() -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::error::set_page_status(404);
    view! {
        <Title text=Text::TicketNotFoundTitle.plain()/>
        <h1>{Text::TicketNotFoundTitle.view()}</h1>
        <div class="notice notice--error" role="alert" data-testid="load-error">
            <p>{Text::TicketNotFound.view()}</p>
            <p>{Text::TicketNotFoundLogin.view()}</p>
        </div>
        <p><a href="/login">{Text::SiteToLogin.view()}</a></p>
    }
}
