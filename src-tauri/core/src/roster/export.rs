//! Exporting any roster view (its filters and sort) as a CSV file spreadsheets open right.

use std::io::Write;

use super::query::for_each;
use super::{Platform, RosterQuery};
use crate::error::Result;
use crate::files::write_atomically;
use crate::spreadsheet;
use crate::storage::db::Db;
use crate::text::minor_to_decimal;

/// The export's columns, in order; the importer reads them back.
pub const EXPORT_HEADERS: &[&str] = &[
    "Name",
    "Instagram",
    "Instagram followers",
    "TikTok",
    "TikTok followers",
    "YouTube",
    "YouTube followers",
    "Other",
    "Other followers",
    "Total followers",
    "Tier",
    "Engagement rate",
    "Avg likes",
    "Avg comments",
    "Avg shares",
    "Niches",
    "City",
    "Email",
    "Phone",
    "Rate",
    "Currency",
    "Open to gifting",
    "Status",
    "Notes",
    "Created",
    "Updated",
];

/// Writes every creator in the view (filters and sort, not the window) as CSV with a BOM so
/// spreadsheets read accents right. Returns how many rows were written.
pub fn export(db: &Db, query: &RosterQuery, out: impl Write) -> Result<u32> {
    let mut writer = spreadsheet::writer(out)?;
    writer.row(EXPORT_HEADERS)?;
    let mut rows = 0;
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    for_each(db.conn(), query, |c| {
        let handle = |p: Platform| c.handles.iter().find(|h| h.platform == p);
        let mut record: Vec<String> = vec![c.display_name.clone()];
        for p in Platform::ALL {
            record.push(handle(p).map(|h| h.handle.clone()).unwrap_or_default());
            record.push(
                handle(p)
                    .map(|h| h.followers.to_string())
                    .unwrap_or_default(),
            );
        }
        record.extend([
            c.total_followers.to_string(),
            c.tier.as_str().to_string(),
            c.engagement_rate
                .map(|e| format!("{e:.2}"))
                .unwrap_or_default(),
            opt(c.avg_likes),
            opt(c.avg_comments),
            opt(c.avg_shares),
            c.niches.join(", "),
            c.city.clone(),
            c.email.clone(),
            c.phone.clone(),
            c.rate_minor.map(minor_to_decimal).unwrap_or_default(),
            c.currency.clone(),
            if c.open_to_gifting { "yes" } else { "no" }.to_string(),
            c.status.label().to_string(),
            c.notes.clone(),
            c.created_at.clone(),
            c.updated_at.clone(),
        ]);
        writer.row(&record)?;
        rows += 1;
        Ok(())
    })?;
    writer.finish()?;
    Ok(rows)
}

/// Exports the roster view to a file, atomically.
pub fn export_to_path(db: &Db, query: &RosterQuery, path: &std::path::Path) -> Result<u32> {
    write_atomically(path, |out| export(db, query, out))
}
