//! Everything in one JSON file, and back: every row of every table, so an export imported into
//! an empty database gives the same data (ids, dates and all). Binary values (the logo) are
//! base64; the file names its schema version and is only read by the same version.

use std::io::Write;

use base64::Engine;
use rusqlite::types::{Value, ValueRef};
use serde_json::{json, Map, Value as Json};

use crate::error::{Error, Result};
use crate::storage::db::{self, Db};

/// Every table with data, parents before children, each with the columns that order its rows.
const TABLES: &[(&str, &str)] = &[
    ("brand", "id"),
    ("creators", "id"),
    ("creator_handles", "creator_id, platform"),
    ("creator_niches", "creator_id, position"),
    ("briefs", "id"),
    ("brief_recipients", "brief_id, creator_id"),
    ("deals", "id"),
    ("deal_items", "deal_id, position"),
    ("deal_deliverables", "deal_id, position"),
    ("deal_history", "id"),
];

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

fn from_json(value: &Json) -> Result<Value> {
    Ok(match value {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Integer(i64::from(*b)),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Real(n.as_f64().unwrap_or(0.0)),
        },
        Json::String(s) => Value::Text(s.clone()),
        Json::Object(o) => {
            let text = o.get("base64").and_then(Json::as_str).unwrap_or_default();
            Value::Blob(
                base64::engine::general_purpose::STANDARD
                    .decode(text)
                    .map_err(|_| {
                        Error::Conflict("The export file has a damaged picture.".into())
                    })?,
            )
        }
        Json::Array(_) => {
            return Err(Error::Conflict(
                "The export file is not in Shoutout's format.".into(),
            ))
        }
    })
}

/// Writes every row of every table as one JSON document. Returns the number of rows.
pub fn export(db: &Db, out: &mut dyn Write) -> Result<u32> {
    let conn = db.conn();
    let mut tables = Map::new();
    let mut count = 0;
    for (table, order) in TABLES {
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
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(|e| Error::Conflict(e.to_string()))?;
    out.write_all(b"\n")
        .map_err(|e| Error::Conflict(e.to_string()))?;
    Ok(count)
}

/// Reads an export into this database, which must be empty (no creators, briefs or deals), in
/// one transaction: all of it, or nothing. Returns the number of rows.
pub fn import(db: &mut Db, bytes: &[u8]) -> Result<u32> {
    let not_ours = || Error::Conflict("This file is not a Shoutout export.".into());
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
        return Err(Error::Conflict(format!(
            "This export is from data version {version}; this Shoutout reads version {known}. \
             Open it with the Shoutout that made it, or the same version as this one."
        )));
    }
    let tables = doc
        .get("tables")
        .and_then(Json::as_object)
        .ok_or_else(not_ours)?;
    db.with_tx(|tx| {
        let used: i64 = tx.query_row(
            "SELECT (SELECT count(*) FROM creators) + (SELECT count(*) FROM briefs)
                  + (SELECT count(*) FROM deals)",
            [],
            |r| r.get(0),
        )?;
        if used > 0 {
            return Err(Error::Conflict(
                "Import everything into an empty Shoutout: this one already has data.".into(),
            ));
        }
        // The brand row exists from the first migration; the export's replaces it.
        tx.execute("DELETE FROM brand", [])?;
        let mut count = 0;
        for (table, _) in TABLES {
            let rows = match tables.get(*table) {
                Some(Json::Array(rows)) => rows,
                Some(_) => return Err(not_ours()),
                None => continue,
            };
            for row in rows {
                let obj = row.as_object().ok_or_else(not_ours)?;
                let columns: Vec<&String> = obj.keys().collect();
                if columns
                    .iter()
                    .any(|c| !c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_'))
                {
                    return Err(not_ours());
                }
                let names: Vec<&str> = columns.iter().map(|c| c.as_str()).collect();
                let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
                let values = obj.values().map(from_json).collect::<Result<Vec<_>>>()?;
                tx.prepare_cached(&format!(
                    "INSERT INTO {table} ({}) VALUES ({})",
                    names.join(", "),
                    marks.join(", ")
                ))?
                .execute(rusqlite::params_from_iter(values))?;
                count += 1;
            }
        }
        crate::roster::reindex_search(tx)?;
        crate::settings::prefs::mark_set_up(tx)?;
        Ok(count)
    })
}
