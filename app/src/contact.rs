//! Whom residents call: the city's office, phone and hours (`CONTACT_*` in
//! the README's table), in every page's footer, for those who give up on
//! the form.
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub phone: String,
    pub hours: String,
}

impl Contact {
    /// `tel:0766527070`: a tap on a phone calls. Full-width digits (as a
    /// city may type them) count as digits.
    pub fn tel_href(&self) -> String {
        let digits: String = self
            .phone
            .chars()
            .filter_map(|c| match c {
                '0'..='9' | '+' => Some(c),
                '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
                _ => None,
            })
            .collect();
        format!("tel:{digits}")
    }

    /// The city's, as configured.
    #[cfg(feature = "ssr")]
    pub fn of(site: &crate::site::SiteSettings) -> Contact {
        Contact { name: site.contact_name.clone(), phone: site.contact_phone.clone(), hours: site.contact_hours.clone() }
    }
}

/// A sentence naming whom to call, in the page's language: `text`'s
/// `{ $name }` and `{ $hours }` filled in, and its `{ $phone }` (the
/// number) or `{ $phone_link }` (site-phone-link's words) a link that
/// calls when tapped. The footer, the 予約票 and the mail help say it so.
pub fn contact_line(text: crate::texts::Text, contact: &Contact) -> AnyView {
    use crate::texts::Text;
    let pattern = text.said_with(&[("name", &contact.name), ("hours", &contact.hours)]);
    let href = contact.tel_href();
    let part = if pattern.contains("{$phone_link}") {
        ("phone_link", view! { <a href=href>{Text::SitePhoneLink.view_with(&[("phone", &contact.phone)])}</a> }.into_any())
    } else {
        ("phone", view! { <a href=href>{contact.phone.clone()}</a> }.into_any())
    };
    crate::words::view_with_parts(&pattern, vec![part])
}

#[server(endpoint = "site/contact")]
pub async fn get_contact() -> Result<Contact, AppError> {
    let state = crate::state::app_state()?;
    Ok(Contact::of(&state.site))
}

#[cfg(test)]
mod tests {
    use super::Contact;

    #[test]
    fn the_phone_link_has_only_digits() {
        let contact = |phone: &str| Contact { name: "x".into(), phone: phone.into(), hours: "y".into() };
        assert_eq!(contact("0766-52-7070").tel_href(), "tel:0766527070");
        assert_eq!(contact("０７６６（５２）７０７０").tel_href(), "tel:0766527070");
        assert_eq!(contact("+81 766 52 7070").tel_href(), "tel:+81766527070");
    }
}
