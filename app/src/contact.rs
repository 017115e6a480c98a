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
