//! A file is Shoutout's only if its whole schema is what the migrations make: its tables,
//! indexes, triggers and views are compared with a database migrated in memory to the same
//! version, before anything in the file can run. A trigger or view slipped into a file would
//! otherwise run with the owner's data on the next write.

use std::sync::OnceLock;

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::i18n::msg;
use crate::storage::db::{self, MIGRATIONS};

/// One row of `sqlite_schema`: type, name, table and the SQL that made it.
type Object = (String, String, String, Option<String>);

/// Every object but SQLite's own: its statistics tables from ANALYZE, `sqlite_sequence`, and
/// the indexes it makes for UNIQUE constraints (which have no SQL). Anything else named
/// `sqlite_…` can only have been slipped into the file, and is compared like the rest.
fn objects(conn: &Connection) -> Result<Vec<Object>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema
          WHERE NOT (type = 'table' AND name IN ('sqlite_sequence', 'sqlite_stat1',
                                                  'sqlite_stat2', 'sqlite_stat3', 'sqlite_stat4'))
            AND NOT (type = 'index' AND name LIKE 'sqlite\\_autoindex\\_%' ESCAPE '\\'
                     AND sql IS NULL)
          ORDER BY type, name",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The objects each version's migrations make, from version 0 (nothing) up.
fn expected() -> &'static [Vec<Object>] {
    static ALL: OnceLock<Vec<Vec<Object>>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut conn = Connection::open_in_memory().expect("an in-memory database opens");
        let mut all = vec![Vec::new()];
        for version in 1..=MIGRATIONS.len() {
            db::migrate(&mut conn, version).expect("the migrations apply");
            all.push(objects(&conn).expect("the schema reads"));
        }
        all
    })
}

/// Refuses `conn` unless its objects are exactly those of its `user_version`. `name` is the
/// file as the owner knows it.
pub fn check(conn: &Connection, name: &str) -> Result<()> {
    let version = db::schema_version(conn)?;
    let Some(want) = usize::try_from(version)
        .ok()
        .and_then(|v| expected().get(v))
    else {
        return Err(Error::NotShoutout(name.to_string()));
    };
    let found = objects(conn)?;
    if &found == want {
        return Ok(());
    }
    let named = |list: &[Object], kind: &str, name: &str| {
        list.iter().any(|(k, n, ..)| k == kind && n == name)
    };
    let extra = found.iter().find(|o| !want.contains(o));
    let missing = want.iter().find(|o| !found.contains(o));
    let lang = crate::i18n::owner();
    let what = match (extra, missing) {
        (Some((kind, object, ..)), _) if named(want, kind, object) => msg::ErrorForeignChanged {
            kind: kind.as_str().into(),
            object: object.as_str().into(),
        }
        .text(lang),
        (Some((kind, object, ..)), _) => msg::ErrorForeignExtra {
            kind: kind.as_str().into(),
            object: object.as_str().into(),
        }
        .text(lang),
        (None, Some((kind, object, ..))) => msg::ErrorForeignMissing {
            kind: kind.as_str().into(),
            object: object.as_str().into(),
        }
        .text(lang),
        (None, None) => unreachable!("the lists differ, so one has an object the other lacks"),
    };
    Err(Error::Foreign {
        name: name.to_string(),
        what,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shop() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        db::migrate(&mut conn, MIGRATIONS.len()).unwrap();
        conn
    }

    #[test]
    fn a_migrated_file_passes() {
        check(&shop(), "shop.db").unwrap();
        let mut older = Connection::open_in_memory().unwrap();
        db::migrate(&mut older, 2).unwrap();
        check(&older, "old.db").unwrap();
    }

    #[test]
    fn triggers_views_tables_and_dropped_indexes_are_refused() {
        for change in [
            "CREATE TRIGGER wipe AFTER INSERT ON creators BEGIN DELETE FROM creators; END",
            "CREATE VIEW everyone AS SELECT * FROM creators",
            "CREATE TABLE extra (x)",
            "DROP INDEX creator_niches_by_niche",
            "CREATE INDEX sneaky ON creators (notes)",
        ] {
            let conn = shop();
            conn.execute_batch(change).unwrap();
            let err = check(&conn, "shop.db").unwrap_err();
            assert_eq!(err.code(), "foreign_schema", "{change}: {err}");
            assert!(err.to_string().contains("shop.db"), "{err}");
        }
    }

    #[test]
    fn an_object_slipped_in_under_sqlites_prefix_or_a_changed_table_is_refused() {
        let conn = shop();
        conn.execute_batch("PRAGMA writable_schema = ON;").unwrap();
        conn.execute(
            "INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES
             ('trigger', 'sqlite_x', 'creators', 0,
              'CREATE TRIGGER sqlite_x AFTER INSERT ON creators BEGIN DELETE FROM creators; END')",
            [],
        )
        .unwrap();
        let err = check(&conn, "shop.db").unwrap_err();
        assert!(
            err.to_string().contains("trigger named “sqlite_x”"),
            "{err}"
        );

        let conn = shop();
        conn.execute_batch("ALTER TABLE creators ADD COLUMN sneaky TEXT")
            .unwrap();
        let err = check(&conn, "shop.db").unwrap_err();
        assert!(
            err.to_string()
                .contains("table “creators” made differently"),
            "{err}"
        );
    }

    #[test]
    fn statistics_from_analyze_are_sqlites_own() {
        let conn = shop();
        conn.execute_batch("ANALYZE").unwrap();
        check(&conn, "shop.db").unwrap();
    }
}
