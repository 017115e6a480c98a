//! 家族 (issue 15, item 3), on SQLite and PostgreSQL. Through the core: a
//! resident acts for every member of the household (the records at the
//! same address) and adds new members at that address only; the limit
//! counts per member, not per household; anyone outside is refused or
//! sees an unknown number. Over HTTP without JavaScript: a parent logs in,
//! adds a child through 「どなたの予約ですか」 (the address typed is not
//! taken), the child gets her own key and a confirmation naming her; the
//! parent sees, marks and cancels her reservation, she sees his; an
//! outsider reaches none of it.
use crate::common;

use app::actor::Actor;
use app::booking::{BookingError, ForWhom};
use app::domain::{DetailsInput, ValidDetails};
use common::world::{day, world};
use common::{Backend, TestApp, Via, resident_login, spawn, testid_text};

/// Someone at `email`, born on `born` (y, m, d).
fn member(name: &str, kana: &str, born: (i32, u32, u32), email: &str) -> ValidDetails {
    DetailsInput {
        name: name.into(),
        kana: kana.into(),
        birth_year: born.0.to_string(),
        birth_month: born.1.to_string(),
        birth_day: born.2.to_string(),
        phone: "0766-51-6666".into(),
        email: email.into(),
        email_confirm: email.into(),
        no_email: false,
    }
    .validate(day(1))
    .expect("valid details")
}

async fn the_core_acts_for_the_household_and_counts_per_member(backend: Backend) {
    let w = world(backend).await;
    let service = w.service(1).await; // one upcoming place per person
    let first = w.slot(service, day(10), 9, 5).await;
    let later = w.slot(service, day(11), 9, 5).await;
    let family = "family@example.jp";
    let parent = w.book(&Actor::Guest, first, ForWhom::New(member("射水 太郎", "いみず たろう", (1960, 4, 1), family))).await.unwrap();
    let child = w.book(&Actor::Guest, first, ForWhom::New(member("射水 花子", "いみず はなこ", (2015, 5, 5), family))).await.unwrap();
    let neighbour = w.guest_books(first, 3).await.unwrap();
    let me = Actor::Resident(parent.resident_id);
    let as_child = ForWhom::Known { resident_id: child.resident_id, phone: None };
    let as_parent = ForWhom::Known { resident_id: parent.resident_id, phone: None };

    // The limit is the member's: hers is used, and so is his.
    assert_eq!(w.book(&me, later, as_child.clone()).await, Err(BookingError::LimitReached(1)));
    // He cancels hers (the household's), and books her again.
    w.cancel(&me, &child.reservation_number).await.unwrap();
    let again = w.book(&me, later, as_child.clone()).await.unwrap();
    assert_eq!(again.resident_id, child.resident_id, "booked on her record, not his");
    // His own place is still his one.
    assert_eq!(w.book(&me, later, as_parent.clone()).await, Err(BookingError::LimitReached(1)));
    // She, logged in with her key, acts for him too.
    w.cancel(&Actor::Resident(child.resident_id), &parent.reservation_number).await.unwrap();

    // A new member: only at the household's own address.
    let son = member("射水 次郎", "いみず じろう", (2012, 1, 2), family);
    let added = w.book(&me, later, ForWhom::New(son)).await.unwrap();
    assert!(added.new_resident);
    let stranger = member("射水 三郎", "いみず さぶろう", (2012, 1, 3), "elsewhere@example.jp");
    assert_eq!(w.book(&me, later, ForWhom::New(stranger)).await, Err(BookingError::NotYours));

    // Outside the household: unknown numbers, refused records, both ways.
    let outsider = Actor::Resident(neighbour.resident_id);
    assert_eq!(w.cancel(&outsider, &again.reservation_number).await, Err(BookingError::NotFound));
    assert_eq!(w.book(&outsider, later, as_child).await, Err(BookingError::NotYours));
    let as_neighbour = ForWhom::Known { resident_id: neighbour.resident_id, phone: None };
    assert_eq!(w.book(&me, later, as_neighbour).await, Err(BookingError::NotYours));
    assert_eq!(w.cancel(&me, &neighbour.reservation_number).await, Err(BookingError::NotFound));
    assert_eq!(w.taken(first).await, 1, "only the neighbour's place is left on the first slot");
}

