//! A row read the way its owner meant it: a creator is kept when the row has a name or a
//! handle, and a cell that cannot be read is left empty with its text kept in the notes,
//! rather than the whole row being dropped. Title, blank and total rows are not creators.

use super::columns::record_to_input;
use super::headers::{header_key, ImportField};
use crate::error::Error;
use crate::i18n::{msg, owner, Lang};
use crate::roster::validate::{validate, MAX_NOTES};
use crate::roster::{CreatorInput, Draft};

/// What one row of the sheet is. Returned and matched at once, row by row: boxing the draft
/// would only add an allocation per row.
#[allow(clippy::large_enum_variant)]
pub enum Row {
    /// A creator, with a warning for each cell left empty.
    Creator(Draft, Vec<String>),
    /// Not a creator (a total row, no name and no handle): left out, said why.
    Ignored(String),
    /// Meant as a creator but impossible to keep (a name too long, say): said why.
    Rejected(String),
}

/// A cell that could not be read: which field it was for, and what it said.
pub struct Dropped {
    pub label: fn(Lang) -> String,
    pub text: String,
}

/// First cells that mark a sum, not a creator, in the languages Shoutout speaks.
const TOTAL_WORDS: &[&str] = &[
    "total",
    "totals",
    "grandtotal",
    "subtotal",
    "sum",
    "summe",
    "gesamt",
    "insgesamt",
    "somme",
    "suma",
    "soma",
    "totale",
    "totaal",
];

/// Reads one row against the mapping.
pub fn read(cells: &[&str], mapping: &[Option<ImportField>]) -> Row {
    let first = cells.iter().find(|c| !c.trim().is_empty());
    if first.is_some_and(|c| TOTAL_WORDS.contains(&header_key(c).as_str())) {
        return Row::Ignored(msg::roster_import_ignored_total(owner()));
    }
    let (mut input, mut dropped) = record_to_input(cells, mapping);
    if input.display_name.trim().is_empty()
        && input.handles.iter().all(|h| h.handle.trim().is_empty())
    {
        return Row::Ignored(msg::roster_import_ignored_nobody(owner()));
    }
    let draft = match validate(&input) {
        Ok(draft) => draft,
        Err(Error::Invalid(fields)) => {
            let mut kept = Vec::new();
            for f in &fields {
                match drop_field(&mut input, &f.field) {
                    Some(cell) => dropped.push(cell),
                    None => kept.push(f.message.clone()),
                }
            }
            if !kept.is_empty() {
                return Row::Rejected(kept.join(" "));
            }
            input
                .handles
                .retain(|h| !h.handle.is_empty() || !h.followers.is_empty());
            match validate(&with_notes(input.clone(), &dropped)) {
                Ok(draft) => return Row::Creator(draft, warnings(&dropped)),
                Err(e) => return Row::Rejected(super::row_reason(e)),
            }
        }
        Err(e) => return Row::Rejected(super::row_reason(e)),
    };
    if dropped.is_empty() {
        return Row::Creator(draft, Vec::new());
    }
    match validate(&with_notes(input, &dropped)) {
        Ok(draft) => Row::Creator(draft, warnings(&dropped)),
        Err(e) => Row::Rejected(super::row_reason(e)),
    }
}

/// A warning for each dropped cell.
fn warnings(dropped: &[Dropped]) -> Vec<String> {
    let lang = owner();
    dropped
        .iter()
        .map(|d| {
            msg::RosterImportCellDropped {
                field: (d.label)(lang).into(),
                text: d.text.as_str().into(),
            }
            .text(lang)
        })
        .collect()
}

/// The input with a line in its notes for each dropped cell ("Rate in the sheet: …").
fn with_notes(mut input: CreatorInput, dropped: &[Dropped]) -> CreatorInput {
    let lang = owner();
    for d in dropped {
        let line = msg::RosterImportKeptInNotes {
            field: (d.label)(lang).into(),
            text: d.text.as_str().into(),
        }
        .text(lang);
        if !input.notes.is_empty() {
            input.notes.push('\n');
        }
        input.notes.push_str(&line);
    }
    input.notes = input.notes.chars().take(MAX_NOTES).collect();
    input
}

/// Empties the optional field a validation error names, returning what it held; `None` for a
/// field the creator cannot do without (the name) or that is not a cell (the notes).
fn drop_field(input: &mut CreatorInput, field: &str) -> Option<Dropped> {
    let take = |text: &mut String, label: fn(Lang) -> String| {
        Some(Dropped {
            label,
            text: std::mem::take(text),
        })
    };
    match field {
        "avg_likes" => take(&mut input.avg_likes, msg::roster_csv_avg_likes),
        "avg_comments" => take(&mut input.avg_comments, msg::roster_csv_avg_comments),
        "avg_shares" => take(&mut input.avg_shares, msg::roster_csv_avg_shares),
        "engagement_rate" => take(&mut input.engagement_rate, msg::roster_csv_engagement_rate),
        "city" => take(&mut input.city, msg::roster_csv_city),
        "email" => take(&mut input.email, msg::roster_csv_email),
        "phone" => take(&mut input.phone, msg::roster_csv_phone),
        "rate" => take(&mut input.rate, msg::roster_csv_rate),
        "currency" => take(&mut input.currency, msg::roster_csv_currency),
        "niches" => {
            let text = std::mem::take(&mut input.niches).join(", ");
            Some(Dropped {
                label: msg::roster_csv_niches,
                text,
            })
        }
        _ => {
            // handles.{i}.handle, handles.{i}.followers, handles.{i}.platform
            let rest = field.strip_prefix("handles.")?;
            let (index, part) = rest.split_once('.')?;
            let h = input.handles.get_mut(index.parse::<usize>().ok()?)?;
            if part == "followers" {
                take(&mut h.followers, msg::error_label_followers)
            } else {
                let text = if h.handle.is_empty() {
                    std::mem::take(&mut h.followers)
                } else {
                    h.followers.clear();
                    std::mem::take(&mut h.handle)
                };
                Some(Dropped {
                    label: msg::roster_import_label_handle,
                    text,
                })
            }
        }
    }
}
