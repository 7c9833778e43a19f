//! Reading a CSV file the way spreadsheets write it, a record at a time: memory grows with the
//! rows kept (packed into two buffers), not with the file's raw records, and limits on rows,
//! columns and cell sizes refuse a file that would not fit, saying which limit and what to do.

use std::cell::Cell;
use std::io::{self, Read};
use std::path::Path;

use super::decode::{Decoder, Limit};
use crate::error::{Error, Result};
use crate::i18n::{msg, owner};
use crate::text::grouped;

/// The largest file read.
pub const MAX_IMPORT_BYTES: usize = 200 * 1024 * 1024;
/// The most data rows (the header aside) one file may hold.
pub const MAX_ROWS: usize = 1_000_000;
/// The most cells one row may hold.
pub const MAX_COLUMNS: usize = 1_000;
/// The longest cell, in bytes of UTF-8.
pub const MAX_CELL_BYTES: usize = 100_000;
/// The longest raw row while it is read (a quote never closed makes one row of the rest).
pub const MAX_ROW_BYTES: u64 = 4 * 1024 * 1024;

/// Where a [`Table`] was read from: a CSV file with its delimiter, or one sheet of a workbook.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Csv { delimiter: u8 },
    Workbook { sheets: Vec<String>, sheet: String },
}

/// A spreadsheet read into memory: every non-blank row with the line it starts on, and which
/// of them is the header. Rows above the header (a title, a note) are kept, so another header
/// row can be chosen without reading the file again.
#[derive(Debug, Clone)]
pub struct Table {
    pub source: Source,
    pub headers: Vec<String>,
    header: usize,
    rows: Rows,
}

/// The records packed: every cell's text in one string, and per record a varint line step,
/// a varint cell count and a varint length per cell.
#[derive(Debug, Clone, Default)]
pub(super) struct Rows {
    text: String,
    meta: Vec<u8>,
    pub(super) count: usize,
    last_line: u64,
}

fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn get_varint(meta: &[u8], pos: &mut usize) -> u64 {
    let (mut n, mut shift) = (0u64, 0);
    while let Some(&b) = meta.get(*pos) {
        *pos += 1;
        n |= u64::from(b & 0x7F) << shift;
        if b < 0x80 {
            break;
        }
        shift += 7;
    }
    n
}

impl Rows {
    /// Keeps a row's cells, trimmed.
    pub(super) fn push<'c>(&mut self, line: u64, len: usize, cells: impl Iterator<Item = &'c str>) {
        put_varint(&mut self.meta, line - self.last_line);
        self.last_line = line;
        put_varint(&mut self.meta, len as u64);
        for cell in cells.map(str::trim) {
            put_varint(&mut self.meta, cell.len() as u64);
            self.text.push_str(cell);
        }
        self.count += 1;
    }

    /// Every row kept, from the first.
    fn all(&self) -> Records<'_> {
        Records {
            rows: self,
            meta: 0,
            text: 0,
            line: 0,
            left: self.count,
        }
    }
}

/// The records of a [`Table`] in file order: the line each starts on and its cells.
pub struct Records<'a> {
    rows: &'a Rows,
    meta: usize,
    text: usize,
    line: u64,
    left: usize,
}

