### いみずe-予約システム: the texts residents read, in Japanese (日本語).
### This file is the original: every text here is exactly as the code had it.
### en.ftl and easy.ftl must have the same message ids and the same { $variables }.
### Only plain text and { $variable } are used: no selectors, terms, functions or attributes.
### The staff console (app/src/staff/) is not here: it stays in Japanese.

## Site: header, footer, home page, shared words, dates

# where: app/src/texts.rs (SYSTEM_NAME) — the system's name: header, footer, breadcrumbs, home heading, emails. Keep as is.
site-name = いみずe-予約システム

# where: app/src/lib.rs (Title formatter) — the browser tab title; $page is the page's title (an empty title shows site-name alone)
site-title = { $page } | いみずe-予約システム

# where: app/src/ui/layout.rs — link that skips to the page's main text (keyboard users)
site-skip-link = 本文へ移動

# where: app/src/ui/layout.rs — accessible name of the language links at the top of every page (read by screen readers; both words, so either reader finds it)
site-language-nav-label = 言語 / Language

# where: app/src/ui/layout.rs — accessible name of the header menu (read by screen readers)
site-nav-label = メインメニュー

# where: app/src/ui/layout.rs, app/src/reserve/pages.rs — header link, home button and breadcrumb to the reservation pages
site-reserve = 予約する

# where: app/src/ui/layout.rs, app/src/login/pages.rs — header link; the login page's title and heading; the login button
site-login = ログイン

# where: app/src/ui/layout.rs — small text after the header's login link (what logging in is for)
site-login-sub = （予約の確認・変更・キャンセル）

# where: app/src/ui/layout.rs, app/src/key_reissue/pages.rs — header link; title and heading of the user key reissue pages
site-key-reissue = 利用者キー再発行

# where: app/src/ui/layout.rs, app/src/my_reservations/pages.rs, app/src/email_change/pages.rs — header link when logged in; title of the resident's reservations page; breadcrumb
site-my = 予約の確認・変更・キャンセル

# where: app/src/login/pages.rs — header button
site-logout = ログアウト

# where: app/src/ui/layout.rs — footer; $name and $hours are the city's configured words (Japanese); $phone_link is site-phone-link as a link
site-footer-contact = お問い合わせ：{ $name }　{ $phone_link }（{ $hours }）

# where: app/src/ui/layout.rs — the footer's phone link text
site-phone-link = 電話 { $phone }

# where: app/src/site.rs (contact_line) — whom to call, in emails, the email change pages and the calendar file; $name and $hours are the city's configured words
site-contact-line = { $name }　電話 { $phone }（{ $hours }）

# where: app/src/texts.rs (MAIL_HELP_LINK) — link to the mail help page (footer, home, forms); also that page's title and heading
site-mail-help-link = メールが届かない場合

# where: app/src/key_reissue/pages.rs, app/src/my_reservations/pages.rs — after an email was sent; $link is site-mail-help-link as a link
site-mail-arrives = 通常、数分以内に届きます。{ $link }もご覧ください。

# where: app/src/ui/layout.rs — accessible name of the breadcrumb trail (read by screen readers)
site-breadcrumb-label = 現在位置

# where: app/src/ui/layout.rs — home page, under the heading
site-home-lead = 健診・検診、乳幼児健診、予防接種、健康相談などの予約を、スマートフォンやパソコンから受け付けています。

# where: app/src/ui/layout.rs — home page button to the login page
site-home-my-button = 予約の確認・変更・キャンセル（ログイン）

# where: app/src/ui/layout.rs — home page heading
site-home-first-time-heading = はじめて予約される方へ

# where: app/src/ui/layout.rs — home page
site-home-first-time-text = 予約が完了すると、予約番号と「利用者キー」が画面とメールでお知らせされます。利用者キーは、予約の確認・変更・キャンセルのときに必要です。

# where: app/src/ui/layout.rs — home page link to the user key reissue page
site-home-key-reissue-link = 利用者キーが不明な方は、こちらから再発行（メールで再送）できます

# where: app/src/ui/layout.rs, app/src/login/pages.rs, app/src/email_change/undo/mod.rs, app/src/ticket/page.rs — link to the login page (e.g. under an error when the login has expired)
site-to-login = ログイン画面へ

# where: app/src/email_change/undo/mod.rs, app/src/ticket/page.rs — link to the top page under an error
site-to-top = トップページへ

# where: app/src/ui/layout.rs, app/src/reserve/pages.rs, app/src/key_reissue/pages.rs, app/src/ticket/page.rs — link at the end of a page
site-back-to-top = トップページへ戻る

# where: app/src/ui/layout.rs — shown while a page's data loads
site-loading = 読み込み中…

# where: app/src/ui/layout.rs — title and heading of the page-not-found page
site-not-found-title = ページが見つかりません

# where: app/src/ui/layout.rs — page-not-found page
site-not-found-text = お探しのページは、削除されたか、URLが間違っている可能性があります。

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
site-weekday-mon = 月

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
site-weekday-tue = 火

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
site-weekday-wed = 水

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
site-weekday-thu = 木

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
site-weekday-fri = 金

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
site-weekday-sat = 土

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
site-weekday-sun = 日

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
site-month-1 = 1月

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
site-month-2 = 2月

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
site-month-3 = 3月

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
site-month-4 = 4月

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
site-month-5 = 5月

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
site-month-6 = 6月

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
site-month-7 = 7月

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
site-month-8 = 8月

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
site-month-9 = 9月

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
site-month-10 = 10月

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
site-month-11 = 11月

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
site-month-12 = 12月

# where: app/src/time.rs (date_short) — e.g. 12月1日(火): calendar days, a day's slots; $month is a site-month-N text, $day a number, $weekday a site-weekday-x text
site-date-short = { $month }{ $day }日({ $weekday })

# where: app/src/time.rs (date_long) — e.g. 2026年12月1日(火): a slot's date, deadlines, times in emails; variables as in site-date-short
site-date-long = { $year }年{ $month }{ $day }日({ $weekday })

# where: app/src/catalogue/ssr.rs — caption of a month calendar, e.g. 2026年12月; $month is a site-month-N text
site-date-month = { $year }年{ $month }

# where: app/src/domain/birth_date.rs (japanese) — a date of birth as shown on the check page, e.g. 1960年4月1日; $month is a site-month-N text
site-birth-date = { $year }年{ $month }{ $day }日

# where: app/src/time.rs (time_range) — a slot's time, e.g. 9:30〜10:00
site-time-range = { $start }〜{ $end }

## Forms: shared labels, buttons and the error summary

# where: app/src/texts.rs (ERROR_SUMMARY_TITLE), app/src/ui/form.rs — heading of the list of problems at the top of a form
form-error-summary-title = 入力内容に誤りがあります

# where: app/src/reserve/pages.rs, app/src/login/pages.rs, app/src/key_reissue/pages.rs — page title when the form has errors; $title is the page's title
form-error-title = エラー: { $title }

# where: app/src/ui/form.rs, app/src/login/pages.rs, app/src/reserve/pages.rs — a field's error; 「エラー: 」 is visually hidden (read by screen readers only); $message is the error
form-field-error = エラー: { $message }

# where: app/src/ui/form.rs — a submit button while it is working
form-pending = 処理中…

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs, app/src/email_change/pages.rs — button: go on to the check page (or check a code)
form-check = 確認

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs — button on a check page: send
form-send = 送信

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs — button on a check page: back to the form
form-back = 戻る

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs — check page, when the answers are no longer valid
form-has-errors = 入力内容に誤りがあります。入力画面に戻って修正してください。

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs — link under form-has-errors
form-back-to-input = 入力画面へ戻る

# where: app/src/texts.rs (EMAIL_EXAMPLE) — hint under an email address field
form-email-example = 例:info@city.imizu.lg.jp

# where: app/src/reserve/pages.rs, app/src/email_change/pages.rs — hint under the second email address field
form-email-confirm-hint = 確認のため、もう一度入力してください

# where: app/src/texts.rs (USER_KEY_EXAMPLE) — hint under the user key field
form-user-key-example = 例:ABCD-EFGH-JKMN（大文字・小文字、ハイフンの有無は問いません）

# where: app/src/texts.rs (FORGOTTEN_KEY_LINK) — link to the user key reissue page from the login pages
form-forgotten-key-link = 利用者キーが不明な方は、利用者キー再発行へ

# where: app/src/reserve/pages.rs — field label and row label
form-label-name = 氏名

# where: app/src/reserve/pages.rs — field label and row label: the name written in kana
form-label-kana = ふりがな

# where: app/src/reserve/pages.rs — field label and row label
form-label-birth-date = 生年月日

# where: app/src/reserve/pages.rs, app/src/my_reservations/pages.rs — field label and row label
form-label-phone = 電話番号

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs, app/src/login/pages.rs, app/src/my_reservations/pages.rs — field label and row label
form-label-email = メールアドレス

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs — label of the second email address field (typed again to check)
form-label-email-confirm = メールアドレス確認

# where: app/src/login/pages.rs, app/src/reserve/pages.rs — field label; also on the completion page
form-label-user-key = 利用者キー

# where: app/src/reserve/pages.rs, app/src/my_reservations/pages.rs, app/src/ticket/page.rs — row label
form-label-reservation-number = 予約番号

# where: app/src/catalogue/view.rs, app/src/my_reservations/pages.rs, app/src/ticket/page.rs — row label: the service reserved (e.g. 特定健診)
form-label-service = 予約メニュー

# where: app/src/catalogue/view.rs, app/src/my_reservations/pages.rs, app/src/ticket/page.rs — row label: date and time
form-label-when = 日時

# where: app/src/catalogue/view.rs, app/src/reserve/pages.rs, app/src/my_reservations/pages.rs, app/src/ticket/page.rs — row label: where to go
form-label-venue = 会場

# where: app/src/my_reservations/pages.rs — row label: the last moment to change or cancel
form-label-change-deadline = 変更・キャンセルの締切

## 予約する: choose a service and a time, details, check, done

# where: app/src/reserve/pages.rs — link under an error on the reservation pages
reserve-load-error-link = 予約メニューの一覧へ

# where: app/src/reserve/pages.rs — page title (browser tab)
reserve-services-title = 予約メニューを選ぶ

# where: app/src/reserve/pages.rs — page heading
reserve-services-heading = 予約メニューを選んでください

# where: app/src/reserve/pages.rs — when no service takes reservations
reserve-services-none = 現在、予約を受け付けているメニューはありません。

# where: app/src/reserve/pages.rs — on each service's card; $venue is the city's words
reserve-service-venue = 会場: { $venue }

# where: app/src/reserve/pages.rs — on a service's card
reserve-service-has-room = 空きがあります

# where: app/src/reserve/pages.rs — on a service's card
reserve-service-no-room = 現在、空きはありません

# where: app/src/reserve/pages.rs — page title and breadcrumb of the date-and-time step
reserve-slots-title = 予約枠を選ぶ

