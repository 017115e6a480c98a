### いみずe-予約システム: the texts residents read, in English.
### Plain English for residents (many are elderly or foreign residents).
### The Japanese original of a one-line text is given in a "# ja:" comment.
### Message ids and { $variables } are the same as in ja.ftl.

## Site: header, footer, home page, shared words, dates

# where: app/src/texts.rs (SYSTEM_NAME) — the system's name: header, footer, breadcrumbs, home heading, emails. Keep as is.
# ja: いみずe-予約システム
site-name = いみずe-予約システム

# where: app/src/lib.rs (Title formatter) — the browser tab title; $page is the page's title (an empty title shows site-name alone)
# ja: { $page } | いみずe-予約システム
site-title = { $page } | いみずe-予約システム

# where: app/src/ui/layout.rs — link that skips to the page's main text (keyboard users)
# ja: 本文へ移動
site-skip-link = Skip to main content

# where: app/src/ui/layout.rs — accessible name of the language links at the top of every page (read by screen readers; both words, so either reader finds it)
# ja: 言語 / Language
site-language-nav-label = Language / 言語

# where: app/src/ui/layout.rs — accessible name of the header menu (read by screen readers)
# ja: メインメニュー
site-nav-label = Main menu

# where: app/src/ui/layout.rs, app/src/reserve/pages.rs — header link, home button and breadcrumb to the reservation pages
# ja: 予約する
site-reserve = Make a reservation

# where: app/src/ui/layout.rs, app/src/login/pages.rs — header link; the login page's title and heading; the login button
# ja: ログイン
site-login = Log in

# where: app/src/ui/layout.rs — small text after the header's login link (what logging in is for)
# ja: （予約の確認・変更・キャンセル）
site-login-sub = (check, change or cancel a reservation)

# where: app/src/ui/layout.rs, app/src/key_reissue/pages.rs — header link; title and heading of the user key reissue pages
# ja: 利用者キー再発行
site-key-reissue = Get your user key again

# where: app/src/ui/layout.rs, app/src/my_reservations/pages.rs, app/src/email_change/pages.rs — header link when logged in; title of the resident's reservations page; breadcrumb
# ja: 予約の確認・変更・キャンセル
site-my = Check, change or cancel reservations

# where: app/src/login/pages.rs — header button
# ja: ログアウト
site-logout = Log out

# where: app/src/ui/layout.rs — footer; $name and $hours are the city's configured words (Japanese); $phone_link is site-phone-link as a link
# ja: お問い合わせ：{ $name }　{ $phone_link }（{ $hours }）
site-footer-contact = Contact: { $name }, { $phone_link } ({ $hours })

# where: app/src/ui/layout.rs — the footer's phone link text
# ja: 電話 { $phone }
site-phone-link = Tel. { $phone }

# where: app/src/site.rs (contact_line) — whom to call, in emails, the email change pages and the calendar file; $name and $hours are the city's configured words
# ja: { $name }　電話 { $phone }（{ $hours }）
site-contact-line = { $name }, Tel. { $phone } ({ $hours })

# where: app/src/texts.rs (MAIL_HELP_LINK) — link to the mail help page (footer, home, forms); also that page's title and heading
# ja: メールが届かない場合
site-mail-help-link = Help: emails not arriving

# where: app/src/key_reissue/pages.rs, app/src/my_reservations/pages.rs — after an email was sent; $link is site-mail-help-link as a link
# ja: 通常、数分以内に届きます。{ $link }もご覧ください。
site-mail-arrives = The email usually arrives within a few minutes. See also: { $link }.

# where: app/src/ui/layout.rs — accessible name of the breadcrumb trail (read by screen readers)
# ja: 現在位置
site-breadcrumb-label = You are here

# where: app/src/ui/layout.rs — home page, under the heading
# ja: 健診・検診、乳幼児健診、予防接種、健康相談などの予約を、スマートフォンやパソコンから受け付けています。
site-home-lead = Here you can reserve health checkups, cancer screenings, checkups for babies and children, vaccinations, health consultations and more, from your smartphone or computer.

# where: app/src/ui/layout.rs — home page button to the login page
# ja: 予約の確認・変更・キャンセル（ログイン）
site-home-my-button = Check, change or cancel reservations (log in)

# where: app/src/ui/layout.rs — home page heading
# ja: はじめて予約される方へ
site-home-first-time-heading = If this is your first reservation

# where: app/src/ui/layout.rs — home page
# ja: 予約が完了すると、予約番号と「利用者キー」が画面とメールでお知らせされます。利用者キーは、予約の確認・変更・キャンセルのときに必要です。
site-home-first-time-text = When your reservation is complete, you get a reservation number and a user key (利用者キー). They are shown on the screen and sent to you by email. You need the user key to check, change or cancel a reservation.

# where: app/src/ui/layout.rs — home page link to the user key reissue page
# ja: 利用者キーが不明な方は、こちらから再発行（メールで再送）できます
site-home-key-reissue-link = Forgot your user key? Get it again by email here

# where: app/src/ui/layout.rs, app/src/login/pages.rs, app/src/email_change/undo/mod.rs, app/src/ticket/page.rs — link to the login page (e.g. under an error when the login has expired)
# ja: ログイン画面へ
site-to-login = Go to the login page

# where: app/src/email_change/undo/mod.rs, app/src/ticket/page.rs — link to the top page under an error
# ja: トップページへ
site-to-top = Go to the top page

# where: app/src/ui/layout.rs, app/src/reserve/pages.rs, app/src/key_reissue/pages.rs, app/src/ticket/page.rs — link at the end of a page
# ja: トップページへ戻る
site-back-to-top = Back to the top page

# where: app/src/ui/layout.rs — shown while a page's data loads
# ja: 読み込み中…
site-loading = Loading…

# where: app/src/ui/layout.rs — title and heading of the page-not-found page
# ja: ページが見つかりません
site-not-found-title = Page not found

# where: app/src/ui/layout.rs — page-not-found page
# ja: お探しのページは、削除されたか、URLが間違っている可能性があります。
site-not-found-text = This page may have been removed, or the address (URL) may be wrong.

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
# ja: 月
site-weekday-mon = Mon

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
# ja: 火
site-weekday-tue = Tue

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
# ja: 水
site-weekday-wed = Wed

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
# ja: 木
site-weekday-thu = Thu

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
# ja: 金
site-weekday-fri = Fri

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
# ja: 土
site-weekday-sat = Sat

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
# ja: 日
site-weekday-sun = Sun

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 1月
site-month-1 = January

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 2月
site-month-2 = February

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 3月
site-month-3 = March

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 4月
site-month-4 = April

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 5月
site-month-5 = May

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 6月
site-month-6 = June

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 7月
site-month-7 = July

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 8月
site-month-8 = August

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 9月
site-month-9 = September

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 10月
site-month-10 = October

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 11月
site-month-11 = November

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 12月
site-month-12 = December

# where: app/src/time.rs (date_short) — e.g. 12月1日(火): calendar days, a day's slots; $month is a site-month-N text, $day a number, $weekday a site-weekday-x text
# ja: { $month }{ $day }日({ $weekday })
site-date-short = { $weekday }, { $month } { $day }

# where: app/src/time.rs (date_long) — e.g. 2026年12月1日(火): a slot's date, deadlines, times in emails; variables as in site-date-short
# ja: { $year }年{ $month }{ $day }日({ $weekday })
site-date-long = { $weekday }, { $month } { $day }, { $year }

# where: app/src/catalogue/ssr.rs — caption of a month calendar, e.g. 2026年12月; $month is a site-month-N text
# ja: { $year }年{ $month }
site-date-month = { $month } { $year }

# where: app/src/domain/birth_date.rs (japanese) — a date of birth as shown on the check page, e.g. 1960年4月1日; $month is a site-month-N text
# ja: { $year }年{ $month }{ $day }日
site-birth-date = { $month } { $day }, { $year }

# where: app/src/time.rs (time_range) — a slot's time, e.g. 9:30〜10:00
# ja: { $start }〜{ $end }
site-time-range = { $start }–{ $end }

## Forms: shared labels, buttons and the error summary

# where: app/src/texts.rs (ERROR_SUMMARY_TITLE), app/src/ui/form.rs — heading of the list of problems at the top of a form
# ja: 入力内容に誤りがあります
form-error-summary-title = Please correct the following

# where: app/src/reserve/pages.rs, app/src/login/pages.rs, app/src/key_reissue/pages.rs — page title when the form has errors; $title is the page's title
# ja: エラー: { $title }
form-error-title = Error: { $title }

# where: app/src/ui/form.rs, app/src/login/pages.rs, app/src/reserve/pages.rs — a field's error; 「エラー: 」 is visually hidden (read by screen readers only); $message is the error
# ja: エラー: { $message }
form-field-error = Error: { $message }

# where: app/src/ui/form.rs — a submit button while it is working
# ja: 処理中…
form-pending = Please wait…

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs, app/src/email_change/pages.rs — button: go on to the check page (or check a code)
# ja: 確認
form-check = Check

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs — button on a check page: send
# ja: 送信
form-send = Send

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs — button on a check page: back to the form
# ja: 戻る
form-back = Back

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs — check page, when the answers are no longer valid
# ja: 入力内容に誤りがあります。入力画面に戻って修正してください。
form-has-errors = Some of your answers need correcting. Go back to the form and correct them.

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs — link under form-has-errors
# ja: 入力画面へ戻る
form-back-to-input = Back to the form

# where: app/src/texts.rs (EMAIL_EXAMPLE) — hint under an email address field
# ja: 例:info@city.imizu.lg.jp
form-email-example = Example: info@city.imizu.lg.jp

# where: app/src/reserve/pages.rs, app/src/email_change/pages.rs — hint under the second email address field
# ja: 確認のため、もう一度入力してください
form-email-confirm-hint = Type it again to check

# where: app/src/texts.rs (USER_KEY_EXAMPLE) — hint under the user key field
# ja: 例:ABCD-EFGH-JKMN（大文字・小文字、ハイフンの有無は問いません）
form-user-key-example = Example: ABCD-EFGH-JKMN (capital or small letters, with or without hyphens)

# where: app/src/texts.rs (FORGOTTEN_KEY_LINK) — link to the user key reissue page from the login pages
# ja: 利用者キーが不明な方は、利用者キー再発行へ
form-forgotten-key-link = Forgot your user key? Get it again

# where: app/src/reserve/pages.rs — field label and row label
# ja: 氏名
form-label-name = Name

# where: app/src/reserve/pages.rs — field label and row label: the name written in kana
# ja: ふりがな
form-label-kana = Name in kana (furigana)

# where: app/src/reserve/pages.rs — field label and row label
# ja: 生年月日
form-label-birth-date = Date of birth

# where: app/src/reserve/pages.rs, app/src/my_reservations/pages.rs — field label and row label
# ja: 電話番号
form-label-phone = Phone number

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs, app/src/login/pages.rs, app/src/my_reservations/pages.rs — field label and row label
# ja: メールアドレス
form-label-email = Email address

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs — label of the second email address field (typed again to check)
# ja: メールアドレス確認
form-label-email-confirm = Email address (again)

# where: app/src/login/pages.rs, app/src/reserve/pages.rs — field label; also on the completion page
# ja: 利用者キー
form-label-user-key = User key

# where: app/src/reserve/pages.rs, app/src/my_reservations/pages.rs, app/src/ticket/page.rs — row label
# ja: 予約番号
form-label-reservation-number = Reservation number

# where: app/src/catalogue/view.rs, app/src/my_reservations/pages.rs, app/src/ticket/page.rs — row label: the service reserved (e.g. 特定健診)
# ja: 予約メニュー
form-label-service = Service

# where: app/src/catalogue/view.rs, app/src/my_reservations/pages.rs, app/src/ticket/page.rs — row label: date and time
# ja: 日時
form-label-when = Date and time

# where: app/src/catalogue/view.rs, app/src/reserve/pages.rs, app/src/my_reservations/pages.rs, app/src/ticket/page.rs — row label: where to go
# ja: 会場
form-label-venue = Place

# where: app/src/my_reservations/pages.rs — row label: the last moment to change or cancel
# ja: 変更・キャンセルの締切
form-label-change-deadline = Deadline to change or cancel

## 予約する: choose a service and a time, details, check, done

# where: app/src/reserve/pages.rs — link under an error on the reservation pages
# ja: 予約メニューの一覧へ
reserve-load-error-link = Go to the list of services

# where: app/src/reserve/pages.rs — page title (browser tab)
# ja: 予約メニューを選ぶ
reserve-services-title = Choose a service

# where: app/src/reserve/pages.rs — page heading
# ja: 予約メニューを選んでください
reserve-services-heading = Choose a service

# where: app/src/reserve/pages.rs — when no service takes reservations
# ja: 現在、予約を受け付けているメニューはありません。
reserve-services-none = No services are taking reservations at the moment.

# where: app/src/reserve/pages.rs — on each service's card; $venue is the city's words
# ja: 会場: { $venue }
reserve-service-venue = Place: { $venue }

# where: app/src/reserve/pages.rs — on a service's card
# ja: 空きがあります
reserve-service-has-room = Places available

# where: app/src/reserve/pages.rs — on a service's card
# ja: 現在、空きはありません
reserve-service-no-room = Fully booked at the moment

# where: app/src/reserve/pages.rs — page title and breadcrumb of the date-and-time step
# ja: 予約枠を選ぶ
reserve-slots-title = Choose a date and time

