//! キャンセル待ち's offer, as the resident it is made to sees it: the link
//! in the offer email opens `/waitlist/offers/<token>`, which shows the
//! place held for them and until when, with one button to take it (予約する)
//! and one to let it go (辞退する). Opening the link changes nothing: mail
//! filters and link scanners open links too, and must not book or decline
//! for anyone. The token is the only key (128 random bits, kept hashed).
use crate::catalogue::{SlotFacts, SlotSummary};
use crate::error::AppError;
use crate::texts::Text;
use crate::ui::{Breadcrumbs, SubmitButton};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OfferState {
    /// Theirs to take until `until` (`2026年12月2日(水) 9:00`).
    Open { until: String },
    /// Taken: the reservation.
    Booked { number: String, ticket_path: String },
    Declined,
    /// The hold ran out (or the slot closed): the place went on.
    TooLate,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferView {
    pub state: OfferState,
    pub slot: SlotSummary,
}

#[server(endpoint = "waitlist/offer")]
pub async fn get_offer(token: String) -> Result<OfferView, AppError> {
    use crate::error::fail;
    use crate::state::app_state;
    let state = app_state()?;
    ssr::view(&state.db, &token, state.clock.now()).await?.ok_or_else(|| fail(AppError::NotFound))
}

/// 予約する (`take`) or 辞退する; then the same page says what came of it.
#[server(endpoint = "waitlist/answer")]
pub async fn answer_offer(token: String, take: bool) -> Result<(), AppError> {
    use crate::error::fail;
    use crate::state::app_state;
    let state = app_state()?;
    ssr::answer(&state.db, &state.site, &state.clock, &token, take).await.map_err(fail)?;
    state.outbox_signal.notify_one();
    crate::redirect::to(&format!("/waitlist/offers/{token}"));
    Ok(())
}

#[component]
pub fn OfferPage() -> impl IntoView {
    let params = use_params_map();
    let token = Memo::new(move |_| params.read().get("token").unwrap_or_default());
    let answer = ServerAction::<AnswerOffer>::new();
    let offer = Resource::new(move || (token.get(), answer.version().get()), |(token, _)| get_offer(token));
    view! {
        <Title text=Text::WaitlistOfferTitle.plain()/>
        <Breadcrumbs current=Text::WaitlistOfferTitle/>
        <h1>{Text::WaitlistOfferTitle.view()}</h1>
        {move || answer.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{crate::words::view_of(error.message())}</p></div>
        })}
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                let token = token.get_untracked();
                match offer.await {
                    Ok(OfferView { state, slot }) => {
                        let said = match state {
                            OfferState::Open { until } => {
                                let (take, decline) = (token.clone(), token.clone());
                                view! {
                                <p class="notice" data-testid="offer-open">{Text::WaitlistOfferOpen.view_with(&[("until", &until)])}</p>
                                <SlotFacts info=slot.clone()/>
                                <div class="actions actions--split">
                                    <ActionForm action=answer>
                                        <input type="hidden" name="token" value=take/>
                                        <input type="hidden" name="take" value="true"/>
                                        <SubmitButton label=Text::WaitlistOfferAccept pending=answer.pending()/>
                                    </ActionForm>
                                    <ActionForm action=answer>
                                        <input type="hidden" name="token" value=decline/>
                                        <input type="hidden" name="take" value="false"/>
                                        <SubmitButton label=Text::WaitlistOfferDecline pending=answer.pending() class="button button--secondary"/>
                                    </ActionForm>
                                </div>
                                <p class="field__hint">{Text::WaitlistOfferDeclineNote.view()}</p>
                                }.into_any()
                            }
                            OfferState::Booked { number, ticket_path } => view! {
                                <div class="panel panel--success" role="status" data-testid="offer-booked">
                                    <p>{Text::WaitlistOfferBooked.view()}</p>
                                    <dl class="facts facts--large">
                                        <dt>{Text::FormLabelReservationNumber.view()}</dt><dd data-testid="reservation-number">{number}</dd>
                                    </dl>
                                </div>
                                <SlotFacts info=slot.clone()/>
                                <p class="actions"><a class="button button--secondary" href=ticket_path>{Text::ReserveTicketLink.view()}</a></p>
                            }.into_any(),
                            OfferState::Declined => view! {
                                <p class="notice" role="status" data-testid="offer-declined">{Text::WaitlistOfferDeclined.view()}</p>
                            }.into_any(),
                            OfferState::TooLate => view! {
                                <div class="notice" role="status" data-testid="offer-too-late">
                                    <p>{Text::WaitlistOfferTooLate.view()}</p>
                                    <p><a href="/reserve">{Text::ReserveLoadErrorLink.view()}</a></p>
                                </div>
                            }.into_any(),
                        };
                        said
                    }
                    Err(error) => view! { <crate::ui::LoadError error href="/reserve" label=Text::ReserveLoadErrorLink/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use super::*;
    use crate::booking::waitlist::{self, Answered};
    use crate::booking::BookingError;
    use crate::catalogue::ssr::slot_summary_of;
    use crate::clock::Clock;
    use crate::db::{reservations, waitlist_entries as entries};
    use crate::session::sha256_hex;
    use crate::site::SiteSettings;
    use crate::time::to_jst;
    use chrono::{DateTime, Utc};
    use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

    pub async fn view(db: &DatabaseConnection, token: &str, now: DateTime<Utc>) -> Result<Option<OfferView>, AppError> {
        if !crate::drafts::is_well_formed(token) {
            return Ok(None);
        }
        let Some(entry) = entries::Entity::find().filter(entries::Column::OfferTokenHash.eq(sha256_hex(token))).one(db).await? else {
            return Ok(None);
        };
        let Some(slot_id) = entry.offered_slot_id else { return Ok(None) };
        let Some((slot, service)) = crate::booking::find::slot_with_service(db, slot_id).await? else { return Ok(None) };
        let state = match (entry.status, entry.offer_expires_at, entry.reservation_id) {
            (entries::Status::Offered, Some(until), _) if now < until => {
                OfferState::Open { until: crate::time::date_time_long(to_jst(until)) }
            }
            (entries::Status::Accepted, _, Some(id)) => match reservations::Entity::find_by_id(id).one(db).await? {
                Some(r) => OfferState::Booked { number: r.reservation_number, ticket_path: crate::ticket::path(&r.ticket_token) },
                None => OfferState::TooLate,
            },
            (entries::Status::Declined, ..) => OfferState::Declined,
            _ => OfferState::TooLate,
        };
        Ok(Some(OfferView { state, slot: slot_summary_of(&service, &slot, to_jst(now)) }))
    }

    pub async fn answer(db: &DatabaseConnection, site: &SiteSettings, clock: &Clock, token: &str, take: bool) -> Result<Answered, AppError> {
        if !crate::drafts::is_well_formed(token) {
            return Err(AppError::NotFound);
        }
        let txn = crate::db::begin_write(db).await?;
        let answered = if take {
            waitlist::accept(&txn, site, clock, token).await
        } else {
            waitlist::decline(&txn, site, clock, token).await
        };
        match answered {
            // The place went on (and that is committed); the page says why.
            Ok(Answered::Refused(refused)) => {
                txn.commit().await?;
                Err(refused.into())
            }
            Ok(answered) => {
                txn.commit().await?;
                Ok(answered)
            }
            Err(BookingError::NotFound) => Err(AppError::NotFound),
            Err(refused) => Err(refused.into()),
        }
    }
}
