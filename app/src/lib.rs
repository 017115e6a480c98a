//! Everything the server renders and the browser hydrates: pages, shared
//! components, server functions and domain types. Server-only code (the
//! database, the outbox) sits behind the `ssr` feature.
#![recursion_limit = "256"]

pub mod booking;
pub mod catalogue;
pub mod cause;
pub mod conditions;
pub mod contact;
pub mod domain;
pub mod email_change;
pub mod error;
pub mod key_reissue;
pub mod language;
pub mod login;
pub mod mail_help;
pub mod my_reservations;
pub mod own_data;
#[cfg(feature = "ssr")]
pub mod redirect;
pub mod reserve;
pub mod staff;
pub mod texts;
pub mod ticket;
pub mod time;
pub mod ui;
pub mod waitlist;
pub mod words;

#[cfg(feature = "ssr")]
pub mod actor;
#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod browser;
#[cfg(feature = "ssr")]
pub mod clock;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod drafts;
#[cfg(feature = "ssr")]
pub mod fair_use;
#[cfg(feature = "ssr")]
pub mod household;
pub mod lottery;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod reminders;
#[cfg(feature = "ssr")]
pub mod security_policy;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod site;
#[cfg(feature = "ssr")]
pub mod state;

use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::{
    Lazy, SsrMode,
    components::{Route, Router, Routes},
    path,
};

/// Every page, loaded on demand: with `cargo leptos build --split` each
/// page's code is its own wasm chunk, so a phone downloads the framework
/// and the page it is on — never the staff console, never the other pages
/// (docs/PERFORMANCE.md, 「First load」).
mod lazy {
    use leptos::prelude::*;
    use leptos_router::{LazyRoute, lazy_route};

    macro_rules! lazy_page {
        ($name:ident, $page:path) => {
            pub struct $name;

            #[lazy_route]
            impl LazyRoute for $name {
                fn data() -> Self {
                    $name
                }

                fn view(_this: Self) -> AnyView {
                    $page().into_any()
                }
            }
        };
    }

    lazy_page!(AuditLogPage, crate::staff::admin::AuditLogPage);
    lazy_page!(BulkSlotsPage, crate::staff::bulk_slots::BulkSlotsPage);
    lazy_page!(CheckInPage, crate::staff::check_in::CheckInPage);
    lazy_page!(CounterBookingPage, crate::staff::counter_booking::CounterBookingPage);
    lazy_page!(DayPage, crate::staff::day::DayPage);
    lazy_page!(ResidentDetailPage, crate::staff::residents::ResidentDetailPage);
    lazy_page!(PrintedTicketPage, crate::staff::printed_ticket::PrintedTicketPage);
    lazy_page!(ResidentSearchPage, crate::staff::residents::ResidentSearchPage);
    lazy_page!(ServiceEditPage, crate::staff::services::ServiceEditPage);
    lazy_page!(ServiceListPage, crate::staff::services::ServiceListPage);
    lazy_page!(ServiceSlotsPage, crate::staff::slots::ServiceSlotsPage);
    lazy_page!(SlotCancelPage, crate::staff::slot_cancel::SlotCancelPage);
    lazy_page!(WaitingRoomPage, crate::staff::waiting_room::WaitingRoomPage);
    lazy_page!(StaffWaitlistPage, crate::staff::waitlist::WaitlistPage);
    lazy_page!(StaffLotteryPage, crate::staff::lottery::LotteryPage);
    lazy_page!(MailStatusPage, crate::staff::mail_status::MailStatusPage);
    lazy_page!(StaffAccountsPage, crate::staff::admin::StaffAccountsPage);
    lazy_page!(StaffHomePage, crate::staff::StaffHomePage);
    lazy_page!(StaffLoginPage, crate::staff::StaffLoginPage);

