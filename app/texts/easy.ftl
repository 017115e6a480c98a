### いみずe-予約システム: the texts residents read, in やさしい日本語 (easy Japanese).
### Short sentences, everyday words, spaces between phrases (分かち書き).
### Every kanji word has its reading: 漢字《かんじ》 (the reading covers the kanji just before 《;
### ｜ marks where the base starts when it is not that run of kanji, e.g. ｜30分《さんじゅっぷん》).
### The Japanese original of a one-line text is given in a "# ja:" comment.
### Message ids and { $variables } are the same as in ja.ftl.

## Site: header, footer, home page, shared words, dates

# where: app/src/texts.rs (SYSTEM_NAME) — the system's name: header, footer, breadcrumbs, home heading, emails. Keep as is.
# ja: いみずe-予約システム
site-name = いみずe-予約《よやく》システム

# where: app/src/lib.rs (Title formatter) — the browser tab title; $page is the page's title (an empty title shows site-name alone)
# ja: { $page } | いみずe-予約システム
site-title = { $page } | いみずe-予約《よやく》システム

# where: app/src/ui/layout.rs — link that skips to the page's main text (keyboard users)
# ja: 本文へ移動
site-skip-link = 本文《ほんぶん》へ 行《い》く

# where: app/src/ui/layout.rs — accessible name of the language links at the top of every page (read by screen readers; both words, so either reader finds it)
# ja: 言語 / Language
site-language-nav-label = ことば / Language

# where: app/src/ui/layout.rs — accessible name of the header menu (read by screen readers)
# ja: メインメニュー
site-nav-label = メニュー

# where: app/src/ui/layout.rs, app/src/reserve/pages.rs — header link, home button and breadcrumb to the reservation pages
# ja: 予約する
site-reserve = 予約《よやく》する

# where: app/src/ui/layout.rs, app/src/login/pages.rs — header link; the login page's title and heading; the login button
# ja: ログイン
site-login = ログイン

# where: app/src/ui/layout.rs — small text after the header's login link (what logging in is for)
# ja: （予約の確認・変更・キャンセル）
site-login-sub = （予約《よやく》を 見《み》る・変《か》える・キャンセルする）

# where: app/src/ui/layout.rs, app/src/key_reissue/pages.rs — header link; title and heading of the user key reissue pages
# ja: 利用者キー再発行
site-key-reissue = 利用者《りようしゃ》キーを もう一度《いちど》 もらう

# where: app/src/ui/layout.rs, app/src/my_reservations/pages.rs, app/src/email_change/pages.rs — header link when logged in; title of the resident's reservations page; breadcrumb
# ja: 予約の確認・変更・キャンセル
site-my = 予約《よやく》を 見《み》る・変《か》える・キャンセルする

# where: app/src/login/pages.rs — header button
# ja: ログアウト
site-logout = ログアウト

# where: app/src/ui/layout.rs — footer; $name and $hours are the city's configured words (Japanese); $phone_link is site-phone-link as a link
# ja: お問い合わせ：{ $name }　{ $phone_link }（{ $hours }）
site-footer-contact = 問《と》い合《あ》わせ：{ $name }　{ $phone_link }（{ $hours }）

# where: app/src/ui/layout.rs — the footer's phone link text
# ja: 電話 { $phone }
site-phone-link = 電話《でんわ》 { $phone }

# where: app/src/site.rs (contact_line) — whom to call, in emails, the email change pages and the calendar file; $name and $hours are the city's configured words
# ja: { $name }　電話 { $phone }（{ $hours }）
site-contact-line = { $name }　電話《でんわ》 { $phone }（{ $hours }）

# where: app/src/texts.rs (MAIL_HELP_LINK) — link to the mail help page (footer, home, forms); also that page's title and heading
# ja: メールが届かない場合
site-mail-help-link = メールが 来《こ》ない とき

# where: app/src/key_reissue/pages.rs, app/src/my_reservations/pages.rs — after an email was sent; $link is site-mail-help-link as a link
# ja: 通常、数分以内に届きます。{ $link }もご覧ください。
site-mail-arrives = メールは ふつう 数分《すうふん》で 届《とど》きます。{ $link }の ページも 見《み》て ください。

# where: app/src/ui/layout.rs — accessible name of the breadcrumb trail (read by screen readers)
# ja: 現在位置
site-breadcrumb-label = 今《いま》 いる ページ

# where: app/src/ui/layout.rs — home page, under the heading
# ja: 健診・検診、乳幼児健診、予防接種、健康相談などの予約を、スマートフォンやパソコンから受け付けています。
site-home-lead = 健康《けんこう》診断《しんだん》・がん 検診《けんしん》・赤《あか》ちゃんや 子《こ》どもの 健診《けんしん》・予防《よぼう》接種《せっしゅ》・健康《けんこう》相談《そうだん》などの 予約《よやく》が できます。スマートフォンや パソコンから 予約《よやく》できます。

# where: app/src/ui/layout.rs — home page button to the login page
# ja: 予約の確認・変更・キャンセル（ログイン）
site-home-my-button = 予約《よやく》を 見《み》る・変《か》える・キャンセルする（ログイン）

# where: app/src/ui/layout.rs — home page heading
# ja: はじめて予約される方へ
site-home-first-time-heading = はじめて 予約《よやく》する 人《ひと》へ

# where: app/src/ui/layout.rs — home page
# ja: 予約が完了すると、予約番号と「利用者キー」が画面とメールでお知らせされます。利用者キーは、予約の確認・変更・キャンセルのときに必要です。
site-home-first-time-text = 予約《よやく》が できると、予約《よやく》番号《ばんごう》と 「利用者《りようしゃ》キー」が 画面《がめん》に 出《で》ます。メールでも 届《とど》きます。利用者《りようしゃ》キーは、予約《よやく》を 見《み》る とき・変《か》える とき・キャンセルする ときに 使《つか》います。

# where: app/src/ui/layout.rs — home page link to the user key reissue page
# ja: 利用者キーが不明な方は、こちらから再発行（メールで再送）できます
site-home-key-reissue-link = 利用者《りようしゃ》キーが わからない 人《ひと》は、ここから もう一度《いちど》 メールで もらえます

# where: app/src/ui/layout.rs, app/src/login/pages.rs, app/src/email_change/undo/mod.rs, app/src/ticket/page.rs — link to the login page (e.g. under an error when the login has expired)
# ja: ログイン画面へ
site-to-login = ログインの 画面《がめん》へ

# where: app/src/email_change/undo/mod.rs, app/src/ticket/page.rs — link to the top page under an error
# ja: トップページへ
site-to-top = トップページへ

# where: app/src/ui/layout.rs, app/src/reserve/pages.rs, app/src/key_reissue/pages.rs, app/src/ticket/page.rs — link at the end of a page
# ja: トップページへ戻る
site-back-to-top = トップページに もどる

# where: app/src/ui/layout.rs — shown while a page's data loads
# ja: 読み込み中…
site-loading = 読《よ》み込《こ》んで います…

# where: app/src/ui/layout.rs — title and heading of the page-not-found page
# ja: ページが見つかりません
site-not-found-title = ページが ありません

# where: app/src/ui/layout.rs — page-not-found page
# ja: お探しのページは、削除されたか、URLが間違っている可能性があります。
site-not-found-text = この ページは ありません。消《け》された かもしれません。URLが 間違《まちが》って いる かもしれません。

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
# ja: 月
site-weekday-mon = 月《げつ》

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
# ja: 火
site-weekday-tue = 火《か》

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
# ja: 水
site-weekday-wed = 水《すい》

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
# ja: 木
site-weekday-thu = 木《もく》

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
# ja: 金
site-weekday-fri = 金《きん》

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
# ja: 土
site-weekday-sat = 土《ど》

# where: app/src/time.rs (weekday_ja), app/src/catalogue/view.rs (calendar column headings) — short day of the week, used in dates as $weekday
# ja: 日
site-weekday-sun = 日《にち》

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 1月
site-month-1 = 1月《がつ》

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 2月
site-month-2 = 2月《がつ》

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 3月
site-month-3 = 3月《がつ》

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 4月
site-month-4 = 4月《がつ》

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 5月
site-month-5 = 5月《がつ》

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 6月
site-month-6 = 6月《がつ》

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 7月
site-month-7 = 7月《がつ》

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 8月
site-month-8 = 8月《がつ》

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 9月
site-month-9 = 9月《がつ》

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 10月
site-month-10 = 10月《がつ》

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 11月
site-month-11 = 11月《がつ》

# where: app/src/time.rs, app/src/catalogue/ssr.rs — a month's name, used in dates as $month
# ja: 12月
site-month-12 = 12月《がつ》

# where: app/src/time.rs (date_short) — e.g. 12月1日(火): calendar days, a day's slots; $month is a site-month-N text, $weekday a site-weekday-x text; in やさしい日本語 only, $day is the day with 日 and its reading (｜1日《ついたち》, ｜15日《じゅうごにち》: app/src/time.rs day_in), so no 日 follows it here
# ja: { $month }{ $day }日({ $weekday })
site-date-short = { $month }{ $day }({ $weekday })

# where: app/src/time.rs (date_long) — e.g. 2026年12月1日(火): a slot's date, deadlines, times in emails; variables as in site-date-short
# ja: { $year }年{ $month }{ $day }日({ $weekday })
site-date-long = { $year }年《ねん》{ $month }{ $day }({ $weekday })

# where: app/src/catalogue/ssr.rs — caption of a month calendar, e.g. 2026年12月; $month is a site-month-N text
# ja: { $year }年{ $month }
site-date-month = { $year }年《ねん》{ $month }

# where: app/src/domain/birth_date.rs (japanese) — a date of birth as shown on the check page, e.g. 1960年4月1日; $month is a site-month-N text
# ja: { $year }年{ $month }{ $day }日
site-birth-date = { $year }年《ねん》{ $month }{ $day }

# where: app/src/time.rs (time_range) — a slot's time, e.g. 9:30〜10:00
# ja: { $start }〜{ $end }
site-time-range = { $start }〜{ $end }

## Forms: shared labels, buttons and the error summary

# where: app/src/texts.rs (ERROR_SUMMARY_TITLE), app/src/ui/form.rs — heading of the list of problems at the top of a form
# ja: 入力内容に誤りがあります
form-error-summary-title = 入力《にゅうりょく》に まちがいが あります

# where: app/src/reserve/pages.rs, app/src/login/pages.rs, app/src/key_reissue/pages.rs — page title when the form has errors; $title is the page's title
# ja: エラー: { $title }
form-error-title = エラー: { $title }

# where: app/src/ui/form.rs, app/src/login/pages.rs, app/src/reserve/pages.rs — a field's error; 「エラー: 」 is visually hidden (read by screen readers only); $message is the error
# ja: エラー: { $message }
form-field-error = エラー: { $message }

# where: app/src/ui/form.rs — a submit button while it is working
# ja: 処理中…
form-pending = 待《ま》って ください…

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs, app/src/email_change/pages.rs — button: go on to the check page (or check a code)
# ja: 確認
form-check = 確認《かくにん》する

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs — button on a check page: send
# ja: 送信
form-send = おくる

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs — button on a check page: back to the form
# ja: 戻る
form-back = もどる

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs — check page, when the answers are no longer valid
# ja: 入力内容に誤りがあります。入力画面に戻って修正してください。
form-has-errors = 入力《にゅうりょく》に まちがいが あります。入力《にゅうりょく》の 画面《がめん》に もどって、直《なお》して ください。

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs — link under form-has-errors
# ja: 入力画面へ戻る
form-back-to-input = 入力《にゅうりょく》の 画面《がめん》に もどる

# where: app/src/texts.rs (EMAIL_EXAMPLE) — hint under an email address field
# ja: 例:info@city.imizu.lg.jp
form-email-example = 例《れい》:info@city.imizu.lg.jp

# where: app/src/reserve/pages.rs, app/src/email_change/pages.rs — hint under the second email address field
# ja: 確認のため、もう一度入力してください
form-email-confirm-hint = もう一度《いちど》 同《おな》じ メールアドレスを 書《か》いて ください

# where: app/src/texts.rs (USER_KEY_EXAMPLE) — hint under the user key field
# ja: 例:ABCD-EFGH-JKMN（大文字・小文字、ハイフンの有無は問いません）
form-user-key-example = 例《れい》:ABCD-EFGH-JKMN（大《おお》きい 文字《もじ》でも 小《ちい》さい 文字《もじ》でも いいです。「-」は なくても いいです）

# where: app/src/texts.rs (FORGOTTEN_KEY_LINK) — link to the user key reissue page from the login pages
# ja: 利用者キーが不明な方は、利用者キー再発行へ
form-forgotten-key-link = 利用者《りようしゃ》キーが わからない 人《ひと》は ここへ

# where: app/src/reserve/pages.rs — field label and row label
# ja: 氏名
form-label-name = 名前《なまえ》

# where: app/src/reserve/pages.rs — field label and row label: the name written in kana
# ja: ふりがな
form-label-kana = ふりがな

# where: app/src/reserve/pages.rs — field label and row label
# ja: 生年月日
form-label-birth-date = 生《う》まれた 日《ひ》

# where: app/src/reserve/pages.rs, app/src/my_reservations/pages.rs — field label and row label
# ja: 電話番号
form-label-phone = 電話《でんわ》番号《ばんごう》

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs, app/src/login/pages.rs, app/src/my_reservations/pages.rs — field label and row label
# ja: メールアドレス
form-label-email = メールアドレス

# where: app/src/reserve/pages.rs, app/src/key_reissue/pages.rs — label of the second email address field (typed again to check)
# ja: メールアドレス確認
form-label-email-confirm = メールアドレス（もう一度《いちど》）

# where: app/src/login/pages.rs, app/src/reserve/pages.rs — field label; also on the completion page
# ja: 利用者キー
form-label-user-key = 利用者《りようしゃ》キー

# where: app/src/reserve/pages.rs, app/src/my_reservations/pages.rs, app/src/ticket/page.rs — row label
# ja: 予約番号
form-label-reservation-number = 予約《よやく》番号《ばんごう》

# where: app/src/catalogue/view.rs, app/src/my_reservations/pages.rs, app/src/ticket/page.rs — row label: the service reserved (e.g. 特定健診)
# ja: 予約メニュー
form-label-service = 予約《よやく》メニュー

# where: app/src/catalogue/view.rs, app/src/my_reservations/pages.rs, app/src/ticket/page.rs — row label: date and time
# ja: 日時
form-label-when = 日《ひ》にちと 時間《じかん》

# where: app/src/catalogue/view.rs, app/src/reserve/pages.rs, app/src/my_reservations/pages.rs, app/src/ticket/page.rs — row label: where to go
# ja: 会場
form-label-venue = 場所《ばしょ》

# where: app/src/my_reservations/pages.rs — row label: the last moment to change or cancel
# ja: 変更・キャンセルの締切
form-label-change-deadline = 変更《へんこう》・キャンセルの しめきり

## 予約する: choose a service and a time, details, check, done

# where: app/src/reserve/pages.rs — link under an error on the reservation pages
# ja: 予約メニューの一覧へ
reserve-load-error-link = 予約《よやく》メニューの リストへ

# where: app/src/reserve/pages.rs — page title (browser tab)
# ja: 予約メニューを選ぶ
reserve-services-title = 予約《よやく》メニューを 選《えら》ぶ

# where: app/src/reserve/pages.rs — page heading
# ja: 予約メニューを選んでください
reserve-services-heading = 予約《よやく》メニューを 選《えら》んで ください

# where: app/src/reserve/pages.rs — when no service takes reservations
# ja: 現在、予約を受け付けているメニューはありません。
reserve-services-none = 今《いま》 予約《よやく》できる メニューは ありません。

# where: app/src/reserve/pages.rs — on each service's card; $venue is the city's words
# ja: 会場: { $venue }
reserve-service-venue = 場所《ばしょ》: { $venue }

# where: app/src/reserve/pages.rs — on a service's card
# ja: 空きがあります
reserve-service-has-room = まだ 予約《よやく》できます

# where: app/src/reserve/pages.rs — on a service's card
# ja: 現在、空きはありません
reserve-service-no-room = 今《いま》は いっぱいです

# where: app/src/reserve/pages.rs — page title and breadcrumb of the date-and-time step
# ja: 予約枠を選ぶ
reserve-slots-title = 日《ひ》にちと 時間《じかん》を 選《えら》ぶ

# where: app/src/reserve/pages.rs — page title (browser tab); $service is the service's name
# ja: { $service }の予約枠を選ぶ
reserve-slots-page-title = { $service }の 日《ひ》にちと 時間《じかん》を 選《えら》ぶ

# where: app/src/reserve/pages.rs — row label: the service's deadlines (catalogue-deadline-…)
# ja: 締切
reserve-label-deadline = しめきり

# where: app/src/reserve/pages.rs — row label: how many reservations one person may hold (catalogue-limit-note)
# ja: 予約数の上限
reserve-label-limit = 予約《よやく》できる 数《かず》

# where: app/src/reserve/pages.rs — heading above the calendar
# ja: 日時を選んでください
reserve-slots-heading = 日《ひ》にちと 時間《じかん》を 選《えら》んで ください

