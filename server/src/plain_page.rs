//! Pages the server writes itself, outside the app: the waiting page and
//! the 429 page of 公平な利用. Plain HTML with the app's stylesheet, so they
//! cost next to nothing to make when thousands are asking at once.
use app::site::SiteSettings;

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

/// A whole page: `title` (plain text), extra `<head>` markup, and the
/// `<main>` markup, closed by the city's phone line.
pub fn render(title: &str, head: &str, main: &str, site: &SiteSettings) -> String {
    let name = escape(app::texts::SYSTEM_NAME);
    format!(
        "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{head}\
         <title>{title} | {name}</title>\
         <link rel=\"stylesheet\" href=\"/pkg/e-yoyaku.css\"></head>\
         <body><header class=\"site-header\"><div class=\"container site-header__inner\"><span class=\"site-name\">{name}</span></div></header>\
         <main class=\"container\" id=\"main\">{main}\
         <p>お電話でのお問い合わせ: {contact} <a href=\"tel:{tel}\">{phone}</a>（{hours}）</p>\
         </main></body></html>",
        title = escape(title),
        contact = escape(&site.contact_name),
        tel = escape(&site.contact_phone.replace('-', "")),
        phone = escape(&site.contact_phone),
        hours = escape(&site.contact_hours),
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
        let page = render("テスト<b>", "", "<h1>本文</h1>", &SiteSettings::example());
        assert!(page.contains("<title>テスト&lt;b&gt; | "));
        assert!(page.contains("<h1>本文</h1>"));
        assert!(page.contains("tel:0766527070"));
    }
}
