//! The one SQLite file: how it is opened, migrated and written to.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Error, Result};
use crate::storage::identity;

/// Written into the SQLite header so a Shoutout file can be told apart from any other SQLite file.
pub const APPLICATION_ID: i64 = 0x5348_4f55; // "SHOU"

/// Schema migrations, applied in order; a file's `user_version` is the number applied.
/// Never edit a released migration: add a new one.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_roster.sql"),
    include_str!("../../migrations/0002_briefs.sql"),
    include_str!("../../migrations/0003_deals.sql"),
    include_str!("../../migrations/0004_preferences.sql"),
    include_str!("../../migrations/0005_handle_keys.sql"),
    include_str!("../../migrations/0006_languages.sql"),
    include_str!("../../migrations/0007_mail.sql"),
];

pub struct Db {
    conn: Connection,
    /// The file and its identity when opened, to notice when another program replaces it.
    file: Option<(PathBuf, Option<FileId>)>,
    read_only: bool,
}

impl Db {
    /// Opens (or creates) the database file, refusing files that are not Shoutout's or are newer
    /// than this build, and brings the schema up to date (after a copy of an older file is put
    /// with its backups). A file the owner made read-only is opened read-only.
    pub fn open(path: &Path) -> Result<Db> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        if is_read_only(path) {
            return Self::open_read_only(path);
        }
        let mut db = Self::open_unmigrated(path)?;
        crate::storage::backup::adopt_shared_backups(path);
        if schema_version(&db.conn)? < MIGRATIONS.len() as i64 && has_schema(&db.conn)? {
            crate::storage::backup::before_update(&db, path)?;
        }
        db.finish_open()?;
        Ok(db)
    }

    /// Opens a file for reading only: exports and backups, which then never wait for a writer
    /// and never write. A file from an older version is brought up to date first.
    pub fn open_read_only(path: &Path) -> Result<Db> {
        let db = match Self::open_as_it_is(path) {
            // A writer was killed with commits in its -wal: only a writer may recover them.
            Err(e) if refused_as_read_only(&e) && !is_read_only(path) => return Self::open(path),
            other => other?,
        };
        if schema_version(&db.conn)? < MIGRATIONS.len() as i64 {
            if is_read_only(path) {
                return Err(Error::ReadOnly(path.display().to_string()));
            }
            drop(db);
            return Self::open(path);
        }
        Ok(db)
    }

    /// Opens and checks a file read-only at whatever version it is: a restore's source, which
    /// is never written to.
    pub(crate) fn open_as_it_is(path: &Path) -> Result<Db> {
        if !path.exists() {
            return Err(Error::io(path, std::io::ErrorKind::NotFound.into()));
        }
        Self::connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
    }

    /// Opens and checks a file without migrating it: for `open` and for a restore's copy.
    pub(crate) fn open_unmigrated(path: &Path) -> Result<Db> {
        let db = Self::connect(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        )?;
        configure(&db.conn)?;
        Ok(db)
    }

    /// A connection to `path` that has passed the identity checks, nothing written yet.
    fn connect(path: &Path, flags: OpenFlags) -> Result<Db> {
        let name = path.display().to_string();
        let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .map_err(|e| identity::damaged_or(e, &name))?;
        guard(&conn)?;
        identity::check(&conn, &name).map_err(|e| identity::cut_short(path, e))?;
        Ok(Db {
            conn,
            file: Some((path.to_path_buf(), file_id(path))),
            read_only: flags.contains(OpenFlags::SQLITE_OPEN_READ_ONLY),
        })
    }

    /// A private in-memory database with the full schema, for tests.
    pub fn open_in_memory() -> Result<Db> {
        let conn = Connection::open_in_memory()?;
        guard(&conn)?;
        identity::check(&conn, "memory")?;
        configure(&conn)?;
        let mut db = Db {
            conn,
            file: None,
            read_only: false,
        };
        db.finish_open()?;
        Ok(db)
    }

    pub(crate) fn finish_open(&mut self) -> Result<()> {
        migrate(&mut self.conn, MIGRATIONS.len())?;
        // Fresh statistics let the planner pick the dashboard's indexes; the limit keeps this
        // to milliseconds on a large roster (SQLite's advice for long-lived connections).
        self.conn
            .execute_batch("PRAGMA analysis_limit = 400; PRAGMA optimize = 0x10002;")?;
        Ok(())
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The file as the owner knows it, for messages.
    pub fn name(&self) -> String {
        self.file
            .as_ref()
            .map_or_else(|| "memory".into(), |(path, _)| path.display().to_string())
    }

    /// Fails once the file this was opened on is no longer at its path: replaced by another
    /// program (a copy dragged over it, a restore by another tool) or moved away.
    pub fn check_same_file(&self) -> Result<()> {
        let Some((path, Some(id))) = &self.file else {
            return Ok(());
        };
        // Only a file that is gone or another file counts: a passing stat error does not.
        match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Err(Error::Replaced(path.display().to_string()))
            }
            Ok(meta) if id_of(&meta).is_some_and(|now| now != *id) => {
                Err(Error::Replaced(path.display().to_string()))
            }
            _ => Ok(()),
        }
    }

    /// SQLite's refusal to write a read-only file, in the owner's words.
    pub fn explain(&self, e: Error) -> Error {
        match &self.file {
            Some((path, _)) if refused_as_read_only(&e) => {
                Error::ReadOnly(path.display().to_string())
            }
            _ => e,
        }
    }

    /// Runs `f` in one IMMEDIATE transaction: all of it is written, or none of it.
    pub fn with_tx<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