# where: app/src/reserve/pages.rs — the chosen time is full (shown before the form)
# ja: この予約枠は満員です。別の日時を選んでください。
reserve-slot-full = この 時間《じかん》は いっぱいです。ほかの 日《ひ》にちか 時間《じかん》を 選《えら》んで ください。

# where: app/src/reserve/pages.rs — title, heading and breadcrumb of the details form
# ja: お客様情報の入力
reserve-details-title = あなたの 名前《なまえ》などを 書《か》く

# where: app/src/reserve/pages.rs — link under reserve-slot-full / error-slot-closed
# ja: 予約枠の一覧へ戻る
reserve-back-to-slots = 日《ひ》にちと 時間《じかん》の リストに もどる

# where: app/src/reserve/pages.rs — hint under the name field
# ja: 例: 射水 太郎
reserve-name-hint = 例《れい》: 射水《いみず》 太郎《たろう》

# where: app/src/reserve/pages.rs — hint under the furigana field
# ja: ひらがなかカタカナで入力してください（例: いみず たろう）
reserve-kana-hint = ひらがなか カタカナで 書《か》いて ください（例《れい》: いみず たろう）

# where: app/src/reserve/pages.rs — hint under the date of birth fields
# ja: 西暦で入力してください（例: 1960年4月1日）
reserve-birth-hint = 西暦《せいれき》で 書《か》いて ください（例《れい》: 1960年《ねん》4月《がつ》｜1日《ついたち》）

# where: app/src/reserve/pages.rs — label after the year box of the date of birth
# ja: 年
reserve-birth-year = 年《ねん》

# where: app/src/reserve/pages.rs — label after the month box of the date of birth
# ja: 月
reserve-birth-month = 月《がつ》

# where: app/src/reserve/pages.rs — label after the day box of the date of birth
# ja: 日
reserve-birth-day = 日《にち》

# where: app/src/reserve/pages.rs — hint under the phone field
# ja: 日中に連絡のつく番号（例: 0766-51-6666）
reserve-phone-hint = 昼《ひる》に 電話《でんわ》が つながる 番号《ばんごう》（例《れい》: 0766-51-6666）

# where: app/src/reserve/pages.rs — under the email fields; followed by the site-mail-help-link link
# ja: 予約完了のメールが届くよう、迷惑メール対策をされている方は受信設定をご確認ください。
reserve-mail-filter-hint = 予約《よやく》が できたら メールを おくります。迷惑《めいわく》メールを 止《と》める 設定《せってい》を して いる 人《ひと》は、設定《せってい》を 確《たし》かめて ください。

# where: app/src/reserve/pages.rs — details form of a logged-in resident (first paragraph)
# ja: ログイン中のため、登録されている内容で予約します。新しい利用者キーは発行されません。
reserve-known-notice = あなたは ログインして います。登録《とうろく》して ある 名前《なまえ》などで 予約《よやく》します。新《あたら》しい 利用者《りようしゃ》キーは 出《で》ません。

# where: app/src/reserve/pages.rs — details form of a logged-in resident (second paragraph)
# ja: 電話番号は変更できます。メールアドレスの変更は「予約の確認・変更・キャンセル」の画面から行えます。
reserve-known-change-note = 電話《でんわ》番号《ばんごう》は ここで 変《か》えられます。メールアドレスは 「予約《よやく》を 見《み》る・変《か》える・キャンセルする」の 画面《がめん》で 変《か》えられます。

# where: app/src/reserve/pages.rs — title, heading and breadcrumb of the check page
# ja: 入力内容の確認
reserve-confirm-title = 書《か》いた ことの 確認《かくにん》

# where: app/src/reserve/pages.rs — link under an error when the slot became full or closed
# ja: 別の日時を選ぶ
reserve-choose-another = ほかの 日《ひ》にちか 時間《じかん》を 選《えら》ぶ

# where: app/src/reserve/pages.rs — check page; the button is form-send
# ja: 以下の内容で予約します。よろしければ送信ボタンを押してください。
reserve-confirm-lead = 下《した》の 内容《ないよう》で 予約《よやく》します。よければ 「おくる」を 押《お》して ください。

# where: app/src/reserve/pages.rs — check page of a logged-in resident
# ja: ログイン中の利用者キーで予約します（新しい利用者キーは発行されません）。
reserve-confirm-known = 今《いま》 ログインして いる 利用者《りようしゃ》キーで 予約《よやく》します。新《あたら》しい 利用者《りようしゃ》キーは 出《で》ません。

# where: app/src/reserve/pages.rs — check and completion pages; $deadline is a date and time
# ja: 変更・キャンセルの締切: { $deadline }
reserve-change-deadline = 変更《へんこう》・キャンセルの しめきり: { $deadline }

# where: app/src/reserve/pages.rs — title, heading and breadcrumb of the completion page
# ja: 予約完了
reserve-complete-title = 予約《よやく》が できました

# where: app/src/reserve/pages.rs — completion page, above the reservation number
# ja: 予約を受け付けました。
reserve-complete-received = 予約《よやく》が できました。

# where: app/src/reserve/pages.rs — completion page, while the new user key is shown
# ja: 利用者キーは、予約の確認・変更・キャンセルのときに必要です。メモするか、この画面を保存するなどして、大切に保管してください。この画面の利用者キーは、予約した後30分間だけ表示されます。
reserve-complete-key-note = 利用者《りようしゃ》キーは、予約《よやく》を 見《み》る とき・変《か》える とき・キャンセルする ときに 使《つか》います。メモするか、この 画面《がめん》を 保存《ほぞん》して ください。なくさないで ください。この 画面《がめん》の 利用者《りようしゃ》キーは、予約《よやく》してから ｜30分《さんじゅっぷん》だけ 見《み》えます。

# where: app/src/reserve/pages.rs — completion page after the 30 minutes, or in another browser
# ja: 利用者キーとメールアドレスは、予約した後30分間だけ、予約したブラウザーに表示されます。利用者キーは予約完了のメールでお知らせしています。
reserve-complete-key-hidden = 利用者《りようしゃ》キーと メールアドレスは、予約《よやく》した ブラウザーに ｜30分《さんじゅっぷん》だけ 見《み》えます。利用者《りようしゃ》キーは 予約《よやく》の メールに 書《か》いて あります。

# where: app/src/reserve/pages.rs — button to the reservation slip (予約票)
# ja: 予約票を表示する（印刷・カレンダー登録）
reserve-ticket-link = 予約票《よやくひょう》を 見《み》る（印刷《いんさつ》・カレンダーに 入《い》れる）

# where: app/src/reserve/pages.rs — completion page; the address is shown in bold
# ja: 予約完了のメールを { $email } に送信しました。メールをご確認ください。
reserve-complete-mail-sent-to = { $email } に 予約《よやく》の メールを おくりました。メールを 見《み》て ください。

# where: app/src/reserve/pages.rs — completion page when the address is no longer shown
# ja: 予約完了のメールを送信しました。メールをご確認ください。
reserve-complete-mail-sent = 予約《よやく》の メールを おくりました。メールを 見《み》て ください。

## The calendar of times and the services' deadlines

# where: app/src/catalogue/view.rs — instead of the calendar
# ja: 現在、予約できる日時はありません。
catalogue-no-slots = 今《いま》 予約《よやく》できる 日《ひ》にちと 時間《じかん》は ありません。

# where: app/src/catalogue/mod.rs (DayMark::words) — meaning of ○ in the calendar legend; also read out for a day
# ja: 空きあり
catalogue-mark-open = 空《あ》きが ある

# where: app/src/catalogue/mod.rs (DayMark::words) — meaning of △
# ja: 残りわずか
catalogue-mark-few = あと 少《すこ》し

# where: app/src/catalogue/mod.rs, app/src/catalogue/view.rs — meaning of ×; also a full slot's status
# ja: 満員
catalogue-mark-full = いっぱい

# where: app/src/catalogue/mod.rs, app/src/catalogue/view.rs — meaning of －; also a closed slot's status
# ja: 受付終了
catalogue-mark-closed = しめきり

# where: app/src/catalogue/view.rs — a slot's status: how many places are left
# ja: 残り{ $remaining }人
catalogue-slot-remaining = あと { $remaining }人《にん》

# where: app/src/catalogue/view.rs — heading above the chosen day's times; $date is a site-date-short
# ja: { $date }の予約枠
catalogue-day-slots = { $date }の 時間《じかん》

# where: app/src/catalogue/ssr.rs — how many upcoming reservations one person may hold for the service
# ja: お一人{ $limit }件まで（受付中の予約の数）
catalogue-limit-note = ｜1人《ひとり》 { $limit }件《けん》まで（これからの 予約《よやく》の 数《かず》）

# where: app/src/booking/deadlines.rs (deadline_note) — one deadline for everything; $reserve is a catalogue-days-before-… text
# ja: 予約・変更・キャンセルは{ $reserve }まで
catalogue-deadline-same = 予約《よやく》・変更《へんこう》・キャンセルは { $reserve }まで

# where: app/src/booking/deadlines.rs (deadline_note) — two deadlines; $reserve and $change are catalogue-days-before-… texts
# ja: 予約は{ $reserve }まで、変更・キャンセルは{ $change }まで
catalogue-deadline-split = 予約《よやく》は { $reserve }まで。変更《へんこう》・キャンセルは { $change }まで

# where: app/src/booking/deadlines.rs (days_before_text) — deadline on the day itself; $time e.g. 17:00
# ja: 当日の{ $time }
catalogue-days-before-0 = その 日《ひ》の { $time }

# where: app/src/booking/deadlines.rs (days_before_text) — deadline the day before
# ja: 前日の{ $time }
catalogue-days-before-1 = 前《まえ》の 日《ひ》の { $time }

# where: app/src/booking/deadlines.rs (days_before_text) — deadline $days (2 or more) days before
# ja: { $days }日前の{ $time }
catalogue-days-before-n = { $days }日《にち》 前《まえ》の { $time }

## ログイン

# where: app/src/login/pages.rs — login page after logging out
# ja: ログアウトしました。
login-logged-out = ログアウトしました。

# where: app/src/login/pages.rs — login page after asking for a one-time password (the same words whether or not the key is registered)
# ja: 入力された利用者キーとメールアドレスが登録されている場合、ワンタイムパスワードを送信しました。メールに記載の8桁の数字を、下の「ワンタイムパスワード」に入力してください。
login-otp-sent = 書《か》いた 利用者《りようしゃ》キーと メールアドレスが 登録《とうろく》されて いれば、ワンタイムパスワードを おくりました。メールに ある 8つの 数字《すうじ》を、下《した》の 「ワンタイムパスワード」に 書《か》いて ください。

# where: app/src/login/pages.rs — under login-otp-sent; $link is site-mail-help-link as a link
# ja: メールが届かないときは、{ $link }をご覧ください。
login-otp-sent-help = メールが 来《こ》ない ときは、{ $link }の ページを 見《み》て ください。

# where: app/src/login/pages.rs — too many one-time password requests; $retry_at is a time, e.g. 14:05
# ja: 短時間に続けてお申し込みがあったため、ワンタイムパスワードの発行を一時的に止めています。{ $retry_at }以降にもう一度お試しください。
login-otp-throttled = 短《みじか》い 時間《じかん》に 何回《なんかい》も 申《もう》し込《こ》みが ありました。今《いま》は ワンタイムパスワードを 出《だ》せません。{ $retry_at }より あとに もう一度《いちど》 ためして ください。

# where: app/src/login/pages.rs — under login-otp-throttled
# ja: すでに届いているワンタイムパスワードは、有効期間内であればお使いいただけます。
login-otp-throttled-note = もう 届《とど》いた ワンタイムパスワードは、期限《きげん》までは 使《つか》えます。

# where: app/src/login/pages.rs — login page, above the form
# ja: 利用者キー、ワンタイムパスワードを入力してください。ワンタイムパスワードはログイン毎に新規のものが必要となります。
login-lead = 利用者《りようしゃ》キーと ワンタイムパスワードを 書《か》いて ください。ログインする たびに 新《あたら》しい ワンタイムパスワードが 必要《ひつよう》です。

# where: app/src/login/pages.rs — field label
# ja: ワンタイムパスワード
login-otp-label = ワンタイムパスワード

# where: app/src/login/pages.rs — hint under the one-time password field
# ja: メールでお送りした8桁の数字
login-otp-hint = メールで おくった 8つの 数字《すうじ》

# where: app/src/login/pages.rs — checkbox label: show the typed password
# ja: パスワードを表示
login-show-password = パスワードを 見《み》せる

# where: app/src/login/mod.rs (login_failed_message) — the one message for every failed login; $minutes how long a password works, $max_wrong how many wrong tries are allowed
# ja: ログインできませんでした。利用者キーとワンタイムパスワードをお確かめください。ワンタイムパスワードは発行から{ $minutes }分以内、1回のログインに限り有効で、{ $max_wrong }回間違えると使えなくなります。その場合は、もう一度ワンタイムパスワードを発行してください。
login-failed = ログイン できませんでした。利用者《りようしゃ》キーと ワンタイムパスワードを 確《たし》かめて ください。ワンタイムパスワードは、出《で》てから { $minutes }分《ふん》 使《つか》えます。1回《かい》の ログインだけ 使《つか》えます。{ $max_wrong }回《かい》 まちがえると、使《つか》えなく なります。その ときは、もう一度《いちど》 ワンタイムパスワードを もらって ください。

## ワンタイムパスワード発行

# where: app/src/login/pages.rs — title and heading of the one-time password page; also the button to it on the login page
# ja: ワンタイムパスワード発行
otp-title = ワンタイムパスワードを もらう

# where: app/src/login/pages.rs — link under an error
# ja: ワンタイムパスワード発行の画面へ
otp-load-error-link = ワンタイムパスワードを もらう 画面《がめん》へ

# where: app/src/login/pages.rs — one-time password page, first paragraph
# ja: ワンタイムパスワードを発行します。利用者キー及び登録済みのメールアドレスを入力してください。メールアドレス宛に8桁のパスワードを送付します。
otp-lead-request = ワンタイムパスワードを 出《だ》します。利用者《りようしゃ》キーと、登録《とうろく》した メールアドレスを 書《か》いて ください。その メールアドレスに 8つの 数字《すうじ》の パスワードを おくります。

# where: app/src/login/pages.rs — one-time password page, second paragraph
# ja: ログイン画面にて、利用者キーとこのパスワードを入力し、ログインしてください。
otp-lead-login = ログインの 画面《がめん》で、利用者《りようしゃ》キーと この パスワードを 書《か》いて、ログインして ください。

# where: app/src/login/pages.rs — one-time password page, third paragraph; $minutes how long a password works
# ja: なお、ワンタイムパスワードの有効期間は{ $minutes }分となっております。{ $minutes }分経過した際は、再度ワンタイムパスワードの取得をお願いいたします。
otp-lead-valid = ワンタイムパスワードは { $minutes }分《ふん》 使《つか》えます。{ $minutes }分《ふん》 過《す》ぎたら、もう一度《いちど》 ワンタイムパスワードを もらって ください。

# where: app/src/login/pages.rs — button
# ja: ワンタイムパスワードを発行
otp-submit = ワンタイムパスワードを もらう

# where: app/src/login/pages.rs — link
# ja: ログイン画面へ戻る
otp-back-to-login = ログインの 画面《がめん》に もどる

## 利用者キー再発行

# where: app/src/key_reissue/pages.rs — link under an error
# ja: 利用者キー再発行の最初の画面へ
key-reissue-load-error-link = 利用者《りようしゃ》キーを もらう 最初《さいしょ》の 画面《がめん》へ

# where: app/src/key_reissue/pages.rs — input page
# ja: 利用者キーを再発行します。登録済みのメールアドレスを入力してください。
key-reissue-lead = 利用者《りようしゃ》キーを もう一度《いちど》 おくります。登録《とうろく》した メールアドレスを 書《か》いて ください。

# where: app/src/key_reissue/pages.rs — page title (browser tab) of the check page
# ja: 利用者キー再発行（確認）
key-reissue-confirm-title = 利用者《りようしゃ》キーを もう一度《いちど》 もらう（確認《かくにん》）

# where: app/src/key_reissue/pages.rs — check page; the button is form-send
# ja: 以下の内容で送信します。よろしければ送信ボタンを押してください。
key-reissue-confirm-lead = 下《した》の 内容《ないよう》で おくります。よければ 「おくる」を 押《お》して ください。

# where: app/src/key_reissue/pages.rs — title and heading of the last page
# ja: 利用者キー再発行完了
key-reissue-complete-title = 利用者《りようしゃ》キーの 申《もう》し込《こ》みが 終《お》わりました

# where: app/src/key_reissue/pages.rs — last page
# ja: 利用者キー通知メールを送信しました。メールをご確認ください。
key-reissue-complete-sent = 利用者《りようしゃ》キーの メールを おくりました。メールを 見《み》て ください。

# where: app/src/key_reissue/pages.rs — last page (the same words whether or not the address is registered)
# ja: 入力されたメールアドレスが登録されている場合、そのアドレスで登録されているすべての利用者キーをお知らせします。登録されていない場合、メールは届きません。
key-reissue-complete-note = 書《か》いた メールアドレスが 登録《とうろく》されて いれば、その アドレスの 利用者《りようしゃ》キーを 全部《ぜんぶ》 おくります。登録《とうろく》されて いなければ、メールは 来《き》ません。

