//! Words residents read that more than one page uses. Page-specific texts
//! stay with their page; the seed's labels are kept exactly.
pub const SYSTEM_NAME: &str = "いみずe-予約システム";
pub const INTERNAL_ERROR: &str =
    "システムエラーが発生しました。お手数ですが、時間をおいてもう一度お試しください。";
pub const ERROR_SUMMARY_TITLE: &str = "入力内容に誤りがあります";
pub const EMAIL_MISMATCH: &str =
    "メールアドレスとメールアドレス確認が一致しません。同じメールアドレスを入力してください。";
pub const EMAIL_EXAMPLE: &str = "例:info@city.imizu.lg.jp";
pub const MAIL_HELP_LINK: &str = "メールが届かない場合";
