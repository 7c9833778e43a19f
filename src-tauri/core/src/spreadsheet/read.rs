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

/// A CSV file read into memory: its header and each record with the line it starts on.
#[derive(Debug, Clone)]
pub struct CsvTable {
    pub delimiter: u8,
    pub headers: Vec<String>,
    rows: Rows,
}

/// The records packed: every cell's text in one string, and per record a varint line step,
/// a varint cell count and a varint length per cell.
#[derive(Debug, Clone, Default)]
struct Rows {
    text: String,
    meta: Vec<u8>,
    count: usize,
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
    /// Keeps a record's cells, trimmed.
    fn push(&mut self, line: u64, record: &csv::StringRecord) {
        put_varint(&mut self.meta, line - self.last_line);
        self.last_line = line;
        put_varint(&mut self.meta, record.len() as u64);
        for cell in record.iter().map(str::trim) {
            put_varint(&mut self.meta, cell.len() as u64);
            self.text.push_str(cell);
        }
        self.count += 1;
    }
}

/// The records of a [`CsvTable`] in file order: the line each starts on and its cells.
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

impl CsvTable {
    /// How many records (the header aside).
    pub fn len(&self) -> usize {
        self.rows.count
    }

    pub fn is_empty(&self) -> bool {
        self.rows.count == 0
    }

    /// Each record with the line it starts on (1 is the first line of the file).
    pub fn records(&self) -> Records<'_> {
        Records {
            rows: &self.rows,
            meta: 0,
            text: 0,
            line: 0,
            left: self.rows.count,
        }
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
pub fn read_table(bytes: &[u8]) -> Result<CsvTable> {
    read_from(bytes, None)
}

/// Reads the CSV file at `path` as it streams from the disk; a failure to read names the file
/// and says why in plain words.
pub fn read_file(path: &Path) -> Result<CsvTable> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let size = file.metadata().map_err(|e| Error::io(path, e))?.len();
    if size > MAX_IMPORT_BYTES as u64 {
        return Err(too_big());
    }
    read_from(file, Some(path))
}

fn too_big() -> Error {
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
pub fn read_from(source: impl Read, path: Option<&Path>) -> Result<CsvTable> {
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
    let mut headers: Option<Vec<String>> = None;
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
        check_record(&record, line)?;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        match headers {
            None => headers = Some(record.iter().map(|c| c.trim().to_string()).collect()),
            Some(_) if rows.count == MAX_ROWS => {
                return Err(Error::Csv(
                    msg::ErrorCsvTooManyRows {
                        max: grouped(MAX_ROWS as u64, owner()).into(),
                        line: line.into(),
                    }
                    .text(owner()),
                ))
            }
            Some(_) => rows.push(line, &record),
        }
    }
    let headers = headers.ok_or_else(|| Error::Csv(msg::error_csv_empty(owner())))?;
    rows.text.shrink_to_fit();
    rows.meta.shrink_to_fit();
    Ok(CsvTable {
        delimiter,
        headers,
        rows,
    })
}

/// Refuses a record with too many cells or too long a cell.
fn check_record(record: &csv::StringRecord, line: u64) -> Result<()> {
    if record.len() > MAX_COLUMNS {
        return Err(Error::Csv(
            msg::ErrorCsvTooManyCells {
                line: line.into(),
                cells: grouped(record.len() as u64, owner()).into(),
                max: grouped(MAX_COLUMNS as u64, owner()).into(),
            }
            .text(owner()),
        ));
    }
    if let Some(long) = record.iter().position(|c| c.len() > MAX_CELL_BYTES) {
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
fn unreadable(reason: String) -> Error {
    Error::Csv(
        msg::ErrorCsvUnreadable {
            reason: reason.into(),
        }
        .text(owner()),
    )
}
