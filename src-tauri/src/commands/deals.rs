//! Deals: the list, the board, one deal and its status, and CSV exports, dated with the
//! user's local day.

use serde::{Deserialize, Serialize};
use shoutout_core::deals::csv as deal_csv;
use shoutout_core::deals::{
    self as deal, BoardColumn, CreatorDeals, Deal, DealInput, DealPage, DealQuery, DealStatus,
};
use shoutout_core::i18n::{msg, owner};
use tauri::{AppHandle, State, WebviewWindow};
use ts_rs::TS;

use super::{blocking, choose_path, today, ExportResult};
use crate::error::AppResult;
use crate::state::{self, AppState};

/// Cards shown per board column; the column header says how many there are in all.
const BOARD_CARDS: u32 = 40;

#[tauri::command]
pub fn list_deals(state: State<'_, AppState>, query: DealQuery) -> AppResult<DealPage> {
    state.with_db(|db| deal::list(db.conn(), &query, today()))
}

#[tauri::command]
pub fn deal_board(state: State<'_, AppState>, query: DealQuery) -> AppResult<Vec<BoardColumn>> {
    state.with_db(|db| deal::board(db.conn(), &query, BOARD_CARDS, today()))
}

#[tauri::command]
pub fn deal_campaigns(state: State<'_, AppState>) -> AppResult<Vec<String>> {
    state.with_db(|db| deal::campaigns(db.conn()))
}

#[tauri::command]
pub fn get_deal(state: State<'_, AppState>, id: i64) -> AppResult<Deal> {
    state.with_db(|db| deal::get(db.conn(), id))
}

#[tauri::command]
pub fn create_deal(state: State<'_, AppState>, input: DealInput) -> AppResult<Deal> {
    state.with_db(|db| deal::create_deal(db, &input, today()))
}

#[tauri::command]
pub fn update_deal(state: State<'_, AppState>, id: i64, input: DealInput) -> AppResult<Deal> {
    state.with_db(|db| deal::update_deal(db, id, &input, today()))
}

#[tauri::command]
pub fn set_deal_status(
    state: State<'_, AppState>,
    id: i64,
    status: DealStatus,
    note: String,
) -> AppResult<Deal> {
    state.with_db(|db| deal::set_status(db, id, status, &note, today()))
}

#[tauri::command]
pub fn delete_deal(state: State<'_, AppState>, id: i64) -> AppResult<Deal> {
    let removed = state.with_db(|db| deal::delete_deal(db, id))?;
    state.deal_trash.put(removed.id, removed.clone());
    Ok(removed)
}

#[tauri::command]
pub fn restore_deal(state: State<'_, AppState>, id: i64) -> AppResult<Deal> {
    let removed = state.deal_trash.take(id)?;
    state.with_db(|db| deal::restore_deal(db, &removed))
}

#[tauri::command]
pub fn deal_from_brief(
    state: State<'_, AppState>,
    brief_id: i64,
    creator_id: i64,
) -> AppResult<DealInput> {
    state.with_db(|db| deal::draft_from_brief(db.conn(), brief_id, creator_id, today()))
}

#[tauri::command]
pub fn creator_deals(state: State<'_, AppState>, creator_id: i64) -> AppResult<CreatorDeals> {
    state.with_db(|db| deal::creator_deals(db.conn(), creator_id, today()))
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DealExport {
    /// One row per deal.
    Deals,
    /// One row per item given, for the bookkeeper.
    Gifts,
}

/// Saves the deals in the view (or the items they gave) as CSV where the user chooses.
#[tauri::command]
pub async fn export_deals(
    window: WebviewWindow,
    app: AppHandle,
    state: State<'_, AppState>,
    query: DealQuery,
    what: DealExport,
) -> AppResult<Option<ExportResult>> {
    let lang = owner();
    let date = today().to_string();
    let (title, default_name) = match what {
        DealExport::Deals => (
            msg::app_dialog_export_deals(lang),
            msg::AppFileDeals { date: date.into() }.text(lang),
        ),
        DealExport::Gifts => (
            msg::app_dialog_export_gifts(lang),
            msg::AppFileGifts { date: date.into() }.text(lang),
        ),
    };
    let Some(path) = choose_path(&app, window, move |d| {
        d.set_title(title)
            .set_file_name(default_name)
            .add_filter(msg::app_file_filter_csv(lang), &["csv"])
            .blocking_save_file()
    })
    .await?
    else {
        return Ok(None);
    };
    let db = state.db_handle();
    blocking(move || {
        let rows = state::with_db(&db, |db| match what {
            DealExport::Deals => deal_csv::export_deals_to_path(db, &query, today(), &path),
            DealExport::Gifts => deal_csv::export_gifts_to_path(db, &query, today(), &path),
        })?;
        Ok(Some(ExportResult {
            path: path.display().to_string(),
            rows,
        }))
    })
    .await
}
