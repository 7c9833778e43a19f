//! The CSV reader and the roster import, fuzzed: arbitrary bytes, and spreadsheet-like text
//! built from the characters that make CSV hard (quotes, every delimiter, CR, LF, BOMs, NULs,
//! accents, formula marks), never make reading or importing panic; whatever is imported reads
//! back (the roster, each creator, the CSV export, and that export imported again). 64 cases by
//! default; `PROPTEST_CASES=5000 cargo test -p shoutout-core --test csv_fuzz` for more.

mod common;

use proptest::prelude::*;
use shoutout_core::roster::{self, DuplicatePolicy, RosterQuery};
use shoutout_core::Db;

const HEADERS: &[&str] = &[
    "Name",
    "Instagram",
    "TikTok",
    "Followers",
    "City",
    "Niches",
    "Email",
    "Notes",
    "Gifting",
];

/// One cell of spreadsheet-like text.
fn cell() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("\"".to_string()),
            Just(",".to_string()),
            Just(";".to_string()),
            Just("\t".to_string()),
            Just("\r".to_string()),
            Just("\n".to_string()),
            Just("\r\n".to_string()),
            Just("=".to_string()),
            Just("@".to_string()),
            Just("\u{0}".to_string()),
            Just("\u{feff}".to_string()),
            Just("\u{202e}".to_string()),
            Just("12K".to_string()),
            Just("-3".to_string()),
            "[a-zA-Z0-9 .]{0,6}",
            "\\PC{0,3}",
        ],
        0..6,
    )
    .prop_map(|parts| parts.concat())
}

/// A file: a header row (known and unknown names), then rows of cells, with any line ending.
fn sheet() -> impl Strategy<Value = Vec<u8>> {
    (
        proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(HEADERS).prop_map(String::from),
                cell()
            ],
            1..8,
        ),
        proptest::collection::vec(proptest::collection::vec(cell(), 0..9), 0..12),
        proptest::sample::select(vec![",", ";", "\t"]),
        proptest::sample::select(vec!["\n", "\r\n", "\r"]),
        any::<bool>(),
    )
        .prop_map(|(headers, rows, delimiter, end, bom)| {
            let mut text = if bom {
                "\u{feff}".to_string()
            } else {
                String::new()
            };
            for row in std::iter::once(headers).chain(rows) {
                text.push_str(&row.join(delimiter));
                text.push_str(end);
            }
            text.into_bytes()
        })
}

/// Reads and imports `bytes`; whatever went in must read back whole.
fn import_and_read_back(bytes: &[u8]) {
    let Ok(table) = roster::read_table(bytes) else {
        return;
    };
    let mut db = Db::open_in_memory().unwrap();
    let mapping = roster::guess_mapping(&table.headers);
    if roster::preview(&db, &table, Some(mapping.clone())).is_err() {
        return;
    }
    let Ok(report) = roster::commit(&mut db, &table, &mapping, DuplicatePolicy::Merge, |_, _| {})
    else {
        return;
    };
    let page = roster::query(
        db.conn(),
        &RosterQuery {
            limit: 1_000,
            ..RosterQuery::default()
        },
    )
    .unwrap();
    assert_eq!(page.total as usize, report.added as usize);
    for row in &page.rows {
        roster::get(db.conn(), row.id).unwrap();
    }
    let mut out = Vec::new();
    roster::export(&db, &RosterQuery::default(), &mut out).unwrap();
    // The export is a spreadsheet Shoutout reads back as the same creators.
    let again = roster::read_table(&out).unwrap();
    let mut copy = Db::open_in_memory().unwrap();
    let mapping = roster::guess_mapping(&again.headers);
    let back = roster::commit(
        &mut copy,
        &again,
        &mapping,
        DuplicatePolicy::Merge,
        |_, _| {},
    )
    .unwrap();
    assert_eq!(back.added, report.added, "{:?}", back.problems);
}

proptest! {
    #![proptest_config(common::fuzz_config())]

    #[test]
    fn any_bytes_are_read_or_refused_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        import_and_read_back(&bytes);
    }

    #[test]
    fn spreadsheet_like_files_import_and_read_back(bytes in sheet()) {
        import_and_read_back(&bytes);
    }
}
