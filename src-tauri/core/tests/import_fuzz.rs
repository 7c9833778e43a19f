//! Import everything, fuzzed: documents shaped like exports (arbitrary values in arbitrary
//! columns of the real tables, and mutations of a real export) never make the import panic; a
//! refused one leaves nothing behind, and after an accepted one every read works. 64 cases by
//! default; `PROPTEST_CASES=5000 cargo test -p shoutout-core --test import_fuzz` for more.

mod common;

use std::sync::OnceLock;

use common::{sample, today};
use proptest::prelude::*;
use serde_json::{json, Map, Value};
use shoutout_core::deals::{self, DealQuery};
use shoutout_core::roster::{self, RosterQuery};
use shoutout_core::storage::everything;
use shoutout_core::{briefs, home, Db};

/// The tables of an export and the columns each has, read from the sample's export.
fn tables() -> &'static Vec<(String, Vec<String>)> {
    static TABLES: OnceLock<Vec<(String, Vec<String>)>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let db = Db::open_in_memory().unwrap();
        sample()["tables"]
            .as_object()
            .unwrap()
            .keys()
            .map(|table| {
                let columns = db
                    .conn()
                    .prepare(&format!("SELECT * FROM {table} LIMIT 0"))
                    .unwrap()
                    .column_names()
                    .iter()
                    .map(|c| c.to_string())
                    .collect();
                (table.clone(), columns)
            })
            .collect()
    })
}

/// Values of every JSON type, the edges of numbers, and texts that look like what columns hold.
fn value() -> impl Strategy<Value = Value> {
    let texts = prop_oneof![
        Just("2026-12-01".to_string()),
        Just("2026-11-23T10:00:00.000Z".to_string()),
        Just("instagram".to_string()),
        Just("gifting,paid".to_string()),
        Just("proposed".to_string()),
        Just("active".to_string()),
        Just("EUR".to_string()),
        Just("#E8554F".to_string()),
        Just("[]".to_string()),
        Just("[\"a\"]".to_string()),
        Just("https://shop.example".to_string()),
        Just(String::new()),
        "\\PC{0,16}",
    ];
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-3_i64..40).prop_map(Value::from),
        prop_oneof![Just(i64::MAX), Just(i64::MIN), Just(10_000_000_001)].prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        texts.prop_map(Value::from),
        Just(json!({"base64": "iVBORw0KGgo="})),
        Just(json!({"a": 1})),
        Just(json!([1, 2])),
    ]
}

/// A column of `table`: mostly a real one, sometimes a name no table has.
fn column(columns: &[String], pick: usize) -> String {
    if columns.is_empty() || pick % 10 == 9 {
        "extra".to_string()
    } else {
        columns[pick % columns.len()].clone()
    }
}

/// A document built from nothing: a few rows per table, each a few columns of any value.
fn built() -> impl Strategy<Value = Value> {
    let row = prop::collection::vec((any::<usize>(), value()), 0..8);
    let table = prop::collection::vec(row, 0..3);
    prop::collection::vec(table, tables().len()).prop_map(|rows| {
        let mut out = Map::new();
        for ((table, columns), rows) in tables().iter().zip(rows) {
            let rows: Vec<Value> = rows
                .into_iter()
                .map(|cells| {
                    let cells = cells
                        .into_iter()
                        .map(|(pick, v)| (column(columns, pick), v));
                    Value::Object(cells.collect())
                })
                .collect();
            out.insert(table.clone(), Value::Array(rows));
        }
        let mut doc = sample().clone();
        doc["tables"] = Value::Object(out);
        doc
    })
}

#[derive(Debug, Clone)]
enum Change {
    Set(usize, Value),
    Remove(usize),
    Repeat,
    Drop,
    Empty,
}

