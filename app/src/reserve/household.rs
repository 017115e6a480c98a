//! 「どなたの予約ですか」: a logged-in resident reserves for any member of
//! their household (`crate::household`), or adds a new one, before the
//! first step of the form (対象者の確認 or the details). Choosing keeps the
//! choice in the reservation's draft (`super::ChooseMember`), so every later step
//! — the conditions, the details, the check page, 送信 — is the member's:
//! their date of birth for the conditions, their record for the limit,
//! their name on the email. A new member types their own details; the
//! address is the household's and cannot be changed here.
use super::*;
use crate::catalogue::SlotSummary;
use crate::texts::Text;
use crate::ui::{Breadcrumbs, SubmitButton};
use crate::words::view_of;
use leptos_meta::Title;

/// The chooser as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HouseholdChoice {
    /// Each member: the value sent (their record's id) and their name;
    /// the one logged in first.
    pub members: Vec<(String, String)>,
    /// A new member may be added (the one logged in has an address).
    pub may_add: bool,
    /// The value chosen now: a member's id, or [`NEW_MEMBER`].
    pub chosen: String,
}

/// The value of 「ご家族を追加する」.
pub const NEW_MEMBER: &str = "new";

/// The step before the form, for a resident logged in: one radio button
/// a member (the one logged in chosen), and 「ご家族を追加する」. Its own
/// step, so that nothing typed below a choice not yet made is sent for
/// the wrong person.
#[component]
pub fn WhoForStep(info: SlotSummary, choice: HouseholdChoice, choose: ServerAction<ChooseMember>, wait: Option<WaitFor>) -> impl IntoView {
    let chosen = choice.chosen.clone();
    let members = choice
        .members
        .into_iter()
        .enumerate()
        .map(|(i, (value, name))| {
            let (id, for_id) = (format!("member-{i}"), format!("member-{i}"));
            let checked = value == chosen;
            let name = if i == 0 { Text::ReserveMemberMe.plain_with(&[("name", name.as_str())]) } else { Text::ReserveMemberOther.plain_with(&[("name", name.as_str())]) };
            view! {
                <label class="checkbox" for=for_id>
                    <input type="radio" id=id name="member" value=value checked=checked/>
                    {name}
                </label>
            }
        })
        .collect_view();
    let adding = chosen == NEW_MEMBER;
    view! {
        <Title text=Text::ReserveWhoForHeading.plain()/>
        <Breadcrumbs trail=super::parts::details_trail(info.service_id) current=Text::ReserveWhoForHeading/>
        <h1>{Text::ReserveWhoForHeading.view()}</h1>
        {move || choose.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{view_of(error.message())}</p></div>
        })}
        {wait.map(|wait| view! { <super::waitlist::WaitNotice wait/> })}
        <super::lottery::WhatFor info=info.clone() applying=None/>
        <p>{Text::ReserveWhoForIntro.view()}</p>
        <ActionForm action=choose>
            <input type="hidden" name="draft_id" value=""/>
            <input type="hidden" name="slot_id" value=info.slot_id/>
            <super::waitlist::WaitField wait/>
            <fieldset class="field" data-testid="who-for">
                <legend class="field__label">{Text::ReserveWhoForLegend.view()}</legend>
                <div class="choices">
                    {members}
                    {choice.may_add.then(|| view! {
                        <label class="checkbox" for="member-new">
                            <input type="radio" id="member-new" name="member" value=NEW_MEMBER checked=adding/>
                            {Text::ReserveMemberNew.view()}
                        </label>
                    })}
                </div>
            </fieldset>
            <div class="actions">
                <SubmitButton label=Text::ReserveWhoForChoose pending=choose.pending()/>
            </div>
        </ActionForm>
    }
}