# where: app/src/reserve/pages.rs — page title (browser tab); $service is the service's name
# ja: { $service }の予約枠を選ぶ
reserve-slots-page-title = { $service }: choose a date and time

# where: app/src/reserve/pages.rs — row label: the service's deadlines (catalogue-deadline-…)
# ja: 締切
reserve-label-deadline = Deadline

# where: app/src/reserve/pages.rs — row label: how many reservations one person may hold (catalogue-limit-note)
# ja: 予約数の上限
reserve-label-limit = Limit per person

# where: app/src/reserve/pages.rs — heading above the calendar
# ja: 日時を選んでください
reserve-slots-heading = Choose a date and time

# where: app/src/reserve/pages.rs — the chosen time is full (shown before the form)
# ja: この予約枠は満員です。別の日時を選んでください。
reserve-slot-full = This time is fully booked. Please choose another date or time.

# where: app/src/reserve/pages.rs — title, heading and breadcrumb of the details form
# ja: お客様情報の入力
reserve-details-title = Your details

# where: app/src/reserve/pages.rs — link under reserve-slot-full / error-slot-closed
# ja: 予約枠の一覧へ戻る
reserve-back-to-slots = Back to the dates and times

# where: app/src/reserve/pages.rs — hint under the name field
# ja: 例: 射水 太郎
reserve-name-hint = Example: 射水 太郎 or IMIZU Taro

# where: app/src/reserve/pages.rs — hint under the furigana field
# ja: ひらがなかカタカナで入力してください（例: いみず たろう）
reserve-kana-hint = Write your name in hiragana or katakana (example: いみず たろう)

# where: app/src/reserve/pages.rs — hint under the date of birth fields
# ja: 西暦で入力してください（例: 1960年4月1日）
reserve-birth-hint = Use the Western calendar year (example: 1960 / 4 / 1 for April 1, 1960)

# where: app/src/reserve/pages.rs — label after the year box of the date of birth
# ja: 年
reserve-birth-year = Year

# where: app/src/reserve/pages.rs — label after the month box of the date of birth
# ja: 月
reserve-birth-month = Month

# where: app/src/reserve/pages.rs — label after the day box of the date of birth
# ja: 日
reserve-birth-day = Day

# where: app/src/reserve/pages.rs — hint under the phone field
# ja: 日中に連絡のつく番号（例: 0766-51-6666）
reserve-phone-hint = A number we can call in the daytime (example: 0766-51-6666)

# where: app/src/reserve/pages.rs — under the email fields; followed by the site-mail-help-link link
# ja: 予約完了のメールが届くよう、迷惑メール対策をされている方は受信設定をご確認ください。
reserve-mail-filter-hint = If you block spam email, check your settings so that our confirmation email can reach you.

# where: app/src/reserve/pages.rs — details form of a logged-in resident (first paragraph)
# ja: ログイン中のため、登録されている内容で予約します。新しい利用者キーは発行されません。
reserve-known-notice = You are logged in, so we use your registered details. You will not get a new user key.

# where: app/src/reserve/pages.rs — details form of a logged-in resident (second paragraph)
# ja: 電話番号は変更できます。メールアドレスの変更は「予約の確認・変更・キャンセル」の画面から行えます。
reserve-known-change-note = You can change your phone number here. To change your email address, go to “Check, change or cancel reservations”.

# where: app/src/reserve/pages.rs — title, heading and breadcrumb of the check page
# ja: 入力内容の確認
reserve-confirm-title = Check your answers

# where: app/src/reserve/pages.rs — link under an error when the slot became full or closed
# ja: 別の日時を選ぶ
reserve-choose-another = Choose another date or time

# where: app/src/reserve/pages.rs — check page; the button is form-send
# ja: 以下の内容で予約します。よろしければ送信ボタンを押してください。
reserve-confirm-lead = We will make the reservation below. If everything is correct, press “Send”.

# where: app/src/reserve/pages.rs — check page of a logged-in resident
# ja: ログイン中の利用者キーで予約します（新しい利用者キーは発行されません）。
reserve-confirm-known = The reservation is made with the user key you are logged in with (you will not get a new user key).

# where: app/src/reserve/pages.rs — check and completion pages; $deadline is a date and time
# ja: 変更・キャンセルの締切: { $deadline }
reserve-change-deadline = Deadline to change or cancel: { $deadline }

# where: app/src/reserve/pages.rs — title, heading and breadcrumb of the completion page
# ja: 予約完了
reserve-complete-title = Reservation complete

# where: app/src/reserve/pages.rs — completion page, above the reservation number
# ja: 予約を受け付けました。
reserve-complete-received = We have received your reservation.

# where: app/src/reserve/pages.rs — completion page, while the new user key is shown
# ja: 利用者キーは、予約の確認・変更・キャンセルのときに必要です。メモするか、この画面を保存するなどして、大切に保管してください。この画面の利用者キーは、予約した後30分間だけ表示されます。
reserve-complete-key-note = You need the user key to check, change or cancel your reservation. Write it down or save this screen, and keep it safe. The user key is shown on this screen for only 30 minutes after you reserve.

# where: app/src/reserve/pages.rs — completion page after the 30 minutes, or in another browser
# ja: 利用者キーとメールアドレスは、予約した後30分間だけ、予約したブラウザーに表示されます。利用者キーは予約完了のメールでお知らせしています。
reserve-complete-key-hidden = The user key and email address are shown only in the browser you reserved with, and only for 30 minutes. Your user key is in the confirmation email.

# where: app/src/reserve/pages.rs — button to the reservation slip (予約票)
# ja: 予約票を表示する（印刷・カレンダー登録）
reserve-ticket-link = Show the reservation slip (print, add to calendar)

# where: app/src/reserve/pages.rs — completion page; the address is shown in bold
# ja: 予約完了のメールを { $email } に送信しました。メールをご確認ください。
reserve-complete-mail-sent-to = We have sent a confirmation email to { $email }. Please check your email.

# where: app/src/reserve/pages.rs — completion page when the address is no longer shown
# ja: 予約完了のメールを送信しました。メールをご確認ください。
reserve-complete-mail-sent = We have sent a confirmation email. Please check your email.

## The calendar of times and the services' deadlines

# where: app/src/catalogue/view.rs — instead of the calendar
# ja: 現在、予約できる日時はありません。
catalogue-no-slots = There are no dates and times you can reserve at the moment.

# where: app/src/catalogue/mod.rs (DayMark::words) — meaning of ○ in the calendar legend; also read out for a day
# ja: 空きあり
catalogue-mark-open = Available

# where: app/src/catalogue/mod.rs (DayMark::words) — meaning of △
# ja: 残りわずか
catalogue-mark-few = Few places left

# where: app/src/catalogue/mod.rs, app/src/catalogue/view.rs — meaning of ×; also a full slot's status
# ja: 満員
catalogue-mark-full = Full

# where: app/src/catalogue/mod.rs, app/src/catalogue/view.rs — meaning of －; also a closed slot's status
# ja: 受付終了
catalogue-mark-closed = Closed

# where: app/src/catalogue/view.rs — a slot's status: how many places are left
# ja: 残り{ $remaining }人
catalogue-slot-remaining = Places left: { $remaining }

# where: app/src/catalogue/view.rs — heading above the chosen day's times; $date is a site-date-short
# ja: { $date }の予約枠
catalogue-day-slots = Times on { $date }

# where: app/src/catalogue/ssr.rs — how many upcoming reservations one person may hold for the service
# ja: お一人{ $limit }件まで（受付中の予約の数）
catalogue-limit-note = Up to { $limit } per person (upcoming reservations)

# where: app/src/booking/deadlines.rs (deadline_note) — one deadline for everything; $reserve is a catalogue-days-before-… text
# ja: 予約・変更・キャンセルは{ $reserve }まで
catalogue-deadline-same = Reservations, changes and cancellations: until { $reserve }

# where: app/src/booking/deadlines.rs (deadline_note) — two deadlines; $reserve and $change are catalogue-days-before-… texts
# ja: 予約は{ $reserve }まで、変更・キャンセルは{ $change }まで
catalogue-deadline-split = Reservations: until { $reserve }. Changes and cancellations: until { $change }

# where: app/src/booking/deadlines.rs (days_before_text) — deadline on the day itself; $time e.g. 17:00
# ja: 当日の{ $time }
catalogue-days-before-0 = { $time } on the day

# where: app/src/booking/deadlines.rs (days_before_text) — deadline the day before
# ja: 前日の{ $time }
catalogue-days-before-1 = { $time } the day before

# where: app/src/booking/deadlines.rs (days_before_text) — deadline $days (2 or more) days before
# ja: { $days }日前の{ $time }
catalogue-days-before-n = { $time }, { $days } days before

## ログイン

# where: app/src/login/pages.rs — login page after logging out
# ja: ログアウトしました。
login-logged-out = You have logged out.

# where: app/src/login/pages.rs — login page after asking for a one-time password (the same words whether or not the key is registered)
# ja: 入力された利用者キーとメールアドレスが登録されている場合、ワンタイムパスワードを送信しました。メールに記載の8桁の数字を、下の「ワンタイムパスワード」に入力してください。
login-otp-sent = If the user key and email address you entered are registered, we have sent you a one-time password. Enter the 8-digit number from the email in “One-time password” below.

# where: app/src/login/pages.rs — under login-otp-sent; $link is site-mail-help-link as a link
# ja: メールが届かないときは、{ $link }をご覧ください。
login-otp-sent-help = If the email does not arrive, see { $link }.

# where: app/src/login/pages.rs — too many one-time password requests; $retry_at is a time, e.g. 14:05
# ja: 短時間に続けてお申し込みがあったため、ワンタイムパスワードの発行を一時的に止めています。{ $retry_at }以降にもう一度お試しください。
login-otp-throttled = There were too many requests in a short time, so we have stopped sending one-time passwords for now. Please try again after { $retry_at }.

# where: app/src/login/pages.rs — under login-otp-throttled
# ja: すでに届いているワンタイムパスワードは、有効期間内であればお使いいただけます。
login-otp-throttled-note = A one-time password you have already received still works until it expires.

# where: app/src/login/pages.rs — login page, above the form
# ja: 利用者キー、ワンタイムパスワードを入力してください。ワンタイムパスワードはログイン毎に新規のものが必要となります。
login-lead = Enter your user key and one-time password. You need a new one-time password each time you log in.

# where: app/src/login/pages.rs — field label
# ja: ワンタイムパスワード
login-otp-label = One-time password

# where: app/src/login/pages.rs — hint under the one-time password field
# ja: メールでお送りした8桁の数字
login-otp-hint = The 8-digit number we sent you by email

# where: app/src/login/pages.rs — checkbox label: show the typed password
# ja: パスワードを表示
login-show-password = Show password

# where: app/src/login/mod.rs (login_failed_message) — the one message for every failed login; $minutes how long a password works, $max_wrong how many wrong tries are allowed
# ja: ログインできませんでした。利用者キーとワンタイムパスワードをお確かめください。ワンタイムパスワードは発行から{ $minutes }分以内、1回のログインに限り有効で、{ $max_wrong }回間違えると使えなくなります。その場合は、もう一度ワンタイムパスワードを発行してください。
login-failed = We could not log you in. Check your user key and one-time password. A one-time password works for { $minutes } minutes after it is sent, for one login only. After { $max_wrong } wrong tries it stops working. Then please get a new one-time password.

## ワンタイムパスワード発行

# where: app/src/login/pages.rs — title and heading of the one-time password page; also the button to it on the login page
# ja: ワンタイムパスワード発行
otp-title = Get a one-time password

# where: app/src/login/pages.rs — link under an error
# ja: ワンタイムパスワード発行の画面へ
otp-load-error-link = Go to “Get a one-time password”

# where: app/src/login/pages.rs — one-time password page, first paragraph
# ja: ワンタイムパスワードを発行します。利用者キー及び登録済みのメールアドレスを入力してください。メールアドレス宛に8桁のパスワードを送付します。
otp-lead-request = We will send you a one-time password. Enter your user key and your registered email address. We will send an 8-digit password to that address.

# where: app/src/login/pages.rs — one-time password page, second paragraph
# ja: ログイン画面にて、利用者キーとこのパスワードを入力し、ログインしてください。
otp-lead-login = Then, on the login page, enter your user key and this password to log in.

# where: app/src/login/pages.rs — one-time password page, third paragraph; $minutes how long a password works
# ja: なお、ワンタイムパスワードの有効期間は{ $minutes }分となっております。{ $minutes }分経過した際は、再度ワンタイムパスワードの取得をお願いいたします。
otp-lead-valid = The one-time password works for { $minutes } minutes. After that, please get a new one-time password.

# where: app/src/login/pages.rs — button
# ja: ワンタイムパスワードを発行
otp-submit = Send me a one-time password

# where: app/src/login/pages.rs — link
# ja: ログイン画面へ戻る
otp-back-to-login = Back to the login page

## 利用者キー再発行

# where: app/src/key_reissue/pages.rs — link under an error
# ja: 利用者キー再発行の最初の画面へ
key-reissue-load-error-link = Start “Get your user key again” from the beginning

# where: app/src/key_reissue/pages.rs — input page
# ja: 利用者キーを再発行します。登録済みのメールアドレスを入力してください。
key-reissue-lead = We will send you your user key again. Enter your registered email address.

# where: app/src/key_reissue/pages.rs — page title (browser tab) of the check page
# ja: 利用者キー再発行（確認）
key-reissue-confirm-title = Get your user key again (check)

# where: app/src/key_reissue/pages.rs — check page; the button is form-send
# ja: 以下の内容で送信します。よろしければ送信ボタンを押してください。
key-reissue-confirm-lead = We will send the details below. If they are correct, press “Send”.