fn location(r: &reqwest::Response) -> String {
    r.headers()["location"].to_str().unwrap().to_string()
}

async fn reserve_for(app: &TestApp, cookie: &str, slot: i32, member: &str, typed: &[(&str, &str)]) -> reqwest::Response {
    let slot = slot.to_string();
    let r = app.post_as(cookie, "/api/reserve/member", Via::Form, &[("draft_id", ""), ("slot_id", &slot), ("member", member)]).await;
    assert_eq!(r.status(), 302, "choosing the member");
    let draft = location(&r).strip_prefix("/reserve/drafts/").unwrap().to_string();
    let mut form = vec![("draft_id", draft.as_str()), ("slot_id", slot.as_str())];
    form.extend_from_slice(typed);
    let r = app.post_as(cookie, "/api/reserve/details", Via::Form, &form).await;
    assert_eq!(location(&r), format!("/reserve/drafts/{draft}/confirm"), "the details are complete");
    let r = app.post_as(cookie, "/api/reserve/submit", Via::Form, &[("draft_id", &draft)]).await;
    assert_eq!(r.status(), 302);
    app.get_as(cookie, &format!("/reserve/drafts/{draft}/complete")).await
}

async fn a_parent_adds_a_child_and_manages_her_reservation(backend: Backend) {
    let app = spawn(backend).await;
    let family = "family@example.jp";
    let (service, slot) = app.slot_with_capacity(5).await;
    let other = app.another_slot(service, 8, 5).await;
    let (key, his_number) = app.reserve(slot, family).await;
    let parent = resident_login(&app, &key, family, 2).await;

    // The first step asks for whom: himself, or a family member to add.
    let html = app.get_as(&parent, &format!("/reserve/slots/{other}")).await.text().await.unwrap();
    assert!(html.contains("data-testid=\"who-for\""), "{html}");
    assert!(html.contains("射水 太郎 様（ご自身）") && html.contains("ご家族を追加する"), "{html}");

    // A member added: her details typed; the address is the family's, whatever is sent.
    let page = reserve_for(
        &app,
        &parent,
        other,
        "new",
        &[
            ("name", "射水 花子"),
            ("kana", "いみず はなこ"),
            ("birth_year", "2015"),
            ("birth_month", "5"),
            ("birth_day", "5"),
            ("phone", "0766-51-6667"),
            ("email", "thief@example.jp"),
            ("email_confirm", "thief@example.jp"),
        ],
    )
    .await;
    let html = page.text().await.unwrap();
    let her_number = testid_text(&html, "reservation-number");
    assert_eq!(app.count(&format!("residents WHERE email = '{family}'")).await, 2);
    assert_eq!(app.count("residents WHERE email = 'thief@example.jp'").await, 0);
    assert_eq!(app.count("email_outbox WHERE to_address = 'thief@example.jp'").await, 0);
    // Her confirmation goes to the family's address, names her, and carries
    // her own key. (The family's mails: his confirmation, his password,
    // his login notice, hers.)
    let mail = app.mails_to(family, 4).await.remove(3);
    assert!(mail.contains("射水 花子 様") && mail.contains(&her_number), "{mail}");
    assert!(!mail.contains(&key), "her key is her own: {mail}");

    // My reservations: hers too, marked as hers; the family named.
    let html = app.get_as(&parent, "/my").await.text().await.unwrap();
    assert!(html.contains(&her_number) && html.contains(&his_number), "{html}");
    assert!(testid_text(&html, "reservation-whose").contains("射水 花子"), "{html}");
    assert!(testid_text(&html, "household").contains("射水 花子"), "{html}");
    // Now she is one of the choices.
    let html = app.get_as(&parent, &format!("/reserve/slots/{other}")).await.text().await.unwrap();
    assert!(html.contains("射水 花子 様"), "{html}");

    // He cancels hers; the email to the family's address names her.
    let r = app.post_as(&parent, "/api/my/cancel", Via::Form, &[("number", &her_number)]).await;
    assert_eq!(location(&r), format!("/my/reservations/{her_number}/cancelled"));
    let mail = app.mails_to(family, 5).await.remove(4);
    assert!(mail.contains("キャンセルしました") && mail.contains("射水 花子 様"), "{mail}");

    // Logged in with her own key (from her email), she sees his.
    let her_key = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        app::db::residents::Entity::find()
            .filter(app::db::residents::Column::Name.eq("射水 花子"))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .user_key
    };
    let her = resident_login(&app, &her_key, family, 6).await;
    let html = app.get_as(&her, "/my").await.text().await.unwrap();
    assert!(html.contains(&his_number) && testid_text(&html, "reservation-whose").contains("射水 太郎"), "{html}");

    // An outsider reaches none of it.
    let (their_key, _) = app.reserve(slot, "outsider@example.jp").await;
    let outsider = resident_login(&app, &their_key, "outsider@example.jp", 2).await;
    assert_eq!(app.get_as(&outsider, &format!("/my/reservations/{his_number}/cancel")).await.status(), 404);
    assert_eq!(app.post_as(&outsider, "/api/my/cancel", Via::Fetch, &[("number", &his_number)]).await.status(), 404);
    let parent_id = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        app::db::residents::Entity::find()
            .filter(app::db::residents::Column::Name.eq("射水 太郎"))
            .filter(app::db::residents::Column::Email.eq(family))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
    };
    let r = app
        .post_as(&outsider, "/api/reserve/member", Via::Fetch, &[("draft_id", ""), ("slot_id", &other.to_string()), ("member", &parent_id.to_string())])
        .await;
    assert_eq!(r.status(), 404, "another household's member cannot be chosen");
    let r = app.post_as(&outsider, "/api/reserve/member", Via::Fetch, &[("draft_id", ""), ("slot_id", &other.to_string()), ("member", "99999")]).await;
    assert_eq!(r.status(), 404);
    let html = app.get_as(&outsider, "/my").await.text().await.unwrap();
    assert!(!html.contains(&his_number) && !html.contains("射水 花子") && !html.contains("data-testid=\"household\""), "{html}");
    app.stop().await;
}