    // The residents' pages: a page's phone downloads only its own chunk.
    lazy_page!(HomePage, crate::ui::HomePage);
    lazy_page!(ReserveServiceListPage, crate::reserve::ServiceListPage);
    lazy_page!(ReserveSlotListPage, crate::reserve::SlotListPage);
    lazy_page!(ReserveChoicesPage, crate::reserve::ChoicesPage);
    lazy_page!(ReserveNewDetailsPage, crate::reserve::NewDetailsPage);
    lazy_page!(ReserveDraftDetailsPage, crate::reserve::DraftDetailsPage);
    lazy_page!(ReserveConfirmPage, crate::reserve::ConfirmPage);
    lazy_page!(ReserveCompletePage, crate::reserve::CompletePage);
    lazy_page!(KeyReissueInputPage, crate::key_reissue::InputPage);
    lazy_page!(KeyReissueDraftInputPage, crate::key_reissue::DraftInputPage);
    lazy_page!(KeyReissueConfirmPage, crate::key_reissue::ConfirmPage);
    lazy_page!(KeyReissueCompletePage, crate::key_reissue::CompletePage);
    lazy_page!(MailHelpPage, crate::mail_help::MailHelpPage);
    lazy_page!(LoginPage, crate::login::LoginPage);
    lazy_page!(LoginDraftPage, crate::login::LoginDraftPage);
    lazy_page!(LoginOtpPage, crate::login::OtpPage);
    lazy_page!(LoginOtpDraftPage, crate::login::OtpDraftPage);
    lazy_page!(MyReservationsPage, crate::my_reservations::MyReservationsPage);
    lazy_page!(OwnDataPage, crate::own_data::OwnDataPage);
    lazy_page!(EraseConfirmPage, crate::own_data::EraseConfirmPage);
    lazy_page!(ErasedPage, crate::own_data::ErasedPage);
    lazy_page!(EmailChangePage, crate::email_change::EmailChangePage);
    lazy_page!(EmailChangeDraftPage, crate::email_change::EmailChangeDraftPage);
    lazy_page!(EmailChangeEmailVerifyPage, crate::email_change::EmailVerifyPage);
    lazy_page!(EmailChangeIdentityPage, crate::email_change::EmailIdentityPage);
    lazy_page!(EmailUndoPage, crate::email_change::EmailUndoPage);
    lazy_page!(MyReservationsChangeSlotPage, crate::my_reservations::ChangeSlotPage);
    lazy_page!(MyReservationsChangeConfirmPage, crate::my_reservations::ChangeConfirmPage);
    lazy_page!(MyReservationsChangedPage, crate::my_reservations::ChangedPage);
    lazy_page!(MyReservationsCancelConfirmPage, crate::my_reservations::CancelConfirmPage);
    lazy_page!(MyReservationsCancelledPage, crate::my_reservations::CancelledPage);
    lazy_page!(TicketPage, crate::ticket::TicketPage);
    lazy_page!(WaitlistOfferPage, crate::waitlist::OfferPage);
}

