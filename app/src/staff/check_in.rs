//! 受付 (issue 15, item 2): check-in at the venue, on a tablet. Staff scan
//! the QR code of the resident's 予約票 (it holds the 予約番号) with the
//! tablet's camera — or type the 予約番号, which works everywhere, also
//! without JavaScript — and the reservation appears with the name and the
//! slot; 来場 is one tap. A reservation of another day, a cancelled one,
//! one already checked in and an unknown number are said plainly, and
//! 来場 is refused for them on the server too.
//!
//! The camera works where the browser gives a page the camera (HTTPS, or
//! 127.0.0.1): the page reads the QR code itself (`rqrr`, in this page's
//! own wasm chunk), frame by frame, and nothing of the picture leaves the
//! tablet.
use super::*;
#[cfg(feature = "ssr")]
use super::access;
use crate::ui::Breadcrumbs;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// What a number that is not 8 digits gets (page and server function alike).
const UNREADABLE: &str = "予約番号は8桁の数字です。予約票の予約番号をお確かめください。";

/// What the number looked up is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Looked {
    /// Nothing asked yet.
    Nothing,
    /// Not 8 digits.
    Unreadable,
    NotFound { number: String },
    Found(Card),
}

/// The reservation as the 受付 screen shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Card {
    pub number: String,
    pub name: String,
    pub kana: String,
    pub service_name: String,
    pub when: String,
    pub venue: String,
    /// Why 来場 cannot be recorded (another day, cancelled, already
    /// checked in), in words; `None`: one tap records it.
    pub problem: Option<String>,
    /// The day of the visit, for the day's list.
    pub date_iso: String,
}

/// After 来場: who was checked in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Done {
    pub number: String,
    pub name: String,
}

/// Looks `number` up for today's 受付 (personal data: audited).
#[server(endpoint = "staff/check_in")]
pub async fn get_check_in(number: String) -> Result<Looked, AppError> {
    let (state, me) = access::require_staff().await?;
    Ok(db::look_up(&state.db, &access::acting(&me), &number, state.clock.now()).await?)
}

/// Who `number` is, after 来場 was recorded (for the message).
#[server(endpoint = "staff/checked_in")]
pub async fn get_checked_in(number: String) -> Result<Option<Done>, AppError> {
    let (state, me) = access::require_staff().await?;
    Ok(db::checked_in(&state.db, &access::acting(&me), &number).await?)
}

/// 来場: recorded only for today's active reservation not yet checked in.
#[server(endpoint = "staff/check_in_mark")]
pub async fn check_in(number: String) -> Result<(), AppError> {
    use crate::error::fail;
    let (state, me) = access::require_staff().await?;
    let Some(parsed) = crate::domain::ReservationNumber::parse(&number) else {
        return Err(fail(AppError::StaffRefused { message: UNREADABLE.into() }));
    };
    match db::check_in(&state.db, &access::acting(&me), &parsed, state.clock.now()).await? {
        Ok(()) => {
            crate::redirect::to(&format!("/staff/check-in?done={}", parsed.as_str()));
            Ok(())
        }
        Err(message) => Err(fail(AppError::StaffRefused { message })),
    }
}

