use super::*;
use crate::booking::BookingError;
use crate::ui::loading;
use crate::catalogue::SlotCalendar;
use crate::ui::{Breadcrumbs, SubmitButton};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

const MY: &str = "予約の確認・変更・キャンセル";

fn param(name: &'static str) -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get(name).unwrap_or_default())
}

fn my_trail() -> Vec<(&'static str, String)> {
    vec![(MY, "/my".to_string())]
}

/// A page that could not be shown: not logged in (401, with the way to
/// the login page), not theirs or unknown (404), and so on.
#[component]
fn MyLoadError(error: AppError) -> impl IntoView {
    view! { <crate::ui::LoadError error href="/my" label="予約の確認・変更・キャンセルの画面へ戻る"/> }
}

#[component]
fn ReservationFacts(r: MyReservation) -> impl IntoView {
    view! {
        <dl class="facts">
            <dt>"予約番号"</dt><dd data-testid="reservation-number">{r.number.clone()}</dd>
            <dt>"予約メニュー"</dt><dd>{r.service_name.clone()}</dd>
            <dt>"日時"</dt><dd data-testid="reservation-when">{r.when.clone()}</dd>
            <dt>"会場"</dt><dd>{r.venue.clone()}</dd>
            <dt>"状態"</dt><dd data-testid="reservation-status">{r.status.label()}</dd>
            {(r.status != Standing::Cancelled).then(|| view! {
                <dt>"変更・キャンセルの締切"</dt><dd>{r.deadline.clone()}</dd>
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
                <p><a href=href>"予約票（印刷・カレンダー登録）"<span class="visually-hidden">{format!("（予約番号 {number}）")}</span></a></p>
            })}
            {changeable.then(|| view! {
                <div class="actions actions--split">
                    <a class="button button--secondary" href=format!("/my/reservations/{number}/change")>
                        "日時を変更する"<span class="visually-hidden">{format!("（予約番号 {number}）")}</span>
                    </a>
                    <a class="button button--secondary" href=format!("/my/reservations/{number}/cancel")>
                        "キャンセルする"<span class="visually-hidden">{format!("（予約番号 {number}）")}</span>
                    </a>
                </div>
            })}
            {locked.then(|| view! {
                <p class="notice">"締切を過ぎたため、この画面からは変更・キャンセルできません。お問い合わせ先へお電話ください。"</p>
            })}
        </article>
    }
}

