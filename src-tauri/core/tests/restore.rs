//! Restore and backups against careless and hostile files (issue 13, cases 1–4, 8, 11, 12):
//! a restore never fights an open window, never loses the safety copy it promised, never
//! takes in a file that carries SQL of its own, and leaves nothing behind when it fails.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use shoutout_core::sample::load_sample_roster;
use shoutout_core::storage::backup::{self, BackupKind};
use shoutout_core::storage::lock::{FileLock, Holder};
use shoutout_core::storage::restore;
use shoutout_core::{roster, Db};

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap()
}

fn restore(path: &Path, source: &Path, when: &str) -> shoutout_core::Result<Option<PathBuf>> {
    let lock = FileLock::acquire(path, Holder::Restore, Duration::ZERO)?;
    restore::restore_file(&lock, source, at(when), false)
}

fn creators(path: &Path) -> i64 {
    roster::facets(Db::open(path).unwrap().conn())
        .unwrap()
        .creators
}

/// A data file with the sample roster, and a backup of it taken the day before.
fn shop(dir: &Path, name: &str) -> (PathBuf, PathBuf) {
    let path = dir.join(name);
    let mut db = Db::open(&path).unwrap();
    load_sample_roster(&mut db, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()).unwrap();
    let saved = backup::take(&db, &backup::dir_for(&path), at("2026-11-22 09:00:00")).unwrap();
    (path, saved)
}

/// Files in `dir` whose names say they are unfinished.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.contains("partial"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn case_1_a_restore_is_refused_while_a_window_has_the_file_open() {
    let dir = tempfile::tempdir().unwrap();
    let (path, saved) = shop(dir.path(), "shoutout.db");
    let window = FileLock::acquire(&path, Holder::User, Duration::ZERO).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = restore(&path, &saved, "2026-11-23 10:00:00").unwrap_err();
    assert_eq!(err.code(), "open_elsewhere");
    assert!(
        err.to_string()
            .contains("Shoutout is open on this file — close it or restore from its Settings"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // A shared lock is no licence to restore; the window swaps it for the exclusive one.
    let err = restore::restore_file(&window, &saved, at("2026-11-23 10:00:00"), false).unwrap_err();
    assert_eq!(err.code(), "open_elsewhere");
    drop(window);
    restore(&path, &saved, "2026-11-23 10:00:00").unwrap();
}

#[test]
fn case_1_the_open_file_notices_when_another_program_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let (path, saved) = shop(dir.path(), "shoutout.db");
    let db = Db::open(&path).unwrap();
    db.check_same_file().unwrap();
    std::fs::copy(&saved, dir.path().join("dragged.db")).unwrap();
    std::fs::rename(dir.path().join("dragged.db"), &path).unwrap();
    let err = db.check_same_file().unwrap_err();
    assert_eq!(err.code(), "file_replaced");
    assert!(err.to_string().contains("shoutout.db"), "{err}");
}

#[test]
fn case_2_two_restores_in_a_day_keep_both_safety_copies() {
    let dir = tempfile::tempdir().unwrap();
    let (path, saved) = shop(dir.path(), "shoutout.db");
    let first = restore(&path, &saved, "2026-11-23 10:00:00")
        .unwrap()
        .unwrap();
    let second = restore(&path, &saved, "2026-11-23 10:00:00")
        .unwrap()
        .unwrap();
    let third = restore(&path, &saved, "2026-11-23 16:30:00")
        .unwrap()
        .unwrap();
    // A daily backup afterwards thins the daily ones, never the safety copies.
    backup::take(
        &Db::open(&path).unwrap(),
        &backup::dir_for(&path),
        at("2026-11-23 18:00:00"),
    )
    .unwrap();
    let listed = backup::list(&backup::dir_for(&path)).unwrap();
    let safety: Vec<PathBuf> = listed
        .iter()
        .filter(|b| b.kind == BackupKind::BeforeRestore)
        .map(|b| PathBuf::from(&b.path))
        .collect();
    assert_eq!(
        safety,
        [third, second, first],
        "newest first, the same second in order"
    );
    // They are kept for 90 days, then rotation removes them.
    backup::prune(&backup::dir_for(&path), at("2027-02-20 10:00:00")).unwrap();
    assert_eq!(
        backup::list(&backup::dir_for(&path)).unwrap().len(),
        listed.len()
    );
    backup::prune(&backup::dir_for(&path), at("2027-02-22 10:00:00")).unwrap();
    let left = backup::list(&backup::dir_for(&path)).unwrap();
    assert!(left.iter().all(|b| b.kind == BackupKind::Daily), "{left:?}");
}

