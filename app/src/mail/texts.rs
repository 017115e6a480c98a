//! The words of every email, in the language of the resident it goes to
//! (`residents.language`, the one they last used): the `mail-*` messages
//! of `app/texts/<language>.ftl`, easy Japanese's readings in brackets
//! (`Text::email`: 予約（よやく）).
use super::Mail;
use crate::language::Language;
use crate::site::SiteSettings;
use crate::texts::Text;

pub const RESERVATION_CONFIRMATION: &str = "reservation_confirmation";
pub const KEY_NOTICE: &str = "key_notice";
pub const ONE_TIME_PASSWORD: &str = "one_time_password";
pub const LOGIN_LOCKED: &str = "login_locked";
pub const LOGIN_NOTICE: &str = "login_notice";
pub const RESERVATION_CHANGED: &str = "reservation_changed";
pub const RESERVATION_CANCELLED: &str = "reservation_cancelled";
pub const EMAIL_CHANGE_CODE: &str = "email_change_code";
pub const SLOT_CANCELLED: &str = "slot_cancelled";
pub const EMAIL_CHANGED: &str = "email_changed";
pub const IDENTITY_CODE: &str = "identity_code";
pub const EMAIL_CHANGE_UNDONE: &str = "email_change_undone";
pub const WAITLIST_JOINED: &str = "waitlist_joined";
pub const WAITLIST_OFFER: &str = "waitlist_offer";
pub const LOTTERY_APPLIED: &str = "lottery_applied";
pub const LOTTERY_WON: &str = "lottery_won";
pub const LOTTERY_LOST: &str = "lottery_lost";
pub const REMINDER: &str = "reminder";

/// What a secret (a one-time password, a 利用者キー) reads as in the outbox
/// once the mail is sent or given up (`mail::shown`). Staff read it: Japanese.
pub const SECRET_REMOVED: &str = "＊＊＊＊（送信後に消去）";

/// What a reservation email says about the reservation (built by
/// `booking::facts::quote`, once for every email).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReservationFacts {
    /// The resident's: the email and the dates below are in it.
    pub language: Language,
    pub resident_name: String,
    pub reservation_number: String,
    /// Empty unless the email is meant to carry it.
    pub user_key: String,
    pub service_name: String,
    /// `2026年12月1日(火) 9:30〜10:00`, in `language`.
    pub when: String,
    pub venue: String,
    /// The last moment to change or cancel, in `language`.
    pub deadline: String,
    pub notes: String,
    /// `/ticket/…`: the 予約票 (`crate::ticket`), its token a mail secret.
    pub ticket_path: String,
}

/// A 利用者キー quoted in a reservation email, when there is one.
fn secret_key(user_key: &str) -> Vec<String> {
    if user_key.trim().is_empty() { Vec::new() } else { vec![user_key.to_string()] }
}

/// A new 利用者キー's line and a blank line, or nothing when there is no
/// new key to tell.
fn key_block(language: Language, user_key: &str) -> String {
    if user_key.is_empty() {
        String::new()
    } else {
        format!("{}\n\n", Text::MailWaitlistKeyLine.in_language(language, &[("user_key", user_key)]))
    }
}

/// The 予約票 link's token, kept out of the stored body like a key.
fn secret_ticket(r: &ReservationFacts) -> Vec<String> {
    crate::ticket::token_of(&r.ticket_path).map(str::to_string).into_iter().collect()
}


/// Where the 予約票 is, for the reservation emails.
fn ticket_lines(site: &SiteSettings, r: &ReservationFacts) -> String {
    let url = format!("{}{}", site.base_url, r.ticket_path);
    Text::MailTicketLines.in_language(r.language, &[("url", url.as_str())])
}

