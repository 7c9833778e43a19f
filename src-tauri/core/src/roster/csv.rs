//! Roster import from spreadsheet CSV files, and export of any roster view.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::files::write_atomically;
use crate::roster::{self, CreatorInput, Draft, HandleInput, Platform, RosterQuery, Status};
use crate::storage::db::Db;

/// What a CSV column can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportField {
    Name,
    Instagram,
    InstagramFollowers,
    Tiktok,
    TiktokFollowers,
    Youtube,
    YoutubeFollowers,
    OtherHandle,
    OtherFollowers,
    /// A handle or profile link on the platform named in the Platform column or by the link.
    Handle,
    Platform,
    Followers,
    AvgLikes,
    AvgComments,
    AvgShares,
    EngagementRate,
    Niches,
    City,
    Email,
    Phone,
    Rate,
    Currency,
    OpenToGifting,
    Status,
    Notes,
}

/// Header words for each field, compared after lower-casing and dropping everything but
/// letters and digits. Exact matches win over partial ones.
const HEADER_WORDS: &[(ImportField, &[&str])] = &[
    (
        ImportField::Name,
        &[
            "name",
            "displayname",
            "creator",
            "creatorname",
            "influencer",
            "fullname",
            "contactname",
            "nom",
            "nombre",
        ],
    ),
    (
        ImportField::InstagramFollowers,
        &[
            "instagramfollowers",
            "igfollowers",
            "followersinstagram",
            "followersig",
            "instafollowers",
        ],
    ),
    (
        ImportField::TiktokFollowers,
        &["tiktokfollowers", "ttfollowers", "followerstiktok"],
    ),
    (
        ImportField::YoutubeFollowers,
        &[
            "youtubefollowers",
            "youtubesubscribers",
            "ytsubscribers",
            "ytsubs",
            "subscribers",
            "ytfollowers",
        ],
    ),
    (ImportField::OtherFollowers, &["otherfollowers"]),
    (
        ImportField::Instagram,
        &[
            "instagram",
            "ig",
            "insta",
            "instagramhandle",
            "ighandle",
            "instagramurl",
        ],
    ),
    (
        ImportField::Tiktok,
        &["tiktok", "tiktokhandle", "tt", "tiktokurl"],
    ),
    (
        ImportField::Youtube,
        &[
            "youtube",
            "yt",
            "youtubehandle",
            "youtubechannel",
            "youtubeurl",
        ],
    ),
    (
        ImportField::OtherHandle,
        &["other", "otherhandle", "otherplatform", "website", "blog"],
    ),
    (
        ImportField::Handle,
        &[
            "handle",
            "username",
            "account",
            "profile",
            "profileurl",
            "link",
        ],
    ),
    (
        ImportField::Platform,
        &["platform", "network", "socialnetwork", "channel"],
    ),
    (
        ImportField::Followers,
        &[
            "followers",
            "followercount",
            "audience",
            "totalfollowers",
            "abonnes",
            "seguidores",
        ],
    ),
    (
        ImportField::AvgLikes,
        &["avglikes", "averagelikes", "likes", "likesperpost"],
    ),
    (
        ImportField::AvgComments,
        &[
            "avgcomments",
            "averagecomments",
            "comments",
            "commentsperpost",
        ],
    ),
    (
        ImportField::AvgShares,
        &["avgshares", "averageshares", "shares", "sharesperpost"],
    ),
    (
        ImportField::EngagementRate,
        &[
            "engagementrate",
            "engagement",
            "er",
            "engagementrate%",
            "eng",
        ],
    ),
    (
        ImportField::Niches,
        &[
            "niches",
            "niche",
            "category",
            "categories",
            "tags",
            "topics",
            "topic",
        ],
    ),
    (
        ImportField::City,
        &["city", "location", "town", "ville", "stadt", "ciudad"],
    ),
    (
        ImportField::Email,
        &["email", "emailaddress", "mail", "contactemail", "e-mail"],
    ),
    (
        ImportField::Phone,
        &[
            "phone",
            "phonenumber",
            "mobile",
            "tel",
            "telephone",
            "whatsapp",
            "cell",
        ],
    ),
    (
        ImportField::Rate,
        &["rate", "rateperpost", "fee", "price", "postrate"],
    ),
    (ImportField::Currency, &["currency", "cur"]),
    (
        ImportField::OpenToGifting,
        &[
            "opentogifting",
            "gifting",
            "acceptsgifts",
            "gifts",
            "gifted",
        ],
    ),
    (ImportField::Status, &["status", "stage"]),
    (
        ImportField::Notes,
        &["notes", "note", "remarks", "memo", "description"],
    ),
];

