//! Exporting any roster view (its filters and sort) as a CSV file spreadsheets open right.

use std::io::Write;
use std::sync::LazyLock;

use super::import::ImportField;
use super::query::for_each;
use super::{Platform, RosterQuery};
use crate::error::Result;
use crate::files::write_atomically;
use crate::i18n::{self, msg, Lang};
use crate::spreadsheet;
use crate::storage::db::Db;
use crate::text::minor_to_decimal;

/// A column's header in a language.
type Header = fn(Lang) -> String;

/// The export's columns, in order, each with the field the importer reads it back into
/// (`None`: computed by Shoutout, written for the reader but never read back).
pub(crate) const COLUMNS: [(Header, Option<ImportField>); 26] = [
    (msg::roster_csv_name, Some(ImportField::Name)),
    (
        |l| Platform::Instagram.label(l),
        Some(ImportField::Instagram),
    ),
    (
        msg::roster_csv_instagram_followers,
        Some(ImportField::InstagramFollowers),
    ),
    (|l| Platform::Tiktok.label(l), Some(ImportField::Tiktok)),
    (
        msg::roster_csv_tiktok_followers,
        Some(ImportField::TiktokFollowers),
    ),
    (|l| Platform::Youtube.label(l), Some(ImportField::Youtube)),
    (
        msg::roster_csv_youtube_followers,
        Some(ImportField::YoutubeFollowers),
    ),
    (|l| Platform::Other.label(l), Some(ImportField::OtherHandle)),
    (
        msg::roster_csv_other_followers,
        Some(ImportField::OtherFollowers),
    ),
    (msg::roster_csv_total_followers, None),
    (msg::roster_csv_tier, None),
    (
        msg::roster_csv_engagement_rate,
        Some(ImportField::EngagementRate),
    ),
    (msg::roster_csv_avg_likes, Some(ImportField::AvgLikes)),
    (msg::roster_csv_avg_comments, Some(ImportField::AvgComments)),
    (msg::roster_csv_avg_shares, Some(ImportField::AvgShares)),
    (msg::roster_csv_niches, Some(ImportField::Niches)),
    (msg::roster_csv_city, Some(ImportField::City)),
    (msg::roster_csv_email, Some(ImportField::Email)),
    (msg::roster_csv_phone, Some(ImportField::Phone)),
    (msg::roster_csv_rate, Some(ImportField::Rate)),
    (msg::roster_csv_currency, Some(ImportField::Currency)),
    (
        msg::roster_csv_open_to_gifting,
        Some(ImportField::OpenToGifting),
    ),
    (msg::roster_csv_status, Some(ImportField::Status)),
    (msg::roster_csv_notes, Some(ImportField::Notes)),
    (msg::roster_csv_created, None),
    (msg::roster_csv_updated, None),
];

/// The export's column headers in `lang`, in order; the importer reads them back in every
/// language.
pub fn export_headers(lang: Lang) -> Vec<String> {
    COLUMNS.iter().map(|(header, _)| header(lang)).collect()
}

/// The export's column headers in English.
pub static EXPORT_HEADERS: LazyLock<Vec<String>> = LazyLock::new(|| export_headers(Lang::En));

/// Writes every creator in the view (filters and sort, not the window) as CSV with a BOM so
/// spreadsheets read accents right, its headers and words in the owner's language. Returns
/// how many rows were written.
pub fn export(db: &Db, query: &RosterQuery, out: impl Write) -> Result<u32> {
    let lang = i18n::owner();
    let mut writer = spreadsheet::writer(out)?;
    writer.row(export_headers(lang))?;
    let (yes, no) = (msg::roster_csv_yes(lang), msg::roster_csv_no(lang));
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
            c.tier.label(lang),
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
            if c.open_to_gifting { &yes } else { &no }.clone(),
            c.status.label(lang),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_languages_headers_are_read_as_the_english_ones() {
        let english = crate::roster::guess_mapping(&EXPORT_HEADERS);
        let read: Vec<Option<ImportField>> = COLUMNS.iter().map(|(_, field)| *field).collect();
        assert_eq!(english, read);
        for lang in Lang::OFFERED {
            let headers = export_headers(lang);
            assert_eq!(
                crate::roster::guess_mapping(&headers),
                read,
                "{lang:?}: {headers:?}"
            );
        }
    }
}