/// The end of every email. Fluent drops a message's last line break; a
/// plain-text email ends with one, as it always has.
fn footer(site: &SiteSettings, language: Language) -> String {
    let contact = site.contact_line_in(language);
    let footer = Text::MailFooter.in_language(language, &[("contact", contact.as_str()), ("url", site.base_url.as_str())]);
    format!("{footer}\n")
}

pub fn reservation_confirmation(site: &SiteSettings, r: &ReservationFacts) -> Mail {
    reservation_made(site, r, RESERVATION_CONFIRMATION, Text::MailConfirmationSubject, Text::MailConfirmationBody, &[])
}

/// A reservation made (confirmation, 当選) or coming (reminder): its facts, key and 予約票, in
/// the resident's language, with `subject` and `body`.
/// `more`: what else `body` says (the reminder's way to cancel).
fn reservation_made(site: &SiteSettings, r: &ReservationFacts, kind: &'static str, subject: Text, body: Text, more: &[(&str, &str)]) -> Mail {
    let language = r.language;
    let notes = if r.notes.trim().is_empty() {
        String::new()
    } else {
        // Followed by a blank line, as the bodies expect.
        format!("{}\n\n", Text::MailNotesBlock.in_language(language, &[("notes", r.notes.trim())]))
    };
    let ticket = ticket_lines(site, r);
    let footer = footer(site, language);
    let values = [
        ("name", r.resident_name.as_str()),
        ("number", r.reservation_number.as_str()),
        ("user_key", r.user_key.as_str()),
        ("service", r.service_name.as_str()),
        ("when", r.when.as_str()),
        ("venue", r.venue.as_str()),
        ("notes", notes.as_str()),
        ("ticket", ticket.as_str()),
        ("deadline", r.deadline.as_str()),
        ("footer", footer.as_str()),
    ];
    Mail {
        kind,
        secrets: [secret_key(&r.user_key), secret_ticket(r)].concat(),
        subject: subject.email(language, &[("number", r.reservation_number.as_str()), ("service", r.service_name.as_str())]),
        body: body.email(language, &[&values[..], more].concat()),
    }
}

/// 前日のお知らせ: the reservation, its 予約票, how to cancel (`online`:
/// still before the change deadline; else by phone) and how to stop these
/// emails (`crate::reminders`).
pub fn reminder(site: &SiteSettings, r: &ReservationFacts, online: bool) -> Mail {
    let login = format!("{}/login", site.base_url);
    let cancel = if online {
        Text::MailReminderCancelOnline.in_language(r.language, &[("deadline", r.deadline.as_str()), ("login", login.as_str())])
    } else {
        Text::MailReminderCancelByPhone.in_language(r.language, &[("deadline", r.deadline.as_str())])
    };
    reservation_made(site, r, REMINDER, Text::MailReminderSubject, Text::MailReminderBody, &[("cancel", cancel.as_str())])
}

/// 当選: the place the draw gave, an ordinary reservation (the same facts
/// and 予約票 as a confirmation).
pub fn lottery_won(site: &SiteSettings, r: &ReservationFacts) -> Mail {
    reservation_made(site, r, LOTTERY_WON, Text::MailLotteryWonSubject, Text::MailLotteryWonBody, &[])
}

/// What the 抽選 application email says, in the resident's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LotteryFacts {
    pub language: Language,
    pub name: String,
    pub service: String,
    /// 申込番号.
    pub number: String,
    /// One line per slot named, most wanted first.
    pub choices: String,
    /// When the draw is.
    pub draw_at: String,
    /// The new 利用者キー, when applying made a record; else empty.
    pub user_key: String,
}

pub fn lottery_applied(site: &SiteSettings, l: &LotteryFacts) -> Mail {
    let language = l.language;
    let key = key_block(language, &l.user_key);
    let footer = footer(site, language);
    Mail {
        kind: LOTTERY_APPLIED,
        secrets: secret_key(&l.user_key),
        subject: Text::MailLotteryAppliedSubject.email(language, &[("service", l.service.as_str())]),
        body: Text::MailLotteryAppliedBody.email(
            language,
            &[
                ("name", l.name.as_str()),
                ("service", l.service.as_str()),
                ("number", l.number.as_str()),
                ("choices", l.choices.as_str()),
                ("key", key.as_str()),
                ("draw_at", l.draw_at.as_str()),
                ("footer", footer.as_str()),
            ],
        ),
    }
}