/// The sample's export with a few rows changed: a value set or removed, a row repeated, dropped
/// or emptied.
fn mutated() -> impl Strategy<Value = Value> {
    let change = prop_oneof![
        4 => (any::<usize>(), value()).prop_map(|(c, v)| Change::Set(c, v)),
        1 => any::<usize>().prop_map(Change::Remove),
        1 => Just(Change::Repeat),
        1 => Just(Change::Drop),
        1 => Just(Change::Empty),
    ];
    prop::collection::vec((any::<usize>(), any::<usize>(), change), 1..4).prop_map(|changes| {
        let mut doc = sample().clone();
        for (t, r, change) in changes {
            let (table, columns) = &tables()[t % tables().len()];
            let rows = doc["tables"][table.as_str()].as_array_mut().unwrap();
            if rows.is_empty() {
                continue;
            }
            let r = r % rows.len();
            match change {
                Change::Set(c, v) => {
                    rows[r][column(columns, c)] = v;
                }
                Change::Remove(c) => {
                    rows[r].as_object_mut().unwrap().remove(&column(columns, c));
                }
                Change::Repeat => rows.push(rows[r].clone()),
                Change::Drop => {
                    rows.remove(r);
                }
                Change::Empty => rows[r] = json!({}),
            }
        }
        doc
    })
}

fn rows_in(db: &Db) -> i64 {
    db.conn()
        .query_row(
            "SELECT (SELECT count(*) FROM creators) + (SELECT count(*) FROM briefs)
                  + (SELECT count(*) FROM deals) + (SELECT count(*) FROM creator_handles)",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

fn ids(db: &Db, table: &str) -> Vec<i64> {
    db.conn()
        .prepare(&format!("SELECT id FROM {table}"))
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// Everything the owner can look at, after an accepted import.
fn every_read_works(db: &Db) -> Result<(), String> {
    let conn = db.conn();
    let fail = |what: &str, e: shoutout_core::Error| format!("{what}: {e}");
    for archived in [false, true] {
        let q = RosterQuery {
            archived,
            limit: 500,
            ..RosterQuery::default()
        };
        roster::query(conn, &q).map_err(|e| fail("roster", e))?;
        roster::export(db, &q, Vec::new()).map_err(|e| fail("roster CSV", e))?;
        briefs::list(conn, "", archived).map_err(|e| fail("briefs", e))?;
    }
    roster::facets(conn).map_err(|e| fail("facets", e))?;
    for id in ids(db, "creators") {
        roster::get(conn, id).map_err(|e| fail("creator", e))?;
        deals::creator_deals(conn, id, today()).map_err(|e| fail("creator's deals", e))?;
    }
    for id in ids(db, "briefs") {
        briefs::get(conn, id).map_err(|e| fail("brief", e))?;
    }
    let q = DealQuery {
        limit: 500,
        ..DealQuery::default()
    };
    deals::list(conn, &q, today()).map_err(|e| fail("deals", e))?;
    for id in ids(db, "deals") {
        deals::get(conn, id).map_err(|e| fail("deal", e))?;
    }
    home::dashboard(conn, today()).map_err(|e| fail("home", e))?;
    deals::csv::export_deals(db, &q, today(), &mut Vec::new()).map_err(|e| fail("deals CSV", e))?;
    deals::csv::export_gifts(db, &q, today(), &mut Vec::new()).map_err(|e| fail("gifts CSV", e))?;
    let mut again = Vec::new();
    everything::export(db, &mut again).map_err(|e| fail("export", e))?;
    let mut copy = Db::open_in_memory().unwrap();
    everything::import(&mut copy, &again).map_err(|e| fail("import of the export", e))?;
    Ok(())
}

fn import_is_safe(doc: &Value) -> Result<(), TestCaseError> {
    let mut db = Db::open_in_memory().unwrap();
    match everything::import(&mut db, &serde_json::to_vec(doc).unwrap()) {
        Ok(_) => every_read_works(&db).map_err(TestCaseError::fail),
        Err(e) => {
            prop_assert_eq!(rows_in(&db), 0, "refused ({}) but rows were left", e);
            prop_assert!(!e.to_string().contains("database reported"), "{}", e);
            Ok(())
        }
    }
}

proptest! {
    #![proptest_config(common::fuzz_config())]

    #[test]
    fn a_built_document_is_refused_or_reads_back(doc in built()) {
        import_is_safe(&doc)?;
    }

    #[test]
    fn a_changed_export_is_refused_or_reads_back(doc in mutated()) {
        import_is_safe(&doc)?;
    }
}

#[test]
fn the_sample_export_reads_back() {
    let mut db = Db::open_in_memory().unwrap();
    everything::import(&mut db, &serde_json::to_vec(sample()).unwrap()).unwrap();
    every_read_works(&db).unwrap();
}
