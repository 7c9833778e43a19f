//! Restore: a backup (or any Shoutout file) replaces the data file, read through SQLite and
//! checked on a copy before anything is replaced, with what the file held kept first.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use crate::error::{Error, Result};
use crate::storage::backup::{dir_for, parent, take_kind, BackupKind, STAMP};
use crate::storage::db::Db;
use crate::storage::lock::FileLock;

/// The copy a restore checks, in the backups folder (the same disk as the data file, so moving
/// it into place is one rename). One name: a killed restore leaves at most this one behind,
/// and the next lock on the file removes it.
pub(super) const CANDIDATE: &str = ".restore.partial";

/// Removes a file and SQLite's siblings of it.
fn remove_with_siblings(path: &Path) {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

/// The restore's checked copy: removed unless it was moved into place.
struct Candidate(PathBuf);

impl Drop for Candidate {
    fn drop(&mut self) {
        remove_with_siblings(&self.0);
    }
}

/// Whether a file holds anything the owner entered: creators, briefs, deals or shop details.
fn has_data(db: &Db) -> Result<bool> {
    Ok(db.conn().query_row(
        "SELECT EXISTS (SELECT 1 FROM creators) OR EXISTS (SELECT 1 FROM briefs)
             OR EXISTS (SELECT 1 FROM deals)
             OR EXISTS (SELECT 1 FROM brand WHERE shop_name <> '' OR logo IS NOT NULL)",
        [],
        |r| r.get(0),
    )?)
}

/// Makes the checked copy of `source` at `out`: read through SQLite (so commits still in its
/// `-wal` come along) without writing to it, then checked whole: a Shoutout schema, every page
/// sound, updated to this version, and, unless `allow_empty`, some data in it.
fn checked_copy(source: &Path, out: &Path, allow_empty: bool) -> Result<()> {
    let name = source.display().to_string();
    let meta = std::fs::metadata(source).map_err(|e| Error::io(source, e))?;
    if meta.len() == 0 {
        return Err(Error::NotShoutout(name));
    }
    match Db::open_as_it_is(source) {
        Ok(from) => crate::storage::backup::sqlite_copy(&from, out, parent(out))?,
        // Commits a killed writer left in the source's -wal need a writer to recover them: the
        // file and its -wal are copied, and the copy recovers them, the source untouched.
        Err(e) if crate::storage::db::refused_as_read_only(&e) => {
            for suffix in ["", "-wal"] {
                let (from, to) = (
                    format!("{}{suffix}", source.display()),
                    format!("{}{suffix}", out.display()),
                );
                if Path::new(&from).exists() {
                    std::fs::copy(&from, &to).map_err(|e| Error::io(parent(out), e))?;
                }
            }
        }
        Err(e) => return Err(e),
    }
    let renamed = |e: Error| match e {
        Error::NotShoutout(_) => Error::NotShoutout(name.clone()),
        Error::Damaged(_) => Error::Damaged(name.clone()),
        Error::Foreign { what, .. } => Error::Foreign {
            name: name.clone(),
            what,
        },
        other => other,
    };
    let mut copy = Db::open_unmigrated(out).map_err(renamed)?;
    let check: String = copy
        .conn()
        .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(Error::Damaged(name));
    }
    copy.finish_open()?;
    if !allow_empty && !has_data(&copy)? {
        return Err(Error::EmptyBackup(name));
    }
    // One file, no WAL beside it, before it is moved into place.
    copy.conn().pragma_update(None, "journal_mode", "DELETE")?;
    Ok(())
}

/// Replaces the locked data file with `source`, after checking a copy of it (see
/// [`checked_copy`]). What the file held is kept first: backed up as a "before restore" copy,
/// or, when it cannot be opened (damaged), moved into the backups folder untouched. Nothing is
/// left behind when it fails. Returns the copy of what was there, if there was a file.
pub fn restore_file(
    lock: &FileLock,
    source: &Path,
    now: NaiveDateTime,
    allow_empty: bool,
) -> Result<Option<PathBuf>> {
    let db_path = lock.db_path();
    if !lock.is_alone() {
        return Err(Error::OpenElsewhere(db_path.display().to_string()));
    }
    if crate::storage::db::is_read_only(db_path) {
        return Err(Error::ReadOnly(db_path.display().to_string()));
    }
    let dir = dir_for(db_path);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let candidate = Candidate(dir.join(CANDIDATE));
    remove_with_siblings(&candidate.0);
    checked_copy(source, &candidate.0, allow_empty)?;
    let kept = if db_path.exists() {
        match Db::open(db_path) {
            Ok(current) => Kept::Copy(take_kind(&current, &dir, now, BackupKind::BeforeRestore)?),
            Err(
                Error::Damaged(_)
                | Error::NotShoutout(_)
                | Error::Foreign { .. }
                | Error::TooNew { .. },
            ) => Kept::Moved(move_aside(db_path, &dir, now)?),
            Err(other) => return Err(other),
        }
    } else {
        Kept::Nothing
    };
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db_path.display()));
    }
    if let Err(e) = std::fs::rename(&candidate.0, db_path) {
        // The file moved aside goes back rather than leave no data file at all.
        if let Kept::Moved(aside) = &kept {
            let _ = std::fs::rename(aside, db_path);
        }
        return Err(Error::io(db_path, e));
    }
    Ok(match kept {
        Kept::Copy(path) | Kept::Moved(path) => Some(path),
        Kept::Nothing => None,
    })
}

/// What a restore did with the file it replaced.
enum Kept {
    Copy(PathBuf),
    Moved(PathBuf),
    Nothing,
}

/// Moves a file that cannot be opened (and its SQLite siblings) into the backups folder as it is.
fn move_aside(db_path: &Path, dir: &Path, now: NaiveDateTime) -> Result<PathBuf> {
    let stamp = now.format(STAMP);
    let mut aside = dir.join(format!("damaged-{stamp}.db"));
    let mut n = 1;
    while aside.exists() {
        aside = dir.join(format!("damaged-{stamp}-{n}.db"));
        n += 1;
    }
    std::fs::rename(db_path, &aside).map_err(|e| Error::io(db_path, e))?;
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", db_path.display()));
        if side.exists() {
            let to = PathBuf::from(format!("{}{suffix}", aside.display()));
            std::fs::rename(&side, &to).map_err(|e| Error::io(&side, e))?;
        }
    }
    Ok(aside)
}
