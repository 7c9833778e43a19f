//! Spreadsheet files, whatever the area: reading a CSV the way spreadsheets write it (BOM,
//! UTF-16 or Windows-1252, `,` `;` or tab), writing one that they open right, and the guard
//! that keeps a cell from running as a formula.

use std::io::Write;

use crate::error::{Error, Result};

/// A CSV file read into memory: its header and each record with the line it starts on.
#[derive(Debug, Clone)]
pub struct CsvTable {
    pub delimiter: u8,
    pub headers: Vec<String>,
    pub records: Vec<(u64, Vec<String>)>,
}

/// Decodes spreadsheet bytes: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252
/// (what older Excel writes).
pub fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    let utf16 = |rest: &[u8], le: bool| {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|p| {
                if le {
                    u16::from_le_bytes([p[0], p[1]])
                } else {
                    u16::from_be_bytes([p[0], p[1]])
                }
            })
            .collect();
        String::from_utf16_lossy(&units)
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, false);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

/// Windows-1252 is Latin-1 but for 0x80–0x9F, where it keeps the typographic marks.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// Picks the delimiter from the header line: the one of `,` `;` tab that splits it most,
/// ignoring quoted text. Spreadsheets in comma-decimal locales write `;`.
fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            _ if !quoted => {
                for (d, n) in counts.iter_mut() {
                    if c as u32 == *d as u32 {
                        *n += 1;
                    }
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .map(|(d, _)| *d)
        .filter(|_| counts.iter().any(|(_, n)| *n > 0))
        .unwrap_or(b',')
}

/// The largest file read, so a wrong pick cannot fill the memory.
pub const MAX_IMPORT_BYTES: usize = 200 * 1024 * 1024;

/// Reads a whole CSV file; the first non-blank row is the header, blank rows are skipped.
pub fn read_table(bytes: &[u8]) -> Result<CsvTable> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(Error::Csv(
            "the file is larger than 200 MB; split it into smaller files".into(),
        ));
    }
    let text = decode(bytes);
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut headers: Option<Vec<String>> = None;
    let mut records = Vec::new();
    for record in reader.records() {
        let record = record.map_err(csv_err)?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        match headers {
            None => headers = Some(cells),
            Some(_) => records.push((line, cells)),
        }
    }
    let headers = headers.ok_or_else(|| Error::Csv("the file is empty".into()))?;
    Ok(CsvTable {
        delimiter,
        headers,
        records,
    })
}

/// A CSV cell that a spreadsheet might run as a formula is written with a leading `'`;
/// read it back without.
pub fn unescape_cell(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => cell,
    }
}

/// Guards a cell against spreadsheet formula injection: text starting with `= + - @` (or a
/// tab or carriage return, which some spreadsheets skip before one) is written with a leading
/// `'`, which [`unescape_cell`] removes again. A plain number such as `-12.5` runs nothing and
/// stays a number.
pub fn safe_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_plain_number(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// `-12`, `-0.5`: a minus, digits and at most one decimal point between digits.
fn is_plain_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && all_digits(fraction)
}

/// A CSV file being written. Its only way to write is [`SheetWriter::row`], which guards every
/// cell with [`safe_cell`], so no export, whatever its columns, can write a formula.
pub struct SheetWriter<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> SheetWriter<W> {
    /// Writes one row, every cell guarded.
    pub fn row<I>(&mut self, cells: I) -> Result<()>
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        self.inner
            .write_record(cells.into_iter().map(|c| safe_cell(c.as_ref())))
            .map_err(csv_err)
    }

    /// Writes out what is buffered; call it once the last row is written.
    pub fn finish(mut self) -> Result<()> {
        self.inner.flush().map_err(|e| Error::Csv(e.to_string()))
    }
}

/// A CSV writer on `out`, after a BOM so spreadsheets read accents right. Every CSV the app
/// writes goes through it.
pub fn writer<W: Write>(mut out: W) -> Result<SheetWriter<W>> {
    out.write_all(b"\xEF\xBB\xBF")
        .map_err(|e| Error::Csv(e.to_string()))?;
    Ok(SheetWriter {
        inner: csv::Writer::from_writer(out),
    })
}

pub fn csv_err(e: csv::Error) -> Error {
    Error::Csv(e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cell_written_is_guarded_and_numbers_stay_numbers() {
        let mut out = Vec::new();
        let mut w = writer(&mut out).unwrap();
        w.row([
            "=1+1", "+49 30", "-x", "@SUM(A1)", "\t=1", "-12.5", "-3", "plain",
        ])
        .unwrap();
        w.finish().unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text.trim_start_matches('\u{feff}').trim_end(),
            "'=1+1,'+49 30,'-x,'@SUM(A1),'\t=1,-12.5,-3,plain"
        );
        for not_a_number in ["-", "-.5", "-1.", "-1.2.3", "-1e5", "--1"] {
            assert!(safe_cell(not_a_number).starts_with('\''), "{not_a_number}");
        }
    }

    /// The one writer is the only one: no other source file builds a CSV writer of its own.
    #[test]
    fn no_csv_is_written_around_the_guard() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut offenders = Vec::new();
        let mut dirs = vec![src.clone()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && path != src.join("spreadsheet.rs")
                {
                    let text = std::fs::read_to_string(&path).unwrap();
                    if [
                        "csv::Writer",
                        "WriterBuilder",
                        "write_record",
                        "write_field",
                    ]
                    .iter()
                    .any(|bypass| text.contains(bypass))
                    {
                        offenders.push(path.display().to_string());
                    }
                }
            }
        }
        assert!(
            offenders.is_empty(),
            "CSV written around spreadsheet::writer: {offenders:?}"
        );
    }
}