## 予約の確認・変更・キャンセル (logged in)

# where: app/src/my_reservations/pages.rs — link back to the resident's reservations (also under errors)
# ja: 予約の確認・変更・キャンセルの画面へ戻る
my-back = 予約《よやく》の 画面《がめん》に もどる

# where: app/src/my_reservations/pages.rs — row label: a my-status-… text
# ja: 状態
my-label-status = 状態《じょうたい》

# where: app/src/my_reservations/pages.rs — link to the reservation slip (予約票); followed by my-number-hidden
# ja: 予約票（印刷・カレンダー登録）
my-ticket-link = 予約票《よやくひょう》（印刷《いんさつ》・カレンダーに 入《い》れる）

# where: app/src/my_reservations/pages.rs — visually hidden after a reservation's links and buttons, so a screen reader says which reservation
# ja: （予約番号 { $number }）
my-number-hidden = （予約《よやく》番号《ばんごう》 { $number }）

# where: app/src/my_reservations/pages.rs — button on a reservation
# ja: 日時を変更する
my-change-button = 日《ひ》にちと 時間《じかん》を 変《か》える

# where: app/src/my_reservations/pages.rs — button on a reservation, and the button on the cancel check page
# ja: キャンセルする
my-cancel-button = キャンセルする

# where: app/src/my_reservations/pages.rs — on a reservation past its change/cancel deadline
# ja: 締切を過ぎたため、この画面からは変更・キャンセルできません。お問い合わせ先へお電話ください。
my-locked = しめきりが 過《す》ぎました。この 画面《がめん》では 変《か》える ことも キャンセルも できません。問《と》い合《あ》わせ先《さき》に 電話《でんわ》して ください。

# where: app/src/my_reservations/pages.rs — after an email address change
# ja: メールアドレスを変更しました。変更前と変更後の両方のアドレスにお知らせをお送りしました。ほかの端末でのログインは終了しました。
my-email-changed = メールアドレスを 変《か》えました。前《まえ》の アドレスと 新《あたら》しい アドレスの 両方《りょうほう》に お知《し》らせを おくりました。ほかの スマートフォンや パソコンの ログインは 終《お》わりました。

# where: app/src/my_reservations/pages.rs — who is logged in
# ja: { $name } 様（利用者キー { $user_key }）
my-resident = { $name } さん（利用者《りようしゃ》キー { $user_key }）

# where: app/src/my_reservations/pages.rs — heading
# ja: これからの予約
my-upcoming-heading = これからの 予約《よやく》

# where: app/src/my_reservations/pages.rs
# ja: これからの予約はありません。
my-upcoming-none = これからの 予約《よやく》は ありません。

# where: app/src/my_reservations/pages.rs — button
# ja: 新しく予約する
my-new-reservation = 新《あたら》しく 予約《よやく》する

# where: app/src/my_reservations/pages.rs — heading
# ja: 過去の予約・キャンセルした予約
my-past-heading = 前《まえ》の 予約《よやく》・キャンセルした 予約《よやく》

# where: app/src/my_reservations/pages.rs — under my-past-heading when there are none
# ja: ありません。
my-past-none = ありません。

# where: app/src/my_reservations/pages.rs — heading above the phone number and email address
# ja: 登録内容
my-registered-heading = 登録《とうろく》して いる こと

# where: app/src/my_reservations/pages.rs
# ja: 電話番号は、次に予約するときの入力画面で変更できます。
my-phone-note = 電話《でんわ》番号《ばんごう》は、次《つぎ》に 予約《よやく》する ときに 変《か》えられます。

# where: app/src/my_reservations/pages.rs — link
# ja: メールアドレスを変更する
my-change-email-link = メールアドレスを 変《か》える

# where: app/src/my_reservations/pages.rs — page title (browser tab) of the change page
# ja: 予約の変更（日時を選ぶ）
my-change-title = 予約《よやく》を 変《か》える（日《ひ》にちと 時間《じかん》を 選《えら》ぶ）

# where: app/src/my_reservations/pages.rs — heading of the change page; breadcrumb of the change pages
# ja: 予約の変更
my-change-heading = 予約《よやく》を 変《か》える

# where: app/src/my_reservations/pages.rs — heading above the reservation being changed
# ja: 現在の予約
my-current-heading = 今《いま》の 予約《よやく》

# where: app/src/my_reservations/pages.rs — heading above the calendar
# ja: 変更後の日時を選んでください
my-change-choose = 新《あたら》しい 日《ひ》にちと 時間《じかん》を 選《えら》んで ください

# where: app/src/my_reservations/pages.rs, app/src/email_change/pages.rs — link
# ja: 変更せずに戻る
my-back-without-change = 変《か》えないで もどる

# where: app/src/my_reservations/pages.rs — title and heading of the change check page
# ja: 予約の変更（確認）
my-change-confirm-title = 予約《よやく》を 変《か》える（確認《かくにん》）

# where: app/src/my_reservations/pages.rs — the button named is my-change-submit
# ja: 以下のとおり変更します。よろしければ「変更する」ボタンを押してください。
my-change-confirm-lead = 下《した》の ように 変《か》えます。よければ 「変《か》える」を 押《お》して ください。

# where: app/src/my_reservations/pages.rs — row label
# ja: 変更前の日時
my-label-before = 前《まえ》の 日《ひ》にちと 時間《じかん》

# where: app/src/my_reservations/pages.rs — row label
# ja: 変更後の日時
my-label-after = 新《あたら》しい 日《ひ》にちと 時間《じかん》

# where: app/src/my_reservations/pages.rs, app/src/email_change/pages.rs — button that makes a change
# ja: 変更する
my-change-submit = 変《か》える

# where: app/src/my_reservations/pages.rs — link back to the calendar
# ja: 日時を選び直す
my-choose-again = 日《ひ》にちと 時間《じかん》を 選《えら》びなおす

# where: app/src/my_reservations/pages.rs — title and heading after a change
# ja: 予約の変更完了
my-changed-title = 予約《よやく》を 変《か》えました

# where: app/src/my_reservations/pages.rs — after a change
# ja: 予約を変更しました。変更のお知らせをメールでお送りしました。
my-changed-message = 予約《よやく》を 変《か》えました。メールで お知《し》らせを おくりました。

# where: app/src/my_reservations/pages.rs — title and heading of the cancel check page
# ja: 予約のキャンセル（確認）
my-cancel-title = 予約《よやく》の キャンセル（確認《かくにん》）

# where: app/src/my_reservations/pages.rs — breadcrumb of the cancel pages
# ja: 予約のキャンセル
my-cancel-heading = 予約《よやく》の キャンセル

# where: app/src/my_reservations/pages.rs — the button named is my-cancel-button
# ja: 次の予約をキャンセルします。よろしければ「キャンセルする」ボタンを押してください。
my-cancel-lead = 下《した》の 予約《よやく》を キャンセルします。よければ 「キャンセルする」を 押《お》して ください。

# where: app/src/my_reservations/pages.rs — link
# ja: キャンセルせずに戻る
my-back-without-cancel = キャンセルしないで もどる

# where: app/src/my_reservations/pages.rs — title and heading after a cancellation
# ja: 予約のキャンセル完了
my-cancelled-title = 予約《よやく》を キャンセルしました

# where: app/src/my_reservations/pages.rs — after a cancellation
# ja: 予約をキャンセルしました。キャンセルのお知らせをメールでお送りしました。
my-cancelled-message = 予約《よやく》を キャンセルしました。メールで お知《し》らせを おくりました。

# where: app/src/booking/standing.rs (Standing::label) — a reservation's status
# ja: 予約中
my-status-active = 予約《よやく》して います

# where: app/src/booking/standing.rs — status past the change/cancel deadline
# ja: 予約中（変更・キャンセル締切後）
my-status-locked = 予約《よやく》して います（変更《へんこう》・キャンセルの しめきりは 過《す》ぎました）

# where: app/src/booking/standing.rs — the day has passed
# ja: 終了
my-status-past = 終《お》わりました

# where: app/src/booking/standing.rs
# ja: キャンセル済み
my-status-cancelled = キャンセルしました

## メールアドレスの変更 (logged in)

# where: app/src/email_change/pages.rs — title, heading and breadcrumb of every email change page
# ja: メールアドレスの変更
email-change-title = メールアドレスを 変《か》える

# where: app/src/email_change/pages.rs — link under an error
# ja: メールアドレスの変更の最初の画面へ
email-change-load-error-link = メールアドレスを 変《か》える 最初《さいしょ》の 画面《がめん》へ

# where: app/src/email_change/pages.rs — after the code from the current address was right
# ja: ご本人の確認ができました。
email-change-identity-ok = あなたで ある ことが わかりました。

# where: app/src/email_change/pages.rs — new address form
# ja: 新しいメールアドレスを入力してください。そのアドレスに確認コード（数字8桁）をお送りします。確認コードを入力すると、変更が完了します。
email-change-lead = 新《あたら》しい メールアドレスを 書《か》いて ください。その アドレスに 確認《かくにん》コード（8つの 数字《すうじ》）を おくります。確認《かくにん》コードを 書《か》くと、メールアドレスが 変《か》わります。

# where: app/src/email_change/pages.rs, app/src/email_change/undo/mod.rs — row label
# ja: 現在のメールアドレス
email-change-current = 今《いま》の メールアドレス

# where: app/src/email_change/pages.rs — field label
# ja: 新しいメールアドレス
email-change-new = 新《あたら》しい メールアドレス

# where: app/src/email_change/pages.rs — label of the second field (typed again to check)
# ja: 新しいメールアドレス確認
email-change-new-confirm = 新《あたら》しい メールアドレス（もう一度《いちど》）

# where: app/src/email_change/pages.rs — button
# ja: 確認コードを送信
email-change-send-code = 確認《かくにん》コードを おくる

# where: app/src/email_change/pages.rs — first step: prove it is you
# ja: メールアドレスを変更する前に、ご本人の確認をします。現在のメールアドレスに確認コード（数字8桁）をお送りしますので、次の画面で入力してください。
email-change-identity-lead = メールアドレスを 変《か》える 前《まえ》に、あなたで ある ことを 確《たし》かめます。今《いま》の メールアドレスに 確認《かくにん》コード（8つの 数字《すうじ》）を おくります。次《つぎ》の 画面《がめん》で 書《か》いて ください。

# where: app/src/email_change/pages.rs — button
# ja: 現在のアドレスに確認コードを送信
email-change-identity-send = 今《いま》の アドレスに 確認《かくにん》コードを おくる

# where: app/src/email_change/pages.rs — $contact is site-contact-line
# ja: 現在のメールアドレスでメールを受け取れなくなった場合は、お手数ですが { $contact } までお問い合わせください。
email-change-identity-no-access = 今《いま》の メールアドレスで メールが 受《う》け取《と》れない ときは、{ $contact } に 連絡《れんらく》して ください。

# where: app/src/email_change/pages.rs (wrong_code) — error on the code field; $minutes how long a code works
# ja: 確認コードが正しくないか、有効期限が切れています。メールに記載の8桁の数字を入力してください（{ $minutes }分以内、5回まで）。
email-change-wrong-code = 確認《かくにん》コードが 違《ちが》います。または 期限《きげん》が 過《す》ぎました。メールに ある 8つの 数字《すうじ》を 書《か》いて ください（{ $minutes }分《ふん》 以内《いない》、5回《かい》まで）。

# where: app/src/email_change/pages.rs — field label
# ja: 確認コード
email-change-code-label = 確認《かくにん》コード

# where: app/src/email_change/pages.rs — hint under the code field
# ja: メールに記載の8桁の数字
email-change-code-hint = メールに ある 8つの 数字《すうじ》

# where: app/src/email_change/pages.rs — when no code can be entered any more
# ja: 有効な確認コードがありません。有効期限が切れたか、5回間違えたため使えなくなりました。
email-change-no-code = 使《つか》える 確認《かくにん》コードが ありません。期限《きげん》が 過《す》ぎたか、5回《かい》 まちがえたので 使《つか》えません。

# where: app/src/email_change/pages.rs — a code was asked for again too soon; $retry_at is a time, e.g. 14:05
# ja: 確認コードは1分に1回までお送りできます。{ $retry_at }以降にもう一度お試しください。先にお送りしたコードが届いていれば、それを入力してください。
email-change-identity-retry = 確認《かくにん》コードは ｜1分《いっぷん》に 1回《かい》だけ おくれます。{ $retry_at }より あとに もう一度《いちど》 ためして ください。前《まえ》に おくった コードが 届《とど》いて いたら、それを 書《か》いて ください。

# where: app/src/email_change/pages.rs — $email is the current address
# ja: 現在のメールアドレス { $email } に確認コードを送信しました。{ $minutes }分以内に入力してください。
email-change-identity-sent = 今《いま》の メールアドレス { $email } に 確認《かくにん》コードを おくりました。{ $minutes }分《ふん》 以内《いない》に 書《か》いて ください。

# where: app/src/email_change/pages.rs — $email is the new address
# ja: { $email } に確認コードを送信しました。{ $minutes }分以内に入力してください。
email-change-verify-sent = { $email } に 確認《かくにん》コードを おくりました。{ $minutes }分《ふん》 以内《いない》に 書《か》いて ください。

# where: app/src/email_change/pages.rs — both code pages; $help_link is site-mail-help-link as a link, $resend_link is email-change-identity-resend-link or email-change-verify-resend-link as a link
# ja: メールが届かないときは、{ $help_link }をご覧いただくか、{ $resend_link }。
email-change-no-mail = メールが 来《こ》ない ときは、{ $help_link }の ページを 見《み》て ください。または、{ $resend_link }。

# where: app/src/email_change/pages.rs — link text inside email-change-no-mail (code to the current address)
# ja: 確認コードを送り直してください
email-change-identity-resend-link = 確認《かくにん》コードを もう一度《いちど》 おくって ください

# where: app/src/email_change/pages.rs — link text inside email-change-no-mail (code to the new address)
# ja: アドレスを確かめて送り直してください
email-change-verify-resend-link = アドレスを 確《たし》かめて、もう一度《いちど》 おくって ください

# where: app/src/email_change/pages.rs — link under email-change-no-code (current address)
# ja: 確認コードを送り直す
email-change-identity-again = 確認《かくにん》コードを もう一度《いちど》 おくる

# where: app/src/email_change/pages.rs — link under email-change-no-code (new address)
# ja: もう一度、新しいメールアドレスを入力する
email-change-verify-again = もう一度《いちど》 新《あたら》しい メールアドレスを 書《か》く

# where: app/src/email_change/mod.rs — error on the new address field; $retry_at is a time
# ja: 短時間に続けてお申し込みがあったため、受け付けられませんでした。{ $retry_at }以降にもう一度お試しください。
email-change-refused = 短《みじか》い 時間《じかん》に 何回《なんかい》も 申《もう》し込《こ》みが ありました。今《いま》は 受《う》け付《つ》けられません。{ $retry_at }より あとに もう一度《いちど》 ためして ください。

## メールアドレスの変更の取り消し (link in an email)

# where: app/src/email_change/undo/mod.rs — title and heading (page opened from the link in an email to the old address)
# ja: メールアドレスの変更の取り消し
email-undo-title = メールアドレスを 前《まえ》に もどす

# where: app/src/email_change/undo/mod.rs
# ja: メールアドレスの変更を取り消し、変更前のアドレスに戻します。あわせて、すべての端末でログアウトします。
email-undo-lead = メールアドレスを 前《まえ》の アドレスに もどします。すべての スマートフォンや パソコンで ログアウトします。

# where: app/src/email_change/undo/mod.rs — row label
# ja: 戻すメールアドレス
email-undo-restores = もどす メールアドレス

# where: app/src/email_change/undo/mod.rs — row label: a date and time
# ja: このリンクの有効期限
email-undo-until = この リンクの 期限《きげん》

# where: app/src/email_change/undo/mod.rs — button; also named in mail-email-changed-away-body
# ja: 元のメールアドレスに戻す
email-undo-button = 前《まえ》の メールアドレスに もどす

# where: app/src/email_change/undo/mod.rs — under the button
# ja: ご自身で変更した場合は、何もする必要はありません。
email-undo-not-you = あなたが 自分《じぶん》で 変《か》えた ときは、何《なに》も しなくて いいです。

# where: app/src/email_change/undo/mod.rs — after the undo
# ja: メールアドレスを元に戻しました。安全のため、すべての端末でログアウトしました。
email-undo-done = メールアドレスを 前《まえ》に もどしました。安全《あんぜん》の ため、すべての スマートフォンや パソコンで ログアウトしました。

# where: app/src/email_change/undo/mod.rs — after the undo
# ja: 引き続きご利用になる場合は、利用者キーとワンタイムパスワードでもう一度ログインしてください。
email-undo-login-again = また 使《つか》う ときは、利用者《りようしゃ》キーと ワンタイムパスワードで もう一度《いちど》 ログインして ください。

# where: app/src/email_change/undo/mod.rs — the link is used or too old
# ja: このリンクは使えません。すでに使われたか、有効期限（7日間）が切れています。
email-undo-gone = この リンクは 使《つか》えません。もう 使《つか》われたか、期限《きげん》（｜7日《なのか》）が 過《す》ぎました。

