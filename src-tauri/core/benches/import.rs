//! Roster import of a generated spreadsheet (a title row above the header, a TOTAL row at the
//! end) into an empty roster, against the bare SQL insert of the same rows into the same schema
//! (tables, indexes, search index): reading the file, previewing it (mapping, checks, duplicate
//! lookup), and validating and inserting, each timed apart, for CSV and `.xlsx`. Medians of a
//! few runs, interleaved with the reference, printed as `name: value unit (ratio vs reference)`.
//!
//! `cargo bench -p shoutout-core --bench import` (100,000 creators);
//! SHOUTOUT_BENCH_SMOKE=1 runs a tiny version that only checks the benchmark works.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use rusqlite::types::Value;

use common::{ms, percentile, versus};
use shoutout_core::roster::{self, DuplicatePolicy, RosterQuery};
use shoutout_core::spreadsheet::Table;
use shoutout_core::{sample, Db};

/// The tables an import writes, with the columns read back for the reference insert.
const TABLES: &[(&str, &str)] = &[
    ("creators", "*"),
    ("creator_handles", "*"),
    ("creator_niches", "*"),
    ("creators_fts", "rowid, name, handles, niches, city, notes"),
];

fn main() {
    let smoke = std::env::var_os("SHOUTOUT_BENCH_SMOKE").is_some();
    let (count, runs) = if smoke { (2_000, 1) } else { (100_000, 5) };
    let label = if smoke { "2k" } else { "100k" };
    let dir = tempfile::tempdir().unwrap();

    let mut source = Db::open_in_memory().unwrap();
    source
        .with_tx(|tx| {
            for input in sample::creators(count, 42) {
                roster::insert(tx, &roster::validate(&input)?, None)?;
            }
            Ok(())
        })
        .unwrap();
    let rows = stored_rows(&source);
    let mut export = Vec::new();
    roster::export(&source, &RosterQuery::default(), &mut export).unwrap();
    drop(source);
    let csv = dir.path().join("tracker.csv");
    let xlsx = dir.path().join("tracker.xlsx");
    write_tracker(&export, &csv, &xlsx);

    // Files opened (migrated) and closed (checkpointed) outside the timed runs.
    let open = |name: String| Db::open(&dir.path().join(name)).unwrap();
    let mut ours_dbs: Vec<Db> = (0..runs).map(|r| open(format!("ours-{r}.db"))).collect();
    let mut bare_dbs: Vec<Db> = (0..runs).map(|r| open(format!("bare-{r}.db"))).collect();
    let (mut used, mut used_bare) = (Vec::new(), Vec::new());
    let mut phases = Vec::new();
    let (whole, bare) = versus(
        runs,
        Duration::ZERO,
        || {
            let mut db = ours_dbs.pop().unwrap();
            phases.push(import(&csv, &mut db, count));
            used.push(db);
        },
        || {
            let mut db = bare_dbs.pop().unwrap();
            bare_insert(&mut db, &rows);
            used_bare.push(db);
        },
    );
    drop((used, used_bare));
    let mut xlsx_db = open("xlsx.db".into());
    let xlsx_times = import(&xlsx, &mut xlsx_db, count);
    let mut times = Times {
        read: phases.iter().map(|p| p.read).collect(),
        preview: phases.iter().map(|p| p.preview).collect(),
        commit: phases.iter().map(|p| p.commit).collect(),
        whole,
        bare,
    };
    report(&mut times, xlsx_times, count, label, &csv);
}

/// One import's phases, as the import dialog runs them.
#[derive(Default)]
struct Phases {
    read: Duration,
    preview: Duration,
    commit: Duration,
}

struct Times {
    read: Vec<Duration>,
    preview: Vec<Duration>,
    commit: Vec<Duration>,
    whole: Vec<Duration>,
    bare: Vec<Duration>,
}

/// Reads `file` with the header guessed, previews it, and imports it into the empty `db`.
fn import(file: &Path, db: &mut Db, count: usize) -> Phases {
    let start = Instant::now();
    let table: Table = roster::read_import(file, None, None).unwrap();
    let read = start.elapsed();
    let start = Instant::now();
    let preview = roster::preview(db, &table, None).unwrap();
    let preview_time = start.elapsed();
    assert_eq!(
        preview.new_rows as usize,
        count,
        "{:?}",
        preview.problems.first()
    );
    let start = Instant::now();
    let report = roster::commit(
        db,
        &table,
        &preview.mapping,
        DuplicatePolicy::Merge,
        |_, _| {},
    )
    .unwrap();
    let commit = start.elapsed();
    assert_eq!(
        report.added as usize,
        count,
        "{:?}",
        report.problems.first()
    );
    assert_eq!(report.ignored.len(), 1, "the TOTAL row");
    Phases {
        read,
        preview: preview_time,
        commit,
    }
}

