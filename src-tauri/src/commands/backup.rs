//! Backups: one when the app starts and one a day while it runs, on a blocking thread; the
//! list, "back up now" and restore for Settings (and for the start screen of a damaged file).

use std::time::Duration;

use serde::Serialize;
use shoutout_core::storage::backup::{self, BackupFile};
use shoutout_core::storage::restore;
use tauri::{AppHandle, Manager, State};
use ts_rs::TS;

use super::blocking;
use crate::error::{AppError, AppResult};
use crate::state::{self, AppState};

#[derive(Debug, Clone, Serialize, TS)]
pub struct Backups {
    pub folder: String,
    /// Newest first.
    pub files: Vec<BackupFile>,
}

fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// Takes the start-of-day backup, then checks every hour whether a new day needs one.
pub fn schedule(app: &AppHandle) {
    let state = app.state::<AppState>();
    let (db, dir) = (state.db_handle(), backup::dir_for(&state.db_path));
    tauri::async_runtime::spawn(async move {
        let mut first = true;
        loop {
            let (db, dir) = (db.clone(), dir.clone());
            let taken = blocking(move || {
                state::with_db(&db, |db| {
                    if first || backup::due(&dir, now())? {
                        backup::take(db, &dir, now())?;
                    }
                    Ok(())
                })
            })
            .await;
            if let Err(e) = taken {
                eprintln!("shoutout: automatic backup failed: {e}");
            }
            first = false;
            tokio::time::sleep(Duration::from_secs(3600)).await;
        }
    });
}

#[tauri::command]
pub fn list_backups(state: State<'_, AppState>) -> AppResult<Backups> {
    let dir = backup::dir_for(&state.db_path);
    Ok(Backups {
        folder: dir.display().to_string(),
        files: backup::list(&dir)?,
    })
}

#[tauri::command]
pub async fn backup_now(state: State<'_, AppState>) -> AppResult<BackupFile> {
    let (db, dir) = (state.db_handle(), backup::dir_for(&state.db_path));
    blocking(move || {
        let path = state::with_db(&db, |db| backup::take(db, &dir, now()))?;
        backup::list(&dir)?
            .into_iter()
            .find(|b| std::path::Path::new(&b.path) == path)
            .ok_or_else(|| {
                AppError::Task(shoutout_core::i18n::msg::error_app_new_backup_missing(
                    shoutout_core::i18n::owner(),
                ))
            })
    })
    .await
}

/// Restores a backup named by its file name (the page never names a path), after backing up
/// the current file. A backup with no data in it is restored only with `allow_empty`, which the
/// page sends once the owner has confirmed.
#[tauri::command]
pub async fn restore_backup(app: AppHandle, file_name: String, allow_empty: bool) -> AppResult<()> {
    blocking(move || {
        let state = app.state::<AppState>();
        let dir = backup::dir_for(&state.db_path);
        let chosen = backup::list(&dir)?
            .into_iter()
            .find(|b| b.file_name == file_name)
            .ok_or(AppError::BackupNotFound)?;
        state.with_file_closed(|lock| {
            restore::restore_file(lock, std::path::Path::new(&chosen.path), now(), allow_empty)
                .map(drop)
        })
    })
    .await
}

/// Shows the data folder (the database and its backups) in the file manager.
#[tauri::command]
pub async fn reveal_data_folder(state: State<'_, AppState>) -> AppResult<()> {
    let path = state.db_path.clone();
    blocking(move || crate::desktop::reveal(&path).map_err(AppError::Open)).await
}