/// `/staff/check-in`: the camera, the number field and the card.
#[component]
pub fn CheckInPage() -> impl IntoView {
    let query = use_query_map();
    let number = Memo::new(move |_| query.read().get("number").unwrap_or_default());
    let done = Memo::new(move |_| query.read().get("done").unwrap_or_default());
    let mark = ServerAction::<CheckIn>::new();
    let card = Resource::new(move || (number.get(), mark.version().get()), |(number, _)| get_check_in(number));
    let done_card = Resource::new(move || done.get(), |done| async move {
        if done.is_empty() { Ok(None) } else { get_checked_in(done).await }
    });
    // A refusal is about the reservation it was for: another number read or
    // typed puts it away (in the browser; without JavaScript every number
    // is a new page anyway).
    let stale = RwSignal::new(false);
    Effect::new(move |previous: Option<String>| {
        let now = number.get();
        if previous.is_some_and(|p| p != now) {
            stale.set(true);
        }
        now
    });
    Effect::new(move |previous: Option<usize>| {
        let version = mark.version().get();
        if previous.is_some_and(|p| p != version) {
            stale.set(false);
        }
        version
    });
    view! {
        <Title text="受付"/>
        <Breadcrumbs trail=vec![("職員用画面".into(), "/staff".to_string())] current="受付"/>
        <h1>"受付"</h1>
        <p>"予約票のQRコードをカメラで読み取るか、予約番号を入力してください。"</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                done_card.await.ok().flatten().map(|d| view! {
                    <div class="panel panel--success" role="status" data-testid="checked-in">
                        <p>{format!("来場を記録しました：{} 様（予約番号 {}）", d.name, d.number)}</p>
                    </div>
                })
            })}
        </Suspense>
        {move || mark.value().get().and_then(|r| r.err()).filter(|_| !stale.get()).map(|error| view! {
            <div class="notice notice--error" role="alert" data-testid="check-in-refused"><p>{error.message()}</p></div>
        })}
        <Scanner/>
        <form method="get" action="/staff/check-in" class="check-in__form">
            <label for="number" class="field__label">"予約番号"</label>
            <p class="field__hint" id="number-hint">"予約票の8桁の番号"</p>
            <div class="inline-form">
                <input id="number" name="number" class="input check-in__number" inputmode="numeric" autocomplete="off"
                    aria-describedby="number-hint" value=move || number.get()/>
                <button type="submit" class="button button--secondary">"表示"</button>
            </div>
        </form>
        <Suspense fallback=crate::ui::loading>
            {move || Suspend::new(async move {
                match card.await {
                    Ok(Looked::Nothing) => ().into_any(),
                    Ok(Looked::Unreadable) => view! {
                        <div class="notice notice--error" role="alert" data-testid="check-in-problem">
                            <p>{UNREADABLE}</p>
                        </div>
                    }.into_any(),
                    Ok(Looked::NotFound { number }) => view! {
                        <div class="notice notice--error" role="alert" data-testid="check-in-problem">
                            <p>{format!("予約番号 {number} の予約は見つかりません。番号をお確かめください。")}</p>
                        </div>
                    }.into_any(),
                    Ok(Looked::Found(c)) => view! { <CheckInCard c mark/> }.into_any(),
                    Err(error) => view! { <crate::ui::LoadError error href="/staff" label="職員用画面へ"/> }.into_any(),
                }
            })}
        </Suspense>
        <p><a href="/staff/day">"日別の予約一覧"</a></p>
    }
}

#[component]
fn CheckInCard(c: Card, mark: ServerAction<CheckIn>) -> impl IntoView {
    let number = c.number.clone();
    view! {
        <section class="check-in__card" data-testid="check-in-card" aria-labelledby="check-in-name">
            <h2 id="check-in-name" data-testid="check-in-name">{format!("{} 様", c.name)}</h2>
            <dl class="facts">
                <dt>"ふりがな"</dt><dd>{c.kana.clone()}</dd>
                <dt>"予約番号"</dt><dd>{c.number.clone()}</dd>
                <dt>"予約メニュー"</dt><dd>{c.service_name.clone()}</dd>
                <dt>"日時"</dt><dd data-testid="check-in-when">{c.when.clone()}</dd>
                <dt>"会場"</dt><dd>{c.venue.clone()}</dd>
            </dl>
            {match c.problem.clone() {
                Some(problem) => view! {
                    <div class="notice notice--error" role="alert" data-testid="check-in-problem">
                        <p>{problem}</p>
                        <p><a href=format!("/staff/day?date={}", c.date_iso)>"その日の予約一覧を開く"</a></p>
                    </div>
                }.into_any(),
                None => view! {
                    <ActionForm action=mark>
                        <input type="hidden" name="number" value=number/>
                        <button type="submit" class="button button--primary check-in__button" disabled=move || mark.pending().get()>
                            {format!("来場（{} 様）", c.name)}
                        </button>
                    </ActionForm>
                }.into_any(),
            }}
        </section>
    }
}

