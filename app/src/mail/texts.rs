//! The words of every email, in one place.
use super::Mail;
use crate::site::SiteSettings;
use crate::texts::SYSTEM_NAME;

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

/// What a secret (a one-time password, a 利用者キー) reads as in the outbox
/// once the mail is sent or given up (`mail::shown`).
pub const SECRET_REMOVED: &str = "＊＊＊＊（送信後に消去）";

/// What a reservation email says about the reservation (built by
/// `booking::facts::quote`, once for every email).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReservationFacts {
    pub resident_name: String,
    pub reservation_number: String,
    /// Empty unless the email is meant to carry it.
    pub user_key: String,
    pub service_name: String,
    /// `2026年12月1日(火) 9:30〜10:00`
    pub when: String,
    pub venue: String,
    /// The last moment to change or cancel.
    pub deadline: String,
    pub notes: String,
    /// `/ticket/…`: the 予約票 (`crate::ticket`), its token a mail secret.
    pub ticket_path: String,
}

/// A 利用者キー quoted in a reservation email, when there is one.
fn secret_key(user_key: &str) -> Vec<String> {
    if user_key.trim().is_empty() { Vec::new() } else { vec![user_key.to_string()] }
}

/// The 予約票 link's token, kept out of the stored body like a key.
fn secret_ticket(r: &ReservationFacts) -> Vec<String> {
    crate::ticket::token_of(&r.ticket_path).map(str::to_string).into_iter().collect()
}

/// Where the 予約票 is, for the reservation emails.
fn ticket_lines(site: &SiteSettings, r: &ReservationFacts) -> String {
    format!("予約票（印刷用・QRコード・カレンダーへの登録）：\n{}{}\n", site.base_url, r.ticket_path)
}

fn footer(site: &SiteSettings) -> String {
    format!(
        "\n──────────────────────\n\
         このメールは{SYSTEM_NAME}から自動で送信しています。\n\
         返信されてもお答えできませんので、お問い合わせは下記へお願いします。\n\
         {}\n\
         {}/\n",
        site.contact_line(),
        site.base_url,
    )
}

pub fn reservation_confirmation(site: &SiteSettings, r: &ReservationFacts) -> Mail {
    let notes = if r.notes.trim().is_empty() {
        String::new()
    } else {
        format!("\n【ご注意】\n{}\n", r.notes.trim())
    };
    Mail {
        kind: RESERVATION_CONFIRMATION,
        secrets: [secret_key(&r.user_key), secret_ticket(r)].concat(),
        subject: format!("【{SYSTEM_NAME}】予約完了のお知らせ（予約番号 {}）", r.reservation_number),
        body: format!(
            "{} 様\n\n\
             {SYSTEM_NAME}をご利用いただき、ありがとうございます。\n\
             以下の内容で予約を受け付けました。\n\n\
             予約番号　　：{}\n\
             利用者キー　：{}\n\
             予約メニュー：{}\n\
             日時　　　　：{}\n\
             会場　　　　：{}\n\
             {notes}\n\
             {}\n\
             利用者キーは、予約の確認・変更・キャンセルのときに必要です。\n\
             このメールを保存するなどして、大切に保管してください。\n\
             変更・キャンセルの締切：{}\n\
             {}",
            r.resident_name,
            r.reservation_number,
            r.user_key,
            r.service_name,
            r.when,
            r.venue,
            ticket_lines(site, r),
            r.deadline,
            footer(site),
        ),
    }
}

/// One key held at an address, with its holder's name.
pub struct KeyHolder {
    pub name: String,
    pub user_key: String,
}