# where: app/src/key_reissue/pages.rs — title and heading of the last page
# ja: 利用者キー再発行完了
key-reissue-complete-title = Request sent

# where: app/src/key_reissue/pages.rs — last page
# ja: 利用者キー通知メールを送信しました。メールをご確認ください。
key-reissue-complete-sent = We have sent the user key email. Please check your email.

# where: app/src/key_reissue/pages.rs — last page (the same words whether or not the address is registered)
# ja: 入力されたメールアドレスが登録されている場合、そのアドレスで登録されているすべての利用者キーをお知らせします。登録されていない場合、メールは届きません。
key-reissue-complete-note = If the email address you entered is registered, the email lists every user key registered with it. If it is not registered, no email is sent.

## 予約の確認・変更・キャンセル (logged in)

# where: app/src/my_reservations/pages.rs — link back to the resident's reservations (also under errors)
# ja: 予約の確認・変更・キャンセルの画面へ戻る
my-back = Back to your reservations

# where: app/src/my_reservations/pages.rs — row label: a my-status-… text
# ja: 状態
my-label-status = Status

# where: app/src/my_reservations/pages.rs — link to the reservation slip (予約票); followed by my-number-hidden
# ja: 予約票（印刷・カレンダー登録）
my-ticket-link = Reservation slip (print, add to calendar)

# where: app/src/my_reservations/pages.rs — visually hidden after a reservation's links and buttons, so a screen reader says which reservation
# ja: （予約番号 { $number }）
my-number-hidden = (reservation number { $number })

# where: app/src/my_reservations/pages.rs — button on a reservation
# ja: 日時を変更する
my-change-button = Change date and time

# where: app/src/my_reservations/pages.rs — button on a reservation, and the button on the cancel check page
# ja: キャンセルする
my-cancel-button = Cancel reservation

# where: app/src/my_reservations/pages.rs — on a reservation past its change/cancel deadline
# ja: 締切を過ぎたため、この画面からは変更・キャンセルできません。お問い合わせ先へお電話ください。
my-locked = The deadline has passed, so you cannot change or cancel it here. Please call us (see the contact details).

# where: app/src/my_reservations/pages.rs — after an email address change
# ja: メールアドレスを変更しました。変更前と変更後の両方のアドレスにお知らせをお送りしました。ほかの端末でのログインは終了しました。
my-email-changed = Your email address has been changed. We sent a notice to both the old and the new address. You have been logged out on your other devices.

# where: app/src/my_reservations/pages.rs — who is logged in
# ja: { $name } 様（利用者キー { $user_key }）
my-resident = { $name } (user key { $user_key })

# where: app/src/my_reservations/pages.rs — heading
# ja: これからの予約
my-upcoming-heading = Upcoming reservations

# where: app/src/my_reservations/pages.rs
# ja: これからの予約はありません。
my-upcoming-none = You have no upcoming reservations.

# where: app/src/my_reservations/pages.rs — button
# ja: 新しく予約する
my-new-reservation = Make a new reservation

# where: app/src/my_reservations/pages.rs — heading
# ja: 過去の予約・キャンセルした予約
my-past-heading = Past and cancelled reservations

# where: app/src/my_reservations/pages.rs — under my-past-heading when there are none
# ja: ありません。
my-past-none = None.

# where: app/src/my_reservations/pages.rs — heading above the phone number and email address
# ja: 登録内容
my-registered-heading = Your registered details

# where: app/src/my_reservations/pages.rs
# ja: 電話番号は、次に予約するときの入力画面で変更できます。
my-phone-note = You can change your phone number the next time you make a reservation.

# where: app/src/my_reservations/pages.rs — link
# ja: メールアドレスを変更する
my-change-email-link = Change your email address

# where: app/src/my_reservations/pages.rs — page title (browser tab) of the change page
# ja: 予約の変更（日時を選ぶ）
my-change-title = Change a reservation (choose a date and time)

# where: app/src/my_reservations/pages.rs — heading of the change page; breadcrumb of the change pages
# ja: 予約の変更
my-change-heading = Change a reservation

# where: app/src/my_reservations/pages.rs — heading above the reservation being changed
# ja: 現在の予約
my-current-heading = Your reservation now

# where: app/src/my_reservations/pages.rs — heading above the calendar
# ja: 変更後の日時を選んでください
my-change-choose = Choose the new date and time

# where: app/src/my_reservations/pages.rs, app/src/email_change/pages.rs — link
# ja: 変更せずに戻る
my-back-without-change = Go back without changing

# where: app/src/my_reservations/pages.rs — title and heading of the change check page
# ja: 予約の変更（確認）
my-change-confirm-title = Change a reservation (check)

# where: app/src/my_reservations/pages.rs — the button named is my-change-submit
# ja: 以下のとおり変更します。よろしければ「変更する」ボタンを押してください。
my-change-confirm-lead = The reservation will be changed as shown below. If this is correct, press “Change”.

# where: app/src/my_reservations/pages.rs — row label
# ja: 変更前の日時
my-label-before = Old date and time

# where: app/src/my_reservations/pages.rs — row label
# ja: 変更後の日時
my-label-after = New date and time

# where: app/src/my_reservations/pages.rs, app/src/email_change/pages.rs — button that makes a change
# ja: 変更する
my-change-submit = Change

# where: app/src/my_reservations/pages.rs — link back to the calendar
# ja: 日時を選び直す
my-choose-again = Choose another date and time

# where: app/src/my_reservations/pages.rs — title and heading after a change
# ja: 予約の変更完了
my-changed-title = Reservation changed

# where: app/src/my_reservations/pages.rs — after a change
# ja: 予約を変更しました。変更のお知らせをメールでお送りしました。
my-changed-message = Your reservation has been changed. We have sent you an email about the change.

# where: app/src/my_reservations/pages.rs — title and heading of the cancel check page
# ja: 予約のキャンセル（確認）
my-cancel-title = Cancel a reservation (check)

# where: app/src/my_reservations/pages.rs — breadcrumb of the cancel pages
# ja: 予約のキャンセル
my-cancel-heading = Cancel a reservation

# where: app/src/my_reservations/pages.rs — the button named is my-cancel-button
# ja: 次の予約をキャンセルします。よろしければ「キャンセルする」ボタンを押してください。
my-cancel-lead = The reservation below will be cancelled. If this is correct, press “Cancel reservation”.

# where: app/src/my_reservations/pages.rs — link
# ja: キャンセルせずに戻る
my-back-without-cancel = Go back without cancelling

# where: app/src/my_reservations/pages.rs — title and heading after a cancellation
# ja: 予約のキャンセル完了
my-cancelled-title = Reservation cancelled

# where: app/src/my_reservations/pages.rs — after a cancellation
# ja: 予約をキャンセルしました。キャンセルのお知らせをメールでお送りしました。
my-cancelled-message = Your reservation has been cancelled. We have sent you an email about the cancellation.

# where: app/src/booking/standing.rs (Standing::label) — a reservation's status
# ja: 予約中
my-status-active = Reserved

# where: app/src/booking/standing.rs — status past the change/cancel deadline
# ja: 予約中（変更・キャンセル締切後）
my-status-locked = Reserved (too late to change or cancel)

# where: app/src/booking/standing.rs — the day has passed
# ja: 終了
my-status-past = Finished

# where: app/src/booking/standing.rs
# ja: キャンセル済み
my-status-cancelled = Cancelled

## メールアドレスの変更 (logged in)

# where: app/src/email_change/pages.rs — title, heading and breadcrumb of every email change page
# ja: メールアドレスの変更
email-change-title = Change your email address

# where: app/src/email_change/pages.rs — link under an error
# ja: メールアドレスの変更の最初の画面へ
email-change-load-error-link = Start changing your email address from the beginning

# where: app/src/email_change/pages.rs — after the code from the current address was right
# ja: ご本人の確認ができました。
email-change-identity-ok = We have confirmed that it is you.

# where: app/src/email_change/pages.rs — new address form
# ja: 新しいメールアドレスを入力してください。そのアドレスに確認コード（数字8桁）をお送りします。確認コードを入力すると、変更が完了します。
email-change-lead = Enter your new email address. We will send a confirmation code (8 digits) to it. When you enter the code, the change is complete.

# where: app/src/email_change/pages.rs, app/src/email_change/undo/mod.rs — row label
# ja: 現在のメールアドレス
email-change-current = Current email address

# where: app/src/email_change/pages.rs — field label
# ja: 新しいメールアドレス
email-change-new = New email address

# where: app/src/email_change/pages.rs — label of the second field (typed again to check)
# ja: 新しいメールアドレス確認
email-change-new-confirm = New email address (again)

# where: app/src/email_change/pages.rs — button
# ja: 確認コードを送信
email-change-send-code = Send confirmation code

# where: app/src/email_change/pages.rs — first step: prove it is you
# ja: メールアドレスを変更する前に、ご本人の確認をします。現在のメールアドレスに確認コード（数字8桁）をお送りしますので、次の画面で入力してください。
email-change-identity-lead = Before you change your email address, we check that it is you. We will send a confirmation code (8 digits) to your current email address. Enter it on the next screen.

# where: app/src/email_change/pages.rs — button
# ja: 現在のアドレスに確認コードを送信
email-change-identity-send = Send a code to my current address

# where: app/src/email_change/pages.rs — $contact is site-contact-line
# ja: 現在のメールアドレスでメールを受け取れなくなった場合は、お手数ですが { $contact } までお問い合わせください。
email-change-identity-no-access = If you can no longer receive email at your current address, please contact { $contact }.

# where: app/src/email_change/pages.rs (wrong_code) — error on the code field; $minutes how long a code works
# ja: 確認コードが正しくないか、有効期限が切れています。メールに記載の8桁の数字を入力してください（{ $minutes }分以内、5回まで）。
email-change-wrong-code = The confirmation code is wrong or has expired. Enter the 8-digit number from the email (within { $minutes } minutes, up to 5 tries).

# where: app/src/email_change/pages.rs — field label
# ja: 確認コード
email-change-code-label = Confirmation code

# where: app/src/email_change/pages.rs — hint under the code field
# ja: メールに記載の8桁の数字
email-change-code-hint = The 8-digit number in the email

# where: app/src/email_change/pages.rs — when no code can be entered any more
# ja: 有効な確認コードがありません。有効期限が切れたか、5回間違えたため使えなくなりました。
email-change-no-code = There is no valid confirmation code. It has expired, or it was entered wrongly 5 times.

# where: app/src/email_change/pages.rs — a code was asked for again too soon; $retry_at is a time, e.g. 14:05
# ja: 確認コードは1分に1回までお送りできます。{ $retry_at }以降にもう一度お試しください。先にお送りしたコードが届いていれば、それを入力してください。
email-change-identity-retry = We can send a confirmation code only once a minute. Please try again after { $retry_at }. If the code we sent earlier has arrived, enter that code.

# where: app/src/email_change/pages.rs — $email is the current address
# ja: 現在のメールアドレス { $email } に確認コードを送信しました。{ $minutes }分以内に入力してください。
email-change-identity-sent = We have sent a confirmation code to your current email address { $email }. Enter it within { $minutes } minutes.

# where: app/src/email_change/pages.rs — $email is the new address
# ja: { $email } に確認コードを送信しました。{ $minutes }分以内に入力してください。
email-change-verify-sent = We have sent a confirmation code to { $email }. Enter it within { $minutes } minutes.

# where: app/src/email_change/pages.rs — both code pages; $help_link is site-mail-help-link as a link, $resend_link is email-change-identity-resend-link or email-change-verify-resend-link as a link
# ja: メールが届かないときは、{ $help_link }をご覧いただくか、{ $resend_link }。
email-change-no-mail = If the email does not arrive, see { $help_link }, or { $resend_link }.

# where: app/src/email_change/pages.rs — link text inside email-change-no-mail (code to the current address)
# ja: 確認コードを送り直してください
email-change-identity-resend-link = send the code again

# where: app/src/email_change/pages.rs — link text inside email-change-no-mail (code to the new address)
# ja: アドレスを確かめて送り直してください
email-change-verify-resend-link = check the address and send the code again

# where: app/src/email_change/pages.rs — link under email-change-no-code (current address)
# ja: 確認コードを送り直す
email-change-identity-again = Send the code again

# where: app/src/email_change/pages.rs — link under email-change-no-code (new address)
# ja: もう一度、新しいメールアドレスを入力する
email-change-verify-again = Enter a new email address again

# where: app/src/email_change/mod.rs — error on the new address field; $retry_at is a time
# ja: 短時間に続けてお申し込みがあったため、受け付けられませんでした。{ $retry_at }以降にもう一度お試しください。
email-change-refused = There were too many requests in a short time, so we could not accept this one. Please try again after { $retry_at }.

## メールアドレスの変更の取り消し (link in an email)

# where: app/src/email_change/undo/mod.rs — title and heading (page opened from the link in an email to the old address)
# ja: メールアドレスの変更の取り消し
email-undo-title = Undo an email address change

# where: app/src/email_change/undo/mod.rs
# ja: メールアドレスの変更を取り消し、変更前のアドレスに戻します。あわせて、すべての端末でログアウトします。
email-undo-lead = This undoes the email address change and goes back to the old address. You will also be logged out on all devices.

# where: app/src/email_change/undo/mod.rs — row label
# ja: 戻すメールアドレス
email-undo-restores = Address to go back to

# where: app/src/email_change/undo/mod.rs — row label: a date and time
# ja: このリンクの有効期限
email-undo-until = This link works until

