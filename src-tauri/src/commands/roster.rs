//! The creator roster: the list, one creator, the sample roster, CSV import (with progress)
//! and export.

use serde::Serialize;
use shoutout_core::i18n::{msg, owner};
use shoutout_core::roster::{
    self, Creator, CreatorInput, DuplicatePolicy, Facets, ImportField, ImportPreview, ImportReport,
    RosterPage, RosterQuery,
};
use tauri::{AppHandle, Emitter, State, WebviewWindow};
use ts_rs::TS;

use super::{blocking, choose_path, today, ExportResult, Progress};
use crate::error::AppResult;
use crate::state::{self, AppState};

#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportSession {
    pub token: u32,
    pub file_name: String,
    pub preview: ImportPreview,
}

pub const IMPORT_PROGRESS: &str = "import-progress";

/// The files the import dialog offers: CSV and the workbooks the core reads.
const IMPORT_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xls", "xlsb", "ods", "csv", "tsv", "txt"];

#[tauri::command]
pub fn list_creators(state: State<'_, AppState>, query: RosterQuery) -> AppResult<RosterPage> {
    state.with_db(|db| roster::query(db.conn(), &query))
}

#[tauri::command]
pub fn roster_facets(state: State<'_, AppState>) -> AppResult<Facets> {
    state.with_db(|db| roster::facets(db.conn()))
}

#[tauri::command]
pub fn get_creator(state: State<'_, AppState>, id: i64) -> AppResult<Creator> {
    state.with_db(|db| roster::get(db.conn(), id))
}

#[tauri::command]
pub fn create_creator(state: State<'_, AppState>, input: CreatorInput) -> AppResult<Creator> {
    state.with_db(|db| roster::create_creator(db, &input))
}

#[tauri::command]
pub fn update_creator(
    state: State<'_, AppState>,
    id: i64,
    input: CreatorInput,
) -> AppResult<Creator> {
    state.with_db(|db| roster::update_creator(db, id, &input))
}

#[tauri::command]
pub fn delete_creator(state: State<'_, AppState>, id: i64) -> AppResult<Creator> {
    let removed = state.with_db(|db| roster::delete_creator(db, id))?;
    state.creator_trash.put(removed.id, removed.clone());
    Ok(removed)
}

#[tauri::command]
pub fn restore_creator(state: State<'_, AppState>, id: i64) -> AppResult<Creator> {
    let creator = state.creator_trash.take(id)?;
    state.with_db(|db| roster::restore_creator(db, &creator))
}

#[tauri::command]
pub fn archive_creator(state: State<'_, AppState>, id: i64, archived: bool) -> AppResult<Creator> {
    state.with_db(|db| roster::set_archived(db, id, archived))
}

#[tauri::command]
pub fn load_sample_roster(state: State<'_, AppState>) -> AppResult<u32> {
    state.with_db(|db| shoutout_core::sample::load_sample_roster(db, today()))
}

/// Asks for a CSV file in the system dialog, reads it and previews the import.
/// Returns nothing when the user cancels.
#[tauri::command]
pub async fn pick_import_file(
    window: WebviewWindow,
    app: AppHandle,
    state: State<'_, AppState>,
) -> AppResult<Option<ImportSession>> {
    let Some(path) = choose_path(&app, window, |d| {
        d.set_title(msg::app_dialog_import_creators(owner()))
            .add_filter(msg::app_file_filter_sheets(owner()), IMPORT_EXTENSIONS)
            .blocking_pick_file()
    })
    .await?
    else {
        return Ok(None);
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let read = path.clone();
    let table = blocking(move || Ok(roster::read_import(&read, None, None)?)).await?;
    let preview = state.with_db(|db| roster::preview(db, &table, None))?;
    let token = state.keep_import(path, table);
    Ok(Some(ImportSession {
        token,
        file_name,
        preview,
    }))
}

/// Previews the picked file again with the columns mapped as the user chose.
#[tauri::command]
pub fn preview_import(
    state: State<'_, AppState>,
    token: u32,
    mapping: Vec<Option<ImportField>>,
) -> AppResult<ImportPreview> {
    let (_, table) = state.import(token)?;
    state.with_db(|db| roster::preview(db, &table, Some(mapping)))
}

/// Reads the picked file again from another sheet, or with another row as its header; the
/// columns are then guessed afresh.
#[tauri::command]
pub async fn reread_import(
    state: State<'_, AppState>,
    token: u32,
    sheet: Option<String>,
    header_line: Option<u64>,
) -> AppResult<ImportPreview> {
    let (path, table) = state.import(token)?;
    let table = match (sheet, header_line) {
        (Some(sheet), _) => {
            blocking(move || Ok(roster::read_import(&path, Some(&sheet), None)?)).await?
        }
        (None, Some(line)) => {
            let mut table = (*table).clone();
            table.set_header_line(line)?;
            table
        }
        (None, None) => (*table).clone(),
    };
    let table = state.replace_import(token, table)?;
    state.with_db(|db| roster::preview(db, &table, None))
}

/// Imports the picked file in one transaction, off the UI thread, reporting progress.
#[tauri::command]
pub async fn commit_import(
    app: AppHandle,
    state: State<'_, AppState>,
    token: u32,
    mapping: Vec<Option<ImportField>>,
    policy: DuplicatePolicy,
) -> AppResult<ImportReport> {
    let (_, table) = state.import(token)?;
    let db = state.db_handle();
    let report = blocking(move || {
        state::with_db(&db, |db| {
            roster::commit(db, &table, &mapping, policy, |done, total| {
                let _ = app.emit(
                    IMPORT_PROGRESS,
                    Progress {
                        done: done as u32,
                        total: total as u32,
                    },
                );
            })
        })
    })
    .await?;
    state.finish_import(token);
    Ok(report)
}

/// Saves the roster view (its filters and sort) as CSV where the user chooses.
#[tauri::command]
pub async fn export_roster(
    window: WebviewWindow,
    app: AppHandle,
    state: State<'_, AppState>,
    query: RosterQuery,
) -> AppResult<Option<ExportResult>> {
    let default_name = msg::AppFileRoster {
        date: chrono::Local::now().format("%Y-%m-%d").to_string().into(),
    }
    .text(owner());
    let Some(path) = choose_path(&app, window, |d| {
        d.set_title(msg::app_dialog_export_creators(owner()))
            .set_file_name(default_name)
            .add_filter(msg::app_file_filter_csv(owner()), &["csv"])
            .blocking_save_file()
    })
    .await?
    else {
        return Ok(None);
    };
    let db = state.db_handle();
    blocking(move || {
        let rows = state::with_db(&db, |db| roster::export_to_path(db, &query, &path))?;
        Ok(ExportResult {
            path: path.display().to_string(),
            rows,
        })
    })
    .await
    .map(Some)
}
