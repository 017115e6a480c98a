//! The 予約票 on the server: the reservation behind a token, its QR code,
//! its calendar file.
use super::{Ticket, is_well_formed};
use crate::contact::Contact;
use crate::db::{reservations, services, slots};
use crate::error::AppError;
use crate::language::Language;
use crate::site::SiteSettings;
use crate::texts::Text;
use crate::time::{jst, slot_when};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::fmt::Write as _;

/// A reservation as its 予約票 shows it.
#[derive(Clone, Debug)]
pub struct Found {
    pub reservation: reservations::Model,
    pub slot: slots::Model,
    pub service: services::Model,
}

/// The reservation whose 予約票 `token` opens; `None` for a token of
/// another shape (no query made) or of no reservation.
pub async fn find(db: &impl ConnectionTrait, token: &str) -> Result<Option<Found>, DbErr> {
    if !is_well_formed(token) {
        return Ok(None);
    }
    let Some(reservation) =
        reservations::Entity::find().filter(reservations::Column::TicketToken.eq(token)).one(db).await?
    else {
        return Ok(None);
    };
    let Some(slot) = slots::Entity::find_by_id(reservation.slot_id).one(db).await? else { return Ok(None) };
    let Some(service) = services::Entity::find_by_id(slot.service_id).one(db).await? else { return Ok(None) };
    Ok(Some(Found { reservation, slot, service }))
}

pub fn ticket(found: &Found, site: &SiteSettings) -> Result<Ticket, AppError> {
    let Found { reservation, slot, service } = found;
    let number = reservation.reservation_number.clone();
    Ok(Ticket {
        token: reservation.ticket_token.clone(),
        qr_svg: qr_svg(&number, &crate::texts::Text::TicketQrLabel.plain_with(&[("number", &number)])).map_err(AppError::internal)?,
        number,
        service_name: service.name.clone(),
        when: slot_when(slot.date, slot.start_time, slot.end_time),
        venue: service.venue.clone(),
        notes: service.notes.trim().to_string(),
        cancelled: reservation.status == reservations::Status::Cancelled,
        contact: Contact::of(site),
    })
}

/// A QR code of `text` as an inline SVG: one `<path>` of unit squares on
/// a white square with the four-module quiet zone scanners need, scaled by
/// the page's CSS. Error correction M (15%): a printed, folded sheet.
pub fn qr_svg(text: &str, label: &str) -> Result<String, qrcode::types::QrError> {
    const QUIET: usize = 4;
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)?;
    let width = code.width();
    let size = width + 2 * QUIET;
    let mut path = String::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let _ = write!(path, "M{} {}h1v1h-1z", i % width + QUIET, i / width + QUIET);
        }
    }
    Ok(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" role="img" aria-label="{}" class="ticket__qr-code"><rect width="{size}" height="{size}" fill="#fff"/><path d="{path}" fill="#000"/></svg>"##,
        escape_attribute(label)
    ))
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

fn utc(date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    date.and_time(time).and_local_timezone(jst()).single().expect("+09:00 is never ambiguous").with_timezone(&Utc)
}