# where: app/src/reserve/pages.rs — page title (browser tab); $service is the service's name
reserve-slots-page-title = { $service }の予約枠を選ぶ

# where: app/src/reserve/pages.rs — row label: the service's deadlines (catalogue-deadline-…)
reserve-label-deadline = 締切

# where: app/src/reserve/pages.rs — row label: how many reservations one person may hold (catalogue-limit-note)
reserve-label-limit = 予約数の上限

# where: app/src/reserve/pages.rs — heading above the calendar
reserve-slots-heading = 日時を選んでください

# where: app/src/reserve/pages.rs — the chosen time is full (shown before the form)
reserve-slot-full = この予約枠は満員です。別の日時を選んでください。

# where: app/src/reserve/pages.rs — title, heading and breadcrumb of the details form
reserve-details-title = お客様情報の入力

# where: app/src/reserve/pages.rs — link under reserve-slot-full / error-slot-closed
reserve-back-to-slots = 予約枠の一覧へ戻る

# where: app/src/reserve/pages.rs — hint under the name field
reserve-name-hint = 例: 射水 太郎

# where: app/src/reserve/pages.rs — hint under the furigana field
reserve-kana-hint = ひらがなかカタカナで入力してください（例: いみず たろう）

# where: app/src/reserve/pages.rs — hint under the date of birth fields
reserve-birth-hint = 西暦で入力してください（例: 1960年4月1日）

# where: app/src/reserve/pages.rs — label after the year box of the date of birth
reserve-birth-year = 年

# where: app/src/reserve/pages.rs — label after the month box of the date of birth
reserve-birth-month = 月

# where: app/src/reserve/pages.rs — label after the day box of the date of birth
reserve-birth-day = 日

# where: app/src/reserve/pages.rs — hint under the phone field
reserve-phone-hint = 日中に連絡のつく番号（例: 0766-51-6666）

# where: app/src/reserve/pages.rs — under the email fields; followed by the site-mail-help-link link
reserve-mail-filter-hint = 予約完了のメールが届くよう、迷惑メール対策をされている方は受信設定をご確認ください。

# where: app/src/reserve/pages.rs — details form of a logged-in resident (first paragraph)
reserve-known-notice = ログイン中のため、登録されている内容で予約します。新しい利用者キーは発行されません。

# where: app/src/reserve/pages.rs — details form of a logged-in resident (second paragraph)
reserve-known-change-note = 電話番号は変更できます。メールアドレスの変更は「予約の確認・変更・キャンセル」の画面から行えます。

# where: app/src/reserve/pages.rs — title, heading and breadcrumb of the check page
reserve-confirm-title = 入力内容の確認

# where: app/src/reserve/pages.rs — link under an error when the slot became full or closed
reserve-choose-another = 別の日時を選ぶ

# where: app/src/reserve/pages.rs — check page; the button is form-send
reserve-confirm-lead = 以下の内容で予約します。よろしければ送信ボタンを押してください。

# where: app/src/reserve/pages.rs — check page of a logged-in resident
reserve-confirm-known = ログイン中の利用者キーで予約します（新しい利用者キーは発行されません）。

# where: app/src/reserve/pages.rs — check and completion pages; $deadline is a date and time
reserve-change-deadline = 変更・キャンセルの締切: { $deadline }

# where: app/src/reserve/pages.rs — title, heading and breadcrumb of the completion page
reserve-complete-title = 予約完了

# where: app/src/reserve/pages.rs — completion page, above the reservation number
reserve-complete-received = 予約を受け付けました。

# where: app/src/reserve/pages.rs — completion page, while the new user key is shown
reserve-complete-key-note = 利用者キーは、予約の確認・変更・キャンセルのときに必要です。メモするか、この画面を保存するなどして、大切に保管してください。この画面の利用者キーは、予約した後30分間だけ表示されます。

# where: app/src/reserve/pages.rs — completion page after the 30 minutes, or in another browser
reserve-complete-key-hidden = 利用者キーとメールアドレスは、予約した後30分間だけ、予約したブラウザーに表示されます。利用者キーは予約完了のメールでお知らせしています。

# where: app/src/reserve/pages.rs — button to the reservation slip (予約票)
reserve-ticket-link = 予約票を表示する（印刷・カレンダー登録）

# where: app/src/reserve/pages.rs — completion page; the address is shown in bold
reserve-complete-mail-sent-to = 予約完了のメールを { $email } に送信しました。メールをご確認ください。

# where: app/src/reserve/pages.rs — completion page when the address is no longer shown
reserve-complete-mail-sent = 予約完了のメールを送信しました。メールをご確認ください。

## The calendar of times and the services' deadlines

# where: app/src/catalogue/view.rs — instead of the calendar
catalogue-no-slots = 現在、予約できる日時はありません。

# where: app/src/catalogue/mod.rs (DayMark::words) — meaning of ○ in the calendar legend; also read out for a day
catalogue-mark-open = 空きあり

# where: app/src/catalogue/mod.rs (DayMark::words) — meaning of △
catalogue-mark-few = 残りわずか

# where: app/src/catalogue/mod.rs, app/src/catalogue/view.rs — meaning of ×; also a full slot's status
catalogue-mark-full = 満員

# where: app/src/catalogue/mod.rs, app/src/catalogue/view.rs — meaning of －; also a closed slot's status
catalogue-mark-closed = 受付終了

# where: app/src/catalogue/view.rs — a slot's status: how many places are left
catalogue-slot-remaining = 残り{ $remaining }人

# where: app/src/catalogue/view.rs — heading above the chosen day's times; $date is a site-date-short
catalogue-day-slots = { $date }の予約枠

# where: app/src/catalogue/ssr.rs — how many upcoming reservations one person may hold for the service
catalogue-limit-note = お一人{ $limit }件まで（受付中の予約の数）

# where: app/src/booking/deadlines.rs (deadline_note) — one deadline for everything; $reserve is a catalogue-days-before-… text
catalogue-deadline-same = 予約・変更・キャンセルは{ $reserve }まで

# where: app/src/booking/deadlines.rs (deadline_note) — two deadlines; $reserve and $change are catalogue-days-before-… texts
catalogue-deadline-split = 予約は{ $reserve }まで、変更・キャンセルは{ $change }まで

# where: app/src/booking/deadlines.rs (days_before_text) — deadline on the day itself; $time e.g. 17:00
catalogue-days-before-0 = 当日の{ $time }

# where: app/src/booking/deadlines.rs (days_before_text) — deadline the day before
catalogue-days-before-1 = 前日の{ $time }

# where: app/src/booking/deadlines.rs (days_before_text) — deadline $days (2 or more) days before
catalogue-days-before-n = { $days }日前の{ $time }

## ログイン

# where: app/src/login/pages.rs — login page after logging out
login-logged-out = ログアウトしました。

# where: app/src/login/pages.rs — login page after asking for a one-time password (the same words whether or not the key is registered)
login-otp-sent = 入力された利用者キーとメールアドレスが登録されている場合、ワンタイムパスワードを送信しました。メールに記載の8桁の数字を、下の「ワンタイムパスワード」に入力してください。

# where: app/src/login/pages.rs — under login-otp-sent; $link is site-mail-help-link as a link
login-otp-sent-help = メールが届かないときは、{ $link }をご覧ください。

# where: app/src/login/pages.rs — too many one-time password requests; $retry_at is a time, e.g. 14:05
login-otp-throttled = 短時間に続けてお申し込みがあったため、ワンタイムパスワードの発行を一時的に止めています。{ $retry_at }以降にもう一度お試しください。

# where: app/src/login/pages.rs — under login-otp-throttled
login-otp-throttled-note = すでに届いているワンタイムパスワードは、有効期間内であればお使いいただけます。

# where: app/src/login/pages.rs — login page, above the form
login-lead = 利用者キー、ワンタイムパスワードを入力してください。ワンタイムパスワードはログイン毎に新規のものが必要となります。

# where: app/src/login/pages.rs — field label
login-otp-label = ワンタイムパスワード

# where: app/src/login/pages.rs — hint under the one-time password field
login-otp-hint = メールでお送りした8桁の数字

# where: app/src/login/pages.rs — checkbox label: show the typed password
login-show-password = パスワードを表示

# where: app/src/login/mod.rs (login_failed_message) — the one message for every failed login; $minutes how long a password works, $max_wrong how many wrong tries are allowed
login-failed = ログインできませんでした。利用者キーとワンタイムパスワードをお確かめください。ワンタイムパスワードは発行から{ $minutes }分以内、1回のログインに限り有効で、{ $max_wrong }回間違えると使えなくなります。その場合は、もう一度ワンタイムパスワードを発行してください。

## ワンタイムパスワード発行

# where: app/src/login/pages.rs — title and heading of the one-time password page; also the button to it on the login page
otp-title = ワンタイムパスワード発行

# where: app/src/login/pages.rs — link under an error
otp-load-error-link = ワンタイムパスワード発行の画面へ

# where: app/src/login/pages.rs — one-time password page, first paragraph
otp-lead-request = ワンタイムパスワードを発行します。利用者キー及び登録済みのメールアドレスを入力してください。メールアドレス宛に8桁のパスワードを送付します。

# where: app/src/login/pages.rs — one-time password page, second paragraph
otp-lead-login = ログイン画面にて、利用者キーとこのパスワードを入力し、ログインしてください。

# where: app/src/login/pages.rs — one-time password page, third paragraph; $minutes how long a password works
otp-lead-valid = なお、ワンタイムパスワードの有効期間は{ $minutes }分となっております。{ $minutes }分経過した際は、再度ワンタイムパスワードの取得をお願いいたします。

# where: app/src/login/pages.rs — button
otp-submit = ワンタイムパスワードを発行

# where: app/src/login/pages.rs — link
otp-back-to-login = ログイン画面へ戻る

## 利用者キー再発行

# where: app/src/key_reissue/pages.rs — link under an error
key-reissue-load-error-link = 利用者キー再発行の最初の画面へ

# where: app/src/key_reissue/pages.rs — input page
key-reissue-lead = 利用者キーを再発行します。登録済みのメールアドレスを入力してください。

# where: app/src/key_reissue/pages.rs — page title (browser tab) of the check page
key-reissue-confirm-title = 利用者キー再発行（確認）

# where: app/src/key_reissue/pages.rs — check page; the button is form-send
key-reissue-confirm-lead = 以下の内容で送信します。よろしければ送信ボタンを押してください。

# where: app/src/key_reissue/pages.rs — title and heading of the last page
key-reissue-complete-title = 利用者キー再発行完了

# where: app/src/key_reissue/pages.rs — last page
key-reissue-complete-sent = 利用者キー通知メールを送信しました。メールをご確認ください。

# where: app/src/key_reissue/pages.rs — last page (the same words whether or not the address is registered)
key-reissue-complete-note = 入力されたメールアドレスが登録されている場合、そのアドレスで登録されているすべての利用者キーをお知らせします。登録されていない場合、メールは届きません。