/// What the 落選 (or 対象外) email says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LotteryResultFacts {
    pub language: Language,
    pub name: String,
    pub service: String,
    /// The slots with room left, as dates and times in `language`.
    pub open: Vec<String>,
    /// How many more have room than are listed.
    pub more: usize,
    /// The service's page.
    pub url: String,
    /// Not in the draw (対象外) rather than not drawn.
    pub excluded: bool,
}

pub fn lottery_lost(site: &SiteSettings, l: &LotteryResultFacts) -> Mail {
    let language = l.language;
    let lead = if l.excluded { Text::MailLotteryExcludedLead } else { Text::MailLotteryLostLead }.in_language(language, &[]);
    let open = if l.open.is_empty() {
        Text::MailLotteryNoneOpen.in_language(language, &[("url", l.url.as_str())])
    } else {
        let mut lines = vec![Text::MailLotteryOpenLead.in_language(language, &[("url", l.url.as_str())])];
        lines.extend(l.open.iter().map(|when| format!("・{when}")));
        if l.more > 0 {
            lines.push(Text::MailLotteryOpenMore.in_language(language, &[("count", &l.more.to_string())]));
        }
        lines.join("\n")
    };
    let footer = footer(site, language);
    Mail {
        kind: LOTTERY_LOST,
        secrets: Vec::new(),
        subject: Text::MailLotteryLostSubject.email(language, &[("service", l.service.as_str())]),
        body: Text::MailLotteryLostBody.email(
            language,
            &[
                ("name", l.name.as_str()),
                ("service", l.service.as_str()),
                ("lead", lead.as_str()),
                ("open", open.as_str()),
                ("footer", footer.as_str()),
            ],
        ),
    }
}

/// What the キャンセル待ち emails say, in the resident's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaitlistFacts {
    pub language: Language,
    pub name: String,
    pub service: String,
    /// The slot (`2026年12月1日(火) 9:30〜10:00`) or the day waited for.
    pub what: String,
    /// Place in line, from 1.
    pub position: u64,
    /// The new 利用者キー, when joining made a record; else empty.
    pub user_key: String,
}

pub fn waitlist_joined(site: &SiteSettings, w: &WaitlistFacts) -> Mail {
    let language = w.language;
    let key = key_block(language, &w.user_key);
    let footer = footer(site, language);
    let position = w.position.to_string();
    Mail {
        kind: WAITLIST_JOINED,
        secrets: secret_key(&w.user_key),
        subject: Text::MailWaitlistJoinedSubject.email(language, &[("service", w.service.as_str())]),
        body: Text::MailWaitlistJoinedBody.email(
            language,
            &[
                ("name", w.name.as_str()),
                ("service", w.service.as_str()),
                ("what", w.what.as_str()),
                ("position", position.as_str()),
                ("key", key.as_str()),
                ("footer", footer.as_str()),
            ],
        ),
    }
}

/// What the offer of a freed place says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfferFacts {
    pub language: Language,
    pub name: String,
    pub service: String,
    pub when: String,
    pub venue: String,
    /// The last moment to take it, in `language`.
    pub until: String,
    /// The offer's own page (its token a mail secret).
    pub url: String,
}

