use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use shoutout_core::deals::Deal;
use shoutout_core::roster::Creator;
use shoutout_core::spreadsheet::Table;
use shoutout_core::storage::lock::{FileLock, Holder};
use shoutout_core::Db;

use crate::error::{AppError, AppResult, ErrorPayload};

/// What the app holds while it runs. The database sits behind one mutex: SQLite serializes
/// writes anyway, and every command is short; long work runs on a blocking thread.
pub struct AppState {
    db: Arc<Mutex<Option<Db>>>,
    pub db_path: PathBuf,
    /// Held (shared) while the window is open, so a restore from the command line cannot replace
    /// the file; exchanged for the exclusive lock while the window restores a backup itself.
    lock: Mutex<Option<FileLock>>,
    /// Why the database could not be opened at start, until a restore fixes it.
    startup_error: Mutex<Option<ErrorPayload>>,
    /// Files the user picked in the import dialog, as read, by token: the page never names a
    /// path.
    imports: Mutex<HashMap<u32, (PathBuf, Arc<Table>)>>,
    next_import: AtomicU32,
    /// The brief PDFs saved in this session: the only files the page may have shown in their
    /// folder (it names them by path, so any other path is refused).
    exported: Mutex<HashSet<PathBuf>>,
    /// Creators and deals deleted in this session, kept for Undo.
    pub creator_trash: Trash<Creator>,
    pub deal_trash: Trash<Deal>,
}

/// What was deleted in this session, by id, until Undo takes it back.
pub struct Trash<T>(Mutex<HashMap<i64, T>>);

impl<T> Trash<T> {
    fn new() -> Self {
        Trash(Mutex::new(HashMap::new()))
    }

    pub fn put(&self, id: i64, item: T) {
        lock(&self.0).insert(id, item);
    }

    pub fn take(&self, id: i64) -> AppResult<T> {
        lock(&self.0).remove(&id).ok_or(AppError::NothingToRestore)
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the lock leaves data that SQLite already kept consistent.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl AppState {
    pub fn open(db_path: PathBuf) -> AppState {
        // A restore from the command line takes seconds; wait for it rather than refuse.
        let (file_lock, opened) =
            match FileLock::acquire(&db_path, Holder::User, Duration::from_secs(15)) {
                Ok(file_lock) => (Some(file_lock), Db::open(&db_path)),
                Err(e) => (None, Err(e)),
            };
        let (db, startup_error) = match opened {
            Ok(db) => (Some(db), None),
            Err(e) => (None, Some(AppError::from(e).payload())),
        };
        AppState {
            db: Arc::new(Mutex::new(db)),
            db_path,
            lock: Mutex::new(file_lock),
            startup_error: Mutex::new(startup_error),
            imports: Mutex::new(HashMap::new()),
            next_import: AtomicU32::new(1),
            exported: Mutex::new(HashSet::new()),
            creator_trash: Trash::new(),
            deal_trash: Trash::new(),
        }
    }

    pub fn startup_error(&self) -> Option<ErrorPayload> {
        lock(&self.startup_error).clone()
    }

    /// Closes the database, runs `f` on the file (nothing holds it open meanwhile), and opens
    /// it again, clearing a startup error once it opens.
    pub fn with_file_closed<T>(
        &self,
        f: impl FnOnce(&FileLock) -> shoutout_core::Result<T>,
    ) -> AppResult<T> {
        let mut guard = lock(&self.db);
        let mut held = lock(&self.lock);
        drop(guard.take());
        // The window's own shared lock would keep its exclusive one out: it goes first, and
        // comes back whatever happens.
        drop(held.take());
        let result = FileLock::acquire(&self.db_path, Holder::Restore, Duration::from_secs(2))
            .and_then(|alone| f(&alone));
        *held = FileLock::acquire(&self.db_path, Holder::User, Duration::from_secs(15)).ok();
        match Db::open(&self.db_path) {
            Ok(db) => {
                *guard = Some(db);
                *lock(&self.startup_error) = None;
            }
            Err(e) => *lock(&self.startup_error) = Some(AppError::from(e).payload()),
        }
        Ok(result?)
    }

    pub fn with_db<T>(&self, f: impl FnOnce(&mut Db) -> shoutout_core::Result<T>) -> AppResult<T> {
        with_db(&self.db, f)
    }

    /// A handle for work moved to a blocking thread.
    pub fn db_handle(&self) -> Arc<Mutex<Option<Db>>> {
        Arc::clone(&self.db)
    }

    pub fn keep_import(&self, path: PathBuf, table: Table) -> u32 {
        let token = self.next_import.fetch_add(1, Ordering::Relaxed);
        let mut imports = lock(&self.imports);
        // Only the latest file matters; older previews are dropped to free memory.
        imports.clear();
        imports.insert(token, (path, Arc::new(table)));
        token
    }

    /// The file picked for import `token`, and the table read from it.
    pub fn import(&self, token: u32) -> AppResult<(PathBuf, Arc<Table>)> {
        lock(&self.imports)
            .get(&token)
            .cloned()
            .ok_or(AppError::ImportExpired)
    }

    /// Replaces import `token`'s table, read again with another sheet or header row.
    pub fn replace_import(&self, token: u32, table: Table) -> AppResult<Arc<Table>> {
        let table = Arc::new(table);
        match lock(&self.imports).get_mut(&token) {
            Some(entry) => entry.1 = Arc::clone(&table),
            None => return Err(AppError::ImportExpired),
        }
        Ok(table)
    }

    pub fn remember_export(&self, path: &Path) {
        lock(&self.exported).insert(path.to_path_buf());
    }

    /// `path`, if this session exported a brief there.
    pub fn exported(&self, path: &str) -> AppResult<PathBuf> {
        let path = PathBuf::from(path);
        if lock(&self.exported).contains(&path) {
            Ok(path)
        } else {
            Err(AppError::PdfNotFound)
        }
    }

    pub fn finish_import(&self, token: u32) {
        lock(&self.imports).remove(&token);
    }
}

pub fn with_db<T>(
    db: &Mutex<Option<Db>>,
    f: impl FnOnce(&mut Db) -> shoutout_core::Result<T>,
) -> AppResult<T> {
    let mut guard = lock(db);
    let db = guard.as_mut().ok_or_else(|| AppError::Unavailable)?;
    // Nothing is written to a file another program has put in its place.
    db.check_same_file()?;
    let result = f(db);
    Ok(result.map_err(|e| db.explain(e))?)
}
