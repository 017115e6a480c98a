//! Pieces of 予約する's pages shared by its steps: the breadcrumbs, and
//! the date of birth's three boxes (the details form and 対象者の確認).
use super::*;
use crate::texts::Text;
use crate::words::view_of;

/// The breadcrumb back to the list of services (予約する).
pub(super) fn reserve_crumb() -> (crate::texts::Words, String) {
    (Text::SiteReserve.into(), "/reserve".to_string())
}

pub(super) fn details_trail(service_id: i32) -> Vec<(crate::texts::Words, String)> {
    vec![reserve_crumb(), (Text::ReserveSlotsTitle.into(), format!("/reserve/services/{service_id}"))]
}

/// The date of birth as three boxes (year, month, day), on the details
/// form and on 対象者の確認.
#[component]
pub(super) fn BirthDateFields(input: DetailsInput, error: Option<String>) -> impl IntoView {
    // 「エラー: 」 before the error, read by screen readers only.
    let error_prefix = Text::FormFieldError.plain_with(&[("message", "")]).trim().to_string();
    let invalid = error.is_some().then_some("true");
    let has_error = error.is_some();
    view! {
        <fieldset class="field" class:field--error=has_error aria-describedby="birth-hint">
            <legend class="field__label">{Text::FormLabelBirthDate.view()}</legend>
            <p class="field__hint" id="birth-hint">{Text::ReserveBirthHint.view()}</p>
            {error.map(|m| view! { <p class="field__error" id="birth-error"><span class="visually-hidden">{error_prefix}" "</span>{view_of(m)}</p> })}
            <div class="date-inputs">
                <span class="date-inputs__item">
                    <input id="birth_year" name="birth_year" class="input input--4" inputmode="numeric" autocomplete="bday-year" value=input.birth_year aria-invalid=invalid/>
                    <label for="birth_year">{Text::ReserveBirthYear.view()}</label>
                </span>
                <span class="date-inputs__item">
                    <input id="birth_month" name="birth_month" class="input input--2" inputmode="numeric" autocomplete="bday-month" value=input.birth_month aria-invalid=invalid/>
                    <label for="birth_month">{Text::ReserveBirthMonth.view()}</label>
                </span>
                <span class="date-inputs__item">
                    <input id="birth_day" name="birth_day" class="input input--2" inputmode="numeric" autocomplete="bday-day" value=input.birth_day aria-invalid=invalid/>
                    <label for="birth_day">{Text::ReserveBirthDay.view()}</label>
                </span>
            </div>
        </fieldset>
    }
}

