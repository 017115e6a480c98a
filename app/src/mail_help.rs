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
    pub contact_name: String,
    pub contact_phone: String,
    pub contact_hours: String,
}

#[server(endpoint = "mail_help")]
pub async fn get_mail_help() -> Result<MailHelp, AppError> {
    let state = crate::state::app_state()?;
    let site = &state.site;
    Ok(MailHelp {
        from_address: site.mail_from_address.clone(),
        from_domain: site.mail_from_domain().to_string(),
        contact_name: site.contact_name.clone(),
        contact_phone: site.contact_phone.clone(),
        contact_hours: site.contact_hours.clone(),
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
                    let tel = format!("tel:{}", h.contact_phone.replace('-', ""));
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
                            {h.contact_name.clone()}<br/>
                            {crate::words::view_with_parts(
                                Text::MailHelpPhone.pattern(language),
                                vec![("phone", view! { <a href=tel>{h.contact_phone.clone()}</a> }.into_any())],
                            )}<br/>
                            {Text::MailHelpHours.view_with(&[("hours", &h.contact_hours)])}
                        </p>
                    }.into_any()
                }
                Err(e) => view! { <p role="alert">{e.message()}</p> }.into_any() }
            })}
        </Suspense>
    }
}