# where: app/src/email_change/undo/mod.rs — $contact is site-contact-line
# ja: 心当たりのない変更があった場合は、お手数ですが { $contact } までご連絡ください。
email-undo-gone-contact = あなたが 変《か》えて いない のに 変《か》わって いたら、{ $contact } に 連絡《れんらく》して ください。

## 予約票 (reservation slip) and its calendar file

# where: app/src/ticket/page.rs — title and heading of the reservation slip (a sheet shown at reception)
# ja: 予約票
ticket-title = 予約票《よやくひょう》

# where: app/src/ticket/page.rs — slip of a cancelled reservation
# ja: この予約はキャンセルされています。この予約票では受付できません。
ticket-cancelled = この 予約《よやく》は キャンセルされました。この 予約票《よやくひょう》は 使《つか》えません。

# where: app/src/ticket/page.rs — heading above the service's notes (the city's words)
# ja: 持ち物・注意事項
ticket-notes-heading = 持《も》って くる もの・気《き》を つける こと

# where: app/src/ticket/page.rs
# ja: 当日は、この予約票（印刷したもの、またはスマートフォンの画面）を受付でお見せください。
ticket-show-at-reception = その 日《ひ》は、この 予約票《よやくひょう》を 受付《うけつけ》で 見《み》せて ください。紙《かみ》に 印刷《いんさつ》しても、スマートフォンの 画面《がめん》でも いいです。

# where: app/src/ticket/page.rs — bottom of the slip; the phone number is a link; $name and $hours are the city's configured words
# ja: お問い合わせ：{ $name } 電話 { $phone }（{ $hours }）
ticket-contact = 問《と》い合《あ》わせ：{ $name } 電話《でんわ》 { $phone }（{ $hours }）

# where: app/src/ticket/page.rs — button
# ja: 印刷する
ticket-print = 印刷《いんさつ》する

# where: app/src/ticket/page.rs — button: downloads a calendar file
# ja: カレンダーに追加する
ticket-add-calendar = カレンダーに 入《い》れる

# where: app/src/ticket/page.rs — under the buttons
# ja: 印刷しない場合は、この画面を保存するか、スクリーンショットを撮っておくと便利です。
ticket-save-hint = 印刷《いんさつ》しない ときは、この 画面《がめん》を 保存《ほぞん》するか、スクリーンショットを 撮《と》って ください。

# where: app/src/ticket/page.rs — without JavaScript (no print button)
# ja: 印刷するには、ブラウザーのメニューから「印刷」を選んでください。
ticket-print-hint = 印刷《いんさつ》する ときは、ブラウザーの メニューから 「印刷《いんさつ》」を 選《えら》んで ください。

# where: app/src/ticket/page.rs — heading when the link is wrong
# ja: 予約票が見つかりません
ticket-not-found-title = 予約票《よやくひょう》が ありません

# where: app/src/ticket/page.rs — when the link is wrong
# ja: このリンクの予約票はありません。メールのリンクが途中で切れていないか、ご確認ください。
ticket-not-found = この リンクの 予約票《よやくひょう》は ありません。メールの リンクが 途中《とちゅう》で 切《き》れて いないか 確《たし》かめて ください。

# where: app/src/ticket/page.rs — when the link is wrong
# ja: 予約の内容は、利用者キーでログインすると「予約の確認・変更・キャンセル」で確認でき、そこから予約票も開けます。
ticket-not-found-login = 利用者《りようしゃ》キーで ログインすると、「予約《よやく》を 見《み》る・変《か》える・キャンセルする」で 予約《よやく》が 見《み》られます。そこから 予約票《よやくひょう》も 開《ひら》けます。

# where: app/src/ticket/ssr.rs — text alternative of the QR code picture (read by screen readers)
# ja: 予約番号 { $number } のQRコード
ticket-qr-label = 予約《よやく》番号《ばんごう》 { $number } の QRコード

# where: app/src/ticket/ssr.rs — title of the event in the calendar file
# ja: { $service }（予約番号 { $number }）
ticket-calendar-summary = { $service }（予約《よやく》番号《ばんごう》 { $number }）

# where: app/src/ticket/ssr.rs — calendar file, event description, first line
# ja: 予約番号：{ $number }
ticket-calendar-number = 予約《よやく》番号《ばんごう》：{ $number }

# where: app/src/ticket/ssr.rs — calendar file, event description, when the service has notes
# ja: 持ち物・注意事項：{ $notes }
ticket-calendar-notes = 持《も》って くる もの・気《き》を つける こと：{ $notes }

# where: app/src/ticket/ssr.rs — calendar file, event description: the slip's address
# ja: 予約票：{ $url }
ticket-calendar-link = 予約票《よやくひょう》：{ $url }

# where: app/src/ticket/ssr.rs — calendar file, event description; $contact is site-contact-line
# ja: お問い合わせ：{ $contact }
ticket-calendar-contact = 問《と》い合《あ》わせ：{ $contact }

## メールが届かない場合

# where: app/src/mail_help.rs — the page's title is site-mail-help-link
# ja: 予約完了・利用者キー通知・ワンタイムパスワードのメールは、次のアドレスから送信しています。
mail-help-lead = 予約《よやく》・利用者《りようしゃ》キー・ワンタイムパスワードの メールは、次《つぎ》の アドレスから おくります。

# where: app/src/mail_help.rs — row label: the sender's address
# ja: 送信元アドレス
mail-help-from = おくる アドレス

# where: app/src/mail_help.rs — row label: the part after @
# ja: ドメイン
mail-help-domain = ドメイン

# where: app/src/mail_help.rs — above the numbered steps
# ja: メールは通常、数分以内に届きます。10分以上たっても届かない場合は、次をご確認ください。
mail-help-wait = メールは ふつう 数分《すうふん》で 届《とど》きます。｜10分《じゅっぷん》 待《ま》っても 来《こ》ない ときは、次《つぎ》を 確《たし》かめて ください。

# where: app/src/mail_help.rs — step 1
# ja: 迷惑メールフォルダ（ゴミ箱）に入っていないか確認してください。
mail-help-step-spam = 迷惑《めいわく》メールの フォルダ（ゴミ箱《ばこ》）に 入《はい》って いないか 見《み》て ください。

# where: app/src/mail_help.rs — step 2; the domain is shown in bold
# ja: 携帯電話会社の迷惑メール設定（ドメイン指定受信・なりすまし拒否など）をお使いの場合は、ドメイン「{ $domain }」からのメールを受信できるように設定してください。設定方法は、ドコモ・au・ソフトバンク・楽天モバイルなど各社の案内をご覧ください。
mail-help-step-domain = 携帯《けいたい》電話《でんわ》の 会社《かいしゃ》の 迷惑《めいわく》メールの 設定《せってい》を 使《つか》って いる 人《ひと》は、「{ $domain }」からの メールを 受《う》け取《と》れる ように 設定《せってい》して ください。やり方《かた》は、ドコモ・au・ソフトバンク・楽天《らくてん》モバイルなどの 会社《かいしゃ》の 説明《せつめい》を 見《み》て ください。

# where: app/src/mail_help.rs — step 3
# ja: パソコンからのメールを拒否する設定になっていないか確認してください。
mail-help-step-pc = パソコンからの メールを 受《う》け取《と》らない 設定《せってい》に なって いないか 見《み》て ください。

# where: app/src/mail_help.rs — step 4
# ja: 入力したメールアドレスに誤りがないか確認してください。
mail-help-step-address = 書《か》いた メールアドレスが 正《ただ》しいか 見《み》て ください。

# where: app/src/mail_help.rs — after the steps
# ja: 設定を変えたあとは、もう一度お手続きください（利用者キーは「利用者キー再発行」で再送できます）。
mail-help-after = 設定《せってい》を 変《か》えたら、もう一度《いちど》 やって ください。利用者《りようしゃ》キーは 「利用者《りようしゃ》キーを もう一度《いちど》 もらう」で もう一度《いちど》 おくれます。

# where: app/src/mail_help.rs — heading above the city's contact details
# ja: お問い合わせ
mail-help-contact-heading = 問《と》い合《あ》わせ

# where: app/src/mail_help.rs — the phone number is a link
# ja: 電話: { $phone }
mail-help-phone = 電話《でんわ》: { $phone }

# where: app/src/mail_help.rs — $hours is the city's configured words
# ja: 受付時間: { $hours }
mail-help-hours = 受付《うけつけ》 時間《じかん》: { $hours }

## Error messages: page errors, booking refusals, field errors

# where: app/src/error.rs (AppError::BadRequest) — a form that could not be read
# ja: 送信された内容を読み取れませんでした。お手数ですが、ページを読み込み直してもう一度お試しください。
error-bad-request = おくった 内容《ないよう》が 読《よ》めませんでした。ページを もう一度《いちど》 読《よ》み込《こ》んで、もう一度《いちど》 ためして ください。

# where: app/src/error.rs (AppError::NotFound)
# ja: お探しのページが見つかりません。お手数ですが、最初からやり直してください。
error-not-found = さがして いる ページが ありません。最初《さいしょ》から やりなおして ください。

# where: app/src/error.rs (AppError::Expired) — a form's saved input is too old or from another browser
# ja: 入力の有効期限（2時間）が切れたか、別のブラウザーで入力された内容のため、表示できません。お手数ですが、最初からやり直してください。
error-expired = この 画面《がめん》は 見《み》られません。書《か》いてから 2時間《じかん》 過《す》ぎたか、ほかの ブラウザーで 書《か》いた からです。最初《さいしょ》から やりなおして ください。

# where: app/src/error.rs (AppError::LoginRequired), app/src/booking/error.rs (BookingError::NotYours) — the same words for both
# ja: ログインしていないか、しばらく操作がなかったためログインの有効期限が切れました。お手数ですが、もう一度ログインしてください。
error-login-required = ログインして いません。または、長《なが》い 時間《じかん》 何《なに》も しなかったので、ログインが 終《お》わりました。もう一度《いちど》 ログインして ください。

# where: app/src/error.rs (AppError::TooMany) — too much from one connection; $retry_at is a time, e.g. 9:05
# ja: 短い時間に、同じ接続から多くの操作がありました。多くの方に公平にご利用いただくため、一時的に受け付けを止めています。{ $retry_at }ごろから、もう一度お試しください。
error-too-many = 短《みじか》い 時間《じかん》に、同《おな》じ ところから たくさんの 操作《そうさ》が ありました。みんなが 使《つか》える ように、少《すこ》しの 間《あいだ》 止《と》めて います。{ $retry_at }ごろに もう一度《いちど》 ためして ください。

# where: app/src/error.rs (AppError::TooLarge)
# ja: 送信された内容が大きすぎるため、受け付けられませんでした。入力欄に長い文章を貼り付けた場合は、短くしてからもう一度送信してください。
error-too-large = おくった 内容《ないよう》が 大《おお》きすぎます。長《なが》い 文《ぶん》を 入《い》れた ときは、短《みじか》く して、もう一度《いちど》 おくって ください。

# where: app/src/texts.rs (INTERNAL_ERROR) — an unexpected failure
# ja: システムエラーが発生しました。お手数ですが、時間をおいてもう一度お試しください。
error-internal = システムの エラーが 起《お》きました。少《すこ》し 待《ま》ってから、もう一度《いちど》 ためして ください。

# where: app/src/texts.rs (reference_line) — right after error-internal: the number to tell the city on the phone
# ja: （お問い合わせ番号: { $id }）
error-reference = （問《と》い合《あ》わせ 番号《ばんごう》: { $id }）

# where: app/src/booking/error.rs (BookingError::SlotFull) — the time became full while the resident was filling in the form
# ja: この予約枠は満員になりました。お手数ですが、別の日時を選んでください。
error-slot-full = この 時間《じかん》は いっぱいに なりました。ほかの 日《ひ》にちか 時間《じかん》を 選《えら》んで ください。

# where: app/src/booking/error.rs (BookingError::SlotClosed), app/src/reserve/pages.rs — the same words in both places
# ja: この予約枠は受付を終了しました。別の日時を選んでください。
error-slot-closed = この 時間《じかん》は もう 予約《よやく》できません。ほかの 日《ひ》にちか 時間《じかん》を 選《えら》んで ください。

# where: app/src/booking/error.rs (BookingError::DeadlinePassed)
# ja: 変更・キャンセルの締切を過ぎているため、この画面からは変更・キャンセルできません。お手数ですが、お問い合わせ先へお電話ください。
error-deadline-passed = 変更《へんこう》・キャンセルの しめきりが 過《す》ぎました。この 画面《がめん》では 変《か》える ことも キャンセルも できません。問《と》い合《あ》わせ先《さき》に 電話《でんわ》して ください。

# where: app/src/booking/error.rs (BookingError::AlreadyCancelled)
# ja: この予約はキャンセル済みです。予約の確認・変更・キャンセルの画面でご確認ください。
error-already-cancelled = この 予約《よやく》は もう キャンセルされて います。「予約《よやく》を 見《み》る・変《か》える・キャンセルする」の 画面《がめん》で 見《み》て ください。

# where: app/src/booking/error.rs (BookingError::LimitReached) — $limit is the service's limit per person (used twice)
# ja: この予約メニューは、お一人{ $limit }件まで予約できます。受付中のご予約がすでに{ $limit }件あります。予約の確認・変更・キャンセルの画面でご確認ください。
error-limit-reached = この 予約《よやく》メニューは、｜1人《ひとり》 { $limit }件《けん》まで 予約《よやく》できます。あなたは もう { $limit }件《けん》 予約《よやく》して います。「予約《よやく》を 見《み》る・変《か》える・キャンセルする」の 画面《がめん》で 見《み》て ください。

# where: app/src/booking/error.rs (BookingError::AddressLimit) — $limit reservations per address per 24 hours; $retry_at is a date and time
# ja: このメールアドレスでの予約は、24時間に{ $limit }件までです。{ $retry_at }以降にもう一度お試しください。ご家族の予約などでお困りの場合は、お問い合わせ先へお電話ください。
error-address-limit = 1つの メールアドレスで 予約《よやく》できるのは、24時間《じかん》に { $limit }件《けん》までです。{ $retry_at }より あとに もう一度《いちど》 ためして ください。家族《かぞく》の 予約《よやく》などで 困《こま》った ときは、問《と》い合《あ》わせ先《さき》に 電話《でんわ》して ください。

# where: app/src/booking/error.rs (BookingError::NotFound)
# ja: お探しの予約または予約枠が見つかりません。お手数ですが、最初からやり直してください。
error-booking-not-found = さがして いる 予約《よやく》や 時間《じかん》が ありません。最初《さいしょ》から やりなおして ください。

# where: app/src/domain/person_name.rs — field error
# ja: 氏名を入力してください。
error-name-empty = 名前《なまえ》を 書《か》いて ください。

# where: app/src/domain/person_name.rs — field error
# ja: 氏名は50文字以内で入力してください。
error-name-too-long = 名前《なまえ》は 50文字《もじ》までです。

# where: app/src/domain/person_name.rs — field error
# ja: 氏名に使えない文字が含まれています。
error-name-bad-char = 名前《なまえ》に 使《つか》えない 文字《もじ》が あります。

# where: app/src/domain/kana.rs — field error
# ja: ふりがなを入力してください。
error-kana-empty = ふりがなを 書《か》いて ください。

# where: app/src/domain/kana.rs — field error
# ja: ふりがなは、ひらがなかカタカナで入力してください。
error-kana-not-kana = ふりがなは、ひらがなか カタカナで 書《か》いて ください。

# where: app/src/domain/kana.rs — field error
# ja: ふりがなは50文字以内で入力してください。
error-kana-too-long = ふりがなは 50文字《もじ》までです。

# where: app/src/domain/birth_date.rs — field error
# ja: 生年月日を入力してください。
error-birth-date-empty = 生《う》まれた 日《ひ》を 書《か》いて ください。

# where: app/src/domain/birth_date.rs — field error
# ja: 生年月日は西暦の年・月・日を数字で入力してください（例: 1960年4月1日）。
error-birth-date-not-numbers = 生《う》まれた 日《ひ》は、西暦《せいれき》の 年《ねん》・月《がつ》・日《にち》を 数字《すうじ》で 書《か》いて ください（例《れい》: 1960年《ねん》4月《がつ》｜1日《ついたち》）。

# where: app/src/domain/birth_date.rs — field error
# ja: 生年月日の日付が正しくありません。
error-birth-date-no-such-date = 生《う》まれた 日《ひ》が 正《ただ》しく ありません。

# where: app/src/domain/birth_date.rs — field error
# ja: 生年月日が未来の日付になっています。
error-birth-date-in-future = 生《う》まれた 日《ひ》が 今日《きょう》より あとに なって います。

# where: app/src/domain/phone.rs — field error
# ja: 電話番号を入力してください。
error-phone-empty = 電話《でんわ》番号《ばんごう》を 書《か》いて ください。

# where: app/src/domain/phone.rs — field error
# ja: 電話番号は0から始まる10桁または11桁の数字で入力してください（例: 0766-51-6666）。
error-phone-invalid = 電話《でんわ》番号《ばんごう》は、0から 始《はじ》まる 10桁《けた》か 11桁《けた》の 数字《すうじ》で 書《か》いて ください（例《れい》: 0766-51-6666）。