impl<'a> Iterator for Records<'a> {
    type Item = (u64, Vec<&'a str>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let meta = &self.rows.meta;
        self.line += get_varint(meta, &mut self.meta);
        let n = get_varint(meta, &mut self.meta) as usize;
        let mut cells = Vec::with_capacity(n);
        for _ in 0..n {
            let len = get_varint(meta, &mut self.meta) as usize;
            cells.push(&self.rows.text[self.text..self.text + len]);
            self.text += len;
        }
        Some((self.line, cells))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Records<'_> {}

impl Table {
    /// A table of `rows` whose first row is the header.
    pub(super) fn new(source: Source, mut rows: Rows) -> Result<Table> {
        if rows.count == 0 {
            return Err(Error::Csv(msg::error_csv_empty(owner())));
        }
        rows.text.shrink_to_fit();
        rows.meta.shrink_to_fit();
        let mut table = Table {
            source,
            headers: Vec::new(),
            header: 0,
            rows,
        };
        table.set_header(0);
        Ok(table)
    }

    /// How many records (the rows below the header).
    pub fn len(&self) -> usize {
        self.rows.count - self.header - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Each record below the header with the line it starts on (1 is the file's first line).
    pub fn records(&self) -> std::iter::Skip<Records<'_>> {
        self.rows.all().skip(self.header + 1)
    }

    /// The first `n` rows, header or not, for choosing which one is the header.
    pub fn top(&self, n: usize) -> std::iter::Take<Records<'_>> {
        self.rows.all().take(n)
    }

    /// The line the header row starts on.
    pub fn header_line(&self) -> u64 {
        self.top(self.header + 1).last().map_or(1, |(line, _)| line)
    }

    /// Takes the `index`th row (0 is the first) as the header; the rows above it are left out.
    pub fn set_header(&mut self, index: usize) {
        let index = index.min(self.rows.count - 1);
        self.headers = self
            .rows
            .all()
            .nth(index)
            .map(|(_, cells)| cells.into_iter().map(str::to_string).collect())
            .unwrap_or_default();
        self.header = index;
    }

    /// Takes the row starting on `line` as the header, if there is one.
    pub fn set_header_line(&mut self, line: u64) -> Result<()> {
        let index = self
            .rows
            .all()
            .position(|(l, _)| l == line)
            .ok_or_else(|| {
                Error::Csv(msg::ErrorImportNoHeaderLine { line: line.into() }.text(owner()))
            })?;
        self.set_header(index);
        Ok(())
    }

    /// The bytes the records take in memory.
    pub fn heap_bytes(&self) -> usize {
        self.rows.text.capacity() + self.rows.meta.capacity()
    }
}

/// Picks the delimiter from the header line: the one of `,` `;` tab that splits it most,
/// ignoring quoted text. Spreadsheets in comma-decimal locales write `;`.
fn sniff_delimiter(text: &[u8]) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &c in text {
        match c {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            _ if !quoted => {
                for (d, n) in counts.iter_mut() {
                    if c == *d {
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

/// Hands the CSV reader the decoded text, but no more than [`MAX_ROW_BYTES`] past the start of
/// the record being read.
struct RowGuard<R> {
    inner: R,
    given: u64,
    row_start: Cell<u64>,
}

impl<R: Read> Read for RowGuard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.given - self.row_start.get() > MAX_ROW_BYTES {
            return Err(io::Error::other(Limit::Row(MAX_ROW_BYTES / (1024 * 1024))));
        }
        let n = self.inner.read(buf)?;
        self.given += n as u64;
        Ok(n)
    }
}

/// Reads a whole CSV file held in memory; see [`read_from`].
pub fn read_table(bytes: &[u8]) -> Result<Table> {
    read_from(bytes, None)
}

/// Reads the CSV file at `path` as it streams from the disk; a failure to read names the file
/// and says why in plain words.
pub fn read_file(path: &Path) -> Result<Table> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let size = file.metadata().map_err(|e| Error::io(path, e))?.len();
    if size > MAX_IMPORT_BYTES as u64 {
        return Err(too_big());
    }
    read_from(file, Some(path))
}

pub(super) fn too_big() -> Error {
    Error::Csv(
        msg::ErrorCsvTooBig {
            mb: (MAX_IMPORT_BYTES / (1024 * 1024)).into(),
        }
        .text(owner()),
    )
}

/// Turns an I/O error met while reading into a limit's message or one naming the file.
fn read_err(e: io::Error, path: Option<&Path>, line: u64) -> Error {
    if let Some(limit) = e.get_ref().and_then(|i| i.downcast_ref::<Limit>()) {
        return Error::Csv(limit.text(line, owner()));
    }
    match path {
        Some(path) => Error::io(path, e),
        None => unreadable(e.to_string()),
    }
}

/// Reads a CSV file from `source`; the first non-blank row is the header, blank rows are
/// skipped. `path` names the file in messages.
pub fn read_from(source: impl Read, path: Option<&Path>) -> Result<Table> {
    let mut decoder =
        Decoder::new(source, MAX_IMPORT_BYTES as u64).map_err(|e| read_err(e, path, 1))?;
    let head = decoder.peek(64 * 1024).map_err(|e| read_err(e, path, 1))?;
    let delimiter = sniff_delimiter(head);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(RowGuard {
            inner: decoder,
            given: 0,
            row_start: Cell::new(0),
        });
    let mut rows = Rows::default();
    let mut record = csv::StringRecord::new();
    loop {
        let start = reader.position().clone();
        reader.get_ref().row_start.set(start.byte());
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let message = e.to_string();
                return Err(match e.into_kind() {
                    csv::ErrorKind::Io(e) => read_err(e, path, start.line()),
                    _ => unreadable(message),
                });
            }
        }
        // The text ends every record with a line break, so the record's first line is the one
        // after the reader's (blank lines before it skipped), less those inside its cells.
        let inside: usize = record.iter().map(|c| c.matches('\n').count()).sum();
        let line = reader.position().line().saturating_sub(1 + inside as u64);
        check_row(record.len(), record.iter(), line)?;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // The header's row counts too: MAX_ROWS data rows below a one-row header.
        if rows.count > MAX_ROWS {
            return Err(too_many_rows(line));
        }
        rows.push(line, record.len(), record.iter());
    }
    Table::new(Source::Csv { delimiter }, rows)
}

pub(super) fn too_many_rows(line: u64) -> Error {
    Error::Csv(
        msg::ErrorCsvTooManyRows {
            max: grouped(MAX_ROWS as u64, owner()).into(),
            line: line.into(),
        }
        .text(owner()),
    )
}

/// Refuses a row with too many cells or too long a cell.
pub(super) fn check_row<'c>(
    len: usize,
    mut cells: impl Iterator<Item = &'c str>,
    line: u64,
) -> Result<()> {
    if len > MAX_COLUMNS {
        return Err(Error::Csv(
            msg::ErrorCsvTooManyCells {
                line: line.into(),
                cells: grouped(len as u64, owner()).into(),
                max: grouped(MAX_COLUMNS as u64, owner()).into(),
            }
            .text(owner()),
        ));
    }
    if let Some(long) = cells.position(|c| c.len() > MAX_CELL_BYTES) {
        return Err(Error::Csv(
            msg::ErrorCsvCellTooLong {
                cell: (long + 1).into(),
                line: line.into(),
                max: grouped(MAX_CELL_BYTES as u64, owner()).into(),
            }
            .text(owner()),
        ));
    }
    Ok(())
}

/// A file the CSV reader could not read, with the reader's own (English) reason.
pub(super) fn unreadable(reason: String) -> Error {
    Error::Csv(
        msg::ErrorCsvUnreadable {
            reason: reason.into(),
        }
        .text(owner()),
    )
}
