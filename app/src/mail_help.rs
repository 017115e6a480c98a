//! 「メールが届かない場合」: the one page every promise of an email links to.
use crate::error::AppError;
use crate::texts::Text;
use crate::ui::Breadcrumbs;
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MailHelp {
    pub from_address: String,
    pub from_domain: String,
    pub contact: crate::contact::Contact,
}

#[server(endpoint = "mail_help")]
pub async fn get_mail_help() -> Result<MailHelp, AppError> {
    let state = crate::state::app_state()?;
    let site = &state.site;
    Ok(MailHelp {
        from_address: site.mail_from_address.clone(),
        from_domain: site.mail_from_domain().to_string(),
        contact: crate::contact::Contact::of(site),
    })
}

#[component]
pub fn MailHelpPage() -> impl IntoView {
    let help = Resource::new(|| (), |_| get_mail_help());
    view! {
        <Title text=Text::SiteMailHelpLink.plain()/>
        <Breadcrumbs current=Text::SiteMailHelpLink/>
        <h1>{Text::SiteMailHelpLink.view()}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match help.await { Ok(h) => {
                    let language = crate::language::current();
                    view! {
                        <p>{Text::MailHelpLead.view()}</p>
                        <dl class="facts facts--large">
                            <dt>{Text::MailHelpFrom.view()}</dt><dd>{h.from_address.clone()}</dd>
                            <dt>{Text::MailHelpDomain.view()}</dt><dd>{h.from_domain.clone()}</dd>
                        </dl>
                        <p>{Text::MailHelpWait.view()}</p>
                        <ol class="steps">
                            <li>{Text::MailHelpStepSpam.view()}</li>
                            <li>{crate::words::view_with_parts(
                                Text::MailHelpStepDomain.pattern(language),
                                vec![("domain", view! { <strong>{h.from_domain.clone()}</strong> }.into_any())],
                            )}</li>
                            <li>{Text::MailHelpStepPc.view()}</li>
                            <li>{Text::MailHelpStepAddress.view()}</li>
                        </ol>
                        <p>{Text::MailHelpAfter.view()}</p>
                        <h2>{Text::MailHelpContactHeading.view()}</h2>
                        <p>
                            {h.contact.name.clone()}<br/>
                            {crate::contact::contact_line(Text::MailHelpPhone, &h.contact)}<br/>
                            {Text::MailHelpHours.view_with(&[("hours", &h.contact.hours)])}
                        </p>
                    }.into_any()
                }
                Err(e) => view! { <p role="alert">{crate::words::view_of(e.message())}</p> }.into_any() }
            })}
        </Suspense>
    }
}