/// カメラで読み取る: shown only where a camera can be asked for (with
/// JavaScript, on HTTPS or 127.0.0.1). A code read opens its reservation.
#[component]
fn Scanner() -> impl IntoView {
    let available = RwSignal::new(false);
    let running = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let video = NodeRef::<leptos::html::Video>::new();
    #[cfg(feature = "hydrate")]
    let navigate = leptos_router::hooks::use_navigate();
    #[cfg(feature = "hydrate")]
    {
        Effect::new(move |_| available.set(camera::available()));
        on_cleanup(camera::stop);
    }
    let toggle = move |_| {
        #[cfg(feature = "hydrate")]
        {
            if running.get_untracked() {
                camera::stop();
                running.set(false);
                status.set("カメラを止めました。".into());
                return;
            }
            let Some(element) = video.get_untracked() else { return };
            let navigate = navigate.clone();
            running.set(true);
            status.set("カメラを準備しています…".into());
            leptos::task::spawn_local(async move {
                let found = move |number: String| {
                    navigate(&format!("/staff/check-in?number={number}"), Default::default());
                };
                match camera::start(element, found).await {
                    Ok(()) => status.set("予約票のQRコードをカメラに向けてください。".into()),
                    // Stopped (or the page left) while the camera was starting.
                    Err(camera::Failed::Stopped) => {}
                    Err(camera::Failed::Said(why)) => {
                        running.set(false);
                        status.set(format!("{why}予約番号を入力してください。"));
                    }
                }
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&video, &status);
    };
    view! {
        <div class="check-in__camera" hidden=move || !available.get() data-testid="scanner">
            <button type="button" class="button button--secondary" on:click=toggle data-testid="camera-button">
                {move || if running.get() { "カメラを止める" } else { "カメラで読み取る" }}
            </button>
            <video node_ref=video class="check-in__video" hidden=move || !running.get() playsinline=true muted=true
                aria-label="カメラの映像"></video>
            <p role="status" aria-live="polite" data-testid="camera-status">{move || status.get()}</p>
        </div>
    }
}

/// The text of the first QR code found in a greyscale picture (`width`
/// × `height`, one byte a pixel, row by row).
#[cfg(any(feature = "hydrate", test))]
pub fn read_qr(grey: &[u8], width: usize, height: usize) -> Option<String> {
    if width == 0 || height == 0 || grey.len() < width * height {
        return None;
    }
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| grey[y * width + x]);
    prepared.detect_grids().into_iter().find_map(|grid| grid.decode().ok().map(|(_, text)| text))
}

/// The tablet's camera, frame by frame (in the browser only).
#[cfg(feature = "hydrate")]
mod camera {
    use std::cell::{Cell, RefCell};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaStream, MediaStreamConstraints, MediaStreamTrack};

    /// The widest frame read: enough for a 予約票 held up to the camera,
    /// small enough to read several times a second on a tablet.
    const MAX_WIDTH: u32 = 640;
    const EVERY: std::time::Duration = std::time::Duration::from_millis(250);

    struct Running {
        stream: MediaStream,
        interval: leptos::prelude::IntervalHandle,
    }

    thread_local! {
        static RUNNING: RefCell<Option<Running>> = const { RefCell::new(None) };
        /// Counts stops: a start that finds it changed while it waited
        /// for the camera lets the camera go again.
        static STOPS: Cell<u64> = const { Cell::new(0) };
    }

    pub enum Failed {
        /// Stopped before the camera came.
        Stopped,
        /// What to tell the clerk, in Japanese.
        Said(String),
    }

    /// What a camera error means for the clerk.
    fn said(error: JsValue) -> Failed {
        let name = js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
        Failed::Said(
            match name.as_str() {
                "NotAllowedError" | "SecurityError" => "カメラの使用が許可されていません。ブラウザーの設定で、このサイトにカメラを許可してください。",
                "NotFoundError" | "OverconstrainedError" => "カメラが見つかりません。",
                "NotReadableError" | "AbortError" => "カメラをほかのアプリが使っています。ほかのアプリを閉じてから、もう一度押してください。",
                _ => "カメラを使えませんでした。",
            }
            .to_string(),
        )
    }

    fn media_devices() -> Option<web_sys::MediaDevices> {
        let window = web_sys::window()?;
        if !window.is_secure_context() {
            return None;
        }
        window.navigator().media_devices().ok().filter(|d| !JsValue::from(d.clone()).is_undefined())
    }

    /// Only on a secure page (HTTPS, or 127.0.0.1) of a browser with a
    /// camera interface.
    pub fn available() -> bool {
        media_devices().is_some()
    }

    /// Opens the back camera and reads a frame every 250 ms; a 予約番号
    /// read is given to `found` (once, until another is read).
    pub async fn start(video: HtmlVideoElement, found: impl Fn(String) + 'static) -> Result<(), Failed> {
        stop();
        let started_after = STOPS.get();
        let no_camera = || Failed::Said("この画面ではカメラを使えません（HTTPSで開いてください）。".into());
        let window = web_sys::window().ok_or_else(no_camera)?;
        let devices = media_devices().ok_or_else(no_camera)?;
        let constraints = MediaStreamConstraints::new();
        let wanted = js_sys::Object::new();
        js_sys::Reflect::set(&wanted, &"facingMode".into(), &"environment".into()).map_err(said)?;
        constraints.set_video(&wanted);
        let promise = devices.get_user_media_with_constraints(&constraints).map_err(said)?;
        let stream: MediaStream = JsFuture::from(promise).await.map_err(said)?.dyn_into().map_err(said)?;
        if STOPS.get() != started_after {
            stop_tracks(&stream);
            return Err(Failed::Stopped);
        }
        video.set_src_object(Some(&stream));
        if let Ok(playing) = video.play() {
            let _ = JsFuture::from(playing).await;
        }
        if STOPS.get() != started_after {
            stop_tracks(&stream);
            return Err(Failed::Stopped);
        }
        let canvas: HtmlCanvasElement = window
            .document()
            .ok_or_else(no_camera)?
            .create_element("canvas")
            .map_err(said)?
            .dyn_into()
            .map_err(|_| no_camera())?;
        let last = RefCell::new(String::new());
        let interval = leptos::prelude::set_interval_with_handle(
            move || {
                if let Some(text) = frame(&video, &canvas)
                    && let Some(number) = crate::domain::ReservationNumber::parse(&text)
                    && *last.borrow() != number.as_str()
                {
                    *last.borrow_mut() = number.as_str().to_string();
                    found(number.as_str().to_string());
                }
            },
            EVERY,
        )
        .map_err(said)?;
        RUNNING.with(|r| *r.borrow_mut() = Some(Running { stream, interval }));
        Ok(())
    }

    pub fn stop() {
        STOPS.set(STOPS.get() + 1);
        if let Some(running) = RUNNING.with(|r| r.borrow_mut().take()) {
            running.interval.clear();
            stop_tracks(&running.stream);
        }
    }

    fn stop_tracks(stream: &MediaStream) {
        for track in stream.get_tracks().iter() {
            if let Ok(track) = track.dyn_into::<MediaStreamTrack>() {
                track.stop();
            }
        }
    }

    /// One frame of the video, greyscale, read for a QR code.
    fn frame(video: &HtmlVideoElement, canvas: &HtmlCanvasElement) -> Option<String> {
        let (w, h) = (video.video_width(), video.video_height());
        if w == 0 || h == 0 {
            return None;
        }
        let width = w.min(MAX_WIDTH);
        let height = (u64::from(h) * u64::from(width) / u64::from(w)).max(1) as u32;
        canvas.set_width(width);
        canvas.set_height(height);
        let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        context.draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, f64::from(width), f64::from(height)).ok()?;
        let pixels = context.get_image_data(0.0, 0.0, f64::from(width), f64::from(height)).ok()?.data();
        let grey: Vec<u8> =
            pixels.chunks_exact(4).map(|p| ((u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8) as u8).collect();
        super::read_qr(&grey, width as usize, height as usize)
    }
}