## 予約の確認・変更・キャンセル (logged in)

# where: app/src/my_reservations/pages.rs — link back to the resident's reservations (also under errors)
my-back = 予約の確認・変更・キャンセルの画面へ戻る

# where: app/src/my_reservations/pages.rs — row label: a my-status-… text
my-label-status = 状態

# where: app/src/my_reservations/pages.rs — link to the reservation slip (予約票); followed by my-number-hidden
my-ticket-link = 予約票（印刷・カレンダー登録）

# where: app/src/my_reservations/pages.rs — visually hidden after a reservation's links and buttons, so a screen reader says which reservation
my-number-hidden = （予約番号 { $number }）

# where: app/src/my_reservations/pages.rs — button on a reservation
my-change-button = 日時を変更する

# where: app/src/my_reservations/pages.rs — button on a reservation, and the button on the cancel check page
my-cancel-button = キャンセルする

# where: app/src/my_reservations/pages.rs — on a reservation past its change/cancel deadline
my-locked = 締切を過ぎたため、この画面からは変更・キャンセルできません。お問い合わせ先へお電話ください。

# where: app/src/my_reservations/pages.rs — after an email address change
my-email-changed = メールアドレスを変更しました。変更前と変更後の両方のアドレスにお知らせをお送りしました。ほかの端末でのログインは終了しました。

# where: app/src/my_reservations/pages.rs — who is logged in
my-resident = { $name } 様（利用者キー { $user_key }）

# where: app/src/my_reservations/pages.rs — heading
my-upcoming-heading = これからの予約

# where: app/src/my_reservations/pages.rs
my-upcoming-none = これからの予約はありません。

# where: app/src/my_reservations/pages.rs — button
my-new-reservation = 新しく予約する

# where: app/src/my_reservations/pages.rs — heading
my-past-heading = 過去の予約・キャンセルした予約

# where: app/src/my_reservations/pages.rs — under my-past-heading when there are none
my-past-none = ありません。

# where: app/src/my_reservations/pages.rs — heading above the phone number and email address
my-registered-heading = 登録内容

# where: app/src/my_reservations/pages.rs
my-phone-note = 電話番号は、次に予約するときの入力画面で変更できます。

# where: app/src/my_reservations/pages.rs — link
my-change-email-link = メールアドレスを変更する

# where: app/src/my_reservations/pages.rs — page title (browser tab) of the change page
my-change-title = 予約の変更（日時を選ぶ）

# where: app/src/my_reservations/pages.rs — heading of the change page; breadcrumb of the change pages
my-change-heading = 予約の変更

# where: app/src/my_reservations/pages.rs — heading above the reservation being changed
my-current-heading = 現在の予約

# where: app/src/my_reservations/pages.rs — heading above the calendar
my-change-choose = 変更後の日時を選んでください

# where: app/src/my_reservations/pages.rs, app/src/email_change/pages.rs — link
my-back-without-change = 変更せずに戻る

# where: app/src/my_reservations/pages.rs — title and heading of the change check page
my-change-confirm-title = 予約の変更（確認）

# where: app/src/my_reservations/pages.rs — the button named is my-change-submit
my-change-confirm-lead = 以下のとおり変更します。よろしければ「変更する」ボタンを押してください。

# where: app/src/my_reservations/pages.rs — row label
my-label-before = 変更前の日時

# where: app/src/my_reservations/pages.rs — row label
my-label-after = 変更後の日時

# where: app/src/my_reservations/pages.rs, app/src/email_change/pages.rs — button that makes a change
my-change-submit = 変更する

# where: app/src/my_reservations/pages.rs — link back to the calendar
my-choose-again = 日時を選び直す

# where: app/src/my_reservations/pages.rs — title and heading after a change
my-changed-title = 予約の変更完了

# where: app/src/my_reservations/pages.rs — after a change
my-changed-message = 予約を変更しました。変更のお知らせをメールでお送りしました。

# where: app/src/my_reservations/pages.rs — title and heading of the cancel check page
my-cancel-title = 予約のキャンセル（確認）

# where: app/src/my_reservations/pages.rs — breadcrumb of the cancel pages
my-cancel-heading = 予約のキャンセル

# where: app/src/my_reservations/pages.rs — the button named is my-cancel-button
my-cancel-lead = 次の予約をキャンセルします。よろしければ「キャンセルする」ボタンを押してください。

# where: app/src/my_reservations/pages.rs — link
my-back-without-cancel = キャンセルせずに戻る

# where: app/src/my_reservations/pages.rs — title and heading after a cancellation
my-cancelled-title = 予約のキャンセル完了

# where: app/src/my_reservations/pages.rs — after a cancellation
my-cancelled-message = 予約をキャンセルしました。キャンセルのお知らせをメールでお送りしました。

# where: app/src/booking/standing.rs (Standing::label) — a reservation's status
my-status-active = 予約中

# where: app/src/booking/standing.rs — status past the change/cancel deadline
my-status-locked = 予約中（変更・キャンセル締切後）

# where: app/src/booking/standing.rs — the day has passed
my-status-past = 終了

# where: app/src/booking/standing.rs
my-status-cancelled = キャンセル済み

## メールアドレスの変更 (logged in)

# where: app/src/email_change/pages.rs — title, heading and breadcrumb of every email change page
email-change-title = メールアドレスの変更

# where: app/src/email_change/pages.rs — link under an error
email-change-load-error-link = メールアドレスの変更の最初の画面へ

# where: app/src/email_change/pages.rs — after the code from the current address was right
email-change-identity-ok = ご本人の確認ができました。

# where: app/src/email_change/pages.rs — new address form
email-change-lead = 新しいメールアドレスを入力してください。そのアドレスに確認コード（数字8桁）をお送りします。確認コードを入力すると、変更が完了します。

# where: app/src/email_change/pages.rs, app/src/email_change/undo/mod.rs — row label
email-change-current = 現在のメールアドレス

# where: app/src/email_change/pages.rs — field label
email-change-new = 新しいメールアドレス

# where: app/src/email_change/pages.rs — label of the second field (typed again to check)
email-change-new-confirm = 新しいメールアドレス確認

# where: app/src/email_change/pages.rs — button
email-change-send-code = 確認コードを送信

# where: app/src/email_change/pages.rs — first step: prove it is you
email-change-identity-lead = メールアドレスを変更する前に、ご本人の確認をします。現在のメールアドレスに確認コード（数字8桁）をお送りしますので、次の画面で入力してください。

# where: app/src/email_change/pages.rs — button
email-change-identity-send = 現在のアドレスに確認コードを送信

# where: app/src/email_change/pages.rs — $contact is site-contact-line
email-change-identity-no-access = 現在のメールアドレスでメールを受け取れなくなった場合は、お手数ですが { $contact } までお問い合わせください。

# where: app/src/email_change/pages.rs (wrong_code) — error on the code field; $minutes how long a code works
email-change-wrong-code = 確認コードが正しくないか、有効期限が切れています。メールに記載の8桁の数字を入力してください（{ $minutes }分以内、5回まで）。

# where: app/src/email_change/pages.rs — field label
email-change-code-label = 確認コード

# where: app/src/email_change/pages.rs — hint under the code field
email-change-code-hint = メールに記載の8桁の数字

# where: app/src/email_change/pages.rs — when no code can be entered any more
email-change-no-code = 有効な確認コードがありません。有効期限が切れたか、5回間違えたため使えなくなりました。

# where: app/src/email_change/pages.rs — a code was asked for again too soon; $retry_at is a time, e.g. 14:05
email-change-identity-retry = 確認コードは1分に1回までお送りできます。{ $retry_at }以降にもう一度お試しください。先にお送りしたコードが届いていれば、それを入力してください。

# where: app/src/email_change/pages.rs — $email is the current address
email-change-identity-sent = 現在のメールアドレス { $email } に確認コードを送信しました。{ $minutes }分以内に入力してください。

# where: app/src/email_change/pages.rs — $email is the new address
email-change-verify-sent = { $email } に確認コードを送信しました。{ $minutes }分以内に入力してください。

# where: app/src/email_change/pages.rs — both code pages; $help_link is site-mail-help-link as a link, $resend_link is email-change-identity-resend-link or email-change-verify-resend-link as a link
email-change-no-mail = メールが届かないときは、{ $help_link }をご覧いただくか、{ $resend_link }。

# where: app/src/email_change/pages.rs — link text inside email-change-no-mail (code to the current address)
email-change-identity-resend-link = 確認コードを送り直してください

# where: app/src/email_change/pages.rs — link text inside email-change-no-mail (code to the new address)
email-change-verify-resend-link = アドレスを確かめて送り直してください

# where: app/src/email_change/pages.rs — link under email-change-no-code (current address)
email-change-identity-again = 確認コードを送り直す

# where: app/src/email_change/pages.rs — link under email-change-no-code (new address)
email-change-verify-again = もう一度、新しいメールアドレスを入力する

# where: app/src/email_change/mod.rs — error on the new address field; $retry_at is a time
email-change-refused = 短時間に続けてお申し込みがあったため、受け付けられませんでした。{ $retry_at }以降にもう一度お試しください。

## メールアドレスの変更の取り消し (link in an email)

# where: app/src/email_change/undo/mod.rs — title and heading (page opened from the link in an email to the old address)
email-undo-title = メールアドレスの変更の取り消し

# where: app/src/email_change/undo/mod.rs
email-undo-lead = メールアドレスの変更を取り消し、変更前のアドレスに戻します。あわせて、すべての端末でログアウトします。

# where: app/src/email_change/undo/mod.rs — row label
email-undo-restores = 戻すメールアドレス

# where: app/src/email_change/undo/mod.rs — row label: a date and time
email-undo-until = このリンクの有効期限

# where: app/src/email_change/undo/mod.rs — button; also named in mail-email-changed-away-body
email-undo-button = 元のメールアドレスに戻す

# where: app/src/email_change/undo/mod.rs — under the button
email-undo-not-you = ご自身で変更した場合は、何もする必要はありません。

# where: app/src/email_change/undo/mod.rs — after the undo
email-undo-done = メールアドレスを元に戻しました。安全のため、すべての端末でログアウトしました。

# where: app/src/email_change/undo/mod.rs — after the undo
email-undo-login-again = 引き続きご利用になる場合は、利用者キーとワンタイムパスワードでもう一度ログインしてください。

# where: app/src/email_change/undo/mod.rs — the link is used or too old
email-undo-gone = このリンクは使えません。すでに使われたか、有効期限（7日間）が切れています。

# where: app/src/email_change/undo/mod.rs — $contact is site-contact-line
email-undo-gone-contact = 心当たりのない変更があった場合は、お手数ですが { $contact } までご連絡ください。

## 予約票 (reservation slip) and its calendar file

# where: app/src/ticket/page.rs — title and heading of the reservation slip (a sheet shown at reception)
ticket-title = 予約票

