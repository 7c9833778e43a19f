//! Whose file this is: Shoutout's application id in the header, a version this build knows,
//! the whole schema Shoutout's (see `schema`), and every page sound. Only the header and
//! `sqlite_schema` are read before that is known, so nothing the file holds can run.

use std::path::Path;

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::storage::db::{schema_version, APPLICATION_ID, MIGRATIONS};

/// A file whose header is Shoutout's but that SQLite cannot read is a Shoutout file cut short
/// (a copy that stopped half-way), so it is damaged rather than someone else's.
pub(crate) fn cut_short(path: &Path, e: Error) -> Error {
    let Error::NotShoutout(name) = e else {
        return e;
    };
    let mut header = [0u8; 72];
    let ours = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header))
        .is_ok_and(|()| {
            header.starts_with(b"SQLite format 3\0")
                && i64::from(u32::from_be_bytes([
                    header[68], header[69], header[70], header[71],
                ])) == APPLICATION_ID
        });
    if ours {
        Error::Damaged(name)
    } else {
        Error::NotShoutout(name)
    }
}

/// SQLite's words for a damaged file, in the owner's.
pub(crate) fn damaged_or(e: rusqlite::Error, name: &str) -> Error {
    match e {
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::DatabaseCorrupt => {
            Error::Damaged(name.to_string())
        }
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase => {
            Error::NotShoutout(name.to_string())
        }
        other => Error::Db(other),
    }
}

/// A file is ours if it is empty (new) or carries our application id, we know its version,
/// and its whole schema is what our migrations make. Only the header and `sqlite_schema` are
/// read before that is known, so nothing the file holds can run.
pub(crate) fn check(conn: &Connection, name: &str) -> Result<()> {
    let app_id: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(|e| match damaged_or(e, name) {
            Error::Damaged(n) => Error::NotShoutout(n),
            other => other,
        })?;
    let objects: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(|e| damaged_or(e, name))?;
    if app_id != APPLICATION_ID && objects > 0 {
        return Err(Error::NotShoutout(name.to_string()));
    }
    // Refuse a newer file before anything (even the journal mode) is written to it, and a
    // schema that is not ours before anything in it (a CHECK constraint) is evaluated.
    let found = schema_version(conn)?;
    let known = MIGRATIONS.len() as i64;
    if found > known {
        return Err(Error::TooNew { found, known });
    }
    crate::storage::schema::check(conn, name)?;
    // A damaged file is refused before anything is written to it. Only SQLite's word that the
    // file is damaged counts: a busy or failing disk is said as it is.
    let check: String = conn
        .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
        .map_err(|e| damaged_or(e, name))?;
    if check != "ok" {
        return Err(Error::Damaged(name.to_string()));
    }
    Ok(())
}
