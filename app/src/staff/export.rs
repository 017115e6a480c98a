//! 予約一覧の出力: the reservations of a date range for Excel in Japan,
//! two ways. The `.xlsx` is a real workbook whose every cell is text, so
//! Excel keeps the leading zeros of 0766-51-6600 and of a 予約番号 like
//! 07124079 and shows no stray characters. The CSV is for other programs
//! (and older habits): UTF-8 with a BOM (or Excel reads it as Shift_JIS and
//! garbles every name), CRLF line ends, every field quoted, and cells that
//! would start a formula (= + - @, tab, CR) prefixed with `'` so a name
//! like `=HYPERLINK(…)` stays text. Phone numbers are printed with hyphens
//! in both. Staff only; every export is written to the audit log.
use serde::{Deserialize, Serialize};

/// Which file staff asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    Xlsx,
    Csv,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Format::Xlsx => "Excel",
            Format::Csv => "CSV",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Csv => "csv",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Csv => "text/csv; charset=utf-8",
        }
    }
}

pub const HEADER: [&str; 13] = [
    "日付", "開始", "終了", "予約メニュー", "会場", "予約番号", "氏名", "ふりがな", "生年月日", "電話番号", "メールアドレス", "状態", "利用者キー",
];

/// A cell as Excel must see it: text, never a formula.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// The whole CSV file: BOM, header, rows.
pub fn csv(rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut writer = ::csv::WriterBuilder::new()
            .quote_style(::csv::QuoteStyle::Always)
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        // Writing to a Vec cannot fail; a row of another length cannot
        // happen (every row is built from HEADER's columns).
        let _ = writer.write_record(HEADER);
        for row in rows {
            let _ = writer.write_record(row.iter().map(|c| neutralise(c)));
        }
        let _ = writer.flush();
    }
    out
}

/// The whole workbook: one sheet, a bold header row that stays in view,
/// a filter on every column, and every cell written as text.
pub fn xlsx(rows: &[Vec<String>]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format as CellFormat, Workbook};
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("予約一覧")?;
    let header = CellFormat::new().set_bold();
    // `@` is Excel's text format: a cell typed over later stays text too.
    let text = CellFormat::new().set_num_format("@");
    for (col, title) in HEADER.iter().enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(0, col, *title, &header)?;
        sheet.set_column_format(col, &text)?;
    }
    for (i, row) in rows.iter().enumerate() {
        for (col, cell) in row.iter().enumerate() {
            sheet.write_string_with_format(i as u32 + 1, col as u16, cell, &text)?;
        }
    }
    for (col, width) in [11, 6, 6, 16, 16, 10, 14, 16, 11, 14, 26, 10, 16].into_iter().enumerate() {
        sheet.set_column_width(col as u16, width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.len() as u32, HEADER.len() as u16 - 1)?;
    workbook.save_to_buffer()
}

/// `0766-51-6600`, `090-1234-5678`: a stored phone number (digits only) as
/// people write it, by the national numbering plan (libphonenumber's data
/// through the `phonenumber` crate); unchanged if it cannot be read.
pub fn hyphenated(digits: &str) -> String {
    use phonenumber::{Mode, country};
    match phonenumber::parse(Some(country::Id::JP), digits) {
        Ok(number) => number.format().mode(Mode::National).to_string(),
        Err(_) => digits.to_string(),
    }
}

pub mod db {
    use super::*;
    use crate::actor::StaffActor;
    use crate::db::audit_log::Action;
    use crate::db::{reservations, residents, services, slots};
    use crate::time::time_short;
    use chrono::{DateTime, NaiveDate, Utc};
    use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