# where: app/src/ticket/page.rs — slip of a cancelled reservation
ticket-cancelled = この予約はキャンセルされています。この予約票では受付できません。

# where: app/src/ticket/page.rs — heading above the service's notes (the city's words)
ticket-notes-heading = 持ち物・注意事項

# where: app/src/ticket/page.rs
ticket-show-at-reception = 当日は、この予約票（印刷したもの、またはスマートフォンの画面）を受付でお見せください。

# where: app/src/ticket/page.rs — bottom of the slip; the phone number is a link; $name and $hours are the city's configured words
ticket-contact = お問い合わせ：{ $name } 電話 { $phone }（{ $hours }）

# where: app/src/ticket/page.rs — button
ticket-print = 印刷する

# where: app/src/ticket/page.rs — button: downloads a calendar file
ticket-add-calendar = カレンダーに追加する

# where: app/src/ticket/page.rs — under the buttons
ticket-save-hint = 印刷しない場合は、この画面を保存するか、スクリーンショットを撮っておくと便利です。

# where: app/src/ticket/page.rs — without JavaScript (no print button)
ticket-print-hint = 印刷するには、ブラウザーのメニューから「印刷」を選んでください。

# where: app/src/ticket/page.rs — heading when the link is wrong
ticket-not-found-title = 予約票が見つかりません

# where: app/src/ticket/page.rs — when the link is wrong
ticket-not-found = このリンクの予約票はありません。メールのリンクが途中で切れていないか、ご確認ください。

# where: app/src/ticket/page.rs — when the link is wrong
ticket-not-found-login = 予約の内容は、利用者キーでログインすると「予約の確認・変更・キャンセル」で確認でき、そこから予約票も開けます。

# where: app/src/ticket/ssr.rs — text alternative of the QR code picture (read by screen readers)
ticket-qr-label = 予約番号 { $number } のQRコード

# where: app/src/ticket/ssr.rs — title of the event in the calendar file
ticket-calendar-summary = { $service }（予約番号 { $number }）

# where: app/src/ticket/ssr.rs — calendar file, event description, first line
ticket-calendar-number = 予約番号：{ $number }

# where: app/src/ticket/ssr.rs — calendar file, event description, when the service has notes
ticket-calendar-notes = 持ち物・注意事項：{ $notes }

# where: app/src/ticket/ssr.rs — calendar file, event description: the slip's address
ticket-calendar-link = 予約票：{ $url }

# where: app/src/ticket/ssr.rs — calendar file, event description; $contact is site-contact-line
ticket-calendar-contact = お問い合わせ：{ $contact }

## メールが届かない場合

# where: app/src/mail_help.rs — the page's title is site-mail-help-link
mail-help-lead = 予約完了・利用者キー通知・ワンタイムパスワードのメールは、次のアドレスから送信しています。

# where: app/src/mail_help.rs — row label: the sender's address
mail-help-from = 送信元アドレス

# where: app/src/mail_help.rs — row label: the part after @
mail-help-domain = ドメイン

# where: app/src/mail_help.rs — above the numbered steps
mail-help-wait = メールは通常、数分以内に届きます。10分以上たっても届かない場合は、次をご確認ください。

# where: app/src/mail_help.rs — step 1
mail-help-step-spam = 迷惑メールフォルダ（ゴミ箱）に入っていないか確認してください。

# where: app/src/mail_help.rs — step 2; the domain is shown in bold
mail-help-step-domain = 携帯電話会社の迷惑メール設定（ドメイン指定受信・なりすまし拒否など）をお使いの場合は、ドメイン「{ $domain }」からのメールを受信できるように設定してください。設定方法は、ドコモ・au・ソフトバンク・楽天モバイルなど各社の案内をご覧ください。

# where: app/src/mail_help.rs — step 3
mail-help-step-pc = パソコンからのメールを拒否する設定になっていないか確認してください。

# where: app/src/mail_help.rs — step 4
mail-help-step-address = 入力したメールアドレスに誤りがないか確認してください。

# where: app/src/mail_help.rs — after the steps
mail-help-after = 設定を変えたあとは、もう一度お手続きください（利用者キーは「利用者キー再発行」で再送できます）。

# where: app/src/mail_help.rs — heading above the city's contact details
mail-help-contact-heading = お問い合わせ

# where: app/src/mail_help.rs — the phone number is a link
mail-help-phone = 電話: { $phone }

# where: app/src/mail_help.rs — $hours is the city's configured words
mail-help-hours = 受付時間: { $hours }

## Error messages: page errors, booking refusals, field errors

# where: app/src/error.rs (AppError::BadRequest) — a form that could not be read
error-bad-request = 送信された内容を読み取れませんでした。お手数ですが、ページを読み込み直してもう一度お試しください。

# where: app/src/error.rs (AppError::NotFound)
error-not-found = お探しのページが見つかりません。お手数ですが、最初からやり直してください。

# where: app/src/error.rs (AppError::Expired) — a form's saved input is too old or from another browser
error-expired = 入力の有効期限（2時間）が切れたか、別のブラウザーで入力された内容のため、表示できません。お手数ですが、最初からやり直してください。

# where: app/src/error.rs (AppError::LoginRequired), app/src/booking/error.rs (BookingError::NotYours) — the same words for both
error-login-required = ログインしていないか、しばらく操作がなかったためログインの有効期限が切れました。お手数ですが、もう一度ログインしてください。

# where: app/src/error.rs (AppError::TooMany) — too much from one connection; $retry_at is a time, e.g. 9:05
error-too-many = 短い時間に、同じ接続から多くの操作がありました。多くの方に公平にご利用いただくため、一時的に受け付けを止めています。{ $retry_at }ごろから、もう一度お試しください。

# where: app/src/error.rs (AppError::TooLarge)
error-too-large = 送信された内容が大きすぎるため、受け付けられませんでした。入力欄に長い文章を貼り付けた場合は、短くしてからもう一度送信してください。

# where: app/src/texts.rs (INTERNAL_ERROR) — an unexpected failure
error-internal = システムエラーが発生しました。お手数ですが、時間をおいてもう一度お試しください。

# where: app/src/texts.rs (reference_line) — right after error-internal: the number to tell the city on the phone
error-reference = （お問い合わせ番号: { $id }）

# where: app/src/booking/error.rs (BookingError::SlotFull) — the time became full while the resident was filling in the form
error-slot-full = この予約枠は満員になりました。お手数ですが、別の日時を選んでください。

# where: app/src/booking/error.rs (BookingError::SlotClosed), app/src/reserve/pages.rs — the same words in both places
error-slot-closed = この予約枠は受付を終了しました。別の日時を選んでください。

# where: app/src/booking/error.rs (BookingError::DeadlinePassed)
error-deadline-passed = 変更・キャンセルの締切を過ぎているため、この画面からは変更・キャンセルできません。お手数ですが、お問い合わせ先へお電話ください。

# where: app/src/booking/error.rs (BookingError::AlreadyCancelled)
error-already-cancelled = この予約はキャンセル済みです。予約の確認・変更・キャンセルの画面でご確認ください。

# where: app/src/booking/error.rs (BookingError::LimitReached) — $limit is the service's limit per person (used twice)
error-limit-reached = この予約メニューは、お一人{ $limit }件まで予約できます。受付中のご予約がすでに{ $limit }件あります。予約の確認・変更・キャンセルの画面でご確認ください。

# where: app/src/booking/error.rs (BookingError::AddressLimit) — $limit reservations per address per 24 hours; $retry_at is a date and time
error-address-limit = このメールアドレスでの予約は、24時間に{ $limit }件までです。{ $retry_at }以降にもう一度お試しください。ご家族の予約などでお困りの場合は、お問い合わせ先へお電話ください。

# where: app/src/booking/error.rs (BookingError::NotFound)
error-booking-not-found = お探しの予約または予約枠が見つかりません。お手数ですが、最初からやり直してください。

# where: app/src/domain/person_name.rs — field error
error-name-empty = 氏名を入力してください。

# where: app/src/domain/person_name.rs — field error
error-name-too-long = 氏名は50文字以内で入力してください。

# where: app/src/domain/person_name.rs — field error
error-name-bad-char = 氏名に使えない文字が含まれています。

# where: app/src/domain/kana.rs — field error
error-kana-empty = ふりがなを入力してください。

# where: app/src/domain/kana.rs — field error
error-kana-not-kana = ふりがなは、ひらがなかカタカナで入力してください。

# where: app/src/domain/kana.rs — field error
error-kana-too-long = ふりがなは50文字以内で入力してください。

# where: app/src/domain/birth_date.rs — field error
error-birth-date-empty = 生年月日を入力してください。

# where: app/src/domain/birth_date.rs — field error
error-birth-date-not-numbers = 生年月日は西暦の年・月・日を数字で入力してください（例: 1960年4月1日）。

# where: app/src/domain/birth_date.rs — field error
error-birth-date-no-such-date = 生年月日の日付が正しくありません。

# where: app/src/domain/birth_date.rs — field error
error-birth-date-in-future = 生年月日が未来の日付になっています。

# where: app/src/domain/phone.rs — field error
error-phone-empty = 電話番号を入力してください。

# where: app/src/domain/phone.rs — field error
error-phone-invalid = 電話番号は0から始まる10桁または11桁の数字で入力してください（例: 0766-51-6666）。

# where: app/src/domain/email.rs — field error
error-email-empty = メールアドレスを入力してください。

# where: app/src/domain/email.rs — field error
error-email-invalid = メールアドレスの形式が正しくありません（例: info@city.imizu.lg.jp）。

# where: app/src/domain/email.rs — field error
error-email-too-long = メールアドレスが長すぎます。

# where: app/src/texts.rs (EMAIL_MISMATCH) — error on the second email address field
error-email-mismatch = メールアドレスとメールアドレス確認が一致しません。同じメールアドレスを入力してください。

# where: app/src/domain/one_time_password.rs — field error
error-otp-empty = ワンタイムパスワードを入力してください。

# where: app/src/domain/one_time_password.rs — field error
error-otp-invalid = ワンタイムパスワードは数字8桁です。メールに記載の8桁の数字を入力してください。

# where: app/src/domain/user_key.rs — field error
error-user-key-empty = 利用者キーを入力してください。

# where: app/src/domain/user_key.rs — field error
error-user-key-invalid = 利用者キーは英数字12文字です（例: ABCD-EFGH-JKMN）。

## Emails (plain text)

# where: app/src/mail/texts.rs (footer) — the end of every email; $contact is site-contact-line, $url the site's address
mail-footer =
    ──────────────────────
    このメールはいみずe-予約システムから自動で送信しています。
    返信されてもお答えできませんので、お問い合わせは下記へお願いします。
    { $contact }
    { $url }/

# where: app/src/mail/texts.rs (ticket_lines) — in the reservation emails; $url is the slip's address
mail-ticket-lines =
    予約票（印刷用・QRコード・カレンダーへの登録）：
    { $url }

