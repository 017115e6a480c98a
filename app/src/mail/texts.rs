//! The words of every email, in one place.
use super::Mail;
use crate::state::SiteSettings;
use crate::texts::SYSTEM_NAME;

pub const RESERVATION_CONFIRMATION: &str = "reservation_confirmation";
pub const KEY_NOTICE: &str = "key_notice";

/// What a reservation email says about the reservation.
pub struct ReservationFacts<'a> {
    pub resident_name: &'a str,
    pub reservation_number: &'a str,
    pub user_key: &'a str,
    pub service_name: &'a str,
    pub when: &'a str,
    pub venue: &'a str,
    pub deadline: &'a str,
    pub notes: &'a str,
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