/// 予約の確認・変更・キャンセル: upcoming first, then past and cancelled.
#[component]
pub fn MyReservationsPage() -> impl IntoView {
    let page = Resource::new(|| (), |_| get_my_page());
    let query = leptos_router::hooks::use_query_map();
    let email_changed = query.read_untracked().get("email_changed").is_some();
    view! {
        <Title text=MY/>
        <Breadcrumbs current=MY/>
        <h1>{MY}</h1>
        {email_changed.then(|| view! {
            <div class="panel panel--success" role="status"><p>"メールアドレスを変更しました。変更前と変更後の両方のアドレスにお知らせをお送りしました。ほかの端末でのログインは終了しました。"</p></div>
        })}
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(p) => view! {
                        <p data-testid="resident">{format!("{} 様（利用者キー {}）", p.resident_name, p.user_key)}</p>
                        <h2>"これからの予約"</h2>
                        {if p.upcoming.is_empty() {
                            view! { <p>"これからの予約はありません。"</p> }.into_any()
                        } else {
                            p.upcoming.into_iter().map(|r| view! { <ReservationCard r/> }).collect_view().into_any()
                        }}
                        <p><a class="button button--primary" href="/reserve">"新しく予約する"</a></p>
                        <h2>"過去の予約・キャンセルした予約"</h2>
                        {if p.past.is_empty() {
                            view! { <p>"ありません。"</p> }.into_any()
                        } else {
                            p.past.into_iter().map(|r| view! { <ReservationCard r/> }).collect_view().into_any()
                        }}
                        <h2>"登録内容"</h2>
                        <dl class="facts">
                            <dt>"電話番号"</dt><dd>{p.phone.clone()}</dd>
                            <dt>"メールアドレス"</dt><dd data-testid="registered-email">{p.email.clone()}</dd>
                        </dl>
                        <p>"電話番号は、次に予約するときの入力画面で変更できます。"</p>
                        <p><a href="/my/email">"メールアドレスを変更する"</a></p>
                    }.into_any(),
                    Err(error) => view! { <MyLoadError error/> }.into_any(),
                }
            })}
        </Suspense>
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
        <Title text="予約の変更（日時を選ぶ）"/>
        <Breadcrumbs trail=my_trail() current="予約の変更"/>
        <h1>"予約の変更"</h1>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match choices.await {
                    Ok(c) => {
                        let link_base = format!("/my/reservations/{}/change/", c.reservation.number);
                        let page = format!("/my/reservations/{}/change", c.reservation.number);
                        view! {
                            <h2>"現在の予約"</h2>
                            <ReservationFacts r=c.reservation/>
                            <h2>"変更後の日時を選んでください"</h2>
                            <p>{c.slots.service.deadline_note.clone()}</p>
                            <SlotCalendar months=c.slots.months chosen=c.slots.chosen page link_base/>
                            <p><a href="/my">"変更せずに戻る"</a></p>
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
        <Title text="予約の変更（確認）"/>
        <Breadcrumbs trail=my_trail() current="予約の変更"/>
        <h1>"予約の変更（確認）"</h1>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match target.await {
                    Ok(t) => {
                        let number = t.reservation.number.clone();
                        let back = format!("/my/reservations/{number}/change");
                        view! {
                            {move || change.value().get().and_then(|r| r.err()).map(|error| view! {
                                <div class="notice notice--error" role="alert"><p>{error.message()}</p></div>
                            })}
                            <p>"以下のとおり変更します。よろしければ「変更する」ボタンを押してください。"</p>
                            <dl class="facts">
                                <dt>"予約番号"</dt><dd>{number.clone()}</dd>
                                <dt>"予約メニュー"</dt><dd>{t.reservation.service_name.clone()}</dd>
                                <dt>"変更前の日時"</dt><dd>{t.reservation.when.clone()}</dd>
                                <dt>"変更後の日時"</dt><dd data-testid="change-to">{t.target.when.clone()}</dd>
                                <dt>"会場"</dt><dd>{t.target.venue.clone()}</dd>
                            </dl>
                            <div class="actions actions--split">
                                <ActionForm action=change>
                                    <input type="hidden" name="number" value=number.clone()/>
                                    <input type="hidden" name="slot_id" value=t.target.slot_id.to_string()/>
                                    <SubmitButton label="変更する" pending=change.pending()/>
                                </ActionForm>
                                <a class="button button--secondary" href=back>"日時を選び直す"</a>
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
fn Done(number: Memo<String>, title: &'static str, message: &'static str) -> impl IntoView {
    let reservation = Resource::new(move || number.get(), get_my_reservation);
    view! {
        <Title text=title/>
        <Breadcrumbs trail=my_trail() current=title/>
        <h1>{title}</h1>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match reservation.await {
                    Ok(r) => view! {
                        <div class="panel panel--success" role="status"><p>{message}</p></div>
                        <ReservationFacts r/>
                        <p>"通常、数分以内に届きます。"<a href="/mail-help">{crate::texts::MAIL_HELP_LINK}</a>"もご覧ください。"</p>
                        <p><a href="/my">"予約の確認・変更・キャンセルの画面へ戻る"</a></p>
                    }.into_any(),
                    Err(error) => view! { <MyLoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ChangedPage() -> impl IntoView {
    view! { <Done number=param("number") title="予約の変更完了" message="予約を変更しました。変更のお知らせをメールでお送りしました。"/> }
}

/// キャンセル: one confirm step, then キャンセルする.
#[component]
pub fn CancelConfirmPage() -> impl IntoView {
    let number = param("number");
    let cancel = ServerAction::<CancelReservation>::new();
    let reservation = Resource::new(move || number.get(), get_my_reservation);
    view! {
        <Title text="予約のキャンセル（確認）"/>
        <Breadcrumbs trail=my_trail() current="予約のキャンセル"/>
        <h1>"予約のキャンセル（確認）"</h1>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match reservation.await {
                    Ok(r) if r.changeable() => {
                        let number = r.number.clone();
                        view! {
                            {move || cancel.value().get().and_then(|r| r.err()).map(|error| view! {
                                <div class="notice notice--error" role="alert"><p>{error.message()}</p></div>
                            })}
                            <p>"次の予約をキャンセルします。よろしければ「キャンセルする」ボタンを押してください。"</p>
                            <ReservationFacts r/>
                            <div class="actions actions--split">
                                <ActionForm action=cancel>
                                    <input type="hidden" name="number" value=number/>
                                    <SubmitButton label="キャンセルする" pending=cancel.pending() class="button button--danger"/>
                                </ActionForm>
                                <a class="button button--secondary" href="/my">"キャンセルせずに戻る"</a>
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
    view! { <Done number=param("number") title="予約のキャンセル完了" message="予約をキャンセルしました。キャンセルのお知らせをメールでお送りしました。"/> }
}
