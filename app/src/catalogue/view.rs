//! How a service's slots look to a resident: a month calendar marking
//! what is left on each day (○ △ × －), the chosen day's slots, and one
//! slot's facts. Days are plain links (`?day=…`), so it works without
//! JavaScript; a phone shows one day's handful of slots, not a month's.
use super::*;

fn slot_status(a: &Availability) -> (&'static str, String) {
    let mark = DayMark::of(a).symbol();
    match a {
        Availability::Open { remaining } => (mark, format!("残り{remaining}人")),
        Availability::Full => (mark, "満員".to_string()),
        Availability::Closed => (mark, "受付終了".to_string()),
    }
}

/// The calendar of `months` and the slots of `chosen`. A day links to
/// `{page}?day={date}#slots`; a slot with room to `{link_base}{slot id}`.
#[component]
pub fn SlotCalendar(months: Vec<CalendarMonth>, chosen: Option<DaySlots>, page: String, link_base: String) -> impl IntoView {
    let Some(chosen) = chosen else {
        return view! { <p>"現在、予約できる日時はありません。"</p> }.into_any();
    };
    let legend = [DayMark::Open, DayMark::Few, DayMark::Full, DayMark::Closed]
        .map(|m| format!("{} {}", m.symbol(), m.words()))
        .join("　");
    let chosen_iso = chosen.date_iso.clone();
    view! {
        <p class="legend">{legend}</p>
        <div class="calendars">
            {months.into_iter().map(|month| view! {
                <table class="calendar">
                    <caption>{month.label}</caption>
                    <thead>
                        <tr>
                            {["日", "月", "火", "水", "木", "金", "土"].map(|d| view! { <th scope="col">{d}</th> }).into_iter().collect_view()}
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
                                        let aria = format!("{} {}", d.label, d.mark.words());
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
            <h3 id="slots-title">{chosen.date_label.clone()}"の予約枠"</h3>
            <ul class="slot-list">
                {chosen.slots.into_iter().map(|slot| {
                    let (mark, status) = slot_status(&slot.availability);
                    match slot.availability {
                        Availability::Open { .. } => view! {
                            <li>
                                <a class="slot slot--open" href=format!("{link_base}{}", slot.id)>
                                    <span class="visually-hidden">{chosen.date_label.clone()}" "</span>
                                    <span class="slot__time">{slot.time_label.clone()}</span>
                                    <span class="slot__status">{mark}" "{status}</span>
                                </a>
                            </li>
                        }.into_any(),
                        _ => view! {
                            <li>
                                <span class="slot slot--unavailable">
                                    <span class="visually-hidden">{chosen.date_label.clone()}" "</span>
                                    <span class="slot__time">{slot.time_label.clone()}</span>
                                    <span class="slot__status">{mark}" "{status}</span>
                                </span>
                            </li>
                        }.into_any(),
                    }
                }).collect_view()}
            </ul>
        </section>
    }.into_any()
}

#[component]
pub fn SlotFacts(info: SlotSummary) -> impl IntoView {
    view! {
        <dl class="facts">
            <dt>"予約メニュー"</dt><dd>{info.service_name}</dd>
            <dt>"日時"</dt><dd>{info.when}</dd>
            <dt>"会場"</dt><dd>{info.venue}</dd>
        </dl>
    }
}
