//! Briefs: the list, the editor and its live preview, PDF export (one, or a folder with
//! progress) and the email hand-off.

use std::path::Path;

use serde::Serialize;
use shoutout_core::briefs::export::{self as brief_export, BatchSummary};
use shoutout_core::briefs::handoff::{self, EmailDraft};
use shoutout_core::briefs::{self as brief, Brief, BriefInput, BriefSummary, RecipientInput};
use shoutout_core::i18n::{msg, owner};
use shoutout_core::settings::brand;
use tauri::{AppHandle, Emitter, State, WebviewWindow};
use ts_rs::TS;

use super::{blocking, choose_path, Progress};
use crate::error::{AppError, AppResult};
use crate::state::{self, AppState};

pub const EXPORT_PROGRESS: &str = "export-progress";

#[derive(Debug, Clone, Serialize, TS)]
pub struct ExportedBrief {
    pub path: String,
    pub file_name: String,
}

#[tauri::command]
pub fn list_briefs(
    state: State<'_, AppState>,
    search: String,
    archived: bool,
) -> AppResult<Vec<BriefSummary>> {
    state.with_db(|db| brief::list(db.conn(), &search, archived))
}

#[tauri::command]
pub fn get_brief(state: State<'_, AppState>, id: i64) -> AppResult<Brief> {
    state.with_db(|db| brief::get(db.conn(), id))
}

#[tauri::command]
pub fn create_brief(state: State<'_, AppState>, input: BriefInput) -> AppResult<Brief> {
    state.with_db(|db| brief::create_brief(db, &input))
}

#[tauri::command]
pub fn update_brief(state: State<'_, AppState>, id: i64, input: BriefInput) -> AppResult<Brief> {
    state.with_db(|db| brief::update_brief(db, id, &input))
}

#[tauri::command]
pub fn duplicate_brief(state: State<'_, AppState>, id: i64) -> AppResult<Brief> {
    state.with_db(|db| brief::duplicate_brief(db, id))
}

#[tauri::command]
pub fn archive_brief(state: State<'_, AppState>, id: i64, archived: bool) -> AppResult<Brief> {
    state.with_db(|db| brief::set_archived(db, id, archived))
}

#[tauri::command]
pub fn set_brief_recipients(
    state: State<'_, AppState>,
    id: i64,
    recipients: Vec<RecipientInput>,
) -> AppResult<Brief> {
    state.with_db(|db| brief::set_recipients(db, id, &recipients))
}

/// The page as SVG, from the editor's current (unsaved) text.
#[tauri::command]
pub async fn preview_brief(
    state: State<'_, AppState>,
    input: BriefInput,
    brief_id: Option<i64>,
    creator_id: Option<i64>,
) -> AppResult<String> {
    let db = state.db_handle();
    blocking(move || {
        state::with_db(&db, |db| {
            brief_export::preview_svg(db.conn(), &input, brief_id, creator_id)
        })
    })
    .await
}

/// Saves one creator's brief where the user chooses.
#[tauri::command]
pub async fn export_brief(
    window: WebviewWindow,
    app: AppHandle,
    state: State<'_, AppState>,
    brief_id: i64,
    creator_id: i64,
) -> AppResult<Option<ExportedBrief>> {
    let db = state.db_handle();
    let (name, bytes) = blocking(move || {
        state::with_db(&db, |db| {
            brief_export::brief_pdf(db.conn(), brief_id, Some(creator_id))
        })
    })
    .await?;
    let default_name = name.clone();
    let Some(path) = choose_path(&app, window, |d| {
        d.set_title(msg::app_dialog_save_brief(owner()))
            .set_file_name(default_name)
            .add_filter(msg::app_file_filter_pdf(owner()), &["pdf"])
            .blocking_save_file()
    })
    .await?
    else {
        return Ok(None);
    };
    shoutout_core::files::write_file(&path, &bytes)?;
    state.remember_export(&path);
    Ok(Some(ExportedBrief {
        file_name: file_name_of(&path),
        path: path.display().to_string(),
    }))
}

fn file_name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Exports the brief for every creator on it into a folder the user chooses, with progress.
#[tauri::command]
pub async fn export_brief_batch(
    window: WebviewWindow,
    app: AppHandle,
    state: State<'_, AppState>,
    brief_id: i64,
) -> AppResult<Option<BatchSummary>> {
    let Some(folder) = choose_path(&app, window, |d| {
        d.set_title(msg::app_dialog_brief_folder(owner()))
            .blocking_pick_folder()
    })
    .await?
    else {
        return Ok(None);
    };
    let db = state.db_handle();
    blocking(move || {
        state::with_db(&db, |db| {
            let jobs = brief_export::jobs(db.conn(), Some(&[brief_id]))?;
            brief_export::export_batch(db.conn(), &jobs, &folder, |done, total| {
                let _ = app.emit(
                    EXPORT_PROGRESS,
                    Progress {
                        done: done as u32,
                        total: total as u32,
                    },
                );
            })
        })
    })
    .await
    .map(Some)
}

/// The email to a creator, and whether a mail program took it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct EmailHandoff {
    pub draft: EmailDraft,
    /// False where no mail program answers the `mailto:` link: the UI then shows the draft to
    /// copy by hand.
    pub opened: bool,
}

/// Opens an email draft to the creator and shows the exported PDF in its folder, ready to
/// attach (a `mailto:` link cannot carry the attachment itself).
#[tauri::command]
pub async fn email_brief(
    state: State<'_, AppState>,
    brief_id: i64,
    creator_id: i64,
    path: String,
) -> AppResult<EmailHandoff> {
    let path = state.exported(&path)?;
    let draft = state.with_db(|db| {
        let b = brief::get(db.conn(), brief_id)?;
        let r = b
            .recipients
            .iter()
            .find(|r| r.creator_id == creator_id)
            .ok_or_else(|| {
                shoutout_core::Error::Conflict(shoutout_core::i18n::msg::error_not_on_brief(
                    shoutout_core::i18n::owner(),
                ))
            })?;
        let brand = brand::get(db.conn())?.brand;
        Ok(handoff::email_to(
            r,
            &brand,
            &b.content.campaign,
            &file_name_of(&path),
        ))
    })?;
    let mailto = draft.mailto.clone();
    let opened = blocking(move || Ok(crate::desktop::open(&mailto).is_ok())).await?;
    // The PDF is to be attached either way; its folder opens without holding the answer.
    std::thread::spawn(move || {
        let _ = crate::desktop::reveal(&path);
    });
    Ok(EmailHandoff { draft, opened })
}

/// Shows a brief exported in this session in its folder again, for attaching it by hand.
#[tauri::command]
pub async fn reveal_brief_pdf(state: State<'_, AppState>, path: String) -> AppResult<()> {
    let path = state.exported(&path)?;
    blocking(move || crate::desktop::reveal(&path).map_err(AppError::Open)).await
}
