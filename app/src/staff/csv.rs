//! The reservations CSV, made for Excel in Japan: UTF-8 with a BOM (or
//! Excel reads it as Shift_JIS and garbles every name), CRLF line ends,
//! every field quoted, and cells that would start a formula (= + - @, tab,
//! CR) prefixed with `'` so a name like `=HYPERLINK(…)` stays text.
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

/// The whole file: BOM, header, rows.
pub fn build(rows: &[Vec<String>]) -> Vec<u8> {
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
        let bytes = build(&[row]);
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
}