/// The HTML document around every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    security_policy::provide_nonce_and_policy();
    let language = language::of_page();
    view! {
        <!DOCTYPE html>
        <html lang=language.html_lang() data-language=language.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="format-detection" content="telephone=no"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(language::of_page());
    // Effects run only in the browser, after hydration: the end-to-end suite
    // waits for this marker so its JavaScript runs really test the hydrated
    // page rather than the plain-HTML fallback.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    // In the page's language: the staff console's is always Japanese.
    let site_name = texts::Text::SiteName.plain();
    view! {
        <span id="hydration-status" hidden data-hydrated=move || hydrated.get().then_some("true")></span>
        <Stylesheet id="leptos" href="/pkg/e-yoyaku.css"/>
        <Title formatter=move |title: String| {
            if title.is_empty() { site_name.clone() } else { format!("{title} | {site_name}") }
        }/>
        <Router>
            <ui::SiteHeader/>
            <main id="main" class="container" tabindex="-1">
                // Async: each page is sent whole, once its data is loaded, so
                // it reads complete without JavaScript and its HTTP status
                // (404, 410 …) is known before the first byte.
                <Routes fallback=ui::NotFound>
                    <Route path=path!("/") view={Lazy::<lazy::HomePage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/reserve") view={Lazy::<lazy::ReserveServiceListPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/reserve/services/:service_id") view={Lazy::<lazy::ReserveSlotListPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/reserve/services/:service_id/apply") view={Lazy::<lazy::ReserveChoicesPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/reserve/slots/:slot_id") view={Lazy::<lazy::ReserveNewDetailsPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/reserve/drafts/:draft_id") view={Lazy::<lazy::ReserveDraftDetailsPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/reserve/drafts/:draft_id/confirm") view={Lazy::<lazy::ReserveConfirmPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/reserve/drafts/:draft_id/complete") view={Lazy::<lazy::ReserveCompletePage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/key-reissue") view={Lazy::<lazy::KeyReissueInputPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/key-reissue/drafts/:draft_id") view={Lazy::<lazy::KeyReissueDraftInputPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/key-reissue/drafts/:draft_id/confirm") view={Lazy::<lazy::KeyReissueConfirmPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/key-reissue/complete") view={Lazy::<lazy::KeyReissueCompletePage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/mail-help") view={Lazy::<lazy::MailHelpPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/login") view={Lazy::<lazy::LoginPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/login/drafts/:draft_id") view={Lazy::<lazy::LoginDraftPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/otp") view={Lazy::<lazy::LoginOtpPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/otp/drafts/:draft_id") view={Lazy::<lazy::LoginOtpDraftPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff") view={Lazy::<lazy::StaffHomePage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/login") view={Lazy::<lazy::StaffLoginPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/day") view={Lazy::<lazy::DayPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/check-in") view={Lazy::<lazy::CheckInPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/residents") view={Lazy::<lazy::ResidentSearchPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/residents/:id") view={Lazy::<lazy::ResidentDetailPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/residents/:id/print") view={Lazy::<lazy::PrintedTicketPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/audit") view={Lazy::<lazy::AuditLogPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/waitlist") view={Lazy::<lazy::StaffWaitlistPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/waiting-room") view={Lazy::<lazy::WaitingRoomPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/mail") view={Lazy::<lazy::MailStatusPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/accounts") view={Lazy::<lazy::StaffAccountsPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/slots/:slot_id/cancel") view={Lazy::<lazy::SlotCancelPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/reserve") view={Lazy::<lazy::CounterBookingPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/services") view={Lazy::<lazy::ServiceListPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/services/new") view={Lazy::<lazy::ServiceEditPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/services/:id") view={Lazy::<lazy::ServiceEditPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/services/:id/slots") view={Lazy::<lazy::ServiceSlotsPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/services/:id/slots/bulk") view={Lazy::<lazy::BulkSlotsPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/services/:id/lottery") view={Lazy::<lazy::StaffLotteryPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/my") view={Lazy::<lazy::MyReservationsPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/my/data") view={Lazy::<lazy::OwnDataPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/my/data/erase") view={Lazy::<lazy::EraseConfirmPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/my/data/erased") view={Lazy::<lazy::ErasedPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/my/email") view={Lazy::<lazy::EmailChangePage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/my/email/drafts/:draft_id") view={Lazy::<lazy::EmailChangeDraftPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/my/email/verify") view={Lazy::<lazy::EmailChangeEmailVerifyPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/my/email/identity") view={Lazy::<lazy::EmailChangeIdentityPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/email/undo") view={Lazy::<lazy::EmailUndoPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/my/reservations/:number/change") view={Lazy::<lazy::MyReservationsChangeSlotPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/my/reservations/:number/change/:slot_id") view={Lazy::<lazy::MyReservationsChangeConfirmPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/my/reservations/:number/changed") view={Lazy::<lazy::MyReservationsChangedPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/my/reservations/:number/cancel") view={Lazy::<lazy::MyReservationsCancelConfirmPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/my/reservations/:number/cancelled") view={Lazy::<lazy::MyReservationsCancelledPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/ticket/:token") view={Lazy::<lazy::TicketPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/waitlist/offers/:token") view={Lazy::<lazy::WaitlistOfferPage>::new()} ssr=SsrMode::Async/>
                </Routes>
            </main>
            <ui::SiteFooter/>
        </Router>
    }
}