# where: app/src/email_change/undo/mod.rs — button; also named in mail-email-changed-away-body
# ja: 元のメールアドレスに戻す
email-undo-button = Go back to my old email address

# where: app/src/email_change/undo/mod.rs — under the button
# ja: ご自身で変更した場合は、何もする必要はありません。
email-undo-not-you = If you made the change yourself, you do not need to do anything.

# where: app/src/email_change/undo/mod.rs — after the undo
# ja: メールアドレスを元に戻しました。安全のため、すべての端末でログアウトしました。
email-undo-done = Your email address is back to the old one. For your safety, you have been logged out on all devices.

# where: app/src/email_change/undo/mod.rs — after the undo
# ja: 引き続きご利用になる場合は、利用者キーとワンタイムパスワードでもう一度ログインしてください。
email-undo-login-again = To continue, log in again with your user key and a one-time password.

# where: app/src/email_change/undo/mod.rs — the link is used or too old
# ja: このリンクは使えません。すでに使われたか、有効期限（7日間）が切れています。
email-undo-gone = This link cannot be used. It has already been used, or it has expired (it works for 7 days).

# where: app/src/email_change/undo/mod.rs — $contact is site-contact-line
# ja: 心当たりのない変更があった場合は、お手数ですが { $contact } までご連絡ください。
email-undo-gone-contact = If your email address was changed and you did not do it, please contact { $contact }.

## 予約票 (reservation slip) and its calendar file

# where: app/src/ticket/page.rs — title and heading of the reservation slip (a sheet shown at reception)
# ja: 予約票
ticket-title = Reservation slip

# where: app/src/ticket/page.rs — slip of a cancelled reservation
# ja: この予約はキャンセルされています。この予約票では受付できません。
ticket-cancelled = This reservation has been cancelled. This slip cannot be used at reception.

# where: app/src/ticket/page.rs — heading above the service's notes (the city's words)
# ja: 持ち物・注意事項
ticket-notes-heading = What to bring and notes

# where: app/src/ticket/page.rs
# ja: 当日は、この予約票（印刷したもの、またはスマートフォンの画面）を受付でお見せください。
ticket-show-at-reception = On the day, show this slip at reception (printed, or on your smartphone screen).

# where: app/src/ticket/page.rs — bottom of the slip; the phone number is a link; $name and $hours are the city's configured words
# ja: お問い合わせ：{ $name } 電話 { $phone }（{ $hours }）
ticket-contact = Contact: { $name }, Tel. { $phone } ({ $hours })

# where: app/src/ticket/page.rs — button
# ja: 印刷する
ticket-print = Print

# where: app/src/ticket/page.rs — button: downloads a calendar file
# ja: カレンダーに追加する
ticket-add-calendar = Add to calendar

# where: app/src/ticket/page.rs — under the buttons
# ja: 印刷しない場合は、この画面を保存するか、スクリーンショットを撮っておくと便利です。
ticket-save-hint = If you do not print it, it helps to save this screen or take a screenshot.

# where: app/src/ticket/page.rs — without JavaScript (no print button)
# ja: 印刷するには、ブラウザーのメニューから「印刷」を選んでください。
ticket-print-hint = To print, choose “Print” in your browser's menu.

# where: app/src/ticket/page.rs — heading when the link is wrong
# ja: 予約票が見つかりません
ticket-not-found-title = Reservation slip not found

# where: app/src/ticket/page.rs — when the link is wrong
# ja: このリンクの予約票はありません。メールのリンクが途中で切れていないか、ご確認ください。
ticket-not-found = There is no reservation slip for this link. Check that the link in the email was not cut off.

# where: app/src/ticket/page.rs — when the link is wrong
# ja: 予約の内容は、利用者キーでログインすると「予約の確認・変更・キャンセル」で確認でき、そこから予約票も開けます。
ticket-not-found-login = Log in with your user key to see your reservations in “Check, change or cancel reservations”. You can open the slip from there.

# where: app/src/ticket/ssr.rs — text alternative of the QR code picture (read by screen readers)
# ja: 予約番号 { $number } のQRコード
ticket-qr-label = QR code of reservation number { $number }

# where: app/src/ticket/ssr.rs — title of the event in the calendar file
# ja: { $service }（予約番号 { $number }）
ticket-calendar-summary = { $service } (reservation number { $number })

# where: app/src/ticket/ssr.rs — calendar file, event description, first line
# ja: 予約番号：{ $number }
ticket-calendar-number = Reservation number: { $number }

# where: app/src/ticket/ssr.rs — calendar file, event description, when the service has notes
# ja: 持ち物・注意事項：{ $notes }
ticket-calendar-notes = What to bring and notes: { $notes }

# where: app/src/ticket/ssr.rs — calendar file, event description: the slip's address
# ja: 予約票：{ $url }
ticket-calendar-link = Reservation slip: { $url }

# where: app/src/ticket/ssr.rs — calendar file, event description; $contact is site-contact-line
# ja: お問い合わせ：{ $contact }
ticket-calendar-contact = Contact: { $contact }

## メールが届かない場合

# where: app/src/mail_help.rs — the page's title is site-mail-help-link
# ja: 予約完了・利用者キー通知・ワンタイムパスワードのメールは、次のアドレスから送信しています。
mail-help-lead = We send emails about reservations, user keys and one-time passwords from this address:

# where: app/src/mail_help.rs — row label: the sender's address
# ja: 送信元アドレス
mail-help-from = Sender address

# where: app/src/mail_help.rs — row label: the part after @
# ja: ドメイン
mail-help-domain = Domain

# where: app/src/mail_help.rs — above the numbered steps
# ja: メールは通常、数分以内に届きます。10分以上たっても届かない場合は、次をご確認ください。
mail-help-wait = Emails usually arrive within a few minutes. If nothing has arrived after 10 minutes, check the following.

# where: app/src/mail_help.rs — step 1
# ja: 迷惑メールフォルダ（ゴミ箱）に入っていないか確認してください。
mail-help-step-spam = Check whether the email is in your spam (junk) folder.

# where: app/src/mail_help.rs — step 2; the domain is shown in bold
# ja: 携帯電話会社の迷惑メール設定（ドメイン指定受信・なりすまし拒否など）をお使いの場合は、ドメイン「{ $domain }」からのメールを受信できるように設定してください。設定方法は、ドコモ・au・ソフトバンク・楽天モバイルなど各社の案内をご覧ください。
mail-help-step-domain = If you use your mobile phone company's spam settings (for example, receiving mail only from chosen domains, or blocking spoofed mail), allow email from the domain “{ $domain }”. For how to do this, see the guide from your phone company (docomo, au, SoftBank, Rakuten Mobile, etc.).

# where: app/src/mail_help.rs — step 3
# ja: パソコンからのメールを拒否する設定になっていないか確認してください。
mail-help-step-pc = Check that your phone does not block email sent from computers.

# where: app/src/mail_help.rs — step 4
# ja: 入力したメールアドレスに誤りがないか確認してください。
mail-help-step-address = Check that the email address you entered is correct.

# where: app/src/mail_help.rs — after the steps
# ja: 設定を変えたあとは、もう一度お手続きください（利用者キーは「利用者キー再発行」で再送できます）。
mail-help-after = After changing your settings, please try again (you can get your user key sent again with “Get your user key again”).

# where: app/src/mail_help.rs — heading above the city's contact details
# ja: お問い合わせ
mail-help-contact-heading = Contact

# where: app/src/mail_help.rs — the phone number is a link
# ja: 電話: { $phone }
mail-help-phone = Tel.: { $phone }

# where: app/src/mail_help.rs — $hours is the city's configured words
# ja: 受付時間: { $hours }
mail-help-hours = Hours: { $hours }

## Error messages: page errors, booking refusals, field errors

# where: app/src/error.rs (AppError::BadRequest) — a form that could not be read
# ja: 送信された内容を読み取れませんでした。お手数ですが、ページを読み込み直してもう一度お試しください。
error-bad-request = We could not read what was sent. Please reload the page and try again.

# where: app/src/error.rs (AppError::NotFound)
# ja: お探しのページが見つかりません。お手数ですが、最初からやり直してください。
error-not-found = The page you are looking for was not found. Please start again from the beginning.

# where: app/src/error.rs (AppError::Expired) — a form's saved input is too old or from another browser
# ja: 入力の有効期限（2時間）が切れたか、別のブラウザーで入力された内容のため、表示できません。お手数ですが、最初からやり直してください。
error-expired = This cannot be shown. Your input has expired (it is kept for 2 hours), or it was entered in a different browser. Please start again from the beginning.

# where: app/src/error.rs (AppError::LoginRequired), app/src/booking/error.rs (BookingError::NotYours) — the same words for both
# ja: ログインしていないか、しばらく操作がなかったためログインの有効期限が切れました。お手数ですが、もう一度ログインしてください。
error-login-required = You are not logged in, or your login has expired because you did nothing for a while. Please log in again.

# where: app/src/error.rs (AppError::TooMany) — too much from one connection; $retry_at is a time, e.g. 9:05
# ja: 短い時間に、同じ接続から多くの操作がありました。多くの方に公平にご利用いただくため、一時的に受け付けを止めています。{ $retry_at }ごろから、もう一度お試しください。
error-too-many = There were many actions from the same connection in a short time. To keep the service fair for everyone, we have stopped accepting them for a while. Please try again from about { $retry_at }.

# where: app/src/error.rs (AppError::TooLarge)
# ja: 送信された内容が大きすぎるため、受け付けられませんでした。入力欄に長い文章を貼り付けた場合は、短くしてからもう一度送信してください。
error-too-large = What you sent was too large, so we could not accept it. If you pasted a long text into a box, make it shorter and send again.

# where: app/src/texts.rs (INTERNAL_ERROR) — an unexpected failure
# ja: システムエラーが発生しました。お手数ですが、時間をおいてもう一度お試しください。
error-internal = A system error occurred. Please wait a while and try again.

# where: app/src/texts.rs (reference_line) — right after error-internal: the number to tell the city on the phone
# ja: （お問い合わせ番号: { $id }）
error-reference = (Reference number: { $id })

# where: app/src/booking/error.rs (BookingError::SlotFull) — the time became full while the resident was filling in the form
# ja: この予約枠は満員になりました。お手数ですが、別の日時を選んでください。
error-slot-full = This time has just become fully booked. Please choose another date or time.

# where: app/src/booking/error.rs (BookingError::SlotClosed), app/src/reserve/pages.rs — the same words in both places
# ja: この予約枠は受付を終了しました。別の日時を選んでください。
error-slot-closed = Reservations for this time have closed. Please choose another date or time.

# where: app/src/booking/error.rs (BookingError::DeadlinePassed)
# ja: 変更・キャンセルの締切を過ぎているため、この画面からは変更・キャンセルできません。お手数ですが、お問い合わせ先へお電話ください。
error-deadline-passed = The deadline to change or cancel has passed, so you cannot change or cancel on this screen. Please call us (see the contact details).

# where: app/src/booking/error.rs (BookingError::AlreadyCancelled)
# ja: この予約はキャンセル済みです。予約の確認・変更・キャンセルの画面でご確認ください。
error-already-cancelled = This reservation is already cancelled. Please check it in “Check, change or cancel reservations”.

# where: app/src/booking/error.rs (BookingError::LimitReached) — $limit is the service's limit per person (used twice)
# ja: この予約メニューは、お一人{ $limit }件まで予約できます。受付中のご予約がすでに{ $limit }件あります。予約の確認・変更・キャンセルの画面でご確認ください。
error-limit-reached = For this service, one person can have up to { $limit } upcoming reservation(s). You already have { $limit }. Please check them in “Check, change or cancel reservations”.

# where: app/src/booking/error.rs (BookingError::AddressLimit) — $limit reservations per address per 24 hours; $retry_at is a date and time
# ja: このメールアドレスでの予約は、24時間に{ $limit }件までです。{ $retry_at }以降にもう一度お試しください。ご家族の予約などでお困りの場合は、お問い合わせ先へお電話ください。
error-address-limit = One email address can make up to { $limit } reservation(s) in 24 hours. Please try again after { $retry_at }. If you need to make reservations for your family, please call us (see the contact details).

# where: app/src/booking/error.rs (BookingError::NotFound)
# ja: お探しの予約または予約枠が見つかりません。お手数ですが、最初からやり直してください。
error-booking-not-found = The reservation or time you are looking for was not found. Please start again from the beginning.

# where: app/src/domain/person_name.rs — field error
# ja: 氏名を入力してください。
error-name-empty = Enter your name.

# where: app/src/domain/person_name.rs — field error
# ja: 氏名は50文字以内で入力してください。
error-name-too-long = Your name must be 50 characters or fewer.

# where: app/src/domain/person_name.rs — field error
# ja: 氏名に使えない文字が含まれています。
error-name-bad-char = Your name contains characters that cannot be used.

# where: app/src/domain/kana.rs — field error
# ja: ふりがなを入力してください。
error-kana-empty = Enter your name in kana (furigana).

# where: app/src/domain/kana.rs — field error
# ja: ふりがなは、ひらがなかカタカナで入力してください。
error-kana-not-kana = Write the furigana in hiragana or katakana.

# where: app/src/domain/kana.rs — field error
# ja: ふりがなは50文字以内で入力してください。
error-kana-too-long = The furigana must be 50 characters or fewer.

# where: app/src/domain/birth_date.rs — field error
# ja: 生年月日を入力してください。
error-birth-date-empty = Enter your date of birth.