/// Booking without logging in makes a record each time: one person with
/// two keys is one member, offered once, and their reservations are their
/// own (not marked as another's).
async fn one_person_booked_twice_is_one_member(backend: Backend) {
    let app = spawn(backend).await;
    let family = "twice@example.jp";
    let (service, slot) = app.slot_with_capacity(5).await;
    let other = app.another_slot(service, 8, 5).await;
    let (_, first_number) = app.reserve(slot, family).await;
    let (key, second_number) = app.reserve(other, family).await;
    assert_eq!(app.count(&format!("residents WHERE email = '{family}'")).await, 2);
    let me = resident_login(&app, &key, family, 3).await;

    let html = app.get_as(&me, &format!("/reserve/slots/{other}")).await.text().await.unwrap();
    assert_eq!(html.matches("name=\"member\"").count(), 2, "oneself once, and 「ご家族を追加する」: {html}");
    assert!(html.contains("射水 太郎 様（ご自身）"), "{html}");
    let html = app.get_as(&me, "/my").await.text().await.unwrap();
    assert!(html.contains(&first_number) && html.contains(&second_number), "{html}");
    assert!(!html.contains("data-testid=\"reservation-whose\"") && !html.contains("data-testid=\"household\""), "{html}");
    let html = app.get_as(&me, &format!("/my/reservations/{first_number}/cancel")).await.text().await.unwrap();
    assert!(!html.contains("data-testid=\"reservation-whose\""), "{html}");
    app.stop().await;
}

on_both!(
    the_core_acts_for_the_household_and_counts_per_member,
    a_parent_adds_a_child_and_manages_her_reservation,
    one_person_booked_twice_is_one_member
);