#[cfg(feature = "ssr")]
pub mod db {
    use super::*;
    use crate::actor::StaffActor;
    use crate::db::audit_log::Action;
    use crate::db::reservations::{Attendance, Status};
    use crate::actor::Actor;
    use crate::booking::BookingError;
    use crate::booking::find::Found;
    use crate::db::{begin_write, reservations};
    use crate::domain::ReservationNumber;
    use crate::time::{date_long, slot_when, to_jst};
    use chrono::{DateTime, Utc};
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

    /// The reservation as staff see it (the core's own reader); `None`
    /// for an unknown number.
    async fn find(db: &impl ConnectionTrait, who: &StaffActor, number: &ReservationNumber) -> Result<Option<Found>, DbErr> {
        match crate::booking::find::reservation(db, &Actor::Staff(who.clone()), number).await {
            Ok(found) => Ok(Some(found)),
            Err(BookingError::NotFound) => Ok(None),
            Err(other) => Err(DbErr::Custom(format!("reading reservation {}: {other:?}", number.as_str()))),
        }
    }

    /// Why 来場 cannot be recorded today, in words.
    fn problem(found: &Found, now: DateTime<Utc>) -> Option<String> {
        let today = to_jst(now).date();
        if found.reservation.status == Status::Cancelled {
            return Some("この予約はキャンセルされています。来場は記録できません。".into());
        }
        if found.slot.date != today {
            return Some(format!("本日の予約ではありません（{}のご予約です）。", date_long(found.slot.date)));
        }
        if found.reservation.attendance == Some(Attendance::Attended) {
            return Some("来場は記録済みです。".into());
        }
        None
    }