# where: app/src/domain/email.rs — field error
# ja: メールアドレスを入力してください。
error-email-empty = メールアドレスを 書《か》いて ください。

# where: app/src/domain/email.rs — field error
# ja: メールアドレスの形式が正しくありません（例: info@city.imizu.lg.jp）。
error-email-invalid = メールアドレスの 形《かたち》が 正《ただ》しく ありません（例《れい》: info@city.imizu.lg.jp）。

# where: app/src/domain/email.rs — field error
# ja: メールアドレスが長すぎます。
error-email-too-long = メールアドレスが 長《なが》すぎます。

# where: app/src/texts.rs (EMAIL_MISMATCH) — error on the second email address field
# ja: メールアドレスとメールアドレス確認が一致しません。同じメールアドレスを入力してください。
error-email-mismatch = 2つの メールアドレスが 違《ちが》います。同《おな》じ メールアドレスを 書《か》いて ください。

# where: app/src/domain/one_time_password.rs — field error
# ja: ワンタイムパスワードを入力してください。
error-otp-empty = ワンタイムパスワードを 書《か》いて ください。

# where: app/src/domain/one_time_password.rs — field error
# ja: ワンタイムパスワードは数字8桁です。メールに記載の8桁の数字を入力してください。
error-otp-invalid = ワンタイムパスワードは 8つの 数字《すうじ》です。メールに ある 8つの 数字《すうじ》を 書《か》いて ください。

# where: app/src/domain/user_key.rs — field error
# ja: 利用者キーを入力してください。
error-user-key-empty = 利用者《りようしゃ》キーを 書《か》いて ください。

# where: app/src/domain/user_key.rs — field error
# ja: 利用者キーは英数字12文字です（例: ABCD-EFGH-JKMN）。
error-user-key-invalid = 利用者《りようしゃ》キーは アルファベットと 数字《すうじ》の 12文字《もじ》です（例《れい》: ABCD-EFGH-JKMN）。

## Emails (plain text)

# where: app/src/mail/texts.rs (footer) — the end of every email; $contact is site-contact-line, $url the site's address
mail-footer =
    ──────────────────────
    この メールは いみずe-予約《よやく》システムが 自動《じどう》で おくって います。
    この メールに 返事《へんじ》を しても 答《こた》えられません。
    質問《しつもん》は 下《した》に 連絡《れんらく》して ください。
    { $contact }
    { $url }/

# where: app/src/mail/texts.rs (ticket_lines) — in the reservation emails; $url is the slip's address
mail-ticket-lines =
    予約票《よやくひょう》（印刷《いんさつ》・QRコード・カレンダーに 入《い》れる）：
    { $url }

# where: app/src/mail/texts.rs (reservation_confirmation) — the service's notes (the city's words) in the confirmation email
mail-notes-block =
    【気《き》を つけて ください】
    { $notes }

# where: app/src/mail/texts.rs (reservation_confirmation) — email subject
# ja: 【いみずe-予約システム】予約完了のお知らせ（予約番号 { $number }）
mail-confirmation-subject = 【いみずe-予約《よやく》システム】予約《よやく》が できました（予約《よやく》番号《ばんごう》 { $number }）

# where: app/src/mail/texts.rs (reservation_confirmation) — email body; $user_key is empty for a resident who was logged in; $notes is empty, or mail-notes-block followed by a blank line; $ticket is mail-ticket-lines; $footer is mail-footer
mail-confirmation-body =
    { $name } さん

    ありがとうございます。予約《よやく》が できました。

    予約《よやく》番号《ばんごう》：{ $number }
    利用者《りようしゃ》キー：{ $user_key }
    予約《よやく》メニュー：{ $service }
    日《ひ》にちと 時間《じかん》：{ $when }
    場所《ばしょ》：{ $venue }

    { $notes }{ $ticket }

    利用者《りようしゃ》キーは、予約《よやく》を 見《み》る とき・変《か》える とき・キャンセルする ときに 使《つか》います。
    この メールを 消《け》さないで ください。
    変更《へんこう》・キャンセルの しめきり：{ $deadline }

    { $footer }

# where: app/src/mail/texts.rs (key_notice) — email subject
# ja: 【いみずe-予約システム】利用者キー通知
mail-key-notice-subject = 【いみずe-予約《よやく》システム】利用者《りようしゃ》キーの お知《し》らせ

# where: app/src/mail/texts.rs (key_notice) — one line of the list in mail-key-notice-body: a name and that person's user key (the line starts with a full-width space in Japanese)
# ja: 　{ $name } 様　利用者キー：{ $user_key }
mail-key-notice-line = 　{ $name } さん　利用者《りようしゃ》キー：{ $user_key }

# where: app/src/mail/texts.rs (key_notice) — email body; $list is the mail-key-notice-line lines, one per line; $footer is mail-footer
mail-key-notice-body =
    いみずe-予約《よやく》システムです。
    利用者《りようしゃ》キーを もう一度《いちど》 おくる 申《もう》し込《こ》みが ありました。
    この メールアドレスで 登録《とうろく》して いる 利用者《りようしゃ》キーは これです。

    { $list }

    利用者《りようしゃ》キーは 変《か》わって いません。
    ログインには、利用者《りようしゃ》キーと ワンタイムパスワードが 必要《ひつよう》です。
    ワンタイムパスワードは、ログインする たびに メールで おくります。

    申《もう》し込《こ》みを して いない ときは、この メールを 消《け》して ください。
    利用者《りようしゃ》キーだけでは 予約《よやく》を 変《か》えられません。

    { $footer }

# where: app/src/mail/texts.rs (one_time_password) — email subject
# ja: 【いみずe-予約システム】ワンタイムパスワードのお知らせ
mail-otp-subject = 【いみずe-予約《よやく》システム】ワンタイムパスワードの お知《し》らせ

# where: app/src/mail/texts.rs (one_time_password) — email body; $valid_until is a date and time, $minutes how long the password works; $footer is mail-footer
mail-otp-body =
    { $name } さん

    ログインに 使《つか》う ワンタイムパスワードです。

    ワンタイムパスワード：{ $code }
    期限《きげん》：{ $valid_until }まで（{ $minutes }分《ふん》）

    ログインの 画面《がめん》で、利用者《りようしゃ》キーと この パスワードを 書《か》いて ください。
    この パスワードは 1回《かい》の ログインだけ 使《つか》えます。
    新《あたら》しい パスワードを もらうと、前《まえ》の パスワードは 使《つか》えなく なります。

    申《もう》し込《こ》みを して いない ときは、この メールを 消《け》して ください。
    この パスワードを ほかの 人《ひと》に 教《おし》えないで ください。
    市《し》の 職員《しょくいん》も パスワードを 聞《き》きません。

    { $footer }

# where: app/src/mail/texts.rs (slot_cancelled) — email subject: the city cancelled the date (e.g. bad weather)
# ja: 【いみずe-予約システム】中止のお知らせ（予約番号 { $number }）
mail-slot-cancelled-subject = 【いみずe-予約《よやく》システム】中止《ちゅうし》の お知《し》らせ（予約《よやく》番号《ばんごう》 { $number }）

# where: app/src/mail/texts.rs (slot_cancelled) — email body; $message is the staff's own words (written in Japanese); $url is the site's address; $footer is mail-footer
mail-slot-cancelled-body =
    { $name } さん

    あなたが 予約《よやく》した 次《つぎ》の 日《ひ》にちと 時間《じかん》は、中止《ちゅうし》に なりました。
    予約《よやく》は キャンセルに なります。すみません。

    予約《よやく》番号《ばんごう》：{ $number }
    予約《よやく》メニュー：{ $service }
    日《ひ》にちと 時間《じかん》：{ $when }
    場所《ばしょ》：{ $venue }

    【市《し》からの お知《し》らせ】
    { $message }

    もう一度《いちど》 予約《よやく》する ときは、{ $url }/reserve から 予約《よやく》して ください。

    { $footer }

# where: app/src/mail/texts.rs (email_change_code) — email subject, sent to the new address
# ja: 【いみずe-予約システム】メールアドレス変更の確認コード
mail-email-change-code-subject = 【いみずe-予約《よやく》システム】メールアドレスを 変《か》える ための 確認《かくにん》コード

# where: app/src/mail/texts.rs (email_change_code) — email body; $valid_until is a date and time; $footer is mail-footer
mail-email-change-code-body =
    { $name } さん

    メールアドレスを 変《か》える 申《もう》し込《こ》みが ありました。
    画面《がめん》に 次《つぎ》の 確認《かくにん》コードを 書《か》いて ください。
    書《か》くと、メールアドレスが 変《か》わります。

    確認《かくにん》コード：{ $code }
    期限《きげん》：{ $valid_until }まで（{ $minutes }分《ふん》）

    申《もう》し込《こ》みを して いない ときは、この メールを 消《け》して ください。
    確認《かくにん》コードを 書《か》かなければ、メールアドレスは 変《か》わりません。

    { $footer }

# where: app/src/mail/texts.rs (email_changed, email_changed_away) — email subject, to the old and the new address
# ja: 【いみずe-予約システム】メールアドレス変更のお知らせ
mail-email-changed-subject = 【いみずe-予約《よやく》システム】メールアドレスを 変《か》えました

# where: app/src/mail/texts.rs (email_changed) — email body; $at is a date and time; $email is the new address; $footer is mail-footer
mail-email-changed-body =
    { $name } さん

    { $at }に、登録《とうろく》して いる メールアドレスを 変《か》えました。
    新《あたら》しい メールアドレス：{ $email }

    これからの お知《し》らせと ワンタイムパスワードは、新《あたら》しい アドレスに おくります。
    あなたが 変《か》えて いない ときは、下《した》に 連絡《れんらく》して ください。

    { $footer }

# where: app/src/mail/texts.rs (email_changed_away) — email body to the OLD address; $email is the new address, partly hidden; $url is the single-use undo link; $until is a date and time; the button named is email-undo-button; $footer is mail-footer
mail-email-changed-away-body =
    { $name } さん

    { $at }に、登録《とうろく》して いる メールアドレスを 変《か》えました。
    新《あたら》しい メールアドレス：{ $email }

    これからの お知《し》らせと ワンタイムパスワードは、新《あたら》しい アドレスに おくります。

    【あなたが 変《か》えて いない とき】
    下《した》の リンクを 開《ひら》いて、「前《まえ》の メールアドレスに もどす」を 押《お》して ください。
    メールアドレスは この アドレス（前《まえ》の アドレス）に もどります。
    すべての スマートフォンや パソコンで ログアウトします。
    { $url }
    （{ $until }まで 使《つか》えます。1回《かい》だけ 使《つか》えます）

    { $footer }

# where: app/src/mail/texts.rs (identity_code) — email subject, to the current address before a change
# ja: 【いみずe-予約システム】ご本人確認の確認コード
mail-identity-code-subject = 【いみずe-予約《よやく》システム】あなたで ある ことを 確《たし》かめる コード

# where: app/src/mail/texts.rs (identity_code) — email body; $valid_until is a date and time; $footer is mail-footer
mail-identity-code-body =
    { $name } さん

    メールアドレスを 変《か》える 前《まえ》に、あなたで ある ことを 確《たし》かめます。
    画面《がめん》に 次《つぎ》の 確認《かくにん》コードを 書《か》いて ください。

    確認《かくにん》コード：{ $code }
    期限《きげん》：{ $valid_until }まで（{ $minutes }分《ふん》）

    この コードを ほかの 人《ひと》に 教《おし》えないで ください。
    市《し》の 職員《しょくいん》も コードを 聞《き》きません。

    申《もう》し込《こ》みを して いない ときは、この メールを 消《け》して ください。
    コードを 書《か》かなければ、メールアドレスは 変《か》わりません。
    みんなで 使《つか》う パソコンなどで、ログインした ままに なって いないか 確《たし》かめて ください。

    { $footer }

# where: app/src/mail/texts.rs (email_change_undone) — email subject, to both addresses
# ja: 【いみずe-予約システム】メールアドレスを元に戻しました
mail-email-undone-subject = 【いみずe-予約《よやく》システム】メールアドレスを 前《まえ》に もどしました

# where: app/src/mail/texts.rs (email_change_undone) — email body; $at is a date and time; $email is the address now registered; $footer is mail-footer
mail-email-undone-body =
    { $name } さん

    { $at }に、メールアドレスを 前《まえ》の アドレスに もどしました。
    登録《とうろく》して いる メールアドレス：{ $email }

    安全《あんぜん》の ため、すべての スマートフォンや パソコンで ログアウトしました。
    また 使《つか》う ときは、利用者《りようしゃ》キーと ワンタイムパスワードで もう一度《いちど》 ログインして ください。
    あなたが して いない ときは、下《した》に 連絡《れんらく》して ください。

    { $footer }

# where: app/src/mail/texts.rs (login_locked) — email subject
# ja: 【いみずe-予約システム】ログインを一時停止しています
mail-login-locked-subject = 【いみずe-予約《よやく》システム】今《いま》は ログイン できません

# where: app/src/mail/texts.rs (login_locked) — email body, sent instead of a password; $until is a date and time; $footer is mail-footer
mail-login-locked-body =
    { $name } さん

    ワンタイムパスワードの 申《もう》し込《こ》みが ありました。
    でも、ログインの 失敗《しっぱい》が 何回《なんかい》も ありました。
    だから、この 利用者《りようしゃ》キーでは { $until }まで ログイン できません。
    ワンタイムパスワードは おくって いません。

    急《いそ》ぐ ときや、申《もう》し込《こ》みを して いない ときは、下《した》に 電話《でんわ》して ください。
    あなたで ある ことを 確《たし》かめてから、ログイン できる ように します。

    { $footer }

# where: app/src/mail/texts.rs (login_notice) — email subject, sent after every login
# ja: 【いみずe-予約システム】ログインのお知らせ
mail-login-notice-subject = 【いみずe-予約《よやく》システム】ログインの お知《し》らせ

# where: app/src/mail/texts.rs (login_notice) — email body; $at is a date and time; $footer is mail-footer
mail-login-notice-body =
    { $name } さん

    { $at }に、あなたの 利用者《りようしゃ》キーで いみずe-予約《よやく》システムに ログインが ありました。

    あなたが ログインした ときは、何《なに》も しなくて いいです。
    あなたでは ない ときは、下《した》に 連絡《れんらく》して ください。

    { $footer }

# where: app/src/mail/texts.rs (reservation_changed) — email subject
# ja: 【いみずe-予約システム】予約変更のお知らせ（予約番号 { $number }）
mail-changed-subject = 【いみずe-予約《よやく》システム】予約《よやく》を 変《か》えました（予約《よやく》番号《ばんごう》 { $number }）

# where: app/src/mail/texts.rs (reservation_changed) — email body; $when is the new date and time, $before the old one; $ticket is mail-ticket-lines; $footer is mail-footer
mail-changed-body =
    { $name } さん

    予約《よやく》を 下《した》の ように 変《か》えました。

    予約《よやく》番号《ばんごう》：{ $number }
    予約《よやく》メニュー：{ $service }
    新《あたら》しい 日《ひ》にちと 時間《じかん》：{ $when }
    前《まえ》の 日《ひ》にちと 時間《じかん》：{ $before }
    場所《ばしょ》：{ $venue }

    { $ticket }

    変更《へんこう》・キャンセルの しめきり：{ $deadline }

    { $footer }

# where: app/src/mail/texts.rs (reservation_cancelled) — email subject
# ja: 【いみずe-予約システム】予約キャンセルのお知らせ（予約番号 { $number }）
mail-cancelled-subject = 【いみずe-予約《よやく》システム】予約《よやく》を キャンセルしました（予約《よやく》番号《ばんごう》 { $number }）

# where: app/src/mail/texts.rs (reservation_cancelled) — email body; $url is the site's address; $footer is mail-footer
mail-cancelled-body =
    { $name } さん

    下《した》の 予約《よやく》を キャンセルしました。

    予約《よやく》番号《ばんごう》：{ $number }
    予約《よやく》メニュー：{ $service }
    日《ひ》にちと 時間《じかん》：{ $when }
    場所《ばしょ》：{ $venue }

    もう一度《いちど》 予約《よやく》する ときは、{ $url }/reserve から 予約《よやく》して ください。

    { $footer }

# Pages the server writes itself (waiting page, busy page, errors outside the app)

# where: server/src/plain_page.rs — last line of every page the server writes itself (waiting page, busy page, errors); $phone_link is the number as a link
# ja: お電話でのお問い合わせ: { $name } { $phone_link }（{ $hours }）
page-phone-line = 電話《でんわ》で 聞《き》く ときは: { $name } { $phone_link }（{ $hours }）

# where: server/src/safety_net.rs, server/src/fair_use.rs — link back to the top page on a page the server writes itself
# ja: トップページへ戻る
page-back-to-top = はじめの ページに 戻《もど》る

# where: server/src/safety_net.rs, server/src/guard.rs — title and heading when a form sent too much (no JavaScript), or was sent from another site
# ja: 送信できませんでした
page-too-large-title = 送《おく》れませんでした

