//! Reading one sheet of an Excel (`.xlsx`, `.xls`, `.xlsb`) or OpenDocument (`.ods`) workbook
//! into a [`Table`], each cell written out from its own type: a whole number without `.0`, a
//! date as `2026-03-14`, a formula's error as a blank cell.

use std::path::Path;

use calamine::{open_workbook_auto, Data, Reader};

use super::read::{check_row, too_many_rows, unreadable, Rows, Source, Table};
use super::{MAX_IMPORT_BYTES, MAX_ROWS};
use crate::error::{Error, Result};
use crate::i18n::{msg, owner};

/// The file name endings read as workbooks; anything else is read as CSV.
pub const WORKBOOK_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xls", "xlsb", "ods"];

/// Whether `path` names a workbook by its ending.
pub fn is_workbook(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| WORKBOOK_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Reads the sheet named `sheet` of the workbook at `path`, or its first sheet with anything
/// in it; the sheet's first non-blank row is the header.
pub fn read_workbook(path: &Path, sheet: Option<&str>) -> Result<Table> {
    let size = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .len();
    if size > MAX_IMPORT_BYTES as u64 {
        return Err(super::read::too_big());
    }
    let mut book = open_workbook_auto(path).map_err(|e| unreadable(e.to_string()))?;
    let sheets = book.sheet_names();
    let chosen: Vec<String> = match sheet {
        Some(name) => match sheets.iter().find(|s| s.as_str() == name) {
            Some(found) => vec![found.clone()],
            None => {
                return Err(Error::Csv(
                    msg::ErrorWorkbookNoSheet {
                        sheet: name.into(),
                        sheets: sheets.join(", ").into(),
                    }
                    .text(owner()),
                ))
            }
        },
        None => sheets.clone(),
    };
    for name in chosen {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| unreadable(e.to_string()))?;
        let rows = rows_of(&range)?;
        if rows.count > 0 || sheet.is_some() {
            let source = Source::Workbook {
                sheets,
                sheet: name,
            };
            return Table::new(source, rows);
        }
    }
    Err(Error::Csv(msg::error_csv_empty(owner())))
}

/// The non-blank rows of a sheet, each with its row number as the spreadsheet shows it.
fn rows_of(range: &calamine::Range<Data>) -> Result<Rows> {
    let first_row = range.start().map_or(0, |(row, _)| u64::from(row));
    let mut rows = Rows::default();
    let mut cells: Vec<String> = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let line = first_row + i as u64 + 1;
        cells.clear();
        cells.extend(row.iter().map(cell_text));
        // Cells left blank at the end of a row are no column of its own.
        while cells.last().is_some_and(|c| c.trim().is_empty()) {
            cells.pop();
        }
        if cells.is_empty() {
            continue;
        }
        check_row(cells.len(), cells.iter().map(String::as_str), line)?;
        if rows.count > MAX_ROWS {
            return Err(too_many_rows(line));
        }
        rows.push(line, cells.len(), cells.iter().map(String::as_str));
    }
    Ok(rows)
}

/// A cell as text the way the owner sees it in the sheet.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        // A count typed as 12500 is stored as 12500.0: written back without the `.0`.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Data::DateTime(d) => match d.as_datetime() {
            Some(at) if at.time() == chrono::NaiveTime::MIN => at.format("%Y-%m-%d").to_string(),
            Some(at) => at.format("%Y-%m-%d %H:%M").to_string(),
            None => d.as_f64().to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_as_the_sheet_shows_them() {
        assert_eq!(cell_text(&Data::Float(12500.0)), "12500");
        assert_eq!(cell_text(&Data::Float(6.2)), "6.2");
        assert_eq!(cell_text(&Data::Int(-3)), "-3");
        assert_eq!(cell_text(&Data::Bool(true)), "yes");
        assert_eq!(
            cell_text(&Data::Error(calamine::CellErrorType::NA)),
            String::new()
        );
        assert!(is_workbook(Path::new("Tracker.XLSX")));
        assert!(!is_workbook(Path::new("roster.csv")));
    }
}
