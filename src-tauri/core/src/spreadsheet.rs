//! Spreadsheet files, whatever the area: reading a CSV the way spreadsheets write it (BOM,
//! UTF-16 or Windows-1252, `,` `;` or tab) or a sheet of an Excel or OpenDocument workbook,
//! writing a CSV that spreadsheets open right, and the guard that keeps a cell from running as
//! a formula.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

mod decode;
mod read;
mod workbook;

pub use read::{
    read_file, read_from, read_table, Records, Source, Table, MAX_CELL_BYTES, MAX_COLUMNS,
    MAX_IMPORT_BYTES, MAX_ROWS, MAX_ROW_BYTES,
};
pub use workbook::{is_workbook, read_workbook, WORKBOOK_EXTENSIONS};

/// Reads the spreadsheet at `path`: a workbook by its ending (its sheet `sheet`, else its
/// first with anything in it), anything else as CSV.
pub fn read_path(path: &Path, sheet: Option<&str>) -> Result<Table> {
    if is_workbook(path) {
        read_workbook(path, sheet)
    } else {
        read_file(path)
    }
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
        self.inner.flush().map_err(|e| write_err(e.to_string()))
    }
}

/// A CSV writer on `out`, after a BOM so spreadsheets read accents right. Every CSV the app
/// writes goes through it.
pub fn writer<W: Write>(mut out: W) -> Result<SheetWriter<W>> {
    out.write_all(b"\xEF\xBB\xBF")
        .map_err(|e| write_err(e.to_string()))?;
    Ok(SheetWriter {
        inner: csv::Writer::from_writer(out),
    })
}

/// A CSV file that could not be written, with the system's own (English) reason.
pub fn csv_err(e: csv::Error) -> Error {
    write_err(e.to_string())
}

fn write_err(reason: String) -> Error {
    Error::Csv(
        crate::i18n::msg::ErrorCsvWrite {
            reason: reason.into(),
        }
        .text(crate::i18n::owner()),
    )
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
