//! Home: the dashboard of what is due, late and given, and marking a reminder as sent.

use shoutout_core::deals;
use shoutout_core::home::{self, Dashboard};
use tauri::State;

use super::today;
use crate::error::AppResult;
use crate::state::AppState;

#[tauri::command]
pub fn dashboard(state: State<'_, AppState>) -> AppResult<Dashboard> {
    state.with_db(|db| home::dashboard(db.conn(), today()))
}

#[tauri::command]
pub fn mark_nudged(state: State<'_, AppState>, deal_id: i64, day: i64) -> AppResult<()> {
    state.with_db(|db| deals::mark_nudged(db, deal_id, day))
}
