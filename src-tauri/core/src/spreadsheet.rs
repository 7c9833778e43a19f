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

/// Guards a cell against spreadsheet formula injection: text starting with `= + - @` is
/// written with a leading `'`, which [`unescape_cell`] removes again.
pub fn safe_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// A CSV writer on `out`, after a BOM so spreadsheets read accents right.
pub fn writer<W: Write>(mut out: W) -> Result<csv::Writer<W>> {
    out.write_all(b"\xEF\xBB\xBF")
        .map_err(|e| Error::Csv(e.to_string()))?;
    Ok(csv::Writer::from_writer(out))
}

pub fn csv_err(e: csv::Error) -> Error {
    Error::Csv(e.to_string())
}