# where: app/src/mail/texts.rs (reservation_confirmation) — the service's notes (the city's words) in the confirmation email
mail-notes-block =
    【ご注意】
    { $notes }

# where: app/src/mail/texts.rs (reservation_confirmation) — email subject
mail-confirmation-subject = 【いみずe-予約システム】予約完了のお知らせ（予約番号 { $number }）

# where: app/src/mail/texts.rs (reservation_confirmation) — email body; $user_key is empty for a resident who was logged in; $notes is empty, or mail-notes-block followed by a blank line; $ticket is mail-ticket-lines; $footer is mail-footer
mail-confirmation-body =
    { $name } 様

    いみずe-予約システムをご利用いただき、ありがとうございます。
    以下の内容で予約を受け付けました。

    予約番号　　：{ $number }
    利用者キー　：{ $user_key }
    予約メニュー：{ $service }
    日時　　　　：{ $when }
    会場　　　　：{ $venue }

    { $notes }{ $ticket }

    利用者キーは、予約の確認・変更・キャンセルのときに必要です。
    このメールを保存するなどして、大切に保管してください。
    変更・キャンセルの締切：{ $deadline }

    { $footer }

# where: app/src/mail/texts.rs (key_notice) — email subject
mail-key-notice-subject = 【いみずe-予約システム】利用者キー通知

# where: app/src/mail/texts.rs (key_notice) — one line of the list in mail-key-notice-body: a name and that person's user key (the line starts with a full-width space in Japanese)
mail-key-notice-line = 　{ $name } 様　利用者キー：{ $user_key }

# where: app/src/mail/texts.rs (key_notice) — email body; $list is the mail-key-notice-line lines, one per line; $footer is mail-footer
mail-key-notice-body =
    いみずe-予約システムをご利用いただき、ありがとうございます。
    利用者キー再発行のお申し込みを受け付けました。
    このメールアドレスで登録されている利用者キーは次のとおりです。

    { $list }

    利用者キーは変わっていません。ログインには、利用者キーと
    ワンタイムパスワード（ログインのたびにメールでお送りします）が必要です。

    お申し込みに心当たりがない場合は、このメールを破棄してください。
    利用者キーだけでは予約を変更することはできません。

    { $footer }

# where: app/src/mail/texts.rs (one_time_password) — email subject
mail-otp-subject = 【いみずe-予約システム】ワンタイムパスワードのお知らせ

# where: app/src/mail/texts.rs (one_time_password) — email body; $valid_until is a date and time, $minutes how long the password works; $footer is mail-footer
mail-otp-body =
    { $name } 様

    ログインに必要なワンタイムパスワードをお知らせします。

    ワンタイムパスワード：{ $code }
    有効期限　　　　　　：{ $valid_until }まで（{ $minutes }分間）

    ログイン画面で、利用者キーとこのパスワードを入力してください。
    このパスワードは1回のログインに限り有効です。新しいパスワードを
    発行すると、それより前のパスワードは使えなくなります。

    お申し込みに心当たりがない場合は、このメールを破棄してください。
    このパスワードを他の人に教えないでください。市の職員がお尋ねすることもありません。

    { $footer }

# where: app/src/mail/texts.rs (slot_cancelled) — email subject: the city cancelled the date (e.g. bad weather)
mail-slot-cancelled-subject = 【いみずe-予約システム】中止のお知らせ（予約番号 { $number }）

# where: app/src/mail/texts.rs (slot_cancelled) — email body; $message is the staff's own words (written in Japanese); $url is the site's address; $footer is mail-footer
mail-slot-cancelled-body =
    { $name } 様

    ご予約いただいていた次の日時は、中止となりました。
    予約はキャンセル扱いとなります。ご迷惑をおかけし申し訳ありません。

    予約番号　　：{ $number }
    予約メニュー：{ $service }
    日時　　　　：{ $when }
    会場　　　　：{ $venue }

    【市からのお知らせ】
    { $message }

    改めて予約される場合は、{ $url }/reserve からお申し込みください。

    { $footer }

# where: app/src/mail/texts.rs (email_change_code) — email subject, sent to the new address
mail-email-change-code-subject = 【いみずe-予約システム】メールアドレス変更の確認コード

# where: app/src/mail/texts.rs (email_change_code) — email body; $valid_until is a date and time; $footer is mail-footer
mail-email-change-code-body =
    { $name } 様

    メールアドレスの変更のお申し込みを受け付けました。
    変更を完了するには、画面に次の確認コードを入力してください。

    確認コード：{ $code }
    有効期限　：{ $valid_until }まで（{ $minutes }分間）

    お申し込みに心当たりがない場合は、このメールを破棄してください。
    確認コードを入力しない限り、メールアドレスは変更されません。

    { $footer }

# where: app/src/mail/texts.rs (email_changed, email_changed_away) — email subject, to the old and the new address
mail-email-changed-subject = 【いみずe-予約システム】メールアドレス変更のお知らせ

# where: app/src/mail/texts.rs (email_changed) — email body; $at is a date and time; $email is the new address; $footer is mail-footer
mail-email-changed-body =
    { $name } 様

    { $at }に、登録されているメールアドレスを変更しました。
    変更後のメールアドレス：{ $email }

    今後のお知らせとワンタイムパスワードは、変更後のアドレスにお送りします。
    お心当たりがない場合は、お手数ですが下記までご連絡ください。

    { $footer }

# where: app/src/mail/texts.rs (email_changed_away) — email body to the OLD address; $email is the new address, partly hidden; $url is the single-use undo link; $until is a date and time; the button named is email-undo-button; $footer is mail-footer
mail-email-changed-away-body =
    { $name } 様

    { $at }に、登録されているメールアドレスを変更しました。
    変更後のメールアドレス：{ $email }

    今後のお知らせとワンタイムパスワードは、変更後のアドレスにお送りします。

    【お心当たりがない場合】
    次のリンクを開き、「元のメールアドレスに戻す」を押してください。
    このアドレス（変更前のアドレス）に戻り、すべての端末でログアウトします。
    { $url }
    （{ $until }まで、1回だけ使えます）

    { $footer }

# where: app/src/mail/texts.rs (identity_code) — email subject, to the current address before a change
mail-identity-code-subject = 【いみずe-予約システム】ご本人確認の確認コード

# where: app/src/mail/texts.rs (identity_code) — email body; $valid_until is a date and time; $footer is mail-footer
mail-identity-code-body =
    { $name } 様

    メールアドレスを変更する前に、ご本人であることを確認します。
    画面に次の確認コードを入力してください。

    確認コード：{ $code }
    有効期限　：{ $valid_until }まで（{ $minutes }分間）

    このコードを他の人に教えないでください。市の職員がお尋ねすることもありません。

    お申し込みに心当たりがない場合は、このメールを破棄してください。
    コードを入力しない限り、メールアドレスは変更されません。
    共用のパソコンなどでログインしたままになっていないか、ご確認ください。

    { $footer }

# where: app/src/mail/texts.rs (email_change_undone) — email subject, to both addresses
mail-email-undone-subject = 【いみずe-予約システム】メールアドレスを元に戻しました

# where: app/src/mail/texts.rs (email_change_undone) — email body; $at is a date and time; $email is the address now registered; $footer is mail-footer
mail-email-undone-body =
    { $name } 様

    { $at }に、メールアドレスの変更を取り消し、元のアドレスに戻しました。
    登録されているメールアドレス：{ $email }

    安全のため、すべての端末でログアウトしました。
    引き続きご利用になる場合は、利用者キーとワンタイムパスワードで
    もう一度ログインしてください。
    お心当たりがない場合は、お手数ですが下記までご連絡ください。

    { $footer }

# where: app/src/mail/texts.rs (login_locked) — email subject
mail-login-locked-subject = 【いみずe-予約システム】ログインを一時停止しています

# where: app/src/mail/texts.rs (login_locked) — email body, sent instead of a password; $until is a date and time; $footer is mail-footer
mail-login-locked-body =
    { $name } 様

    ワンタイムパスワードの発行のお申し込みがありましたが、
    ログインの失敗が続いたため、この利用者キーでのログインを
    { $until }まで停止しています。ワンタイムパスワードは発行していません。

    お急ぎの場合や、お心当たりがない場合は、下記までお電話ください。
    本人確認のうえ、停止を解除します。

    { $footer }

# where: app/src/mail/texts.rs (login_notice) — email subject, sent after every login
mail-login-notice-subject = 【いみずe-予約システム】ログインのお知らせ

# where: app/src/mail/texts.rs (login_notice) — email body; $at is a date and time; $footer is mail-footer
mail-login-notice-body =
    { $name } 様

    { $at }に、あなたの利用者キーでいみずe-予約システムにログインがありました。

    ご本人のログインであれば、このメールへの対応は不要です。
    お心当たりがない場合は、お手数ですが下記までご連絡ください。

    { $footer }

# where: app/src/mail/texts.rs (reservation_changed) — email subject
mail-changed-subject = 【いみずe-予約システム】予約変更のお知らせ（予約番号 { $number }）

# where: app/src/mail/texts.rs (reservation_changed) — email body; $when is the new date and time, $before the old one; $ticket is mail-ticket-lines; $footer is mail-footer
mail-changed-body =
    { $name } 様

    以下のとおり予約を変更しました。

    予約番号　　：{ $number }
    予約メニュー：{ $service }
    変更後の日時：{ $when }
    変更前の日時：{ $before }
    会場　　　　：{ $venue }

    { $ticket }

    変更・キャンセルの締切：{ $deadline }

    { $footer }

# where: app/src/mail/texts.rs (reservation_cancelled) — email subject
mail-cancelled-subject = 【いみずe-予約システム】予約キャンセルのお知らせ（予約番号 { $number }）

# where: app/src/mail/texts.rs (reservation_cancelled) — email body; $url is the site's address; $footer is mail-footer
mail-cancelled-body =
    { $name } 様

    以下の予約をキャンセルしました。

    予約番号　　：{ $number }
    予約メニュー：{ $service }
    日時　　　　：{ $when }
    会場　　　　：{ $venue }

    改めて予約される場合は、{ $url }/reserve からお申し込みください。

    { $footer }

# Pages the server writes itself (waiting page, busy page, errors outside the app)

# where: server/src/plain_page.rs — last line of every page the server writes itself (waiting page, busy page, errors); $phone_link is the number as a link
page-phone-line = お電話でのお問い合わせ: { $name } { $phone_link }（{ $hours }）

# where: server/src/safety_net.rs, server/src/fair_use.rs — link back to the top page on a page the server writes itself
page-back-to-top = トップページへ戻る

# where: server/src/safety_net.rs, server/src/guard.rs — title and heading when a form sent too much (no JavaScript), or was sent from another site
page-too-large-title = 送信できませんでした

# where: server/src/safety_net.rs, server/src/calendar_file.rs — title and heading of a system error page
page-internal-title = システムエラー