/// A file's identity on disk: a replacement (rename over it) gets another one.
#[cfg(unix)]
type FileId = (u64, u64);
#[cfg(not(unix))]
type FileId = std::time::SystemTime;

/// Read with `stat`, never by opening the file: closing a descriptor of the database would drop
/// SQLite's locks on it.
fn file_id(path: &Path) -> Option<FileId> {
    id_of(&std::fs::metadata(path).ok()?)
}

fn id_of(meta: &std::fs::Metadata) -> Option<FileId> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        meta.created().ok()
    }
}

/// SQLite's refusal to write: to a read-only file, or, from a read-only connection, the
/// recovery of a -wal a killed writer left (which only a writer may do).
pub(crate) fn refused_as_read_only(e: &Error) -> bool {
    matches!(e, Error::Db(rusqlite::Error::SqliteFailure(f, _)) if f.code == rusqlite::ErrorCode::ReadOnly)
}

pub(crate) fn is_read_only(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly())
}

fn has_schema(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row("SELECT count(*) > 0 FROM sqlite_schema", [], |r| r.get(0))?)
}

/// Nothing stored in a file may run with the app's trust: no functions with side effects from
/// triggers or views, and no writes to the schema by SQL (SQLite's advice for files from others).
fn guard(conn: &Connection) -> Result<()> {
    // First, so a moment's lock held by another process (a checkpoint) is waited for, not
    // taken for damage.
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "trusted_schema", false)?;
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    Ok(())
}

fn configure(conn: &Connection) -> Result<()> {
    // WAL lets the UI read while an import writes. synchronous=NORMAL is safe with WAL against
    // application crashes (a commit is in the WAL before it returns); only a power cut can lose
    // the last commits, never corrupt the file. FULL would fsync on every keystroke-sized edit.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // 32 MiB of page cache (SQLite's default is 2 MiB), taken only as pages are read: a roster
    // of 100,000 creators has a dozen indexes, and an import into them re-read pages from the
    // OS for every row with the default.
    conn.pragma_update(None, "cache_size", -32768)?;
    Ok(())
}

