//! What the city configures about itself (the README's table): its
//! address, the sender of its emails, whom residents call.

/// What the city configures about itself (see the README's table).
#[derive(Clone, Debug)]
pub struct SiteSettings {
    /// `https://yoyaku.city.example.lg.jp`, no trailing slash: for links in emails.
    pub base_url: String,
    /// The From header, e.g. `いみずe-予約システム <noreply@yoyaku.city.imizu.lg.jp>`.
    pub mail_from: String,
    /// The bare sending address, shown on the 「メールが届かない場合」 page.
    pub mail_from_address: String,
    pub contact_name: String,
    pub contact_phone: String,
    pub contact_hours: String,
    /// 公平な利用: per-client and per-address limits.
    pub fair_use: crate::fair_use::FairUseRules,
}

impl SiteSettings {
    pub fn mail_from_domain(&self) -> &str {
        self.mail_from_address.rsplit_once('@').map(|(_, d)| d).unwrap_or("")
    }

    pub fn is_https(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// Settings for tests and examples.
    pub fn example() -> Self {
        Self {
            base_url: "https://yoyaku.example.lg.jp".into(),
            mail_from: "いみずe-予約システム <noreply@yoyaku.example.lg.jp>".into(),
            mail_from_address: "noreply@yoyaku.example.lg.jp".into(),
            contact_name: "射水市 保健センター".into(),
            contact_phone: "0766-52-7070".into(),
            contact_hours: "平日 8:30〜17:15".into(),
            fair_use: crate::fair_use::FairUseRules::default(),
        }
    }

    /// The host of `base_url` (`yoyaku.example.lg.jp`): where the site is,
    /// as an identifier (a calendar event's UID).
    pub fn host(&self) -> &str {
        let after_scheme = self.base_url.split_once("://").map_or(self.base_url.as_str(), |(_, rest)| rest);
        after_scheme.split(['/', ':', '?', '#']).next().filter(|h| !h.is_empty()).unwrap_or("localhost")
    }

    /// 「射水市 保健センター　電話 0766-52-7070（平日 8:30〜17:15）」 in
    /// `language`, readings as `《》`.
    pub fn contact_line_in(&self, language: crate::language::Language) -> String {
        crate::texts::Text::SiteContactLine.in_language(
            language,
            &[("name", &self.contact_name), ("phone", &self.contact_phone), ("hours", &self.contact_hours)],
        )
    }

    /// In the language of the request being served.
    pub fn contact_line(&self) -> String {
        self.contact_line_in(crate::language::current())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_is_read_off_the_address() {
        let mut site = SiteSettings::example();
        for (base, host) in [
            ("https://yoyaku.example.lg.jp", "yoyaku.example.lg.jp"),
            ("http://127.0.0.1:3000", "127.0.0.1"),
            ("https://city.example.jp/yoyaku/", "city.example.jp"),
            ("", "localhost"),
        ] {
            site.base_url = base.into();
            assert_eq!(site.host(), host, "{base}");
        }
    }
}
