//! The creator roster: the creators a shop works with, their handles and numbers. This area
//! owns the `creators`, `creator_handles`, `creator_niches` and `creators_fts` tables; it checks
//! what the owner types, stores it, finds creators again, and imports and exports spreadsheets.
//! Here are the operations the app and the command line call, each checked and in one
//! transaction.

mod export;
mod handle;
mod import;
mod model;
mod query;
mod store;
mod validate;

pub use crate::spreadsheet::{read_file, read_path, read_table};
pub use export::{export, export_to_path, EXPORT_HEADERS};
pub use handle::{handle_key, normalize_handle, NormalizedHandle};
pub use import::{
    commit, guess_header, guess_mapping, merge, preview, read_import, record_to_input,
    DuplicatePolicy, DuplicateRow, ImportField, ImportPreview, ImportReport, RowProblem, TopRow,
};
pub use model::{
    engagement_rate, Creator, CreatorInput, Draft, Handle, HandleInput, Platform, Status, Tier,
};
pub(crate) use query::fts_query;
pub use query::{
    facets, for_each, query, query_sql, Facets, QuerySql, RosterPage, RosterQuery, SortKey,
    MAX_PAGE,
};
pub use store::{
    delete, fill_look_alike_keys, get, insert, name_of, owner_of, reindex_search, update,
};
pub(crate) use validate::{is_phone, labelled, MAX_NICHES};
pub use validate::{validate, MAX_NAME, MAX_NOTES};

use crate::error::{Error, Result};
use crate::storage::db::Db;

pub fn create_creator(db: &mut Db, input: &CreatorInput) -> Result<Creator> {
    db.with_tx(|tx| save_checked(tx, input, None))
}

pub fn update_creator(db: &mut Db, id: i64, input: &CreatorInput) -> Result<Creator> {
    db.with_tx(|tx| save_checked(tx, input, Some(id)))
}

/// What the form's Save does inside its transaction: validate, refuse a look-alike handle,
/// then insert (no `id`) or update.
pub fn save_checked(
    conn: &rusqlite::Connection,
    input: &CreatorInput,
    id: Option<i64>,
) -> Result<Creator> {
    let draft = validate(input)?;
    store::check_look_alikes(conn, &draft, id)?;
    let id = match id {
        Some(id) => {
            update(conn, id, &draft)?;
            id
        }
        None => insert(conn, &draft, None)?,
    };
    get(conn, id)
}

pub fn delete_creator(db: &mut Db, id: i64) -> Result<Creator> {
    db.with_tx(|tx| delete(tx, id))
}

/// Archives a creator (or brings them back): they leave the roster list and keep their deals.
pub fn set_archived(db: &mut Db, id: i64, archived: bool) -> Result<Creator> {
    db.with_tx(|tx| {
        store::set_archived(tx, id, archived)?;
        get(tx, id)
    })
}

/// Puts back a creator removed by [`delete_creator`], with its id and dates.
pub fn restore_creator(db: &mut Db, creator: &Creator) -> Result<Creator> {
    db.with_tx(|tx| {
        if get(tx, creator.id).is_ok() {
            return Err(Error::Conflict(
                crate::i18n::msg::ErrorAlreadyInRoster {
                    name: creator.display_name.as_str().into(),
                }
                .text(crate::i18n::owner()),
            ));
        }
        let id = insert(
            tx,
            &creator.to_draft(),
            Some((creator.id, &creator.created_at, &creator.updated_at)),
        )?;
        get(tx, id)
    })
}
