//! An export's tables read into rows ready to insert, each value checked against its column
//! first, so a file that holds anything the app could not have written is refused whole, with
//! every problem named by table, row and column; and the insert, whose refusals by SQLite
//! (a repeated key, a missing parent) are put in the same plain words.

use std::collections::{HashMap, HashSet};

use rusqlite::types::Value;
use rusqlite::{ErrorCode, Transaction};
use serde_json::{Map, Value as Json};

use super::columns::{Column, Kind, Presence, TABLES};
use super::rules;
use crate::error::{Error, FieldError, Result};

/// Past this many problems the file is clearly not an export; the rest are not listed.
const MAX_PROBLEMS: usize = 20;

/// The refusals, worded in one place, in the owner's language: what is wrong, then what to do.
mod messages {
    use crate::i18n::{msg, owner};

    /// `problem`, then the fix every refusal shares.
    fn with_fix(problem: String) -> String {
        format!("{problem} {}", msg::error_export_fix(owner()))
    }

    /// `problem` is a sentence naming the column ([`super::rules::check`]).
    pub fn value(table: &str, row: usize, problem: &str) -> String {
        with_fix(
            msg::ErrorExportValue {
                table: table.into(),
                row: row.into(),
                problem: problem.into(),
            }
            .text(owner()),
        )
    }
    pub fn missing(table: &str, row: usize, column: &str) -> String {
        with_fix(
            msg::ErrorExportMissing {
                table: table.into(),
                row: row.into(),
                column: column.into(),
            }
            .text(owner()),
        )
    }
    pub fn unknown_column(table: &str, row: usize, column: &str) -> String {
        with_fix(
            msg::ErrorExportUnknownColumn {
                table: table.into(),
                row: row.into(),
                column: column.into(),
            }
            .text(owner()),
        )
    }
    pub fn empty_row(table: &str, row: usize) -> String {
        with_fix(
            msg::ErrorExportEmptyRow {
                table: table.into(),
                row: row.into(),
            }
            .text(owner()),
        )
    }
    pub fn not_a_row(table: &str, row: usize) -> String {
        with_fix(
            msg::ErrorExportNotARow {
                table: table.into(),
                row: row.into(),
            }
            .text(owner()),
        )
    }
    pub fn not_a_table(table: &str) -> String {
        with_fix(
            msg::ErrorExportNotATable {
                table: table.into(),
            }
            .text(owner()),
        )
    }
    pub fn unknown_table(table: &str) -> String {
        with_fix(
            msg::ErrorExportUnknownTable {
                table: table.into(),
            }
            .text(owner()),
        )
    }
    pub fn no_parent(table: &str, row: usize, column: &str, id: i64, parent: &str) -> String {
        with_fix(
            msg::ErrorExportNoParent {
                table: table.into(),
                row: row.into(),
                column: column.into(),
                id: id.into(),
                parent: parent.into(),
            }
            .text(owner()),
        )
    }
    pub fn repeated(table: &str, row: usize) -> String {
        with_fix(
            msg::ErrorExportRepeated {
                table: table.into(),
                row: row.into(),
            }
            .text(owner()),
        )
    }
    pub fn refused(table: &str, row: usize) -> String {
        with_fix(
            msg::ErrorExportRefused {
                table: table.into(),
                row: row.into(),
            }
            .text(owner()),
        )
    }
    pub fn too_many() -> String {
        msg::error_export_too_many(owner())
    }
}

/// One row ready to insert.
pub(super) struct Row {
    table: &'static str,
    /// Counted from 1, as the messages say.
    number: usize,
    columns: Vec<&'static str>,
    values: Vec<Value>,
}

/// Every row of every known table, checked; or every problem found (up to a limit).
pub(super) fn rows(tables: &Map<String, Json>) -> Result<Vec<Row>> {
    let mut problems = Problems::default();
    for name in tables.keys() {
        if !TABLES.iter().any(|(t, _, _)| t == name) {
            problems.add(name.clone(), messages::unknown_table(name));
        }
    }
    let ids = ids(tables);
    let mut out = Vec::new();
    for (table, _, columns) in TABLES {
        let rows = match tables.get(*table) {
            Some(Json::Array(rows)) => rows,
            Some(_) => {
                problems.add(table.to_string(), messages::not_a_table(table));
                continue;
            }
            None => continue,
        };
        for (i, row) in rows.iter().enumerate() {
            if problems.full() {
                break;
            }
            if let Some(row) = self::row(table, i + 1, columns, row, &ids, &mut problems) {
                out.push(row);
            }
        }
    }
    problems.finish(out)
}

