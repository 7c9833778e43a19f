//! Spreadsheet files, whatever the area: reading a CSV the way spreadsheets write it (BOM,
//! UTF-16 or Windows-1252, `,` `;` or tab), writing one that they open right, and the guard
//! that keeps a cell from running as a formula.

use std::io::Write;

use crate::error::{Error, Result};

mod decode;
mod read;

pub use decode::decode;
pub use read::{
    read_file, read_from, read_table, CsvTable, Records, MAX_CELL_BYTES, MAX_COLUMNS,
    MAX_IMPORT_BYTES, MAX_ROWS, MAX_ROW_BYTES,
};

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
