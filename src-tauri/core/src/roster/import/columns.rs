//! Which field each spreadsheet column holds, guessed from its header, and how one row of
//! cells becomes a creator as typed.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::{msg, owner, Lang};
use crate::roster::export::COLUMNS;
use crate::roster::{normalize_handle, CreatorInput, HandleInput, Platform, Status};
use crate::spreadsheet::unescape_cell;
use crate::spreadsheet::Table;
use crate::text::parse_yes_no;

use super::lenient::Dropped;

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

/// The roster export's own headers in every language, as compared, with the field each
/// holds (`None`: computed, not read back), so an export in any language imports back.
static EXPORTED: LazyLock<Vec<(String, Option<ImportField>)>> = LazyLock::new(|| {
    Lang::OFFERED
        .iter()
        .flat_map(|&lang| {
            COLUMNS
                .iter()
                .map(move |(header, field)| (header_key(&header(lang)), *field))
        })
        .collect()
});

/// What an export's header says its column holds: `Some(None)` for a computed column.
fn exported(key: &str) -> Option<Option<ImportField>> {
    EXPORTED.iter().find(|(k, _)| k == key).map(|(_, f)| *f)
}

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

/// A header as compared: lower case, letters and digits only.
pub(super) fn header_key(header: &str) -> String {
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
    // Columns an export (in any language) names as computed: never read back.
    let mut computed = vec![false; headers.len()];
    // Exact header words first, then headers that contain a word (e.g. "Instagram @").
    for exact in [true, false] {
        for (col, key) in keys.iter().enumerate() {
            if mapping[col].is_some()
                || computed[col]
                || key.is_empty()
                || DERIVED_HEADERS.contains(&key.as_str())
            {
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
            } else if exact {
                // An export's header in another language: looked up only here, so a file
                // with everyday headers never loads the translations.
                match exported(key) {
                    Some(None) => computed[col] = true,
                    Some(Some(field)) if !taken(field, &mapping) => mapping[col] = Some(field),
                    _ => {}
                }
            }
        }
    }
    mapping
}

/// The handle being filled for `platform`.
fn slot(handles: &mut BTreeMap<Platform, HandleInput>, platform: Platform) -> &mut HandleInput {
    handles.entry(platform).or_insert_with(|| HandleInput {
        platform: Some(platform),
        ..HandleInput::default()
    })
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

/// How many of a row's cells name a field Shoutout knows: the header row scores highest.
fn header_score(cells: &[&str]) -> usize {
    let headers: Vec<String> = cells.iter().map(|c| c.to_string()).collect();
    guess_mapping(&headers).iter().flatten().count()
}

/// The row among the first few that looks most like a header ("Name", "Instagram",
/// "Followers"…), below any title and note rows above it; the first row when none does.
pub fn guess_header(table: &Table) -> usize {
    let mut best = (0, 0);
    for (index, (_, cells)) in table.top(HEADER_SEARCH_ROWS).enumerate() {
        let score = header_score(&cells);
        if score > best.1 {
            best = (index, score);
        }
    }
    best.0
}

/// How far down a sheet the header is looked for.
pub const HEADER_SEARCH_ROWS: usize = 20;