# where: app/src/domain/birth_date.rs — field error
# ja: 生年月日は西暦の年・月・日を数字で入力してください（例: 1960年4月1日）。
error-birth-date-not-numbers = Enter your date of birth in numbers: year (Western calendar), month and day (example: 1960 / 4 / 1).

# where: app/src/domain/birth_date.rs — field error
# ja: 生年月日の日付が正しくありません。
error-birth-date-no-such-date = This date of birth is not a real date.

# where: app/src/domain/birth_date.rs — field error
# ja: 生年月日が未来の日付になっています。
error-birth-date-in-future = Your date of birth is in the future.

# where: app/src/domain/phone.rs — field error
# ja: 電話番号を入力してください。
error-phone-empty = Enter your phone number.

# where: app/src/domain/phone.rs — field error
# ja: 電話番号は0から始まる10桁または11桁の数字で入力してください（例: 0766-51-6666）。
error-phone-invalid = Enter a phone number of 10 or 11 digits starting with 0 (example: 0766-51-6666).

# where: app/src/domain/email.rs — field error
# ja: メールアドレスを入力してください。
error-email-empty = Enter your email address.

# where: app/src/domain/email.rs — field error
# ja: メールアドレスの形式が正しくありません（例: info@city.imizu.lg.jp）。
error-email-invalid = This email address is not written correctly (example: info@city.imizu.lg.jp).

# where: app/src/domain/email.rs — field error
# ja: メールアドレスが長すぎます。
error-email-too-long = This email address is too long.

# where: app/src/texts.rs (EMAIL_MISMATCH) — error on the second email address field
# ja: メールアドレスとメールアドレス確認が一致しません。同じメールアドレスを入力してください。
error-email-mismatch = The two email addresses are different. Enter the same email address in both boxes.

# where: app/src/domain/one_time_password.rs — field error
# ja: ワンタイムパスワードを入力してください。
error-otp-empty = Enter the one-time password.

# where: app/src/domain/one_time_password.rs — field error
# ja: ワンタイムパスワードは数字8桁です。メールに記載の8桁の数字を入力してください。
error-otp-invalid = The one-time password is 8 digits. Enter the 8-digit number from the email.

# where: app/src/domain/user_key.rs — field error
# ja: 利用者キーを入力してください。
error-user-key-empty = Enter your user key.

# where: app/src/domain/user_key.rs — field error
# ja: 利用者キーは英数字12文字です（例: ABCD-EFGH-JKMN）。
error-user-key-invalid = The user key is 12 letters and numbers (example: ABCD-EFGH-JKMN).

## Emails (plain text)

# where: app/src/mail/texts.rs (footer) — the end of every email; $contact is site-contact-line, $url the site's address
mail-footer =
    ──────────────────────
    This email was sent automatically by いみずe-予約システム.
    We cannot answer replies to this email. Please contact us here:
    { $contact }
    { $url }/

# where: app/src/mail/texts.rs (ticket_lines) — in the reservation emails; $url is the slip's address
mail-ticket-lines =
    Reservation slip (to print, QR code, add to your calendar):
    { $url }

# where: app/src/mail/texts.rs (reservation_confirmation) — the service's notes (the city's words) in the confirmation email
mail-notes-block =
    Please note:
    { $notes }

# where: app/src/mail/texts.rs (reservation_confirmation) — email subject
# ja: 【いみずe-予約システム】予約完了のお知らせ（予約番号 { $number }）
mail-confirmation-subject = [いみずe-予約システム] Your reservation is complete (reservation number { $number })

# where: app/src/mail/texts.rs (reservation_confirmation) — email body; $user_key is empty for a resident who was logged in; $notes is empty, or mail-notes-block followed by a blank line; $ticket is mail-ticket-lines; $footer is mail-footer
mail-confirmation-body =
    Dear { $name },

    Thank you for using いみずe-予約システム.
    We have received your reservation:

    Reservation number: { $number }
    User key: { $user_key }
    Service: { $service }
    Date and time: { $when }
    Place: { $venue }

    { $notes }{ $ticket }

    You need the user key to check, change or cancel your reservation.
    Please keep this email in a safe place.
    Deadline to change or cancel: { $deadline }

    { $footer }

# where: app/src/mail/texts.rs (key_notice) — email subject
# ja: 【いみずe-予約システム】利用者キー通知
mail-key-notice-subject = [いみずe-予約システム] Your user key

# where: app/src/mail/texts.rs (key_notice) — one line of the list in mail-key-notice-body: a name and that person's user key (the line starts with a full-width space in Japanese)
# ja: 　{ $name } 様　利用者キー：{ $user_key }
mail-key-notice-line = - { $name }: user key { $user_key }

# where: app/src/mail/texts.rs (key_notice) — email body; $list is the mail-key-notice-line lines, one per line; $footer is mail-footer
mail-key-notice-body =
    Thank you for using いみずe-予約システム.
    We have received your request to get your user key again.
    These user keys are registered with this email address:

    { $list }

    Your user key has not changed. To log in, you need your user key and
    a one-time password (we send you one by email each time you log in).

    If you did not ask for this, please delete this email.
    No one can change your reservations with the user key alone.

    { $footer }

# where: app/src/mail/texts.rs (one_time_password) — email subject
# ja: 【いみずe-予約システム】ワンタイムパスワードのお知らせ
mail-otp-subject = [いみずe-予約システム] Your one-time password

# where: app/src/mail/texts.rs (one_time_password) — email body; $valid_until is a date and time, $minutes how long the password works; $footer is mail-footer
mail-otp-body =
    Dear { $name },

    Here is the one-time password you need to log in.

    One-time password: { $code }
    Valid until: { $valid_until } ({ $minutes } minutes)

    On the login page, enter your user key and this password.
    This password works for one login only. When you get a new password,
    the older ones stop working.

    If you did not ask for this, please delete this email.
    Do not tell this password to anyone. City staff will never ask you for it.

    { $footer }

# where: app/src/mail/texts.rs (slot_cancelled) — email subject: the city cancelled the date (e.g. bad weather)
# ja: 【いみずe-予約システム】中止のお知らせ（予約番号 { $number }）
mail-slot-cancelled-subject = [いみずe-予約システム] Cancelled by the city (reservation number { $number })

# where: app/src/mail/texts.rs (slot_cancelled) — email body; $message is the staff's own words (written in Japanese); $url is the site's address; $footer is mail-footer
mail-slot-cancelled-body =
    Dear { $name },

    The date and time below that you reserved has been cancelled by the city.
    Your reservation is cancelled. We are sorry for the trouble.

    Reservation number: { $number }
    Service: { $service }
    Date and time: { $when }
    Place: { $venue }

    Message from the city:
    { $message }

    To make a new reservation, go to { $url }/reserve

    { $footer }

# where: app/src/mail/texts.rs (email_change_code) — email subject, sent to the new address
# ja: 【いみずe-予約システム】メールアドレス変更の確認コード
mail-email-change-code-subject = [いみずe-予約システム] Confirmation code for your new email address

# where: app/src/mail/texts.rs (email_change_code) — email body; $valid_until is a date and time; $footer is mail-footer
mail-email-change-code-body =
    Dear { $name },

    We have received your request to change your email address.
    To finish the change, enter this confirmation code on the screen.

    Confirmation code: { $code }
    Valid until: { $valid_until } ({ $minutes } minutes)

    If you did not ask for this, please delete this email.
    Your email address will not change unless this code is entered.

    { $footer }

# where: app/src/mail/texts.rs (email_changed, email_changed_away) — email subject, to the old and the new address
# ja: 【いみずe-予約システム】メールアドレス変更のお知らせ
mail-email-changed-subject = [いみずe-予約システム] Your email address has been changed

# where: app/src/mail/texts.rs (email_changed) — email body; $at is a date and time; $email is the new address; $footer is mail-footer
mail-email-changed-body =
    Dear { $name },

    On { $at }, your registered email address was changed.
    New email address: { $email }

    From now on, we will send notices and one-time passwords to the new address.
    If you did not make this change, please contact us (see below).

    { $footer }

# where: app/src/mail/texts.rs (email_changed_away) — email body to the OLD address; $email is the new address, partly hidden; $url is the single-use undo link; $until is a date and time; the button named is email-undo-button; $footer is mail-footer
mail-email-changed-away-body =
    Dear { $name },

    On { $at }, your registered email address was changed.
    New email address: { $email }

    From now on, we will send notices and one-time passwords to the new address.

    If you did not make this change:
    Open the link below and press “Go back to my old email address”.
    Your address will go back to this one (the old address), and you will be logged out on all devices.
    { $url }
    (You can use it once, until { $until }.)

    { $footer }

# where: app/src/mail/texts.rs (identity_code) — email subject, to the current address before a change
# ja: 【いみずe-予約システム】ご本人確認の確認コード
mail-identity-code-subject = [いみずe-予約システム] Confirmation code to check it is you

# where: app/src/mail/texts.rs (identity_code) — email body; $valid_until is a date and time; $footer is mail-footer
mail-identity-code-body =
    Dear { $name },

    Before your email address is changed, we check that it is you.
    Enter this confirmation code on the screen.

    Confirmation code: { $code }
    Valid until: { $valid_until } ({ $minutes } minutes)

    Do not tell this code to anyone. City staff will never ask you for it.

    If you did not ask for this, please delete this email.
    Your email address will not change unless this code is entered.
    Check that you have not left yourself logged in on a shared computer.

    { $footer }

# where: app/src/mail/texts.rs (email_change_undone) — email subject, to both addresses
# ja: 【いみずe-予約システム】メールアドレスを元に戻しました
mail-email-undone-subject = [いみずe-予約システム] Your email address has been changed back

# where: app/src/mail/texts.rs (email_change_undone) — email body; $at is a date and time; $email is the address now registered; $footer is mail-footer
mail-email-undone-body =
    Dear { $name },

    On { $at }, the change of your email address was undone, and your old address is back.
    Registered email address: { $email }

    For your safety, you have been logged out on all devices.
    To continue, log in again with your user key and a one-time password.
    If you did not do this, please contact us (see below).

    { $footer }

# where: app/src/mail/texts.rs (login_locked) — email subject
# ja: 【いみずe-予約システム】ログインを一時停止しています
mail-login-locked-subject = [いみずe-予約システム] Login is stopped for now

# where: app/src/mail/texts.rs (login_locked) — email body, sent instead of a password; $until is a date and time; $footer is mail-footer
mail-login-locked-body =
    Dear { $name },

    Someone asked for a one-time password, but there were too many failed logins
    with this user key. Login with this user key is stopped until { $until }.
    No one-time password has been sent.

    If it is urgent, or if you did not ask for this, please call us (see below).
    After we check that it is you, we will let you log in again.

    { $footer }

# where: app/src/mail/texts.rs (login_notice) — email subject, sent after every login
# ja: 【いみずe-予約システム】ログインのお知らせ
mail-login-notice-subject = [いみずe-予約システム] Someone logged in

# where: app/src/mail/texts.rs (login_notice) — email body; $at is a date and time; $footer is mail-footer
mail-login-notice-body =
    Dear { $name },

    On { $at }, someone logged in to いみずe-予約システム with your user key.

    If it was you, you do not need to do anything.
    If it was not you, please contact us (see below).

    { $footer }

# where: app/src/mail/texts.rs (reservation_changed) — email subject
# ja: 【いみずe-予約システム】予約変更のお知らせ（予約番号 { $number }）
mail-changed-subject = [いみずe-予約システム] Your reservation has been changed (reservation number { $number })

# where: app/src/mail/texts.rs (reservation_changed) — email body; $when is the new date and time, $before the old one; $ticket is mail-ticket-lines; $footer is mail-footer
mail-changed-body =
    Dear { $name },

    Your reservation has been changed as shown below.

    Reservation number: { $number }
    Service: { $service }
    New date and time: { $when }
    Old date and time: { $before }
    Place: { $venue }

    { $ticket }

    Deadline to change or cancel: { $deadline }

    { $footer }

# where: app/src/mail/texts.rs (reservation_cancelled) — email subject
# ja: 【いみずe-予約システム】予約キャンセルのお知らせ（予約番号 { $number }）
mail-cancelled-subject = [いみずe-予約システム] Your reservation has been cancelled (reservation number { $number })

# where: app/src/mail/texts.rs (reservation_cancelled) — email body; $url is the site's address; $footer is mail-footer
mail-cancelled-body =
    Dear { $name },

    The reservation below has been cancelled.

    Reservation number: { $number }
    Service: { $service }
    Date and time: { $when }
    Place: { $venue }

    To make a new reservation, go to { $url }/reserve

    { $footer }

# Pages the server writes itself (waiting page, busy page, errors outside the app)

# where: server/src/plain_page.rs — last line of every page the server writes itself (waiting page, busy page, errors); $phone_link is the number as a link
# ja: お電話でのお問い合わせ: { $name } { $phone_link }（{ $hours }）
page-phone-line = To ask by phone: { $name } { $phone_link } ({ $hours })

# where: server/src/safety_net.rs, server/src/fair_use.rs — link back to the top page on a page the server writes itself
# ja: トップページへ戻る
page-back-to-top = Back to the top page

# where: server/src/safety_net.rs, server/src/guard.rs — title and heading when a form sent too much (no JavaScript), or was sent from another site
# ja: 送信できませんでした
page-too-large-title = Could not be sent

# where: server/src/safety_net.rs, server/src/calendar_file.rs — title and heading of a system error page
# ja: システムエラー
page-internal-title = System error

