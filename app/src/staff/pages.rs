use super::*;
use crate::ui::{SubmitButton, TextField};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// 職員ログイン: login id and password; one message for every failure.
#[component]
pub fn StaffLoginPage() -> impl IntoView {
    let login = ServerAction::<StaffLogIn>::new();
    let query = use_query_map();
    // Read reactively: a failed hydrated login navigates to this same page
    // with `?failed=1`, which keeps the component and changes the query.
    let failed = move || query.read().get("failed").is_some();
    let logged_out = move || query.read().get("logged_out").is_some();
    view! {
        <Title text="職員ログイン"/>
        <h1>"職員ログイン"</h1>
        <p>"市の職員用の画面です。利用者（市民）の方は"<a href="/login">"こちらのログイン画面"</a>"をご利用ください。"</p>
        {move || logged_out().then(|| view! { <div class="panel panel--success" role="status"><p>"ログアウトしました。"</p></div> })}
        {move || failed().then(|| view! {
            <div class="notice notice--error" role="alert" data-testid="staff-login-failed">
                <p>"ログインできませんでした。ログインIDとパスワードをお確かめください。続けて間違えると、しばらくログインできなくなります。"</p>
            </div>
        })}
        <ActionForm action=login>
            <TextField id="login_id" label="ログインID" value="" autocomplete="username"/>
            <TextField id="password" label="パスワード" value="" input_type="password" autocomplete="current-password"/>
            <div class="actions">
                <SubmitButton label="ログイン" pending=login.pending()/>
            </div>
        </ActionForm>
    }
}

/// 職員用トップ: who is logged in, and today's slots.
#[component]
pub fn StaffHomePage() -> impl IntoView {
    let home = Resource::new(|| (), |_| get_staff_home());
    let logout = ServerAction::<StaffLogOut>::new();
    view! {
        <Title text="職員用画面"/>
        <h1>"職員用画面"</h1>
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(h) => view! {
                        <p data-testid="staff-who">{format!("{}（{}）", h.display_name, h.role_label)}</p>
                        <ActionForm action=logout>
                            <button type="submit" class="button button--secondary">"ログアウト"</button>
                        </ActionForm>
                        <nav aria-label="職員メニュー">
                            <ul>
                                <li><a href="/staff/day">"日別の予約一覧（予約者・来場・枠の中止）"</a></li>
                                <li><a href="/staff/services">"予約メニューの管理（予約枠の作成・定員・受付停止）"</a></li>
                                <li><a href="/staff/residents">"利用者の検索（ログイン停止の解除・利用者キーの再送）"</a></li>
                                {h.is_admin.then(|| view! {
                                    <li><a href="/staff/accounts">"職員アカウント（管理者）"</a></li>
                                    <li><a href="/staff/audit">"監査ログ（管理者）"</a></li>
                                })}
                            </ul>
                        </nav>
                        <form method="get" action="/staff/export.csv" class="inline-form">
                            <h2>"予約のCSV出力（Excel用）"</h2>
                            <label for="from">"開始日"</label>
                            <input id="from" name="from" type="date" class="input input--date" required/>
                            <label for="to">"終了日"</label>
                            <input id="to" name="to" type="date" class="input input--date" required/>
                            <button type="submit" class="button button--secondary">"CSVをダウンロード"</button>
                        </form>
                        <h2>{format!("本日（{}）の予約状況", h.today)}</h2>
                        {if h.slots.is_empty() {
                            view! { <p>"本日の予約枠はありません。"</p> }.into_any()
                        } else {
                            view! {
                                <table class="table">
                                    <thead><tr><th scope="col">"予約メニュー"</th><th scope="col">"時間"</th><th scope="col">"予約数／定員"</th><th scope="col">"受付"</th></tr></thead>
                                    <tbody>
                                        {h.slots.into_iter().map(|s| view! {
                                            <tr>
                                                <td>{s.service_name}</td>
                                                <td>{s.time}</td>
                                                <td>{format!("{}／{}", s.taken, s.capacity)}</td>
                                                <td>{if s.is_open { "受付中" } else { "停止" }}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            }.into_any()
                        }}
                    }.into_any(),
                    Err(error) => view! { <crate::ui::LoadError error href="/staff/login" label="職員ログインへ"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
