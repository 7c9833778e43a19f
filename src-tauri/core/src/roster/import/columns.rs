//! How one row of cells becomes a creator as typed, given which field each column holds.

use std::collections::BTreeMap;

use crate::i18n::{msg, owner, Lang};
use crate::roster::{normalize_handle, CreatorInput, HandleInput, Platform, Status};
use crate::spreadsheet::{unescape_cell, Source, Table};
use crate::text::parse_yes_no;

use super::headers::{header_key, ImportField};
use super::lenient::Dropped;

/// A status as [`Status::parse`] reads it, else as a roster export in any language writes it.
fn status(cell: &str) -> Result<Status, String> {
    Status::parse(cell).or_else(|problem| {
        let key = header_key(cell);
        Status::ALL
            .into_iter()
            .find(|s| {
                Lang::OFFERED
                    .iter()
                    .any(|&lang| header_key(&s.label(lang)) == key)
            })
            .ok_or(problem)
    })
}

/// The handle being filled for `platform`.
fn slot(handles: &mut BTreeMap<Platform, HandleInput>, platform: Platform) -> &mut HandleInput {
    handles.entry(platform).or_insert_with(|| HandleInput {
        platform: Some(platform),
        ..HandleInput::default()
    })
}

/// The engagement column of a workbook whose cells are all fractions between 0 and 1 with no
/// `%`: a cell formatted as a percentage shows 6.2 % but holds 0.062, and the reader gives the
/// value without its format. Read as percentages, such a column would say every creator
/// engages 0.06 %, far below any real rate.
pub fn fraction_column(table: &Table, mapping: &[Option<ImportField>]) -> Option<usize> {
    if !matches!(table.source, Source::Workbook { .. }) {
        return None;
    }
    let column = mapping
        .iter()
        .position(|f| *f == Some(ImportField::EngagementRate))?;
    let mut any = false;
    for (_, cells) in table.records() {
        let cell = cells.get(column).map_or("", |c| c.trim());
        if cell.is_empty() {
            continue;
        }
        match cell.parse::<f64>() {
            Ok(v) if (0.0..=1.0).contains(&v) => any |= v > 0.0,
            _ => return None,
        }
    }
    any.then_some(column)
}

/// A fraction cell (`0.062`) written as the percentage it shows (`6.2`).
pub fn as_percent(cell: &str) -> String {
    match cell.trim().parse::<f64>() {
        Ok(v) => format!("{}", (v * 1e6).round() / 1e4),
        Err(_) => cell.to_string(),
    }
}

/// Turns one record into creator input using the mapping. A cell that cannot be read as its
/// field (a yes/no, a status, a rate) is left out and returned, for the notes.
pub fn record_to_input(
    cells: &[&str],
    mapping: &[Option<ImportField>],
) -> (CreatorInput, Vec<Dropped>) {
    let mut input = CreatorInput::default();
    let mut by_platform: BTreeMap<Platform, HandleInput> = BTreeMap::new();
    let mut generic = HandleInput::default();
    let mut dropped = Vec::new();
    for (cell, field) in cells.iter().zip(mapping) {
        let Some(field) = field else { continue };
        let cell = unescape_cell(cell).to_string();
        if let Err(d) = put(*field, cell, &mut input, &mut by_platform, &mut generic) {
            dropped.push(d);
        }
    }
    // A lone Followers column with per-platform handles counts for the first of them
    // (Instagram, TikTok, YouTube, other), the way the columns are usually ordered.
    if generic.handle.is_empty() && !generic.followers.is_empty() {
        let filled: Vec<&mut HandleInput> = by_platform
            .values_mut()
            .filter(|h| !h.handle.is_empty())
            .collect();
        match filled.into_iter().next() {
            Some(h) if h.followers.is_empty() => {
                h.followers = std::mem::take(&mut generic.followers)
            }
            _ => dropped.push(Dropped {
                label: msg::error_label_followers,
                text: std::mem::take(&mut generic.followers),
            }),
        }
    }
    let mut handles: Vec<HandleInput> = by_platform.into_values().collect();
    if !generic.handle.is_empty() {
        handles.push(generic);
    }
    handles.sort_by_key(|h| h.platform);
    input.handles = handles;
    if input.display_name.trim().is_empty() {
        // A roster row with only a handle is still a creator: name them by it.
        if let Some(h) = input.handles.iter().find(|h| !h.handle.trim().is_empty()) {
            input.display_name = normalize_handle(&h.handle)
                .map(|n| format!("@{}", n.handle))
                .unwrap_or_default();
        }
    }
    (input, dropped)
}