pub fn waitlist_offer(site: &SiteSettings, o: &OfferFacts) -> Mail {
    let language = o.language;
    let footer = footer(site, language);
    let token = o.url.rsplit('/').next().unwrap_or_default().to_string();
    Mail {
        kind: WAITLIST_OFFER,
        secrets: vec![token],
        subject: Text::MailWaitlistOfferSubject.email(language, &[("service", o.service.as_str())]),
        body: Text::MailWaitlistOfferBody.email(
            language,
            &[
                ("name", o.name.as_str()),
                ("service", o.service.as_str()),
                ("when", o.when.as_str()),
                ("venue", o.venue.as_str()),
                ("until", o.until.as_str()),
                ("url", o.url.as_str()),
                ("footer", footer.as_str()),
            ],
        ),
    }
}

/// One key held at an address, with its holder's name.
pub struct KeyHolder {
    pub name: String,
    pub user_key: String,
}

/// 利用者キー通知: every key held at one address (its holders share it, and
/// the email is in `language`).
pub fn key_notice(site: &SiteSettings, language: Language, holders: &[KeyHolder]) -> Mail {
    let list: Vec<String> = holders
        .iter()
        .map(|h| Text::MailKeyNoticeLine.in_language(language, &[("name", h.name.as_str()), ("user_key", h.user_key.as_str())]))
        .collect();
    let list = list.join("\n");
    let footer = footer(site, language);
    Mail {
        kind: KEY_NOTICE,
        secrets: holders.iter().map(|h| h.user_key.clone()).collect(),
        subject: Text::MailKeyNoticeSubject.email(language, &[]),
        body: Text::MailKeyNoticeBody.email(language, &[("list", list.as_str()), ("footer", footer.as_str())]),
    }
}

/// ワンタイムパスワード. `valid_until` is Japan time in `language`, e.g.
/// `2026年12月1日(火) 14:05` (`time::date_time_long_in`).
pub fn one_time_password(
    site: &SiteSettings,
    language: Language,
    name: &str,
    code: &str,
    valid_minutes: i64,
    valid_until: &str,
) -> Mail {
    let minutes = valid_minutes.to_string();
    let footer = footer(site, language);
    Mail {
        kind: ONE_TIME_PASSWORD,
        secrets: vec![code.to_string()],
        subject: Text::MailOtpSubject.email(language, &[]),
        body: Text::MailOtpBody.email(
            language,
            &[
                ("name", name),
                ("code", code),
                ("valid_until", valid_until),
                ("minutes", minutes.as_str()),
                ("footer", footer.as_str()),
            ],
        ),
    }
}

/// 中止のお知らせ: the city cancelled the slot; `message` is the staff's own words.
pub fn slot_cancelled(site: &SiteSettings, r: &ReservationFacts, message: &str) -> Mail {
    let language = r.language;
    let footer = footer(site, language);
    Mail {
        kind: SLOT_CANCELLED,
        secrets: Vec::new(),
        subject: Text::MailSlotCancelledSubject.email(language, &[("number", r.reservation_number.as_str())]),
        body: Text::MailSlotCancelledBody.email(
            language,
            &[
                ("name", r.resident_name.as_str()),
                ("number", r.reservation_number.as_str()),
                ("service", r.service_name.as_str()),
                ("when", r.when.as_str()),
                ("venue", r.venue.as_str()),
                ("message", message),
                ("url", site.base_url.as_str()),
                ("footer", footer.as_str()),
            ],
        ),
    }
}

/// The code that proves the resident reads the new address.
pub fn email_change_code(
    site: &SiteSettings,
    language: Language,
    name: &str,
    code: &str,
    valid_minutes: i64,
    valid_until: &str,
) -> Mail {
    let minutes = valid_minutes.to_string();
    let footer = footer(site, language);
    Mail {
        kind: EMAIL_CHANGE_CODE,
        secrets: vec![code.to_string()],
        subject: Text::MailEmailChangeCodeSubject.email(language, &[]),
        body: Text::MailEmailChangeCodeBody.email(
            language,
            &[
                ("name", name),
                ("code", code),
                ("valid_until", valid_until),
                ("minutes", minutes.as_str()),
                ("footer", footer.as_str()),
            ],
        ),
    }
}