/// The reservation as an iCalendar file (RFC 5545) for the phone's
/// calendar, its words in `language`: times in UTC (shown in the phone's
/// own zone), the same UID for every download so a second import updates
/// rather than doubles, and CANCELLED once cancelled.
pub fn calendar(found: &Found, site: &SiteSettings, language: Language) -> String {
    use icalendar::{Calendar, Component, Event, EventLike, EventStatus};
    let Found { reservation, slot, service } = found;
    let number = reservation.reservation_number.as_str();
    let url = format!("{}{}", site.base_url, super::path(&reservation.ticket_token));
    let mut lines = vec![Text::TicketCalendarNumber.email(language, &[("number", number)])];
    if !service.notes.trim().is_empty() {
        lines.push(Text::TicketCalendarNotes.email(language, &[("notes", service.notes.trim())]));
    }
    lines.push(Text::TicketCalendarLink.email(language, &[("url", &url)]));
    lines.push(Text::TicketCalendarContact.email(language, &[("contact", &site.contact_line_in(language))]));
    let cancelled = reservation.status == reservations::Status::Cancelled;
    let event = Event::new()
        .uid(&format!("reservation-{number}@{}", site.host()))
        .summary(&Text::TicketCalendarSummary.email(language, &[("service", &service.name), ("number", number)]))
        .starts(utc(slot.date, slot.start_time))
        .ends(utc(slot.date, slot.end_time))
        .location(&service.venue)
        .description(&lines.join("\n"))
        .status(if cancelled { EventStatus::Cancelled } else { EventStatus::Confirmed })
        .done();
    Calendar::new().name(&crate::words::plain(Text::SiteName.pattern(language))).push(event).done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The squares of the SVG's path, back as a picture, read by a QR
    /// decoder (rqrr): what a scanner at the counter reads.
    #[test]
    fn the_qr_code_reads_back_as_the_reservation_number() {
        for number in ["00000000", "12345678", "98765432"] {
            let svg = qr_svg(number, "予約番号").unwrap();
            assert!(svg.starts_with("<svg ") && svg.contains(r#"role="img""#) && !svg.contains("style="), "{svg}");
            let size: usize = svg.split("viewBox=\"0 0 ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
            let path = svg.split(" d=\"").nth(1).unwrap().split('"').next().unwrap();
            let mut dark = vec![false; size * size];
            for square in path.split('M').filter(|s| !s.is_empty()) {
                let mut xy = square.trim_end_matches("h1v1h-1z").split(' ').map(|n| n.parse::<usize>().unwrap());
                let (x, y) = (xy.next().unwrap(), xy.next().unwrap());
                dark[y * size + x] = true;
            }
            const SCALE: usize = 4;
            let mut image = rqrr::PreparedImage::prepare_from_greyscale(size * SCALE, size * SCALE, |x, y| {
                if dark[(y / SCALE) * size + x / SCALE] { 0 } else { 255 }
            });
            let grids = image.detect_grids();
            assert_eq!(grids.len(), 1, "{number}: one code found");
            let (_, content) = grids[0].decode().unwrap();
            assert_eq!(content, number);
        }
    }

    #[test]
    fn the_label_cannot_break_out_of_its_attribute() {
        let svg = qr_svg("1", r#""><script>"#).unwrap();
        assert!(!svg.contains("<script>") && svg.contains("&quot;&gt;&lt;script&gt;"), "{svg}");
    }

    #[test]
    fn the_calendar_file_holds_the_visit_in_utc() {
        let now = Utc::now();
        let found = Found {
            reservation: reservations::Model {
                id: 1,
                reservation_number: "12345678".into(),
                resident_id: 1,
                slot_id: 1,
                status: reservations::Status::Active,
                created_at: now,
                cancelled_at: None,
                attendance: None,
                ticket_token: "0123456789abcdef0123456789abcdef".into(),
                reminder_done_at: None,
            },
            slot: slots::Model {
                id: 1,
                service_id: 1,
                date: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
                start_time: NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
                end_time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
                capacity: 10,
                taken: 1,
                held: 0,
                is_open: true,
                created_at: now,
            },
            service: services::Model {
                name: "特定健診（集団）".into(),
                venue: "射水市保健センター, 2階; 会議室".into(),
                notes: "受診券と保険証をお持ちください。".into(),
                ..services::Model::example()
            },
        };
        let site = SiteSettings::example();
        let ics = calendar(&found, &site, Language::Ja);
        let unfolded = ics.replace("\r\n ", "");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.trim_end().ends_with("END:VCALENDAR"), "{ics}");
        assert!(unfolded.contains("DTSTART:20261201T003000Z\r\n"), "{ics}");
        assert!(unfolded.contains("DTEND:20261201T010000Z\r\n"), "{ics}");
        assert!(unfolded.contains("STATUS:CONFIRMED\r\n"), "{ics}");
        assert!(unfolded.contains("予約番号 12345678"), "{ics}");
        // Commas and semicolons in a text value are escaped (RFC 5545 3.3.11).
        assert!(unfolded.contains(r"LOCATION:射水市保健センター\, 2階\; 会議室"), "{ics}");
        assert!(unfolded.contains("/ticket/0123456789abcdef0123456789abcdef"), "{ics}");
        // No line longer than 75 octets (3.1), multi-byte text included.
        assert!(ics.split("\r\n").all(|line| line.len() <= 75), "{ics}");
        let mut cancelled = found.clone();
        cancelled.reservation.status = reservations::Status::Cancelled;
        assert!(calendar(&cancelled, &site, Language::Ja).contains("STATUS:CANCELLED"));
        let english = calendar(&found, &site, Language::En).replace("\r\n ", "");
        assert!(english.contains("12345678") && !english.contains("予約番号"), "{english}");
    }
}