/// A rate as people write it: "$300 / post", "300€ per post", "150-200" (the lower end, the
/// range kept in the notes), "gifting only" (open to gifting, no rate).
fn put_rate(input: &mut CreatorInput, cell: String) {
    let lower = cell.to_lowercase();
    if !lower.chars().any(|c| c.is_ascii_digit()) && is_gifting(&lower) {
        input.open_to_gifting = true;
        return;
    }
    // What follows "/" or "per" says what the rate is for: one post, one video.
    let amount = [" per ", " pro ", " par ", " por ", " each", "/"]
        .iter()
        .filter_map(|cut| lower.find(cut))
        .min()
        .map_or(cell.as_str(), |at| &cell[..at])
        .trim();
    let range = amount
        .split_once(['-', '–', '—'])
        .filter(|(low, high)| !low.trim().is_empty() && !high.trim().is_empty());
    input.rate = match range {
        Some((low, high)) => {
            if !input.notes.is_empty() {
                input.notes.push('\n');
            }
            let lang = owner();
            input.notes.push_str(
                &msg::RosterImportKeptInNotes {
                    field: msg::roster_csv_rate(lang).into(),
                    text: cell.as_str().into(),
                }
                .text(lang),
            );
            // The currency may be written once, after the range: "150-200 €".
            let symbol: String = high
                .chars()
                .filter(|c| !c.is_ascii_digit() && !".,".contains(*c))
                .collect();
            format!("{}{}", low.trim(), symbol.trim())
        }
        None => amount.to_string(),
    };
}

/// "gifting only", "gifted", "free product" and their like in the languages Shoutout speaks.
fn is_gifting(lower: &str) -> bool {
    [
        "gift",
        "free product",
        "product only",
        "products only",
        "barter",
        "cadeau",
        "geschenk",
        "regalo",
        "omaggio",
        "gratis",
        "grátis",
        "offert",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Puts one cell where its column's field goes; a cell its field cannot take is returned.
fn put(
    field: ImportField,
    cell: String,
    input: &mut CreatorInput,
    by_platform: &mut BTreeMap<Platform, HandleInput>,
    generic: &mut HandleInput,
) -> Result<(), Dropped> {
    match field {
        ImportField::Name => input.display_name = cell,
        ImportField::Instagram => slot(by_platform, Platform::Instagram).handle = cell,
        ImportField::InstagramFollowers => slot(by_platform, Platform::Instagram).followers = cell,
        ImportField::Tiktok => slot(by_platform, Platform::Tiktok).handle = cell,
        ImportField::TiktokFollowers => slot(by_platform, Platform::Tiktok).followers = cell,
        ImportField::Youtube => slot(by_platform, Platform::Youtube).handle = cell,
        ImportField::YoutubeFollowers => slot(by_platform, Platform::Youtube).followers = cell,
        ImportField::OtherHandle => slot(by_platform, Platform::Other).handle = cell,
        ImportField::OtherFollowers => slot(by_platform, Platform::Other).followers = cell,
        ImportField::Handle => generic.handle = cell,
        ImportField::Platform => generic.platform = Platform::parse(&cell),
        ImportField::Followers => generic.followers = cell,
        ImportField::AvgLikes => input.avg_likes = cell,
        ImportField::AvgComments => input.avg_comments = cell,
        ImportField::AvgShares => input.avg_shares = cell,
        ImportField::EngagementRate => input.engagement_rate = cell,
        ImportField::Niches => input.niches = vec![cell],
        ImportField::City => input.city = cell,
        ImportField::Email => input.email = cell,
        ImportField::Phone => input.phone = cell,
        ImportField::Rate => put_rate(input, cell),
        ImportField::Currency => input.currency = cell,
        ImportField::OpenToGifting => match parse_yes_no(&cell) {
            Ok(yes) => input.open_to_gifting |= yes,
            Err(_) if is_gifting(&cell.to_lowercase()) => input.open_to_gifting = true,
            Err(_) => return Err(dropped(msg::error_label_open_to_gifting, cell)),
        },
        ImportField::Status => match status(&cell) {
            Ok(status) => input.status = status,
            Err(_) => return Err(dropped(msg::roster_csv_status, cell)),
        },
        ImportField::Notes => {
            if !input.notes.is_empty() {
                input.notes.insert(0, '\n');
            }
            input.notes.insert_str(0, &cell);
        }
    }
    Ok(())
}

fn dropped(label: fn(Lang) -> String, text: String) -> Dropped {
    Dropped { label, text }
}
