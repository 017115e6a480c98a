//! How a service's slots look to a resident: a month calendar marking
//! what is left on each day (○ △ × －), the chosen day's slots, and one
//! slot's facts. Days are plain links (`?day=…`), so it works without
//! JavaScript; a phone shows one day's handful of slots, not a month's.
use super::*;
use crate::texts::Text;
use crate::words::view_of;
use chrono::Weekday;

/// A slot's mark and its status in the page's language (readings as `《》`).
fn slot_status(a: &Availability) -> (&'static str, String) {
    let mark = DayMark::of(a).symbol();
    match a {
        Availability::Open { remaining } => (mark, Text::CatalogueSlotRemaining.said_with(&[("remaining", &remaining.to_string())])),
        Availability::Full => (mark, Text::CatalogueMarkFull.said().to_string()),
        Availability::Closed => (mark, Text::CatalogueMarkClosed.said().to_string()),
    }
}

/// The calendar of `months` and the slots of `chosen`. A day links to
/// `{page}?day={date}#slots`; a slot with room to `{link_base}{slot id}`;
/// with `waitlist`, a full slot to its waiting list (`?wait=slot`), and a
/// day with every slot full to the day's (`?wait=day`).
#[component]
pub fn SlotCalendar(
    months: Vec<CalendarMonth>,
    chosen: Option<DaySlots>,
    page: String,
    link_base: String,
    #[prop(default = false)] waitlist: bool,
) -> impl IntoView {
    let Some(chosen) = chosen else {
        return view! { <p>{Text::CatalogueNoSlots.view()}</p> }.into_any();
    };
    let legend = [DayMark::Open, DayMark::Few, DayMark::Full, DayMark::Closed]
        .map(|m| format!("{} {}", m.symbol(), m.words().said()))
        .join("　");
    let language = crate::language::current();
    // Sunday first, as Japanese calendars are printed.
    let weekdays = [Weekday::Sun, Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat]
        .map(|d| crate::time::weekday_in(d, language));
    let chosen_iso = chosen.date_iso.clone();
    let whole_day_full = waitlist
        && chosen.slots.iter().any(|s| s.availability == Availability::Full)
        && chosen.slots.iter().all(|s| matches!(s.availability, Availability::Full | Availability::Closed));
    let day_line = chosen.slots.iter().find(|s| s.availability == Availability::Full).map(|s| format!("{link_base}{}?wait=day", s.id));
    // Read before each slot's time by screen readers only: no readings.
    let date_plain = crate::words::plain(&chosen.date_label);
    view! {
        <p class="legend">{view_of(legend)}</p>
        <div class="calendars">
            {months.into_iter().map(|month| view! {
                <table class="calendar">
                    <caption>{view_of(month.label)}</caption>
                    <thead>
                        <tr>
                            {weekdays.map(|d| view! { <th scope="col">{view_of(d.to_string())}</th> }).into_iter().collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {month.weeks.into_iter().map(|week| view! {
                            <tr>
                                {week.into_iter().map(|cell| match cell {
                                    CalendarCell::Blank => view! { <td></td> }.into_any(),
                                    CalendarCell::Day { day, slots: None } => view! {
                                        <td><span class="calendar__day">{day}</span></td>
                                    }.into_any(),
                                    CalendarCell::Day { day, slots: Some(d) } => {
                                        let current = (d.date_iso == chosen_iso).then_some("date");
                                        let aria = format!("{} {}", crate::words::plain(&d.label), d.mark.words().plain());
                                        let class = format!("calendar__link calendar__link--{}", d.mark.css());
                                        view! {
                                            <td>
                                                <a class=class href=format!("{page}?day={}#slots", d.date_iso) aria-label=aria aria-current=current>
                                                    <span class="calendar__day">{day}</span>
                                                    <span class="calendar__mark" aria-hidden="true">{d.mark.symbol()}</span>
                                                </a>
                                            </td>
                                        }.into_any()
                                    }
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }).collect_view()}
        </div>
        <section class="day" id="slots" aria-labelledby="slots-title">
            <h3 id="slots-title">{Text::CatalogueDaySlots.view_with(&[("date", &chosen.date_label)])}</h3>
            <ul class="slot-list">
                {chosen.slots.into_iter().map(|slot| {
                    let (mark, status) = slot_status(&slot.availability);
                    match slot.availability {
                        Availability::Open { .. } => view! {
                            <li>
                                <a class="slot slot--open" href=format!("{link_base}{}", slot.id)>
                                    <span class="visually-hidden">{date_plain.clone()}" "</span>
                                    <span class="slot__time">{view_of(slot.time_label.clone())}</span>
                                    <span class="slot__status">{mark}" "{view_of(status)}</span>
                                </a>
                            </li>
                        }.into_any(),
                        availability => view! {
                            <li>
                                <span class="slot slot--unavailable">
                                    <span class="visually-hidden">{date_plain.clone()}" "</span>
                                    <span class="slot__time">{view_of(slot.time_label.clone())}</span>
                                    <span class="slot__status">{mark}" "{view_of(status)}</span>
                                </span>
                                {(waitlist && availability == Availability::Full).then(|| view! {
                                    <a class="slot__waitlist" href=format!("{link_base}{}?wait=slot", slot.id)>
                                        <span class="visually-hidden">{date_plain.clone()}" "{crate::words::plain(&slot.time_label)}" "</span>
                                        {Text::CatalogueWaitlistLink.view()}
                                    </a>
                                })}
                            </li>
                        }.into_any(),
                    }
                }).collect_view()}
            </ul>
            {whole_day_full.then(|| day_line.map(|href| view! {
                <p class="day__waitlist"><a href=href>{Text::CatalogueWaitlistDay.view()}</a></p>
            })).flatten()}
        </section>
    }.into_any()
}

#[component]
pub fn SlotFacts(info: SlotSummary) -> impl IntoView {
    view! {
        <dl class="facts">
            <dt>{Text::FormLabelService.view()}</dt><dd>{info.service_name}</dd>
            <dt>{Text::FormLabelWhen.view()}</dt><dd>{view_of(info.when)}</dd>
            <dt>{Text::FormLabelVenue.view()}</dt><dd>{info.venue}</dd>
        </dl>
    }
}
