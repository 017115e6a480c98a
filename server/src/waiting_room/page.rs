//! The waiting page: plain HTML that reloads itself every few seconds
//! (works without JavaScript), written here rather than by the app so that
//! it costs the server next to nothing when thousands are waiting.
use super::REFRESH_SECONDS;
use crate::plain_page::{escape, say};
use app::catalogue::ServiceSummary;
use app::language::Language;
use app::site::SiteSettings;
use app::texts::Text;
use chrono::{DateTime, Utc};

pub struct Waiting<'a> {
    /// How many are ahead in the line.
    pub ahead: u64,
    /// Tickets let in per second lately (0: none yet).
    pub rate_per_s: f64,
    /// 受付開始, when it is still to come.
    pub opens_at: Option<DateTime<Utc>>,
    /// The city set the capacity to 0: nobody new is let in for now.
    pub paused: bool,
    /// The service the visitor came for, when known.
    pub service: Option<&'a ServiceSummary>,
    /// Where the reload goes, when not to the same address.
    pub reload_to: Option<&'a str>,
    pub site: &'a SiteSettings,
    /// The visitor's (their cookie's).
    pub language: Language,
}

/// 「約3分」, 「1分以内」, or None when nobody has been let in lately
/// (as HTML, in `language`).
pub fn expected_wait(ahead: u64, rate_per_s: f64, language: Language) -> Option<String> {
    if rate_per_s <= 0.0 {
        return None;
    }
    let seconds = (ahead + 1) as f64 / rate_per_s;
    Some(if seconds < 60.0 {
        say(Text::WaitingUnderAMinute, language, &[])
    } else {
        say(Text::WaitingMinutes, language, &[("minutes", &((seconds / 60.0).ceil() as u64).to_string())])
    })
}

pub fn render(w: &Waiting) -> String {
    let language = w.language;
    let refresh = match w.reload_to {
        Some(to) => format!("{REFRESH_SECONDS}; url={}", escape(to)),
        None => REFRESH_SECONDS.to_string(),
    };
    let opening = w.opens_at.map(|at| {
        let at = app::time::date_time_long_in(app::time::to_jst(at), language);
        let strong = format!("<strong>{}</strong>", crate::plain_page::words(&at));
        let sentence = say(Text::WaitingOpens, language, &[]);
        format!("<p class=\"notice\">{}</p>", app::words::fill(&sentence, &[("opens_at", &strong)]))
    });
    let service = w.service.map(|s| {
        if s.has_room {
            format!("<p>{}</p>", say(Text::WaitingService, language, &[("service", &s.name)]))
        } else {
            format!(
                "<div class=\"notice notice--error\" role=\"alert\"><p>{}</p></div>",
                say(Text::WaitingServiceFull, language, &[("service", &s.name)])
            )
        }
    });
    let wait = match (w.opens_at, expected_wait(w.ahead, w.rate_per_s, language)) {
        (Some(_), _) => say(Text::WaitingAfterOpening, language, &[]),
        (None, _) if w.paused => say(Text::WaitingPaused, language, &[]),
        (None, Some(wait)) => wait,
        (None, None) => say(Text::WaitingSoon, language, &[]),
    };
    let head = format!("<meta http-equiv=\"refresh\" content=\"{refresh}\">");
    let title = Text::WaitingTitle.in_language(language, &[]);
    let main = format!(
        "<h1>{heading}</h1><p>{lead}</p>{opening}\
         <dl class=\"facts\" data-testid=\"waiting\">\
         <dt>{ahead_label}</dt><dd data-testid=\"waiting-ahead\">{ahead}</dd>\
         <dt>{wait_label}</dt><dd>{wait}</dd></dl>\
         {service}<p class=\"notice\">{keep_open}</p>",
        heading = crate::plain_page::words(&title),
        lead = say(Text::WaitingLead, language, &[]),
        ahead_label = say(Text::WaitingAheadLabel, language, &[]),
        ahead = say(Text::WaitingAhead, language, &[("count", &w.ahead.to_string())]),
        wait_label = say(Text::WaitingTimeLabel, language, &[]),
        keep_open = say(Text::WaitingKeepOpen, language, &[("seconds", &REFRESH_SECONDS.to_string())]),
        opening = opening.unwrap_or_default(),
        service = service.unwrap_or_default(),
    );
    crate::plain_page::render(language, &title, &head, &main, w.site)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_expected_wait_is_said_plainly() {
        assert_eq!(expected_wait(10, 0.0, Language::Ja), None);
        assert_eq!(expected_wait(10, 1.0, Language::Ja).as_deref(), Some("1分以内"));
        assert_eq!(expected_wait(299, 1.0, Language::Ja).as_deref(), Some("約5分"));
        assert_eq!(expected_wait(299, 1.0, Language::En).as_deref(), Some("About 5 minute(s)"));
    }

    #[test]
    fn a_pause_is_not_called_a_short_wait() {
        let site = SiteSettings::example();
        let page = |paused| {
            render(&Waiting { ahead: 3, rate_per_s: 0.0, opens_at: None, paused, service: None, reload_to: None, site: &site, language: Language::Ja })
        };
        assert!(page(true).contains("一時停止"));
        assert!(!page(true).contains("まもなく"));
        assert!(page(false).contains("まもなくご案内します"));
        assert!(page(false).contains("<h1>順番にご案内しています</h1>"));
    }

    #[test]
    fn the_line_speaks_the_visitors_language() {
        let site = SiteSettings::example();
        let page = |language| {
            render(&Waiting { ahead: 3, rate_per_s: 0.0, opens_at: None, paused: false, service: None, reload_to: None, site: &site, language })
        };
        assert!(page(Language::En).contains("<h1>Please wait for your turn</h1>"));
        assert!(page(Language::Easy).contains("<ruby>順番<rt>じゅんばん</rt></ruby>"));
        assert!(page(Language::Easy).contains("<html lang=\"ja\">"));
    }
}
