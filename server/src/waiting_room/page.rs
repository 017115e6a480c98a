//! The waiting page: plain HTML that reloads itself every few seconds
//! (works without JavaScript), written here rather than by the app so that
//! it costs the server next to nothing when thousands are waiting.
use super::REFRESH_SECONDS;
use app::catalogue::ServiceSummary;
use app::site::SiteSettings;
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
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
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
    let name = escape(app::texts::SYSTEM_NAME);
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
    format!(
        "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"refresh\" content=\"{refresh}\">\
         <title>順番にご案内しています | {name}</title>\
         <link rel=\"stylesheet\" href=\"/pkg/e-yoyaku.css\"></head>\
         <body><header class=\"site-header\"><div class=\"container site-header__inner\"><span class=\"site-name\">{name}</span></div></header>\
         <main class=\"container\" id=\"main\">\
         <h1>順番にご案内しています</h1>\
         <p>ただいま大変混み合っています。順番が来ると、この画面から自動的に進みます。</p>\
         {opening}\
         <dl class=\"facts\" data-testid=\"waiting\">\
         <dt>あなたより前にお待ちの方</dt><dd data-testid=\"waiting-ahead\">{ahead}人</dd>\
         <dt>お待ちいただく時間の目安</dt><dd>{wait}</dd></dl>\
         {service}\
         <p class=\"notice\">このページを再読み込みしても、順番は変わりません。ページを閉じずにお待ちください（{REFRESH_SECONDS}秒ごとに自動で更新します）。</p>\
         <p>お電話でのお問い合わせ: {contact} <a href=\"tel:{tel}\">{phone}</a>（{hours}）</p>\
         </main></body></html>",
        ahead = w.ahead,
        opening = opening.unwrap_or_default(),
        service = service.unwrap_or_default(),
        contact = escape(&w.site.contact_name),
        tel = escape(&w.site.contact_phone.replace('-', "")),
        phone = escape(&w.site.contact_phone),
        hours = escape(&w.site.contact_hours),
    )
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
        let site = SiteSettings {
            base_url: "http://127.0.0.1".into(),
            mail_from: "x <a@b.jp>".into(),
            mail_from_address: "a@b.jp".into(),
            contact_name: "射水市 保健センター".into(),
            contact_phone: "0766-52-7070".into(),
            contact_hours: "平日 8:30〜17:15".into(),
        };
        let page = |paused| render(&Waiting { ahead: 3, rate_per_s: 0.0, opens_at: None, paused, service: None, reload_to: None, site: &site });
        assert!(page(true).contains("一時停止"));
        assert!(!page(true).contains("まもなく"));
        assert!(page(false).contains("まもなくご案内します"));
    }

    #[test]
    fn names_are_escaped() {
        assert_eq!(escape("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    }
}
