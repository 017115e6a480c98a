//! 「メールが届かない場合」: the one page every promise of an email links to.
use crate::error::AppError;
use crate::ui::Breadcrumbs;
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MailHelp {
    pub from_address: String,
    pub from_domain: String,
    pub contact_name: String,
    pub contact_phone: String,
    pub contact_hours: String,
}

#[server(endpoint = "mail_help")]
pub async fn get_mail_help() -> Result<MailHelp, AppError> {
    let state = crate::state::app_state()?;
    let site = &state.site;
    Ok(MailHelp {
        from_address: site.mail_from_address.clone(),
        from_domain: site.mail_from_domain().to_string(),
        contact_name: site.contact_name.clone(),
        contact_phone: site.contact_phone.clone(),
        contact_hours: site.contact_hours.clone(),
    })
}

#[component]
pub fn MailHelpPage() -> impl IntoView {
    let help = Resource::new(|| (), |_| get_mail_help());
    view! {
        <Title text=crate::texts::MAIL_HELP_LINK/>
        <Breadcrumbs current=crate::texts::MAIL_HELP_LINK/>
        <h1>{crate::texts::MAIL_HELP_LINK}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match help.await { Ok(h) => view! {
                    <p>"予約完了・利用者キー通知・ワンタイムパスワードのメールは、次のアドレスから送信しています。"</p>
                    <dl class="facts facts--large">
                        <dt>"送信元アドレス"</dt><dd>{h.from_address.clone()}</dd>
                        <dt>"ドメイン"</dt><dd>{h.from_domain.clone()}</dd>
                    </dl>
                    <p>"メールは通常、数分以内に届きます。10分以上たっても届かない場合は、次をご確認ください。"</p>
                    <ol class="steps">
                        <li>"迷惑メールフォルダ（ゴミ箱）に入っていないか確認してください。"</li>
                        <li>
                            "携帯電話会社の迷惑メール設定（ドメイン指定受信・なりすまし拒否など）をお使いの場合は、ドメイン「"
                            <strong>{h.from_domain.clone()}</strong>
                            "」からのメールを受信できるように設定してください。設定方法は、ドコモ・au・ソフトバンク・楽天モバイルなど各社の案内をご覧ください。"
                        </li>
                        <li>"パソコンからのメールを拒否する設定になっていないか確認してください。"</li>
                        <li>"入力したメールアドレスに誤りがないか確認してください。"</li>
                    </ol>
                    <p>"設定を変えたあとは、もう一度お手続きください（利用者キーは「利用者キー再発行」で再送できます）。"</p>
                    <h2>"お問い合わせ"</h2>
                    <p>{h.contact_name.clone()}<br/>"電話: "<a href=format!("tel:{}", h.contact_phone.replace('-', ""))>{h.contact_phone.clone()}</a><br/>"受付時間: "{h.contact_hours.clone()}</p>
                }.into_any(), Err(e) => view! { <p role="alert">{e.message()}</p> }.into_any() }
            })}
        </Suspense>
    }
}
