use super::*;
use crate::catalogue::{SlotCalendar, SlotFacts};
use crate::domain::Availability;
use crate::ui::loading;
use crate::texts::{EMAIL_EXAMPLE, MAIL_HELP_LINK};
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, TextField, error_for};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

const RESERVE: &str = "予約する";

fn param(name: &'static str) -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get(name).unwrap_or_default())
}

/// A failed load, said in Japanese with a way forward; also sets the page's
/// HTTP status while it is rendered on the server.
#[component]
fn LoadError(error: AppError) -> impl IntoView {
    view! { <crate::ui::LoadError error href="/reserve" label="予約メニューの一覧へ"/> }
}

#[component]
pub fn ServiceListPage() -> impl IntoView {
    let services = Resource::new(|| (), |_| list_services());
    view! {
        <Title text="予約メニューを選ぶ"/>
        <Breadcrumbs current=RESERVE/>
        <h1>"予約メニューを選んでください"</h1>
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match services.await {
                    Ok(list) if list.is_empty() => view! { <p>"現在、予約を受け付けているメニューはありません。"</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="card-list">
                            {list.into_iter().map(|s| view! {
                                <li class="card">
                                    <h2 class="card__title">
                                        <a href=format!("/reserve/services/{}", s.id)>{s.name.clone()}</a>
                                    </h2>
                                    <p>{s.description.clone()}</p>
                                    <p class="card__meta">"会場: "{s.venue.clone()}</p>
                                    <p class="card__meta">{s.deadline_note.clone()}</p>
                                    <p class="card__status">
                                        {if s.has_room { "空きがあります" } else { "現在、空きはありません" }}
                                    </p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn SlotListPage() -> impl IntoView {
    let service_id = param("service_id");
    let query = use_query_map();
    let day = Memo::new(move |_| query.read().get("day").unwrap_or_default());
    let slots = Resource::new(move || (service_id.get(), day.get()), |(id, day)| async move {
        match id.parse::<i32>() {
            Ok(id) => get_service_slots(id, day).await,
            Err(_) => Err(AppError::NotFound),
        }
    });
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match slots.await {
                    Ok(s) => view! { <SlotList slots=s/> }.into_any(),
                    Err(error) => view! {
                        <Title text="予約枠を選ぶ"/>
                        <Breadcrumbs trail=vec![(RESERVE, "/reserve".to_string())] current="予約枠を選ぶ"/>
                        <LoadError error/>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SlotList(slots: ServiceSlots) -> impl IntoView {
    let ServiceSlots { service, months, chosen } = slots;
    let page = format!("/reserve/services/{}", service.id);
    let title = format!("{}の予約枠を選ぶ", service.name);
    view! {
        <Title text=title/>
        <Breadcrumbs trail=vec![(RESERVE, "/reserve".to_string())] current="予約枠を選ぶ"/>
        <h1>{service.name.clone()}</h1>
        <p>{service.description.clone()}</p>
        <dl class="facts">
            <dt>"会場"</dt><dd>{service.venue.clone()}</dd>
            <dt>"締切"</dt><dd>{service.deadline_note.clone()}</dd>
            {(!service.limit_note.is_empty()).then(|| view! {
                <dt>"予約数の上限"</dt><dd data-testid="service-limit">{service.limit_note.clone()}</dd>
            })}
        </dl>
        {(!service.notes.is_empty()).then(|| view! { <p class="notice">{service.notes.clone()}</p> })}
        <h2>"日時を選んでください"</h2>
        <SlotCalendar months chosen page link_base="/reserve/slots/".to_string()/>
    }
}

fn details_trail(service_id: i32) -> Vec<(&'static str, String)> {
    vec![(RESERVE, "/reserve".to_string()), ("予約枠を選ぶ", format!("/reserve/services/{service_id}"))]
}

/// Step 3 for a slot just chosen.
#[component]
pub fn NewDetailsPage() -> impl IntoView {
    let slot_id = param("slot_id");
    let save = ServerAction::<SaveDetails>::new();
    let slot = Resource::new(move || slot_id.get(), |id| async move {
        match id.parse::<i32>() {
            Ok(id) => get_slot_summary(id).await,
            Err(_) => Err(AppError::NotFound),
        }
    });
    let me = Resource::new(|| (), |_| get_my_details());
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                let me = me.await.ok().flatten();
                match slot.await {
                    Ok(slot) if matches!(slot.availability, Availability::Open { .. }) => {
                        let known = me.is_some();
                        view! {
                            <DetailsForm save info=slot draft_id=String::new() input=me.unwrap_or_default() errors=vec![] known/>
                        }.into_any()
                    }
                    Ok(slot) => {
                        let back = format!("/reserve/services/{}", slot.service_id);
                        let message = if slot.availability == Availability::Full {
                            "この予約枠は満員です。別の日時を選んでください。"
                        } else {
                            "この予約枠は受付を終了しました。別の日時を選んでください。"
                        };
                        view! {
                            <Title text="お客様情報の入力"/>
                            <Breadcrumbs trail=details_trail(slot.service_id) current="お客様情報の入力"/>
                            <div class="notice notice--error" role="alert">
                                <p>{message}</p>
                                <p><a href=back>"予約枠の一覧へ戻る"</a></p>
                            </div>
                        }.into_any()
                    }
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Step 3 again: what was typed, with what to correct (or after 戻る).
#[component]
pub fn DraftDetailsPage() -> impl IntoView {
    let draft_id = param("draft_id");
    let save = ServerAction::<SaveDetails>::new();
    let draft = Resource::new(move || (draft_id.get(), save.version().get()), |(id, _)| get_details_draft(id));
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match draft.await {
                    Ok(d) => view! {
                        <DetailsForm save info=d.slot draft_id=d.draft_id input=d.input errors=d.errors known=d.known_resident/>
                    }.into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DetailsForm(
    save: ServerAction<SaveDetails>,
    info: SlotSummary,
    draft_id: String,
    input: DetailsInput,
    errors: Vec<FieldError>,
    /// Logged in: the record's details are shown, only the phone is asked.
    known: bool,
) -> impl IntoView {
    let e = |field: &str| error_for(&errors, field);
    let (name_error, kana_error, birth_error, phone_error, email_error, confirm_error) =
        (e("name"), e("kana"), e("birth_year"), e("phone"), e("email"), e("email_confirm"));
    let slot = info;
    let title = if errors.is_empty() { "お客様情報の入力" } else { "エラー: お客様情報の入力" };
    view! {
        <Title text=title/>
        <Breadcrumbs trail=details_trail(slot.service_id) current="お客様情報の入力"/>
        <h1>"お客様情報の入力"</h1>
        <ErrorSummary errors=errors.clone()/>
        {move || save.value().get().and_then(|r| r.err()).map(|error| view! {
            <div class="notice notice--error" role="alert"><p>{error.message()}</p></div>
        })}
        <SlotFacts info=slot.clone()/>
        <ActionForm action=save>
            <input type="hidden" name="draft_id" value=draft_id/>
            <input type="hidden" name="slot_id" value=slot.slot_id/>
            {if known {
                view! { <KnownIdentity input=input.clone()/> }.into_any()
            } else {
                view! {
            <TextField id="name" label="氏名" value=input.name error=name_error autocomplete="name" hint="例: 射水 太郎"/>
            <TextField id="kana" label="ふりがな" value=input.kana error=kana_error hint="ひらがなかカタカナで入力してください（例: いみず たろう）"/>
            <fieldset class="field" class:field--error=birth_error.is_some() aria-describedby="birth-hint">
                <legend class="field__label">"生年月日"</legend>
                <p class="field__hint" id="birth-hint">"西暦で入力してください（例: 1960年4月1日）"</p>
                {birth_error.clone().map(|m| view! { <p class="field__error" id="birth-error"><span class="visually-hidden">"エラー: "</span>{m}</p> })}
                <div class="date-inputs">
                    <span class="date-inputs__item">
                        <input id="birth_year" name="birth_year" class="input input--4" inputmode="numeric" autocomplete="bday-year" value=input.birth_year aria-invalid=birth_error.is_some().then_some("true")/>
                        <label for="birth_year">"年"</label>
                    </span>
                    <span class="date-inputs__item">
                        <input id="birth_month" name="birth_month" class="input input--2" inputmode="numeric" autocomplete="bday-month" value=input.birth_month aria-invalid=birth_error.is_some().then_some("true")/>
                        <label for="birth_month">"月"</label>
                    </span>
                    <span class="date-inputs__item">
                        <input id="birth_day" name="birth_day" class="input input--2" inputmode="numeric" autocomplete="bday-day" value=input.birth_day aria-invalid=birth_error.is_some().then_some("true")/>
                        <label for="birth_day">"日"</label>
                    </span>
                </div>
            </fieldset>
                }.into_any()
            }}
            <TextField id="phone" label="電話番号" value=input.phone error=phone_error input_type="tel" autocomplete="tel" inputmode="tel" hint="日中に連絡のつく番号（例: 0766-51-6666）"/>
            {(!known).then(|| view! {
            <TextField id="email" label="メールアドレス" value=input.email error=email_error autocomplete="email" inputmode="email" hint=EMAIL_EXAMPLE/>
            <TextField id="email_confirm" label="メールアドレス確認" value=input.email_confirm error=confirm_error autocomplete="email" inputmode="email" hint="確認のため、もう一度入力してください"/>
            })}
            <p class="field__hint">
                "予約完了のメールが届くよう、迷惑メール対策をされている方は受信設定をご確認ください。"
                <a href="/mail-help">{MAIL_HELP_LINK}</a>
            </p>
            <div class="actions">
                <SubmitButton label="確認" pending=save.pending()/>
            </div>
        </ActionForm>
    }
}

/// A logged-in resident's registered details, shown rather than asked;
/// sent along as hidden fields (the server takes them from the record).
#[component]
fn KnownIdentity(input: DetailsInput) -> impl IntoView {
    let birth = format!("{}年{}月{}日", input.birth_year, input.birth_month, input.birth_day);
    view! {
        <div class="notice" data-testid="known-resident">
            <p>"ログイン中のため、登録されている内容で予約します。新しい利用者キーは発行されません。"</p>
            <p>"電話番号は変更できます。メールアドレスの変更は「予約の確認・変更・キャンセル」の画面から行えます。"</p>
        </div>
        <dl class="facts">
            <dt>"氏名"</dt><dd>{input.name.clone()}</dd>
            <dt>"ふりがな"</dt><dd>{input.kana.clone()}</dd>
            <dt>"生年月日"</dt><dd>{birth}</dd>
            <dt>"メールアドレス"</dt><dd>{input.email.clone()}</dd>
        </dl>
        <input type="hidden" name="name" value=input.name/>
        <input type="hidden" name="kana" value=input.kana/>
        <input type="hidden" name="birth_year" value=input.birth_year/>
        <input type="hidden" name="birth_month" value=input.birth_month/>
        <input type="hidden" name="birth_day" value=input.birth_day/>
        <input type="hidden" name="email" value=input.email.clone()/>
        <input type="hidden" name="email_confirm" value=input.email/>
    }
}

/// Step 4: check your answers, then 送信.
#[component]
pub fn ConfirmPage() -> impl IntoView {
    let draft_id = param("draft_id");
    let submit = ServerAction::<SubmitReservation>::new();
    let view_data = Resource::new(move || draft_id.get(), get_confirm_view);
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match view_data.await {
                    Ok(v) => view! { <Confirm submit v/> }.into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Confirm(submit: ServerAction<SubmitReservation>, v: ConfirmView) -> impl IntoView {
    let back = format!("/reserve/drafts/{}", v.draft_id);
    let service_slots = format!("/reserve/services/{}", v.slot.service_id);
    let trail = details_trail(v.slot.service_id);
    let Some(a) = v.answers else {
        return view! {
            <Title text="入力内容の確認"/>
            <Breadcrumbs trail current="入力内容の確認"/>
            <div class="notice notice--error" role="alert">
                <p>"入力内容に誤りがあります。入力画面に戻って修正してください。"</p>
                <p><a href=back>"入力画面へ戻る"</a></p>
            </div>
        }
        .into_any();
    };
    view! {
        <Title text="入力内容の確認"/>
        <Breadcrumbs trail current="入力内容の確認"/>
        <h1>"入力内容の確認"</h1>
        {move || submit.value().get().and_then(|r| r.err()).map(|error| {
            let choose_again = error.choose_another_slot();
            let service_slots = service_slots.clone();
            view! {
                <div class="notice notice--error" role="alert" tabindex="-1">
                    <p>{error.message()}</p>
                    {choose_again.then(|| view! { <p><a href=service_slots>"別の日時を選ぶ"</a></p> })}
                </div>
            }
        })}
        <p>"以下の内容で予約します。よろしければ送信ボタンを押してください。"</p>
        {v.known_resident.then(|| view! {
            <p class="notice" data-testid="known-resident">"ログイン中の利用者キーで予約します（新しい利用者キーは発行されません）。"</p>
        })}
        <SlotFacts info=v.slot.clone()/>
        <dl class="facts">
            <dt>"氏名"</dt><dd>{a.name}</dd>
            <dt>"ふりがな"</dt><dd>{a.kana}</dd>
            <dt>"生年月日"</dt><dd>{a.birth_date}</dd>
            <dt>"電話番号"</dt><dd>{a.phone}</dd>
            <dt>"メールアドレス"</dt><dd>{a.email}</dd>
        </dl>
        <p class="field__hint">"変更・キャンセルの締切: "{v.slot.deadline.clone()}</p>
        <div class="actions actions--split">
            <ActionForm action=submit>
                <input type="hidden" name="draft_id" value=v.draft_id.clone()/>
                <SubmitButton label="送信" pending=submit.pending()/>
            </ActionForm>
            <form method="get" action=back>
                <button type="submit" class="button button--secondary">"戻る"</button>
            </form>
        </div>
    }
    .into_any()
}

/// Step 5: the reservation number and the user key.
#[component]
pub fn CompletePage() -> impl IntoView {
    let draft_id = param("draft_id");
    let done = Resource::new(move || draft_id.get(), get_completed);
    view! {
        <Suspense fallback=loading>
            {move || Suspend::new(async move {
                match done.await {
                    Ok(c) => view! {
                        <Title text="予約完了"/>
                        <Breadcrumbs trail=vec![(RESERVE, "/reserve".to_string())] current="予約完了"/>
                        <h1>"予約完了"</h1>
                        <div class="panel panel--success" role="status">
                            <p>"予約を受け付けました。"</p>
                            <dl class="facts facts--large">
                                <dt>"予約番号"</dt><dd data-testid="reservation-number">{c.reservation_number}</dd>
                                {c.user_key.clone().map(|key| view! {
                                    <dt>"利用者キー"</dt><dd class="user-key" data-testid="user-key">{key}</dd>
                                })}
                            </dl>
                        </div>
                        {if c.user_key.is_some() {
                            view! {
                                <p>
                                    "利用者キーは、予約の確認・変更・キャンセルのときに必要です。"
                                    "メモするか、この画面を保存するなどして、大切に保管してください。"
                                    "この画面の利用者キーは、予約した後30分間だけ表示されます。"
                                </p>
                            }.into_any()
                        } else {
                            view! {
                                <p data-testid="key-hidden">
                                    "利用者キーとメールアドレスは、予約した後30分間だけ、予約したブラウザーに表示されます。"
                                    "利用者キーは予約完了のメールでお知らせしています。"
                                </p>
                            }.into_any()
                        }}
                        <SlotFacts info=c.slot.clone()/>
                        <p>"変更・キャンセルの締切: "{c.slot.deadline.clone()}</p>
                        <p class="actions">
                            <a class="button button--secondary" href=c.ticket_path.clone() data-testid="ticket-link">"予約票を表示する（印刷・カレンダー登録）"</a>
                        </p>
                        {match c.email {
                            Some(email) => view! { <p>"予約完了のメールを "<strong>{email}</strong>" に送信しました。メールをご確認ください。"</p> }.into_any(),
                            None => view! { <p>"予約完了のメールを送信しました。メールをご確認ください。"</p> }.into_any(),
                        }}
                        <p><a href="/mail-help">{MAIL_HELP_LINK}</a></p>
                        <p><a href="/">"トップページへ戻る"</a></p>
                    }.into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
