//! Pages the server writes itself, outside the app: the waiting page and
//! the 429 page of 公平な利用. Plain HTML with the app's stylesheet, so they
//! cost next to nothing to make when thousands are asking at once.
use app::language::Language;
use app::site::SiteSettings;
use app::texts::Text;
use app::words::{Piece, pieces};

pub fn escape(text: &str) -> String {
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

/// `text` as HTML: escaped, and easy Japanese's readings over their kanji
/// as `<ruby>`, as the app's pages show them.
pub fn words(text: &str) -> String {
    pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Plain(t) => escape(t),
            Piece::Ruby { base, reading } => format!("<ruby>{}<rt>{}</rt></ruby>", escape(base), escape(reading)),
        })
        .collect()
}

/// `text` in `language`, its values filled (each escaped), as HTML.
pub fn say(text: Text, language: Language, values: &[(&str, &str)]) -> String {
    words(&text.in_language(language, values))
}

/// A whole page in `language`: `title` (plain text, readings dropped),
/// extra `<head>` markup, and the `<main>` markup, closed by the city's
/// phone line.
pub fn render(language: Language, title: &str, head: &str, main: &str, site: &SiteSettings) -> String {
    let name = words(Text::SiteName.pattern(language));
    let contact = app::contact::Contact::of(site);
    let tel = format!("<a href=\"{}\">{}</a>", escape(&contact.tel_href()), escape(&contact.phone));
    let phone_line = app::words::fill(
        &say(Text::PagePhoneLine, language, &[("name", &site.contact_name), ("hours", &site.contact_hours)]),
        &[("phone_link", &tel)],
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{head}\
         <title>{title} | {plain_name}</title>\
         <link rel=\"stylesheet\" href=\"/pkg/e-yoyaku.css\"></head>\
         <body><header class=\"site-header\"><div class=\"container site-header__inner\"><span class=\"site-name\">{name}</span></div></header>\
         <main class=\"container\" id=\"main\">{main}<p>{phone_line}</p></main></body></html>",
        lang = language.html_lang(),
        title = escape(&app::words::plain(title)),
        plain_name = escape(&app::words::plain(Text::SiteName.pattern(language))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_escaped() {
        assert_eq!(escape("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    }

    #[test]
    fn the_page_carries_the_title_and_the_phone_line() {
        let page = render(Language::Ja, "テスト<b>", "", "<h1>本文</h1>", &SiteSettings::example());
        assert!(page.contains("<html lang=\"ja\">"));
        assert!(page.contains("<title>テスト&lt;b&gt; | "));
        assert!(page.contains("<h1>本文</h1>"));
        assert!(page.contains("お電話でのお問い合わせ:"));
        assert!(page.contains("tel:0766527070"));
    }

    #[test]
    fn pages_are_in_the_residents_language() {
        let english = render(Language::En, "Wait", "", "", &SiteSettings::example());
        assert!(english.contains("<html lang=\"en\">") && english.contains("To ask by phone"), "{english}");
        let easy = render(Language::Easy, "待《ま》つ", "", "", &SiteSettings::example());
        assert!(easy.contains("<title>待つ | "), "{easy}");
        assert!(easy.contains("<ruby>電話<rt>でんわ</rt></ruby>"), "{easy}");
        // A value is text, never markup.
        assert_eq!(say(Text::WaitingService, Language::Ja, &[("service", "<b>健診</b>")]), "ご希望の予約メニュー: &lt;b&gt;健診&lt;/b&gt;");
    }
}
