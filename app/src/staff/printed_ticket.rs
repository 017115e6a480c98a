//! 予約票を印刷 (issue 15, item 5): at the counter, one sheet for a
//! resident to take home — their name and 利用者キー, and each upcoming
//! reservation with its 予約番号 (and QR code for 受付), time, venue and
//! what to bring — for residents without email above all (nothing is
//! emailed to them), and for anyone who asks for paper. Unlike the public
//! 予約票 link it carries the name and the key: it is printed by staff and
//! handed over, never reached by a link. Each print is audited.
use super::*;
#[cfg(feature = "ssr")]
use super::access;
use crate::contact::Contact;
use crate::ticket::Ticket;
use crate::ui::Breadcrumbs;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrintedSheet {
    pub resident_id: i32,
    pub name: String,
    pub user_key: String,
    pub has_email: bool,
    /// Upcoming active reservations, soonest first.
    pub tickets: Vec<Ticket>,
    pub contact: Contact,
}

#[server(endpoint = "staff/printed_ticket")]
pub async fn get_printed_sheet(id: i32) -> Result<PrintedSheet, AppError> {
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    db::sheet(&state.db, &state.site, &access::acting(&me), id, state.clock.now()).await?.ok_or_else(|| fail(AppError::NotFound))
}

/// `/staff/residents/:id/print`.
#[component]
pub fn PrintedTicketPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").and_then(|v| v.parse::<i32>().ok()).unwrap_or(0));
    let sheet = Resource::new(move || id.get(), get_printed_sheet);
    let can_print = RwSignal::new(false);
    Effect::new(move |_| can_print.set(true));
    view! {
        <Title text="予約票の印刷"/>
        <div class="no-print">
            <Breadcrumbs trail=vec![("職員用画面".into(), "/staff".to_string()), ("利用者の検索".into(), "/staff/residents".to_string())] current="予約票の印刷"/>
        </div>
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                match sheet.await {
                    Ok(s) => view! {
                        <div class="no-print">
                            <p>"この画面を印刷して、ご本人にお渡しください（印刷されるのは枠の中だけです）。"</p>
                            {move || can_print.get().then(|| view! {
                                <p><button type="button" class="button button--primary" on:click=move |_| { let _ = window().print(); }>"印刷する"</button></p>
                            })}
                            <p>{move || if can_print.get() { "" } else { "ブラウザーのメニューから「印刷」を選んでください。" }}</p>
                        </div>
                        <Sheet s/>
                    }.into_any(),
                    Err(error) => view! { <crate::ui::LoadError error href="/staff/residents" label="利用者の検索へ"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Sheet(s: PrintedSheet) -> impl IntoView {
    let back = format!("/staff/residents/{}", s.resident_id);
    let phone = if s.contact.phone.is_empty() { String::new() } else { format!("（電話 {}）", s.contact.phone) };
    view! {
        <article class="ticket" aria-labelledby="printed-title" data-testid="printed-ticket">
            <h1 id="printed-title">"予約票"</h1>
            <p class="ticket__name" data-testid="printed-name">{format!("{} 様", s.name)}</p>
            <dl class="facts facts--large">
                <dt>"利用者キー"</dt><dd class="user-key" data-testid="printed-user-key">{s.user_key.clone()}</dd>
            </dl>
            <p>"利用者キーは、予約を確かめる・変えるときに必要です。この紙を大切に保管してください。"</p>
            {if s.tickets.is_empty() {
                view! { <p>"これからの予約はありません。"</p> }.into_any()
            } else {
                s.tickets.into_iter().map(|t| {
                    let testid = format!("printed-{}", t.number);
                    view! {
                        <section class="ticket__reservation" data-testid=testid>
                            <div class="ticket__body">
                                <div class="ticket__qr" inner_html=t.qr_svg.clone()></div>
                                <dl class="facts facts--large ticket__facts">
                                    <dt>"予約番号"</dt><dd>{t.number.clone()}</dd>
                                    <dt>"予約メニュー"</dt><dd>{t.service_name.clone()}</dd>
                                    <dt>"日時"</dt><dd>{t.when.clone()}</dd>
                                    <dt>"会場"</dt><dd>{t.venue.clone()}</dd>
                                </dl>
                            </div>
                            {(!t.notes.is_empty()).then(|| view! { <p class="ticket__notes">{format!("持ち物・注意：{}", t.notes)}</p> })}
                        </section>
                    }
                }).collect_view().into_any()
            }}
            <p>"当日は、この予約票を受付でお見せください。"</p>
            <p class="ticket__contact">
                {format!("変更・キャンセルは、お電話か窓口でお申し出ください。{}{}", s.contact.name, phone)}
            </p>
        </article>
        {(!s.has_email).then(|| view! {
            <p class="no-print">"この方はメールアドレスの登録がないため、予約・変更・キャンセルのメールは送られません。"</p>
        })}
        <p class="no-print"><a href=back>"利用者の詳細へ戻る"</a></p>
    }
}

#[cfg(feature = "ssr")]
pub mod db {
    use super::*;
    use crate::actor::StaffActor;
    use crate::db::audit_log::Action;
    use crate::db::{reservations, residents};
    use crate::site::SiteSettings;
    use crate::ticket::ssr::{Found, ticket};
    use chrono::{DateTime, Utc};
    use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

    /// The sheet for resident `id` (`None`: no such resident). Audited: it
    /// shows the name and the key.
    pub async fn sheet(db: &DatabaseConnection, site: &SiteSettings, who: &StaffActor, id: i32, now: DateTime<Utc>) -> Result<Option<PrintedSheet>, AppError> {
        let Some(resident) = residents::Entity::find_by_id(id).one(db).await? else { return Ok(None) };
        let today = crate::time::to_jst(now).date();
        let active = reservations::Entity::find()
            .filter(reservations::Column::ResidentId.eq(id))
            .filter(reservations::Column::Status.eq(reservations::Status::Active))
            .all(db)
            .await?;
        let mut found = Vec::new();
        for reservation in active {
            if let Some((slot, service)) = crate::booking::find::slot_with_service(db, reservation.slot_id).await?
                && slot.date >= today
            {
                found.push(Found { reservation, slot, service });
            }
        }
        found.sort_by_key(|f| (f.slot.date, f.slot.start_time));
        let tickets = found.iter().map(|f| ticket(f, site)).collect::<Result<Vec<_>, _>>()?;
        crate::audit::record(db, who, Action::PrintForResident, &format!("resident:{id}"), &format!("{}件", tickets.len()), now).await?;
        Ok(Some(PrintedSheet {
            resident_id: id,
            user_key: crate::domain::UserKey::parse(&resident.user_key).map(|k| k.to_string()).unwrap_or(resident.user_key),
            name: resident.name,
            has_email: !resident.email.is_empty(),
            tickets,
            contact: Contact::of(site),
        }))
    }
}
