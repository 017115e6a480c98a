//! Everything the server renders and the browser hydrates: pages, shared
//! components, server functions and domain types. Server-only code (the
//! database, the outbox) sits behind the `ssr` feature.
#![recursion_limit = "256"]

pub mod booking;
pub mod catalogue;
pub mod cause;
pub mod domain;
pub mod email_change;
pub mod error;
pub mod key_reissue;
pub mod login;
pub mod mail_help;
pub mod my_reservations;
pub mod reserve;
pub mod staff;
pub mod texts;
pub mod time;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod actor;
#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod clock;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod drafts;
#[cfg(feature = "ssr")]
pub mod mail;
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

/// The staff console's pages, loaded on demand: with `cargo leptos build
/// --split` their code is a separate wasm chunk, so residents' phones never
/// download it (docs/PERFORMANCE.md).
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
    lazy_page!(CounterBookingPage, crate::staff::counter_booking::CounterBookingPage);
    lazy_page!(DayPage, crate::staff::day::DayPage);
    lazy_page!(ResidentDetailPage, crate::staff::residents::ResidentDetailPage);
    lazy_page!(ResidentSearchPage, crate::staff::residents::ResidentSearchPage);
    lazy_page!(ServiceEditPage, crate::staff::services::ServiceEditPage);
    lazy_page!(ServiceListPage, crate::staff::services::ServiceListPage);
    lazy_page!(ServiceSlotsPage, crate::staff::slots::ServiceSlotsPage);
    lazy_page!(SlotCancelPage, crate::staff::slot_cancel::SlotCancelPage);
    lazy_page!(WaitingRoomPage, crate::staff::waiting_room::WaitingRoomPage);
    lazy_page!(StaffAccountsPage, crate::staff::admin::StaffAccountsPage);
    lazy_page!(StaffHomePage, crate::staff::StaffHomePage);
    lazy_page!(StaffLoginPage, crate::staff::StaffLoginPage);
}

/// The HTML document around every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="ja">
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
    // Effects run only in the browser, after hydration: the end-to-end suite
    // waits for this marker so its JavaScript runs really test the hydrated
    // page rather than the plain-HTML fallback.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    view! {
        <span id="hydration-status" hidden data-hydrated=move || hydrated.get().then_some("true")></span>
        <Stylesheet id="leptos" href="/pkg/e-yoyaku.css"/>
        <Title formatter=|title: String| {
            if title.is_empty() { texts::SYSTEM_NAME.to_string() } else { format!("{title} | {}", texts::SYSTEM_NAME) }
        }/>
        <Router>
            <ui::SiteHeader/>
            <main id="main" class="container">
                // Async: each page is sent whole, once its data is loaded, so
                // it reads complete without JavaScript and its HTTP status
                // (404, 410 …) is known before the first byte.
                <Routes fallback=ui::NotFound>
                    <Route path=path!("/") view=ui::HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/reserve") view=reserve::ServiceListPage ssr=SsrMode::Async/>
                    <Route path=path!("/reserve/services/:service_id") view=reserve::SlotListPage ssr=SsrMode::Async/>
                    <Route path=path!("/reserve/slots/:slot_id") view=reserve::NewDetailsPage ssr=SsrMode::Async/>
                    <Route path=path!("/reserve/drafts/:draft_id") view=reserve::DraftDetailsPage ssr=SsrMode::Async/>
                    <Route path=path!("/reserve/drafts/:draft_id/confirm") view=reserve::ConfirmPage ssr=SsrMode::Async/>
                    <Route path=path!("/reserve/drafts/:draft_id/complete") view=reserve::CompletePage ssr=SsrMode::Async/>
                    <Route path=path!("/key-reissue") view=key_reissue::InputPage ssr=SsrMode::Async/>
                    <Route path=path!("/key-reissue/drafts/:draft_id") view=key_reissue::DraftInputPage ssr=SsrMode::Async/>
                    <Route path=path!("/key-reissue/drafts/:draft_id/confirm") view=key_reissue::ConfirmPage ssr=SsrMode::Async/>
                    <Route path=path!("/key-reissue/complete") view=key_reissue::CompletePage ssr=SsrMode::Async/>
                    <Route path=path!("/mail-help") view=mail_help::MailHelpPage ssr=SsrMode::Async/>
                    <Route path=path!("/login") view=login::LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/login/drafts/:draft_id") view=login::LoginDraftPage ssr=SsrMode::Async/>
                    <Route path=path!("/otp") view=login::OtpPage ssr=SsrMode::Async/>
                    <Route path=path!("/otp/drafts/:draft_id") view=login::OtpDraftPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff") view={Lazy::<lazy::StaffHomePage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/login") view={Lazy::<lazy::StaffLoginPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/day") view={Lazy::<lazy::DayPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/residents") view={Lazy::<lazy::ResidentSearchPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/residents/:id") view={Lazy::<lazy::ResidentDetailPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/audit") view={Lazy::<lazy::AuditLogPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/waiting-room") view={Lazy::<lazy::WaitingRoomPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/accounts") view={Lazy::<lazy::StaffAccountsPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/slots/:slot_id/cancel") view={Lazy::<lazy::SlotCancelPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/reserve") view={Lazy::<lazy::CounterBookingPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/services") view={Lazy::<lazy::ServiceListPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/services/new") view={Lazy::<lazy::ServiceEditPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/services/:id") view={Lazy::<lazy::ServiceEditPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/services/:id/slots") view={Lazy::<lazy::ServiceSlotsPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/staff/services/:id/slots/bulk") view={Lazy::<lazy::BulkSlotsPage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/my") view=my_reservations::MyReservationsPage ssr=SsrMode::Async/>
                    <Route path=path!("/my/email") view=email_change::EmailChangePage ssr=SsrMode::Async/>
                    <Route path=path!("/my/email/drafts/:draft_id") view=email_change::EmailChangeDraftPage ssr=SsrMode::Async/>
                    <Route path=path!("/my/email/verify") view=email_change::EmailVerifyPage ssr=SsrMode::Async/>
                    <Route path=path!("/my/reservations/:number/change") view=my_reservations::ChangeSlotPage ssr=SsrMode::Async/>
                    <Route path=path!("/my/reservations/:number/change/:slot_id") view=my_reservations::ChangeConfirmPage ssr=SsrMode::Async/>
                    <Route path=path!("/my/reservations/:number/changed") view=my_reservations::ChangedPage ssr=SsrMode::Async/>
                    <Route path=path!("/my/reservations/:number/cancel") view=my_reservations::CancelConfirmPage ssr=SsrMode::Async/>
                    <Route path=path!("/my/reservations/:number/cancelled") view=my_reservations::CancelledPage ssr=SsrMode::Async/>
                </Routes>
            </main>
            <ui::SiteFooter/>
        </Router>
    }
}
