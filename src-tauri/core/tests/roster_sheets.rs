//! Spreadsheets as owners keep them: a title row above the header, a TOTAL row, cells written
//! the way people write them, in CSV, .xlsx, .xls and .ods (tests/fixtures/sheets, written by
//! its make.py), each creator checked field by field after import.

use std::path::PathBuf;

use proptest::prelude::*;
use shoutout_core::i18n::{self, Lang};
use shoutout_core::roster::{self, DuplicatePolicy, ImportReport, Platform, RosterQuery};
use shoutout_core::spreadsheet::Source;
use shoutout_core::Db;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/sheets")
        .join(name)
}

fn import(db: &mut Db, table: &shoutout_core::spreadsheet::Table) -> ImportReport {
    let mapping = roster::guess_mapping(&table.headers);
    roster::commit(db, table, &mapping, DuplicatePolicy::Merge, |_, _| {}).unwrap()
}

fn creator(db: &Db, name: &str) -> roster::Creator {
    let page = roster::query(
        db.conn(),
        &RosterQuery {
            limit: 100,
            ..RosterQuery::default()
        },
    )
    .unwrap();
    page.rows
        .into_iter()
        .find(|c| c.display_name == name)
        .unwrap_or_else(|| panic!("{name} was not imported"))
}

/// The tracker, whatever file it came in: every creator kept, each field as meant.
fn check_tracker(file: &str) {
    i18n::set_owner(Lang::En);
    let table = roster::read_import(&fixture(file), None, None).unwrap();
    assert_eq!(
        table.header_line(),
        3,
        "{file}: the title and blank rows are skipped"
    );
    assert_eq!(table.headers[0], "Name");
    let mut db = Db::open_in_memory().unwrap();
    let preview = roster::preview(&db, &table, None).unwrap();
    assert_eq!(preview.header_line, 3);
    assert_eq!(
        preview.top_rows[0].cells[0],
        "Influencer tracker — Spring 2026"
    );
    let report = import(&mut db, &table);
    assert_eq!(report.added, 7, "{file}: {:?}", report.problems);
    assert!(report.problems.is_empty(), "{file}: {:?}", report.problems);
    let ignored: Vec<u64> = report.ignored.iter().map(|r| r.line).collect();
    assert_eq!(
        ignored,
        [12, 13],
        "{file}: the notes-only row and the TOTAL row"
    );
    assert_eq!(report.ignored[1].reason, "A total row, not a creator.");
    assert_eq!(preview.ignored, report.ignored);
    assert_eq!(preview.warnings, report.warnings);

    let zoe = creator(&db, "Zoë Martin");
    assert_eq!(zoe.handles[0].platform, Platform::Instagram);
    assert_eq!(zoe.handles[0].handle, "zoe.eats");
    assert_eq!(zoe.handles[0].followers, 12_500);
    assert_eq!(zoe.engagement_typed, Some(6.2));
    assert_eq!(
        (zoe.rate_minor, zoe.currency.as_str()),
        (Some(30_000), "USD")
    );
    assert!(zoe.open_to_gifting);
    assert_eq!(zoe.email, "zoe@example.com");
    assert_eq!(zoe.notes, "Loves brunch");

    let lucas = creator(&db, "Lucas Brun");
    assert_eq!(lucas.handles[0].followers, 48_200);
    assert_eq!(lucas.engagement_typed, Some(4.5));
    assert_eq!(
        (lucas.rate_minor, lucas.currency.as_str()),
        (Some(30_000), "EUR")
    );
    assert!(lucas.open_to_gifting);
    assert_eq!(lucas.email, "", "an address that is not one is left empty");
    assert_eq!(lucas.notes, "Email in the sheet: not-an-email");

    let ana = creator(&db, "Ana Souza");
    assert_eq!(ana.rate_minor, Some(15_000), "a range keeps its lower end");
    assert_eq!(ana.notes, "Rate in the sheet: 150-200");
    assert_eq!(ana.engagement_typed, Some(7.0));

    let mia = creator(&db, "Mia Chen");
    assert_eq!(mia.rate_minor, None);
    assert!(mia.open_to_gifting, "“gifting only” is open to gifting");

    let handle_only = creator(&db, "@only.handle");
    assert_eq!(handle_only.handles[0].followers, 2_100);
    assert!(handle_only.open_to_gifting);

    let ben = creator(&db, "Ben Ode");
    assert!(ben.handles.is_empty());
    assert!(ben.open_to_gifting, "“free product”");

    let sam = creator(&db, "Sam Pole");
    assert_eq!(sam.rate_minor, None);
    assert!(!sam.open_to_gifting);
    assert_eq!(
        sam.notes,
        "Open to gifting in the sheet: maybe\nRate in the sheet: ask me"
    );
    let warned: Vec<(u64, &str)> = report
        .warnings
        .iter()
        .map(|w| (w.line, w.reason.as_str()))
        .collect();
    assert_eq!(
        warned,
        [
            (
                5,
                "Email “not-an-email” could not be read: it was left empty and kept in the notes."
            ),
            (
                10,
                "Open to gifting “maybe” could not be read: it was left empty and kept in the notes."
            ),
            (
                10,
                "Rate “ask me” could not be read: it was left empty and kept in the notes."
            ),
        ],
        "{file}"
    );
}

#[test]
fn a_csv_tracker_with_a_title_row_and_a_total_row() {
    check_tracker("tracker.csv");
}

