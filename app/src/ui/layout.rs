use crate::texts::{Text, Words};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        // rel="external": the browser, not the router, follows it, so the
        // focus moves into the main content (the router would only scroll).
        <a class="skip-link" href="#main" rel="external">{Text::SiteSkipLink.view()}</a>
        <LanguageLinks/>
        <header class="site-header">
            <div class="container site-header__inner">
                <a class="site-name" href="/">{Text::SiteName.view()}</a>
                <nav aria-label=Text::SiteNavLabel.plain() class="site-nav">
                    <a href="/reserve">{Text::SiteReserve.view()}</a>
                    <SessionLinks/>
                </nav>
            </div>
        </header>
    }
}

/// 日本語 · やさしい にほんご · English, each in its own words and marked
/// with its language, on every resident page: plain links to
/// `/language?to=…&back=<this page>` (the server sets the cookie and sends
/// the browser back), so they work without JavaScript; `rel="external"`
/// so the hydrated router lets the browser load the page anew in the new
/// language. The page's own language is not a link.
#[component]
fn LanguageLinks() -> impl IntoView {
    let location = use_location();
    let here = crate::language::current();
    let href = move |language: crate::language::Language| {
        let search = location.search.get();
        let path = location.pathname.get();
        let back = if search.is_empty() { path } else { format!("{path}?{}", search.trim_start_matches('?')) };
        crate::language::switch_href(language, &back)
    };
    move || {
        (!crate::language::is_staff_path(&location.pathname.get())).then(|| {
            view! {
                <nav class="language-switch" aria-label=Text::SiteLanguageNavLabel.plain()>
                    <ul class="container">
                        {crate::language::Language::ALL
                            .into_iter()
                            .map(|language| {
                                let (lang, name) = (language.html_lang(), language.own_name());
                                if language == here {
                                    view! { <li><span lang=lang aria-current="true">{name}</span></li> }.into_any()
                                } else {
                                    view! {
                                        <li><a href=move || href(language) lang=lang hreflang=lang rel="external">{name}</a></li>
                                    }
                                    .into_any()
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
            }
        })
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
        <a href="/login">{Text::SiteLogin.view()}<span class="site-nav__sub">{Text::SiteLoginSub.view()}</span></a>
        <a href="/key-reissue">{Text::SiteKeyReissue.view()}</a>
    };
    view! {
        // Transition: the links stay as they were while a navigation asks again.
        <Transition fallback=visitor>
            {move || Suspend::new(async move {
                match status.await {
                    Ok(crate::login::SessionStatus { resident_name: Some(_) }) => view! {
                        <a href="/my">{Text::SiteMy.view()}</a>
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
                                {crate::contact::contact_line(Text::SiteFooterContact, &c)}
                            </p>
                        })
                    })}
                </Suspense>
                <a href="/mail-help">{Text::SiteMailHelpLink.view()}</a>
                <p>{Text::SiteName.view()}</p>
            </div>
        </footer>
    }
}

/// いみずe-予約システム > … > the current page, as in the seed.
#[component]
pub fn Breadcrumbs(
    /// Pages between the home page and this one: (label, link); a
    /// resident page's labels are `Text`s (`Text::X.into()`).
    #[prop(optional)]
    trail: Vec<(Words, String)>,
    /// This page's name.
    #[prop(into)]
    current: Words,
) -> impl IntoView {
    view! {
        <nav aria-label=Text::SiteBreadcrumbLabel.plain() class="breadcrumbs">
            <ol>
                <li><a href="/">{Text::SiteName.view()}</a></li>
                {trail
                    .into_iter()
                    .map(|(label, href)| view! { <li><a href=href>{label.view()}</a></li> })
                    .collect_view()}
                <li aria-current="page">{current.view()}</li>
            </ol>
        </nav>
    }
}

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text=""/>
        <h1>{Text::SiteName.view()}</h1>
        <p class="lead">{Text::SiteHomeLead.view()}</p>
        <div class="home-actions">
            <a class="button button--primary button--block" href="/reserve">{Text::SiteReserve.view()}</a>
            <a class="button button--secondary button--block" href="/login">{Text::SiteHomeMyButton.view()}</a>
        </div>
        <section class="panel">
            <h2>{Text::SiteHomeFirstTimeHeading.view()}</h2>
            <p>{Text::SiteHomeFirstTimeText.view()}</p>
            <p><a href="/key-reissue">{Text::SiteHomeKeyReissueLink.view()}</a></p>
            <p><a href="/mail-help">{Text::SiteMailHelpLink.view()}</a></p>
        </section>
    }
}

/// A page that could not be shown, said in the page's language with a way forward
/// (`href`, `label`; the login page when a login is what is missing). Also
/// sets the page's HTTP status while it is rendered on the server.
#[component]
pub fn LoadError(error: crate::error::AppError, href: &'static str, #[prop(into)] label: Words) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::error::set_page_status(error.status());
    let (href, label) = match error {
        crate::error::AppError::LoginRequired => ("/login", Words::Text(Text::SiteToLogin)),
        crate::error::AppError::StaffLoginRequired => ("/staff/login", Words::Fixed("職員ログインへ")),
        _ => (href, label),
    };
    view! {
        <div class="notice notice--error" role="alert" data-testid="load-error">
            <p>{crate::words::view_of(error.message())}</p>
            <p><a href=href>{label.view()}</a></p>
        </div>
    }
}

/// What a page shows while its data loads (hydrated navigation only; the
/// server sends pages whole).
pub fn loading() -> impl IntoView {
    view! { <p class="loading">{Text::SiteLoading.view()}</p> }
}

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::error::set_page_status(404);
    view! {
        <Title text=Text::SiteNotFoundTitle.plain()/>
        <h1>{Text::SiteNotFoundTitle.view()}</h1>
        <p>{Text::SiteNotFoundText.view()}</p>
        <p><a href="/">{Text::SiteBackToTop.view()}</a></p>
    }
}
