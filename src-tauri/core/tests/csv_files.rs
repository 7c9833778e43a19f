//! Reading CSV files as spreadsheets write them: line endings, encodings without a BOM, the
//! limits on rows, columns and cells, and I/O errors named in plain words.

use std::io::{self, Read};
use std::path::Path;
use std::time::Instant;

use shoutout_core::roster::{self as roster_csv};
use shoutout_core::spreadsheet::Source;
use shoutout_core::spreadsheet::{self, MAX_ROWS};
use shoutout_core::Db;

/// Unreadable cells on lines 3, 5 (after a blank line) and 8 (after a cell of two lines, and with no
/// line break at the end).
const ROWS: &[&str] = &[
    "Name,Instagram,Gifting,Notes",
    "Ann,ann.ig,yes,",
    "Bob,bob.ig,maybe,",
    "",
    "Eve,eve.ig,maybe,",
    "Cy,cy.ig,no,\"two",
    "lines\"",
    "Dee,dee.ig,perhaps,",
];

fn warning_lines(bytes: &[u8]) -> Vec<u64> {
    let db = Db::open_in_memory().unwrap();
    let table = roster_csv::read_table(bytes).unwrap();
    let preview = roster_csv::preview(&db, &table, None).unwrap();
    assert_eq!(preview.total_rows, 5, "{:?}", preview.problems);
    preview.warnings.iter().map(|p| p.line).collect()
}

#[test]
fn lf_crlf_and_cr_files_give_the_same_warning_lines() {
    for ending in ["\n", "\r\n", "\r"] {
        let file = ROWS.join(ending);
        assert_eq!(
            warning_lines(file.as_bytes()),
            vec![3, 5, 8],
            "line ending {ending:?}"
        );
        let with_end = format!("{file}{ending}");
        assert_eq!(warning_lines(with_end.as_bytes()), vec![3, 5, 8]);
    }
}

fn utf16(text: &str, le: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
        .collect()
}

#[test]
fn utf16_without_a_bom_is_read_as_utf16() {
    let text = "Name;City;Notes\r\nZoë Martin;Łódź;\"Café 😀\r\nbrunch\"\r\nLiam;Leeds;\r\n";
    for le in [true, false] {
        let table = roster_csv::read_table(&utf16(text, le)).unwrap();
        assert_eq!(table.source, Source::Csv { delimiter: b';' });
        assert_eq!(table.headers, vec!["Name", "City", "Notes"], "le {le}");
        let records: Vec<_> = table.records().collect();
        assert_eq!(records.len(), 2);
        assert_eq!(
            records[0],
            (2, vec!["Zoë Martin", "Łódź", "Café 😀\nbrunch"])
        );
        assert_eq!(records[1], (4, vec!["Liam", "Leeds", ""]));
        let mut db = Db::open_in_memory().unwrap();
        let mapping = roster_csv::guess_mapping(&table.headers);
        let report = roster_csv::commit(
            &mut db,
            &table,
            &mapping,
            roster_csv::DuplicatePolicy::Merge,
            |_, _| {},
        )
        .unwrap();
        assert_eq!(report.added, 2, "{:?}", report.problems);
    }
}

/// A reader handing out one byte at a time, so every character and line break is cut.
struct Trickle<'a>(&'a [u8]);

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.0.split_first() {
            Some((b, rest)) if !buf.is_empty() => {
                buf[0] = *b;
                self.0 = rest;
                Ok(1)
            }
            _ => Ok(0),
        }
    }
}

