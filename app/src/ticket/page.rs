//! The 予約票 page: the same sheet on the screen and on paper (the print
//! stylesheet leaves out the site's header, menus and buttons).
use super::{Ticket, calendar_path, get_ticket};
use crate::error::AppError;
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
        <Title text="予約票"/>
        // The address is the key: never indexed, never sent on as a referrer.
        <Meta name="robots" content="noindex"/>
        <Meta name="referrer" content="no-referrer"/>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match ticket.await {
                    Ok(ticket) => view! { <Sheet ticket/> }.into_any(),
                    Err(AppError::NotFound) => view! { <Unknown/> }.into_any(),
                    Err(error) => view! { <crate::ui::LoadError error href="/" label="トップページへ"/> }.into_any(),
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
    let tel = contact.tel_href();
    let file_name = format!("yoyaku-{number}.ics");
    view! {
        <article class="ticket" aria-labelledby="ticket-title" data-testid="ticket">
            <h1 id="ticket-title">"予約票"</h1>
            {cancelled.then(|| view! {
                <div class="notice notice--error" role="status" data-testid="ticket-cancelled">
                    <p>"この予約はキャンセルされています。この予約票では受付できません。"</p>
                </div>
            })}
            <div class="ticket__body">
                {(!cancelled).then(|| view! { <div class="ticket__qr" inner_html=qr_svg></div> })}
                <dl class="facts facts--large ticket__facts">
                    <dt>"予約番号"</dt><dd data-testid="reservation-number">{number}</dd>
                    <dt>"予約メニュー"</dt><dd>{service_name}</dd>
                    <dt>"日時"</dt><dd data-testid="ticket-when">{when}</dd>
                    <dt>"会場"</dt><dd>{venue}</dd>
                </dl>
            </div>
            {(!notes.is_empty()).then(|| view! {
                <h2>"持ち物・注意事項"</h2>
                <p class="ticket__notes">{notes}</p>
            })}
            {(!cancelled).then(|| view! {
                <p>"当日は、この予約票（印刷したもの、またはスマートフォンの画面）を受付でお見せください。"</p>
            })}
            <p class="ticket__contact">
                "お問い合わせ："{contact.name}" 電話 "<a href=tel>{contact.phone}</a>{format!("（{}）", contact.hours)}
            </p>
        </article>
        <div class="actions actions--split no-print">
            {move || can_print.get().then(|| view! {
                <button type="button" class="button button--primary" on:click=move |_| {
                    let _ = window().print();
                }>"印刷する"</button>
            })}
            {(!cancelled).then(|| view! {
                <a class="button button--secondary" href=calendar_path(&token) download=file_name
                    rel="external">"カレンダーに追加する"</a>
            })}
        </div>
        <p class="no-print">{move || if can_print.get() {
            "印刷しない場合は、この画面を保存するか、スクリーンショットを撮っておくと便利です。"
        } else {
            "印刷するには、ブラウザーのメニューから「印刷」を選んでください。"
        }}</p>
        <p class="no-print"><a href="/">"トップページへ戻る"</a></p>
    }
}

/// A link of no reservation (mistyped, or cut off by the mail program).
#[component]
fn Unknown() -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::error::set_page_status(404);
    view! {
        <h1>"予約票が見つかりません"</h1>
        <div class="notice notice--error" role="alert" data-testid="load-error">
            <p>"このリンクの予約票はありません。メールのリンクが途中で切れていないか、ご確認ください。"</p>
            <p>"予約の内容は、利用者キーでログインすると「予約の確認・変更・キャンセル」で確認でき、そこから予約票も開けます。"</p>
        </div>
        <p><a href="/login">"ログイン画面へ"</a></p>
    }
}