# where: server/src/fair_use.rs — title and heading of the page shown when one connection did too much in a short time
# ja: しばらくしてからもう一度お試しください
busy-title = Please try again a little later

# where: server/src/fair_use.rs — under busy-title; $minutes is a number
# ja: 約{ $minutes }分後から、同じ操作をもう一度行えます。入力した内容が消えている場合は、お手数ですが入力し直してください。
busy-minutes = You can do the same again in about { $minutes } minute(s). If what you typed has gone, please type it again.

# where: server/src/fair_use.rs — link to the list of services
# ja: 予約メニューの一覧へ
busy-services-link = To the list of services

# where: server/src/waiting_room/page.rs — title and heading of the waiting page on a busy morning
# ja: 順番にご案内しています
waiting-title = Please wait for your turn

# where: server/src/waiting_room/page.rs — first paragraph of the waiting page
# ja: ただいま大変混み合っています。順番が来ると、この画面から自動的に進みます。
waiting-lead = Many people are using the service right now. When it is your turn, this page will move on by itself.

# where: server/src/waiting_room/page.rs — when booking has not opened yet; $opens_at is a date and time
# ja: 受付開始は { $opens_at } です。開始時刻になると、来られた順にご案内します。
waiting-opens = Reservations open at { $opens_at }. From then, we will let people in in the order they came.

# where: server/src/waiting_room/page.rs — row label: how many people are ahead in the line
# ja: あなたより前にお待ちの方
waiting-ahead-label = People ahead of you

# where: server/src/waiting_room/page.rs — the number of people ahead; $count is a number
# ja: { $count }人
waiting-ahead = { $count }

# where: server/src/waiting_room/page.rs — row label: the expected wait
# ja: お待ちいただく時間の目安
waiting-time-label = Expected wait

# where: server/src/waiting_room/page.rs — expected wait under a minute
# ja: 1分以内
waiting-under-a-minute = Less than a minute

# where: server/src/waiting_room/page.rs — expected wait; $minutes is a number
# ja: 約{ $minutes }分
waiting-minutes = About { $minutes } minute(s)

# where: server/src/waiting_room/page.rs — expected wait before booking opens
# ja: 受付開始後、順番にご案内します
waiting-after-opening = After reservations open, in turn

# where: server/src/waiting_room/page.rs — expected wait while staff have paused letting people in
# ja: ただいまご案内を一時停止しています。再開しだい、順番にご案内します
waiting-paused = We have paused for now. When we start again, we will let people in in turn

# where: server/src/waiting_room/page.rs — expected wait when nobody has been let in lately
# ja: まもなくご案内します
waiting-soon = Very soon

# where: server/src/waiting_room/page.rs — the service the visitor came for; $service is its name
# ja: ご希望の予約メニュー: { $service }
waiting-service = The service you chose: { $service }

# where: server/src/waiting_room/page.rs — the service the visitor came for is fully booked; $service is its name
# ja: ご希望の「{ $service }」は、現在すべての予約枠が満員です。お待ちいただいても、空きが出ない限り予約できません。
waiting-service-full = “{ $service }” is fully booked at the moment. Even if you wait, you can reserve only if a place becomes free.

# where: server/src/waiting_room/page.rs — last paragraph of the waiting page; $seconds is a number
# ja: このページを再読み込みしても、順番は変わりません。ページを閉じずにお待ちください（{ $seconds }秒ごとに自動で更新します）。
waiting-keep-open = Reloading this page does not change your place in the line. Please keep this page open (it updates itself every { $seconds } seconds).

# where: server/src/guard.rs — a form sent from another web site was refused (403); $top_link is page-cross-site-top-link as a link
# ja: 別のサイトから送られた操作のため、受け付けませんでした。お手数ですが、{ $top_link }から操作してください。
page-cross-site = This was sent from another web site, so we did not accept it. Please start again from { $top_link }.

# where: server/src/guard.rs — link text in page-cross-site
# ja: いみずe-予約システムのトップページ
page-cross-site-top-link = the top page of いみずe-予約システム

## 対象者条件 (issue 14): who a service is for

# where: app/src/reserve/pages.rs — label of the 'who can book' fact on a service's calendar page (対象者条件)
# ja: 対象の方
conditions-label = Who can book

# where: app/src/reserve/conditions.rs — $at in the age conditions, when ages are counted at the end of the fiscal year
# ja: 年度末（3月31日）
conditions-at-fiscal-year-end = March 31 (the end of the fiscal year)

# where: app/src/reserve/conditions.rs — $at in the age conditions, when ages are counted on the day of the appointment
# ja: 予約日
conditions-at-slot-date = the day of the appointment

# where: app/src/reserve/conditions.rs — an age condition; $at is a date or conditions-at-*, $min and $max are numbers
# ja: { $at }の時点で{ $min }歳から{ $max }歳の方
conditions-age-between = People aged { $min } to { $max } on { $at }

# where: app/src/reserve/conditions.rs — an age condition with a lower limit only
# ja: { $at }の時点で{ $min }歳以上の方
conditions-age-from = People aged { $min } or over on { $at }

# where: app/src/reserve/conditions.rs — an age condition with an upper limit only
# ja: { $at }の時点で{ $max }歳以下の方
conditions-age-to = People aged { $max } or under on { $at }

# where: app/src/reserve/conditions.rs — the condition: women only
# ja: 女性の方
conditions-sex-female = Women

# where: app/src/reserve/conditions.rs — the condition: men only
# ja: 男性の方
conditions-sex-male = Men

# where: app/src/reserve/conditions.rs — the condition of a yes/no question; $question is the city's question (in Japanese)
# ja: 「{ $question }」に「はい」と答える方
conditions-question-yes = People who answer “Yes” to “{ $question }”

# where: app/src/reserve/conditions.rs — the condition of a yes/no question answered no
# ja: 「{ $question }」に「いいえ」と答える方
conditions-question-no = People who answer “No” to “{ $question }”

# where: app/src/reserve/conditions.rs — under the conditions; $contact is whom to call (a name and phone number)
# ja: 対象になるか分からないときは、{ $contact }にお問い合わせください。
conditions-call = If you are not sure whether you can book, please contact { $contact }.

# where: app/src/reserve/conditions.rs — title and heading of the step before the details form (対象者の確認)
# ja: 対象者の確認
conditions-step-title = Check who can book

# where: app/src/reserve/conditions.rs — first paragraph of the step; the conditions follow as a list
# ja: この予約メニューは、次の条件にあてはまる方が対象です。お名前などを入力する前に、あてはまるか確認します。
conditions-step-intro = This service is only for people who meet the conditions below. Before you enter your details, please answer these questions.

# where: app/src/reserve/conditions.rs — label of the choice of sex
# ja: 性別
conditions-sex-legend = Sex

# where: app/src/reserve/conditions.rs — choice
# ja: 女性
conditions-female = Female

# where: app/src/reserve/conditions.rs — choice
# ja: 男性
conditions-male = Male

# where: app/src/reserve/conditions.rs — answer to a question
# ja: はい
conditions-yes = Yes

# where: app/src/reserve/conditions.rs — answer to a question
# ja: いいえ
conditions-no = No

# where: app/src/reserve/conditions.rs — button that checks the answers and goes on to the details form
# ja: 次へ
conditions-next = Next

# where: app/src/reserve/conditions.rs — title and heading when the resident does not meet a condition
# ja: この予約メニューは予約できません
conditions-unmet-title = You cannot book this service

# where: app/src/reserve/conditions.rs — before the list of conditions not met
# ja: 申し訳ありません。次の条件にあてはまらないため、この予約メニューは予約できません。
conditions-unmet-intro = Sorry, you cannot book this service because you do not meet this condition:

# where: app/src/reserve/conditions.rs — link back to the questions (after a wrong answer)
# ja: 回答をやり直す
conditions-answer-again = Answer again

# where: app/src/reserve/pages.rs — note above the details form once the conditions are met
# ja: 対象者の確認が済みました。続けて、予約する方の情報を入力してください。
conditions-met = You meet the conditions of this service. Please enter your details.

# where: app/src/reserve/conditions.rs — field error
# ja: 性別を選んでください。
error-choose-sex = Please choose your sex.

# where: app/src/reserve/conditions.rs — field error under a question
# ja: 「はい」か「いいえ」を選んでください。
error-answer-question = Please choose “Yes” or “No”.

# where: app/src/booking/error.rs (BookingError::NotEligible) — refused at 送信; $reasons lists the conditions not met, $contact is whom to call
# ja: この予約メニューの対象の条件（{ $reasons }）にあてはまらないため、予約できません。対象になるか分からないときは、{ $contact }にお問い合わせください。
error-not-eligible = You cannot book this service because you do not meet its condition ({ $reasons }). If you are not sure, please contact { $contact }.

# where: app/src/reserve/ssr.rs — field error under the date of birth when it does not meet an age condition; $rule is the condition
# ja: この生年月日の方は対象になりません（対象: { $rule }）。生年月日が正しいか確かめてください。
error-not-eligible-birth = People with this date of birth cannot book this service (it is for: { $rule }). Please check your date of birth.

## キャンセル待ち (issue 14): the waiting list of a full slot or day

# where: app/src/booking/error.rs (BookingError::HasRoom) — someone tried to join the waiting list of a slot or day that has room
# ja: この日時には空きがあります。キャンセル待ちではなく、そのまま予約してください。
error-waitlist-has-room = This time still has room. Please reserve it instead of joining the waiting list.

# where: app/src/booking/error.rs (BookingError::AlreadyWaiting) — the same person joined the same waiting list again
# ja: すでにこのキャンセル待ちに登録されています。空きが出たら、登録順にメールでご案内します。
error-waitlist-already-waiting = You are already on this waiting list. When a place becomes free, we will email you in the order people joined.

# where: app/src/mail/texts.rs (waitlist_joined) — the new user key, when joining made a record
# ja: 利用者キー　：{ $user_key }（ログインに使います。大切に保管してください）
mail-waitlist-key-line = User key: { $user_key } (you need it to log in; please keep it safe)

# where: app/src/mail/texts.rs (waitlist_joined) — email subject; $service is the service's name
# ja: 【いみずe-予約システム】キャンセル待ち登録のお知らせ（{ $service }）
mail-waitlist-joined-subject = [いみずe-予約システム] You are on the waiting list ({ $service })

# where: app/src/mail/texts.rs (waitlist_offer) — email subject
# ja: 【いみずe-予約システム】キャンセル待ちの空きのご案内（{ $service }）
mail-waitlist-offer-subject = [いみずe-予約システム] A place is free for you ({ $service })

# where: app/src/mail/texts.rs (waitlist_joined) — email body; $what is the slot or the day; $position a number; $key is mail-waitlist-key-line and a blank line, or empty; $footer is mail-footer
mail-waitlist-joined-body =
    Dear { $name },

    You are on this waiting list.

    Service: { $service }
    Date and time: { $what }
    Your place in line: { $position }

    { $key }When a place becomes free, we email the people in line one at a time, in the order they joined. Take the place from that email before its time limit and it is your reservation. After the time limit, the next person is asked.

    { $footer }

# where: app/src/mail/texts.rs (waitlist_offer) — email body; $until is the time limit; $url the offer's page
mail-waitlist-offer-body =
    Dear { $name },

    A place is free on the waiting list you joined. It is kept for you until { $until }.

    Service: { $service }
    Date and time: { $when }
    Place: { $venue }

    To take it, or to let it go, please use this page:
    { $url }

    If we hear nothing by { $until }, the next person in line is asked.

    { $footer }

# where: app/src/reserve/waitlist.rs — heading of the panel on a full slot
# ja: キャンセル待ち
waitlist-heading = Waiting list

# where: app/src/reserve/waitlist.rs — how the waiting list works (full slot; completion page)
# ja: 空きが出たときに、登録の順に一人ずつメールでご案内します。ご案内のメールの期限までにお申し込みいただくと、予約になります。
waitlist-join-lead = When a place becomes free, we email the people waiting one at a time, in the order they joined. Take the place from that email before its time limit and it becomes your reservation.

# where: app/src/reserve/waitlist.rs — button: join the waiting list of this slot
# ja: キャンセル待ちに登録する（この時間）
waitlist-join-slot = Join the waiting list for this time

# where: app/src/reserve/waitlist.rs — link: join the waiting list of the whole day
# ja: この日ならどの時間でもよい場合は、この日のキャンセル待ちに登録する
waitlist-join-day = Any time on this day will do: join the waiting list for the whole day

# where: app/src/reserve/waitlist.rs — above the forms when joining the waiting list of a slot
# ja: この時間は満員のため、キャンセル待ちとして登録します（まだ予約ではありません）。
waitlist-notice-slot = This time is full, so you are joining its waiting list (this is not a reservation yet).

# where: app/src/reserve/waitlist.rs — above the forms when joining the waiting list of a day
# ja: この日のキャンセル待ちとして登録します。この日のどの時間でも、空きが出たらご案内します（まだ予約ではありません）。
waitlist-notice-day = You are joining the waiting list for this whole day: we will tell you about a free place at any time on this day (this is not a reservation yet).

# where: app/src/reserve/waitlist.rs — title of the page after joining
# ja: キャンセル待ちの登録完了
waitlist-complete-title = You are on the waiting list

# where: app/src/reserve/waitlist.rs — the place in line; $position is a number
# ja: キャンセル待ちの{ $position }番目に登録しました。登録のお知らせをメールでお送りしました。
waitlist-complete-position = You are number { $position } on the waiting list. We have sent you an email about it.

