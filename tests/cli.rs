//! The headless commands of the real binary, each on its own database file.

use std::path::Path;
use std::process::{Command, Output};

/// Help and errors in the language asked for.
mod cli_lang;

/// The binary in English whatever the machine's language, as the tests read it.
fn shoutout(db: &Path, args: &[&str]) -> Output {
    shoutout_in(db, "C.UTF-8", args)
}

/// The binary with `LANG` set to `locale` (and nothing else asking for a language).
fn shoutout_in(db: &Path, locale: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_shoutout"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("SHOUTOUT_DB")
        .envs([("LC_ALL", ""), ("LC_MESSAGES", ""), ("LANG", locale)])
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn version_and_help() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    let out = shoutout(&db, &["--version"]);
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout).trim(),
        format!("shoutout {}", env!("CARGO_PKG_VERSION"))
    );
    let help = text(&shoutout(&db, &["--help"]).stdout);
    for command in [
        "import-roster",
        "export-roster",
        "sample-data",
        "--db",
        "--version",
    ] {
        assert!(help.contains(command), "--help does not mention {command}");
    }
    let bad = shoutout(&db, &["frobnicate"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("unknown command frobnicate"));
    assert!(!db.exists(), "help and errors do not create a database");
}

#[test]
fn sample_import_and_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    let out = shoutout(&db, &["sample-data"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "Added 36 sample creators.");
    assert_eq!(
        text(&shoutout(&db, &["sample-data"]).stdout).trim(),
        "Added 0 sample creators."
    );

    let csv = dir.path().join("in.csv");
    std::fs::write(
        &csv,
        "Name;Instagram;Followers\nNew One;new.one;12,5K\nBroken;broken;lots\nAlso New;@also.new;1.2M\nTwice;new.one;10\n",
    )
    .unwrap();
    let out = shoutout(&db, &["import-roster", csv.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "rejected rows give exit status 3"
    );
    assert_eq!(
        text(&out.stdout).trim(),
        "Imported 3 new creators, merged 0, skipped 0, rejected 1."
    );
    assert_eq!(
        text(&out.stderr).trim(),
        "Column names taken from line 1.\n\
         line 3, imported: Followers \u{201c}lots\u{201d} could not be read: it was left empty and kept in the notes.\n\
         line 5: @new.one on Instagram is already on line 2 of this file."
    );

    let exported = dir.path().join("out.csv");
    let out = shoutout(&db, &["export-roster", exported.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(text(&out.stdout).starts_with("Exported 39 creators"));
    let body = std::fs::read_to_string(&exported).unwrap();
    assert_eq!(body.lines().count(), 40);
    assert!(body.contains("New One,new.one,12500,"));

    // Importing the export into a new file gives the same roster; again, everything merges.
    let copy = dir.path().join("copy.db");
    let out = shoutout(&copy, &["import-roster", exported.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("Imported 39 new creators"));
    let again = shoutout(
        &copy,
        &[
            "import-roster",
            exported.to_str().unwrap(),
            "--skip-duplicates",
        ],
    );
    assert!(text(&again.stdout).starts_with("Imported 0 new creators, merged 0, skipped 39"));
}

#[test]
fn a_file_that_is_not_shoutouts_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("notes.db");
    std::fs::write(&db, "a shopping list").unwrap();
    let out = shoutout(&db, &["sample-data"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("is not a Shoutout file"));
    assert_eq!(std::fs::read_to_string(&db).unwrap(), "a shopping list");
}

#[test]
fn briefs_export_one_by_one_or_all_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    assert!(shoutout(&db, &["sample-data"]).status.success());

    let all = dir.path().join("briefs");
    let out = shoutout(
        &db,
        &["export-brief", "--all", "--out", all.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout).trim(),
        format!("Saved 4 briefs in {}.", all.display())
    );
    let mut files: Vec<String> = std::fs::read_dir(&all)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files.len(), 4);
    assert!(
        files
            .iter()
            .all(|f| f.starts_with("Brief - ") && f.ends_with(".pdf")),
        "{files:?}"
    );
    assert!(
        files
            .iter()
            .filter(|f| f.starts_with("Brief - Autumn Oat Latte launch - "))
            .count()
            == 2
    );

    let one = dir.path().join("one.pdf");
    let first = files[0]
        .trim_end_matches(".pdf")
        .rsplit(" - ")
        .next()
        .unwrap()
        .to_string();
    let campaign = files[0].split(" - ").nth(1).unwrap().to_string();
    let out = shoutout(
        &db,
        &[
            "export-brief",
            &campaign,
            "--creator",
            &first,
            "--out",
            one.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(std::fs::read(&one).unwrap().starts_with(b"%PDF-"));
    let pdf_text = |p: &Path| {
        text(
            &Command::new("pdftotext")
                .arg(p)
                .arg("-")
                .output()
                .unwrap()
                .stdout,
        )
    };
    assert_eq!(
        pdf_text(&one),
        pdf_text(&all.join(&files[0])),
        "the same brief either way"
    );
    assert!(pdf_text(&one).contains(&first));

    let missing = shoutout(
        &db,
        &["export-brief", "Nope", "--creator", "x", "--out", "x.pdf"],
    );
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).contains("no brief is numbered or named"));
}

#[test]
fn deals_and_gifted_items_export_for_the_bookkeeper() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    assert!(shoutout(&db, &["sample-data"]).status.success());

    let deals = dir.path().join("deals.csv");
    let out = shoutout(&db, &["export-deals", deals.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("Exported 7 deals to "));
    let csv = std::fs::read_to_string(&deals).unwrap();
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    let header = lines.next().unwrap();
    for column in [
        "Creator",
        "Campaign",
        "Kind",
        "Status",
        "Start date",
        "Total cost",
        "Discount code",
        "Tracking link",
        "Code redemptions",
        "Walk-ins",
        "Revenue",
        "Return on cost %",
    ] {
        assert!(header.contains(column), "{column} missing from {header}");
    }
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 7);
    assert!(rows.iter().any(|r| r.contains(",Completed,")));
    assert!(rows
        .iter()
        .any(|r| r.contains("https://cafelumen.example/?utm_source=")));

    let gifts = dir.path().join("gifts.csv");
    let out = shoutout(&db, &["export-gifts", gifts.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = std::fs::read_to_string(&gifts).unwrap();
    assert!(csv.contains("Date,Creator,Campaign,Item,Quantity,Unit cost,Unit retail value,Cost,Retail value,Currency"));
    assert!(csv.contains(",Oat latte bag, 250 g,") || csv.contains(",\"Oat latte bag, 250 g\","));

    let missing = shoutout(&db, &["export-deals"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn backup_restore_and_everything_as_json_headless() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    assert!(shoutout(&db, &["sample-data"]).status.success());
    let copy = dir.path().join("copy.db");
    let out = shoutout(&db, &["backup", "--out", copy.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let json = dir.path().join("all.json");
    let out = shoutout(&db, &["export-all", json.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let fresh = dir.path().join("fresh.db");
    let out = shoutout(&fresh, &["import-all", json.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let again = dir.path().join("again.json");
    assert!(shoutout(&fresh, &["export-all", again.to_str().unwrap()])
        .status
        .success());
    let strip = |p: &Path| {
        let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap();
        v.as_object_mut().unwrap().remove("exported_at");
        v
    };
    assert_eq!(strip(&json), strip(&again));

    // An export holding what the app could not have written is refused, row and column named.
    let mut doc = strip(&json);
    doc["tables"]["creator_handles"][0]["followers"] = "lots".into();
    doc["tables"]["creators"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({}));
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, serde_json::to_vec(&doc).unwrap()).unwrap();
    let empty = dir.path().join("empty.db");
    let out = shoutout(&empty, &["import-all", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("Row 1 of creator_handles: followers"), "{err}");
    assert!(err.contains("is empty"), "{err}");
    let listed = dir.path().join("listed.csv");
    assert!(
        shoutout(&empty, &["export-roster", listed.to_str().unwrap()])
            .status
            .success()
    );
    assert_eq!(std::fs::read_to_string(&listed).unwrap().lines().count(), 1);

    // Change the roster, then restore the backup: the change is gone, the changed file kept.
    let csv = dir.path().join("one.csv");
    std::fs::write(&csv, "Name,Instagram\nNew Person,newperson\n").unwrap();
    assert!(shoutout(&db, &["import-roster", csv.to_str().unwrap()])
        .status
        .success());
    let out = shoutout(&db, &["restore", copy.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let roster = dir.path().join("roster.csv");
    assert!(shoutout(&db, &["export-roster", roster.to_str().unwrap()])
        .status
        .success());
    assert!(!std::fs::read_to_string(&roster)
        .unwrap()
        .contains("New Person"));
    assert!(
        text(&out.stdout).contains("before-restore-"),
        "{}",
        text(&out.stdout)
    );
    let backups: Vec<_> = std::fs::read_dir(dir.path().join("shop.db-backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert!(backups[0].starts_with("before-restore-"), "{backups:?}");
}

#[test]
fn every_command_refuses_a_damaged_file_and_leaves_it_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    assert!(shoutout(&db, &["sample-data"]).status.success());
    let mut bytes = std::fs::read(&db).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle..middle + 4096].fill(0x5A);
    std::fs::write(&db, &bytes).unwrap();
    let target = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    std::fs::write(
        dir.path().join("in.csv"),
        "Name,Instagram\nNew Person,newperson\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.json"), "{}").unwrap();
    let commands: Vec<Vec<String>> = vec![
        vec!["export-roster".into(), target("r.csv")],
        vec!["import-roster".into(), target("in.csv")],
        vec!["export-deals".into(), target("d.csv")],
        vec!["export-gifts".into(), target("g.csv")],
        vec!["export-all".into(), target("a.json")],
        vec!["import-all".into(), target("a.json")],
        vec!["backup".into(), "--out".into(), target("b.db")],
        vec![
            "export-brief".into(),
            "--all".into(),
            "--out".into(),
            target("pdfs"),
        ],
        vec!["sample-data".into()],
    ];
    for args in commands {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = shoutout(&db, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = text(&out.stderr);
        assert!(
            err.contains("damaged") || err.contains("not a Shoutout file"),
            "{args:?}: {err}"
        );
        assert_eq!(
            std::fs::read(&db).unwrap(),
            bytes,
            "{args:?} changed the file"
        );
    }
}

#[test]
fn sample_data_can_generate_a_big_roster() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("big.db");
    let out = shoutout(&db, &["sample-data", "--creators", "2000"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "Added 2000 generated creators.");
    let again = shoutout(&db, &["sample-data", "--creators", "2000"]);
    assert_eq!(text(&again.stdout).trim(), "Added 0 generated creators.");
    let bad = shoutout(&db, &["sample-data", "--creators", "lots"]);
    assert_eq!(bad.status.code(), Some(2));
}

/// A small filesystem that fills up, unmounted when dropped.
struct TinyDisk(tempfile::TempDir);

impl TinyDisk {
    /// None where this machine does not let the tests mount (not root): said on stderr.
    fn mount(bytes: usize) -> Option<TinyDisk> {
        let dir = tempfile::tempdir().unwrap();
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={bytes}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        if !mounted {
            eprintln!("not checked here: this machine does not allow mounting a small disk");
        }
        mounted.then_some(TinyDisk(dir))
    }
}

impl Drop for TinyDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.0.path())
            .status();
    }
}

#[test]
fn a_full_disk_is_said_plainly_and_leaves_nothing_partial() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    assert!(shoutout(&db, &["sample-data"]).status.success());
    let Some(disk) = TinyDisk::mount(40 * 1024) else {
        return;
    };
    let full = disk.0.path();
    for args in [
        vec![
            "export-brief",
            "--all",
            "--out",
            full.join("briefs").to_str().unwrap(),
        ],
        vec!["backup", "--out", full.join("copy.db").to_str().unwrap()],
    ] {
        let out = shoutout(&db, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            text(&out.stderr).contains("the disk is full; free some space"),
            "{}",
            text(&out.stderr)
        );
        let partial: Vec<String> = walk(full)
            .into_iter()
            .filter(|n| n.contains("partial"))
            .collect();
        assert!(partial.is_empty(), "{args:?} left {partial:?}");
    }
}

/// Every file name under `dir`.
fn walk(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .flat_map(|e| {
            if e.path().is_dir() {
                walk(&e.path())
            } else {
                vec![e.file_name().to_string_lossy().into_owned()]
            }
        })
        .collect()
}

#[test]
fn import_roster_names_a_missing_file_and_counts_crlf_lines_as_a_spreadsheet_does() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    let missing = dir.path().join("creators 2026.csv");
    let out = shoutout(&db, &["import-roster", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("creators 2026.csv"), "{err}");
    assert!(err.contains("the file is not there"), "{err}");
    assert!(!err.contains("os error"), "{err}");

    let csv = dir.path().join("excel.csv");
    std::fs::write(
        &csv,
        "Name,Gifting\r\nAnn,yes\r\nBob,maybe\r\n\r\nCy,perhaps\r\n",
    )
    .unwrap();
    let out = shoutout(&db, &["import-roster", csv.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("line 3, imported:") && err.contains("line 5, imported:"),
        "{err}"
    );
    assert!(
        !err.contains("line 2,") && !err.contains("line 4,"),
        "{err}"
    );
}

#[test]
fn import_roster_reads_a_workbook_its_sheet_and_header_row() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    let tracker = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sheets/tracker.xlsx");
    let tracker = tracker.to_str().unwrap();
    let out = shoutout(&db, &["import-roster", tracker]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout).trim(),
        "Imported 7 new creators, merged 0, skipped 0, rejected 0."
    );
    let err = text(&out.stderr);
    assert!(
        err.starts_with("Column names taken from line 3.\n"),
        "{err}"
    );
    assert!(
        err.contains("line 13, left out: A total row, not a creator."),
        "{err}"
    );
    assert!(
        err.contains("line 10, imported: Rate \u{201c}ask me\u{201d}"),
        "{err}"
    );

    let out = shoutout(
        &db,
        &[
            "import-roster",
            tracker,
            "--sheet",
            "Autumn",
            "--header-row",
            "1",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout).trim(),
        "Imported 2 new creators, merged 0, skipped 0, rejected 0."
    );
    let out = shoutout(&db, &["import-roster", tracker, "--sheet", "Winter"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no sheet named \u{201c}Winter\u{201d}"));
}
