//! Everything in one JSON file, and back: every row of every table, so an export imported into
//! an empty database gives the same data (ids, dates and all). Binary values (the logo) are
//! base64; the file names its schema version and is only read by the same version.
//!
//! An import is checked before anything is written, every value of every row against its
//! column ([`columns`], [`rules`]), the way the forms check what is typed; a refusal names the
//! table, the row (counted from 1) and the column, and nothing is stored.

mod columns;
mod read;
mod rules;

use std::io::Write;

use base64::Engine;
use rusqlite::types::ValueRef;
use serde_json::{json, Map, Value as Json};

use crate::error::{Error, Result};
use crate::i18n::{msg, owner};
use crate::storage::db::{self, Db};
use columns::TABLES;

const FORMAT: &str = "shoutout-export";

fn to_json(value: ValueRef) -> Json {
    match value {
        ValueRef::Null => Json::Null,
        ValueRef::Integer(i) => json!(i),
        ValueRef::Real(f) => json!(f),
        ValueRef::Text(t) => json!(String::from_utf8_lossy(t)),
        ValueRef::Blob(b) => {
            json!({ "base64": base64::engine::general_purpose::STANDARD.encode(b) })
        }
    }
}

/// Writes every row of every table as one JSON document. Returns the number of rows.
pub fn export(db: &Db, out: &mut dyn Write) -> Result<u32> {
    let conn = db.conn();
    let mut tables = Map::new();
    let mut count = 0;
    for (table, order, _) in TABLES {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table} ORDER BY {order}"))?;
        let names: Vec<String> = stmt.column_names().iter().map(|c| c.to_string()).collect();
        let mut rows = stmt.query([])?;
        let mut list = Vec::new();
        while let Some(row) = rows.next()? {
            let mut obj = Map::new();
            for (i, name) in names.iter().enumerate() {
                obj.insert(name.clone(), to_json(row.get_ref(i)?));
            }
            list.push(Json::Object(obj));
            count += 1;
        }
        tables.insert(table.to_string(), Json::Array(list));
    }
    let doc = json!({
        "format": FORMAT,
        "schema_version": db::schema_version(conn)?,
        "exported_at": crate::files::now(),
        "tables": tables,
    });
    let failed = |reason: String| {
        Error::Conflict(
            msg::ErrorExportWrite {
                reason: reason.into(),
            }
            .text(owner()),
        )
    };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(|e| failed(e.to_string()))?;
    out.write_all(b"\n").map_err(|e| failed(e.to_string()))?;
    Ok(count)
}

/// Reads an export into this database, which must be empty (no creators, briefs or deals), in
/// one transaction: all of it, or nothing. Returns the number of rows.
pub fn import(db: &mut Db, bytes: &[u8]) -> Result<u32> {
    let not_ours = || Error::Conflict(msg::error_export_not_ours(owner()));
    let doc: Json = serde_json::from_slice(bytes).map_err(|_| not_ours())?;
    if doc.get("format").and_then(Json::as_str) != Some(FORMAT) {
        return Err(not_ours());
    }
    let version = doc
        .get("schema_version")
        .and_then(Json::as_i64)
        .ok_or_else(not_ours)?;
    let known = db::schema_version(db.conn())?;
    if version != known {
        return Err(Error::Conflict(
            msg::ErrorExportVersion {
                version: version.into(),
                known: known.into(),
            }
            .text(owner()),
        ));
    }
    let tables = doc
        .get("tables")
        .and_then(Json::as_object)
        .ok_or_else(not_ours)?;
    let rows = read::rows(tables)?;
    db.with_tx(|tx| {
        let used: i64 = tx.query_row(
            "SELECT (SELECT count(*) FROM creators) + (SELECT count(*) FROM briefs)
                  + (SELECT count(*) FROM deals)",
            [],
            |r| r.get(0),
        )?;
        if used > 0 {
            return Err(Error::Conflict(msg::error_export_not_empty(owner())));
        }
        // The brand row exists from the first migration; the export's replaces it.
        tx.execute("DELETE FROM brand", [])?;
        for row in &rows {
            read::insert(tx, row)?;
        }
        // A file without a brand profile keeps the default one.
        tx.execute("INSERT OR IGNORE INTO brand (id) VALUES (1)", [])?;
        crate::roster::reindex_search(tx)?;
        crate::roster::fill_look_alike_keys(tx)?;
        crate::settings::prefs::mark_set_up(tx)?;
        Ok(rows.len() as u32)
    })
}