    /// The card for `typed` (empty: nothing asked). Seeing a name is
    /// audited, as the day's list is.
    pub async fn look_up(db: &DatabaseConnection, who: &StaffActor, typed: &str, now: DateTime<Utc>) -> Result<Looked, DbErr> {
        if typed.trim().is_empty() {
            return Ok(Looked::Nothing);
        }
        let Some(number) = ReservationNumber::parse(typed) else { return Ok(Looked::Unreadable) };
        let Some(found) = find(db, who, &number).await? else { return Ok(Looked::NotFound { number: number.as_str().to_string() }) };
        crate::audit::record(db, who, Action::CheckInLookUp, &format!("reservation:{}", number.as_str()), "", now).await?;
        Ok(Looked::Found(Card {
            problem: problem(&found, now),
            number: found.reservation.reservation_number.clone(),
            name: found.resident.name.clone(),
            kana: found.resident.name_kana.clone(),
            service_name: found.service.name.clone(),
            when: slot_when(found.slot.date, found.slot.start_time, found.slot.end_time),
            venue: found.service.venue.clone(),
            date_iso: found.slot.date.format("%Y-%m-%d").to_string(),
        }))
    }

    /// The name of a reservation just checked in (for the message).
    pub async fn checked_in(db: &DatabaseConnection, who: &StaffActor, typed: &str) -> Result<Option<Done>, DbErr> {
        let Some(number) = ReservationNumber::parse(typed) else { return Ok(None) };
        let Some(found) = find(db, who, &number).await? else { return Ok(None) };
        Ok((found.reservation.attendance == Some(Attendance::Attended))
            .then(|| Done { number: found.reservation.reservation_number, name: found.resident.name }))
    }

    /// 来場 for today's active reservation not yet checked in; otherwise
    /// the reason, in words. Audited as 来場の記録.
    pub async fn check_in(db: &DatabaseConnection, who: &StaffActor, number: &ReservationNumber, now: DateTime<Utc>) -> Result<Result<(), String>, DbErr> {
        let txn = begin_write(db).await?;
        let Some(found) = find(&txn, who, number).await? else {
            return Ok(Err(format!("予約番号 {} の予約は見つかりません。番号をお確かめください。", number.as_str())));
        };
        if let Some(problem) = problem(&found, now) {
            return Ok(Err(problem));
        }
        let marked = reservations::Entity::update_many()
            .col_expr(reservations::Column::Attendance, Expr::value(Attendance::Attended))
            .filter(reservations::Column::Id.eq(found.reservation.id))
            .filter(reservations::Column::Status.eq(Status::Active))
            .exec(&txn)
            .await?
            .rows_affected;
        if marked != 1 {
            return Ok(Err("この予約はキャンセルされています。来場は記録できません。".into()));
        }
        crate::audit::record(&txn, who, Action::MarkAttendance, &format!("reservation:{}", number.as_str()), "来場（受付）", now).await?;
        txn.commit().await?;
        Ok(Ok(()))
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::read_qr;

    #[test]
    fn a_ticket_code_reads_back_from_a_greyscale_picture() {
        // The 予約票's own QR code, drawn at 6 pixels a module on a grey
        // background with an offset, as a camera frame would hold it.
        let code = qrcode::QrCode::with_error_correction_level(b"31415926", qrcode::EcLevel::M).unwrap();
        let modules = code.width();
        let colours = code.to_colors();
        let (width, height, scale, (ox, oy)) = (320, 240, 6, (40, 20));
        let mut grey = vec![180u8; width * height];
        for y in 0..(modules + 8) * scale {
            for x in 0..(modules + 8) * scale {
                let (mx, my) = ((x / scale) as isize - 4, (y / scale) as isize - 4);
                let dark = mx >= 0
                    && my >= 0
                    && (mx as usize) < modules
                    && (my as usize) < modules
                    && colours[my as usize * modules + mx as usize] == qrcode::Color::Dark;
                if oy + y < height && ox + x < width {
                    grey[(oy + y) * width + ox + x] = if dark { 10 } else { 245 };
                }
            }
        }
        assert_eq!(read_qr(&grey, width, height).as_deref(), Some("31415926"));
        assert_eq!(read_qr(&vec![200; width * height], width, height), None);
        assert_eq!(read_qr(&[], 0, 0), None);
        assert_eq!(read_qr(&[1, 2, 3], 10, 10), None, "too short for its size");
    }
}
