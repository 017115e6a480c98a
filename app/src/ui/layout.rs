use crate::texts::SYSTEM_NAME;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        // rel="external": the browser, not the router, follows it, so the
        // focus moves into the main content (the router would only scroll).
        <a class="skip-link" href="#main" rel="external">"本文へ移動"</a>
        <header class="site-header">
            <div class="container site-header__inner">
                <a class="site-name" href="/">{SYSTEM_NAME}</a>
                <nav aria-label="メインメニュー" class="site-nav">
                    <a href="/reserve">"予約する"</a>
                    <SessionLinks/>
                </nav>
            </div>
        </header>
    }
}

/// ログイン (予約の確認・変更・キャンセル) for a visitor; the resident's
/// reservations and ログアウト once logged in. Asked again on every
/// navigation, so the header follows a login or logout at once.
#[component]
fn SessionLinks() -> impl IntoView {
    let location = use_location();
    let status = Resource::new(move || (location.pathname.get(), location.search.get()), |_| crate::login::get_session_status());
    let visitor = || view! {
        <a href="/login">"ログイン"<span class="site-nav__sub">"（予約の確認・変更・キャンセル）"</span></a>
        <a href="/key-reissue">"利用者キー再発行"</a>
    };
    view! {
        // Transition: the links stay as they were while a navigation asks again.
        <Transition fallback=visitor>
            {move || Suspend::new(async move {
                match status.await {
                    Ok(crate::login::SessionStatus { resident_name: Some(_) }) => view! {
                        <a href="/my">"予約の確認・変更・キャンセル"</a>
                        <crate::login::LogoutButton/>
                    }.into_any(),
                    _ => visitor().into_any(),
                }
            })}
        </Transition>
    }
}

/// Whom to call (from the configuration), the mail help, the system's name.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let contact = Resource::new(|| (), |_| crate::contact::get_contact());
    view! {
        <footer class="site-footer">
            <div class="container">
                <Suspense>
                    {move || Suspend::new(async move {
                        contact.await.ok().map(|c| view! {
                            <p class="site-footer__contact" data-testid="contact">
                                "お問い合わせ："{c.name.clone()}"　"
                                <a href=c.tel_href()>{format!("電話 {}", c.phone)}</a>
                                {format!("（{}）", c.hours)}
                            </p>
                        })
                    })}
                </Suspense>
                <a href="/mail-help">{crate::texts::MAIL_HELP_LINK}</a>
                <p>{SYSTEM_NAME}</p>
            </div>
        </footer>
    }
}

/// いみずe-予約システム > … > the current page, as in the seed.
#[component]
pub fn Breadcrumbs(
    /// Pages between the home page and this one: (label, link).
    #[prop(optional)]
    trail: Vec<(&'static str, String)>,
    /// This page's name.
    current: &'static str,
) -> impl IntoView {
    view! {
        <nav aria-label="現在位置" class="breadcrumbs">
            <ol>
                <li><a href="/">{SYSTEM_NAME}</a></li>
                {trail
                    .into_iter()
                    .map(|(label, href)| view! { <li><a href=href>{label}</a></li> })
                    .collect_view()}
                <li aria-current="page">{current}</li>
            </ol>
        </nav>
    }
}

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text=""/>
        <h1>{SYSTEM_NAME}</h1>
        <p class="lead">
            "健診・検診、乳幼児健診、予防接種、健康相談などの予約を、スマートフォンやパソコンから受け付けています。"
        </p>
        <div class="home-actions">
            <a class="button button--primary button--block" href="/reserve">"予約する"</a>
            <a class="button button--secondary button--block" href="/login">"予約の確認・変更・キャンセル（ログイン）"</a>
        </div>
        <section class="panel">
            <h2>"はじめて予約される方へ"</h2>
            <p>"予約が完了すると、予約番号と「利用者キー」が画面とメールでお知らせされます。利用者キーは、予約の確認・変更・キャンセルのときに必要です。"</p>
            <p><a href="/key-reissue">"利用者キーが不明な方は、こちらから再発行（メールで再送）できます"</a></p>
            <p><a href="/mail-help">{crate::texts::MAIL_HELP_LINK}</a></p>
        </section>
    }
}

/// A page that could not be shown, said in Japanese with a way forward
/// (`href`, `label`; the login page when a login is what is missing). Also
/// sets the page's HTTP status while it is rendered on the server.
#[component]
pub fn LoadError(error: crate::error::AppError, href: &'static str, label: &'static str) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::error::set_page_status(error.status());
    let (href, label) = match error {
        crate::error::AppError::LoginRequired => ("/login", "ログイン画面へ"),
        crate::error::AppError::StaffLoginRequired => ("/staff/login", "職員ログインへ"),
        _ => (href, label),
    };
    view! {
        <div class="notice notice--error" role="alert" data-testid="load-error">
            <p>{error.message()}</p>
            <p><a href=href>{label}</a></p>
        </div>
    }
}

/// What a page shows while its data loads (hydrated navigation only; the
/// server sends pages whole).
pub fn loading() -> impl IntoView {
    view! { <p class="loading">"読み込み中…"</p> }
}

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::error::set_page_status(404);
    view! {
        <Title text="ページが見つかりません"/>
        <h1>"ページが見つかりません"</h1>
        <p>"お探しのページは、削除されたか、URLが間違っている可能性があります。"</p>
        <p><a href="/">"トップページへ戻る"</a></p>
    }
}