# where: server/src/fair_use.rs — title and heading of the page shown when one connection did too much in a short time
busy-title = しばらくしてからもう一度お試しください

# where: server/src/fair_use.rs — under busy-title; $minutes is a number
busy-minutes = 約{ $minutes }分後から、同じ操作をもう一度行えます。入力した内容が消えている場合は、お手数ですが入力し直してください。

# where: server/src/fair_use.rs — link to the list of services
busy-services-link = 予約メニューの一覧へ

# where: server/src/waiting_room/page.rs — title and heading of the waiting page on a busy morning
waiting-title = 順番にご案内しています

# where: server/src/waiting_room/page.rs — first paragraph of the waiting page
waiting-lead = ただいま大変混み合っています。順番が来ると、この画面から自動的に進みます。

# where: server/src/waiting_room/page.rs — when booking has not opened yet; $opens_at is a date and time
waiting-opens = 受付開始は { $opens_at } です。開始時刻になると、来られた順にご案内します。

# where: server/src/waiting_room/page.rs — row label: how many people are ahead in the line
waiting-ahead-label = あなたより前にお待ちの方

# where: server/src/waiting_room/page.rs — the number of people ahead; $count is a number
waiting-ahead = { $count }人

# where: server/src/waiting_room/page.rs — row label: the expected wait
waiting-time-label = お待ちいただく時間の目安

# where: server/src/waiting_room/page.rs — expected wait under a minute
waiting-under-a-minute = 1分以内

# where: server/src/waiting_room/page.rs — expected wait; $minutes is a number
waiting-minutes = 約{ $minutes }分

# where: server/src/waiting_room/page.rs — expected wait before booking opens
waiting-after-opening = 受付開始後、順番にご案内します

# where: server/src/waiting_room/page.rs — expected wait while staff have paused letting people in
waiting-paused = ただいまご案内を一時停止しています。再開しだい、順番にご案内します

# where: server/src/waiting_room/page.rs — expected wait when nobody has been let in lately
waiting-soon = まもなくご案内します

# where: server/src/waiting_room/page.rs — the service the visitor came for; $service is its name
waiting-service = ご希望の予約メニュー: { $service }

# where: server/src/waiting_room/page.rs — the service the visitor came for is fully booked; $service is its name
waiting-service-full = ご希望の「{ $service }」は、現在すべての予約枠が満員です。お待ちいただいても、空きが出ない限り予約できません。

# where: server/src/waiting_room/page.rs — last paragraph of the waiting page; $seconds is a number
waiting-keep-open = このページを再読み込みしても、順番は変わりません。ページを閉じずにお待ちください（{ $seconds }秒ごとに自動で更新します）。

# where: server/src/guard.rs — a form sent from another web site was refused (403); $top_link is page-cross-site-top-link as a link
page-cross-site = 別のサイトから送られた操作のため、受け付けませんでした。お手数ですが、{ $top_link }から操作してください。

# where: server/src/guard.rs — link text in page-cross-site
page-cross-site-top-link = いみずe-予約システムのトップページ

## 対象者条件 (issue 14): who a service is for

# where: app/src/reserve/pages.rs — label of the 'who can book' fact on a service's calendar page (対象者条件)
conditions-label = 対象の方

# where: app/src/reserve/conditions.rs — $at in the age conditions, when ages are counted at the end of the fiscal year
conditions-at-fiscal-year-end = 年度末（3月31日）

# where: app/src/reserve/conditions.rs — $at in the age conditions, when ages are counted on the day of the appointment
conditions-at-slot-date = 予約日

# where: app/src/reserve/conditions.rs — an age condition; $at is a date or conditions-at-*, $min and $max are numbers
conditions-age-between = { $at }の時点で{ $min }歳から{ $max }歳の方

# where: app/src/reserve/conditions.rs — an age condition with a lower limit only
conditions-age-from = { $at }の時点で{ $min }歳以上の方

# where: app/src/reserve/conditions.rs — an age condition with an upper limit only
conditions-age-to = { $at }の時点で{ $max }歳以下の方

# where: app/src/reserve/conditions.rs — the condition: women only
conditions-sex-female = 女性の方

# where: app/src/reserve/conditions.rs — the condition: men only
conditions-sex-male = 男性の方

# where: app/src/reserve/conditions.rs — the condition of a yes/no question; $question is the city's question (in Japanese)
conditions-question-yes = 「{ $question }」に「はい」と答える方

# where: app/src/reserve/conditions.rs — the condition of a yes/no question answered no
conditions-question-no = 「{ $question }」に「いいえ」と答える方

# where: app/src/reserve/conditions.rs — under the conditions; $contact is whom to call (a name and phone number)
conditions-call = 対象になるか分からないときは、{ $contact }にお問い合わせください。

# where: app/src/reserve/conditions.rs — title and heading of the step before the details form (対象者の確認)
conditions-step-title = 対象者の確認

# where: app/src/reserve/conditions.rs — first paragraph of the step; the conditions follow as a list
conditions-step-intro = この予約メニューは、次の条件にあてはまる方が対象です。お名前などを入力する前に、あてはまるか確認します。

# where: app/src/reserve/conditions.rs — label of the choice of sex
conditions-sex-legend = 性別

# where: app/src/reserve/conditions.rs — choice
conditions-female = 女性

# where: app/src/reserve/conditions.rs — choice
conditions-male = 男性

# where: app/src/reserve/conditions.rs — answer to a question
conditions-yes = はい

# where: app/src/reserve/conditions.rs — answer to a question
conditions-no = いいえ

# where: app/src/reserve/conditions.rs — button that checks the answers and goes on to the details form
conditions-next = 次へ

# where: app/src/reserve/conditions.rs — title and heading when the resident does not meet a condition
conditions-unmet-title = この予約メニューは予約できません

# where: app/src/reserve/conditions.rs — before the list of conditions not met
conditions-unmet-intro = 申し訳ありません。次の条件にあてはまらないため、この予約メニューは予約できません。

# where: app/src/reserve/conditions.rs — link back to the questions (after a wrong answer)
conditions-answer-again = 回答をやり直す

# where: app/src/reserve/pages.rs — note above the details form once the conditions are met
conditions-met = 対象者の確認が済みました。続けて、予約する方の情報を入力してください。

# where: app/src/reserve/conditions.rs — field error
error-choose-sex = 性別を選んでください。

# where: app/src/reserve/conditions.rs — field error under a question
error-answer-question = 「はい」か「いいえ」を選んでください。

# where: app/src/booking/error.rs (BookingError::NotEligible) — refused at 送信; $reasons lists the conditions not met, $contact is whom to call
error-not-eligible = この予約メニューの対象の条件（{ $reasons }）にあてはまらないため、予約できません。対象になるか分からないときは、{ $contact }にお問い合わせください。

# where: app/src/reserve/ssr.rs — field error under the date of birth when it does not meet an age condition; $rule is the condition
error-not-eligible-birth = この生年月日の方は対象になりません（対象: { $rule }）。生年月日が正しいか確かめてください。

## キャンセル待ち (issue 14): the waiting list of a full slot or day

# where: app/src/booking/error.rs (BookingError::HasRoom) — someone tried to join the waiting list of a slot or day that has room
error-waitlist-has-room = この日時には空きがあります。キャンセル待ちではなく、そのまま予約してください。

# where: app/src/booking/error.rs (BookingError::AlreadyWaiting) — the same person joined the same waiting list again
error-waitlist-already-waiting = すでにこのキャンセル待ちに登録されています。空きが出たら、登録順にメールでご案内します。

# where: app/src/mail/texts.rs (waitlist_joined) — the new user key, when joining made a record
mail-waitlist-key-line = 利用者キー　：{ $user_key }（ログインに使います。大切に保管してください）

# where: app/src/mail/texts.rs (waitlist_joined) — email subject; $service is the service's name
mail-waitlist-joined-subject = 【いみずe-予約システム】キャンセル待ち登録のお知らせ（{ $service }）

# where: app/src/mail/texts.rs (waitlist_offer) — email subject
mail-waitlist-offer-subject = 【いみずe-予約システム】キャンセル待ちの空きのご案内（{ $service }）

# where: app/src/mail/texts.rs (waitlist_joined) — email body; $what is the slot or the day; $position a number; $key is mail-waitlist-key-line and a blank line, or empty; $footer is mail-footer
mail-waitlist-joined-body =
    { $name } 様

    以下のキャンセル待ちに登録しました。

    予約メニュー：{ $service }
    日時　　　　：{ $what }
    順番　　　　：{ $position }番目

    { $key }空きが出たときは、登録の順に一人ずつメールでご案内します。ご案内から期限までにお申し込みいただくと、予約になります。期限を過ぎると次の方にご案内します。

    { $footer }

# where: app/src/mail/texts.rs (waitlist_offer) — email body; $until is the time limit; $url the offer's page
mail-waitlist-offer-body =
    { $name } 様

    キャンセル待ちの日時に空きが出ました。{ $until }まで、あなたのために席を確保しています。

    予約メニュー：{ $service }
    日時　　　　：{ $when }
    会場　　　　：{ $venue }

    予約する場合も、辞退する場合も、次のページからお手続きください。
    { $url }

    { $until }までにお手続きがない場合は、次の方にご案内します。

    { $footer }

# where: app/src/reserve/waitlist.rs — heading of the panel on a full slot
waitlist-heading = キャンセル待ち

# where: app/src/reserve/waitlist.rs — how the waiting list works (full slot; completion page)
waitlist-join-lead = 空きが出たときに、登録の順に一人ずつメールでご案内します。ご案内のメールの期限までにお申し込みいただくと、予約になります。

# where: app/src/reserve/waitlist.rs — button: join the waiting list of this slot
waitlist-join-slot = キャンセル待ちに登録する（この時間）

# where: app/src/reserve/waitlist.rs — link: join the waiting list of the whole day
waitlist-join-day = この日ならどの時間でもよい場合は、この日のキャンセル待ちに登録する

# where: app/src/reserve/waitlist.rs — above the forms when joining the waiting list of a slot
waitlist-notice-slot = この時間は満員のため、キャンセル待ちとして登録します（まだ予約ではありません）。

# where: app/src/reserve/waitlist.rs — above the forms when joining the waiting list of a day
waitlist-notice-day = この日のキャンセル待ちとして登録します。この日のどの時間でも、空きが出たらご案内します（まだ予約ではありません）。

# where: app/src/reserve/waitlist.rs — title of the page after joining
waitlist-complete-title = キャンセル待ちの登録完了

# where: app/src/reserve/waitlist.rs — the place in line; $position is a number
waitlist-complete-position = キャンセル待ちの{ $position }番目に登録しました。登録のお知らせをメールでお送りしました。

# where: app/src/waitlist/mod.rs — title of the offer page (link in the offer email)
waitlist-offer-title = キャンセル待ちの空きのご案内

