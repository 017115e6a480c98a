//! 予約する against the database: the draft kept between the steps, and
//! 送信, which hands the booking itself to the core (`crate::booking`).
use super::*;
use crate::actor::Actor;
use crate::booking::{self, ForWhom, find::slot_with_service};
use crate::catalogue::ssr::slot_summary_of;
use crate::clock::Clock;
use crate::db::{begin_write, reservations, residents, services, slots};
use crate::conditions::Step;
use crate::domain::{BirthDate, Said, UserKey};
use crate::browser::Browser;
use crate::drafts::{self, Claim, KIND_RESERVATION};
use crate::site::SiteSettings;
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, DbErr, EntityTrait};

/// The draft's payload: which slot, and what was typed.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReservationDraft {
    pub slot_id: i32,
    pub input: DetailsInput,
    /// Set when a logged-in resident reserves for someone on record —
    /// themself or a member of their household (`super::household`): that
    /// record is used and no new user key is issued (only the phone
    /// number may change).
    #[serde(default)]
    pub resident_id: Option<i32>,
    /// A logged-in resident adds a member of their household: a new record
    /// and key at their address, made at 送信 while they are logged in.
    #[serde(default)]
    pub adding_member: bool,
    /// What was said on 対象者の確認 (a service with 対象者条件).
    #[serde(default)]
    pub said: Option<Said>,
    /// Whether that step was passed (then the details form follows, and a
    /// date of birth changed there is checked again against the ages).
    #[serde(default)]
    pub conditions_met: bool,
    /// Made by 対象者の確認, the details form not sent yet: nothing to
    /// correct is shown on it before the resident has typed.
    #[serde(default)]
    pub untouched: bool,
    /// キャンセル待ち rather than a reservation.
    #[serde(default)]
    pub wait: Option<WaitFor>,
    /// The waiting-list entry it became (after 送信).
    #[serde(default)]
    pub joined: Option<i32>,
    /// 抽選の申し込み rather than a reservation: the slots named (then
    /// `slot_id` is the first, for 対象者の確認's ages).
    #[serde(default)]
    pub applying: Option<Applying>,
    /// The application it became (after 送信).
    #[serde(default)]
    pub applied: Option<i32>,
}

/// The choices of an application, as made on its first page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Applying {
    pub service_id: i32,
    /// Most wanted first; `None`: 選ばない.
    pub choices: Vec<Option<i32>>,
    /// What to correct on the choices page.
    pub errors: Vec<FieldError>,
}

impl Applying {
    /// The slots named, most wanted first.
    pub fn slots(&self) -> Vec<i32> {
        self.choices.iter().flatten().copied().collect()
    }
}

/// Where the draft stands with the service's 対象者条件, and what the
/// details form must correct besides its own fields (a date of birth
/// outside the ages).
fn step_of(draft: &ReservationDraft, service: &services::Model, slot: &slots::Model, today: chrono::NaiveDate) -> (Step, Vec<FieldError>) {
    let rule = service.eligibility();
    if rule.is_open_to_all() {
        return (Step::Details { met: false }, Vec::new());
    }
    let language = crate::language::current();
    let birth = BirthDate::parse(&draft.input.birth_year, &draft.input.birth_month, &draft.input.birth_day, today).map(|b| b.date());
    let said = draft.said.clone().unwrap_or_default();
    if draft.conditions_met {
        let errors = match birth {
            Ok(birth) => crate::conditions::unmet_in(&rule, &rule.unmet_age(birth, slot.date), language)
                .first()
                .map(|rule| vec![FieldError::new("birth_year", crate::texts::Text::ErrorNotEligibleBirth.said_with(&[("rule", rule)]))])
                .unwrap_or_default(),
            Err(_) => Vec::new(),
        };
        return (Step::Details { met: true }, errors);
    }
    if draft.said.is_none() {
        return (Step::Ask { said, errors: Vec::new() }, Vec::new());
    }
    let mut errors = Vec::new();
    if rule.asks_age() {
        if let Err(e) = &birth {
            errors.push(FieldError::new("birth_year", e));
        }
    }
    errors.extend(crate::conditions::unanswered(&rule, &said));
    if !errors.is_empty() {
        return (Step::Ask { said, errors }, Vec::new());
    }
    // No age asked: any date does for the rest (the age is not looked at).
    let birth = birth.unwrap_or(today);
    let unmet = rule.unmet_said(birth, &said, slot.date);
    if unmet.is_empty() {
        (Step::Details { met: true }, Vec::new())
    } else {
        (Step::Unmet { reasons: crate::conditions::unmet_in(&rule, &unmet, language) }, Vec::new())
    }
}