# where: app/src/waitlist/mod.rs — title of the offer page (link in the offer email)
# ja: キャンセル待ちの空きのご案内
waitlist-offer-title = A place is free for you

# where: app/src/waitlist/mod.rs — the place is held; $until is a date and time
# ja: { $until }まで、次の日時の席をあなたのために確保しています。予約する場合は「予約する」を押してください。
waitlist-offer-open = This place is kept for you until { $until }. To take it, press “Reserve”.

# where: app/src/waitlist/mod.rs — button
# ja: 予約する
waitlist-offer-accept = Reserve

# where: app/src/waitlist/mod.rs — button
# ja: 辞退する
waitlist-offer-decline = Let it go

# where: app/src/waitlist/mod.rs — under the buttons
# ja: ご都合が合わない場合は「辞退する」を押してください。すぐに次の方にご案内します。
waitlist-offer-decline-note = If the time does not suit you, press “Let it go”: the next person is asked at once.

# where: app/src/waitlist/mod.rs — after taking the place
# ja: 予約が完了しました。確認のメールをお送りしました。
waitlist-offer-booked = Your reservation is made. We have sent you a confirmation email.

# where: app/src/waitlist/mod.rs — after letting the place go
# ja: 辞退を受け付けました。次の方にご案内します。ご連絡ありがとうございました。
waitlist-offer-declined = Thank you for letting us know. The next person is being asked.

# where: app/src/waitlist/mod.rs — the hold ran out before the resident answered
# ja: お手続きの期限を過ぎたため、この席は次の方にご案内しました。申し訳ありません。ほかの日時は予約メニューからお選びください。
waitlist-offer-too-late = Sorry, the time limit has passed and the place has gone to the next person in line. Please choose another time from the list of services.

# where: app/src/catalogue/view.rs — link under a full slot to its waiting list (a screen reader hears the date and time first)
# ja: キャンセル待ちに登録
catalogue-waitlist-link = Join the waiting list

# where: app/src/catalogue/view.rs — link under a day whose slots are all full
# ja: この日のキャンセル待ちに登録する（どの時間でもよい場合）
catalogue-waitlist-day = Join the waiting list for this whole day (any time will do)

# where: app/src/my_reservations/pages.rs — heading of the resident's places on waiting lists
# ja: キャンセル待ち
my-waiting-heading = Waiting lists

# where: app/src/my_reservations/pages.rs — label: the slot or day waited for
# ja: 日時
my-waiting-what = Date and time

# where: app/src/my_reservations/ssr.rs — a day waited for (any time); $date is a date
# ja: { $date }（どの時間でも）
my-waiting-whole-day = { $date } (any time)

# where: app/src/my_reservations/pages.rs — label: the place in line
# ja: 順番
my-waiting-position = Place in line

# where: app/src/my_reservations/pages.rs — the place in line; $position is a number
# ja: { $position }番目
my-waiting-position-value = Number { $position }

# where: app/src/my_reservations/pages.rs — a place is held for them; $until is a date and time
# ja: 空きが出ました。{ $until }まで席を確保しています。ご案内のメールのリンクからお手続きください。
my-waiting-offered = A place is free and kept for you until { $until }. Please use the link in the email we sent you.

# where: app/src/my_reservations/pages.rs — button: leave the waiting list
# ja: キャンセル待ちを取り消す
my-waiting-leave = Leave the waiting list

# where: app/src/my_reservations/pages.rs — after leaving a waiting list
# ja: キャンセル待ちを取り消しました。
my-waiting-left = You have left the waiting list.

# where: app/src/booking/error.rs — applying outside the lottery's application period
# ja: この予約メニューの抽選は、申込期間ではありません。申込期間は予約メニューのページでご確認ください。
error-lottery-not-applying = Applications for this lottery are not being taken now. The service's page shows when you can apply.

# where: app/src/booking/error.rs — a second application by the same person
# ja: この予約メニューの抽選には、すでにお申し込みがあります（お一人1回まで）。お申し込みの内容は「予約の確認・変更・キャンセル」でご確認ください。
error-lottery-already-applied = You have already applied to this lottery (one application per person). You can see it under "Check, change or cancel".

# where: app/src/booking/error.rs — the draw has already run
# ja: 抽選はすでに終わりました。結果はメールでお知らせしています。
error-lottery-already-drawn = The lottery has already been drawn. The results were sent by email.

# where: app/src/booking/error.rs — staff: the draw cannot run during the application period
# ja: 申込期間が終わるまで抽選はできません。
error-lottery-too-early = The lottery cannot be drawn before the application period ends.

# where: app/src/booking/lottery.rs — one line of the preferences in the lottery emails; $n is 1, 2, 3 …; $when the slot
# ja: 第{ $n }希望：{ $when }
mail-lottery-choice-line = Choice { $n }: { $when }

# where: app/src/mail/texts.rs (lottery_applied) — email subject
# ja: 【いみずe-予約システム】抽選のお申し込みを受け付けました（{ $service }）
mail-lottery-applied-subject = [いみずe-予約システム] We received your lottery application ({ $service })

# where: app/src/mail/texts.rs (lottery_applied) — email body; $choices is one mail-lottery-choice-line per preference; $draw_at the draw; $key is mail-waitlist-key-line and a blank line, or empty; $footer is mail-footer
mail-lottery-applied-body =
    Dear { $name },

    We received your application to this lottery. It is not a reservation yet.

    Service: { $service }
    Application number: { $number }
    { $choices }

    { $key }Draw: { $draw_at }
    After the draw we will email you the result. If you win, the place is reserved for you.
    Until the draw you can withdraw your application under "Check, change or cancel".

    { $footer }

# where: app/src/mail/texts.rs (lottery_won) — email subject
# ja: 【いみずe-予約システム】抽選の結果のお知らせ（当選・予約番号 { $number }）
mail-lottery-won-subject = [いみずe-予約システム] Lottery result: you won (reservation number { $number })

# where: app/src/mail/texts.rs (lottery_won) — email body; as mail-confirmation-body
mail-lottery-won-body =
    Dear { $name },

    You won the lottery. This place is reserved for you:

    Reservation number: { $number }
    User key: { $user_key }
    Service: { $service }
    Date and time: { $when }
    Place: { $venue }

    { $notes }{ $ticket }

    If you cannot come, please cancel under "Check, change or cancel": the place then goes to the next person on the waiting list.
    Last time to change or cancel: { $deadline }

    { $footer }

# where: app/src/mail/texts.rs (lottery_lost) — email subject
# ja: 【いみずe-予約システム】抽選の結果のお知らせ（{ $service }）
mail-lottery-lost-subject = [いみずe-予約システム] Lottery result ({ $service })

# where: app/src/mail/texts.rs (lottery_lost) — the first lines of the body: not drawn
# ja: 抽選の結果、残念ながら今回はご希望の日時に当選しませんでした。
mail-lottery-lost-lead = We are sorry: this time you did not win a place at the times you chose.

# where: app/src/mail/texts.rs (lottery_lost) — the first lines of the body: not in the draw (conditions or limit no longer met)
# ja: 抽選のときに、この予約メニューの対象の条件（または予約数の上限）にあてはまらなかったため、抽選の対象になりませんでした。詳しくは、お問い合わせ先へお電話ください。
mail-lottery-excluded-lead = At the time of the draw you did not meet this service's conditions (or you already had as many reservations as allowed), so your application was not in the draw. Please call us to find out more.