/// On the steps after it: for whom, and the way back to choose again.
#[component]
pub fn ForMember(name: Option<String>, slot_id: i32, wait: Option<WaitFor>) -> impl IntoView {
    let again = match wait {
        Some(wait) => format!("/reserve/slots/{slot_id}?wait={}", wait.code()),
        None => format!("/reserve/slots/{slot_id}"),
    };
    name.map(|name| view! {
        <p class="notice" data-testid="for-member">
            {Text::ReserveForMember.view_with(&[("name", name.as_str())])}" "
            <a href=again>{Text::ReserveChooseAgain.view()}</a>
        </p>
    })
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use super::*;
    use crate::db::residents;
    use sea_orm::{ConnectionTrait, DbErr};

    /// For whom a logged-in resident's reservation is.
    #[derive(Clone, Debug)]
    pub enum Whom {
        /// A member on record: the one logged in, or another of the household.
        Member(residents::Model),
        /// A new member at the household's address, who gets a 利用者キー
        /// of their own.
        NewMember { email: String },
    }

    impl Whom {
        /// The chooser's value for it.
        fn value(&self) -> String {
            match self {
                Whom::Member(m) => m.id.to_string(),
                Whom::NewMember { .. } => NEW_MEMBER.to_string(),
            }
        }

        /// What the form shows and the draft keeps, from what was typed:
        /// a member's record (only the phone number is theirs to type), or
        /// a new member's details at the household's address. Also the
        /// record's id, and whether a member is being added.
        pub fn apply(&self, typed: DetailsInput) -> (DetailsInput, Option<i32>, bool) {
            match self {
                Whom::Member(m) => (DetailsInput { phone: typed.phone, ..m.details() }, Some(m.id), false),
                Whom::NewMember { email } => {
                    (DetailsInput { email: email.clone(), email_confirm: email.clone(), no_email: false, ..typed }, None, true)
                }
            }
        }

        /// What a fresh form starts from.
        pub fn start(&self) -> DetailsInput {
            match self {
                Whom::Member(m) => m.details(),
                Whom::NewMember { email } => {
                    DetailsInput { email: email.clone(), email_confirm: email.clone(), ..DetailsInput::default() }
                }
            }
        }
    }

    /// Whom a draft is for, as `me` may act now: the member it names
    /// (`resident_id`) while they are of `me`'s household, a new member
    /// when it says so (`adding_member`, and `me` has an address),
    /// otherwise `me`.
    pub async fn of_draft(db: &impl ConnectionTrait, me: &residents::Model, resident_id: Option<i32>, adding_member: bool) -> Result<Whom, DbErr> {
        if adding_member {
            if let Some(email) = crate::household::address_of(db, me.id).await? {
                return Ok(Whom::NewMember { email });
            }
        } else if let Some(id) = resident_id.filter(|id| *id != me.id) {
            if let Some(member) = crate::household::record(db, me.id, id).await? {
                return Ok(Whom::Member(member));
            }
        }
        Ok(Whom::Member(me.clone()))
    }

    /// The member the chooser named, if `me` may reserve for them.
    pub async fn named(db: &impl ConnectionTrait, me: &residents::Model, member: &str) -> Result<Option<Whom>, DbErr> {
        match member.trim() {
            NEW_MEMBER => Ok(crate::household::address_of(db, me.id).await?.map(|email| Whom::NewMember { email })),
            id => {
                let Ok(id) = id.parse::<i32>() else { return Ok(None) };
                Ok(crate::household::record(db, me.id, id).await?.map(Whom::Member))
            }
        }
    }

    /// The chooser for `me`, `whom` chosen; none for a household of one
    /// that cannot grow (no address).
    pub async fn choice(db: &impl ConnectionTrait, me: &residents::Model, whom: &Whom) -> Result<Option<HouseholdChoice>, DbErr> {
        let members = crate::household::members(db, me.id).await?;
        let may_add = !me.email.is_empty();
        if members.len() < 2 && !may_add {
            return Ok(None);
        }
        // A draft may name an older record of a member: the member is chosen.
        let chosen = match whom {
            Whom::Member(m) => members.iter().find(|member| member.records.contains(&m.id)).map_or(whom.value(), |member| member.resident.id.to_string()),
            Whom::NewMember { .. } => whom.value(),
        };
        Ok(Some(HouseholdChoice {
            members: members.into_iter().map(|m| (m.resident.id.to_string(), m.resident.name)).collect(),
            may_add,
            chosen,
        }))
    }
}
