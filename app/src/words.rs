//! Reading a text's words: variables filled in, and やさしい日本語's readings
//! written `漢字《かんじ》` (the plain-text ruby of Japanese publishing; a
//! `｜` marks where the base begins when it is not the kanji just before)
//! turned into `<ruby>` on pages, `漢字（かんじ）` in emails, and the kanji
//! alone where markup cannot go (a page's title, an attribute).

/// `text` on a page: readings over their kanji as `<ruby>`.
pub fn view_of(text: String) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    if !text.contains('《') {
        return text.into_any();
    }
    pieces(&text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Plain(words) => words.to_string().into_any(),
            Piece::Ruby { base, reading } => {
                let (base, reading) = (base.to_string(), reading.to_string());
                view! { <ruby>{base}<rt>{reading}</rt></ruby> }.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// `pattern` on a page with some of its values being markup (a link in the
/// middle of a sentence): each `{$name}` of `parts` is put in its place.
pub fn view_with_parts(pattern: &str, mut parts: Vec<(&str, leptos::prelude::AnyView)>) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    let mut out: Vec<AnyView> = Vec::new();
    let mut words = String::new();
    for token in tokens(pattern) {
        match token {
            Token::Words(w) => words.push_str(w),
            Token::Value { name, written } => match parts.iter().position(|(n, _)| *n == name) {
                Some(i) => {
                    out.push(view_of(std::mem::take(&mut words)));
                    out.push(parts.swap_remove(i).1);
                }
                None => words.push_str(written),
            },
        }
    }
    out.push(view_of(words));
    out.into_iter().collect_view().into_any()
}

/// A piece of a pattern: words, or a `{$name}` to fill (`written` as it
/// stands, for when there is no value).
enum Token<'a> {
    Words(&'a str),
    Value { name: &'a str, written: &'a str },
}

/// `pattern` cut at its `{$name}`s: the one reading of the notation, for
/// both `fill` and `view_with_parts`. An unclosed `{$` is words.
fn tokens(pattern: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(at) = rest.find("{$") {
        let Some(end) = rest[at..].find('}').map(|e| at + e) else { break };
        if at > 0 {
            out.push(Token::Words(&rest[..at]));
        }
        out.push(Token::Value { name: &rest[at + 2..end], written: &rest[at..=end] });
        rest = &rest[end + 1..];
    }
    if !rest.is_empty() {
        out.push(Token::Words(rest));
    }
    out
}

/// A piece of a text: plain words, or a base with its reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Plain(&'a str),
    Ruby { base: &'a str, reading: &'a str },
}

fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '々' | '〆' | 'ヶ')
}

/// `pattern` with each `{$name}` replaced by its value, in one pass: a
/// value that itself reads `{$…}` (a name typed by a resident) stays as is.
pub fn fill(pattern: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    for token in tokens(pattern) {
        match token {
            Token::Words(w) => out.push_str(w),
            Token::Value { name, written } => {
                out.push_str(values.iter().find(|(n, _)| *n == name).map_or(written, |(_, v)| *v))
            }
        }
    }
    out
}

/// The pieces of `text`.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('《') {
        let Some(close) = rest[open..].find('》').map(|c| open + c) else { break };
        let before = &rest[..open];
        let reading = &rest[open + '《'.len_utf8()..close];
        // The base: after an explicit `｜`, else the kanji run just before.
        let (plain, base) = match before.rfind('｜') {
            Some(bar) => (&before[..bar], &before[bar + '｜'.len_utf8()..]),
            None => {
                let start = before
                    .char_indices()
                    .rev()
                    .take_while(|(_, c)| is_kanji(*c))
                    .last()
                    .map(|(i, _)| i)
                    .unwrap_or(before.len());
                (&before[..start], &before[start..])
            }
        };
        if !plain.is_empty() {
            out.push(Piece::Plain(plain));
        }
        if base.is_empty() {
            out.push(Piece::Plain(&rest[open..close + '》'.len_utf8()]));
        } else {
            out.push(Piece::Ruby { base, reading });
        }
        rest = &rest[close + '》'.len_utf8()..];
    }
    if !rest.is_empty() {
        out.push(Piece::Plain(rest));
    }
    out
}

/// The words without readings: a title, an attribute, a log line.
pub fn plain(text: &str) -> String {
    pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::Plain(t) => t,
            Piece::Ruby { base, .. } => base,
        })
        .collect()
}

/// The words for a plain-text email: readings in brackets after the kanji.
pub fn bracketed(text: &str) -> String {
    pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::Plain(t) => t.to_string(),
            Piece::Ruby { base, reading } => format!("{base}（{reading}）"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_go_over_the_kanji_before_them() {
        assert_eq!(
            pieces("予約《よやく》を します"),
            vec![Piece::Ruby { base: "予約", reading: "よやく" }, Piece::Plain("を します")]
        );
        assert_eq!(
            pieces("あなたの 名前《なまえ》"),
            vec![Piece::Plain("あなたの "), Piece::Ruby { base: "名前", reading: "なまえ" }]
        );
        assert_eq!(
            pieces("お｜手続き《てつづき》"),
            vec![Piece::Plain("お"), Piece::Ruby { base: "手続き", reading: "てつづき" }]
        );
        assert_eq!(plain("予約《よやく》を します"), "予約を します");
        assert_eq!(bracketed("予約《よやく》を します"), "予約（よやく）を します");
        assert_eq!(pieces("no readings"), vec![Piece::Plain("no readings")]);
        // A reading with no kanji before it is left as written.
        assert_eq!(plain("ひらがな《よみ》"), "ひらがな《よみ》");
    }

    #[test]
    fn values_are_filled_once() {
        assert_eq!(fill("{$name} 様", &[("name", "射水 太郎")]), "射水 太郎 様");
        assert_eq!(fill("{$a}{$b}", &[("a", "{$b}"), ("b", "x")]), "{$b}x");
        assert_eq!(fill("{$missing}!", &[]), "{$missing}!");
        assert_eq!(fill("{$open", &[("open", "x")]), "{$open");
    }
}
