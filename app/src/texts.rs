//! Words residents read that more than one page uses. Page-specific texts
//! stay with their page; the seed's labels are kept exactly.
//!
//! Moving to `app/texts/<language>.ftl` (issue 13): `Text` is generated
//! from those files by build.rs, one variant per message.
use crate::language::Language;

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// Words a shared component shows: a resident text, or fixed Japanese (the
/// staff console's, which is not translated).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Words {
    Text(Text),
    Fixed(&'static str),
}

impl From<Text> for Words {
    fn from(text: Text) -> Words {
        Words::Text(text)
    }
}

impl From<&'static str> for Words {
    fn from(fixed: &'static str) -> Words {
        Words::Fixed(fixed)
    }
}

impl Words {
    pub fn view(self) -> leptos::prelude::AnyView {
        use leptos::prelude::IntoAny;
        match self {
            Words::Text(text) => text.view(),
            Words::Fixed(fixed) => fixed.into_any(),
        }
    }

    pub fn plain(self) -> String {
        match self {
            Words::Text(text) => text.plain(),
            Words::Fixed(fixed) => fixed.to_string(),
        }
    }
}

impl Text {
    /// In the language of the page or request being served
    /// (`language::current()`: Japanese for the staff console, a job or a
    /// test), readings kept as `《》` for `words::view_of` to show.
    pub fn said(self) -> &'static str {
        self.pattern(crate::language::current())
    }

    pub fn said_with(self, values: &[(&str, &str)]) -> String {
        crate::words::fill(self.said(), values)
    }

    /// In `language`, values filled, readings kept as `《》`.
    pub fn in_language(self, language: Language, values: &[(&str, &str)]) -> String {
        crate::words::fill(self.pattern(language), values)
    }

    /// On the page, in its language (readings as `<ruby>`).
    pub fn view(self) -> leptos::prelude::AnyView {
        crate::words::view_of(self.pattern(crate::language::current()).to_string())
    }

    /// On the page, its `{$name}`s filled with `values`.
    pub fn view_with(self, values: &[(&str, &str)]) -> leptos::prelude::AnyView {
        crate::words::view_of(crate::words::fill(self.pattern(crate::language::current()), values))
    }

    /// Where markup cannot go (a title, an attribute): no readings.
    pub fn plain(self) -> String {
        crate::words::plain(self.pattern(crate::language::current()))
    }

    pub fn plain_with(self, values: &[(&str, &str)]) -> String {
        crate::words::plain(&crate::words::fill(self.pattern(crate::language::current()), values))
    }

    /// For an email to a resident who reads `language`: readings in brackets.
    pub fn email(self, language: Language, values: &[(&str, &str)]) -> String {
        crate::words::bracketed(&crate::words::fill(self.pattern(language), values))
    }
}

pub const SYSTEM_NAME: &str = "いみずe-予約システム";
pub const INTERNAL_ERROR: &str =
    "システムエラーが発生しました。お手数ですが、時間をおいてもう一度お試しください。";
/// The seed's words, kept for the tests and the staff console.
pub const EMAIL_MISMATCH: &str =
    "メールアドレスとメールアドレス確認が一致しません。同じメールアドレスを入力してください。";

#[cfg(test)]
mod generated_tests {
    use super::*;

    #[test]
    fn every_language_has_every_text() {
        // build.rs refuses to build otherwise; this shows the tables line up.
        assert_eq!(Text::SiteName.pattern(Language::Ja), SYSTEM_NAME);
        assert_eq!(Text::SiteName.id(), "site-name");
        assert_eq!(Text::SiteSkipLink.pattern(Language::Ja), "本文へ移動");
        assert_eq!(Text::SiteSkipLink.pattern(Language::En), "Skip to main content");
        assert!(Text::SiteSkipLink.pattern(Language::Easy).contains('《'));
    }
}