# where: server/src/safety_net.rs, server/src/calendar_file.rs — title and heading of a system error page
# ja: システムエラー
page-internal-title = システムの エラー

# where: server/src/fair_use.rs — title and heading of the page shown when one connection did too much in a short time
# ja: しばらくしてからもう一度お試しください
busy-title = すこし 待《ま》ってから もう一度《いちど》 してください

# where: server/src/fair_use.rs — under busy-title; $minutes is a number
# ja: 約{ $minutes }分後から、同じ操作をもう一度行えます。入力した内容が消えている場合は、お手数ですが入力し直してください。
busy-minutes = だいたい { $minutes }分《ふん》 あとに、もう一度《いちど》 できます。書《か》いた ことが 消《き》えていたら、もう一度《いちど》 書《か》いてください。

# where: server/src/fair_use.rs — link to the list of services
# ja: 予約メニューの一覧へ
busy-services-link = 予約《よやく》の メニューを 見《み》る

# where: server/src/waiting_room/page.rs — title and heading of the waiting page on a busy morning
# ja: 順番にご案内しています
waiting-title = 順番《じゅんばん》に 案内《あんない》しています

# where: server/src/waiting_room/page.rs — first paragraph of the waiting page
# ja: ただいま大変混み合っています。順番が来ると、この画面から自動的に進みます。
waiting-lead = いま とても 混《こ》んでいます。あなたの 番《ばん》に なると、この ページから 自動《じどう》で 進《すす》みます。

# where: server/src/waiting_room/page.rs — when booking has not opened yet; $opens_at is a date and time
# ja: 受付開始は { $opens_at } です。開始時刻になると、来られた順にご案内します。
waiting-opens = 予約《よやく》は { $opens_at } から はじまります。その 時間《じかん》に なったら、来《き》た 順番《じゅんばん》に 案内《あんない》します。

# where: server/src/waiting_room/page.rs — row label: how many people are ahead in the line
# ja: あなたより前にお待ちの方
waiting-ahead-label = あなたの 前《まえ》で 待《ま》っている 人《ひと》

# where: server/src/waiting_room/page.rs — the number of people ahead; $count is a number
# ja: { $count }人
waiting-ahead = { $count }人《にん》

# where: server/src/waiting_room/page.rs — row label: the expected wait
# ja: お待ちいただく時間の目安
waiting-time-label = 待《ま》つ 時間《じかん》の めやす

# where: server/src/waiting_room/page.rs — expected wait under a minute
# ja: 1分以内
waiting-under-a-minute = 1分《ぷん》より 短《みじか》い

# where: server/src/waiting_room/page.rs — expected wait; $minutes is a number
# ja: 約{ $minutes }分
waiting-minutes = だいたい { $minutes }分《ふん》

# where: server/src/waiting_room/page.rs — expected wait before booking opens
# ja: 受付開始後、順番にご案内します
waiting-after-opening = 予約《よやく》が はじまったら、順番《じゅんばん》に 案内《あんない》します

# where: server/src/waiting_room/page.rs — expected wait while staff have paused letting people in
# ja: ただいまご案内を一時停止しています。再開しだい、順番にご案内します
waiting-paused = いまは 案内《あんない》を 止《と》めています。また はじまったら、順番《じゅんばん》に 案内《あんない》します

# where: server/src/waiting_room/page.rs — expected wait when nobody has been let in lately
# ja: まもなくご案内します
waiting-soon = もうすぐ 案内《あんない》します

# where: server/src/waiting_room/page.rs — the service the visitor came for; $service is its name
# ja: ご希望の予約メニュー: { $service }
waiting-service = あなたが 選《えら》んだ メニュー: { $service }

# where: server/src/waiting_room/page.rs — the service the visitor came for is fully booked; $service is its name
# ja: ご希望の「{ $service }」は、現在すべての予約枠が満員です。お待ちいただいても、空きが出ない限り予約できません。
waiting-service-full = 「{ $service }」は、いま ぜんぶ いっぱいです。待《ま》っても、空《あ》きが でなければ 予約《よやく》 できません。

# where: server/src/waiting_room/page.rs — last paragraph of the waiting page; $seconds is a number
# ja: このページを再読み込みしても、順番は変わりません。ページを閉じずにお待ちください（{ $seconds }秒ごとに自動で更新します）。
waiting-keep-open = この ページを 読《よ》み込《こ》み直《なお》しても、順番《じゅんばん》は 変《か》わりません。ページを 閉《と》じないで 待《ま》ってください（{ $seconds }秒《びょう》ごとに 自動《じどう》で 新《あたら》しく なります）。

# where: server/src/guard.rs — a form sent from another web site was refused (403); $top_link is page-cross-site-top-link as a link
# ja: 別のサイトから送られた操作のため、受け付けませんでした。お手数ですが、{ $top_link }から操作してください。
page-cross-site = ほかの サイトから 送《おく》られたので、受《う》け付《つ》けませんでした。{ $top_link }から もう一度《いちど》 してください。

# where: server/src/guard.rs — link text in page-cross-site
# ja: いみずe-予約システムのトップページ
page-cross-site-top-link = いみずe-予約《よやく》システムの はじめの ページ

## 対象者条件 (issue 14): who a service is for

# where: app/src/reserve/pages.rs — label of the 'who can book' fact on a service's calendar page (対象者条件)
# ja: 対象の方
conditions-label = 予約《よやく》できる 人《ひと》

# where: app/src/reserve/conditions.rs — $at in the age conditions, when ages are counted at the end of the fiscal year
# ja: 年度末（3月31日）
conditions-at-fiscal-year-end = 年度《ねんど》の 終《お》わり（3月《がつ》31日《にち》）

# where: app/src/reserve/conditions.rs — $at in the age conditions, when ages are counted on the day of the appointment
# ja: 予約日
conditions-at-slot-date = 予約《よやく》の 日《ひ》

# where: app/src/reserve/conditions.rs — an age condition; $at is a date or conditions-at-*, $min and $max are numbers
# ja: { $at }の時点で{ $min }歳から{ $max }歳の方
conditions-age-between = { $at }に { $min }歳《さい》から { $max }歳《さい》の 人《ひと》

# where: app/src/reserve/conditions.rs — an age condition with a lower limit only
# ja: { $at }の時点で{ $min }歳以上の方
conditions-age-from = { $at }に { $min }歳《さい》か それより 上《うえ》の 人《ひと》

# where: app/src/reserve/conditions.rs — an age condition with an upper limit only
# ja: { $at }の時点で{ $max }歳以下の方
conditions-age-to = { $at }に { $max }歳《さい》か それより 下《した》の 人《ひと》

# where: app/src/reserve/conditions.rs — the condition: women only
# ja: 女性の方
conditions-sex-female = 女性《じょせい》の 人《ひと》

# where: app/src/reserve/conditions.rs — the condition: men only
# ja: 男性の方
conditions-sex-male = 男性《だんせい》の 人《ひと》

# where: app/src/reserve/conditions.rs — the condition of a yes/no question; $question is the city's question (in Japanese)
# ja: 「{ $question }」に「はい」と答える方
conditions-question-yes = 「{ $question }」に「はい」と 答《こた》える 人《ひと》

# where: app/src/reserve/conditions.rs — the condition of a yes/no question answered no
# ja: 「{ $question }」に「いいえ」と答える方
conditions-question-no = 「{ $question }」に「いいえ」と 答《こた》える 人《ひと》

# where: app/src/reserve/conditions.rs — under the conditions; $contact is whom to call (a name and phone number)
# ja: 対象になるか分からないときは、{ $contact }にお問い合わせください。
conditions-call = 予約《よやく》できるか わからない ときは、{ $contact }に 聞《き》いて ください。

# where: app/src/reserve/conditions.rs — title and heading of the step before the details form (対象者の確認)
# ja: 対象者の確認
conditions-step-title = 予約《よやく》できる 人《ひと》か 確《たし》かめる

# where: app/src/reserve/conditions.rs — first paragraph of the step; the conditions follow as a list
# ja: この予約メニューは、次の条件にあてはまる方が対象です。お名前などを入力する前に、あてはまるか確認します。
conditions-step-intro = この 予約《よやく》は、下《した》の 人《ひと》だけが できます。名前《なまえ》などを 書《か》く 前《まえ》に、質問《しつもん》に 答《こた》えて ください。

# where: app/src/reserve/conditions.rs — label of the choice of sex
# ja: 性別
conditions-sex-legend = 性別《せいべつ》

# where: app/src/reserve/conditions.rs — choice
# ja: 女性
conditions-female = 女性《じょせい》

# where: app/src/reserve/conditions.rs — choice
# ja: 男性
conditions-male = 男性《だんせい》

# where: app/src/reserve/conditions.rs — answer to a question
# ja: はい
conditions-yes = はい

# where: app/src/reserve/conditions.rs — answer to a question
# ja: いいえ
conditions-no = いいえ

# where: app/src/reserve/conditions.rs — button that checks the answers and goes on to the details form
# ja: 次へ
conditions-next = 次《つぎ》へ

# where: app/src/reserve/conditions.rs — title and heading when the resident does not meet a condition
# ja: この予約メニューは予約できません
conditions-unmet-title = この 予約《よやく》は できません

# where: app/src/reserve/conditions.rs — before the list of conditions not met
# ja: 申し訳ありません。次の条件にあてはまらないため、この予約メニューは予約できません。
conditions-unmet-intro = ごめんなさい。下《した》の 条件《じょうけん》に あてはまらないので、この 予約《よやく》は できません。

# where: app/src/reserve/conditions.rs — link back to the questions (after a wrong answer)
# ja: 回答をやり直す
conditions-answer-again = もう一度《いちど》 答《こた》える

# where: app/src/reserve/pages.rs — note above the details form once the conditions are met
# ja: 対象者の確認が済みました。続けて、予約する方の情報を入力してください。
conditions-met = 予約《よやく》できる 人《ひと》でした。続《つづ》けて、あなたの ことを 書《か》いて ください。

# where: app/src/reserve/conditions.rs — field error
# ja: 性別を選んでください。
error-choose-sex = 性別《せいべつ》を 選《えら》んで ください。

# where: app/src/reserve/conditions.rs — field error under a question
# ja: 「はい」か「いいえ」を選んでください。
error-answer-question = 「はい」か「いいえ」を 選《えら》んで ください。

# where: app/src/booking/error.rs (BookingError::NotEligible) — refused at 送信; $reasons lists the conditions not met, $contact is whom to call
# ja: この予約メニューの対象の条件（{ $reasons }）にあてはまらないため、予約できません。対象になるか分からないときは、{ $contact }にお問い合わせください。
error-not-eligible = この 予約《よやく》の 条件《じょうけん》（{ $reasons }）に あてはまらないので、予約《よやく》できません。わからない ときは、{ $contact }に 聞《き》いて ください。

# where: app/src/reserve/ssr.rs — field error under the date of birth when it does not meet an age condition; $rule is the condition
# ja: この生年月日の方は対象になりません（対象: { $rule }）。生年月日が正しいか確かめてください。
error-not-eligible-birth = この 生年月日《せいねんがっぴ》の 人《ひと》は 予約《よやく》できません（{ $rule }）。生年月日《せいねんがっぴ》が 正《ただ》しいか 見《み》て ください。

## キャンセル待ち (issue 14): the waiting list of a full slot or day

# where: app/src/booking/error.rs (BookingError::HasRoom) — someone tried to join the waiting list of a slot or day that has room
# ja: この日時には空きがあります。キャンセル待ちではなく、そのまま予約してください。
error-waitlist-has-room = この 時間《じかん》は まだ 空《あ》いて います。キャンセル待《ま》ちでは なく、予約《よやく》して ください。

# where: app/src/booking/error.rs (BookingError::AlreadyWaiting) — the same person joined the same waiting list again
# ja: すでにこのキャンセル待ちに登録されています。空きが出たら、登録順にメールでご案内します。
error-waitlist-already-waiting = もう この キャンセル待《ま》ちに 入《はい》って います。空《あ》いたら、順番《じゅんばん》に メールで 知《し》らせます。

# where: app/src/mail/texts.rs (waitlist_joined) — the new user key, when joining made a record
# ja: 利用者キー　：{ $user_key }（ログインに使います。大切に保管してください）
mail-waitlist-key-line = 利用者《りようしゃ》キー：{ $user_key }（ログインに 使《つか》います。なくさないで ください）

# where: app/src/mail/texts.rs (waitlist_joined) — email subject; $service is the service's name
# ja: 【いみずe-予約システム】キャンセル待ち登録のお知らせ（{ $service }）
mail-waitlist-joined-subject = 【いみずe-予約《よやく》システム】キャンセル待《ま》ちに 入《はい》りました（{ $service }）

# where: app/src/mail/texts.rs (waitlist_offer) — email subject
# ja: 【いみずe-予約システム】キャンセル待ちの空きのご案内（{ $service }）
mail-waitlist-offer-subject = 【いみずe-予約《よやく》システム】キャンセル待《ま》ちの 空《あ》きが 出《で》ました（{ $service }）

# where: app/src/mail/texts.rs (waitlist_joined) — email body; $what is the slot or the day; $position a number; $key is mail-waitlist-key-line and a blank line, or empty; $footer is mail-footer
mail-waitlist-joined-body =
    { $name } さん

    キャンセル待《ま》ちに 入《はい》りました。

    予約《よやく》メニュー：{ $service }
    日《ひ》にちと 時間《じかん》：{ $what }
    順番《じゅんばん》：{ $position }番目《ばんめ》

    { $key }空《あ》きが 出《で》たら、順番《じゅんばん》に 一人《ひとり》ずつ メールで 知《し》らせます。メールの 時間《じかん》までに 申《もう》し込《こ》むと、予約《よやく》に なります。時間《じかん》を 過《す》ぎると、次《つぎ》の 人《ひと》に 知《し》らせます。

    { $footer }

# where: app/src/mail/texts.rs (waitlist_offer) — email body; $until is the time limit; $url the offer's page
mail-waitlist-offer-body =
    { $name } さん

    キャンセル待《ま》ちの 時間《じかん》に 空《あ》きが 出《で》ました。{ $until }まで、あなたの ために とって あります。

    予約《よやく》メニュー：{ $service }
    日《ひ》にちと 時間《じかん》：{ $when }
    場所《ばしょ》：{ $venue }

    予約《よやく》するか しないか、下《した》の ページで 選《えら》んで ください。
    { $url }

    { $until }までに 何《なに》も ないと、次《つぎ》の 人《ひと》に 知《し》らせます。

    { $footer }

# where: app/src/reserve/waitlist.rs — heading of the panel on a full slot
# ja: キャンセル待ち
waitlist-heading = キャンセル待《ま》ち

# where: app/src/reserve/waitlist.rs — how the waiting list works (full slot; completion page)
# ja: 空きが出たときに、登録の順に一人ずつメールでご案内します。ご案内のメールの期限までにお申し込みいただくと、予約になります。
waitlist-join-lead = 空《あ》きが 出《で》たら、順番《じゅんばん》に 一人《ひとり》ずつ メールで 知《し》らせます。メールの 時間《じかん》までに 申《もう》し込《こ》むと、予約《よやく》に なります。

# where: app/src/reserve/waitlist.rs — button: join the waiting list of this slot
# ja: キャンセル待ちに登録する（この時間）
waitlist-join-slot = この 時間《じかん》の キャンセル待《ま》ちを する

# where: app/src/reserve/waitlist.rs — link: join the waiting list of the whole day
# ja: この日ならどの時間でもよい場合は、この日のキャンセル待ちに登録する
waitlist-join-day = この 日《ひ》なら 何時《なんじ》でも よい ときは、この 日《ひ》の キャンセル待《ま》ちを する

# where: app/src/reserve/waitlist.rs — above the forms when joining the waiting list of a slot
# ja: この時間は満員のため、キャンセル待ちとして登録します（まだ予約ではありません）。
waitlist-notice-slot = この 時間《じかん》は いっぱいなので、キャンセル待《ま》ちに なります（まだ 予約《よやく》では ありません）。

# where: app/src/reserve/waitlist.rs — above the forms when joining the waiting list of a day
# ja: この日のキャンセル待ちとして登録します。この日のどの時間でも、空きが出たらご案内します（まだ予約ではありません）。
waitlist-notice-day = この 日《ひ》の キャンセル待《ま》ちに なります。この 日《ひ》の どの 時間《じかん》でも、空《あ》いたら 知《し》らせます（まだ 予約《よやく》では ありません）。

# where: app/src/reserve/waitlist.rs — title of the page after joining
# ja: キャンセル待ちの登録完了
waitlist-complete-title = キャンセル待《ま》ちが できました

# where: app/src/reserve/waitlist.rs — the place in line; $position is a number
# ja: キャンセル待ちの{ $position }番目に登録しました。登録のお知らせをメールでお送りしました。
waitlist-complete-position = キャンセル待《ま》ちの { $position }番目《ばんめ》です。メールを 送《おく》りました。

# where: app/src/waitlist/mod.rs — title of the offer page (link in the offer email)
# ja: キャンセル待ちの空きのご案内
waitlist-offer-title = キャンセル待《ま》ちの 空《あ》きの お知《し》らせ