/// The ids of the rows other rows refer to, by table.
fn ids(tables: &Map<String, Json>) -> HashMap<&'static str, HashSet<i64>> {
    ["creators", "briefs", "deals"]
        .into_iter()
        .map(|table| {
            let ids = tables
                .get(table)
                .and_then(Json::as_array)
                .into_iter()
                .flatten()
                .filter_map(|row| row.get("id").and_then(Json::as_i64))
                .collect();
            (table, ids)
        })
        .collect()
}

fn row(
    table: &'static str,
    number: usize,
    columns: &[Column],
    row: &Json,
    ids: &HashMap<&'static str, HashSet<i64>>,
    problems: &mut Problems,
) -> Option<Row> {
    let field = |column: &str| format!("{table}.{number}.{column}");
    let Some(obj) = row.as_object() else {
        problems.add(
            format!("{table}.{number}"),
            messages::not_a_row(table, number),
        );
        return None;
    };
    if obj.is_empty() {
        problems.add(
            format!("{table}.{number}"),
            messages::empty_row(table, number),
        );
        return None;
    }
    let before = problems.count();
    for name in obj.keys() {
        if !columns.iter().any(|c| c.name == name) {
            let message = messages::unknown_column(table, number, name);
            problems.add(field(name), message);
        }
    }
    let mut out = Row {
        table,
        number,
        columns: Vec::new(),
        values: Vec::new(),
    };
    for column in columns {
        let Some(value) = obj.get(column.name) else {
            if column.presence == Presence::Required {
                let message = messages::missing(table, number, column.name);
                problems.add(field(column.name), message);
            }
            continue;
        };
        match rules::check(column, value) {
            Ok(checked) => {
                if let (Kind::Ref(parent), Value::Integer(id)) = (column.kind, &checked) {
                    if !ids.get(parent).is_some_and(|known| known.contains(id)) {
                        let message = messages::no_parent(table, number, column.name, *id, parent);
                        problems.add(field(column.name), message);
                    }
                }
                out.columns.push(column.name);
                out.values.push(checked);
            }
            Err(problem) => {
                let message = messages::value(table, number, &problem);
                problems.add(field(column.name), message);
            }
        }
    }
    (problems.count() == before).then_some(out)
}

/// Writes one checked row in the import's transaction.
pub(super) fn insert(tx: &Transaction, row: &Row) -> Result<()> {
    let marks: Vec<String> = (1..=row.columns.len()).map(|i| format!("?{i}")).collect();
    tx.prepare_cached(&format!(
        "INSERT INTO {} ({}) VALUES ({})",
        row.table,
        row.columns.join(", "),
        marks.join(", ")
    ))?
    .execute(rusqlite::params_from_iter(&row.values))
    .map(|_| ())
    .map_err(|e| refused(row, e))
}

/// SQLite's refusal of a row, in plain words naming the row.
fn refused(row: &Row, error: rusqlite::Error) -> Error {
    let rusqlite::Error::SqliteFailure(failure, _) = &error else {
        return Error::from(error);
    };
    if failure.code != ErrorCode::ConstraintViolation {
        return Error::from(error);
    }
    let field = format!("{}.{}", row.table, row.number);
    let message = match failure.extended_code {
        rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY | rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE => {
            messages::repeated(row.table, row.number)
        }
        _ => messages::refused(row.table, row.number),
    };
    Error::invalid(field, message)
}

/// The problems found so far, each against its `table.row.column`.
#[derive(Default)]
struct Problems(Vec<FieldError>);

impl Problems {
    fn add(&mut self, field: String, message: String) {
        if self.0.len() < MAX_PROBLEMS {
            self.0.push(FieldError { field, message });
        } else if self.0.len() == MAX_PROBLEMS {
            self.0.push(FieldError {
                field: "tables".into(),
                message: messages::too_many(),
            });
        }
    }

    fn count(&self) -> usize {
        self.0.len()
    }

    fn full(&self) -> bool {
        self.0.len() > MAX_PROBLEMS
    }

    fn finish<T>(self, value: T) -> Result<T> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(Error::Invalid(self.0))
        }
    }
}