/// The export as an owner's tracker: a title and a blank row above the header, a TOTAL row
/// below, as CSV and as `.xlsx` with numbers in number cells.
fn write_tracker(export: &[u8], csv: &Path, xlsx: &Path) {
    let table = roster::read_table(export).unwrap();
    let mut lines: Vec<Vec<String>> = vec![vec!["Influencer tracker, spring".into()], vec![]];
    lines.push(table.headers.clone());
    lines.extend(
        table
            .records()
            .map(|(_, cells)| cells.into_iter().map(str::to_string).collect()),
    );
    lines.push(vec!["TOTAL".into(), String::new(), "123456".into()]);

    let mut out = csv::WriterBuilder::new()
        .flexible(true)
        .from_path(csv)
        .unwrap();
    for line in &lines {
        out.write_record(line).unwrap();
    }
    out.flush().unwrap();

    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, line) in lines.iter().enumerate() {
        for (c, cell) in line.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell.parse::<f64>() {
                Ok(n) if !cell.starts_with(['0', '+']) || cell == "0" => {
                    sheet.write_number(r, c, n).unwrap();
                }
                _ => {
                    sheet.write_string(r, c, cell).unwrap();
                }
            };
        }
    }
    book.save(xlsx).unwrap();
}

/// Every row the import of `count` creators writes, table by table.
fn stored_rows(db: &Db) -> Vec<(String, Vec<Vec<Value>>)> {
    TABLES
        .iter()
        .map(|(table, columns)| {
            let mut stmt = db
                .conn()
                .prepare(&format!("SELECT {columns} FROM {table}"))
                .unwrap();
            let names: Vec<String> = stmt.column_names().iter().map(|c| c.to_string()).collect();
            let width = names.len();
            let rows = stmt
                .query_map([], |r| (0..width).map(|i| r.get::<_, Value>(i)).collect())
                .unwrap()
                .collect::<rusqlite::Result<Vec<Vec<Value>>>>()
                .unwrap();
            let sql = format!(
                "INSERT INTO {table} ({}) VALUES ({})",
                names.join(", "),
                vec!["?"; width].join(", ")
            );
            (sql, rows)
        })
        .collect()
}

/// The reference: the same rows into a new roster's schema, one prepared statement per table,
/// in one transaction, nothing read, mapped or checked.
fn bare_insert(db: &mut Db, rows: &[(String, Vec<Vec<Value>>)]) {
    db.with_tx(|tx| {
        for (sql, rows) in rows {
            let mut stmt = tx.prepare(sql)?;
            for row in rows {
                stmt.execute(rusqlite::params_from_iter(row))?;
            }
        }
        Ok(())
    })
    .unwrap();
}

fn report(times: &mut Times, xlsx: Phases, count: usize, label: &str, csv: &Path) {
    let rows_per_s = |d: Duration| count as f64 / d.as_secs_f64();
    let bare = percentile(&mut times.bare, 0.5);
    let (read, preview) = (
        percentile(&mut times.read, 0.5),
        percentile(&mut times.preview, 0.5),
    );
    let (commit, whole) = (
        percentile(&mut times.commit, 0.5),
        percentile(&mut times.whole, 0.5),
    );
    let mb = std::fs::metadata(csv).unwrap().len() as f64 / 1e6;
    println!(
        "import bare SQL insert ({label} rows, same schema): {:.0} rows/s ({:.0} ms)",
        rows_per_s(bare),
        ms(bare)
    );
    println!(
        "import validate and insert ({label} rows, one transaction): {:.0} rows/s ({:.0} ms; {:.2}x the bare insert)",
        rows_per_s(commit),
        ms(commit),
        commit.as_secs_f64() / bare.as_secs_f64()
    );
    println!(
        "import read, map and check duplicates ({label} rows, {mb:.1} MB CSV): {:.0} ms ({:.0} read + {:.0} preview; {:.2}x the bare insert)",
        ms(read + preview),
        ms(read),
        ms(preview),
        (read + preview).as_secs_f64() / bare.as_secs_f64()
    );
    println!(
        "import whole CSV ({label} rows: read, preview, insert): {:.0} rows/s ({:.0} ms; {:.2}x the bare insert)",
        rows_per_s(whole),
        ms(whole),
        whole.as_secs_f64() / bare.as_secs_f64()
    );
    let xlsx_whole = xlsx.read + xlsx.preview + xlsx.commit;
    println!(
        "import whole .xlsx ({label} rows: read {:.0} ms, preview, insert): {:.0} rows/s ({:.0} ms; {:.2}x the bare insert)",
        ms(xlsx.read),
        rows_per_s(xlsx_whole),
        ms(xlsx_whole),
        xlsx_whole.as_secs_f64() / bare.as_secs_f64()
    );
}