/// Tells both the old and the new address that the address has changed.
pub fn email_changed(site: &SiteSettings, language: Language, name: &str, at: &str, new_address: &str) -> Mail {
    let footer = footer(site, language);
    Mail {
        kind: EMAIL_CHANGED,
        secrets: Vec::new(),
        subject: Text::MailEmailChangedSubject.email(language, &[]),
        body: Text::MailEmailChangedBody.email(
            language,
            &[("name", name), ("at", at), ("email", new_address), ("footer", footer.as_str())],
        ),
    }
}

/// 本人確認: the code to the current address before an email change.
pub fn identity_code(
    site: &SiteSettings,
    language: Language,
    name: &str,
    code: &str,
    valid_minutes: i64,
    valid_until: &str,
) -> Mail {
    let minutes = valid_minutes.to_string();
    let footer = footer(site, language);
    Mail {
        kind: IDENTITY_CODE,
        secrets: vec![code.to_string()],
        subject: Text::MailIdentityCodeSubject.email(language, &[]),
        body: Text::MailIdentityCodeBody.email(
            language,
            &[
                ("name", name),
                ("code", code),
                ("valid_until", valid_until),
                ("minutes", minutes.as_str()),
                ("footer", footer.as_str()),
            ],
        ),
    }
}

/// To the old address after a change: what happened, and the single-use
/// link (`undo_url`, carrying the secret `undo_token`) that restores it.
#[allow(clippy::too_many_arguments)]
pub fn email_changed_away(
    site: &SiteSettings,
    language: Language,
    name: &str,
    at: &str,
    new_address_masked: &str,
    undo_url: &str,
    undo_token: &str,
    undo_until: &str,
) -> Mail {
    let footer = footer(site, language);
    Mail {
        kind: EMAIL_CHANGED,
        secrets: vec![undo_token.to_string()],
        subject: Text::MailEmailChangedSubject.email(language, &[]),
        body: Text::MailEmailChangedAwayBody.email(
            language,
            &[
                ("name", name),
                ("at", at),
                ("email", new_address_masked),
                ("url", undo_url),
                ("until", undo_until),
                ("footer", footer.as_str()),
            ],
        ),
    }
}

/// To both addresses when a change is undone from the old address.
pub fn email_change_undone(site: &SiteSettings, language: Language, name: &str, at: &str, restored_address: &str) -> Mail {
    let footer = footer(site, language);
    Mail {
        kind: EMAIL_CHANGE_UNDONE,
        secrets: Vec::new(),
        subject: Text::MailEmailUndoneSubject.email(language, &[]),
        body: Text::MailEmailUndoneBody.email(
            language,
            &[("name", name), ("at", at), ("email", restored_address), ("footer", footer.as_str())],
        ),
    }
}

/// Sent instead of a password while the key's logins are locked.
pub fn login_locked(site: &SiteSettings, language: Language, name: &str, until: &str) -> Mail {
    let footer = footer(site, language);
    Mail {
        kind: LOGIN_LOCKED,
        secrets: Vec::new(),
        subject: Text::MailLoginLockedSubject.email(language, &[]),
        body: Text::MailLoginLockedBody.email(language, &[("name", name), ("until", until), ("footer", footer.as_str())]),
    }
}

/// Tells the address of every login, so a login nobody asked for is noticed.
pub fn login_notice(site: &SiteSettings, language: Language, name: &str, at: &str) -> Mail {
    let footer = footer(site, language);
    Mail {
        kind: LOGIN_NOTICE,
        secrets: Vec::new(),
        subject: Text::MailLoginNoticeSubject.email(language, &[]),
        body: Text::MailLoginNoticeBody.email(language, &[("name", name), ("at", at), ("footer", footer.as_str())]),
    }
}