pub fn key_notice(site: &SiteSettings, holders: &[KeyHolder]) -> Mail {
    let list: String = holders
        .iter()
        .map(|h| format!("　{} 様　利用者キー：{}\n", h.name, h.user_key))
        .collect();
    Mail {
        kind: KEY_NOTICE,
        secrets: holders.iter().map(|h| h.user_key.clone()).collect(),
        subject: format!("【{SYSTEM_NAME}】利用者キー通知"),
        body: format!(
            "{SYSTEM_NAME}をご利用いただき、ありがとうございます。\n\
             利用者キー再発行のお申し込みを受け付けました。\n\
             このメールアドレスで登録されている利用者キーは次のとおりです。\n\n\
             {list}\n\
             利用者キーは変わっていません。ログインには、利用者キーと\n\
             ワンタイムパスワード（ログインのたびにメールでお送りします）が必要です。\n\n\
             お申し込みに心当たりがない場合は、このメールを破棄してください。\n\
             利用者キーだけでは予約を変更することはできません。\n\
             {}",
            footer(site),
        ),
    }
}

/// ワンタイムパスワード. `valid_until` is Japan time, e.g. `2026年12月1日(火) 14:05`.
pub fn one_time_password(site: &SiteSettings, name: &str, code: &str, valid_minutes: i64, valid_until: &str) -> Mail {
    Mail {
        kind: ONE_TIME_PASSWORD,
        secrets: vec![code.to_string()],
        subject: format!("【{SYSTEM_NAME}】ワンタイムパスワードのお知らせ"),
        body: format!(
            "{name} 様\n\n\
             ログインに必要なワンタイムパスワードをお知らせします。\n\n\
             ワンタイムパスワード：{code}\n\
             有効期限　　　　　　：{valid_until}まで（{valid_minutes}分間）\n\n\
             ログイン画面で、利用者キーとこのパスワードを入力してください。\n\
             このパスワードは1回のログインに限り有効です。新しいパスワードを\n\
             発行すると、それより前のパスワードは使えなくなります。\n\n\
             お申し込みに心当たりがない場合は、このメールを破棄してください。\n\
             このパスワードを他の人に教えないでください。市の職員がお尋ねすることもありません。\n\
             {}",
            footer(site),
        ),
    }
}

/// 中止のお知らせ: the city cancelled the slot; `message` is the staff's own words.
pub fn slot_cancelled(site: &SiteSettings, r: &ReservationFacts, message: &str) -> Mail {
    Mail {
        kind: SLOT_CANCELLED,
        secrets: Vec::new(),
        subject: format!("【{SYSTEM_NAME}】中止のお知らせ（予約番号 {}）", r.reservation_number),
        body: format!(
            "{} 様\n\n\
             ご予約いただいていた次の日時は、中止となりました。\n\
             予約はキャンセル扱いとなります。ご迷惑をおかけし申し訳ありません。\n\n\
             予約番号　　：{}\n\
             予約メニュー：{}\n\
             日時　　　　：{}\n\
             会場　　　　：{}\n\n\
             【市からのお知らせ】\n\
             {message}\n\n\
             改めて予約される場合は、{}/reserve からお申し込みください。\n\
             {}",
            r.resident_name,
            r.reservation_number,
            r.service_name,
            r.when,
            r.venue,
            site.base_url,
            footer(site),
        ),
    }
}

/// The code that proves the resident reads the new address.
pub fn email_change_code(site: &SiteSettings, name: &str, code: &str, valid_minutes: i64, valid_until: &str) -> Mail {
    Mail {
        kind: EMAIL_CHANGE_CODE,
        secrets: vec![code.to_string()],
        subject: format!("【{SYSTEM_NAME}】メールアドレス変更の確認コード"),
        body: format!(
            "{name} 様\n\n\
             メールアドレスの変更のお申し込みを受け付けました。\n\
             変更を完了するには、画面に次の確認コードを入力してください。\n\n\
             確認コード：{code}\n\
             有効期限　：{valid_until}まで（{valid_minutes}分間）\n\n\
             お申し込みに心当たりがない場合は、このメールを破棄してください。\n\
             確認コードを入力しない限り、メールアドレスは変更されません。\n\
             {}",
            footer(site),
        ),
    }
}

