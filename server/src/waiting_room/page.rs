//! The waiting page: plain HTML that reloads itself every few seconds
//! (works without JavaScript), written here rather than by the app so that
//! it costs the server next to nothing when thousands are waiting.
use super::REFRESH_SECONDS;
use app::catalogue::ServiceSummary;
use app::site::SiteSettings;
use chrono::{DateTime, Utc};
use crate::plain_page::escape;

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
}

/// 「約3分」, 「1分以内」, or None when nobody has been let in lately.
pub fn expected_wait(ahead: u64, rate_per_s: f64) -> Option<String> {
    if rate_per_s <= 0.0 {
        return None;
    }
    let seconds = (ahead + 1) as f64 / rate_per_s;
    Some(if seconds < 60.0 { "1分以内".to_string() } else { format!("約{}分", (seconds / 60.0).ceil() as u64) })
}

pub fn render(w: &Waiting) -> String {
    let refresh = match w.reload_to {
        Some(to) => format!("{REFRESH_SECONDS}; url={}", escape(to)),
        None => REFRESH_SECONDS.to_string(),
    };
    let opening = w.opens_at.map(|at| {
        let jst = app::time::to_jst(at);
        format!(
            "<p class=\"notice\">受付開始は <strong>{}</strong> です。開始時刻になると、来られた順にご案内します。</p>",
            escape(&app::time::date_time_long(jst))
        )
    });
    let service = w.service.map(|s| {
        if s.has_room {
            format!("<p>ご希望の予約メニュー: {}</p>", escape(&s.name))
        } else {
            format!(
                "<div class=\"notice notice--error\" role=\"alert\"><p>ご希望の「{}」は、現在すべての予約枠が満員です。\
                 お待ちいただいても、空きが出ない限り予約できません。</p></div>",
                escape(&s.name)
            )
        }
    });
    let wait = match (w.opens_at, expected_wait(w.ahead, w.rate_per_s)) {
        (Some(_), _) => "受付開始後、順番にご案内します".to_string(),
        (None, _) if w.paused => "ただいまご案内を一時停止しています。再開しだい、順番にご案内します".to_string(),
        (None, Some(wait)) => wait,
        (None, None) => "まもなくご案内します".to_string(),
    };
    let head = format!("<meta http-equiv=\"refresh\" content=\"{refresh}\">");
    let main = format!(
        "<h1>順番にご案内しています</h1>\
         <p>ただいま大変混み合っています。順番が来ると、この画面から自動的に進みます。</p>\
         {opening}\
         <dl class=\"facts\" data-testid=\"waiting\">\
         <dt>あなたより前にお待ちの方</dt><dd data-testid=\"waiting-ahead\">{ahead}人</dd>\
         <dt>お待ちいただく時間の目安</dt><dd>{wait}</dd></dl>\
         {service}\
         <p class=\"notice\">このページを再読み込みしても、順番は変わりません。ページを閉じずにお待ちください（{REFRESH_SECONDS}秒ごとに自動で更新します）。</p>",
        ahead = w.ahead,
        opening = opening.unwrap_or_default(),
        service = service.unwrap_or_default(),
    );
    crate::plain_page::render("順番にご案内しています", &head, &main, w.site)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_expected_wait_is_said_plainly() {
        assert_eq!(expected_wait(10, 0.0), None);
        assert_eq!(expected_wait(10, 1.0).as_deref(), Some("1分以内"));
        assert_eq!(expected_wait(299, 1.0).as_deref(), Some("約5分"));
    }

    #[test]
    fn a_pause_is_not_called_a_short_wait() {
        let site = SiteSettings::example();
        let page = |paused| render(&Waiting { ahead: 3, rate_per_s: 0.0, opens_at: None, paused, service: None, reload_to: None, site: &site });
        assert!(page(true).contains("一時停止"));
        assert!(!page(true).contains("まもなく"));
        assert!(page(false).contains("まもなくご案内します"));
        assert!(page(false).contains("<h1>順番にご案内しています</h1>"));
    }
}