pub fn schema_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Applies migrations up to `target` (a count), each in its own transaction together with the
/// `user_version` bump, so a crash leaves the file at a whole version.
pub fn migrate(conn: &mut Connection, target: usize) -> Result<()> {
    let current = schema_version(conn)?;
    let known = MIGRATIONS.len() as i64;
    if current > known {
        return Err(Error::TooNew {
            found: current,
            known,
        });
    }
    for (index, sql) in MIGRATIONS
        .iter()
        .enumerate()
        .take(target)
        .skip(current as usize)
    {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        // Migration 5 keeps a key that only Rust can compute: filled in the same transaction.
        if index + 1 == 5 {
            crate::roster::fill_look_alike_keys(&tx)?;
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_file_gets_the_whole_schema_and_our_id() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("nested/shop.db")).unwrap();
        assert_eq!(schema_version(db.conn()).unwrap(), MIGRATIONS.len() as i64);
        let id: i64 = db
            .conn()
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .unwrap();
        assert_eq!(id, APPLICATION_ID);
        let fk: i64 = db
            .conn()
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        let mode: String = db
            .conn()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    #[test]
    fn reopening_is_idempotent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shop.db");
        drop(Db::open(&path).unwrap());
        let db = Db::open(&path).unwrap();
        assert_eq!(schema_version(db.conn()).unwrap(), MIGRATIONS.len() as i64);
    }

    #[test]
    fn each_migration_applies_on_top_of_data_from_the_previous_one() {
        let mut conn = Connection::open_in_memory().unwrap();
        for n in 1..=MIGRATIONS.len() {
            migrate(&mut conn, n).unwrap();
            assert_eq!(schema_version(&conn).unwrap(), n as i64);
            // Every version from 1 on has creators; data written at version n survives n+1.
            conn.execute(
                "INSERT INTO creators (display_name, created_at, updated_at) VALUES (?1, 'now', 'now')",
                [format!("written at v{n}")],
            )
            .unwrap();
        }
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM creators", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, MIGRATIONS.len() as i64);
    }

    #[test]
    fn migration_4_asks_the_first_run_questions_only_of_an_unused_file() {
        let set_up = |conn: &Connection| -> i64 {
            conn.query_row("SELECT set_up FROM preferences", [], |r| r.get(0))
                .unwrap()
        };
        let mut unused = Connection::open_in_memory().unwrap();
        migrate(&mut unused, 3).unwrap();
        migrate(&mut unused, 4).unwrap();
        assert_eq!(set_up(&unused), 0);

        let mut named = Connection::open_in_memory().unwrap();
        migrate(&mut named, 3).unwrap();
        named
            .execute("UPDATE brand SET shop_name = 'Café Lumière'", [])
            .unwrap();
        migrate(&mut named, 4).unwrap();
        assert_eq!(set_up(&named), 1);

        let mut used = Connection::open_in_memory().unwrap();
        migrate(&mut used, 3).unwrap();
        used.execute(
            "INSERT INTO creators (display_name, created_at, updated_at) VALUES ('Zoë', 'n', 'n')",
            [],
        )
        .unwrap();
        migrate(&mut used, 4).unwrap();
        assert_eq!(set_up(&used), 1);
    }

    #[test]
    fn a_newer_database_is_refused_and_left_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("future.db");
        drop(Db::open(&path).unwrap());
        {
            let conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "user_version", 99).unwrap();
            conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Db::open(&path).err().expect("must refuse");
        assert_eq!(err.code(), "db_too_new");
        assert!(err.to_string().contains("newer version of Shoutout"));
        assert!(
            std::fs::read(&path).unwrap() == before,
            "the file was modified"
        );
    }

    #[test]
    fn a_foreign_sqlite_file_or_junk_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let other = dir.path().join("other.db");
        {
            let conn = Connection::open(&other).unwrap();
            conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
                .unwrap();
        }
        assert_eq!(Db::open(&other).err().unwrap().code(), "not_shoutout");

        let junk = dir.path().join("notes.db");
        std::fs::write(&junk, b"this is a shopping list, not a database").unwrap();
        assert_eq!(Db::open(&junk).err().unwrap().code(), "not_shoutout");
        assert!(std::fs::read(&junk).unwrap() == b"this is a shopping list, not a database");
    }

    #[test]
    fn a_damaged_file_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shop.db");
        {
            let db = Db::open(&path).unwrap();
            let big = "x".repeat(3000);
            for i in 0..200 {
                db.conn()
                    .execute(
                        "INSERT INTO creators (display_name, notes, created_at, updated_at) VALUES (?1, ?2, 'n', 'n')",
                        [format!("creator {i}"), big.clone()],
                    )
                    .unwrap();
            }
            db.conn()
                .pragma_update(None, "journal_mode", "DELETE")
                .unwrap();
        }
        let mut bytes = std::fs::read(&path).unwrap();
        let page = 4096;
        // Scribble over an interior page, as a failing disk might.
        for b in &mut bytes[page * 6..page * 6 + 600] {
            *b = 0xA5;
        }
        std::fs::write(&path, &bytes).unwrap();
        let err = Db::open(&path).err().expect("must refuse");
        assert_eq!(err.code(), "damaged", "{err}");
        assert!(
            std::fs::read(&path).unwrap() == bytes,
            "the file was modified"
        );
    }

    #[test]
    fn with_tx_rolls_back_everything_on_error() {
        let mut db = Db::open_in_memory().unwrap();
        let result: Result<()> = db.with_tx(|tx| {
            tx.execute(
                "INSERT INTO creators (display_name, created_at, updated_at) VALUES ('a', 'n', 'n')",
                [],
            )?;
            Err(Error::Conflict("stop".into()))
        });
        assert!(result.is_err());
        let rows: i64 = db
            .conn()
            .query_row("SELECT count(*) FROM creators", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 0);
    }
}
