//! 利用者の検索 and 利用者の詳細: find a resident by 予約番号, 利用者キー,
//! 電話番号, ふりがな or 氏名 (at the counter, on the phone); see their
//! details and reservations; lift a login lock; re-send their key notice.
//! Every search and every detail view is written to the audit log.
use super::*;
#[cfg(feature = "ssr")]
use super::access;
use crate::ui::Breadcrumbs;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Most residents one search lists.
pub const MAX_HITS: u64 = 50;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResidentHit {
    pub id: i32,
    pub name: String,
    pub kana: String,
    pub phone: String,
    pub email: String,
    pub user_key: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResidentReservation {
    pub number: String,
    pub service_name: String,
    pub when: String,
    pub status: String,
    /// Active and not yet past: staff may cancel it for the resident.
    pub cancellable: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResidentDetail {
    pub resident: ResidentHit,
    pub birth_date: String,
    /// `Some(until)` while logins are locked.
    pub locked_until: Option<String>,
    pub failed_logins: i32,
    pub reservations: Vec<ResidentReservation>,
    /// The personal data was erased (`crate::own_data`): nothing to show.
    #[serde(default)]
    pub erased: bool,
}

#[server(endpoint = "staff/search")]
pub async fn search_residents(q: String) -> Result<Vec<ResidentHit>, AppError> {
    let (state, me) = access::require_staff().await?;
    if q.trim().is_empty() {
        return Ok(vec![]);
    }
    Ok(db::search(&state.db, &access::acting(&me), &crate::drafts::clip(&q), state.clock.now()).await?)
}

#[server(endpoint = "staff/resident")]
pub async fn get_resident_detail(id: i32) -> Result<ResidentDetail, AppError> {
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    db::detail(&state.db, &access::acting(&me), id, state.clock.now()).await?.ok_or_else(|| fail(AppError::NotFound))
}

/// ログイン停止の解除: after checking who is on the phone or at the counter.
#[server(endpoint = "staff/unlock")]
pub async fn unlock_resident(id: i32) -> Result<(), AppError> {
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    if !db::unlock(&state.db, &access::acting(&me), id, state.clock.now()).await? {
        return Err(fail(AppError::NotFound));
    }
    crate::redirect::to(&format!("/staff/residents/{id}?done=unlocked"));
    Ok(())
}

/// 利用者キー通知の再送: to the registered address, listing every key there.
#[server(endpoint = "staff/resend_key")]
pub async fn resend_key_notice(id: i32) -> Result<(), AppError> {
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    if !db::resend_key_notice(&state.db, &state.site, &access::acting(&me), id, state.clock.now()).await? {
        return Err(fail(AppError::NotFound));
    }
    state.outbox_signal.notify_one();
    crate::redirect::to(&format!("/staff/residents/{id}?done=sent"));
    Ok(())
}

/// 利用者情報の削除 at the resident's request (at the counter, on the
/// phone, by post: a resident without email cannot do it online), once the
/// clerk has checked who is asking. The same erasure as the resident's own
/// (`crate::own_data`), audited under the clerk's name.
#[server(endpoint = "staff/erase_resident")]
pub async fn erase_resident(id: i32, confirmed: Option<String>) -> Result<(), AppError> {
    use crate::error::fail;
    use crate::own_data::ssr::{ErasedBy, Refused, erase};
    use sea_orm::EntityTrait;
    let (state, me) = access::require_staff().await?;
    if confirmed.as_deref() != Some("yes") {
        return Err(fail(AppError::StaffRefused {
            message: "ご本人からの申し出であることを確認し、「確認しました」にチェックを入れてから削除してください。".into(),
        }));
    }
    if crate::db::residents::Entity::find_by_id(id).one(&state.db).await?.is_none() {
        return Err(fail(AppError::NotFound));
    }
    match erase(&state.db, id, &ErasedBy::Staff(access::acting(&me)), state.mail_folder.as_deref(), state.clock.now()).await? {
        Ok(()) => {
            crate::redirect::to(&format!("/staff/residents/{id}?done=erased"));
            Ok(())
        }
        Err(Refused::Upcoming(numbers)) => Err(fail(AppError::StaffRefused {
            message: format!("今後の予約（予約番号 {}）があるため削除できません。先にキャンセル（代理）してください。", numbers.join("、")),
        })),
        Err(Refused::Waiting) => Err(fail(AppError::StaffRefused {
            message: "キャンセル待ちか、抽選待ちの申し込みがあるため削除できません。先に取り消してください。".into(),
        })),
        Err(Refused::Active) => Err(fail(AppError::StaffRefused {
            message: "保存期間内の利用があるため、自動削除の対象ではありません。ご本人の申し出による削除は、もう一度お試しください。".into(),
        })),
    }
}

/// キャンセル（代理）: at the counter or on the phone, after checking who is
/// asking. No deadline applies; the resident is mailed as if they had done
/// it themselves, and the audit log says who did.
#[server(endpoint = "staff/cancel_for_resident")]
pub async fn cancel_for_resident(id: i32, number: String) -> Result<(), AppError> {
    use crate::actor::Actor;
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    let number = crate::domain::ReservationNumber::parse(&number).ok_or_else(|| fail(AppError::NotFound))?;
    let actor = Actor::Staff(access::acting(&me));
    let txn = crate::db::begin_write(&state.db).await?;
    // The reservation of the resident on the page, and no other.
    let found = crate::booking::find::reservation(&txn, &actor, &number).await.map_err(fail)?;
    if found.reservation.resident_id != id {
        return Err(fail(AppError::NotFound));
    }
    crate::booking::cancel(&txn, &state.site, &actor, &state.clock, &number).await.map_err(fail)?;
    txn.commit().await?;
    state.outbox_signal.notify_one();
    crate::redirect::to(&format!("/staff/residents/{id}?done=cancelled"));
    Ok(())
}

#[component]
pub fn ResidentSearchPage() -> impl IntoView {
    let query = use_query_map();
    let q = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let hits = Resource::new(move || q.get(), search_residents);
    view! {
        <Title text="利用者の検索"/>
        <Breadcrumbs trail=vec![("職員用画面".into(), "/staff".to_string())] current="利用者の検索"/>
        <h1>"利用者の検索"</h1>
        <p><a href="/staff/reserve">"初めての方の代理予約（利用者キーを発行）"</a></p>
        <form method="get" action="/staff/residents" class="inline-form" role="search">
            <label for="q">"予約番号・利用者キー・電話番号・ふりがな・氏名"</label>
            <input id="q" name="q" class="input" value=move || q.get()/>
            <button type="submit" class="button button--secondary">"検索"</button>
        </form>
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                match hits.await {
                    Ok(list) if list.is_empty() && !q.get_untracked().trim().is_empty() => view! { <p>"見つかりませんでした。"</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="card-list">
                            {list.into_iter().map(|h| view! {
                                <li class="card" data-testid=format!("hit-{}", h.id)>
                                    <p class="card__title"><a href=format!("/staff/residents/{}", h.id)>{format!("{}（{}）", h.name, h.kana)}</a></p>
                                    <p class="card__meta">{format!("電話 {}　利用者キー {}", h.phone, h.user_key)}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => view! { <crate::ui::LoadError error href="/staff" label="職員用画面へ"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ResidentDetailPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| params.read().get("id").and_then(|v| v.parse::<i32>().ok()).unwrap_or(0));
    let unlock = ServerAction::<UnlockResident>::new();
    let resend = ServerAction::<ResendKeyNotice>::new();
    let cancel = ServerAction::<CancelForResident>::new();
    let erase = ServerAction::<EraseResident>::new();
    let detail = Resource::new(
        move || (id.get(), unlock.version().get(), resend.version().get(), cancel.version().get(), erase.version().get()),
        |(id, ..)| get_resident_detail(id),
    );
    view! {
        <Title text="利用者の詳細"/>
        <Breadcrumbs trail=vec![("職員用画面".into(), "/staff".to_string()), ("利用者の検索".into(), "/staff/residents".to_string())] current="利用者の詳細"/>
        <h1>"利用者の詳細"</h1>
        <Suspense fallback=crate::ui::loading>
            {move || {
                let done = query.read().get("done");
                Suspend::new(async move {
                match detail.await {
                    Ok(d) => {
                        let id = d.resident.id.to_string();
                        let unlock_id = id.clone();
                        view! {
                            {done.map(|done| view! {
                                <div class="panel panel--success" role="status" data-testid="resident-done">
                                    <p>{match done.as_str() {
                                        "unlocked" => "ログインの停止を解除しました。",
                                        "erased" => "利用者情報を削除しました。予約の件数などの統計は残ります。",
                                        "cancelled" if d.resident.email.is_empty() => "予約をキャンセルしました（メールアドレスがないため、メールは送りません。ご本人にお伝えください）。",
                                        "cancelled" => "予約をキャンセルしました。ご本人にキャンセルのメールを送ります。",
                                        "reserved" if d.resident.email.is_empty() => "予約しました。メールアドレスがないため、メールは送りません。「予約票を印刷」から、利用者キーと予約の載った予約票を印刷してお渡しください。",
                                        "reserved" => "予約しました。ご本人に予約確認のメールを送ります（予約番号と利用者キーは下の表と上の欄にあります）。",
                                        _ => "利用者キー通知メールを送りました。",
                                    }}</p>
                                </div>
                            })}
                            <dl class="facts">
                                <dt>"氏名"</dt><dd>{d.resident.name.clone()}</dd>
                                <dt>"ふりがな"</dt><dd>{d.resident.kana.clone()}</dd>
                                <dt>"生年月日"</dt><dd>{d.birth_date.clone()}</dd>
                                <dt>"電話番号"</dt><dd>{d.resident.phone.clone()}</dd>
                                <dt>"メールアドレス"</dt><dd data-testid="resident-email">{if d.resident.email.is_empty() {
                                    "なし（メールは送りません。予約票を印刷してお渡しします）".to_string()
                                } else {
                                    d.resident.email.clone()
                                }}</dd>
                                <dt>"利用者キー"</dt><dd class="user-key">{d.resident.user_key.clone()}</dd>
                                <dt>"ログイン"</dt><dd data-testid="login-state">{match &d.locked_until {
                                    Some(until) => format!("停止中（{until}まで）"),
                                    None => format!("利用可（連続失敗 {}回）", d.failed_logins),
                                }}</dd>
                            </dl>
                            <div class="actions actions--split">
                                {d.locked_until.is_some().then(move || view! {
                                    <ActionForm action=unlock>
                                        <input type="hidden" name="id" value=unlock_id/>
                                        <crate::ui::SubmitButton label="ログインの停止を解除" pending=unlock.pending()/>
                                    </ActionForm>
                                })}
                                {(!d.resident.email.is_empty()).then(|| view! {
                                    <ActionForm action=resend>
                                        <input type="hidden" name="id" value=id/>
                                        <crate::ui::SubmitButton label="利用者キー通知を再送" pending=resend.pending() class="button button--secondary"/>
                                    </ActionForm>
                                })}
                                <a class="button button--secondary" href=format!("/staff/residents/{}/print", d.resident.id)>"予約票を印刷（利用者キー付き）"</a>
                            </div>
                            <h2>"予約"</h2>
                            <p><a class="button button--secondary" href=format!("/staff/reserve?resident={}", d.resident.id)>"この方の予約を取る（代理予約）"</a></p>
                            <table class="table">
                                <thead><tr><th scope="col">"予約番号"</th><th scope="col">"予約メニュー"</th><th scope="col">"日時"</th><th scope="col">"状態"</th><th scope="col">"操作"</th></tr></thead>
                                <tbody>
                                    {d.reservations.into_iter().map(|r| {
                                        let (number, rid) = (r.number.clone(), d.resident.id.to_string());
                                        let label = format!("予約番号{}をキャンセル（代理）", r.number);
                                        let testid = format!("reservation-{}", r.number);
                                        view! {
                                            <tr data-testid=testid>
                                                <td>{r.number}</td><td>{r.service_name}</td><td>{r.when}</td><td>{r.status}</td>
                                                <td>{r.cancellable.then(|| view! {
                                                    <ActionForm action=cancel>
                                                        <input type="hidden" name="id" value=rid/>
                                                        <input type="hidden" name="number" value=number/>
                                                        <button type="submit" class="button button--danger" aria-label=label>"キャンセル（代理）"</button>
                                                    </ActionForm>
                                                })}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                            <h2>"利用者情報の削除"</h2>
                            {if d.erased {
                                view! { <p data-testid="resident-erased">"この方の利用者情報は削除済みです。"</p> }.into_any()
                            } else {
                                let erase_id = d.resident.id.to_string();
                                view! {
                                    <p>"ご本人の申し出により、氏名・ふりがな・生年月日・電話番号・メールアドレスと送信したメールを削除します（予約の件数などの統計は残ります）。同じメールアドレス・ふりがな・生年月日の登録（ログインせずに予約するたびに作られるもの）も一緒に削除します。今後の予約・キャンセル待ち・抽選の申し込みがある間は削除できません。元に戻せません。"</p>
                                    {move || erase.value().get().and_then(|r| r.err()).map(|error| view! {
                                        <div class="notice notice--error" role="alert"><p>{error.message()}</p></div>
                                    })}
                                    <ActionForm action=erase>
                                        <input type="hidden" name="id" value=erase_id/>
                                        <label class="checkbox" for="erase-confirmed">
                                            <input type="checkbox" id="erase-confirmed" name="confirmed" value="yes"/>
                                            "ご本人からの申し出であることを確認しました"
                                        </label>
                                        <crate::ui::SubmitButton label="利用者情報を削除" pending=erase.pending() class="button button--danger"/>
                                    </ActionForm>
                                }.into_any()
                            }}
                        }.into_any()
                    }
                    Err(error) => view! { <crate::ui::LoadError error href="/staff/residents" label="利用者の検索へ"/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
pub mod db {
    use crate::actor::StaffActor;
    use crate::db::audit_log::Action;
    use crate::db::{begin_write, reservations, residents};
    use crate::time::to_jst;
    use chrono::{DateTime, Utc};
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

    fn hit(r: &residents::Model) -> super::ResidentHit {
        super::ResidentHit {
            id: r.id,
            name: r.name.clone(),
            kana: r.name_kana.clone(),
            phone: r.phone.clone(),
            email: r.email.clone(),
            user_key: crate::domain::UserKey::parse(&r.user_key).map(|k| k.to_string()).unwrap_or_else(|_| r.user_key.clone()),
        }
    }

    /// By 予約番号, 利用者キー or 電話番号 when the query reads as one; otherwise
    /// by ふりがな or 氏名 containing it.
    pub async fn search(db: &DatabaseConnection, who: &StaffActor, q: &str, now: DateTime<Utc>) -> Result<Vec<super::ResidentHit>, DbErr> {
        use crate::domain::{Kana, PhoneNumber, ReservationNumber, UserKey, normalize};
        use sea_orm::{Condition, QuerySelect};
        let q = normalize(q);
        let by = if let Some(number) = ReservationNumber::parse(&q) {
            let ids: Vec<i32> = reservations::Entity::find()
                .filter(reservations::Column::ReservationNumber.eq(number.as_str()))
                .all(db)
                .await?
                .into_iter()
                .map(|r| r.resident_id)
                .collect();
            Condition::all().add(residents::Column::Id.is_in(ids))
        } else if let Ok(key) = UserKey::parse(&q) {
            Condition::all().add(residents::Column::UserKey.eq(key.as_str()))
        } else if let Ok(phone) = PhoneNumber::parse(&q) {
            Condition::all().add(residents::Column::Phone.eq(phone.as_str()))
        } else {
            let kana = Kana::parse(&q).map(|k| k.as_str().to_string()).unwrap_or_else(|_| q.clone());
            Condition::any().add(residents::Column::NameKana.contains(&kana)).add(residents::Column::Name.contains(&q))
        };
        let found = residents::Entity::find().filter(by).order_by_asc(residents::Column::NameKana).limit(super::MAX_HITS).all(db).await?;
        crate::audit::record(db, who, Action::SearchResidents, &format!("q:{q}"), &format!("{}件", found.len()), now).await?;
        Ok(found.iter().map(hit).collect())
    }

    pub async fn detail(db: &DatabaseConnection, who: &StaffActor, id: i32, now: DateTime<Utc>) -> Result<Option<super::ResidentDetail>, DbErr> {
        let Some(r) = residents::Entity::find_by_id(id).one(db).await? else { return Ok(None) };
        let theirs = reservations::Entity::find().filter(reservations::Column::ResidentId.eq(id)).order_by_desc(reservations::Column::Id).all(db).await?;
        let mut list = Vec::new();
        for reservation in theirs {
            if let Some((slot, service)) = crate::booking::find::slot_with_service(db, reservation.slot_id).await? {
                list.push(super::ResidentReservation {
                    number: reservation.reservation_number,
                    service_name: service.name,
                    when: crate::time::slot_when(slot.date, slot.start_time, slot.end_time),
                    cancellable: reservation.status == reservations::Status::Active && slot.date >= to_jst(now).date(),
                    status: reservation.status.label().into(),
                });
            }
        }
        crate::audit::record(db, who, Action::ViewResident, &format!("resident:{id}"), "", now).await?;
        Ok(Some(super::ResidentDetail {
            birth_date: r.birth_date.format("%Y年%-m月%-d日").to_string(),
            locked_until: r.login_locked_until.filter(|t| *t > now).map(|t| crate::time::date_time_long(to_jst(t))),
            failed_logins: r.failed_logins,
            resident: hit(&r),
            reservations: list,
            erased: r.erased_at.is_some(),
        }))
    }

    pub async fn unlock(db: &DatabaseConnection, who: &StaffActor, id: i32, now: DateTime<Utc>) -> Result<bool, DbErr> {
        let txn = begin_write(db).await?;
        let done = residents::Entity::update_many()
            .col_expr(residents::Column::LoginLockedUntil, Expr::value(Option::<DateTime<Utc>>::None))
            .col_expr(residents::Column::FailedLogins, Expr::value(0))
            .filter(residents::Column::Id.eq(id))
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        if done {
            crate::audit::record(&txn, who, Action::UnlockResident, &format!("resident:{id}"), "", now).await?;
        }
        txn.commit().await?;
        Ok(done)
    }

    /// The 利用者キー通知 to the resident's address, listing every key held
    /// there (as the residents' own 利用者キー再発行 does).
    pub async fn resend_key_notice(db: &DatabaseConnection, site: &crate::site::SiteSettings, who: &StaffActor, id: i32, now: DateTime<Utc>) -> Result<bool, DbErr> {
        use crate::mail::texts::KeyHolder;
        let Some(r) = residents::Entity::find_by_id(id).one(db).await? else { return Ok(false) };
        let Ok(email) = crate::domain::EmailAddress::parse(&r.email) else { return Ok(false) };
        let txn = begin_write(db).await?;
        let holders: Vec<KeyHolder> = residents::Entity::find()
            .filter(residents::Column::Email.eq(email.as_str()))
            .order_by_asc(residents::Column::Id)
            .all(&txn)
            .await?
            .iter()
            .map(|h| KeyHolder { name: h.name.clone(), user_key: hit(h).user_key })
            .collect();
        // In the language the resident last used (their holders share the address).
        crate::mail::enqueue(&txn, &email, crate::mail::texts::key_notice(site, r.language(), &holders), now).await?;
        crate::audit::record(&txn, who, Action::ResendKeyNotice, &format!("resident:{id}"), "", now).await?;
        txn.commit().await?;
        Ok(true)
    }
}
