//! Importing a roster spreadsheet: read each row against the column choices and the roster
//! (new, a creator already known, or why not), show that as a preview, then write it all in
//! one transaction.

mod columns;
mod headers;
mod lenient;

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use columns::record_to_input;
pub use headers::{guess_header, guess_mapping, ImportField, HEADER_SEARCH_ROWS};
use lenient::Row;

use super::handle::handle_key;
use super::store::{get, index_new_creators, insert_matched, name_of, owners_by_key, update};
use super::validate::{MAX_NICHES, MAX_NOTES};
use super::{Draft, Platform, Status};
use crate::error::{Error, Result};
use crate::i18n::{msg, owner};
use crate::spreadsheet::{read_path, Source, Table};
use crate::storage::db::Db;

/// Joins field errors into one line for a row report.
pub(super) fn row_reason(err: Error) -> String {
    match err {
        Error::Invalid(fields) => fields
            .into_iter()
            .map(|f| f.message)
            .collect::<Vec<_>>()
            .join(" "),
        other => other.to_string(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DuplicatePolicy {
    /// Update the existing creator with the file's values.
    #[default]
    Merge,
    /// Keep the existing creator as it is.
    Skip,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RowProblem {
    pub line: u64,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DuplicateRow {
    pub line: u64,
    pub name: String,
    pub handle: String,
    pub existing_id: i64,
    pub existing_name: String,
}

/// One of the sheet's first rows, offered as its header.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TopRow {
    pub line: u64,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ImportPreview {
    /// `comma`, `semicolon` or `tab` for a CSV file; none for a workbook.
    pub delimiter: Option<String>,
    /// A workbook's sheets, and the one read; empty and none for a CSV file.
    pub sheets: Vec<String>,
    pub sheet: Option<String>,
    /// The line the header was taken from, and the first rows to take it from instead.
    pub header_line: u64,
    pub top_rows: Vec<TopRow>,
    pub headers: Vec<String>,
    pub mapping: Vec<Option<ImportField>>,
    /// The first rows, as in the file, to check the mapping against.
    pub sample: Vec<Vec<String>>,
    pub total_rows: u32,
    pub new_rows: u32,
    pub duplicates: Vec<DuplicateRow>,
    /// Rows imported with a cell left empty, its text kept in the notes.
    pub warnings: Vec<RowProblem>,
    /// Rows that are not creators (a total, no name and no handle).
    pub ignored: Vec<RowProblem>,
    pub problems: Vec<RowProblem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ImportReport {
    pub added: u32,
    pub merged: u32,
    pub skipped: u32,
    pub warnings: Vec<RowProblem>,
    pub ignored: Vec<RowProblem>,
    pub problems: Vec<RowProblem>,
}

/// What reading every row found besides the creators to write.
#[derive(Default)]
struct Findings {
    warnings: Vec<RowProblem>,
    ignored: Vec<RowProblem>,
    problems: Vec<RowProblem>,
}

/// Reads the spreadsheet at `path` for an import: its sheet `sheet` (a workbook's first by
/// default), the header taken from the row starting on `header_line`, else guessed.
pub fn read_import(path: &Path, sheet: Option<&str>, header_line: Option<u64>) -> Result<Table> {
    let mut table = read_path(path, sheet)?;
    match header_line {
        Some(line) => table.set_header_line(line)?,
        None => table.set_header(guess_header(&table)),
    }
    Ok(table)
}

enum Planned {
    New(Draft),
    Existing {
        id: i64,
        draft: Draft,
        handle: String,
    },
}

/// Reads every row against the mapping and the roster: new, duplicate of whom, or why not.
/// Each importable row goes to `keep` as it is read (a preview only counts them, so it holds
/// no row).
fn plan(
    conn: &rusqlite::Connection,
    table: &Table,
    mapping: &[Option<ImportField>],
    mut keep: impl FnMut(u64, Planned) -> Result<()>,
) -> Result<Findings> {
    if !mapping.contains(&Some(ImportField::Name))
        && !mapping.iter().flatten().any(|f| {
            matches!(
                f,
                ImportField::Instagram
                    | ImportField::Tiktok
                    | ImportField::Youtube
                    | ImportField::OtherHandle
                    | ImportField::Handle
            )
        })
    {
        return Err(Error::invalid(
            "mapping",
            msg::error_import_no_name_column(owner()),
        ));
    }
    let mut found = Findings::default();
    // Handles are matched by their look-alike key, so `zоe.eats` with a Cyrillic `о` or a
    // fullwidth `ｚｏｅ.ｅａｔｓ` finds the creator `zoe.eats` instead of making a second one.
    let known = owners_by_key(conn)?;
    let mut seen: HashMap<(Platform, String), u64> = HashMap::new();
    let fractions = columns::fraction_column(table, mapping);
    for (line, mut cells) in table.records() {
        let percent;
        if let Some(cell) = fractions.and_then(|c| cells.get_mut(c)) {
            percent = columns::as_percent(cell);
            *cell = &percent;
        }
        let draft = match lenient::read(&cells, mapping) {
            Row::Creator(draft, warnings) => {
                found.warnings.extend(
                    warnings
                        .into_iter()
                        .map(|reason| RowProblem { line, reason }),
                );
                draft
            }
            Row::Ignored(reason) => {
                found.ignored.push(RowProblem { line, reason });
                continue;
            }
            Row::Rejected(reason) => {
                found.problems.push(RowProblem { line, reason });
                continue;
            }
        };
        let keys: Vec<(Platform, String)> = draft
            .handles
            .iter()
            .map(|h| (h.platform, handle_key(&h.handle)))
            .collect();
        if let Some((h, first)) = draft
            .handles
            .iter()
            .zip(&keys)
            .find_map(|(h, key)| seen.get(key).map(|l| (h, *l)))
        {
            found.problems.push(RowProblem {
                line,
                reason: msg::ErrorImportSameHandle {
                    handle: h.handle.as_str().into(),
                    platform: h.platform.label(owner()).into(),
                    line: first.into(),
                }
                .text(owner()),
            });
            continue;
        }
        let mut owners: Vec<(i64, String)> = Vec::new();
        for (h, key) in draft.handles.iter().zip(keys) {
            for owner in known.get(&key).into_iter().flatten() {
                if !owners.iter().any(|(id, _)| id == owner) {
                    owners.push((*owner, format!("@{}", h.handle)));
                }
            }
            seen.insert(key, line);
        }
        match owners.len() {
            0 => keep(line, Planned::New(draft))?,
            1 => {
                let (id, handle) = owners.remove(0);
                keep(line, Planned::Existing { id, draft, handle })?;
            }
            _ => found.problems.push(RowProblem {
                line,
                reason: msg::ErrorImportManyOwners {
                    count: owners.len().into(),
                }
                .text(owner()),
            }),
        }
    }
    Ok(found)
}

/// What importing `table` with `mapping` (or the guessed one) would do, without doing it.
pub fn preview(
    db: &Db,
    table: &Table,
    mapping: Option<Vec<Option<ImportField>>>,
) -> Result<ImportPreview> {
    let mapping = match mapping {
        Some(m) if m.len() == table.headers.len() => m,
        Some(_) => {
            return Err(Error::invalid(
                "mapping",
                msg::error_import_mapping_stale(owner()),
            ))
        }
        None => guess_mapping(&table.headers),
    };
    let conn = db.conn();
    let mut duplicates = Vec::new();
    let mut new_rows = 0;
    let count = |line, p| {
        match p {
            Planned::New(_) => new_rows += 1,
            Planned::Existing { id, draft, handle } => duplicates.push(DuplicateRow {
                line,
                name: draft.display_name,
                handle,
                existing_id: id,
                existing_name: name_of(conn, id)?,
            }),
        }
        Ok(())
    };
    let found = match plan(conn, table, &mapping, count) {
        Ok(found) => found,
        Err(Error::Invalid(_)) => Findings {
            problems: vec![RowProblem {
                line: table.header_line(),
                reason: msg::error_import_no_name_set(owner()),
            }],
            ..Findings::default()
        },
        Err(other) => return Err(other),
    };
    let (delimiter, sheets, sheet) = match &table.source {
        Source::Csv { delimiter } => {
            let name = match delimiter {
                b';' => "semicolon",
                b'\t' => "tab",
                _ => "comma",
            };
            (Some(name.to_string()), Vec::new(), None)
        }
        Source::Workbook { sheets, sheet } => (None, sheets.clone(), Some(sheet.clone())),
    };
    Ok(ImportPreview {
        delimiter,
        sheets,
        sheet,
        header_line: table.header_line(),
        top_rows: table
            .top(HEADER_SEARCH_ROWS)
            .map(|(line, cells)| TopRow {
                line,
                cells: cells.into_iter().map(str::to_string).collect(),
            })
            .collect(),
        headers: table.headers.clone(),
        mapping,
        sample: table
            .records()
            .take(5)
            .map(|(_, r)| r.into_iter().map(str::to_string).collect())
            .collect(),
        total_rows: table.len() as u32,
        new_rows,
        duplicates,
        warnings: found.warnings,
        ignored: found.ignored,
        problems: found.problems,
    })
}

/// What the file says wins where it says something; blank cells keep what the roster had.
/// Niches are combined and new notes are added below the old ones.
pub fn merge(existing: &Draft, incoming: &Draft) -> Draft {
    let text = |new: &str, old: &str| {
        if new.is_empty() {
            old.to_string()
        } else {
            new.to_string()
        }
    };
    let mut handles = existing.handles.clone();
    for h in &incoming.handles {
        match handles.iter_mut().find(|e| e.platform == h.platform) {
            // The same handle in look-alike letters keeps the roster's spelling.
            Some(e) if handle_key(&e.handle) == handle_key(&h.handle) => e.followers = h.followers,
            Some(e) => *e = h.clone(),
            None => handles.push(h.clone()),
        }
    }
    handles.sort_by_key(|h| h.platform);
    let mut niches = existing.niches.clone();
    for n in &incoming.niches {
        if !niches.iter().any(|e| e.eq_ignore_ascii_case(n)) {
            niches.push(n.clone());
        }
    }
    niches.truncate(MAX_NICHES);
    let notes = if incoming.notes.is_empty() || existing.notes.contains(&incoming.notes) {
        existing.notes.clone()
    } else if existing.notes.is_empty() {
        incoming.notes.clone()
    } else {
        format!("{}\n\n{}", existing.notes, incoming.notes)
    };
    Draft {
        display_name: incoming.display_name.clone(),
        handles,
        avg_likes: incoming.avg_likes.or(existing.avg_likes),
        avg_comments: incoming.avg_comments.or(existing.avg_comments),
        avg_shares: incoming.avg_shares.or(existing.avg_shares),
        engagement_typed: incoming.engagement_typed.or(existing.engagement_typed),
        niches,
        city: text(&incoming.city, &existing.city),
        email: text(&incoming.email, &existing.email),
        phone: text(&incoming.phone, &existing.phone),
        rate_minor: incoming.rate_minor.or(existing.rate_minor),
        currency: if incoming.rate_minor.is_some() {
            incoming.currency.clone()
        } else {
            existing.currency.clone()
        },
        open_to_gifting: incoming.open_to_gifting || existing.open_to_gifting,
        status: if incoming.status == Status::Prospect {
            existing.status
        } else {
            incoming.status
        },
        notes: notes.chars().take(MAX_NOTES).collect(),
        language: incoming.language.or(existing.language),
    }
}

/// Writes every valid row in one transaction; `progress` hears (rows done, rows in all).
pub fn commit(
    db: &mut Db,
    table: &Table,
    mapping: &[Option<ImportField>],
    policy: DuplicatePolicy,
    mut progress: impl FnMut(usize, usize),
) -> Result<ImportReport> {
    db.with_tx(|tx| {
        let (mut new, mut existing) = (Vec::new(), Vec::new());
        let found = plan(tx, table, mapping, |_, p| {
            match p {
                Planned::New(draft) => new.push(draft),
                Planned::Existing { id, draft, .. } => existing.push((id, draft)),
            }
            Ok(())
        })?;
        let total = new.len() + existing.len();
        let mut report = ImportReport {
            added: 0,
            merged: 0,
            skipped: 0,
            warnings: found.warnings,
            ignored: found.ignored,
            problems: found.problems,
        };
        // The last step (the search index) is counted with the last row.
        let mut tick = |done: usize| {
            if done.is_multiple_of(500) {
                progress(done.min(total.saturating_sub(1)), total);
            }
        };
        // `plan` matched every row against the stored handles and the rows before it.
        let first = insert_matched(tx, &new, &mut tick)?;
        report.added = new.len() as u32;
        for (done, (id, draft)) in existing.into_iter().enumerate() {
            match policy {
                DuplicatePolicy::Skip => report.skipped += 1,
                DuplicatePolicy::Merge => {
                    let existing = get(tx, id)?.to_draft();
                    update(tx, id, &merge(&existing, &draft))?;
                    report.merged += 1;
                }
            }
            tick(new.len() + done + 1);
        }
        if let Some(first) = first {
            index_new_creators(tx, first)?;
        }
        progress(total, total);
        Ok(report)
    })
}