/// Everything the details form must correct: its own fields, and a date
/// of birth outside the service's ages; and, before it, whether the
/// conditions step still stands in the way.
fn details_errors(draft: &ReservationDraft, service: &services::Model, slot: &slots::Model, today: chrono::NaiveDate) -> (Step, Vec<FieldError>) {
    let (step, eligibility) = step_of(draft, service, slot, today);
    let mut errors = draft.input.validate(today).err().unwrap_or_default();
    let extra: Vec<FieldError> = eligibility.into_iter().filter(|e| !errors.iter().any(|other| other.field == e.field)).collect();
    errors.extend(extra);
    (step, errors)
}

/// The answers of 対象者の確認 as the form sent them.
pub struct ConditionsAnswers {
    pub birth_year: String,
    pub birth_month: String,
    pub birth_day: String,
    pub sex: Option<String>,
    pub answers: Vec<Option<String>>,
    pub wait: Option<WaitFor>,
}

/// A slot's service's 対象者条件 as the page shows them (`None`: open to
/// all, or no such published slot).
pub async fn slot_conditions(
    db: &DatabaseConnection,
    site: &SiteSettings,
    slot_id: i32,
) -> Result<Option<crate::conditions::ConditionsView>, AppError> {
    Ok(slot_with_service(db, slot_id)
        .await?
        .filter(|(_, service)| service.published)
        .and_then(|(_, service)| crate::conditions::view_in(&service.eligibility(), site, crate::language::current())))
}