#[test]
fn encodings_read_the_same_whatever_the_chunks() {
    let text = "Name,City\r\nZoë,Łódź 😀\r\r\nNúñez,\"a\rb\"\n";
    let mut files = vec![
        text.as_bytes().to_vec(),
        [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        utf16(text, true),
        utf16(text, false),
        [&[0xFF, 0xFE][..], &utf16(text, true)].concat(),
    ];
    // Windows-1252, with a typographic quote.
    files.push(b"Name,City\r\nZo\xEB \x93x\x94,Lyon\r\r\nN\xFA\xF1ez,\"a\rb\"\n".to_vec());
    for (i, bytes) in files.iter().enumerate() {
        let whole = roster_csv::read_table(bytes).unwrap();
        let trickled = spreadsheet::read_from(Trickle(bytes), None).unwrap();
        let rows = |t: &spreadsheet::Table| -> Vec<(u64, Vec<String>)> {
            t.records()
                .map(|(l, c)| (l, c.into_iter().map(String::from).collect()))
                .collect()
        };
        assert_eq!(rows(&whole), rows(&trickled), "file {i}");
        assert_eq!(whole.headers, vec!["Name", "City"], "file {i}");
        let got = rows(&whole);
        assert_eq!(got.len(), 2, "file {i}");
        assert_eq!((got[0].0, got[1].0), (2, 4), "file {i}");
        assert_eq!(got[1].1[1], "a\nb", "file {i}");
        let first = if i == 5 { "Zoë “x”" } else { "Zoë" };
        assert_eq!(got[0].1[0], first, "file {i}");
    }
}

fn csv_message(bytes: &[u8]) -> String {
    let err = roster_csv::read_table(bytes).unwrap_err();
    assert_eq!(err.code(), "csv", "{err}");
    err.to_string()
}

#[test]
fn a_file_over_the_row_limit_is_refused_quickly_saying_the_limit() {
    let mut file = b"Name\n".to_vec();
    file.extend(b"a\n".repeat(MAX_ROWS));
    let table = roster_csv::read_table(&file).unwrap();
    assert_eq!(table.len(), MAX_ROWS);
    file.extend(b"a\n".repeat(2 * MAX_ROWS));
    let start = Instant::now();
    let message = csv_message(&file);
    assert!(start.elapsed().as_secs() < 10, "{:?}", start.elapsed());
    assert!(message.contains("more than 1,000,000 rows"), "{message}");
    assert!(message.contains("split it"), "{message}");
    assert!(
        message.contains(&format!("line {}", MAX_ROWS + 2)),
        "{message}"
    );
}

#[test]
fn too_many_columns_a_too_long_cell_or_an_unclosed_quote_are_refused() {
    let wide = format!("Name\n{}\n", "a,".repeat(1_000));
    let message = csv_message(wide.as_bytes());
    assert!(message.contains("Line 2 has 1,001 cells"), "{message}");
    assert!(message.contains("more than the 1,000"), "{message}");

    let long = format!("Name,Notes\nAnn,{}\n", "x".repeat(100_001));
    let message = csv_message(long.as_bytes());
    assert!(message.contains("Cell 2 on line 2"), "{message}");
    assert!(message.contains("100,000 characters"), "{message}");

    let mut unclosed = b"Name,Notes\nAnn,\"never closed\n".to_vec();
    unclosed.extend(b"more text, on and on\n".repeat(300_000));
    let message = csv_message(&unclosed);
    assert!(message.contains("longer than 4 MB"), "{message}");
    assert!(message.contains("line 2"), "{message}");
}

/// A file that fails the way a disk does, after a few good bytes.
struct Failing(io::ErrorKind, bool);

impl Read for Failing {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if std::mem::replace(&mut self.1, true) {
            return Err(io::Error::from(self.0));
        }
        let head = b"Name,City\nAnn,Lyon\n";
        buf[..head.len()].copy_from_slice(head);
        Ok(head.len())
    }
}

#[test]
fn read_errors_name_the_file_and_the_cause_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("roster 2026.csv");
    let err = roster_csv::read_file(&missing).unwrap_err();
    let message = err.to_string();
    assert_eq!(err.code(), "io");
    assert!(message.contains("roster 2026.csv"), "{message}");
    assert!(message.contains("the file is not there"), "{message}");
    assert!(!message.contains("could not be read"), "{message}");

    let err = roster_csv::read_file(dir.path()).unwrap_err();
    assert!(err.to_string().contains("a folder, not a file"), "{err}");

    let cases = [
        (
            io::ErrorKind::StorageFull,
            "the disk is full; free some space",
        ),
        (io::ErrorKind::PermissionDenied, "not allowed to use it"),
        (
            io::ErrorKind::TimedOut,
            "check that the disk is still connected",
        ),
    ];
    for (kind, words) in cases {
        let path = Path::new("/media/usb/creators.csv");
        let err = spreadsheet::read_from(Failing(kind, false), Some(path)).unwrap_err();
        let message = err.to_string();
        assert_eq!(err.code(), "io", "{message}");
        assert!(message.contains("/media/usb/creators.csv"), "{message}");
        assert!(message.contains(words), "{message}");
    }
}
