//! How a service's slots look to a resident: the day-by-day list with
//! what is left (○ △ × －), and one slot's facts.
use super::*;

fn slot_status_mark(a: &Availability) -> (&'static str, String) {
    match a {
        Availability::Open { remaining } if *remaining <= 3 => ("△", format!("残り{remaining}人")),
        Availability::Open { remaining } => ("○", format!("残り{remaining}人")),
        Availability::Full => ("×", "満員".to_string()),
        Availability::Closed => ("－", "受付終了".to_string()),
    }
}

/// The date index and the day-by-day list of slots; a slot with room links
/// to `{link_base}{slot id}`.
#[component]
pub fn SlotDays(days: Vec<DaySlots>, link_base: String) -> impl IntoView {
    view! {
        {if days.is_empty() {
            view! { <p>"現在、予約できる日時はありません。"</p> }.into_any()
        } else {
            view! {
                <p class="legend">"○ 空きあり　△ 残りわずか　× 満員　－ 受付終了"</p>
                <nav aria-label="日付から選ぶ" class="date-index">
                    <ul>
                        {days.iter().map(|day| {
                            let best = day.slots.iter().map(|s| slot_status_mark(&s.availability).0)
                                .min_by_key(|m| match *m { "○" => 0, "△" => 1, "×" => 2, _ => 3 })
                                .unwrap_or("－");
                            view! { <li><a href=format!("#d-{}", day.date_iso)>{day.date_label.clone()}" "{best}</a></li> }
                        }).collect_view()}
                    </ul>
                </nav>
                <div class="day-list">
                    {days.into_iter().map(|day| { let link_base = link_base.clone(); view! {
                        <section class="day" id=format!("d-{}", day.date_iso)>
                            <h3>{day.date_label.clone()}</h3>
                            <ul class="slot-list">
                                {day.slots.into_iter().map(|slot| {
                                    let (mark, status) = slot_status_mark(&slot.availability);
                                    let aria = format!("{} {} {}", day.date_label, slot.time_label, status);
                                    match slot.availability {
                                        Availability::Open { .. } => view! {
                                            <li>
                                                <a class="slot slot--open" href=format!("{link_base}{}", slot.id)>
                                                    <span class="visually-hidden">{day.date_label.clone()}" "</span>
                                                    <span class="slot__time">{slot.time_label.clone()}</span>
                                                    <span class="slot__status">{mark}" "{status}</span>
                                                </a>
                                            </li>
                                        }.into_any(),
                                        _ => view! {
                                            <li>
                                                <span class="slot slot--unavailable" aria-label=aria>
                                                    <span class="slot__time">{slot.time_label.clone()}</span>
                                                    <span class="slot__status">{mark}" "{status}</span>
                                                </span>
                                            </li>
                                        }.into_any(),
                                    }
                                }).collect_view()}
                            </ul>
                        </section>
                    }}).collect_view()}
                </div>
            }.into_any()
        }}
    }
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