# where: app/src/waitlist/mod.rs — the place is held; $until is a date and time
# ja: { $until }まで、次の日時の席をあなたのために確保しています。予約する場合は「予約する」を押してください。
waitlist-offer-open = { $until }まで、あなたの ために とって あります。予約《よやく》する ときは「予約《よやく》する」を 押《お》して ください。

# where: app/src/waitlist/mod.rs — button
# ja: 予約する
waitlist-offer-accept = 予約《よやく》する

# where: app/src/waitlist/mod.rs — button
# ja: 辞退する
waitlist-offer-decline = 予約《よやく》しない

# where: app/src/waitlist/mod.rs — under the buttons
# ja: ご都合が合わない場合は「辞退する」を押してください。すぐに次の方にご案内します。
waitlist-offer-decline-note = 都合《つごう》が 悪《わる》い ときは「予約《よやく》しない」を 押《お》して ください。すぐに 次《つぎ》の 人《ひと》に 知《し》らせます。

# where: app/src/waitlist/mod.rs — after taking the place
# ja: 予約が完了しました。確認のメールをお送りしました。
waitlist-offer-booked = 予約《よやく》が できました。メールを 送《おく》りました。

# where: app/src/waitlist/mod.rs — after letting the place go
# ja: 辞退を受け付けました。次の方にご案内します。ご連絡ありがとうございました。
waitlist-offer-declined = わかりました。次《つぎ》の 人《ひと》に 知《し》らせます。ありがとう ございました。

# where: app/src/waitlist/mod.rs — the hold ran out before the resident answered
# ja: お手続きの期限を過ぎたため、この席は次の方にご案内しました。申し訳ありません。ほかの日時は予約メニューからお選びください。
waitlist-offer-too-late = 時間《じかん》が 過《す》ぎたので、次《つぎ》の 人《ひと》に 知《し》らせました。ごめんなさい。ほかの 日《ひ》を 選《えら》んで ください。

# where: app/src/catalogue/view.rs — link under a full slot to its waiting list (a screen reader hears the date and time first)
# ja: キャンセル待ちに登録
catalogue-waitlist-link = キャンセル待《ま》ちを する

# where: app/src/catalogue/view.rs — link under a day whose slots are all full
# ja: この日のキャンセル待ちに登録する（どの時間でもよい場合）
catalogue-waitlist-day = この 日《ひ》の キャンセル待《ま》ちを する（何時《なんじ》でも よい とき）

# where: app/src/my_reservations/pages.rs — heading of the resident's places on waiting lists
# ja: キャンセル待ち
my-waiting-heading = キャンセル待《ま》ち

# where: app/src/my_reservations/pages.rs — label: the slot or day waited for
# ja: 日時
my-waiting-what = 日《ひ》にちと 時間《じかん》

# where: app/src/my_reservations/ssr.rs — a day waited for (any time); $date is a date
# ja: { $date }（どの時間でも）
my-waiting-whole-day = { $date }（何時《なんじ》でも）

# where: app/src/my_reservations/pages.rs — label: the place in line
# ja: 順番
my-waiting-position = 順番《じゅんばん》

# where: app/src/my_reservations/pages.rs — the place in line; $position is a number
# ja: { $position }番目
my-waiting-position-value = { $position }番目《ばんめ》

# where: app/src/my_reservations/pages.rs — a place is held for them; $until is a date and time
# ja: 空きが出ました。{ $until }まで席を確保しています。ご案内のメールのリンクからお手続きください。
my-waiting-offered = 空《あ》きが 出《で》ました。{ $until }まで とって あります。メールの リンクから 申《もう》し込《こ》んで ください。

# where: app/src/my_reservations/pages.rs — button: leave the waiting list
# ja: キャンセル待ちを取り消す
my-waiting-leave = キャンセル待《ま》ちを やめる

# where: app/src/my_reservations/pages.rs — after leaving a waiting list
# ja: キャンセル待ちを取り消しました。
my-waiting-left = キャンセル待《ま》ちを やめました。

# where: app/src/booking/error.rs — applying outside the lottery's application period
# ja: この予約メニューの抽選は、申込期間ではありません。申込期間は予約メニューのページでご確認ください。
error-lottery-not-applying = 今《いま》は この 抽選《ちゅうせん》に 申《もう》し込《こ》めません。申《もう》し込《こ》める 日《ひ》にちは、予約《よやく》メニューの ページを 見《み》て ください。

# where: app/src/booking/error.rs — a second application by the same person
# ja: この予約メニューの抽選には、すでにお申し込みがあります（お一人1回まで）。お申し込みの内容は「予約の確認・変更・キャンセル」でご確認ください。
error-lottery-already-applied = あなたは もう この 抽選《ちゅうせん》に 申《もう》し込《こ》んで います（一人《ひとり》 1回《かい》だけです）。「予約《よやく》を 見《み》る・変《か》える・キャンセル」で 見《み》られます。

# where: app/src/booking/error.rs — the draw has already run
# ja: 抽選はすでに終わりました。結果はメールでお知らせしています。
error-lottery-already-drawn = 抽選《ちゅうせん》は もう 終《お》わりました。結果《けっか》は メールで 知《し》らせました。

# where: app/src/booking/error.rs — staff: the draw cannot run during the application period
# ja: 申込期間が終わるまで抽選はできません。
error-lottery-too-early = 申《もう》し込《こ》みの 期間《きかん》が 終《お》わるまで、抽選《ちゅうせん》は できません。

# where: app/src/booking/lottery.rs — one line of the preferences in the lottery emails; $n is 1, 2, 3 …; $when the slot
# ja: 第{ $n }希望：{ $when }
mail-lottery-choice-line = { $n }番目《ばんめ》の 希望《きぼう》：{ $when }

# where: app/src/mail/texts.rs (lottery_applied) — email subject
# ja: 【いみずe-予約システム】抽選のお申し込みを受け付けました（{ $service }）
mail-lottery-applied-subject = 【いみずe-予約《よやく》システム】抽選《ちゅうせん》の 申《もう》し込《こ》みを 受《う》け付《つ》けました（{ $service }）

# where: app/src/mail/texts.rs (lottery_applied) — email body; $choices is one mail-lottery-choice-line per preference; $draw_at the draw; $key is mail-waitlist-key-line and a blank line, or empty; $footer is mail-footer
mail-lottery-applied-body =
    { $name } さん

    抽選《ちゅうせん》の 申《もう》し込《こ》みを 受《う》け付《つ》けました。まだ 予約《よやく》では ありません。

    予約《よやく》メニュー：{ $service }
    申《もう》し込《こ》み 番号《ばんごう》：{ $number }
    { $choices }

    { $key }抽選《ちゅうせん》の 日《ひ》：{ $draw_at }
    抽選《ちゅうせん》の あとで、結果《けっか》を メールで 知《し》らせます。当《あ》たった 人《ひと》は、そのまま 予約《よやく》に なります。
    抽選《ちゅうせん》の 前《まえ》までは、「予約《よやく》を 見《み》る・変《か》える・キャンセル」で 申《もう》し込《こ》みを やめられます。

    { $footer }

# where: app/src/mail/texts.rs (lottery_won) — email subject
# ja: 【いみずe-予約システム】抽選の結果のお知らせ（当選・予約番号 { $number }）
mail-lottery-won-subject = 【いみずe-予約《よやく》システム】抽選《ちゅうせん》に 当《あ》たりました（予約《よやく》番号《ばんごう》 { $number }）

# where: app/src/mail/texts.rs (lottery_won) — email body; as mail-confirmation-body
mail-lottery-won-body =
    { $name } さん

    抽選《ちゅうせん》に 当《あ》たりました。この 日《ひ》にちと 時間《じかん》で 予約《よやく》しました。

    予約《よやく》番号《ばんごう》：{ $number }
    利用者《りようしゃ》キー：{ $user_key }
    予約《よやく》メニュー：{ $service }
    日《ひ》にちと 時間《じかん》：{ $when }
    場所《ばしょ》：{ $venue }

    { $notes }{ $ticket }

    行《い》けなく なったら、「予約《よやく》を 見《み》る・変《か》える・キャンセル」で キャンセルして ください。空《あ》いた 席《せき》は、キャンセル待《ま》ちの 人《ひと》に 知《し》らせます。
    変更《へんこう》・キャンセルの しめきり：{ $deadline }

    { $footer }

# where: app/src/mail/texts.rs (lottery_lost) — email subject
# ja: 【いみずe-予約システム】抽選の結果のお知らせ（{ $service }）
mail-lottery-lost-subject = 【いみずe-予約《よやく》システム】抽選《ちゅうせん》の 結果《けっか》（{ $service }）

# where: app/src/mail/texts.rs (lottery_lost) — the first lines of the body: not drawn
# ja: 抽選の結果、残念ながら今回はご希望の日時に当選しませんでした。
mail-lottery-lost-lead = ごめんなさい。今回《こんかい》は 抽選《ちゅうせん》に 当《あ》たりませんでした。

# where: app/src/mail/texts.rs (lottery_lost) — the first lines of the body: not in the draw (conditions or limit no longer met)
# ja: 抽選のときに、この予約メニューの対象の条件（または予約数の上限）にあてはまらなかったため、抽選の対象になりませんでした。詳しくは、お問い合わせ先へお電話ください。
mail-lottery-excluded-lead = 抽選《ちゅうせん》の とき、この 予約《よやく》メニューの 条件《じょうけん》に 合《あ》わなかったので、抽選《ちゅうせん》に 入《はい》りませんでした。くわしくは、電話《でんわ》で 聞《き》いて ください。

# where: app/src/mail/texts.rs (lottery_lost) — before the list of slots with room; $url is the service's page
# ja: 空きのある日時は次のとおりです。先着順で予約できます（予約の受付期間は予約メニューのページでご確認ください）。
mail-lottery-open-lead = まだ 空《あ》いて いる 日《ひ》にちと 時間《じかん》です。早《はや》い 人《ひと》から 予約《よやく》できます（予約《よやく》できる 日《ひ》は、予約《よやく》メニューの ページを 見《み》て ください）。
    { $url }

# where: app/src/mail/texts.rs (lottery_lost) — after the list, when more slots have room; $count is a number
# ja: ほか{ $count }件
mail-lottery-open-more = ほかに { $count }つ

# where: app/src/mail/texts.rs (lottery_lost) — no slot has room
# ja: 現在、空きのある日時はありません。キャンセルが出たときは、予約メニューのページからキャンセル待ちに登録できます。
mail-lottery-none-open = 今《いま》、空《あ》いて いる 日《ひ》にちと 時間《じかん》は ありません。予約《よやく》メニューの ページで、キャンセル待《ま》ちに 入《はい》れます。
    { $url }

# where: app/src/mail/texts.rs (lottery_lost) — email body; $lead is mail-lottery-lost-lead or mail-lottery-excluded-lead; $open what is still open
mail-lottery-lost-body =
    { $name } さん

    予約《よやく》メニュー：{ $service }

    { $lead }

    { $open }

    { $footer }

# where: app/src/reserve/lottery.rs — heading of the panel on a 抽選 service's page
# ja: 抽選
lottery-heading = 抽選《ちゅうせん》

# where: app/src/reserve/lottery.rs — how a lottery works, on the service's page
# ja: この予約メニューは抽選です。申込期間にお申し込みいただいた方の中から、抽選で予約する方を決めます。申し込んだ順番や時刻は関係ありません。
lottery-lead = この 予約《よやく》メニューは 抽選《ちゅうせん》です。申《もう》し込《こ》んだ 人《ひと》の 中《なか》から、くじで 決《き》めます。早《はや》く 申《もう》し込《こ》んでも 同《おな》じです。

# where: app/src/reserve/lottery.rs — label: the application period
# ja: 申込期間
lottery-label-period = 申《もう》し込《こ》める 期間《きかん》

# where: app/src/reserve/lottery.rs — the application period; $from and $until are dates with times
# ja: { $from } 〜 { $until }
lottery-period = { $from } から { $until } まで

# where: app/src/reserve/lottery.rs — label: when the draw is
# ja: 抽選日時
lottery-label-draw = 抽選《ちゅうせん》の 日《ひ》

# where: app/src/reserve/lottery.rs — label: how many slots one may choose
# ja: 希望できる日時
lottery-label-choices = 選《えら》べる 日《ひ》にちと 時間《じかん》

# where: app/src/reserve/lottery.rs — how many slots one may choose; $n is a number
# ja: { $n }つまで（希望の順に選びます）
lottery-choices-count = { $n }つまで（いい 順《じゅん》に 選《えら》びます）

# where: app/src/reserve/lottery.rs — before the application period; $from is a date with time
# ja: 申込期間の前です。{ $from }から申し込めます。
lottery-before = まだ 申《もう》し込《こ》めません。{ $from }から 申《もう》し込《こ》めます。

# where: app/src/reserve/lottery.rs — during the application period; $until is a date with time
# ja: 申込受付中です（{ $until }まで）。
lottery-applying = 今《いま》 申《もう》し込《こ》めます（{ $until }まで）。

# where: app/src/reserve/lottery.rs — after the application period, before the draw
# ja: 申込期間は終わりました。抽選のあと、結果をメールでお知らせします。
lottery-closed = 申《もう》し込《こ》みは 終《お》わりました。抽選《ちゅうせん》の あとで、結果《けっか》を メールで 知《し》らせます。

# where: app/src/reserve/lottery.rs — after the draw
# ja: 抽選は終わりました。空いている日時は、下の一覧から先着順で予約できます。
lottery-drawn = 抽選《ちゅうせん》は 終《お》わりました。空《あ》いて いる 日《ひ》にちと 時間《じかん》は、下《した》から 早《はや》い 人《ひと》が 予約《よやく》できます。

# where: app/src/reserve/lottery.rs — button: apply to the lottery
# ja: 抽選に申し込む
lottery-apply-button = 抽選《ちゅうせん》に 申《もう》し込《こ》む

# where: app/src/reserve/lottery.rs — title of the page where one chooses the slots
# ja: 抽選の申し込み
lottery-apply-title = 抽選《ちゅうせん》の 申《もう》し込《こ》み

# where: app/src/reserve/lottery.rs — above the choices
# ja: 希望する日時を、希望の順に選んでください。抽選では、申し込んだ方を無作為な順番に並べ、その順番に、まだ空きのあるいちばん希望の高い日時に当選します。多く選ぶほど当選しやすくなります。
lottery-choices-lead = 行《い》きたい 日《ひ》にちと 時間《じかん》を、いい 順《じゅん》に 選《えら》んで ください。くじで 順番《じゅんばん》を 決《き》めて、その 順番《じゅんばん》に、まだ 空《あ》いて いる いちばん いい 日《ひ》にちに 決《き》まります。たくさん 選《えら》ぶと、当《あ》たりやすく なります。

# where: app/src/reserve/lottery.rs — label of one choice; $n is 1, 2, 3 …
# ja: 第{ $n }希望
lottery-choice-label = { $n }番目《ばんめ》の 希望《きぼう》

# where: app/src/reserve/lottery.rs — hint under the first choice
# ja: 必ず選んでください
lottery-choice-first-hint = かならず 選《えら》んで ください

# where: app/src/reserve/lottery.rs — hint under the other choices
# ja: 任意です（選ばなくてもかまいません）
lottery-choice-optional = 選《えら》ばなくても いいです

# where: app/src/reserve/lottery.rs — the empty option of the first choice
# ja: 選んでください
lottery-choice-placeholder = 選《えら》んで ください

# where: app/src/reserve/lottery.rs — the empty option of the other choices
# ja: 選ばない
lottery-choice-none = 選《えら》ばない

# where: app/src/reserve/lottery.rs — the first choice is missing
# ja: 第1希望の日時を選んでください。
lottery-error-first = 1番目《ばんめ》の 希望《きぼう》を 選《えら》んで ください。

# where: app/src/reserve/lottery.rs — the same slot chosen twice
# ja: 同じ日時を2回選んでいます。別の日時を選ぶか、「選ばない」にしてください。
lottery-error-twice = 同《おな》じ 日《ひ》にちと 時間《じかん》を 2回《かい》 選《えら》んで います。ほかの 日《ひ》にちを 選《えら》ぶか、「選《えら》ばない」に して ください。

# where: app/src/reserve/lottery.rs — a chosen slot can no longer be chosen
# ja: 選んだ日時は、申し込めなくなりました。別の日時を選んでください。
lottery-error-gone = その 日《ひ》にちと 時間《じかん》は、もう 選《えら》べません。ほかを 選《えら》んで ください。

# where: app/src/reserve/lottery.rs — on every step of an application; $draw_at is a date with time
# ja: 抽選のお申し込みです（まだ予約ではありません）。抽選日時: { $draw_at }
lottery-notice = 抽選《ちゅうせん》の 申《もう》し込《こ》みです（まだ 予約《よやく》では ありません）。抽選《ちゅうせん》の 日《ひ》：{ $draw_at }

# where: app/src/reserve/lottery.rs — label: the slots chosen
# ja: 希望の日時
lottery-label-your-choices = 選《えら》んだ 日《ひ》にちと 時間《じかん》

# where: app/src/reserve/lottery.rs — label: the application number
# ja: 申込番号
lottery-label-number = 申《もう》し込《こ》み 番号《ばんごう》

