//! キャンセル待ち in 予約する: a full slot offers to join its waiting list
//! (or its day's); the details form and its check page say that a place in
//! line, not a reservation, is what 送信 makes; the completion page gives
//! the place in line. The line itself is the booking core's
//! (`crate::booking::waitlist`).
use super::*;
use crate::catalogue::SlotFacts;
use crate::texts::Text;
use crate::ui::Breadcrumbs;
use leptos_meta::Title;

/// On a full slot: the two ways to wait.
#[component]
pub fn JoinLinks(slot_id: i32) -> impl IntoView {
    view! {
        <section class="panel" data-testid="waitlist-links">
            <h2>{Text::WaitlistHeading.view()}</h2>
            <p>{Text::WaitlistJoinLead.view()}</p>
            <p><a class="button button--secondary" href=format!("/reserve/slots/{slot_id}?wait=slot")>{Text::WaitlistJoinSlot.view()}</a></p>
            <p><a href=format!("/reserve/slots/{slot_id}?wait=day")>{Text::WaitlistJoinDay.view()}</a></p>
        </section>
    }
}

/// Above a form that makes a place in line, and its hidden field.
#[component]
pub fn WaitNotice(wait: WaitFor) -> impl IntoView {
    let words = match wait {
        WaitFor::Slot => Text::WaitlistNoticeSlot,
        WaitFor::Day => Text::WaitlistNoticeDay,
    };
    view! { <p class="notice" data-testid="waitlist-notice">{words.view()}</p> }
}

#[component]
pub fn WaitField(wait: Option<WaitFor>) -> impl IntoView {
    wait.map(|wait| view! { <input type="hidden" name="wait" value=wait.code()/> })
}

/// 送信 made a place in line: which place, and the key when one was made.
#[component]
pub fn Joined(c: Completed) -> impl IntoView {
    let position = c.waiting.unwrap_or_default().to_string();
    view! {
        <Title text=Text::WaitlistCompleteTitle.plain()/>
        <Breadcrumbs trail=vec![(Text::SiteReserve.into(), "/reserve".to_string())] current=Text::WaitlistCompleteTitle/>
        <h1>{Text::WaitlistCompleteTitle.view()}</h1>
        <div class="panel panel--success" role="status">
            <p data-testid="waitlist-position">{Text::WaitlistCompletePosition.view_with(&[("position", &position)])}</p>
            {c.user_key.clone().map(|key| view! {
                <dl class="facts facts--large">
                    <dt>{Text::FormLabelUserKey.view()}</dt><dd class="user-key" data-testid="user-key">{key}</dd>
                </dl>
                <p>{Text::ReserveCompleteKeyNote.view()}</p>
            })}
        </div>
        <SlotFacts info=c.slot.clone()/>
        <p>{Text::WaitlistJoinLead.view()}</p>
        <p><a href="/mail-help">{Text::SiteMailHelpLink.view()}</a></p>
        <p><a href="/">{Text::SiteBackToTop.view()}</a></p>
    }
}