#[test]
fn case_2_each_data_file_has_its_own_backups() {
    let dir = tempfile::tempdir().unwrap();
    let (shop_path, _) = shop(dir.path(), "shop.db");
    let (other, _) = shop(dir.path(), "old1.db");
    assert_ne!(backup::dir_for(&shop_path), backup::dir_for(&other));
    assert!(backup::dir_for(&shop_path).ends_with("shop.db-backups"));
    // Files that differ only in their extension do not share one either.
    assert_ne!(
        backup::dir_for(&dir.path().join("shop.sqlite")),
        backup::dir_for(&shop_path)
    );
    let db = Db::open(&other).unwrap();
    for day in 1..=20 {
        backup::take(
            &db,
            &backup::dir_for(&other),
            at(&format!("2026-10-{day:02} 09:00:00")),
        )
        .unwrap();
    }
    let mine = backup::list(&backup::dir_for(&shop_path)).unwrap();
    assert_eq!(
        mine.len(),
        1,
        "the other file's rotation leaves this one's alone"
    );
}

#[test]
fn case_2_backups_of_the_shared_folder_move_to_the_only_data_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shoutout.db");
    let db = Db::open(&path).unwrap();
    let shared = dir.path().join("backups");
    backup::take(&db, &shared, at("2026-11-20 09:00:00")).unwrap();
    drop(db);
    drop(Db::open(&path).unwrap());
    let mine = backup::list(&backup::dir_for(&path)).unwrap();
    assert_eq!(mine.len(), 1);
    assert!(backup::list(&shared).unwrap().is_empty());
}

#[test]
fn case_3_a_file_with_a_trigger_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let (path, saved) = shop(dir.path(), "shoutout.db");
    let tampered = dir.path().join("tampered.db");
    std::fs::copy(&saved, &tampered).unwrap();
    Connection::open(&tampered)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER wipe AFTER INSERT ON creators BEGIN DELETE FROM creators; END;",
        )
        .unwrap();
    let bytes = std::fs::read(&tampered).unwrap();
    let before = creators(&path);

    let err = restore(&path, &tampered, "2026-11-23 10:00:00").unwrap_err();
    assert_eq!(err.code(), "foreign_schema", "{err}");
    assert!(err.to_string().contains("tampered.db"), "{err}");
    assert!(err.to_string().contains("trigger named “wipe”"), "{err}");
    assert_eq!(std::fs::read(&tampered).unwrap(), bytes);
    assert_eq!(creators(&path), before);
    assert_eq!(Db::open(&tampered).err().unwrap().code(), "foreign_schema");
    assert_eq!(std::fs::read(&tampered).unwrap(), bytes);
}

#[test]
fn case_4_an_empty_file_is_not_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = shop(dir.path(), "shoutout.db");
    let before = creators(&path);
    let zero = dir.path().join("zero.db");
    std::fs::write(&zero, b"").unwrap();
    let err = restore(&path, &zero, "2026-11-23 10:00:00").unwrap_err();
    assert_eq!(err.code(), "not_shoutout", "{err}");
    assert_eq!(creators(&path), before);

    // A Shoutout file with nothing in it needs the owner's explicit yes.
    let blank = dir.path().join("blank.db");
    drop(Db::open(&blank).unwrap());
    let err = restore(&path, &blank, "2026-11-23 10:00:00").unwrap_err();
    assert_eq!(err.code(), "empty_backup", "{err}");
    assert_eq!(creators(&path), before);
    let lock = FileLock::acquire(&path, Holder::Restore, Duration::ZERO).unwrap();
    restore::restore_file(&lock, &blank, at("2026-11-23 10:00:00"), true).unwrap();
    drop(lock);
    assert_eq!(creators(&path), 0);
}

