//! Who may replace a data file. The window holds a lock beside the file for as long as it is
//! open, and a restore from the command line takes the same lock, so a restore never swaps the
//! file under a window that would go on writing to the old one.
//!
//! The lock is a hidden sibling (`.shop.db.lock`), never the database itself: closing any other
//! descriptor of the database file would drop SQLite's own POSIX locks on it.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};

/// What the holder is doing, written into the lock so a refusal can say who holds it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Holder {
    Window,
    Restore,
}

impl Holder {
    fn as_str(self) -> &'static str {
        match self {
            Holder::Window => "window",
            Holder::Restore => "restore",
        }
    }
}

/// The lock on one data file, released when dropped (or when the process ends, however it ends).
#[derive(Debug)]
pub struct FileLock {
    db_path: PathBuf,
    _file: File,
}

fn lock_path(db_path: &Path) -> PathBuf {
    let name = db_path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    db_path.with_file_name(format!(".{name}.lock"))
}

impl FileLock {
    /// Takes the lock on `db_path` for `holder`, waiting up to `wait` for another holder to let
    /// go. Leftovers of a restore or backup that was killed are removed once it is held.
    pub fn acquire(db_path: &Path, holder: Holder, wait: Duration) -> Result<FileLock> {
        if let Some(dir) = db_path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let path = lock_path(db_path);
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        let deadline = Instant::now() + wait;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(TryLockError::WouldBlock) => {
                    let mut held_by = String::new();
                    let _ = file.read_to_string(&mut held_by);
                    let name = db_path.display().to_string();
                    return Err(if held_by.starts_with(Holder::Restore.as_str()) {
                        Error::Restoring(name)
                    } else if holder == Holder::Window {
                        Error::AlreadyOpen(name)
                    } else {
                        Error::OpenElsewhere(name)
                    });
                }
                Err(TryLockError::Error(e)) => return Err(Error::io(&path, e)),
            }
        }
        let note = format!("{} {}\n", holder.as_str(), std::process::id());
        let written = file
            .set_len(0)
            .and_then(|()| file.rewind())
            .and_then(|()| file.write_all(note.as_bytes()));
        written.map_err(|e| Error::io(&path, e))?;
        crate::storage::backup::sweep(db_path);
        Ok(FileLock {
            db_path: db_path.to_path_buf(),
            _file: file,
        })
    }

    pub fn db_path(&self) -> &Path {
        &self.db_path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_is_refused_and_told_who_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shop.db");
        let window = FileLock::acquire(&db, Holder::Window, Duration::ZERO).unwrap();
        let err = FileLock::acquire(&db, Holder::Restore, Duration::ZERO).unwrap_err();
        assert_eq!(err.code(), "open_elsewhere", "{err}");
        assert!(
            err.to_string().contains("Shoutout is open on this file"),
            "{err}"
        );
        let err = FileLock::acquire(&db, Holder::Window, Duration::ZERO).unwrap_err();
        assert_eq!(err.code(), "already_open", "{err}");
        drop(window);

        let restore = FileLock::acquire(&db, Holder::Restore, Duration::ZERO).unwrap();
        let err = FileLock::acquire(&db, Holder::Window, Duration::from_millis(120)).unwrap_err();
        assert_eq!(err.code(), "restoring", "{err}");
        drop(restore);
        // Another file in the same folder has its own lock.
        let _other =
            FileLock::acquire(&dir.path().join("other.db"), Holder::Window, Duration::ZERO)
                .unwrap();
        FileLock::acquire(&db, Holder::Window, Duration::ZERO).unwrap();
    }
}