/// Tells both the old and the new address that the address has changed.
pub fn email_changed(site: &SiteSettings, name: &str, at: &str, new_address: &str) -> Mail {
    Mail {
        kind: EMAIL_CHANGED,
        secrets: Vec::new(),
        subject: format!("【{SYSTEM_NAME}】メールアドレス変更のお知らせ"),
        body: format!(
            "{name} 様\n\n\
             {at}に、登録されているメールアドレスを変更しました。\n\
             変更後のメールアドレス：{new_address}\n\n\
             今後のお知らせとワンタイムパスワードは、変更後のアドレスにお送りします。\n\
             お心当たりがない場合は、お手数ですが下記までご連絡ください。\n\
             {}",
            footer(site),
        ),
    }
}

/// 本人確認: the code to the current address before an email change.
pub fn identity_code(site: &SiteSettings, name: &str, code: &str, valid_minutes: i64, valid_until: &str) -> Mail {
    Mail {
        kind: IDENTITY_CODE,
        secrets: vec![code.to_string()],
        subject: format!("【{SYSTEM_NAME}】ご本人確認の確認コード"),
        body: format!(
            "{name} 様\n\n\
             メールアドレスを変更する前に、ご本人であることを確認します。\n\
             画面に次の確認コードを入力してください。\n\n\
             確認コード：{code}\n\
             有効期限　：{valid_until}まで（{valid_minutes}分間）\n\n\
             このコードを他の人に教えないでください。市の職員がお尋ねすることもありません。\n\n\
             お申し込みに心当たりがない場合は、このメールを破棄してください。\n\
             コードを入力しない限り、メールアドレスは変更されません。\n\
             共用のパソコンなどでログインしたままになっていないか、ご確認ください。\n\
             {}",
            footer(site),
        ),
    }
}

/// To the old address after a change: what happened, and the single-use
/// link (`undo_url`, carrying the secret `undo_token`) that restores it.
pub fn email_changed_away(
    site: &SiteSettings,
    name: &str,
    at: &str,
    new_address_masked: &str,
    undo_url: &str,
    undo_token: &str,
    undo_until: &str,
) -> Mail {
    Mail {
        kind: EMAIL_CHANGED,
        secrets: vec![undo_token.to_string()],
        subject: format!("【{SYSTEM_NAME}】メールアドレス変更のお知らせ"),
        body: format!(
            "{name} 様\n\n\
             {at}に、登録されているメールアドレスを変更しました。\n\
             変更後のメールアドレス：{new_address_masked}\n\n\
             今後のお知らせとワンタイムパスワードは、変更後のアドレスにお送りします。\n\n\
             【お心当たりがない場合】\n\
             次のリンクを開き、「元のメールアドレスに戻す」を押してください。\n\
             このアドレス（変更前のアドレス）に戻り、すべての端末でログアウトします。\n\
             {undo_url}\n\
             （{undo_until}まで、1回だけ使えます）\n\
             {}",
            footer(site),
        ),
    }
}

/// To both addresses when a change is undone from the old address.
pub fn email_change_undone(site: &SiteSettings, name: &str, at: &str, restored_address: &str) -> Mail {
    Mail {
        kind: EMAIL_CHANGE_UNDONE,
        secrets: Vec::new(),
        subject: format!("【{SYSTEM_NAME}】メールアドレスを元に戻しました"),
        body: format!(
            "{name} 様\n\n\
             {at}に、メールアドレスの変更を取り消し、元のアドレスに戻しました。\n\
             登録されているメールアドレス：{restored_address}\n\n\
             安全のため、すべての端末でログアウトしました。\n\
             引き続きご利用になる場合は、利用者キーとワンタイムパスワードで\n\
             もう一度ログインしてください。\n\
             お心当たりがない場合は、お手数ですが下記までご連絡ください。\n\
             {}",
            footer(site),
        ),
    }
}