/// Keeps the answers of 対象者の確認 in the reservation's draft (made
/// now, or the one already begun for this slot) and returns its id; the
/// draft's page then shows the questions again with what to correct, why
/// the service cannot be booked, or the details form.
pub async fn save_conditions(
    db: &DatabaseConnection,
    draft_id: Option<&str>,
    slot_id: i32,
    typed: ConditionsAnswers,
    logged_in: Option<&residents::Model>,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<(String, Step), AppError> {
    let Some((slot, service)) = slot_with_service(db, slot_id).await? else {
        return Err(crate::error::fail(AppError::NotFound));
    };
    if !service.published {
        return Err(crate::error::fail(AppError::NotFound));
    }
    let rule = service.eligibility();
    let existing = match draft_id.filter(|id| !id.is_empty()) {
        Some(id) => drafts::load::<ReservationDraft>(db, id, KIND_RESERVATION, owner, now)
            .await?
            .filter(|d| d.payload.slot_id == slot.id)
            .map(|d| d.payload),
        None => None,
    };
    let applying = existing.as_ref().and_then(|d| d.applying.clone());
    let whom = whom_of(db, logged_in, existing.as_ref()).await?;
    let mut input = existing.map(|d| d.input).unwrap_or_default();
    // A member on record: the date of birth on record is the one that
    // counts. Someone new (a guest, or a member being added): as typed.
    if !matches!(whom, Some(super::household::ssr::Whom::Member(_))) {
        input.birth_year = drafts::clip(&typed.birth_year);
        input.birth_month = drafts::clip(&typed.birth_month);
        input.birth_day = drafts::clip(&typed.birth_day);
    }
    let (input, resident_id, adding_member) = kept_for(whom.as_ref(), input);
    let said = crate::conditions::parse_said(&rule, typed.sex.as_deref(), &typed.answers);
    let mut draft = ReservationDraft {
        slot_id: slot.id,
        input,
        resident_id,
        adding_member,
        said: Some(said),
        conditions_met: false,
        untouched: true,
        wait: typed.wait.filter(|_| applying.is_none()),
        joined: None,
        applying,
        applied: None,
    };
    let today = crate::time::to_jst(now).date();
    let (step, _) = step_of(&draft, &service, &slot, today);
    draft.conditions_met = matches!(step, Step::Details { met: true });
    let id = drafts::save(db, draft_id.filter(|id| !id.is_empty()), KIND_RESERVATION, &draft, owner, now).await?;
    Ok((id, step))
}

pub struct Saved {
    pub draft_id: String,
    pub valid: bool,
}

/// Stores the typed details (clipped) in a draft and says whether they are
/// ready for the check page.
pub async fn save_details(
    db: &DatabaseConnection,
    draft_id: Option<&str>,
    slot_id: i32,
    input: DetailsInput,
    wait: Option<WaitFor>,
    logged_in: Option<&residents::Model>,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<Saved, AppError> {
    let now_jst = crate::time::to_jst(now);
    let Some((slot, service)) = slot_with_service(db, slot_id).await? else {
        return Err(crate::error::fail(AppError::NotFound));
    };
    if !service.published {
        return Err(crate::error::fail(AppError::NotFound));
    }
    let input = DetailsInput {
        name: drafts::clip(&input.name),
        kana: drafts::clip(&input.kana),
        birth_year: drafts::clip(&input.birth_year),
        birth_month: drafts::clip(&input.birth_month),
        birth_day: drafts::clip(&input.birth_day),
        phone: drafts::clip(&input.phone),
        email: drafts::clip(&input.email),
        email_confirm: drafts::clip(&input.email_confirm),
        // Only staff register someone without email (the counter).
        no_email: false,
    };
    // What 対象者の確認 found, and whom it is for, stay with the draft.
    let earlier = match draft_id.filter(|id| !id.is_empty()) {
        Some(id) => drafts::load::<ReservationDraft>(db, id, KIND_RESERVATION, owner, now)
            .await?
            .filter(|d| d.payload.slot_id == slot.id)
            .map(|d| d.payload),
        None => None,
    };
    // Logged in: a member on record's details come from the record (only
    // the phone number is typed); a new member's address is the household's.
    let (input, resident_id, adding_member) = kept_for(whom_of(db, logged_in, earlier.as_ref()).await?.as_ref(), input);
    let (said, conditions_met, applying) = earlier.map_or((None, false, None), |d| (d.said, d.conditions_met, d.applying));
    let draft = ReservationDraft {
        slot_id: slot.id,
        input,
        resident_id,
        adding_member,
        said,
        conditions_met,
        untouched: false,
        wait: wait.filter(|_| applying.is_none()),
        joined: None,
        applying,
        applied: None,
    };
    let (step, errors) = details_errors(&draft, &service, &slot, now_jst.date());
    let valid = errors.is_empty() && matches!(step, Step::Details { .. });
    let draft_id = drafts::save(db, draft_id.filter(|id| !id.is_empty()), KIND_RESERVATION, &draft, owner, now)
        .await
        ?;
    Ok(Saved { draft_id, valid })
}

async fn load(
    db: &DatabaseConnection,
    draft_id: &str,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<Option<(drafts::Loaded<ReservationDraft>, slots::Model, services::Model)>, AppError> {
    let Some(draft) = drafts::load::<ReservationDraft>(db, draft_id, KIND_RESERVATION, owner, now).await?
    else {
        return Ok(None);
    };
    let Some((slot, service)) = slot_with_service(db, draft.payload.slot_id).await? else {
        return Ok(None);
    };
    Ok(Some((draft, slot, service)))
}

pub async fn details_draft(
    db: &DatabaseConnection,
    site: &SiteSettings,
    draft_id: &str,
    logged_in: Option<&residents::Model>,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<Option<DetailsDraft>, AppError> {
    let now_jst = crate::time::to_jst(now);
    let Some((draft, slot, service)) = load(db, draft_id, owner, now).await? else { return Ok(None) };
    let applying = match &draft.payload.applying {
        Some(applying) => Some(ApplyingView { draft_id: draft.row.id.clone(), ..applying_view(db, &service, applying, now).await? }),
        None => None,
    };
    // Logged in: for whom it is as the one logged in may act now (a member
    // who left the household since is not shown, nor booked for).
    let mut draft = draft;
    let mut for_member = None;
    let made_logged_in = draft.payload.resident_id.is_some() || draft.payload.adding_member;
    if let Some(me) = logged_in.filter(|_| made_logged_in) {
        use super::household::ssr::{Whom, choice};
        let whom = super::household::ssr::of_draft(db, me, draft.payload.resident_id, draft.payload.adding_member).await?;
        // (A lottery application is the one logged in's: its steps begin
        // on the choices page, which has no chooser.)
        if draft.payload.applying.is_none() && choice(db, me, &whom).await?.is_some() {
            if let Whom::Member(m) = &whom {
                for_member = Some(m.name.clone());
            }
        }
        let (input, resident_id, adding_member) = whom.apply(draft.payload.input.clone());
        draft.payload = ReservationDraft { input, resident_id, adding_member, ..draft.payload };
    }
    let fixed_email = draft.payload.adding_member.then(|| draft.payload.input.email.clone());
    Ok(Some({
        let (step, errors) = details_errors(&draft.payload, &service, &slot, now_jst.date());
        // The details form shows its errors only once it has been sent
        // (a draft made by 対象者の確認 has nothing typed yet).
        let errors = if draft.payload.untouched { Vec::new() } else { errors };
        DetailsDraft {
            draft_id: draft.row.id,
            conditions: crate::conditions::view_in(&service.eligibility(), site, crate::language::current()),
            slot: slot_summary_of(&service, &slot, now_jst),
            input: draft.payload.input,
            errors,
            known_resident: draft.payload.resident_id.is_some(),
            for_member,
            fixed_email,
            step,
            wait: draft.payload.wait,
            applying,
        }
    }))
}

pub async fn confirm_view(
    db: &DatabaseConnection,
    draft_id: &str,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<Option<ConfirmView>, AppError> {
    let now_jst = crate::time::to_jst(now);
    let Some((draft, slot, service)) = load(db, draft_id, owner, now).await? else { return Ok(None) };
    let applying = match &draft.payload.applying {
        Some(applying) => Some(ApplyingView { draft_id: draft.row.id.clone(), ..applying_view(db, &service, applying, now).await? }),
        None => None,
    };
    Ok(Some({
        let (step, errors) = details_errors(&draft.payload, &service, &slot, now_jst.date());
        let ready = errors.is_empty() && matches!(step, Step::Details { .. });
        let answers = draft.payload.input.validate(now_jst.date()).ok().filter(|_| ready).map(|v| Answers {
            name: v.name.to_string(),
            kana: v.kana.to_string(),
            // In the request's language (`1960年4月1日`), readings kept as `《》`.
            birth_date: crate::time::birth_date_in(v.birth_date.date(), crate::language::current()),
            phone: v.phone.to_string(),
            email: v.email.map(|e| e.to_string()).unwrap_or_default(),
        });
        ConfirmView {
            draft_id: draft.row.id,
            slot: slot_summary_of(&service, &slot, now_jst),
            answers,
            known_resident: draft.payload.resident_id.is_some(),
            wait: draft.payload.wait,
            applying,
        }
    }))
}

/// What became of a 送信.
#[derive(Debug, PartialEq, Eq)]
pub enum Submitted {
    Reserved { reservation_id: i32 },
    /// The draft had already been sent (double click, reload): nothing new.
    AlreadyDone { reservation_id: i32 },
    /// キャンセル待ち: in line.
    Joined,
    /// 抽選: applied.
    Applied,
}

/// 送信: claims the draft, then books through the core, in one
/// transaction. Claiming first makes a double submit a no-op that lands on
/// the same completion page. A draft made while logged in books only while
/// logged in, for the household of the one logged in (the core checks).
pub async fn submit(
    db: &DatabaseConnection,
    site: &SiteSettings,
    clock: &Clock,
    draft_id: &str,
    owner: &Browser,
    session_resident: Option<i32>,
) -> Result<Submitted, AppError> {
    let now = clock.now();
    let txn = begin_write(db).await?;
    let draft = match drafts::claim::<ReservationDraft>(&txn, draft_id, KIND_RESERVATION, owner, now).await? {
        Claim::Claimed(draft) => draft,
        Claim::AlreadySent { reservation_id } => return Ok(Submitted::AlreadyDone { reservation_id }),
        Claim::Expired => return Err(AppError::Expired),
        Claim::Missing => return Err(AppError::NotFound),
    };
    let details = draft.payload.input.validate(crate::time::to_jst(now).date()).map_err(|_| AppError::BadRequest)?;
    let (actor, for_whom) = match (draft.payload.resident_id, draft.payload.adding_member) {
        (Some(resident_id), _) => (
            session_resident.map_or(Actor::Guest, Actor::Resident),
            ForWhom::Known { resident_id, phone: Some(details.phone) },
        ),
        // A member added while logged in: only while still logged in.
        (None, true) => match session_resident {
            Some(me) => (Actor::Resident(me), ForWhom::New(details)),
            None => return Err(booking::BookingError::NotYours.into()),
        },
        (None, false) => (Actor::Guest, ForWhom::New(details)),
    };
    // The core checks the 対象者条件 again, with the date of birth sent.
    let conditions = booking::Conditions::Said(draft.payload.said.clone().unwrap_or_default());
    if let Some(applying) = &draft.payload.applying {
        // 抽選の申し込み: an application, not a booking.
        if !applying.errors.is_empty() {
            return Err(AppError::BadRequest);
        }
        let applied = booking::lottery::apply(&txn, site, &actor, clock, applying.service_id, &applying.slots(), for_whom, conditions).await?;
        let payload = ReservationDraft { applied: Some(applied.application_id), ..draft.payload };
        drafts::mark_joined(&txn, draft_id, &payload, now).await?;
        txn.commit().await?;
        return Ok(Submitted::Applied);
    }
    if let Some(wait) = draft.payload.wait {
        // キャンセル待ち: in line, not booked.
        let wait = match wait {
            WaitFor::Slot => booking::waitlist::Wait::Slot(draft.payload.slot_id),
            WaitFor::Day => {
                let (slot, _) = slot_with_service(&txn, draft.payload.slot_id).await?.ok_or(AppError::NotFound)?;
                booking::waitlist::Wait::Day { service_id: slot.service_id, date: slot.date }
            }
        };
        let joined = booking::waitlist::join(&txn, site, &actor, clock, wait, for_whom, conditions).await?;
        let payload = ReservationDraft { joined: Some(joined.entry_id), ..draft.payload };
        drafts::mark_joined(&txn, draft_id, &payload, now).await?;
        txn.commit().await?;
        return Ok(Submitted::Joined);
    }
    let booked = booking::book(&txn, site, &actor, clock, draft.payload.slot_id, for_whom, conditions).await?;
    drafts::mark_sent(&txn, draft_id, booked.reservation_id, now).await?;
    txn.commit().await?;
    Ok(Submitted::Reserved { reservation_id: booked.reservation_id })
}

/// The completion page, for the browser that sent the form: the 利用者キー
/// and the address only within `drafts::KEY_SHOWN_FOR` of 送信.
pub async fn completed(
    db: &DatabaseConnection,
    draft_id: &str,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<Option<Completed>, AppError> {
    let Some(draft) = drafts::load::<ReservationDraft>(db, draft_id, KIND_RESERVATION, owner, now).await?
    else {
        return Ok(None);
    };
    if let Some(entry_id) = draft.payload.joined {
        return joined_page(db, &draft, entry_id, now).await;
    }
    if let Some(application_id) = draft.payload.applied {
        return applied_page(db, &draft, application_id, now).await;
    }
    let Some(reservation_id) = draft.row.reservation_id else {
        return Ok(None);
    };
    let Some(reservation) = reservations::Entity::find_by_id(reservation_id).one(db).await? else {
        return Ok(None);
    };
    let Some(resident) = residents::Entity::find_by_id(reservation.resident_id).one(db).await?
    else {
        return Ok(None);
    };
    let Some((slot, service)) = slot_with_service(db, reservation.slot_id).await? else {
        return Ok(None);
    };
    let user_key = UserKey::parse(&resident.user_key).map_err(AppError::internal)?;
    let shown = draft.row.submitted_at.is_some_and(|at| now < at + drafts::KEY_SHOWN_FOR);
    Ok(Some(Completed {
        ticket_path: crate::ticket::path(&reservation.ticket_token),
        reservation_number: reservation.reservation_number,
        user_key: shown.then(|| user_key.to_string()),
        email: shown.then_some(resident.email),
        slot: slot_summary_of(&service, &slot, crate::time::to_jst(now)),
        waiting: None,
        applied: None,
    }))
}

/// The completion page of a キャンセル待ち: the place in line, the key
/// (shown as for a reservation).
async fn joined_page(
    db: &DatabaseConnection,
    draft: &drafts::Loaded<ReservationDraft>,
    entry_id: i32,
    now: DateTime<Utc>,
) -> Result<Option<Completed>, AppError> {
    use crate::db::waitlist_entries;
    let Some(entry) = waitlist_entries::Entity::find_by_id(entry_id).one(db).await? else {
        return Ok(None);
    };
    let Some((page, _)) = instead_of_reservation(db, draft, entry.resident_id, now).await? else { return Ok(None) };
    let position = booking::waitlist::position_of(db, &entry).await?;
    Ok(Some(Completed { waiting: Some(position), ..page }))
}

/// The completion page of a 抽選 application: its number and choices, the
/// key (shown as for a reservation).
async fn applied_page(
    db: &DatabaseConnection,
    draft: &drafts::Loaded<ReservationDraft>,
    application_id: i32,
    now: DateTime<Utc>,
) -> Result<Option<Completed>, AppError> {
    use crate::db::lottery_applications as applications;
    let Some(application) = applications::Entity::find_by_id(application_id).one(db).await? else {
        return Ok(None);
    };
    let Some((page, service)) = instead_of_reservation(db, draft, application.resident_id, now).await? else { return Ok(None) };
    let applying = Applying { service_id: service.id, choices: application.preferred_slots().into_iter().map(Some).collect(), errors: Vec::new() };
    let view = applying_view(db, &service, &applying, now).await?;
    Ok(Some(Completed { applied: Some((application.application_number, view)), ..page }))
}

/// The completion page of what 送信 made instead of a reservation (a place
/// in line, an application) for `resident_id`: no number nor 予約票, the
/// key and address shown as for a reservation, to a guest only. `None`
/// when the records are gone.
async fn instead_of_reservation(
    db: &DatabaseConnection,
    draft: &drafts::Loaded<ReservationDraft>,
    resident_id: i32,
    now: DateTime<Utc>,
) -> Result<Option<(Completed, services::Model)>, AppError> {
    let Some(resident) = residents::Entity::find_by_id(resident_id).one(db).await? else {
        return Ok(None);
    };
    let Some((slot, service)) = slot_with_service(db, draft.payload.slot_id).await? else {
        return Ok(None);
    };
    let user_key = UserKey::parse(&resident.user_key).map_err(AppError::internal)?;
    let shown = draft.row.submitted_at.is_some_and(|at| now < at + drafts::KEY_SHOWN_FOR) && draft.payload.resident_id.is_none();
    let page = Completed {
        ticket_path: String::new(),
        reservation_number: String::new(),
        user_key: shown.then(|| user_key.to_string()),
        email: shown.then_some(resident.email),
        slot: slot_summary_of(&service, &slot, crate::time::to_jst(now)),
        waiting: None,
        applied: None,
    };
    Ok(Some((page, service)))
}

/// An application's service and choices in the page's language.
async fn applying_view(db: &DatabaseConnection, service: &services::Model, applying: &Applying, now: DateTime<Utc>) -> Result<ApplyingView, DbErr> {
    let language = crate::language::current();
    let choices = crate::lottery::choice_lines(&crate::lottery::chosen_slots(db, &applying.slots()).await?, language);
    let info = crate::lottery::LotteryInfo::of(service, now);
    Ok(ApplyingView {
        draft_id: String::new(),
        service_id: service.id,
        service_name: service.name.clone(),
        venue: service.venue.clone(),
        choices,
        draw_at: info.map(|i| i.draw_at).unwrap_or_default(),
    })
}

/// The choices page of a 抽選 service (`None`: no such published 抽選):
/// the slots one may name, and what was chosen when a draft was begun.
pub async fn choices_view(
    db: &DatabaseConnection,
    service_id: i32,
    draft_id: &str,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<Option<ChoicesView>, AppError> {
    let Some(service) = services::Entity::find_by_id(service_id).one(db).await? else { return Ok(None) };
    let Some(info) = crate::lottery::LotteryInfo::of(&service, now).filter(|_| service.published) else { return Ok(None) };
    let language = crate::language::current();
    let options = choosable(db, &service, now)
        .await?
        .into_iter()
        .map(|slot| ChoiceOption { id: slot.id, label: crate::time::slot_when_in(slot.date, slot.start_time, slot.end_time, language) })
        .collect();
    let earlier = match Some(draft_id).filter(|id| !id.is_empty()) {
        Some(id) => drafts::load::<ReservationDraft>(db, id, KIND_RESERVATION, owner, now)
            .await?
            .filter(|d| d.row.reservation_id.is_none())
            .and_then(|d| d.payload.applying.filter(|a| a.service_id == service.id).map(|a| (d.row.id, a))),
        None => None,
    };
    let (draft_id, applying) = earlier.unwrap_or_default();
    Ok(Some(ChoicesView {
        service_id: service.id,
        service_name: service.name.clone(),
        info,
        options,
        draft_id,
        chosen: applying.choices,
        errors: applying.errors,
    }))
}

/// The slots an application may name now (`booking::lottery::choosable`),
/// in date order.
async fn choosable(db: &DatabaseConnection, service: &services::Model, now: DateTime<Utc>) -> Result<Vec<slots::Model>, DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    let now_jst = crate::time::to_jst(now);
    Ok(slots::Entity::find()
        .filter(slots::Column::ServiceId.eq(service.id))
        .filter(slots::Column::Date.gte(now_jst.date()))
        .order_by_asc(slots::Column::Date)
        .order_by_asc(slots::Column::StartTime)
        .all(db)
        .await?
        .into_iter()
        .filter(|slot| booking::lottery::choosable(service, slot, now))
        .collect())
}

/// 次へ on the choices page: checks them (a first choice, none twice,
/// each one the application may name) and keeps them in the application's
/// draft — made now, or the one begun — with whatever was typed later.
/// Returns the draft and whether the choices are ready.
pub async fn save_choices(
    db: &DatabaseConnection,
    draft_id: Option<&str>,
    service_id: i32,
    typed: Vec<Option<String>>,
    logged_in: Option<&residents::Model>,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<(String, bool), AppError> {
    use crate::texts::Text;
    let Some(service) = services::Entity::find_by_id(service_id).one(db).await? else {
        return Err(crate::error::fail(AppError::NotFound));
    };
    if !service.published || !service.is_lottery() {
        return Err(crate::error::fail(AppError::NotFound));
    }
    if crate::lottery::Phase::of(&service, now) != crate::lottery::Phase::Applying {
        return Err(crate::error::fail(booking::BookingError::NotApplying));
    }
    let open: Vec<i32> = choosable(db, &service, now).await?.iter().map(|s| s.id).collect();
    let most = usize::try_from(service.lottery_preferences).unwrap_or(1).clamp(1, super::lottery::MAX_CHOICES);
    let choices: Vec<Option<i32>> =
        typed.into_iter().take(most).map(|c| c.and_then(|c| c.trim().parse::<i32>().ok())).collect();
    let mut errors = Vec::new();
    if choices.first().copied().flatten().is_none() {
        errors.push(FieldError::new(&super::lottery::choice_field(0), Text::LotteryErrorFirst.said()));
    }
    for (n, choice) in choices.iter().enumerate() {
        let Some(id) = choice else { continue };
        if !open.contains(id) {
            errors.push(FieldError::new(&super::lottery::choice_field(n), Text::LotteryErrorGone.said()));
        } else if choices[..n].contains(choice) {
            errors.push(FieldError::new(&super::lottery::choice_field(n), Text::LotteryErrorTwice.said()));
        }
    }
    // The application begun, not yet sent (a sent one starts afresh).
    let existing = match draft_id.filter(|id| !id.is_empty()) {
        Some(id) => drafts::load::<ReservationDraft>(db, id, KIND_RESERVATION, owner, now)
            .await?
            .filter(|d| d.row.reservation_id.is_none())
            .map(|d| d.payload)
            .filter(|d| d.applying.as_ref().is_some_and(|a| a.service_id == service.id)),
        None => None,
    };
    let draft_id = if existing.is_some() { draft_id } else { None };
    // The slot 対象者の確認 and the details form speak of: the first
    // choice (or, until one is made, the first the application may name).
    let Some(slot_id) = choices.iter().flatten().find(|id| open.contains(id)).or(open.first()).copied() else {
        return Err(crate::error::fail(booking::BookingError::SlotClosed));
    };
    let valid = errors.is_empty();
    let applying = Applying { service_id: service.id, choices, errors };
    // Logged in: the member of the household chosen before (or the one
    // logged in).
    let whom = whom_of(db, logged_in, existing.as_ref()).await?;
    let draft = match existing {
        // What was typed stays; 対象者の確認 is asked again unless it was
        // passed.
        Some(earlier) => {
            let (input, resident_id, adding_member) = kept_for(whom.as_ref(), earlier.input);
            ReservationDraft {
                slot_id,
                input,
                resident_id,
                adding_member,
                said: earlier.said.filter(|_| earlier.conditions_met),
                conditions_met: earlier.conditions_met,
                untouched: earlier.untouched,
                wait: None,
                joined: None,
                applying: Some(applying),
                applied: None,
            }
        }
        None => ReservationDraft {
            slot_id,
            input: logged_in.map(residents::Model::details).unwrap_or_default(),
            resident_id: logged_in.map(|r| r.id),
            adding_member: false,
            said: None,
            conditions_met: false,
            untouched: true,
            wait: None,
            joined: None,
            applying: Some(applying),
            applied: None,
        },
    };
    let id = drafts::save(db, draft_id.filter(|id| !id.is_empty()), KIND_RESERVATION, &draft, owner, now).await?;
    Ok((id, valid))
}

/// Keeps `member` as whom the draft is for — the draft begun for this
/// slot, or a new one — and starts its steps again for them (the
/// conditions are asked again: another person, another date of birth).
#[allow(clippy::too_many_arguments)]
pub async fn choose(
    db: &DatabaseConnection,
    draft_id: Option<&str>,
    slot_id: i32,
    wait: Option<WaitFor>,
    me: &residents::Model,
    member: &str,
    owner: &Browser,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    use crate::error::fail;
    let Some(whom) = super::household::ssr::named(db, me, member).await? else {
        return Err(fail(AppError::NotFound));
    };
    let Some((slot, service)) = crate::booking::find::slot_with_service(db, slot_id).await? else {
        return Err(fail(AppError::NotFound));
    };
    if !service.published {
        return Err(fail(AppError::NotFound));
    }
    let earlier = match draft_id.filter(|id| !id.is_empty()) {
        Some(id) => drafts::load::<ReservationDraft>(db, id, KIND_RESERVATION, owner, now)
            .await?
            .filter(|d| d.row.reservation_id.is_none() && d.payload.slot_id == slot.id)
            .map(|d| d.payload),
        None => None,
    };
    let draft_id = if earlier.is_some() { draft_id } else { None };
    let (input, resident_id, adding_member) = whom.apply(whom.start());
    let draft = ReservationDraft {
        slot_id: slot.id,
        input,
        resident_id,
        adding_member,
        said: None,
        conditions_met: false,
        untouched: true,
        wait: earlier.as_ref().map_or(wait, |d| d.wait),
        joined: None,
        applying: earlier.and_then(|d| d.applying),
        applied: None,
    };
    Ok(drafts::save(db, draft_id, KIND_RESERVATION, &draft, owner, now).await?)
}

/// Whom a draft (or a step without one yet) is for, as the one logged in
/// may act now (`household::ssr::of_draft`); nobody's for a guest.
async fn whom_of(
    db: &impl sea_orm::ConnectionTrait,
    logged_in: Option<&residents::Model>,
    draft: Option<&ReservationDraft>,
) -> Result<Option<super::household::ssr::Whom>, DbErr> {
    match logged_in {
        Some(me) => Ok(Some(super::household::ssr::of_draft(db, me, draft.and_then(|d| d.resident_id), draft.is_some_and(|d| d.adding_member)).await?)),
        None => Ok(None),
    }
}

/// What a draft keeps of what was typed, and for whom (`Whom::apply`); a
/// guest's as typed, for someone new.
fn kept_for(whom: Option<&super::household::ssr::Whom>, typed: DetailsInput) -> (DetailsInput, Option<i32>, bool) {
    match whom {
        Some(whom) => whom.apply(typed),
        None => (typed, None, false),
    }
}