# where: app/src/waitlist/mod.rs — the place is held; $until is a date and time
waitlist-offer-open = { $until }まで、次の日時の席をあなたのために確保しています。予約する場合は「予約する」を押してください。

# where: app/src/waitlist/mod.rs — button
waitlist-offer-accept = 予約する

# where: app/src/waitlist/mod.rs — button
waitlist-offer-decline = 辞退する

# where: app/src/waitlist/mod.rs — under the buttons
waitlist-offer-decline-note = ご都合が合わない場合は「辞退する」を押してください。すぐに次の方にご案内します。

# where: app/src/waitlist/mod.rs — after taking the place
waitlist-offer-booked = 予約が完了しました。確認のメールをお送りしました。

# where: app/src/waitlist/mod.rs — after letting the place go
waitlist-offer-declined = 辞退を受け付けました。次の方にご案内します。ご連絡ありがとうございました。

# where: app/src/waitlist/mod.rs — the hold ran out before the resident answered
waitlist-offer-too-late = お手続きの期限を過ぎたため、この席は次の方にご案内しました。申し訳ありません。ほかの日時は予約メニューからお選びください。

# where: app/src/catalogue/view.rs — link under a full slot to its waiting list (a screen reader hears the date and time first)
catalogue-waitlist-link = キャンセル待ちに登録

# where: app/src/catalogue/view.rs — link under a day whose slots are all full
catalogue-waitlist-day = この日のキャンセル待ちに登録する（どの時間でもよい場合）

# where: app/src/my_reservations/pages.rs — heading of the resident's places on waiting lists
my-waiting-heading = キャンセル待ち

# where: app/src/my_reservations/pages.rs — label: the slot or day waited for
my-waiting-what = 日時

# where: app/src/my_reservations/ssr.rs — a day waited for (any time); $date is a date
my-waiting-whole-day = { $date }（どの時間でも）

# where: app/src/my_reservations/pages.rs — label: the place in line
my-waiting-position = 順番

# where: app/src/my_reservations/pages.rs — the place in line; $position is a number
my-waiting-position-value = { $position }番目

# where: app/src/my_reservations/pages.rs — a place is held for them; $until is a date and time
my-waiting-offered = 空きが出ました。{ $until }まで席を確保しています。ご案内のメールのリンクからお手続きください。

# where: app/src/my_reservations/pages.rs — button: leave the waiting list
my-waiting-leave = キャンセル待ちを取り消す

# where: app/src/my_reservations/pages.rs — after leaving a waiting list
my-waiting-left = キャンセル待ちを取り消しました。

# where: app/src/booking/error.rs — applying outside the lottery's application period
error-lottery-not-applying = この予約メニューの抽選は、申込期間ではありません。申込期間は予約メニューのページでご確認ください。

# where: app/src/booking/error.rs — a second application by the same person
error-lottery-already-applied = この予約メニューの抽選には、すでにお申し込みがあります（お一人1回まで）。お申し込みの内容は「予約の確認・変更・キャンセル」でご確認ください。

# where: app/src/booking/error.rs — the draw has already run
error-lottery-already-drawn = 抽選はすでに終わりました。結果はメールでお知らせしています。

# where: app/src/booking/error.rs — staff: the draw cannot run during the application period
error-lottery-too-early = 申込期間が終わるまで抽選はできません。

# where: app/src/booking/lottery.rs — one line of the preferences in the lottery emails; $n is 1, 2, 3 …; $when the slot
mail-lottery-choice-line = 第{ $n }希望：{ $when }

# where: app/src/mail/texts.rs (lottery_applied) — email subject
mail-lottery-applied-subject = 【いみずe-予約システム】抽選のお申し込みを受け付けました（{ $service }）

# where: app/src/mail/texts.rs (lottery_applied) — email body; $choices is one mail-lottery-choice-line per preference; $draw_at the draw; $key is mail-waitlist-key-line and a blank line, or empty; $footer is mail-footer
mail-lottery-applied-body =
    { $name } 様

    以下の内容で、抽選のお申し込みを受け付けました。まだ予約ではありません。

    予約メニュー：{ $service }
    申込番号　　：{ $number }
    { $choices }

    { $key }抽選日時：{ $draw_at }
    結果は抽選のあと、このメールアドレスにお知らせします。当選した方は、そのまま予約になります。
    抽選の前までは、「予約の確認・変更・キャンセル」からお申し込みを取り下げられます。

    { $footer }

# where: app/src/mail/texts.rs (lottery_won) — email subject
mail-lottery-won-subject = 【いみずe-予約システム】抽選の結果のお知らせ（当選・予約番号 { $number }）

# where: app/src/mail/texts.rs (lottery_won) — email body; as mail-confirmation-body
mail-lottery-won-body =
    { $name } 様

    抽選の結果、当選しました。以下の内容で予約しています。

    予約番号　　：{ $number }
    利用者キー　：{ $user_key }
    予約メニュー：{ $service }
    日時　　　　：{ $when }
    会場　　　　：{ $venue }

    { $notes }{ $ticket }

    ご都合が悪くなったときは、「予約の確認・変更・キャンセル」からキャンセルしてください。空いた席は、キャンセル待ちの方にご案内します。
    変更・キャンセルの締切：{ $deadline }

    { $footer }

# where: app/src/mail/texts.rs (lottery_lost) — email subject
mail-lottery-lost-subject = 【いみずe-予約システム】抽選の結果のお知らせ（{ $service }）

# where: app/src/mail/texts.rs (lottery_lost) — the first lines of the body: not drawn
mail-lottery-lost-lead = 抽選の結果、残念ながら今回はご希望の日時に当選しませんでした。

# where: app/src/mail/texts.rs (lottery_lost) — the first lines of the body: not in the draw (conditions or limit no longer met)
mail-lottery-excluded-lead = 抽選のときに、この予約メニューの対象の条件（または予約数の上限）にあてはまらなかったため、抽選の対象になりませんでした。詳しくは、お問い合わせ先へお電話ください。

# where: app/src/mail/texts.rs (lottery_lost) — before the list of slots with room; $url is the service's page
mail-lottery-open-lead = 空きのある日時は次のとおりです。先着順で予約できます（予約の受付期間は予約メニューのページでご確認ください）。
    { $url }

# where: app/src/mail/texts.rs (lottery_lost) — after the list, when more slots have room; $count is a number
mail-lottery-open-more = ほか{ $count }件

# where: app/src/mail/texts.rs (lottery_lost) — no slot has room
mail-lottery-none-open = 現在、空きのある日時はありません。キャンセルが出たときは、予約メニューのページからキャンセル待ちに登録できます。
    { $url }

# where: app/src/mail/texts.rs (lottery_lost) — email body; $lead is mail-lottery-lost-lead or mail-lottery-excluded-lead; $open what is still open
mail-lottery-lost-body =
    { $name } 様

    予約メニュー：{ $service }

    { $lead }

    { $open }

    { $footer }

# where: app/src/reserve/lottery.rs — heading of the panel on a 抽選 service's page
lottery-heading = 抽選

# where: app/src/reserve/lottery.rs — how a lottery works, on the service's page
lottery-lead = この予約メニューは抽選です。申込期間にお申し込みいただいた方の中から、抽選で予約する方を決めます。申し込んだ順番や時刻は関係ありません。

# where: app/src/reserve/lottery.rs — label: the application period
lottery-label-period = 申込期間

# where: app/src/reserve/lottery.rs — the application period; $from and $until are dates with times
lottery-period = { $from } 〜 { $until }

# where: app/src/reserve/lottery.rs — label: when the draw is
lottery-label-draw = 抽選日時

# where: app/src/reserve/lottery.rs — label: how many slots one may choose
lottery-label-choices = 希望できる日時

# where: app/src/reserve/lottery.rs — how many slots one may choose; $n is a number
lottery-choices-count = { $n }つまで（希望の順に選びます）

# where: app/src/reserve/lottery.rs — before the application period; $from is a date with time
lottery-before = 申込期間の前です。{ $from }から申し込めます。

# where: app/src/reserve/lottery.rs — during the application period; $until is a date with time
lottery-applying = 申込受付中です（{ $until }まで）。

# where: app/src/reserve/lottery.rs — after the application period, before the draw
lottery-closed = 申込期間は終わりました。抽選のあと、結果をメールでお知らせします。

# where: app/src/reserve/lottery.rs — after the draw
lottery-drawn = 抽選は終わりました。空いている日時は、下の一覧から先着順で予約できます。

# where: app/src/reserve/lottery.rs — button: apply to the lottery
lottery-apply-button = 抽選に申し込む

# where: app/src/reserve/lottery.rs — title of the page where one chooses the slots
lottery-apply-title = 抽選の申し込み

# where: app/src/reserve/lottery.rs — above the choices
lottery-choices-lead = 希望する日時を、希望の順に選んでください。抽選では、申し込んだ方を無作為な順番に並べ、その順番に、まだ空きのあるいちばん希望の高い日時に当選します。多く選ぶほど当選しやすくなります。

# where: app/src/reserve/lottery.rs — label of one choice; $n is 1, 2, 3 …
lottery-choice-label = 第{ $n }希望

# where: app/src/reserve/lottery.rs — hint under the first choice
lottery-choice-first-hint = 必ず選んでください

# where: app/src/reserve/lottery.rs — hint under the other choices
lottery-choice-optional = 任意です（選ばなくてもかまいません）

# where: app/src/reserve/lottery.rs — the empty option of the first choice
lottery-choice-placeholder = 選んでください

# where: app/src/reserve/lottery.rs — the empty option of the other choices
lottery-choice-none = 選ばない

# where: app/src/reserve/lottery.rs — the first choice is missing
lottery-error-first = 第1希望の日時を選んでください。

# where: app/src/reserve/lottery.rs — the same slot chosen twice
lottery-error-twice = 同じ日時を2回選んでいます。別の日時を選ぶか、「選ばない」にしてください。

# where: app/src/reserve/lottery.rs — a chosen slot can no longer be chosen
lottery-error-gone = 選んだ日時は、申し込めなくなりました。別の日時を選んでください。

# where: app/src/reserve/lottery.rs — on every step of an application; $draw_at is a date with time
lottery-notice = 抽選のお申し込みです（まだ予約ではありません）。抽選日時: { $draw_at }

# where: app/src/reserve/lottery.rs — label: the slots chosen
lottery-label-your-choices = 希望の日時

# where: app/src/reserve/lottery.rs — label: the application number
lottery-label-number = 申込番号

# where: app/src/reserve/lottery.rs — title of the page after applying
lottery-complete-title = 抽選の申し込み完了

# where: app/src/reserve/lottery.rs — after applying
lottery-complete-received = 抽選のお申し込みを受け付けました。お知らせのメールをお送りしました。

# where: app/src/reserve/lottery.rs — what happens next; $draw_at is a date with time
lottery-complete-next = 抽選日時（{ $draw_at }）のあと、結果をメールでお知らせします。当選した方は、そのまま予約になります。