/// Columns Shoutout computes itself (and writes on export): never read back as input.
const DERIVED_HEADERS: &[&str] = &[
    "totalfollowers",
    "tier",
    "created",
    "updated",
    "createdat",
    "updatedat",
    "id",
];

fn header_key(header: &str) -> String {
    header
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Guesses which field each column holds from its header; each field is used once at most.
pub fn guess_mapping(headers: &[String]) -> Vec<Option<ImportField>> {
    let keys: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
    let mut mapping: Vec<Option<ImportField>> = vec![None; headers.len()];
    let taken =
        |field: ImportField, mapping: &[Option<ImportField>]| mapping.contains(&Some(field));
    // Exact header words first, then headers that contain a word (e.g. "Instagram @").
    for exact in [true, false] {
        for (col, key) in keys.iter().enumerate() {
            if mapping[col].is_some() || key.is_empty() || DERIVED_HEADERS.contains(&key.as_str()) {
                continue;
            }
            let found = HEADER_WORDS.iter().find(|(field, words)| {
                !taken(*field, &mapping)
                    && words.iter().any(|w| {
                        let w = header_key(w);
                        if exact {
                            *key == w
                        } else {
                            w.len() >= 4 && key.contains(&w)
                        }
                    })
            });
            if let Some((field, _)) = found {
                mapping[col] = Some(*field);
            }
        }
    }
    mapping
}

/// A CSV file read into memory: its header and each record with the line it starts on.
#[derive(Debug, Clone)]
pub struct CsvTable {
    pub delimiter: u8,
    pub headers: Vec<String>,
    pub records: Vec<(u64, Vec<String>)>,
}

/// Decodes spreadsheet bytes: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252
/// (what older Excel writes).
pub fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    let utf16 = |rest: &[u8], le: bool| {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|p| {
                if le {
                    u16::from_le_bytes([p[0], p[1]])
                } else {
                    u16::from_be_bytes([p[0], p[1]])
                }
            })
            .collect();
        String::from_utf16_lossy(&units)
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, false);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// Picks the delimiter from the header line: the one of `,` `;` tab that splits it most,
/// ignoring quoted text. Spreadsheets in comma-decimal locales write `;`.
fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            _ if !quoted => {
                for (d, n) in counts.iter_mut() {
                    if c as u32 == *d as u32 {
                        *n += 1;
                    }
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .map(|(d, _)| *d)
        .filter(|_| counts.iter().any(|(_, n)| *n > 0))
        .unwrap_or(b',')
}

pub const MAX_IMPORT_BYTES: usize = 200 * 1024 * 1024;

pub fn read_table(bytes: &[u8]) -> Result<CsvTable> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(Error::Csv(
            "the file is larger than 200 MB; split it into smaller files".into(),
        ));
    }
    let text = decode(bytes);
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut headers: Option<Vec<String>> = None;
    let mut records = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| Error::Csv(e.to_string()))?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        match headers {
            None => headers = Some(cells),
            Some(_) => records.push((line, cells)),
        }
    }
    let headers = headers.ok_or_else(|| Error::Csv("the file is empty".into()))?;
    Ok(CsvTable {
        delimiter,
        headers,
        records,
    })
}

/// A CSV cell that a spreadsheet might run as a formula is written with a leading `'`;
/// read it back without.
fn unescape_cell(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => cell,
    }
}

fn slot(handles: &mut BTreeMap<Platform, HandleInput>, platform: Platform) -> &mut HandleInput {
    handles.entry(platform).or_insert_with(|| HandleInput {
        platform: Some(platform),
        ..HandleInput::default()
    })
}