#[test]
fn an_xlsx_tracker_with_typed_cells() {
    check_tracker("tracker.xlsx");
    let table = roster::read_import(&fixture("tracker.xlsx"), None, None).unwrap();
    assert_eq!(
        table.source,
        Source::Workbook {
            sheets: vec!["Spring 2026".into(), "Autumn".into()],
            sheet: "Spring 2026".into()
        }
    );
    // The date cell is written as a date, the follower number without a decimal point.
    let first = table.records().next().unwrap().1;
    assert_eq!((first[2], first[7]), ("12500", "2026-03-14"));
}

#[test]
fn an_xls_tracker() {
    check_tracker("tracker.xls");
}

#[test]
fn an_ods_tracker() {
    check_tracker("tracker.ods");
}

#[test]
fn a_sheet_that_is_not_the_first_and_a_header_row_chosen_by_line() {
    i18n::set_owner(Lang::En);
    for file in ["tracker.xlsx", "tracker.ods"] {
        let table = roster::read_import(&fixture(file), Some("Autumn"), None).unwrap();
        let mut db = Db::open_in_memory().unwrap();
        let report = import(&mut db, &table);
        assert_eq!(report.added, 2, "{file}");
        let noa = creator(&db, "Noa Ray");
        assert_eq!(noa.handles[0].platform, Platform::Tiktok);
        assert_eq!(noa.handles[0].followers, 22_000);
        let missing = roster::read_import(&fixture(file), Some("Winter"), None).unwrap_err();
        assert_eq!(
            missing.to_string(),
            "This workbook has no sheet named “Winter”. Its sheets: Spring 2026, Autumn."
        );
    }
    // The title row taken as the header, as the owner may choose: only a name column maps.
    let table = roster::read_import(&fixture("tracker.csv"), None, Some(1)).unwrap();
    assert_eq!(table.headers, ["Influencer tracker — Spring 2026"]);
    assert!(roster::read_import(&fixture("tracker.csv"), None, Some(2)).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// No row with a name or a handle is lost silently: it is imported, or listed with its
    /// line and reason.
    #[test]
    fn no_row_with_a_name_or_handle_is_lost(
        rows in prop::collection::vec(
            (
                "[A-Za-zé ]{0,12}",
                "@?[a-z._]{0,10}",
                "[0-9KkM.,$€ /a-z-]{0,8}",
                "[0-9a-z@.,%-]{0,10}",
                "[a-z✓0-9 ]{0,6}",
            ),
            1..20,
        )
    ) {
        i18n::set_owner(Lang::En);
        let mut file = String::from("Shop tracker\n\nName,Instagram,Followers,Email,Rate,Gifting\n");
        for (name, handle, followers, email, gifting) in &rows {
            file.push_str(&format!("{name},{handle},{followers},{email},{followers},{gifting}\n"));
        }
        let mut table = roster::read_table(file.as_bytes()).unwrap();
        table.set_header(roster::guess_header(&table));
        prop_assert_eq!(table.header_line(), 3);
        let mut db = Db::open_in_memory().unwrap();
        let report = import(&mut db, &table);
        let listed: std::collections::HashSet<u64> = report
            .problems
            .iter()
            .chain(&report.ignored)
            .map(|r| r.line)
            .collect();
        let kept = report.added as usize + report.merged as usize;
        let with_someone = table
            .records()
            .filter(|(_, cells)| cells.iter().take(2).any(|c| !c.is_empty()))
            .count();
        let listed_with_someone = table
            .records()
            .filter(|(line, cells)| {
                listed.contains(line) && cells.iter().take(2).any(|c| !c.is_empty())
            })
            .count();
        prop_assert_eq!(kept + listed_with_someone, with_someone, "{:?}", report);
    }
}

/// A percentage-formatted engagement column holds fractions (0.062 shown as 6.2 %): read as
/// the percentages the owner sees, while a column of plain percentages is left as typed.
#[test]
fn percentage_formatted_engagement_cells_read_as_the_sheet_shows_them() {
    use rust_xlsxwriter::{Format, Workbook};
    i18n::set_owner(Lang::En);
    let dir = tempfile::tempdir().unwrap();
    let write = |file: &str, rates: [f64; 2], percent: bool| {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        let format = Format::new().set_num_format(if percent { "0.0%" } else { "0.0" });
        for (col, header) in ["Name", "Instagram", "Engagement"].iter().enumerate() {
            sheet.write_string(0, col as u16, *header).unwrap();
        }
        for (i, (name, rate)) in ["Zoë Martin", "Lucas Brun"].iter().zip(rates).enumerate() {
            let row = i as u32 + 1;
            sheet.write_string(row, 0, *name).unwrap();
            sheet
                .write_string(row, 1, format!("@creator{row}"))
                .unwrap();
            sheet
                .write_number_with_format(row, 2, rate, &format)
                .unwrap();
        }
        let path = dir.path().join(file);
        book.save(&path).unwrap();
        path
    };
    for (file, rates, percent, expected) in [
        ("percent.xlsx", [0.062, 0.145], true, [6.2, 14.5]),
        ("plain.xlsx", [6.2, 0.8], false, [6.2, 0.8]),
    ] {
        let table = roster::read_import(&write(file, rates, percent), None, None).unwrap();
        let mut db = Db::open_in_memory().unwrap();
        assert_eq!(import(&mut db, &table).added, 2, "{file}");
        for (name, rate) in ["Zoë Martin", "Lucas Brun"].iter().zip(expected) {
            assert_eq!(
                creator(&db, name).engagement_typed,
                Some(rate),
                "{file}: {name}"
            );
        }
    }
}
