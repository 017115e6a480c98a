//! Words residents read that more than one page uses. Page-specific texts
//! stay with their page; the seed's labels are kept exactly.
pub const SYSTEM_NAME: &str = "いみずe-予約システム";
pub const INTERNAL_ERROR: &str =
    "システムエラーが発生しました。お手数ですが、時間をおいてもう一度お試しください。";
/// Said under an error that was logged: the number to quote on the phone.
pub fn reference_line(request_id: Option<&str>) -> String {
    request_id.map(|id| format!("（お問い合わせ番号: {id}）")).unwrap_or_default()
}
pub const ERROR_SUMMARY_TITLE: &str = "入力内容に誤りがあります";
pub const EMAIL_MISMATCH: &str =
    "メールアドレスとメールアドレス確認が一致しません。同じメールアドレスを入力してください。";
pub const EMAIL_EXAMPLE: &str = "例:info@city.imizu.lg.jp";
pub const MAIL_HELP_LINK: &str = "メールが届かない場合";
pub const USER_KEY_EXAMPLE: &str = "例:ABCD-EFGH-JKMN（大文字・小文字、ハイフンの有無は問いません）";
/// The seed's 利用者キーが不明な方は【こちら】, as a link that reads on its own.
pub const FORGOTTEN_KEY_LINK: &str = "利用者キーが不明な方は、利用者キー再発行へ";
