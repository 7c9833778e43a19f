//! Which field each spreadsheet column holds, guessed from its header, and which row of a
//! sheet is its header.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::Lang;
use crate::roster::export::COLUMNS;
use crate::spreadsheet::Table;

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
