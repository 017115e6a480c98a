//! 対象者条件 over HTTP, as a browser without JavaScript sends the forms,
//! on SQLite and PostgreSQL: a resident is told before typing their
//! details, someone who skips the step (or changes their date of birth
//! afterwards) is refused at 送信, and staff book outside the rules only
//! with a reason the audit log keeps.
use crate::common;

use app::domain::{AgeAt, Eligibility, Question};
use app::error::AppError;
use common::{Backend, TestApp, Via, admin, spawn};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

const CONTACT: &str = "射水市保健センター（電話 0766-52-7070）";

/// 特定健診's conditions: 40 to 74 at the fiscal year's end, insured by
/// the city; whom to call.
async fn checkup(app: &TestApp, service: i32) {
    let rule = Eligibility {
        min_age: Some(40),
        max_age: Some(74),
        age_at: AgeAt::FiscalYearEnd,
        questions: vec![Question { text: "射水市の国民健康保険に加入している".into(), qualifying_answer: true }],
        contact: CONTACT.into(),
        ..Eligibility::default()
    };
    app::db::services::Entity::update_many()
        .col_expr(app::db::services::Column::Eligibility, Expr::value(rule.to_stored()))
        .filter(app::db::services::Column::Id.eq(service))
        .exec(&app.db)
        .await
        .unwrap();
}

/// Sends 対象者の確認; returns where it leads.
async fn answer(app: &TestApp, slot: i32, birth: (&str, &str, &str), insured: Option<&str>) -> String {
    let slot = slot.to_string();
    let mut form = vec![("draft_id", ""), ("slot_id", slot.as_str()), ("birth_year", birth.0), ("birth_month", birth.1), ("birth_day", birth.2)];
    if let Some(answer) = insured {
        form.push(("answer_0", answer));
    }
    let r = app.post("/api/reserve/conditions", Via::Form, &form).await;
    assert_eq!(r.status(), 302, "{:?}", r.text().await);
    r.headers()["location"].to_str().unwrap().to_string()
}

/// The refusal as the page shows it (the page's data for the browser
/// carries every condition, not only the ones not met).
fn not_eligible_block(html: &str) -> String {
    let start = html.find("data-testid=\"not-eligible\"").expect("the refusal");
    let end = html[start..].find("</div>").expect("its end") + start;
    html[start..end].to_string()
}

async fn page(app: &TestApp, path: &str) -> String {
    let r = app.get(path).await;
    assert_eq!(r.status(), 200, "{path}");
    r.text().await.unwrap()
}

async fn a_resident_is_told_before_typing_their_details(backend: Backend) {
    let app = spawn(backend).await;
    let (service, slot) = app.slot_with_capacity(5).await;
    checkup(&app, service).await;
    // The calendar says whom the service is for.
    let calendar = page(&app, &format!("/reserve/services/{service}")).await;
    assert!(calendar.contains("年度末（3月31日）の時点で40歳から74歳の方"), "{calendar}");
    // The slot asks the conditions first: no name to type yet.
    let first = page(&app, &format!("/reserve/slots/{slot}")).await;
    assert!(first.contains("対象者の確認") && first.contains("射水市の国民健康保険に加入している"), "{first}");
    assert!(!first.contains("id=\"name\""), "no details before the conditions");
    // Nothing answered: the questions again, with what to do.
    let to_fix = answer(&app, slot, ("", "", ""), None).await;
    assert!(to_fix.ends_with("#error-summary-title"), "{to_fix}");
    let html = page(&app, to_fix.trim_end_matches("#error-summary-title")).await;
    assert!(html.contains("生年月日を入力してください。") && html.contains("「はい」か「いいえ」を選んでください。"), "{html}");
    // Too young: which condition, and whom to call.
    let refused = page(&app, &answer(&app, slot, ("2000", "1", "1"), Some("yes")).await).await;
    assert!(refused.contains("この予約メニューは予約できません"), "{refused}");
    assert!(refused.contains("40歳から74歳") && refused.contains(CONTACT), "{refused}");
    let named = not_eligible_block(&refused);
    assert!(named.contains("40歳から74歳") && !named.contains("国民健康保険"), "only the condition not met is named: {named}");
    assert!(!refused.contains("id=\"name\""));
    // Not insured by the city: that condition.
    let refused = page(&app, &answer(&app, slot, ("1960", "4", "1"), Some("no")).await).await;
    assert!(not_eligible_block(&refused).contains("「射水市の国民健康保険に加入している」に「はい」と答える方"), "{refused}");
    // Qualifies: the details form, the date of birth already there.
    let details = page(&app, &answer(&app, slot, ("1960", "4", "1"), Some("yes")).await).await;
    assert!(details.contains("id=\"name\"") && details.contains("value=\"1960\""), "{details}");
    assert!(details.contains("対象者の確認が済みました"), "{details}");
    assert_eq!(app.count("reservations").await, 0);
    app.stop().await;
}