# where: app/src/reserve/lottery.rs — how to withdraw
lottery-complete-withdraw = 抽選の前までは、「予約の確認・変更・キャンセル」（ログインが必要です）からお申し込みを取り下げられます。

# where: app/src/reserve/pages.rs — a lottery service in the list, before its period; $from is a date with time
lottery-card-before = 抽選（{ $from }から申込受付）

# where: app/src/reserve/pages.rs — a lottery service in the list, during its period; $until is a date with time
lottery-card-applying = 抽選の申込受付中（{ $until }まで）

# where: app/src/reserve/pages.rs — a lottery service in the list, period over, before the draw
lottery-card-closed = 抽選の申込受付は終わりました（抽選待ち）

# where: app/src/my_reservations/pages.rs — heading of the applications
my-lottery-heading = 抽選のお申し込み

# where: app/src/my_reservations/pages.rs — label: where an application stands
my-lottery-status = 状態

# where: app/src/my_reservations/ssr.rs — waiting for the draw; $draw_at is a date with time
my-lottery-applied = 抽選待ち（抽選日時: { $draw_at }）

# where: app/src/my_reservations/ssr.rs — won
my-lottery-won = 当選（予約になりました。上の「今後の予約」をご覧ください）

# where: app/src/my_reservations/ssr.rs — lost
my-lottery-lost = 落選

# where: app/src/my_reservations/ssr.rs — withdrawn
my-lottery-withdrawn-status = 取り下げ済み

# where: app/src/my_reservations/ssr.rs — not in the draw
my-lottery-excluded = 抽選の対象外（条件にあてはまりませんでした）

# where: app/src/my_reservations/pages.rs — button: withdraw the application
my-lottery-withdraw = 申し込みを取り下げる

# where: app/src/my_reservations/pages.rs — after withdrawing
my-lottery-withdrawn = 抽選のお申し込みを取り下げました。

# where: app/src/reserve/lottery.rs — link back to the choices of the application being made
lottery-change-choices = 希望の日時を選び直す

# where: app/src/my_reservations/pages.rs — after the withdraw button, for screen readers; $number is the application number
my-lottery-number-hidden = （申込番号 { $number }）

# where: app/src/mail/texts.rs (reminder) — email subject; $service is the service's name
mail-reminder-subject = 【いみずe-予約システム】ご予約日のお知らせ（{ $service }）

# where: app/src/mail/texts.rs (reminder) — email body; as mail-confirmation-body, without the user key; $cancel is mail-reminder-cancel-online or mail-reminder-cancel-by-phone
mail-reminder-body =
    { $name } 様

    ご予約の日が近づきましたので、お知らせします。

    予約番号　　：{ $number }
    予約メニュー：{ $service }
    日時　　　　：{ $when }
    会場　　　　：{ $venue }

    { $notes }{ $ticket }

    { $cancel }

    このお知らせが不要な方は、ログイン後の「お知らせメール」から止められます。

    { $footer }

# where: app/src/my_reservations/pages.rs — heading of the reminder switch
my-reminders-heading = お知らせメール

# where: app/src/my_reservations/pages.rs — reminders are on
my-reminders-on = ご予約の日の前に、お知らせのメールをお送りします（お知らせを送る予約メニューのみ）。

# where: app/src/my_reservations/pages.rs — reminders are off
my-reminders-off = ご予約の日の前のお知らせメールは、止めています。

# where: app/src/my_reservations/pages.rs — button: turn reminders off
my-reminders-stop = お知らせメールを止める

# where: app/src/my_reservations/pages.rs — button: turn reminders on
my-reminders-start = お知らせメールを受け取る

# where: app/src/my_reservations/pages.rs — after changing the switch
my-reminders-saved = お知らせメールの設定を変更しました。

# where: app/src/booking/error.rs — a waiting list or lottery for someone without an email address
error-needs-email = メールアドレスの登録がない方は、この手続きができません（キャンセル待ちのご案内や抽選の結果はメールでお送りするためです）。窓口またはお電話でご相談ください。

# where: app/src/mail/texts.rs (reminder) — how to cancel, before the change deadline; $login is the login page's address
mail-reminder-cancel-online =
    ご都合が悪くなったときは、締切までに「予約の確認・変更・キャンセル」からキャンセルしてください（利用者キーとメールで届くワンタイムパスワードでログインします）。空いた席は、ほかの方が予約できます。
    変更・キャンセルの締切：{ $deadline }
    { $login }

# where: app/src/mail/texts.rs (reminder) — how to cancel, once the change deadline has passed
mail-reminder-cancel-by-phone = 変更・キャンセルの締切（{ $deadline }）を過ぎたため、画面からは変更・キャンセルできません。来られなくなったときは、下のお問い合わせ先へお電話ください。

# where: app/src/reserve/household.rs — heading of the 家族 chooser (logged in)
reserve-who-for-heading = どなたの予約ですか

# where: app/src/reserve/household.rs — under the heading
reserve-who-for-intro = 同じメールアドレスで登録しているご家族の予約もできます。選んで「この方の予約にする」を押してください。

# where: app/src/reserve/household.rs — legend of the radio buttons
reserve-who-for-legend = 予約する方

# where: app/src/reserve/household.rs — the one logged in; $name is their name
reserve-member-me = { $name } 様（ご自身）

# where: app/src/reserve/household.rs — another member; $name is their name
reserve-member-other = { $name } 様

# where: app/src/reserve/household.rs — the choice that adds a member
reserve-member-new = ご家族を追加する（その方の利用者キーをお送りします）

# where: app/src/reserve/household.rs — button
reserve-who-for-choose = この方の予約にする

# where: app/src/reserve/pages.rs — details form for a member being added; $email is the household's address
reserve-new-member-notice = 追加するご家族の氏名・ふりがな・生年月日・電話番号を入力してください。メールアドレスは { $email } です（その方の利用者キーと予約の確認メールを、このアドレスにお送りします）。

# where: app/src/my_reservations/pages.rs — label: whose reservation (another member of the household)
my-label-whose = ご予約の方

# where: app/src/my_reservations/pages.rs — a member's name; $name is it
my-whose = { $name } 様

# where: app/src/my_reservations/pages.rs — under who is logged in; $names are the other members' names
my-household = 同じメールアドレスのご家族（{ $names }）の予約も、ここで確認・変更・キャンセルできます。

# where: app/src/own_data/pages.rs — title and heading; also the link in my reservations' breadcrumbs
own-title = 登録情報

# where: app/src/own_data/pages.rs — under the heading
own-intro = 市がこのシステムに保存している、あなたの情報のすべてです。

# where: app/src/own_data/pages.rs — link: the file
own-download = ファイルでダウンロード（JSON形式）

# where: app/src/own_data/pages.rs — heading: the record
own-record-heading = ご本人の情報

# where: app/src/own_data/pages.rs — heading: records of the same person made by booking without logging in
own-others-heading = ご本人の他の登録

# where: app/src/own_data/pages.rs — under that heading
own-others-intro = ログインせずに予約すると、そのたびに利用者キーが作られます。同じメールアドレス・ふりがな・生年月日の登録は、あなたの登録としてここに示し、削除するときは一緒に削除します。

# where: app/src/own_data/pages.rs — label: language of the emails
own-label-language = メールの言語

# where: app/src/own_data/pages.rs — label: when the record was made
own-label-registered = 登録日時

# where: app/src/own_data/pages.rs — label: when it last changed
own-label-updated = 最終更新日時

# where: app/src/own_data/pages.rs — heading: every reservation, cancelled and past included
own-reservations-heading = 予約（キャンセル済み・終了したものを含む）

# where: app/src/own_data/pages.rs — an empty list
own-none = ありません。

# where: app/src/own_data/pages.rs — a reservation attended
own-attended = 来場済み

# where: app/src/own_data/pages.rs — label: when a reservation was made
own-label-made = 予約日時

# where: app/src/own_data/pages.rs — label: when it was cancelled
own-label-cancelled = キャンセル日時

# where: app/src/own_data/pages.rs — heading: places on waiting lists
own-waiting-heading = キャンセル待ち

# where: app/src/own_data/pages.rs — heading: lottery applications
own-applications-heading = 抽選の申し込み

# where: app/src/own_data/pages.rs — heading: emails sent
own-emails-heading = お送りしたメール

# where: app/src/own_data/pages.rs — under the heading
own-emails-note = 利用者キーとワンタイムパスワードは、送信した後は保存していません。ダウンロードしたファイルでは「＊＊＊＊（送信後に消去）」と表示されます。

# where: app/src/own_data/pages.rs — label: when an email was sent
own-label-sent = 送信日時

# where: app/src/own_data/pages.rs — an email not sent yet
own-not-sent = 未送信

# where: app/src/own_data/pages.rs — heading
own-erase-heading = 利用者情報の削除

# where: app/src/own_data/pages.rs — what erasing does (also on the confirm page)
own-erase-intro = 氏名・ふりがな・生年月日・電話番号・メールアドレスと、あなたにお送りしたメールを削除します。削除すると、この利用者キーではログインできなくなります。予約の件数などの統計（個人が分からない形のもの）は残ります。今後の予約・キャンセル待ち・抽選の申し込みがある間は削除できません。

# where: app/src/own_data/pages.rs — link to the confirm step
own-erase-link = 利用者情報の削除へ進む

# where: app/src/own_data/pages.rs — confirm step: title and heading
own-erase-confirm-title = 利用者情報の削除の確認

# where: app/src/own_data/pages.rs — confirm step
own-erase-confirm-lead = 本当に削除しますか。削除した情報は元に戻せません。

# where: app/src/own_data/pages.rs — button
own-erase-button = 削除する

# where: app/src/own_data/pages.rs — link back without erasing
own-erase-back = 削除せずに登録情報に戻る

# where: app/src/own_data/pages.rs — refused while something upcoming is theirs; also the error of app/src/error.rs
own-erase-refused = 今後の予約、キャンセル待ち、または抽選の申し込みがあるため、削除できません。先にキャンセル・取り消しをしてから、もう一度お試しください。

# where: app/src/own_data/pages.rs — the reservations in the way; $numbers are reservation numbers
own-erase-refused-numbers = 今後の予約の予約番号：{ $numbers }

# where: app/src/own_data/pages.rs — after erasing: title and heading
own-erased-title = 利用者情報を削除しました

# where: app/src/own_data/pages.rs — after erasing
own-erased-body = 利用者情報を削除しました。ご利用ありがとうございました。また予約するときは、はじめての方と同じように予約してください（新しい利用者キーをお送りします）。

# where: app/src/my_reservations/pages.rs — link to 登録情報
my-own-data-link = 登録情報（保存されている情報の確認・ダウンロード・削除）

# where: app/src/reserve/household.rs — on the steps after the choice; $name is the member's name
reserve-for-member = { $name } 様の予約です。

# where: app/src/reserve/household.rs — link back to the choice
reserve-choose-again = 予約する方を選び直す