# where: app/src/mail/texts.rs (lottery_lost) — before the list of slots with room; $url is the service's page
# ja: 空きのある日時は次のとおりです。先着順で予約できます（予約の受付期間は予約メニューのページでご確認ください）。
mail-lottery-open-lead = These times still have places. They can now be reserved first come, first served (the service's page shows when booking opens for each):
    { $url }

# where: app/src/mail/texts.rs (lottery_lost) — after the list, when more slots have room; $count is a number
# ja: ほか{ $count }件
mail-lottery-open-more = and { $count } more

# where: app/src/mail/texts.rs (lottery_lost) — no slot has room
# ja: 現在、空きのある日時はありません。キャンセルが出たときは、予約メニューのページからキャンセル待ちに登録できます。
mail-lottery-none-open = No time has a place left now. You can join a waiting list on the service's page, in case someone cancels:
    { $url }

# where: app/src/mail/texts.rs (lottery_lost) — email body; $lead is mail-lottery-lost-lead or mail-lottery-excluded-lead; $open what is still open
mail-lottery-lost-body =
    Dear { $name },

    Service: { $service }

    { $lead }

    { $open }

    { $footer }

# where: app/src/reserve/lottery.rs — heading of the panel on a 抽選 service's page
# ja: 抽選
lottery-heading = Lottery

# where: app/src/reserve/lottery.rs — how a lottery works, on the service's page
# ja: この予約メニューは抽選です。申込期間にお申し込みいただいた方の中から、抽選で予約する方を決めます。申し込んだ順番や時刻は関係ありません。
lottery-lead = Places for this service are given by lottery among everyone who applies in the application period. When you apply makes no difference.

# where: app/src/reserve/lottery.rs — label: the application period
# ja: 申込期間
lottery-label-period = Application period

# where: app/src/reserve/lottery.rs — the application period; $from and $until are dates with times
# ja: { $from } 〜 { $until }
lottery-period = { $from } to { $until }

# where: app/src/reserve/lottery.rs — label: when the draw is
# ja: 抽選日時
lottery-label-draw = Draw

# where: app/src/reserve/lottery.rs — label: how many slots one may choose
# ja: 希望できる日時
lottery-label-choices = Times you can choose

# where: app/src/reserve/lottery.rs — how many slots one may choose; $n is a number
# ja: { $n }つまで（希望の順に選びます）
lottery-choices-count = Up to { $n }, in order of preference

# where: app/src/reserve/lottery.rs — before the application period; $from is a date with time
# ja: 申込期間の前です。{ $from }から申し込めます。
lottery-before = Applications open on { $from }.

# where: app/src/reserve/lottery.rs — during the application period; $until is a date with time
# ja: 申込受付中です（{ $until }まで）。
lottery-applying = Applications are open (until { $until }).

# where: app/src/reserve/lottery.rs — after the application period, before the draw
# ja: 申込期間は終わりました。抽選のあと、結果をメールでお知らせします。
lottery-closed = The application period is over. We will email everyone who applied the result after the draw.

# where: app/src/reserve/lottery.rs — after the draw
# ja: 抽選は終わりました。空いている日時は、下の一覧から先着順で予約できます。
lottery-drawn = The lottery has been drawn. Times with places left can be reserved below, first come, first served.

# where: app/src/reserve/lottery.rs — button: apply to the lottery
# ja: 抽選に申し込む
lottery-apply-button = Apply for the lottery

# where: app/src/reserve/lottery.rs — title of the page where one chooses the slots
# ja: 抽選の申し込み
lottery-apply-title = Lottery application

# where: app/src/reserve/lottery.rs — above the choices
# ja: 希望する日時を、希望の順に選んでください。抽選では、申し込んだ方を無作為な順番に並べ、その順番に、まだ空きのあるいちばん希望の高い日時に当選します。多く選ぶほど当選しやすくなります。
lottery-choices-lead = Choose the times you want, the one you want most first. The draw puts everyone who applied in a random order; in that order, each person gets their most wanted time that still has a place. The more times you choose, the better your chance.

# where: app/src/reserve/lottery.rs — label of one choice; $n is 1, 2, 3 …
# ja: 第{ $n }希望
lottery-choice-label = Choice { $n }

# where: app/src/reserve/lottery.rs — hint under the first choice
# ja: 必ず選んでください
lottery-choice-first-hint = Required

# where: app/src/reserve/lottery.rs — hint under the other choices
# ja: 任意です（選ばなくてもかまいません）
lottery-choice-optional = Optional

# where: app/src/reserve/lottery.rs — the empty option of the first choice
# ja: 選んでください
lottery-choice-placeholder = Please choose

# where: app/src/reserve/lottery.rs — the empty option of the other choices
# ja: 選ばない
lottery-choice-none = No other choice

# where: app/src/reserve/lottery.rs — the first choice is missing
# ja: 第1希望の日時を選んでください。
lottery-error-first = Please choose your first choice.

# where: app/src/reserve/lottery.rs — the same slot chosen twice
# ja: 同じ日時を2回選んでいます。別の日時を選ぶか、「選ばない」にしてください。
lottery-error-twice = You chose the same time twice. Please choose another time, or "No other choice".

# where: app/src/reserve/lottery.rs — a chosen slot can no longer be chosen
# ja: 選んだ日時は、申し込めなくなりました。別の日時を選んでください。
lottery-error-gone = That time can no longer be chosen. Please choose another.

# where: app/src/reserve/lottery.rs — on every step of an application; $draw_at is a date with time
# ja: 抽選のお申し込みです（まだ予約ではありません）。抽選日時: { $draw_at }
lottery-notice = This is a lottery application (not a reservation yet). Draw: { $draw_at }

# where: app/src/reserve/lottery.rs — label: the slots chosen
# ja: 希望の日時
lottery-label-your-choices = Your choices

# where: app/src/reserve/lottery.rs — label: the application number
# ja: 申込番号
lottery-label-number = Application number

# where: app/src/reserve/lottery.rs — title of the page after applying
# ja: 抽選の申し込み完了
lottery-complete-title = Lottery application received

# where: app/src/reserve/lottery.rs — after applying
# ja: 抽選のお申し込みを受け付けました。お知らせのメールをお送りしました。
lottery-complete-received = We received your lottery application and sent you an email about it.

# where: app/src/reserve/lottery.rs — what happens next; $draw_at is a date with time
# ja: 抽選日時（{ $draw_at }）のあと、結果をメールでお知らせします。当選した方は、そのまま予約になります。
lottery-complete-next = After the draw ({ $draw_at }) we will email you the result. If you win, the place is reserved for you.

# where: app/src/reserve/lottery.rs — how to withdraw
# ja: 抽選の前までは、「予約の確認・変更・キャンセル」（ログインが必要です）からお申し込みを取り下げられます。
lottery-complete-withdraw = Until the draw you can withdraw your application under "Check, change or cancel" (you need to log in).

# where: app/src/reserve/pages.rs — a lottery service in the list, before its period; $from is a date with time
# ja: 抽選（{ $from }から申込受付）
lottery-card-before = Lottery (applications open { $from })

# where: app/src/reserve/pages.rs — a lottery service in the list, during its period; $until is a date with time
# ja: 抽選の申込受付中（{ $until }まで）
lottery-card-applying = Lottery: applications open (until { $until })

# where: app/src/reserve/pages.rs — a lottery service in the list, period over, before the draw
# ja: 抽選の申込受付は終わりました（抽選待ち）
lottery-card-closed = Lottery: applications closed (waiting for the draw)

# where: app/src/my_reservations/pages.rs — heading of the applications
# ja: 抽選のお申し込み
my-lottery-heading = Lottery applications

# where: app/src/my_reservations/pages.rs — label: where an application stands
# ja: 状態
my-lottery-status = Status

# where: app/src/my_reservations/ssr.rs — waiting for the draw; $draw_at is a date with time
# ja: 抽選待ち（抽選日時: { $draw_at }）
my-lottery-applied = Waiting for the draw ({ $draw_at })

# where: app/src/my_reservations/ssr.rs — won
# ja: 当選（予約になりました。上の「今後の予約」をご覧ください）
my-lottery-won = Won (it is now a reservation: see your upcoming reservations above)

# where: app/src/my_reservations/ssr.rs — lost
# ja: 落選
my-lottery-lost = Not drawn

# where: app/src/my_reservations/ssr.rs — withdrawn
# ja: 取り下げ済み
my-lottery-withdrawn-status = Withdrawn

# where: app/src/my_reservations/ssr.rs — not in the draw
# ja: 抽選の対象外（条件にあてはまりませんでした）
my-lottery-excluded = Not in the draw (the conditions were not met)

# where: app/src/my_reservations/pages.rs — button: withdraw the application
# ja: 申し込みを取り下げる
my-lottery-withdraw = Withdraw this application

# where: app/src/my_reservations/pages.rs — after withdrawing
# ja: 抽選のお申し込みを取り下げました。
my-lottery-withdrawn = Your lottery application has been withdrawn.

# where: app/src/reserve/lottery.rs — link back to the choices of the application being made
# ja: 希望の日時を選び直す
lottery-change-choices = Change the times you chose

# where: app/src/my_reservations/pages.rs — after the withdraw button, for screen readers; $number is the application number
# ja: （申込番号 { $number }）
my-lottery-number-hidden = (application number { $number })

# where: app/src/mail/texts.rs (reminder) — email subject; $service is the service's name
mail-reminder-subject = [いみずe-予約システム] Reminder: your reservation ({ $service })

# where: app/src/mail/texts.rs (reminder) — email body; as mail-confirmation-body, without the user key; $cancel is mail-reminder-cancel-online or mail-reminder-cancel-by-phone
mail-reminder-body =
    Dear { $name },

    This is a reminder of your reservation.

    Reservation number: { $number }
    Service: { $service }
    Date and time: { $when }
    Place: { $venue }

    { $notes }{ $ticket }

    { $cancel }

    If you do not want these reminders, you can stop them under "Reminder emails" after logging in.

    { $footer }

# where: app/src/my_reservations/pages.rs — heading of the reminder switch
my-reminders-heading = Reminder emails

# where: app/src/my_reservations/pages.rs — reminders are on
my-reminders-on = We email you a reminder before the day of each reservation (for services that send reminders).

# where: app/src/my_reservations/pages.rs — reminders are off
my-reminders-off = Reminder emails are stopped.

# where: app/src/my_reservations/pages.rs — button: turn reminders off
my-reminders-stop = Stop reminder emails

# where: app/src/my_reservations/pages.rs — button: turn reminders on
my-reminders-start = Receive reminder emails

# where: app/src/my_reservations/pages.rs — after changing the switch
my-reminders-saved = Your reminder setting has been changed.

# where: app/src/booking/error.rs — a waiting list or lottery for someone without an email address
error-needs-email = This needs an email address (waiting-list offers and lottery results are sent by email). Please ask at the counter or call us.

# ja: ご都合が悪くなったときは、締切までに「予約の確認・変更・キャンセル」からキャンセルしてください…
mail-reminder-cancel-online =
    If you cannot come, please cancel before the deadline under "Check, change or cancel" (log in with your user key and a one-time password sent by email). The place can then go to someone else.
    Last time to change or cancel: { $deadline }
    { $login }

# ja: 変更・キャンセルの締切（{ $deadline }）を過ぎたため、画面からは変更・キャンセルできません。来られなくなったときは、下のお問い合わせ先へお電話ください。
mail-reminder-cancel-by-phone = The last time to change or cancel online ({ $deadline }) has passed. If you cannot come, please call us (see below).

# where: app/src/reserve/household.rs — heading of the 家族 chooser (logged in)
# ja: どなたの予約ですか
reserve-who-for-heading = Who is this reservation for?

# where: app/src/reserve/household.rs — under the heading
# ja: 同じメールアドレスで登録しているご家族の予約もできます。選んで「この方の予約にする」を押してください。
reserve-who-for-intro = You can also reserve for family members registered with the same email address. Choose one, then press “Reserve for this person”.

# where: app/src/reserve/household.rs — legend of the radio buttons
# ja: 予約する方
reserve-who-for-legend = Person

# where: app/src/reserve/household.rs — the one logged in; $name is their name
# ja: { $name } 様（ご自身）
reserve-member-me = { $name } (you)

# where: app/src/reserve/household.rs — another member; $name is their name
# ja: { $name } 様
reserve-member-other = { $name }

# where: app/src/reserve/household.rs — the choice that adds a member
# ja: ご家族を追加する（その方の利用者キーをお送りします）
reserve-member-new = Add a family member (they get a user key of their own)

# where: app/src/reserve/household.rs — button
# ja: この方の予約にする
reserve-who-for-choose = Reserve for this person

# where: app/src/reserve/pages.rs — details form for a member being added; $email is the household's address
# ja: 追加するご家族の氏名・ふりがな・生年月日・電話番号を入力してください。メールアドレスは { $email } です（その方の利用者キーと予約の確認メールを、このアドレスにお送りします）。
reserve-new-member-notice = Enter the family member’s name, reading, date of birth and phone number. Their email address is { $email } (their user key and the confirmation are sent there).

# where: app/src/my_reservations/pages.rs — label: whose reservation (another member of the household)
# ja: ご予約の方
my-label-whose = For

# where: app/src/my_reservations/pages.rs — a member's name; $name is it
# ja: { $name } 様
my-whose = { $name }

# where: app/src/my_reservations/pages.rs — under who is logged in; $names are the other members' names
# ja: 同じメールアドレスのご家族（{ $names }）の予約も、ここで確認・変更・キャンセルできます。
my-household = Reservations of your family at the same email address ({ $names }) are listed here too; you can change or cancel them.

# where: app/src/own_data/pages.rs — title and heading; also the link in my reservations' breadcrumbs
# ja: 登録情報
own-title = Your data

# where: app/src/own_data/pages.rs — under the heading
# ja: 市がこのシステムに保存している、あなたの情報のすべてです。
own-intro = This is everything the city's reservation system keeps about you.

# where: app/src/own_data/pages.rs — link: the file
# ja: ファイルでダウンロード（JSON形式）
own-download = Download as a file (JSON)

# where: app/src/own_data/pages.rs — heading: the record
# ja: ご本人の情報
own-record-heading = About you

# where: app/src/own_data/pages.rs — heading: records of the same person made by booking without logging in
# ja: ご本人の他の登録
own-others-heading = Your other registrations

# where: app/src/own_data/pages.rs — under that heading
# ja: ログインせずに予約すると、そのたびに利用者キーが作られます。…
own-others-intro = Each reservation made without logging in makes a new user key. Registrations with the same email address, reading of the name and date of birth are shown here as yours, and are erased with yours.

# where: app/src/own_data/pages.rs — label: language of the emails
# ja: メールの言語
own-label-language = Language of your emails

# where: app/src/own_data/pages.rs — label: when the record was made
# ja: 登録日時
own-label-registered = Registered

# where: app/src/own_data/pages.rs — label: when it last changed
# ja: 最終更新日時
own-label-updated = Last changed

# where: app/src/own_data/pages.rs — heading: every reservation, cancelled and past included
# ja: 予約（キャンセル済み・終了したものを含む）
own-reservations-heading = Reservations (cancelled and past included)

# where: app/src/own_data/pages.rs — an empty list
# ja: ありません。
own-none = None.

# where: app/src/own_data/pages.rs — a reservation attended
# ja: 来場済み
own-attended = Attended

# where: app/src/own_data/pages.rs — label: when a reservation was made
# ja: 予約日時
own-label-made = Made

# where: app/src/own_data/pages.rs — label: when it was cancelled
# ja: キャンセル日時
own-label-cancelled = Cancelled

# where: app/src/own_data/pages.rs — heading: places on waiting lists
# ja: キャンセル待ち
own-waiting-heading = Waiting lists

# where: app/src/own_data/pages.rs — heading: lottery applications
# ja: 抽選の申し込み
own-applications-heading = Lottery applications

# where: app/src/own_data/pages.rs — heading: emails sent
# ja: お送りしたメール
own-emails-heading = Emails sent to you

# where: app/src/own_data/pages.rs — under the heading
# ja: 利用者キーとワンタイムパスワードは、送信した後は保存していません。ダウンロードしたファイルでは「＊＊＊＊（送信後に消去）」と表示されます。
own-emails-note = User keys and one-time passwords are not kept once sent; in the file they show as “＊＊＊＊（送信後に消去）” (erased after sending).

# where: app/src/own_data/pages.rs — label: when an email was sent
# ja: 送信日時
own-label-sent = Sent

# where: app/src/own_data/pages.rs — an email not sent yet
# ja: 未送信
own-not-sent = Not sent yet

# where: app/src/own_data/pages.rs — heading
# ja: 利用者情報の削除
own-erase-heading = Erasing your data

# where: app/src/own_data/pages.rs — what erasing does (also on the confirm page)
# ja: 氏名・ふりがな・生年月日・電話番号・メールアドレスと、あなたにお送りしたメールを削除します。削除すると、この利用者キーではログインできなくなります。予約の件数などの統計（個人が分からない形のもの）は残ります。今後の予約・キャンセル待ち・抽選の申し込みがある間は削除できません。
own-erase-intro = Your name, reading, date of birth, phone number, email address and the emails sent to you are erased, and this user key no longer logs in. Counts for the city’s statistics (which do not say who you are) stay. It cannot be done while you have an upcoming reservation, a place on a waiting list or a lottery application.

# where: app/src/own_data/pages.rs — link to the confirm step
# ja: 利用者情報の削除へ進む
own-erase-link = Go on to erase your data

# where: app/src/own_data/pages.rs — confirm step: title and heading
# ja: 利用者情報の削除の確認
own-erase-confirm-title = Erase your data?

# where: app/src/own_data/pages.rs — confirm step
# ja: 本当に削除しますか。削除した情報は元に戻せません。
own-erase-confirm-lead = Are you sure? Erased data cannot be brought back.

# where: app/src/own_data/pages.rs — button
# ja: 削除する
own-erase-button = Erase

# where: app/src/own_data/pages.rs — link back without erasing
# ja: 削除せずに登録情報に戻る
own-erase-back = Back without erasing

# where: app/src/own_data/pages.rs — refused while something upcoming is theirs; also the error of app/src/error.rs
# ja: 今後の予約、キャンセル待ち、または抽選の申し込みがあるため、削除できません。先にキャンセル・取り消しをしてから、もう一度お試しください。
own-erase-refused = You have an upcoming reservation, a place on a waiting list or a lottery application, so your data cannot be erased yet. Cancel or withdraw it first, then try again.

# where: app/src/own_data/pages.rs — the reservations in the way; $numbers are reservation numbers
# ja: 今後の予約の予約番号：{ $numbers }
own-erase-refused-numbers = Upcoming reservations: { $numbers }

# where: app/src/own_data/pages.rs — after erasing: title and heading
# ja: 利用者情報を削除しました
own-erased-title = Your data has been erased

# where: app/src/own_data/pages.rs — after erasing
# ja: 利用者情報を削除しました。ご利用ありがとうございました。また予約するときは、はじめての方と同じように予約してください（新しい利用者キーをお送りします）。
own-erased-body = Your data has been erased. Thank you for using the service. To reserve again, reserve as a first-time user (you will get a new user key).

# where: app/src/my_reservations/pages.rs — link to 登録情報
# ja: 登録情報（保存されている情報の確認・ダウンロード・削除）
my-own-data-link = Your data (see, download or erase what is kept)

# where: app/src/reserve/household.rs — on the steps after the choice; $name is the member's name
# ja: { $name } 様の予約です。
reserve-for-member = This reservation is for { $name }.

# where: app/src/reserve/household.rs — link back to the choice
# ja: 予約する方を選び直す
reserve-choose-again = Choose someone else