/// 予約変更: the new date and time, with the old one (`before`, in the
/// facts' language) for reference.
pub fn reservation_changed(site: &SiteSettings, r: &ReservationFacts, before: &str) -> Mail {
    let language = r.language;
    let ticket = ticket_lines(site, r);
    let footer = footer(site, language);
    Mail {
        kind: RESERVATION_CHANGED,
        secrets: secret_ticket(r),
        subject: Text::MailChangedSubject.email(language, &[("number", r.reservation_number.as_str())]),
        body: Text::MailChangedBody.email(
            language,
            &[
                ("name", r.resident_name.as_str()),
                ("number", r.reservation_number.as_str()),
                ("service", r.service_name.as_str()),
                ("when", r.when.as_str()),
                ("before", before),
                ("venue", r.venue.as_str()),
                ("ticket", ticket.as_str()),
                ("deadline", r.deadline.as_str()),
                ("footer", footer.as_str()),
            ],
        ),
    }
}

pub fn reservation_cancelled(site: &SiteSettings, r: &ReservationFacts) -> Mail {
    let language = r.language;
    let footer = footer(site, language);
    Mail {
        kind: RESERVATION_CANCELLED,
        secrets: Vec::new(),
        subject: Text::MailCancelledSubject.email(language, &[("number", r.reservation_number.as_str())]),
        body: Text::MailCancelledBody.email(
            language,
            &[
                ("name", r.resident_name.as_str()),
                ("number", r.reservation_number.as_str()),
                ("service", r.service_name.as_str()),
                ("when", r.when.as_str()),
                ("venue", r.venue.as_str()),
                ("url", site.base_url.as_str()),
                ("footer", footer.as_str()),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> SiteSettings {
        SiteSettings {
            base_url: "https://yoyaku.example.jp".into(),
            mail_from: "いみずe-予約システム <noreply@yoyaku.example.jp>".into(),
            mail_from_address: "noreply@yoyaku.example.jp".into(),
            contact_name: "射水市 保健センター".into(),
            contact_phone: "0766-52-7070".into(),
            contact_hours: "平日 8:30〜17:15".into(),
            ..SiteSettings::example()
        }
    }

    fn facts(language: Language) -> ReservationFacts {
        ReservationFacts {
            language,
            resident_name: "射水 太郎".into(),
            reservation_number: "R-12345678".into(),
            user_key: "ABCD-EFGH-JKMN".into(),
            service_name: "4か月児健診".into(),
            when: "2026年12月1日(火) 9:30〜10:00".into(),
            venue: "保健センター".into(),
            deadline: "2026年11月30日(月) 17:00".into(),
            notes: "母子手帳をお持ちください。".into(),
            ticket_path: "/ticket/abcdef".into(),
        }
    }

    fn holders() -> Vec<KeyHolder> {
        vec![
            KeyHolder { name: "射水 太郎".into(), user_key: "ABCD-EFGH-JKMN".into() },
            KeyHolder { name: "射水 花子".into(), user_key: "PQRS-TUVW-XYZ2".into() },
        ]
    }

    #[test]
    fn key_notice_lists_every_holder() {
        let mail = key_notice(&site(), Language::Ja, &holders());
        assert!(mail.subject.contains("利用者キー通知"));
        assert!(mail.body.contains("射水 太郎 様　利用者キー：ABCD-EFGH-JKMN"));
        assert!(mail.body.contains("射水 花子 様　利用者キー：PQRS-TUVW-XYZ2"));
        assert!(mail.body.contains("0766-52-7070"));
    }

    #[test]
    fn japanese_reads_as_it_always_has() {
        let mail = reservation_confirmation(&site(), &facts(Language::Ja));
        assert_eq!(mail.subject, "【いみずe-予約システム】予約完了のお知らせ（予約番号 R-12345678）");
        let body = [
            "射水 太郎 様",
            "",
            "いみずe-予約システムをご利用いただき、ありがとうございます。",
            "以下の内容で予約を受け付けました。",
            "",
            "予約番号　　：R-12345678",
            "利用者キー　：ABCD-EFGH-JKMN",
            "予約メニュー：4か月児健診",
            "日時　　　　：2026年12月1日(火) 9:30〜10:00",
            "会場　　　　：保健センター",
            "",
            "【ご注意】",
            "母子手帳をお持ちください。",
            "",
            "予約票（印刷用・QRコード・カレンダーへの登録）：",
            "https://yoyaku.example.jp/ticket/abcdef",
            "",
            "利用者キーは、予約の確認・変更・キャンセルのときに必要です。",
            "このメールを保存するなどして、大切に保管してください。",
            "変更・キャンセルの締切：2026年11月30日(月) 17:00",
            "",
            "──────────────────────",
            "このメールはいみずe-予約システムから自動で送信しています。",
            "返信されてもお答えできませんので、お問い合わせは下記へお願いします。",
            "射水市 保健センター　電話 0766-52-7070（平日 8:30〜17:15）",
            "https://yoyaku.example.jp/",
            "",
        ]
        .join("\n");
        assert_eq!(mail.body, body);
        let without_notes = reservation_confirmation(&site(), &ReservationFacts { notes: " ".into(), ..facts(Language::Ja) });
        assert!(without_notes.body.contains("会場　　　　：保健センター\n\n予約票（印刷用"), "{}", without_notes.body);
    }

    #[test]
    fn every_email_is_whole_in_every_language() {
        let site = site();
        for language in Language::ALL {
            let r = facts(language);
            let mails = [
                reservation_confirmation(&site, &r),
                key_notice(&site, language, &holders()),
                one_time_password(&site, language, "射水 太郎", "1234 5678", 10, "2026年12月1日(火) 14:05"),
                slot_cancelled(&site, &r, "大雪のため中止します。"),
                email_change_code(&site, language, "射水 太郎", "1234 5678", 10, "2026年12月1日(火) 14:05"),
                email_changed(&site, language, "射水 太郎", "2026年12月1日(火) 14:05", "new@example.jp"),
                identity_code(&site, language, "射水 太郎", "1234 5678", 10, "2026年12月1日(火) 14:05"),
                email_changed_away(
                    &site,
                    language,
                    "射水 太郎",
                    "2026年12月1日(火) 14:05",
                    "ne****@example.jp",
                    "https://yoyaku.example.jp/email/undo?token=TOKEN",
                    "TOKEN",
                    "2026年12月8日(火) 14:05",
                ),
                email_change_undone(&site, language, "射水 太郎", "2026年12月1日(火) 14:05", "old@example.jp"),
                login_locked(&site, language, "射水 太郎", "2026年12月1日(火) 15:00"),
                login_notice(&site, language, "射水 太郎", "2026年12月1日(火) 14:05"),
                reservation_changed(&site, &r, "2026年11月28日(土) 9:00〜9:30"),
                reservation_cancelled(&site, &r),
            ];
            for mail in mails {
                let whole = format!("{}\n{}", mail.subject, mail.body);
                assert!(!whole.contains("{$"), "{language:?} {}: a value is missing\n{whole}", mail.kind);
                assert!(!whole.contains('《') && !whole.contains('》'), "{language:?} {}: readings not bracketed\n{whole}", mail.kind);
                assert!(mail.body.ends_with("https://yoyaku.example.jp/\n"), "{language:?} {}: no footer\n{whole}", mail.kind);
                assert!(mail.body.contains("0766-52-7070"), "{language:?} {}", mail.kind);
                for secret in &mail.secrets {
                    assert!(mail.body.contains(secret.as_str()), "{language:?} {}: {secret} not in the body", mail.kind);
                }
            }
        }
        let easy = one_time_password(&site, Language::Easy, "射水 太郎", "1234 5678", 10, "2026年12月1日(火) 14:05");
        assert!(easy.body.contains('（'), "{}", easy.body);
    }
}