/// Turns one record into creator input using the mapping.
pub fn record_to_input(
    cells: &[String],
    mapping: &[Option<ImportField>],
) -> Result<CreatorInput, String> {
    let mut input = CreatorInput::default();
    let mut by_platform: BTreeMap<Platform, HandleInput> = BTreeMap::new();
    let mut generic = HandleInput::default();
    let mut rate_text = String::new();
    for (cell, field) in cells.iter().zip(mapping) {
        let Some(field) = field else { continue };
        let cell = unescape_cell(cell).to_string();
        match field {
            ImportField::Name => input.display_name = cell,
            ImportField::Instagram => slot(&mut by_platform, Platform::Instagram).handle = cell,
            ImportField::InstagramFollowers => {
                slot(&mut by_platform, Platform::Instagram).followers = cell
            }
            ImportField::Tiktok => slot(&mut by_platform, Platform::Tiktok).handle = cell,
            ImportField::TiktokFollowers => {
                slot(&mut by_platform, Platform::Tiktok).followers = cell
            }
            ImportField::Youtube => slot(&mut by_platform, Platform::Youtube).handle = cell,
            ImportField::YoutubeFollowers => {
                slot(&mut by_platform, Platform::Youtube).followers = cell
            }
            ImportField::OtherHandle => slot(&mut by_platform, Platform::Other).handle = cell,
            ImportField::OtherFollowers => slot(&mut by_platform, Platform::Other).followers = cell,
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
            ImportField::Rate => rate_text = cell,
            ImportField::Currency => input.currency = cell,
            ImportField::OpenToGifting => {
                input.open_to_gifting =
                    crate::text::parse_yes_no(&cell).map_err(|e| format!("Open to gifting: {e}"))?
            }
            ImportField::Status => input.status = Status::parse(&cell)?,
            ImportField::Notes => input.notes = cell,
        }
    }
    input.rate = rate_text;
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
            _ => return Err("Followers are given but no handle to count them for".into()),
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
            input.display_name = crate::text::normalize_handle(&h.handle)
                .map(|n| format!("@{}", n.handle))
                .unwrap_or_default();
        }
    }
    Ok(input)
}

/// Joins field errors into one line for a row report.
fn row_reason(err: Error) -> String {
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

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ImportPreview {
    pub delimiter: String,
    pub headers: Vec<String>,
    pub mapping: Vec<Option<ImportField>>,
    /// The first rows, as in the file, to check the mapping against.
    pub sample: Vec<Vec<String>>,
    pub total_rows: u32,
    pub new_rows: u32,
    pub duplicates: Vec<DuplicateRow>,
    pub problems: Vec<RowProblem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ImportReport {
    pub added: u32,
    pub merged: u32,
    pub skipped: u32,
    pub problems: Vec<RowProblem>,
}

/// Each importable row with its line, and the rows that cannot be imported.
struct Plan {
    rows: Vec<(u64, Planned)>,
    problems: Vec<RowProblem>,
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
fn plan(
    conn: &rusqlite::Connection,
    table: &CsvTable,
    mapping: &[Option<ImportField>],
) -> Result<Plan> {
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
            "Choose which column holds the name or a handle.",
        ));
    }
    let mut planned = Vec::new();
    let mut problems = Vec::new();
    let mut seen: HashMap<(Platform, String), u64> = HashMap::new();
    for (line, cells) in &table.records {
        let line = *line;
        let draft = match record_to_input(cells, mapping)
            .and_then(|input| roster::validate(&input).map_err(row_reason))
        {
            Ok(d) => d,
            Err(reason) => {
                problems.push(RowProblem { line, reason });
                continue;
            }
        };
        if let Some((h, first)) = draft
            .handles
            .iter()
            .find_map(|h| seen.get(&(h.platform, h.handle.clone())).map(|l| (h, *l)))
        {
            problems.push(RowProblem {
                line,
                reason: format!(
                    "@{} on {} is already on line {first} of this file.",
                    h.handle,
                    h.platform.label()
                ),
            });
            continue;
        }
        let mut owners: Vec<(i64, String)> = Vec::new();
        for h in &draft.handles {
            seen.insert((h.platform, h.handle.clone()), line);
            if let Some(owner) = roster::owner_of(conn, h.platform, &h.handle)? {
                if !owners.iter().any(|(id, _)| *id == owner) {
                    owners.push((owner, format!("@{}", h.handle)));
                }
            }
        }
        match owners.len() {
            0 => planned.push((line, Planned::New(draft))),
            1 => {
                let (id, handle) = owners.remove(0);
                planned.push((line, Planned::Existing { id, draft, handle }));
            }
            _ => problems.push(RowProblem {
                line,
                reason: format!(
                    "Its handles belong to {} different creators already; edit them by hand.",
                    owners.len()
                ),
            }),
        }
    }
    Ok(Plan {
        rows: planned,
        problems,
    })
}

