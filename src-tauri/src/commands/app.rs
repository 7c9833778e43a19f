//! What the whole app answers: its version and data file, and links handed to the desktop.

use serde::Serialize;
use shoutout_core::i18n::Lang;
use tauri::State;
use ts_rs::TS;

use super::blocking;
use crate::error::{AppError, AppResult, ErrorPayload};
use crate::state::AppState;

#[derive(Debug, Clone, Serialize, TS)]
pub struct AppInfo {
    pub version: String,
    pub db_path: String,
    /// Set when the database could not be opened; the UI explains it instead of the roster.
    pub startup_error: Option<ErrorPayload>,
    /// False until the first-run questions are answered.
    pub set_up: bool,
    /// The system's language (the UI's own until the owner picks one).
    pub system_language: Lang,
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        db_path: state.db_path.display().to_string(),
        startup_error: state.startup_error(),
        set_up: state
            .with_db(|db| shoutout_core::settings::prefs::is_set_up(db.conn()))
            .unwrap_or(false),
        system_language: Lang::system(),
    }
}

/// Opens a web page in the system browser or an email draft in the mail app. Only `https:`
/// and `mailto:` links leave the app; anything else is refused.
#[tauri::command]
pub async fn open_link(url: String) -> AppResult<()> {
    if !shoutout_core::briefs::handoff::is_safe_external(&url) {
        return Err(shoutout_core::Error::invalid(
            "url",
            shoutout_core::i18n::msg::error_app_link_refused(shoutout_core::i18n::owner()),
        )
        .into());
    }
    blocking(move || crate::desktop::open(&url).map_err(AppError::Open)).await
}