async fn the_core_checks_again_at_submit(backend: Backend) {
    let app = spawn(backend).await;
    let (service, slot) = app.slot_with_capacity(5).await;
    checkup(&app, service).await;
    let details = |draft: String, year: &'static str, email: &'static str| {
        let slot = slot.to_string();
        let app = &app;
        async move {
            let form = [
                ("draft_id", draft.as_str()),
                ("slot_id", slot.as_str()),
                ("name", "射水 太郎"),
                ("kana", "いみず たろう"),
                ("birth_year", year),
                ("birth_month", "4"),
                ("birth_day", "1"),
                ("phone", "0766-51-6666"),
                ("email", email),
                ("email_confirm", email),
            ];
            let r = app.post("/api/reserve/details", Via::Form, &form).await;
            assert_eq!(r.status(), 302);
            r.headers()["location"].to_str().unwrap().to_string()
        }
    };
    // Skipping 対象者の確認 (a form posted straight to the details step):
    // the draft is not ready, and 送信 anyway is refused by the core.
    let location = details(String::new(), "1960", "skipper@example.jp").await;
    assert!(!location.ends_with("/confirm"), "{location}");
    let skipped = location.trim_start_matches("/reserve/drafts/").split('#').next().unwrap().to_string();
    let html = page(&app, &format!("/reserve/drafts/{skipped}")).await;
    assert!(html.contains("対象者の確認") && !html.contains("id=\"name\""), "the questions come first: {html}");
    let r = app.submit(&skipped, Via::Fetch).await;
    assert_eq!(r.status(), 409);
    let error: AppError = serde_json::from_str(&r.text().await.unwrap()).unwrap();
    assert!(error.message().contains("国民健康保険") && error.message().contains(CONTACT), "{}", error.message());
    // Passing the step, then changing the date of birth on the details
    // form: the form says so, and 送信 is refused too.
    let passed = answer(&app, slot, ("1960", "4", "1"), Some("yes")).await;
    let draft = passed.trim_start_matches("/reserve/drafts/").to_string();
    let location = details(draft.clone(), "2001", "changed@example.jp").await;
    assert!(location.ends_with("#error-summary-title"), "{location}");
    let html = page(&app, &format!("/reserve/drafts/{draft}")).await;
    assert!(html.contains("この生年月日の方は対象になりません"), "{html}");
    assert_eq!(app.submit(&draft, Via::Fetch).await.status(), 409);
    // Put right: booked.
    let location = details(draft.clone(), "1960", "changed@example.jp").await;
    assert_eq!(location, format!("/reserve/drafts/{draft}/confirm"));
    assert_eq!(app.submit(&draft, Via::Form).await.status(), 302);
    assert_eq!(app.count("reservations").await, 1);
    assert_eq!(app.count(&format!("slots WHERE id = {slot} AND taken = 1")).await, 1);
    app.stop().await;
}

async fn staff_book_outside_the_rules_only_with_a_reason(backend: Backend) {
    let app = spawn(backend).await;
    let (service, slot) = app.slot_with_capacity(5).await;
    checkup(&app, service).await;
    let cookie = admin(&app).await;
    let slot = slot.to_string();
    let form = |waiver: &'static str, draft: String| {
        vec![
            ("resident_id", "0".to_string()),
            ("draft_id", draft),
            ("slot_id", slot.clone()),
            ("name", "射水 次郎".to_string()),
            ("kana", "いみず じろう".to_string()),
            ("birth_year", "1995".to_string()),
            ("birth_month", "6".to_string()),
            ("birth_day", "1".to_string()),
            ("phone", "0766-00-1234".to_string()),
            ("email", "jiro@example.jp".to_string()),
            ("waiver", waiver.to_string()),
        ]
    };
    let post = |fields: Vec<(&'static str, String)>| {
        let (app, cookie) = (&app, cookie.clone());
        async move {
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_as(&cookie, "/api/staff/counter_book", Via::Form, &pairs).await
        }
    };
    // The form lists the conditions for the clerk.
    let html = app.get_as(&cookie, "/staff/reserve").await.text().await.unwrap();
    assert!(html.contains("対象者条件のある予約メニュー") && html.contains("40歳から74歳"), "{html}");
    // 31 years old: refused, the typed details kept, the way through said.
    let r = post(form("", String::new())).await;
    let location = r.headers()["location"].to_str().unwrap().to_string();
    assert!(location.starts_with("/staff/reserve?resident=0&draft="), "{location}");
    let html = app.get_as(&cookie, &location).await.text().await.unwrap();
    assert!(html.contains("例外として予約するときは、理由を入力してください") && html.contains("いみず じろう"), "{html}");
    assert_eq!(app.count("reservations").await, 0);
    // With a reason: booked, and the reason is in the audit log.
    let draft = location.split("draft=").nth(1).unwrap().split('#').next().unwrap().to_string();
    let r = post(form("医師の指示により受診", draft)).await;
    assert!(r.headers()["location"].to_str().unwrap().ends_with("?done=reserved"));
    assert_eq!(app.count("reservations").await, 1);
    assert_eq!(app.count("audit_log WHERE action = 'waive_eligibility' AND detail LIKE '%医師の指示により受診%'").await, 1);
    let audit = app.get_as(&cookie, "/staff/audit").await.text().await.unwrap();
    assert!(audit.contains("対象者条件の例外の予約"), "{audit}");
    app.stop().await;
}

on_both!(
    a_resident_is_told_before_typing_their_details,
    the_core_checks_again_at_submit,
    staff_book_outside_the_rules_only_with_a_reason,
);
