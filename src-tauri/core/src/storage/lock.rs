//! Who may replace a data file. Everyone who opens it (the window, a command-line import or
//! export) holds a shared lock beside it for as long as they use it; a restore takes the same
//! lock exclusively, so it never swaps the file under anyone who would go on writing to the
//! old one, and nobody opens the file while a restore is swapping it.
//!
//! The lock is a hidden sibling (`.shop.db.lock`), never the database itself: closing any other
//! descriptor of the database file would drop SQLite's own POSIX locks on it.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};

/// What the holder does with the file.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Holder {
    /// Uses the file (the window, a command): shares it with the others who use it.
    User,
    /// Replaces the file: alone.
    Restore,
}

/// The lock on one data file, released when dropped (or when the process ends, however it ends).
#[derive(Debug)]
pub struct FileLock {
    db_path: PathBuf,
    /// None where the folder cannot hold a lock file (read-only, or no locks on that disk).
    _file: Option<File>,
    alone: bool,
}

/// The lock file of `db_path`, found through the folder's real path so that a link or another
/// spelling of the same folder meets the same lock.
fn lock_path(db_path: &Path) -> PathBuf {
    let name = db_path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let dir = db_path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::canonicalize(dir)
        .unwrap_or_else(|_| dir.to_path_buf())
        .join(format!(".{name}.lock"))
}

/// Errors that mean this folder cannot hold a lock, not that someone holds it.
fn cannot_lock_here(kind: ErrorKind) -> bool {
    matches!(
        kind,
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem | ErrorKind::Unsupported
    )
}

impl FileLock {
    /// Takes the lock on `db_path` for `holder`, waiting up to `wait` for a holder that excludes
    /// it to let go. What a killed restore left behind is removed once it is held.
    pub fn acquire(db_path: &Path, holder: Holder, wait: Duration) -> Result<FileLock> {
        if let Some(dir) = db_path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let path = lock_path(db_path);
        let unlocked = || FileLock {
            db_path: db_path.to_path_buf(),
            _file: None,
            alone: false,
        };
        let file = match OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
        {
            Ok(file) => file,
            // A restore cannot write there either; the window opens the file read-only.
            Err(e) if holder == Holder::User && cannot_lock_here(e.kind()) => return Ok(unlocked()),
            Err(e) => return Err(Error::io(&path, e)),
        };
        let deadline = Instant::now() + wait;
        loop {
            let attempt = match holder {
                Holder::User => file.try_lock_shared(),
                Holder::Restore => file.try_lock(),
            };
            match attempt {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(TryLockError::WouldBlock) => {
                    let name = db_path.display().to_string();
                    return Err(match holder {
                        Holder::User => Error::Restoring(name),
                        Holder::Restore => Error::OpenElsewhere(name),
                    });
                }
                Err(TryLockError::Error(e))
                    if holder == Holder::User && cannot_lock_here(e.kind()) =>
                {
                    return Ok(unlocked())
                }
                Err(TryLockError::Error(e)) => return Err(Error::io(&path, e)),
            }
        }
        crate::storage::backup::sweep(db_path, holder == Holder::Restore);
        Ok(FileLock {
            db_path: db_path.to_path_buf(),
            _file: Some(file),
            alone: holder == Holder::Restore,
        })
    }

    pub fn db_path(&self) -> &Path {
        &self.db_path
    }

    /// Whether this is a restore's lock: nobody else has the file open.
    pub fn is_alone(&self) -> bool {
        self.alone
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn users_share_the_file_and_a_restore_waits_for_all_of_them() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shop.db");
        let window = FileLock::acquire(&db, Holder::User, Duration::ZERO).unwrap();
        let import = FileLock::acquire(&db, Holder::User, Duration::ZERO).unwrap();
        let err = FileLock::acquire(&db, Holder::Restore, Duration::ZERO).unwrap_err();
        assert_eq!(err.code(), "open_elsewhere", "{err}");
        assert!(
            err.to_string().contains("Shoutout is open on this file"),
            "{err}"
        );
        drop(window);
        assert!(FileLock::acquire(&db, Holder::Restore, Duration::ZERO).is_err());
        drop(import);

        let restore = FileLock::acquire(&db, Holder::Restore, Duration::ZERO).unwrap();
        let err = FileLock::acquire(&db, Holder::User, Duration::from_millis(120)).unwrap_err();
        assert_eq!(err.code(), "restoring", "{err}");
        drop(restore);
        // Another file in the same folder has its own lock.
        let _other =
            FileLock::acquire(&dir.path().join("other.db"), Holder::User, Duration::ZERO).unwrap();
        FileLock::acquire(&db, Holder::Restore, Duration::ZERO).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_the_folder_meets_the_same_lock() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("real")).unwrap();
        std::os::unix::fs::symlink(dir.path().join("real"), dir.path().join("link")).unwrap();
        let _window = FileLock::acquire(
            &dir.path().join("real/shop.db"),
            Holder::User,
            Duration::ZERO,
        )
        .unwrap();
        let via_link = dir.path().join("link/shop.db");
        assert!(FileLock::acquire(&via_link, Holder::Restore, Duration::ZERO).is_err());
    }
}