#[test]
fn case_4_commits_still_in_the_sources_wal_come_back() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = shop(dir.path(), "shoutout.db");
    let source = dir.path().join("elsewhere.db");
    let mut other = Db::open(&source).unwrap();
    load_sample_roster(&mut other, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()).unwrap();
    other
        .conn()
        .execute_batch("PRAGMA wal_autocheckpoint = 0;")
        .unwrap();
    let tx = other.conn();
    for i in 0..50 {
        tx.execute(
            "INSERT INTO creators (display_name, created_at, updated_at) VALUES (?1, 'n', 'n')",
            [format!("late {i}")],
        )
        .unwrap();
    }
    let want = roster::facets(other.conn()).unwrap().creators;
    // Copied the way an owner copies files: the -wal beside it still holds the last commits.
    let copy = dir.path().join("copied.db");
    std::fs::copy(&source, &copy).unwrap();
    std::fs::copy(
        format!("{}-wal", source.display()),
        format!("{}-wal", copy.display()),
    )
    .unwrap();
    drop(other);
    restore(&path, &copy, "2026-11-23 10:00:00").unwrap();
    assert_eq!(creators(&path), want);
}

#[test]
fn case_8_backups_and_exports_read_while_an_import_writes() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = shop(dir.path(), "shoutout.db");
    let writer = Db::open(&path).unwrap();
    writer.conn().execute_batch("BEGIN IMMEDIATE;").unwrap();
    writer
        .conn()
        .execute(
            "INSERT INTO creators (display_name, created_at, updated_at) VALUES ('mid-import', 'n', 'n')",
            [],
        )
        .unwrap();
    let started = std::time::Instant::now();
    let reader = Db::open_read_only(&path).unwrap();
    backup::backup_to(&reader, &dir.path().join("copy.db")).unwrap();
    roster::export_to_path(
        &reader,
        &roster::RosterQuery::default(),
        &dir.path().join("r.csv"),
    )
    .unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    writer.conn().execute_batch("COMMIT;").unwrap();
}

#[test]
fn case_8_a_read_only_file_is_read_and_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let (path, saved) = shop(dir.path(), "shoutout.db");
    Db::open(&path)
        .unwrap()
        .conn()
        .pragma_update(None, "journal_mode", "DELETE")
        .unwrap();
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).unwrap();
    let bytes = std::fs::read(&path).unwrap();

    let db = Db::open(&path).unwrap();
    assert!(db.is_read_only());
    backup::backup_to(&db, &dir.path().join("copy.db")).unwrap();
    drop(db);
    let err = restore(&path, &saved, "2026-11-23 10:00:00").unwrap_err();
    assert_eq!(err.code(), "read_only", "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    assert!(!backup::dir_for(&path)
        .join("damaged-2026-11-23-100000.db")
        .exists());
}

#[test]
fn case_11_a_failed_or_killed_restore_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = shop(dir.path(), "shoutout.db");
    let blank = dir.path().join("blank.db");
    drop(Db::open(&blank).unwrap());
    restore(&path, &blank, "2026-11-23 10:00:00").unwrap_err();
    assert_eq!(leftovers(&backup::dir_for(&path)), Vec::<String>::new());
    // What a kill in the middle leaves is removed by the next one to take the file.
    let killed = backup::dir_for(&path).join(".restore.partial");
    std::fs::write(&killed, vec![0; 1 << 20]).unwrap();
    std::fs::write(
        backup::dir_for(&path).join(".shoutout-2026-11-23-100000.db.partial"),
        b"x",
    )
    .unwrap();
    drop(FileLock::acquire(&path, Holder::Restore, Duration::ZERO).unwrap());
    assert_eq!(leftovers(&backup::dir_for(&path)), Vec::<String>::new());
}

#[test]
fn case_12_messages_name_the_right_file_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    let (path, saved) = shop(dir.path(), "shoutout.db");
    // A truncated file is damaged, not "malformed".
    let cut = dir.path().join("cut.db");
    let bytes = std::fs::read(&saved).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() / 3]).unwrap();
    let err = restore(&path, &cut, "2026-11-23 10:00:00").unwrap_err();
    assert_eq!(err.code(), "damaged", "{err}");
    assert!(err.to_string().contains("cut.db is damaged"), "{err}");
    let err = Db::open(&cut).err().unwrap();
    assert_eq!(err.code(), "damaged", "{err}");

    // When the backups folder is the problem, the message names it, not the source.
    let elsewhere = dir.path().join("old1.db");
    std::fs::copy(&saved, &elsewhere).unwrap();
    let lonely = dir.path().join("lonely").join("shop.db");
    drop(Db::open(&lonely).unwrap());
    std::fs::write(
        backup::dir_for(&lonely),
        b"a file where the folder should be",
    )
    .unwrap();
    let err = restore(&lonely, &elsewhere, "2026-11-23 10:00:00").unwrap_err();
    assert!(err.to_string().contains("shop.db-backups"), "{err}");
    assert!(!err.to_string().contains("old1.db"), "{err}");
}
