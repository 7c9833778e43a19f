//! Backups, restore and the JSON export: nothing the owner entered is lost or changed.

use chrono::{NaiveDate, NaiveDateTime};
use shoutout_core::sample::load_sample_roster;
use shoutout_core::storage::lock::{FileLock, Holder};
use shoutout_core::storage::restore;
use shoutout_core::storage::{backup, everything};
use shoutout_core::{roster, Db};

fn now(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// Restores `source` over `path` as the command line does: holding the file's lock.
fn restore(
    path: &std::path::Path,
    source: &std::path::Path,
    at: NaiveDateTime,
) -> shoutout_core::Result<Option<std::path::PathBuf>> {
    let lock = FileLock::acquire(path, Holder::Restore, std::time::Duration::ZERO)?;
    restore::restore_file(&lock, source, at, false)
}

fn dump(db: &Db) -> serde_json::Value {
    let mut out = Vec::new();
    everything::export(db, &mut out).unwrap();
    let mut doc: serde_json::Value = serde_json::from_slice(&out).unwrap();
    doc.as_object_mut().unwrap().remove("exported_at");
    doc
}

#[test]
fn everything_exports_to_json_and_imports_back_identically() {
    let mut db = Db::open_in_memory().unwrap();
    load_sample_roster(&mut db, today()).unwrap();
    shoutout_core::settings::brand::set_logo(&mut db, include_bytes!("../../icons/32x32.png"))
        .unwrap();
    let mut out = Vec::new();
    let rows = everything::export(&db, &mut out).unwrap();
    assert!(rows > 150, "{rows}");

    let mut copy = Db::open_in_memory().unwrap();
    assert_eq!(everything::import(&mut copy, &out).unwrap(), rows);
    assert_eq!(dump(&copy), dump(&db));
    // The search index is rebuilt: the imported roster searches like the original.
    let q = roster::RosterQuery {
        search: "zoe".into(),
        limit: 50,
        ..roster::RosterQuery::default()
    };
    assert_eq!(
        roster::query(copy.conn(), &q).unwrap(),
        roster::query(db.conn(), &q).unwrap()
    );

    // Not into a database in use, and not from a file that is not an export: nothing written.
    let again = everything::import(&mut copy, &out).unwrap_err();
    assert!(again.to_string().contains("empty"), "{again}");
    let mut empty = Db::open_in_memory().unwrap();
    assert!(everything::import(&mut empty, b"{\"hello\": 1}").is_err());
    let mut truncated = out.clone();
    truncated.truncate(out.len() / 2);
    assert!(everything::import(&mut empty, &truncated).is_err());
    assert_eq!(
        roster::facets(empty.conn()).unwrap().creators,
        0,
        "a refused import leaves nothing behind"
    );
}

#[test]
fn a_backup_restores_what_was_there_and_keeps_the_current_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shoutout.db");
    let backups = backup::dir_for(&path);
    let mut db = Db::open(&path).unwrap();
    load_sample_roster(&mut db, today()).unwrap();
    let before = dump(&db);
    let first = backup::take(&db, &backups, now("2026-11-22 09:00:00")).unwrap();

    // Later changes, then a restore of the morning's backup.
    let zoe = roster::query(
        db.conn(),
        &roster::RosterQuery {
            search: "amara".into(),
            limit: 1,
            ..Default::default()
        },
    )
    .unwrap()
    .rows[0]
        .id;
    roster::set_archived(&mut db, zoe, true).unwrap();
    let changed = dump(&db);
    assert_ne!(changed, before);
    drop(db);
    restore(&path, &first, now("2026-11-23 10:00:00")).unwrap();
    let db = Db::open(&path).unwrap();
    assert_eq!(dump(&db), before);
    // The file it replaced was backed up first.
    let listed = backup::list(&backups).unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0].taken_at, "2026-11-23T10:00:00");
    let kept = Db::open(std::path::Path::new(&listed[0].path)).unwrap();
    assert_eq!(dump(&kept), changed);
}

#[test]
fn a_bad_backup_is_refused_and_nothing_is_touched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shoutout.db");
    let mut db = Db::open(&path).unwrap();
    load_sample_roster(&mut db, today()).unwrap();
    drop(db);
    let original = std::fs::read(&path).unwrap();
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"not a database at all, just words").unwrap();
    let err = restore(&path, &junk, now("2026-11-23 10:00:00")).unwrap_err();
    assert_eq!(err.code(), "not_shoutout");
    assert!(err.to_string().contains("junk.db"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), original);
    assert_eq!(
        std::fs::read(&junk).unwrap(),
        b"not a database at all, just words"
    );
    assert!(backup::list(&backup::dir_for(&path)).unwrap().is_empty());
}

#[test]
fn a_damaged_file_is_moved_aside_and_replaced_by_the_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shoutout.db");
    let mut db = Db::open(&path).unwrap();
    load_sample_roster(&mut db, today()).unwrap();
    let good = dump(&db);
    let saved = backup::take(&db, &backup::dir_for(&path), now("2026-11-22 09:00:00")).unwrap();
    db.conn()
        .pragma_update(None, "wal_checkpoint", "TRUNCATE")
        .unwrap();
    drop(db);
    // Scribble over the middle of the file, as a failing disk might.
    let mut bytes = std::fs::read(&path).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle..middle + 4096].fill(0x5A);
    std::fs::write(&path, &bytes).unwrap();
    assert!(Db::open(&path).is_err());

    restore(&path, &saved, now("2026-11-23 10:00:00")).unwrap();
    assert_eq!(dump(&Db::open(&path).unwrap()), good);
    let aside = backup::dir_for(&path).join("damaged-2026-11-23-100000.db");
    assert_eq!(
        std::fs::read(aside).unwrap(),
        bytes,
        "the damaged file is kept as it was"
    );
}

#[test]
fn a_backup_is_due_once_a_day() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("shoutout.db")).unwrap();
    let backups = dir.path().join("backups");
    assert!(backup::due(&backups, now("2026-11-23 08:00:00")).unwrap());
    backup::take(&db, &backups, now("2026-11-23 08:00:00")).unwrap();
    assert!(!backup::due(&backups, now("2026-11-23 23:59:59")).unwrap());
    assert!(backup::due(&backups, now("2026-11-24 00:00:00")).unwrap());
}