pub fn preview(
    db: &Db,
    table: &CsvTable,
    mapping: Option<Vec<Option<ImportField>>>,
) -> Result<ImportPreview> {
    let mapping = match mapping {
        Some(m) if m.len() == table.headers.len() => m,
        Some(_) => {
            return Err(Error::invalid(
                "mapping",
                "The column choices do not match the file; open it again.",
            ))
        }
        None => guess_mapping(&table.headers),
    };
    let conn = db.conn();
    let Plan {
        rows: planned,
        problems,
    } = match plan(conn, table, &mapping) {
        Ok(p) => p,
        Err(Error::Invalid(_)) => Plan {
            rows: Vec::new(),
            problems: vec![RowProblem {
                line: 1,
                reason: "No column is set to Name or to a handle.".into(),
            }],
        },
        Err(other) => return Err(other),
    };
    let mut duplicates = Vec::new();
    let mut new_rows = 0;
    for (line, p) in &planned {
        match p {
            Planned::New(_) => new_rows += 1,
            Planned::Existing { id, draft, handle } => duplicates.push(DuplicateRow {
                line: *line,
                name: draft.display_name.clone(),
                handle: handle.clone(),
                existing_id: *id,
                existing_name: conn.query_row(
                    "SELECT display_name FROM creators WHERE id = ?1",
                    [id],
                    |r| r.get(0),
                )?,
            }),
        }
    }
    Ok(ImportPreview {
        delimiter: match table.delimiter {
            b';' => "semicolon",
            b'\t' => "tab",
            _ => "comma",
        }
        .to_string(),
        headers: table.headers.clone(),
        mapping,
        sample: table
            .records
            .iter()
            .take(5)
            .map(|(_, r)| r.clone())
            .collect(),
        total_rows: table.records.len() as u32,
        new_rows,
        duplicates,
        problems,
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
    niches.truncate(20);
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
        notes: notes.chars().take(roster::MAX_NOTES).collect(),
    }
}

/// Writes every valid row in one transaction; `progress` hears (rows done, rows in all).
pub fn commit(
    db: &mut Db,
    table: &CsvTable,
    mapping: &[Option<ImportField>],
    policy: DuplicatePolicy,
    mut progress: impl FnMut(usize, usize),
) -> Result<ImportReport> {
    db.with_tx(|tx| {
        let Plan {
            rows: planned,
            problems,
        } = plan(tx, table, mapping)?;
        let total = planned.len();
        let mut report = ImportReport {
            added: 0,
            merged: 0,
            skipped: 0,
            problems,
        };
        for (done, (_, p)) in planned.into_iter().enumerate() {
            match p {
                Planned::New(draft) => {
                    roster::insert(tx, &draft, None)?;
                    report.added += 1;
                }
                Planned::Existing { id, draft, .. } => match policy {
                    DuplicatePolicy::Skip => report.skipped += 1,
                    DuplicatePolicy::Merge => {
                        let existing = roster::get(tx, id)?.to_draft();
                        roster::update(tx, id, &merge(&existing, &draft))?;
                        report.merged += 1;
                    }
                },
            }
            if done % 500 == 0 || done + 1 == total {
                progress(done + 1, total);
            }
        }
        Ok(report)
    })
}

/// Guards a cell against spreadsheet formula injection: text starting with `= + - @` is
/// written with a leading `'`, which the importer removes again.
pub(crate) fn safe_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

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
    let mut out = out;
    out.write_all(b"\xEF\xBB\xBF")
        .map_err(|e| Error::Csv(e.to_string()))?;
    let mut writer = csv::Writer::from_writer(out);
    let csv_err = |e: csv::Error| Error::Csv(e.to_string());
    writer.write_record(EXPORT_HEADERS).map_err(csv_err)?;
    let mut rows = 0;
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    roster::for_each(db.conn(), query, |c| {
        let handle = |p: Platform| c.handles.iter().find(|h| h.platform == p);
        let mut record: Vec<String> = vec![safe_cell(&c.display_name)];
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
            safe_cell(&c.niches.join(", ")),
            safe_cell(&c.city),
            safe_cell(&c.email),
            safe_cell(&c.phone),
            c.rate_minor
                .map(crate::text::minor_to_decimal)
                .unwrap_or_default(),
            c.currency.clone(),
            if c.open_to_gifting { "yes" } else { "no" }.to_string(),
            c.status.label().to_string(),
            safe_cell(&c.notes),
            c.created_at.clone(),
            c.updated_at.clone(),
        ]);
        writer.write_record(&record).map_err(csv_err)?;
        rows += 1;
        Ok(())
    })?;
    writer.flush().map_err(|e| Error::Csv(e.to_string()))?;
    Ok(rows)
}

/// Exports the roster view to a file, atomically.
pub fn export_to_path(db: &Db, query: &RosterQuery, path: &std::path::Path) -> Result<u32> {
    write_atomically(path, |out| export(db, query, out))
}