/// Sent instead of a password while the key's logins are locked.
pub fn login_locked(site: &SiteSettings, name: &str, until: &str) -> Mail {
    Mail {
        kind: LOGIN_LOCKED,
        secrets: Vec::new(),
        subject: format!("【{SYSTEM_NAME}】ログインを一時停止しています"),
        body: format!(
            "{name} 様\n\n\
             ワンタイムパスワードの発行のお申し込みがありましたが、\n\
             ログインの失敗が続いたため、この利用者キーでのログインを\n\
             {until}まで停止しています。ワンタイムパスワードは発行していません。\n\n\
             お急ぎの場合や、お心当たりがない場合は、下記までお電話ください。\n\
             本人確認のうえ、停止を解除します。\n\
             {}",
            footer(site),
        ),
    }
}

/// Tells the address of every login, so a login nobody asked for is noticed.
pub fn login_notice(site: &SiteSettings, name: &str, at: &str) -> Mail {
    Mail {
        kind: LOGIN_NOTICE,
        secrets: Vec::new(),
        subject: format!("【{SYSTEM_NAME}】ログインのお知らせ"),
        body: format!(
            "{name} 様\n\n\
             {at}に、あなたの利用者キーで{SYSTEM_NAME}にログインがありました。\n\n\
             ご本人のログインであれば、このメールへの対応は不要です。\n\
             お心当たりがない場合は、お手数ですが下記までご連絡ください。\n\
             {}",
            footer(site),
        ),
    }
}

/// 予約変更: the new date and time, with the old one for reference.
pub fn reservation_changed(site: &SiteSettings, r: &ReservationFacts, before: &str) -> Mail {
    Mail {
        kind: RESERVATION_CHANGED,
        secrets: secret_ticket(r),
        subject: format!("【{SYSTEM_NAME}】予約変更のお知らせ（予約番号 {}）", r.reservation_number),
        body: format!(
            "{} 様\n\n\
             以下のとおり予約を変更しました。\n\n\
             予約番号　　：{}\n\
             予約メニュー：{}\n\
             変更後の日時：{}\n\
             変更前の日時：{before}\n\
             会場　　　　：{}\n\n\
             {}\n\
             変更・キャンセルの締切：{}\n\
             {}",
            r.resident_name,
            r.reservation_number,
            r.service_name,
            r.when,
            r.venue,
            ticket_lines(site, r),
            r.deadline,
            footer(site),
        ),
    }
}

pub fn reservation_cancelled(site: &SiteSettings, r: &ReservationFacts) -> Mail {
    Mail {
        kind: RESERVATION_CANCELLED,
        secrets: Vec::new(),
        subject: format!("【{SYSTEM_NAME}】予約キャンセルのお知らせ（予約番号 {}）", r.reservation_number),
        body: format!(
            "{} 様\n\n\
             以下の予約をキャンセルしました。\n\n\
             予約番号　　：{}\n\
             予約メニュー：{}\n\
             日時　　　　：{}\n\
             会場　　　　：{}\n\n\
             改めて予約される場合は、{}/reserve からお申し込みください。\n\
             {}",
            r.resident_name,
            r.reservation_number,
            r.service_name,
            r.when,
            r.venue,
            site.base_url,
            footer(site),
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

    #[test]
    fn key_notice_lists_every_holder() {
        let mail = key_notice(
            &site(),
            &[
                KeyHolder { name: "射水 太郎".into(), user_key: "ABCD-EFGH-JKMN".into() },
                KeyHolder { name: "射水 花子".into(), user_key: "PQRS-TUVW-XYZ2".into() },
            ],
        );
        assert!(mail.subject.contains("利用者キー通知"));
        assert!(mail.body.contains("射水 太郎 様　利用者キー：ABCD-EFGH-JKMN"));
        assert!(mail.body.contains("射水 花子 様　利用者キー：PQRS-TUVW-XYZ2"));
        assert!(mail.body.contains("0766-52-7070"));
    }
}