# where: app/src/reserve/lottery.rs — title of the page after applying
# ja: 抽選の申し込み完了
lottery-complete-title = 抽選《ちゅうせん》に 申《もう》し込《こ》みました

# where: app/src/reserve/lottery.rs — after applying
# ja: 抽選のお申し込みを受け付けました。お知らせのメールをお送りしました。
lottery-complete-received = 抽選《ちゅうせん》の 申《もう》し込《こ》みを 受《う》け付《つ》けました。メールを 送《おく》りました。

# where: app/src/reserve/lottery.rs — what happens next; $draw_at is a date with time
# ja: 抽選日時（{ $draw_at }）のあと、結果をメールでお知らせします。当選した方は、そのまま予約になります。
lottery-complete-next = 抽選《ちゅうせん》（{ $draw_at }）の あとで、結果《けっか》を メールで 知《し》らせます。当《あ》たったら、そのまま 予約《よやく》に なります。

# where: app/src/reserve/lottery.rs — how to withdraw
# ja: 抽選の前までは、「予約の確認・変更・キャンセル」（ログインが必要です）からお申し込みを取り下げられます。
lottery-complete-withdraw = 抽選《ちゅうせん》の 前《まえ》までは、「予約《よやく》を 見《み》る・変《か》える・キャンセル」（ログインが 要《い》ります）で 申《もう》し込《こ》みを やめられます。

# where: app/src/reserve/pages.rs — a lottery service in the list, before its period; $from is a date with time
# ja: 抽選（{ $from }から申込受付）
lottery-card-before = 抽選《ちゅうせん》（{ $from }から 申《もう》し込《こ》めます）

# where: app/src/reserve/pages.rs — a lottery service in the list, during its period; $until is a date with time
# ja: 抽選の申込受付中（{ $until }まで）
lottery-card-applying = 抽選《ちゅうせん》：今《いま》 申《もう》し込《こ》めます（{ $until }まで）

# where: app/src/reserve/pages.rs — a lottery service in the list, period over, before the draw
# ja: 抽選の申込受付は終わりました（抽選待ち）
lottery-card-closed = 抽選《ちゅうせん》：申《もう》し込《こ》みは 終《お》わりました

# where: app/src/my_reservations/pages.rs — heading of the applications
# ja: 抽選のお申し込み
my-lottery-heading = 抽選《ちゅうせん》の 申《もう》し込《こ》み

# where: app/src/my_reservations/pages.rs — label: where an application stands
# ja: 状態
my-lottery-status = 今《いま》の ようす

# where: app/src/my_reservations/ssr.rs — waiting for the draw; $draw_at is a date with time
# ja: 抽選待ち（抽選日時: { $draw_at }）
my-lottery-applied = 抽選《ちゅうせん》を 待《ま》って います（抽選《ちゅうせん》の 日《ひ》：{ $draw_at }）

# where: app/src/my_reservations/ssr.rs — won
# ja: 当選（予約になりました。上の「今後の予約」をご覧ください）
my-lottery-won = 当《あ》たりました（予約《よやく》に なりました。上《うえ》を 見《み》て ください）

# where: app/src/my_reservations/ssr.rs — lost
# ja: 落選
my-lottery-lost = 当《あ》たりませんでした

# where: app/src/my_reservations/ssr.rs — withdrawn
# ja: 取り下げ済み
my-lottery-withdrawn-status = やめました

# where: app/src/my_reservations/ssr.rs — not in the draw
# ja: 抽選の対象外（条件にあてはまりませんでした）
my-lottery-excluded = 抽選《ちゅうせん》に 入《はい》りませんでした（条件《じょうけん》に 合《あ》いませんでした）

# where: app/src/my_reservations/pages.rs — button: withdraw the application
# ja: 申し込みを取り下げる
my-lottery-withdraw = 申《もう》し込《こ》みを やめる

# where: app/src/my_reservations/pages.rs — after withdrawing
# ja: 抽選のお申し込みを取り下げました。
my-lottery-withdrawn = 抽選《ちゅうせん》の 申《もう》し込《こ》みを やめました。

# where: app/src/reserve/lottery.rs — link back to the choices of the application being made
# ja: 希望の日時を選び直す
lottery-change-choices = 選《えら》んだ 日《ひ》にちを 選《えら》び直《なお》す

# where: app/src/my_reservations/pages.rs — after the withdraw button, for screen readers; $number is the application number
# ja: （申込番号 { $number }）
my-lottery-number-hidden = （申《もう》し込《こ》み 番号《ばんごう》 { $number }）

# where: app/src/mail/texts.rs (reminder) — email subject; $service is the service's name
mail-reminder-subject = 【いみずe-予約《よやく》システム】予約《よやく》の 日《ひ》が 近《ちか》づきました（{ $service }）

# where: app/src/mail/texts.rs (reminder) — email body; as mail-confirmation-body, without the user key; $cancel is mail-reminder-cancel-online or mail-reminder-cancel-by-phone
mail-reminder-body =
    { $name } さん

    予約《よやく》の 日《ひ》が 近《ちか》づきました。

    予約《よやく》番号《ばんごう》：{ $number }
    予約《よやく》メニュー：{ $service }
    日《ひ》にちと 時間《じかん》：{ $when }
    場所《ばしょ》：{ $venue }

    { $notes }{ $ticket }

    { $cancel }

    この お知《し》らせが いらない 人《ひと》は、ログインした あとの「お知《し》らせメール」で 止《と》められます。

    { $footer }

# where: app/src/my_reservations/pages.rs — heading of the reminder switch
my-reminders-heading = お知《し》らせメール

# where: app/src/my_reservations/pages.rs — reminders are on
my-reminders-on = 予約《よやく》の 日《ひ》の 前《まえ》に、お知《し》らせの メールを 送《おく》ります（お知《し》らせを 送《おく》る 予約《よやく》メニューだけ）。

# where: app/src/my_reservations/pages.rs — reminders are off
my-reminders-off = 予約《よやく》の 日《ひ》の 前《まえ》の お知《し》らせメールは、止《と》めて います。

# where: app/src/my_reservations/pages.rs — button: turn reminders off
my-reminders-stop = お知《し》らせメールを 止《と》める

# where: app/src/my_reservations/pages.rs — button: turn reminders on
my-reminders-start = お知《し》らせメールを 受《う》け取《と》る

# where: app/src/my_reservations/pages.rs — after changing the switch
my-reminders-saved = お知《し》らせメールの 設定《せってい》を 変《か》えました。

# where: app/src/booking/error.rs — a waiting list or lottery for someone without an email address
error-needs-email = メールアドレスが ない 人《ひと》は、これが できません（キャンセル待《ま》ちや 抽選《ちゅうせん》の お知《し》らせは メールで 送《おく》るからです）。窓口《まどぐち》か 電話《でんわ》で 聞《き》いて ください。

# ja: ご都合が悪くなったときは、締切までに「予約の確認・変更・キャンセル」からキャンセルしてください…
mail-reminder-cancel-online =
    行《い》けなく なったら、しめきりまでに「予約《よやく》を 見《み》る・変《か》える・キャンセル」で キャンセルして ください（利用者《りようしゃ》キーと、メールで 届《とど》く ワンタイムパスワードで ログインします）。空《あ》いた 席《せき》は、ほかの 人《ひと》が 予約《よやく》できます。
    変更《へんこう》・キャンセルの しめきり：{ $deadline }
    { $login }

# ja: 変更・キャンセルの締切（{ $deadline }）を過ぎたため、画面からは変更・キャンセルできません。来られなくなったときは、下のお問い合わせ先へお電話ください。
mail-reminder-cancel-by-phone = 変更《へんこう》・キャンセルの しめきり（{ $deadline }）を 過《す》ぎました。画面《がめん》では 変《か》えられません。行《い》けなく なったら、下《した》の 電話《でんわ》番号《ばんごう》に 電話《でんわ》して ください。

# where: app/src/reserve/household.rs — heading of the 家族 chooser (logged in)
# ja: どなたの予約ですか
reserve-who-for-heading = だれの よやくですか

# where: app/src/reserve/household.rs — under the heading
# ja: 同じメールアドレスで登録しているご家族の予約もできます。選んで「この方の予約にする」を押してください。
reserve-who-for-intro = おなじ メールアドレスの 家族《かぞく》の よやくも できます。えらんで「この 人《ひと》の よやくに する」を おしてください。

# where: app/src/reserve/household.rs — legend of the radio buttons
# ja: 予約する方
reserve-who-for-legend = よやくする 人《ひと》

# where: app/src/reserve/household.rs — the one logged in; $name is their name
# ja: { $name } 様（ご自身）
reserve-member-me = { $name } さん（あなた）

# where: app/src/reserve/household.rs — another member; $name is their name
# ja: { $name } 様
reserve-member-other = { $name } さん

# where: app/src/reserve/household.rs — the choice that adds a member
# ja: ご家族を追加する（その方の利用者キーをお送りします）
reserve-member-new = 家族《かぞく》を ふやす（その 人《ひと》の 利用者《りようしゃ》キーを おくります）

# where: app/src/reserve/household.rs — button
# ja: この方の予約にする
reserve-who-for-choose = この 人《ひと》の よやくに する

# where: app/src/reserve/pages.rs — details form for a member being added; $email is the household's address
# ja: 追加するご家族の氏名・ふりがな・生年月日・電話番号を入力してください。メールアドレスは { $email } です（その方の利用者キーと予約の確認メールを、このアドレスにお送りします）。
reserve-new-member-notice = ふやす 家族《かぞく》の なまえ・ふりがな・生年月日《せいねんがっぴ》・電話番号《でんわばんごう》を 書《か》いてください。メールアドレスは { $email } です（その 人《ひと》の 利用者《りようしゃ》キーと よやくの メールを ここに おくります）。

# where: app/src/my_reservations/pages.rs — label: whose reservation (another member of the household)
# ja: ご予約の方
my-label-whose = よやくした 人《ひと》

# where: app/src/my_reservations/pages.rs — a member's name; $name is it
# ja: { $name } 様
my-whose = { $name } さん

# where: app/src/my_reservations/pages.rs — under who is logged in; $names are the other members' names
# ja: 同じメールアドレスのご家族（{ $names }）の予約も、ここで確認・変更・キャンセルできます。
my-household = おなじ メールアドレスの 家族《かぞく》（{ $names }）の よやくも ここに あります。かくにん・へんこう・キャンセルが できます。

# where: app/src/own_data/pages.rs — title and heading; also the link in my reservations' breadcrumbs
# ja: 登録情報
own-title = とうろく している こと

# where: app/src/own_data/pages.rs — under the heading
# ja: 市がこのシステムに保存している、あなたの情報のすべてです。
own-intro = 市《し》が この システムに のこしている あなたの ことの ぜんぶです。

# where: app/src/own_data/pages.rs — link: the file
# ja: ファイルでダウンロード（JSON形式）
own-download = ファイルで ダウンロード（JSON）

# where: app/src/own_data/pages.rs — heading: the record
# ja: ご本人の情報
own-record-heading = あなたの こと

# where: app/src/own_data/pages.rs — heading: records of the same person made by booking without logging in
# ja: ご本人の他の登録
own-others-heading = あなたの ほかの 登録《とうろく》

# where: app/src/own_data/pages.rs — under that heading
# ja: ログインせずに予約すると、そのたびに利用者キーが作られます。…
own-others-intro = ログインしないで 予約《よやく》すると、その たびに 利用者《りようしゃ》キーが できます。メールアドレスと ふりがなと 生年月日《せいねんがっぴ》が おなじ 登録《とうろく》は、あなたの ものとして ここに だします。けすときは いっしょに けします。

# where: app/src/own_data/pages.rs — label: language of the emails
# ja: メールの言語
own-label-language = メールの ことば

# where: app/src/own_data/pages.rs — label: when the record was made
# ja: 登録日時
own-label-registered = とうろく した 日《ひ》

# where: app/src/own_data/pages.rs — label: when it last changed
# ja: 最終更新日時
own-label-updated = さいごに かわった 日《ひ》

# where: app/src/own_data/pages.rs — heading: every reservation, cancelled and past included
# ja: 予約（キャンセル済み・終了したものを含む）
own-reservations-heading = よやく（キャンセルした ものと おわった ものも）

# where: app/src/own_data/pages.rs — an empty list
# ja: ありません。
own-none = ありません。

# where: app/src/own_data/pages.rs — a reservation attended
# ja: 来場済み
own-attended = きました

# where: app/src/own_data/pages.rs — label: when a reservation was made
# ja: 予約日時
own-label-made = よやく した 日《ひ》

# where: app/src/own_data/pages.rs — label: when it was cancelled
# ja: キャンセル日時
own-label-cancelled = キャンセル した 日《ひ》

# where: app/src/own_data/pages.rs — heading: places on waiting lists
# ja: キャンセル待ち
own-waiting-heading = キャンセルまち

# where: app/src/own_data/pages.rs — heading: lottery applications
# ja: 抽選の申し込み
own-applications-heading = ちゅうせんの もうしこみ

# where: app/src/own_data/pages.rs — heading: emails sent
# ja: お送りしたメール
own-emails-heading = おくった メール

# where: app/src/own_data/pages.rs — under the heading
# ja: 利用者キーとワンタイムパスワードは、送信した後は保存していません。ダウンロードしたファイルでは「＊＊＊＊（送信後に消去）」と表示されます。
own-emails-note = 利用者《りようしゃ》キーと ワンタイムパスワードは おくった あと のこしていません。ファイルでは「＊＊＊＊（送信後に消去）」と なっています。

# where: app/src/own_data/pages.rs — label: when an email was sent
# ja: 送信日時
own-label-sent = おくった 日《ひ》

# where: app/src/own_data/pages.rs — an email not sent yet
# ja: 未送信
own-not-sent = まだ おくっていません

# where: app/src/own_data/pages.rs — heading
# ja: 利用者情報の削除
own-erase-heading = とうろく している ことを けす

# where: app/src/own_data/pages.rs — what erasing does (also on the confirm page)
# ja: 氏名・ふりがな・生年月日・電話番号・メールアドレスと、あなたにお送りしたメールを削除します。削除すると、この利用者キーではログインできなくなります。予約の件数などの統計（個人が分からない形のもの）は残ります。今後の予約・キャンセル待ち・抽選の申し込みがある間は削除できません。
own-erase-intro = なまえ・ふりがな・生年月日《せいねんがっぴ》・電話番号《でんわばんごう》・メールアドレスと、おくった メールを けします。けすと、この 利用者《りようしゃ》キーで ログイン できなく なります。よやくの かずなど（だれか わからない もの）は のこります。これからの よやく・キャンセルまち・ちゅうせんの もうしこみが ある あいだは けせません。

# where: app/src/own_data/pages.rs — link to the confirm step
# ja: 利用者情報の削除へ進む
own-erase-link = けす ページへ すすむ

# where: app/src/own_data/pages.rs — confirm step: title and heading
# ja: 利用者情報の削除の確認
own-erase-confirm-title = けしても いいですか

# where: app/src/own_data/pages.rs — confirm step
# ja: 本当に削除しますか。削除した情報は元に戻せません。
own-erase-confirm-lead = ほんとうに けしますか。けした ことは もとに もどせません。

# where: app/src/own_data/pages.rs — button
# ja: 削除する
own-erase-button = けす

# where: app/src/own_data/pages.rs — link back without erasing
# ja: 削除せずに登録情報に戻る
own-erase-back = けさないで もどる

# where: app/src/own_data/pages.rs — refused while something upcoming is theirs; also the error of app/src/error.rs
# ja: 今後の予約、キャンセル待ち、または抽選の申し込みがあるため、削除できません。先にキャンセル・取り消しをしてから、もう一度お試しください。
own-erase-refused = これからの よやく、キャンセルまち、または ちゅうせんの もうしこみが あるので けせません。さきに キャンセル・とりけしを してから、もう いちど してください。

# where: app/src/own_data/pages.rs — the reservations in the way; $numbers are reservation numbers
# ja: 今後の予約の予約番号：{ $numbers }
own-erase-refused-numbers = これからの よやくの 番号《ばんごう》：{ $numbers }

# where: app/src/own_data/pages.rs — after erasing: title and heading
# ja: 利用者情報を削除しました
own-erased-title = けしました

# where: app/src/own_data/pages.rs — after erasing
# ja: 利用者情報を削除しました。ご利用ありがとうございました。また予約するときは、はじめての方と同じように予約してください（新しい利用者キーをお送りします）。
own-erased-body = けしました。ありがとう ございました。また よやく する ときは、はじめての 人《ひと》と おなじように よやく してください（あたらしい 利用者《りようしゃ》キーを おくります）。

# where: app/src/my_reservations/pages.rs — link to 登録情報
# ja: 登録情報（保存されている情報の確認・ダウンロード・削除）
my-own-data-link = とうろく している こと（見《み》る・ダウンロード・けす）

# where: app/src/reserve/household.rs — on the steps after the choice; $name is the member's name
# ja: { $name } 様の予約です。
reserve-for-member = { $name } さんの よやくです。

# where: app/src/reserve/household.rs — link back to the choice
# ja: 予約する方を選び直す
reserve-choose-again = よやくする 人《ひと》を えらびなおす