    /// The rows for reservations on slots from `from` to `to` (both
    /// included), cancelled ones too (their 状態 says so). Shows residents'
    /// personal data, so it is written to the audit log.
    pub async fn rows(
        db: &DatabaseConnection,
        who: &StaffActor,
        from: NaiveDate,
        to: NaiveDate,
        format: Format,
        now: DateTime<Utc>,
    ) -> Result<Vec<Vec<String>>, DbErr> {
        let in_range = slots::Entity::find()
            .filter(slots::Column::Date.gte(from))
            .filter(slots::Column::Date.lte(to))
            .order_by_asc(slots::Column::Date)
            .order_by_asc(slots::Column::StartTime)
            .all(db)
            .await?;
        let services = services::all_by_id(db).await?;
        let all = reservations::Entity::find()
            .filter(reservations::Column::SlotId.is_in(in_range.iter().map(|s| s.id)))
            .order_by_asc(reservations::Column::Id)
            .all(db)
            .await?;
        let people = residents::of_reservations(db, &all).await?;
        let mut rows = Vec::new();
        for slot in &in_range {
            let service = services.get(&slot.service_id);
            for r in all.iter().filter(|r| r.slot_id == slot.id) {
                let Some(p) = people.get(&r.resident_id) else { continue };
                rows.push(vec![
                    slot.date.format("%Y-%m-%d").to_string(),
                    time_short(slot.start_time),
                    time_short(slot.end_time),
                    service.map(|s| s.name.clone()).unwrap_or_default(),
                    service.map(|s| s.venue.clone()).unwrap_or_default(),
                    r.reservation_number.clone(),
                    p.name.clone(),
                    p.name_kana.clone(),
                    p.birth_date.format("%Y-%m-%d").to_string(),
                    hyphenated(&p.phone),
                    p.email.clone(),
                    r.status.label().into(),
                    crate::domain::UserKey::parse(&p.user_key).map(|k| k.to_string()).unwrap_or_default(),
                ]);
            }
        }
        crate::audit::record(db, who, Action::Export, &format!("dates:{from}..{to}"), &format!("{}件（{}）", rows.len(), format.label()), now).await?;
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_in_japan_opens_it_as_text() {
        let mut row: Vec<String> = HEADER.iter().map(|_| String::new()).collect();
        row[6] = "=HYPERLINK(\"http://evil\")".into();
        row[7] = "いみず \"たろう\"".into();
        row[9] = "-1+2".into();
        row[10] = "@sum".into();
        row[5] = "12345678".into();
        let bytes = csv(&[row]);
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "BOM");
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines.len(), 3, "header, one row, and the final CRLF: {text:?}");
        assert!(lines[0].starts_with("\"日付\",\"開始\""));
        assert!(lines[1].contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), "{}", lines[1]);
        assert!(lines[1].contains("\"いみず \"\"たろう\"\"\""));
        assert!(lines[1].contains("\"'-1+2\"") && lines[1].contains("\"'@sum\""));
        assert!(lines[1].contains("\"12345678\""));
        assert!(!text.replace("\r\n", "").contains('\n'), "no bare LF");
    }

    #[test]
    fn phone_numbers_are_printed_as_people_write_them() {
        assert_eq!(hyphenated("0766516600"), "0766-51-6600");
        assert_eq!(hyphenated("09012345678"), "090-1234-5678");
        assert_eq!(hyphenated("0312345678"), "03-1234-5678");
        assert_eq!(hyphenated("not a number"), "not a number");
    }

    #[test]
    fn the_workbook_keeps_every_cell_as_text() {
        let mut row: Vec<String> = HEADER.iter().map(|h| format!("{h}の値")).collect();
        row[5] = "07124079".into();
        row[9] = "0766-51-6600".into();
        row[6] = "=1+1".into();
        let bytes = xlsx(&[row]).unwrap();
        assert_eq!(&bytes[..2], b"PK", "a zip container");
        let sheet = unzip_entry(&bytes, "xl/worksheets/sheet1.xml");
        let strings = unzip_entry(&bytes, "xl/sharedStrings.xml");
        assert!(strings.contains("07124079") && strings.contains("0766-51-6600"), "{strings}");
        assert!(strings.contains("=1+1"), "a formula-looking name is a string");
        assert!(!sheet.contains("<f>"), "no formulas: {sheet}");
        assert_eq!(sheet.matches("<c ").count(), 2 * HEADER.len(), "header and one row: {sheet}");
        assert_eq!(sheet.matches("<c ").count(), sheet.matches(" t=\"s\"").count(), "every cell a string: {sheet}");
    }

    /// One file of the workbook (xlsx is a zip), read back with the same
    /// zip crate rust_xlsxwriter writes with.
    fn unzip_entry(bytes: &[u8], name: &str) -> String {
        use std::io::Read;
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut text = String::new();
        archive.by_name(name).unwrap().read_to_string(&mut text).unwrap();
        text
    }
}
