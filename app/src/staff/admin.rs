//! 管理者 only: staff accounts (add a 職員 or 管理者) and the audit log.
//! A 職員 (clerk) gets 403 from every page and server function here.
use super::*;
#[cfg(feature = "ssr")]
use super::access;
use crate::domain::FieldError;
use crate::ui::{Breadcrumbs, ErrorSummary, SubmitButton, TextField};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: String,
    pub staff: String,
    pub action: String,
    pub target: String,
    pub detail: String,
    pub client: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffRow {
    pub login_id: String,
    pub display_name: String,
    pub role: String,
    pub state: String,
}

/// How many audit entries the page shows (newest first).
pub const AUDIT_PAGE: u64 = 200;

#[server(endpoint = "staff/audit")]
pub async fn get_audit_log() -> Result<Vec<AuditEntry>, AppError> {
    let (state, _) = access::require_admin().await?;
    Ok(db::audit_entries(&state.db, AUDIT_PAGE).await?)
}

#[server(endpoint = "staff/accounts")]
pub async fn get_staff_accounts() -> Result<Vec<StaffRow>, AppError> {
    let (state, _) = access::require_admin().await?;
    Ok(db::staff_list(&state.db).await?)
}

/// 職員を追加: the same rules as `server staff add`.
#[server(endpoint = "staff/add_staff")]
pub async fn add_staff(login_id: String, display_name: String, role: String, password: String) -> Result<(), AppError> {
    use super::account::db::{CreateError, create};
    use crate::db::audit_log::Action;
    use crate::db::staff::Role;
    let (state, me) = access::require_admin().await?;
    let now = state.clock.now();
    let created = match Role::parse(&role) {
        Some(role) => create(&state.db, &login_id, &display_name, &password, role, now).await,
        None => Err(CreateError::Invalid("役割を選んでください。")),
    };
    match created {
        Ok(created) => {
            let target = format!("staff:{}", created.login_id);
            crate::audit::record(&state.db, &access::acting(&me), Action::AddStaff, &target, created.role.label(), now).await?;
            crate::redirect::to("/staff/accounts?added=1");
        }
        Err(CreateError::Db(e)) => return Err(e.into()),
        Err(refused) => {
            // The reason in the URL is one of a few fixed texts, never input.
            let reason = match refused {
                CreateError::Taken(_) => "taken",
                _ => "invalid",
            };
            crate::redirect::to(&format!("/staff/accounts?error={reason}#error-summary-title"));
        }
    }
    Ok(())
}

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let entries = Resource::new(|| (), |_| get_audit_log());
    view! {
        <Title text="監査ログ"/>
        <Breadcrumbs trail=vec![("職員用画面".into(), "/staff".to_string())] current="監査ログ"/>
        <h1>"監査ログ"</h1>
        <p>{format!("職員の操作と、個人情報の閲覧の記録です（新しい順に{AUDIT_PAGE}件）。記録は変更・削除できません。")}</p>
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                match entries.await {
                    Ok(list) => view! {
                        <table class="table">
                            <thead><tr><th scope="col">"日時"</th><th scope="col">"職員"</th><th scope="col">"操作"</th><th scope="col">"対象"</th><th scope="col">"内容"</th><th scope="col">"接続元"</th></tr></thead>
                            <tbody>
                                {list.into_iter().map(|e| view! {
                                    <tr><td>{e.at}</td><td>{e.staff}</td><td>{e.action}</td><td>{e.target}</td><td>{e.detail}</td><td>{e.client}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                    Err(error) => view! { <crate::ui::LoadError error href="/staff" label="職員用画面へ"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn StaffAccountsPage() -> impl IntoView {
    let add = ServerAction::<AddStaff>::new();
    let list = Resource::new(move || add.version().get(), |_| get_staff_accounts());
    let query = use_query_map();
    view! {
        <Title text="職員アカウント"/>
        <Breadcrumbs trail=vec![("職員用画面".into(), "/staff".to_string())] current="職員アカウント"/>
        <h1>"職員アカウント"</h1>
        <Suspense fallback=crate::ui::loading>
            {move || {
                let error = query.read().get("error");
                let added = query.read().get("added").is_some();
                Suspend::new(async move {
                match list.await {
                    Ok(rows) => {
                        let errors: Vec<FieldError> = match error.as_deref() {
                            Some("taken") => vec![FieldError::new("login_id", "このログインIDはすでに使われています。")],
                            Some(_) => vec![FieldError::new("password", "入力内容を確かめてください。ログインIDは半角英数字3〜64文字、パスワードは12文字以上でログインIDを含まないものにしてください。")],
                            None => vec![],
                        };
                        view! {
                            {added.then(|| view! { <div class="panel panel--success" role="status"><p>"職員アカウントを追加しました。"</p></div> })}
                            <table class="table">
                                <thead><tr><th scope="col">"ログインID"</th><th scope="col">"表示名"</th><th scope="col">"役割"</th><th scope="col">"状態"</th></tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|r| view! {
                                        <tr><td>{r.login_id}</td><td>{r.display_name}</td><td>{r.role}</td><td>{r.state}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                            <h2>"職員を追加する"</h2>
                            <ErrorSummary errors=errors.clone()/>
                            <ActionForm action=add>
                                <TextField id="login_id" label="ログインID" value="" autocomplete="off" hint="半角英数字と . _ - の3〜64文字"/>
                                <TextField id="display_name" label="表示名" value="" hint="例: 保健センター 田中"/>
                                <div class="field">
                                    <label for="role" class="field__label">"役割"</label>
                                    <select id="role" name="role" class="input">
                                        <option value="clerk" selected>"職員（日々の業務）"</option>
                                        <option value="admin">"管理者（職員の管理、監査ログ）"</option>
                                    </select>
                                </div>
                                <TextField id="password" label="初期パスワード" value="" input_type="password" autocomplete="new-password" hint="12文字以上。本人に安全な方法で伝えてください"/>
                                <div class="actions"><SubmitButton label="追加する" pending=add.pending()/></div>
                            </ActionForm>
                        }.into_any()
                    }
                    Err(error) => view! { <crate::ui::LoadError error href="/staff" label="職員用画面へ"/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
pub mod db {
    use crate::db::staff;
    use crate::time::to_jst;
    use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QueryOrder};

    /// The newest audit entries, with the staff member's login id.
    pub async fn audit_entries(db: &DatabaseConnection, limit: u64) -> Result<Vec<super::AuditEntry>, DbErr> {
        use sea_orm::QuerySelect;
        let rows = crate::db::audit_log::Entity::find().order_by_desc(crate::db::audit_log::Column::Id).limit(limit).all(db).await?;
        let names: std::collections::HashMap<i32, String> =
            staff::Entity::find().all(db).await?.into_iter().map(|s| (s.id, s.login_id)).collect();
        Ok(rows
            .into_iter()
            .map(|r| super::AuditEntry {
                at: crate::time::date_time_long(to_jst(r.created_at)),
                staff: names.get(&r.staff_id).cloned().unwrap_or_else(|| match r.staff_id {
                    // Not a clerk: the resident's own request, or a job.
                    crate::own_data::ssr::NO_STAFF => "（本人・自動処理）".to_string(),
                    id => format!("#{id}"),
                }),
                action: r.action.label().to_string(),
                target: r.target,
                detail: r.detail,
                client: r.client_addr.unwrap_or_default(),
            })
            .collect())
    }

    pub async fn staff_list(db: &DatabaseConnection) -> Result<Vec<super::StaffRow>, DbErr> {
        Ok(staff::Entity::find()
            .order_by_asc(staff::Column::LoginId)
            .all(db)
            .await?
            .into_iter()
            .map(|s| super::StaffRow {
                login_id: s.login_id,
                display_name: s.display_name,
                role: s.role.label().to_string(),
                state: if s.disabled { "停止".into() } else if s.locked_until.is_some() { "ロック中の可能性あり".into() } else { "有効".into() },
            })
            .collect())
    }
}
