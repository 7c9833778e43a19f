//! The creator roster: what a creator is, how input is checked, and how creators are stored,
//! searched and removed.

pub mod csv;

use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, FieldError, Result};
use crate::files::now;
use crate::storage::db::Db;
use crate::text as parse;
use crate::text::{is_email, sort_key, DEFAULT_CURRENCY};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Instagram,
    Tiktok,
    Youtube,
    Other,
}

impl Platform {
    pub const ALL: [Platform; 4] = [
        Platform::Instagram,
        Platform::Tiktok,
        Platform::Youtube,
        Platform::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Instagram => "instagram",
            Platform::Tiktok => "tiktok",
            Platform::Youtube => "youtube",
            Platform::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Platform::Instagram => "Instagram",
            Platform::Tiktok => "TikTok",
            Platform::Youtube => "YouTube",
            Platform::Other => "Other",
        }
    }

    /// Reads a platform named in a spreadsheet cell (`IG`, `Insta`, `TikTok`, `YT`…).
    pub fn parse(text: &str) -> Option<Platform> {
        let t: String = text
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        match t.as_str() {
            "instagram" | "ig" | "insta" => Some(Platform::Instagram),
            "tiktok" | "tt" => Some(Platform::Tiktok),
            "youtube" | "yt" => Some(Platform::Youtube),
            "" => None,
            _ => Some(Platform::Other),
        }
    }

    /// The platform's bit in a creator's `platform_mask`.
    pub fn bit(self) -> i64 {
        match self {
            Platform::Instagram => 1,
            Platform::Tiktok => 2,
            Platform::Youtube => 4,
            Platform::Other => 8,
        }
    }

    fn from_db(text: &str) -> Platform {
        Platform::ALL
            .into_iter()
            .find(|p| p.as_str() == text)
            .unwrap_or(Platform::Other)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Prospect,
    Contacted,
    Active,
    Paused,
    DoNotContact,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Prospect,
        Status::Contacted,
        Status::Active,
        Status::Paused,
        Status::DoNotContact,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Prospect => "prospect",
            Status::Contacted => "contacted",
            Status::Active => "active",
            Status::Paused => "paused",
            Status::DoNotContact => "do_not_contact",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Prospect => "Prospect",
            Status::Contacted => "Contacted",
            Status::Active => "Active",
            Status::Paused => "Paused",
            Status::DoNotContact => "Do not contact",
        }
    }

    /// Reads a status as written in a spreadsheet; blank means prospect.
    pub fn parse(text: &str) -> Result<Status, String> {
        let t: String = text
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        Ok(match t.as_str() {
            "" | "prospect" | "new" | "lead" => Status::Prospect,
            "contacted" | "reachedout" | "pitched" => Status::Contacted,
            "active" | "working" | "partner" => Status::Active,
            "paused" | "onhold" | "inactive" => Status::Paused,
            "donotcontact" | "dnc" | "blocked" => Status::DoNotContact,
            _ => return Err(format!("\u{201c}{}\u{201d} is not a status (prospect, contacted, active, paused, do not contact)", text.trim())),
        })
    }

    fn from_db(text: &str) -> Status {
        Status::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
            .unwrap_or_default()
    }
}

/// Size class by the largest following on any one platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Starter,
    Nano,
    Micro,
    Macro,
    Mega,
}

impl Tier {
    pub const ALL: [Tier; 5] = [
        Tier::Starter,
        Tier::Nano,
        Tier::Micro,
        Tier::Macro,
        Tier::Mega,
    ];

    /// nano 1K–10K, micro 10K–100K, macro 100K–1M, mega 1M+; below 1K a starter.
    pub fn from_followers(followers: i64) -> Tier {
        match followers {
            f if f >= 1_000_000 => Tier::Mega,
            f if f >= 100_000 => Tier::Macro,
            f if f >= 10_000 => Tier::Micro,
            f if f >= 1_000 => Tier::Nano,
            _ => Tier::Starter,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Starter => "starter",
            Tier::Nano => "nano",
            Tier::Micro => "micro",
            Tier::Macro => "macro",
            Tier::Mega => "mega",
        }
    }

    fn from_db(text: &str) -> Tier {
        Tier::ALL
            .into_iter()
            .find(|t| t.as_str() == text)
            .unwrap_or(Tier::Starter)
    }
}

/// Engagement rate in percent: (likes + comments + shares) / followers, when any average is known.
pub fn engagement_rate(
    likes: Option<i64>,
    comments: Option<i64>,
    shares: Option<i64>,
    followers: i64,
) -> Option<f64> {
    if followers <= 0 || (likes.is_none() && comments.is_none() && shares.is_none()) {
        return None;
    }
    let interactions = likes.unwrap_or(0) + comments.unwrap_or(0) + shares.unwrap_or(0);
    Some(interactions as f64 * 100.0 / followers as f64)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Handle {
    pub platform: Platform,
    /// Normalized: lower case, without `@`.
    pub handle: String,
    pub followers: i64,
}

/// One handle as typed in a form or a spreadsheet cell; checked by [`validate`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct HandleInput {
    pub platform: Option<Platform>,
    pub handle: String,
    pub followers: String,
}

/// A creator as typed. Numbers stay text here so that `12.5K` or `4,5 %` is read by the same
/// parsers everywhere, and every problem comes back as a message for its field.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct CreatorInput {
    pub display_name: String,
    pub handles: Vec<HandleInput>,
    pub avg_likes: String,
    pub avg_comments: String,
    pub avg_shares: String,
    pub engagement_rate: String,
    pub niches: Vec<String>,
    pub city: String,
    pub email: String,
    pub phone: String,
    pub rate: String,
    pub currency: String,
    pub open_to_gifting: bool,
    pub status: Status,
    pub notes: String,
}

/// A checked creator, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub display_name: String,
    pub handles: Vec<Handle>,
    pub avg_likes: Option<i64>,
    pub avg_comments: Option<i64>,
    pub avg_shares: Option<i64>,
    pub engagement_typed: Option<f64>,
    pub niches: Vec<String>,
    pub city: String,
    pub email: String,
    pub phone: String,
    pub rate_minor: Option<i64>,
    pub currency: String,
    pub open_to_gifting: bool,
    pub status: Status,
    pub notes: String,
}

impl Draft {
    /// The platforms with a handle, as bits (one handle per platform, so the sum is the union).
    pub fn platform_mask(&self) -> i64 {
        self.handles.iter().map(|h| h.platform.bit()).sum()
    }

    pub fn total_followers(&self) -> i64 {
        self.handles.iter().map(|h| h.followers).sum()
    }

    pub fn top_followers(&self) -> i64 {
        self.handles.iter().map(|h| h.followers).max().unwrap_or(0)
    }

    /// The computed rate when averages are known, else the rate the user typed.
    pub fn engagement(&self) -> Option<f64> {
        engagement_rate(
            self.avg_likes,
            self.avg_comments,
            self.avg_shares,
            self.total_followers(),
        )
        .or(self.engagement_typed)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Creator {
    pub id: i64,
    pub display_name: String,
    pub handles: Vec<Handle>,
    pub avg_likes: Option<i64>,
    pub avg_comments: Option<i64>,
    pub avg_shares: Option<i64>,
    /// The rate typed by the user, used when no averages are known.
    pub engagement_typed: Option<f64>,
    /// Derived: the engagement rate in percent.
    pub engagement_rate: Option<f64>,
    /// Derived: followers over all platforms.
    pub total_followers: i64,
    /// Derived from the largest single following.
    pub tier: Tier,
    pub niches: Vec<String>,
    pub city: String,
    pub email: String,
    pub phone: String,
    /// Rate per post in minor units (cents).
    pub rate_minor: Option<i64>,
    pub currency: String,
    pub open_to_gifting: bool,
    pub status: Status,
    pub notes: String,
    /// Archived creators keep their deals but leave the roster list.
    pub archived: bool,
    pub created_at: String,
    pub updated_at: String,
}

impl Creator {
    /// The handle a creator is known by: the one with the most followers.
    pub fn main_handle(&self) -> Option<&Handle> {
        self.handles.iter().max_by_key(|h| h.followers)
    }

    /// The creator as a draft, for merging and restoring.
    pub fn to_draft(&self) -> Draft {
        Draft {
            display_name: self.display_name.clone(),
            handles: self.handles.clone(),
            avg_likes: self.avg_likes,
            avg_comments: self.avg_comments,
            avg_shares: self.avg_shares,
            engagement_typed: self.engagement_typed,
            niches: self.niches.clone(),
            city: self.city.clone(),
            email: self.email.clone(),
            phone: self.phone.clone(),
            rate_minor: self.rate_minor,
            currency: self.currency.clone(),
            open_to_gifting: self.open_to_gifting,
            status: self.status,
            notes: self.notes.clone(),
        }
    }
}

pub const MAX_NAME: usize = 200;
pub const MAX_NOTES: usize = 20_000;
const MAX_SHORT: usize = 200;
const MAX_NICHES: usize = 20;
const MAX_NICHE: usize = 50;

fn is_phone(text: &str) -> bool {
    text.chars().filter(char::is_ascii_digit).count() >= 3
        && text.len() <= 40
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().//ext".contains(c))
}

/// Checks everything the user typed, returning every problem at once.
pub fn validate(input: &CreatorInput) -> Result<Draft> {
    let mut errors = Vec::new();
    let mut err = |field: String, message: String| errors.push(FieldError { field, message });

    let display_name = input.display_name.trim().to_string();
    if display_name.is_empty() {
        err("display_name".into(), "Enter a name.".into());
    } else if display_name.chars().count() > MAX_NAME {
        err(
            "display_name".into(),
            format!("Keep the name under {MAX_NAME} characters."),
        );
    } else if display_name.chars().any(char::is_control) {
        err(
            "display_name".into(),
            "The name cannot hold line breaks or control characters.".into(),
        );
    }

    let mut handles: Vec<Handle> = Vec::new();
    for (i, h) in input.handles.iter().enumerate() {
        if h.handle.trim().is_empty() {
            if !h.followers.trim().is_empty() {
                err(
                    format!("handles.{i}.handle"),
                    "Add the handle these followers belong to.".into(),
                );
            }
            continue;
        }
        let normalized = match parse::normalize_handle(&h.handle) {
            Ok(n) => n,
            Err(reason) => {
                err(
                    format!("handles.{i}.handle"),
                    format!("The handle {reason}."),
                );
                continue;
            }
        };
        let platform = match (h.platform, normalized.platform) {
            (Some(chosen), Some(linked)) if chosen != linked && chosen != Platform::Other => {
                err(
                    format!("handles.{i}.handle"),
                    format!("This is a {} link, not {}.", linked.label(), chosen.label()),
                );
                continue;
            }
            (_, Some(linked)) => linked,
            (Some(chosen), None) => chosen,
            (None, None) => Platform::Other,
        };
        if handles.iter().any(|known| known.platform == platform) {
            err(
                format!("handles.{i}.platform"),
                format!(
                    "There is already a {} handle; one per platform.",
                    platform.label()
                ),
            );
            continue;
        }
        let followers = match parse::parse_optional_count(&h.followers) {
            Ok(f) => f.unwrap_or(0),
            Err(reason) => {
                err(
                    format!("handles.{i}.followers"),
                    format!("Followers: {reason}."),
                );
                0
            }
        };
        handles.push(Handle {
            platform,
            handle: normalized.handle,
            followers,
        });
    }
    handles.sort_by_key(|h| h.platform);

    let mut count = |field: &str, text: &str, label: &str| match parse::parse_optional_count(text) {
        Ok(v) => v,
        Err(reason) => {
            err(field.into(), format!("{label}: {reason}."));
            None
        }
    };
    let avg_likes = count("avg_likes", &input.avg_likes, "Likes");
    let avg_comments = count("avg_comments", &input.avg_comments, "Comments");
    let avg_shares = count("avg_shares", &input.avg_shares, "Shares");

    let engagement_typed = parse::parse_percent(&input.engagement_rate).unwrap_or_else(|reason| {
        err(
            "engagement_rate".into(),
            format!("Engagement rate {reason}."),
        );
        None
    });

    let mut niches: Vec<String> = Vec::new();
    for niche in input.niches.iter().flat_map(|n| n.split([',', ';'])) {
        let niche = niche.trim().trim_start_matches('#').trim();
        if niche.is_empty() || niches.iter().any(|n| n.eq_ignore_ascii_case(niche)) {
            continue;
        }
        if niche.chars().count() > MAX_NICHE || niche.chars().any(char::is_control) {
            err(
                "niches".into(),
                format!("Keep each niche under {MAX_NICHE} characters."),
            );
            break;
        }
        niches.push(niche.to_string());
    }
    if niches.len() > MAX_NICHES {
        err("niches".into(), format!("Use at most {MAX_NICHES} niches."));
    }

    let short = |field: &str, value: &str, errors: &mut Vec<FieldError>| {
        let value = value.trim().to_string();
        if value.chars().count() > MAX_SHORT || value.chars().any(char::is_control) {
            errors.push(FieldError {
                field: field.into(),
                message: format!("Keep this under {MAX_SHORT} characters, on one line."),
            });
        }
        value
    };
    let city = short("city", &input.city, &mut errors);
    let email = short("email", &input.email, &mut errors);
    let phone = short("phone", &input.phone, &mut errors);
    if !email.is_empty() && !is_email(&email) {
        errors.push(FieldError {
            field: "email".into(),
            message: "This does not look like an email address.".into(),
        });
    }
    if !phone.is_empty() && !is_phone(&phone) {
        errors.push(FieldError {
            field: "phone".into(),
            message: "Use digits, spaces, + - ( ) only.".into(),
        });
    }

    let (rate_minor, rate_currency) = parse::parse_money(&input.rate).unwrap_or_else(|reason| {
        errors.push(FieldError {
            field: "rate".into(),
            message: format!("Rate {reason}."),
        });
        (None, None)
    });
    let currency = match input.currency.trim() {
        "" => rate_currency.unwrap_or_else(|| DEFAULT_CURRENCY.to_string()),
        typed => typed.to_ascii_uppercase(),
    };
    if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_uppercase()) {
        errors.push(FieldError {
            field: "currency".into(),
            message: "Use a three-letter currency code such as EUR, GBP or USD.".into(),
        });
    }

    let notes = input.notes.trim().to_string();
    if notes.chars().count() > MAX_NOTES {
        errors.push(FieldError {
            field: "notes".into(),
            message: format!("Keep notes under {MAX_NOTES} characters."),
        });
    }

    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    Ok(Draft {
        display_name,
        handles,
        avg_likes,
        avg_comments,
        avg_shares,
        engagement_typed,
        niches,
        city,
        email,
        phone,
        rate_minor,
        currency,
        open_to_gifting: input.open_to_gifting,
        status: input.status,
        notes,
    })
}

/// Who owns a handle, if anyone.
pub fn owner_of(conn: &Connection, platform: Platform, handle: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT creator_id FROM creator_handles WHERE platform = ?1 AND handle = ?2",
            params![platform.as_str(), handle],
            |r| r.get(0),
        )
        .optional()?)
}

fn check_handles_free(conn: &Connection, draft: &Draft, id: Option<i64>) -> Result<()> {
    let mut errors = Vec::new();
    for (i, h) in draft.handles.iter().enumerate() {
        if let Some(owner) = owner_of(conn, h.platform, &h.handle)? {
            if Some(owner) != id {
                let name: String = conn.query_row(
                    "SELECT display_name FROM creators WHERE id = ?1",
                    [owner],
                    |r| r.get(0),
                )?;
                errors.push(FieldError {
                    field: format!("handles.{i}.handle"),
                    message: format!(
                        "@{} on {} already belongs to {name}.",
                        h.handle,
                        h.platform.label()
                    ),
                });
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(errors))
    }
}

/// Inserts a checked creator; `keep` restores an earlier id and timestamps (undo of a delete).
pub fn insert(conn: &Connection, draft: &Draft, keep: Option<(i64, &str, &str)>) -> Result<i64> {
    check_handles_free(conn, draft, None)?;
    let now = now();
    let (id, created, updated) = match keep {
        Some((id, created, updated)) => (Some(id), created.to_string(), updated.to_string()),
        None => (None, now.clone(), now),
    };
    conn.execute(
        "INSERT INTO creators (id, display_name, city, email, phone, avg_likes, avg_comments,
            avg_shares, engagement_typed, rate_minor, currency, open_to_gifting, status, notes,
            total_followers, top_followers, tier, engagement, created_at, updated_at,
            name_key, city_key, platform_mask)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19, ?20, ?21, ?22, ?23)",
        params![
            id,
            draft.display_name,
            draft.city,
            draft.email,
            draft.phone,
            draft.avg_likes,
            draft.avg_comments,
            draft.avg_shares,
            draft.engagement_typed,
            draft.rate_minor,
            draft.currency,
            draft.open_to_gifting,
            draft.status.as_str(),
            draft.notes,
            draft.total_followers(),
            draft.top_followers(),
            Tier::from_followers(draft.top_followers()).as_str(),
            draft.engagement(),
            created,
            updated,
            sort_key(&draft.display_name),
            sort_key(&draft.city),
            draft.platform_mask(),
        ],
    )?;
    let id = conn.last_insert_rowid();
    write_children(conn, id, draft)?;
    Ok(id)
}

pub fn update(conn: &Connection, id: i64, draft: &Draft) -> Result<()> {
    get(conn, id)?;
    check_handles_free(conn, draft, Some(id))?;
    conn.execute(
        "UPDATE creators SET display_name = ?2, city = ?3, email = ?4, phone = ?5, avg_likes = ?6,
            avg_comments = ?7, avg_shares = ?8, engagement_typed = ?9, rate_minor = ?10,
            currency = ?11, open_to_gifting = ?12, status = ?13, notes = ?14,
            total_followers = ?15, top_followers = ?16, tier = ?17, engagement = ?18,
            updated_at = ?19, name_key = ?20, city_key = ?21, platform_mask = ?22
         WHERE id = ?1",
        params![
            id,
            draft.display_name,
            draft.city,
            draft.email,
            draft.phone,
            draft.avg_likes,
            draft.avg_comments,
            draft.avg_shares,
            draft.engagement_typed,
            draft.rate_minor,
            draft.currency,
            draft.open_to_gifting,
            draft.status.as_str(),
            draft.notes,
            draft.total_followers(),
            draft.top_followers(),
            Tier::from_followers(draft.top_followers()).as_str(),
            draft.engagement(),
            now(),
            sort_key(&draft.display_name),
            sort_key(&draft.city),
            draft.platform_mask(),
        ],
    )?;
    conn.execute("DELETE FROM creator_handles WHERE creator_id = ?1", [id])?;
    conn.execute("DELETE FROM creator_niches WHERE creator_id = ?1", [id])?;
    conn.execute("DELETE FROM creators_fts WHERE rowid = ?1", [id])?;
    write_children(conn, id, draft)
}

/// Rebuilds the search index from the stored creators (after an import of raw rows).
pub fn reindex_search(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM creators_fts", [])?;
    conn.execute(
        "INSERT INTO creators_fts (rowid, name, handles, niches, city, notes)
         SELECT c.id, c.display_name,
            coalesce((SELECT group_concat(handle, ' ') FROM
                (SELECT handle FROM creator_handles WHERE creator_id = c.id ORDER BY platform)), ''),
            coalesce((SELECT group_concat(niche, ' ') FROM
                (SELECT niche FROM creator_niches WHERE creator_id = c.id ORDER BY position)), ''),
            c.city, c.notes
         FROM creators c",
        [],
    )?;
    Ok(())
}

fn write_children(conn: &Connection, id: i64, draft: &Draft) -> Result<()> {
    let mut handle_stmt = conn.prepare_cached(
        "INSERT INTO creator_handles (creator_id, platform, handle, followers) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for h in &draft.handles {
        handle_stmt.execute(params![id, h.platform.as_str(), h.handle, h.followers])?;
    }
    let mut niche_stmt = conn.prepare_cached(
        "INSERT INTO creator_niches (creator_id, position, niche) VALUES (?1, ?2, ?3)",
    )?;
    for (position, niche) in draft.niches.iter().enumerate() {
        niche_stmt.execute(params![id, position as i64, niche])?;
    }
    let handles: Vec<&str> = draft.handles.iter().map(|h| h.handle.as_str()).collect();
    conn.prepare_cached(
        "INSERT INTO creators_fts (rowid, name, handles, niches, city, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id,
        draft.display_name,
        handles.join(" "),
        draft.niches.join(" "),
        draft.city,
        draft.notes
    ])?;
    Ok(())
}

const CREATOR_COLUMNS: &str = "c.id, c.display_name, c.avg_likes, c.avg_comments, c.avg_shares,
    c.engagement_typed, c.engagement, c.total_followers, c.tier, c.city, c.email, c.phone,
    c.rate_minor, c.currency, c.open_to_gifting, c.status, c.notes, c.created_at, c.updated_at,
    (SELECT json_group_array(json_array(platform, handle, followers))
       FROM creator_handles WHERE creator_id = c.id),
    (SELECT json_group_array(niche)
       FROM (SELECT niche FROM creator_niches WHERE creator_id = c.id ORDER BY position)),
    c.archived";

fn creator_from_row(row: &Row) -> rusqlite::Result<Creator> {
    let handles_json: String = row.get(19)?;
    let niches_json: String = row.get(20)?;
    let raw: Vec<(String, String, i64)> = serde_json::from_str(&handles_json).unwrap_or_default();
    let mut handles: Vec<Handle> = raw
        .into_iter()
        .map(|(platform, handle, followers)| Handle {
            platform: Platform::from_db(&platform),
            handle,
            followers,
        })
        .collect();
    handles.sort_by_key(|h| h.platform);
    Ok(Creator {
        id: row.get(0)?,
        display_name: row.get(1)?,
        handles,
        avg_likes: row.get(2)?,
        avg_comments: row.get(3)?,
        avg_shares: row.get(4)?,
        engagement_typed: row.get(5)?,
        engagement_rate: row.get(6)?,
        total_followers: row.get(7)?,
        tier: Tier::from_db(&row.get::<_, String>(8)?),
        niches: serde_json::from_str(&niches_json).unwrap_or_default(),
        city: row.get(9)?,
        email: row.get(10)?,
        phone: row.get(11)?,
        rate_minor: row.get(12)?,
        currency: row.get(13)?,
        open_to_gifting: row.get(14)?,
        status: Status::from_db(&row.get::<_, String>(15)?),
        notes: row.get(16)?,
        archived: row.get(21)?,
        created_at: row.get(17)?,
        updated_at: row.get(18)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Creator> {
    conn.prepare_cached(&format!(
        "SELECT {CREATOR_COLUMNS} FROM creators c WHERE c.id = ?1"
    ))?
    .query_row([id], creator_from_row)
    .optional()?
    .ok_or(Error::NotFound("This creator"))
}

/// Removes a creator and returns what was removed, so the UI can offer Undo. A creator with
/// deals is refused (their history would lose its creator): archive them instead.
pub fn delete(conn: &Connection, id: i64) -> Result<Creator> {
    let creator = get(conn, id)?;
    let deals: i64 = conn.query_row(
        "SELECT count(*) FROM deals WHERE creator_id = ?1",
        [id],
        |r| r.get(0),
    )?;
    if deals > 0 {
        return Err(Error::HasDeals {
            name: creator.display_name,
            deals,
        });
    }
    conn.execute("DELETE FROM creators_fts WHERE rowid = ?1", [id])?;
    conn.execute("DELETE FROM creators WHERE id = ?1", [id])?;
    Ok(creator)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    #[default]
    Name,
    Followers,
    Tier,
    Engagement,
    City,
    Status,
    Gifting,
    Updated,
    Created,
}

impl SortKey {
    fn column(self) -> &'static str {
        match self {
            SortKey::Name => "c.name_key",
            SortKey::Followers => "c.total_followers",
            SortKey::Tier => "c.top_followers",
            SortKey::Engagement => "c.engagement",
            SortKey::City => "c.city_key",
            SortKey::Status => "c.status",
            SortKey::Gifting => "c.open_to_gifting",
            SortKey::Updated => "c.updated_at",
            SortKey::Created => "c.created_at",
        }
    }
}

/// What the roster view asks for: search text, filters, sort and the window of rows it shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct RosterQuery {
    pub search: String,
    pub tier: Option<Tier>,
    pub platform: Option<Platform>,
    pub niche: Option<String>,
    pub status: Option<Status>,
    pub city: Option<String>,
    /// Engagement rate at or above this many percent.
    pub min_engagement: Option<f64>,
    pub open_to_gifting: Option<bool>,
    /// Shows the archived creators instead of the others.
    pub archived: bool,
    pub sort: SortKey,
    pub descending: bool,
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RosterPage {
    /// How many creators match, over all pages.
    pub total: u32,
    pub offset: u32,
    pub rows: Vec<Creator>,
}

/// Turns typed text into an FTS5 query: every word must match the start of a word.
pub(crate) fn fts_query(search: &str) -> Option<String> {
    let words: Vec<String> = search
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(12)
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

fn where_clause(q: &RosterQuery) -> (String, Vec<Value>) {
    where_clause_for(q, Lead::Planner)
}

/// How the page's rows are found. SQLite cannot tell how many creators a query matches; the
/// count, which runs first, can.
#[derive(Clone, Copy, PartialEq)]
enum Lead {
    /// SQLite's choice.
    Planner,
    /// Few matches: find them through the filters' indexes and sort them (`+` on the sort key
    /// stops SQLite from walking the sort index instead, reading row after row that fails).
    Matches,
    /// Many matches: walk the sort index in order and stop after one page (`+` on the search
    /// term stops SQLite from looking up every match first).
    SortIndex,
}

/// A page walks the sort index when at least one creator in this many matches (it then meets
/// a page of matches soon); fewer matches are found and sorted.
const WALK_WHEN_ONE_IN: i64 = 20;

fn where_clause_for(q: &RosterQuery, lead: Lead) -> (String, Vec<Value>) {
    // Every list index starts with `archived` (migration 3).
    let mut clauses: Vec<&str> = vec!["c.archived = ?"];
    let mut values: Vec<Value> = vec![i64::from(q.archived).into()];
    if let Some(fts) = fts_query(&q.search) {
        clauses.push(if lead == Lead::SortIndex {
            "+c.id IN (SELECT rowid FROM creators_fts WHERE creators_fts MATCH ?)"
        } else {
            "c.id IN (SELECT rowid FROM creators_fts WHERE creators_fts MATCH ?)"
        });
        values.push(fts.into());
    }
    if let Some(tier) = q.tier {
        clauses.push("c.tier = ?");
        values.push(tier.as_str().to_string().into());
    }
    if let Some(platform) = q.platform {
        clauses.push("c.platform_mask & ? != 0");
        values.push(platform.bit().into());
    }
    if let Some(niche) = q.niche.as_deref().filter(|n| !n.is_empty()) {
        clauses.push(
            "EXISTS (SELECT 1 FROM creator_niches n WHERE n.creator_id = c.id AND n.niche = ? COLLATE NOCASE)",
        );
        values.push(niche.to_string().into());
    }
    if let Some(status) = q.status {
        clauses.push("c.status = ?");
        values.push(status.as_str().to_string().into());
    }
    if let Some(city) = q.city.as_deref().filter(|c| !c.is_empty()) {
        // The folded key, as the city index holds it: Łódź, ŁÓDŹ and Lodz are one city.
        clauses.push("c.city_key = ?");
        values.push(sort_key(city.trim()).into());
    }
    if let Some(min) = q.min_engagement.filter(|m| m.is_finite()) {
        clauses.push("c.engagement >= ?");
        values.push(min.into());
    }
    if let Some(gifting) = q.open_to_gifting {
        clauses.push("c.open_to_gifting = ?");
        values.push(i64::from(gifting).into());
    }
    (format!("WHERE {}", clauses.join(" AND ")), values)
}

fn order_clause(q: &RosterQuery) -> String {
    order_clause_for(q, Lead::Planner)
}

fn order_clause_for(q: &RosterQuery, lead: Lead) -> String {
    let dir = if q.descending { "DESC" } else { "ASC" };
    let plus = if lead == Lead::Matches { "+" } else { "" };
    format!(
        "ORDER BY {plus}{} {dir} NULLS LAST, c.id {dir}",
        q.sort.column()
    )
}

pub const MAX_PAGE: u32 = 500;

/// A roster query's count, and the SQL of its page (chosen knowing the count) with its values,
/// LIMIT and OFFSET last. Public so benchmarks can time the bare SQL against [`query`].
pub struct QuerySql {
    pub total: i64,
    pub page: String,
    pub page_values: Vec<Value>,
}

pub fn query_sql(conn: &Connection, q: &RosterQuery) -> Result<QuerySql> {
    let (count, count_values) = match fts_query(&q.search) {
        // A search alone: the search index's own count, less its matches on the other side of
        // `archived` (found by walking the archived part, which is small).
        Some(fts) if filters_only_search(q) => {
            let archived = "SELECT count(*) FROM creators c WHERE c.archived = 1 \
                 AND +c.id IN (SELECT rowid FROM creators_fts WHERE creators_fts MATCH ?)";
            if q.archived {
                (archived.to_string(), vec![Value::from(fts)])
            } else {
                (
                    format!(
                        "SELECT (SELECT count(*) FROM creators_fts WHERE creators_fts MATCH ?) \
                         - ({archived})"
                    ),
                    vec![Value::from(fts.clone()), Value::from(fts)],
                )
            }
        }
        _ => {
            let (filter, values) = where_clause(q);
            (format!("SELECT count(*) FROM creators c {filter}"), values)
        }
    };
    let total: i64 = conn
        .prepare_cached(&count)?
        .query_row(rusqlite::params_from_iter(count_values.iter()), |r| {
            r.get(0)
        })?;
    let lead = if *q == unfiltered(q) {
        Lead::Planner
    } else {
        // The highest id stands in for the roster's size: one index lookup, not a count.
        let size: i64 = conn
            .prepare_cached("SELECT coalesce(max(id), 0) FROM creators")?
            .query_row([], |r| r.get(0))?;
        if total * WALK_WHEN_ONE_IN >= size {
            Lead::SortIndex
        } else {
            Lead::Matches
        }
    };
    let (filter, mut page_values) = where_clause_for(q, lead);
    page_values.push(i64::from(q.limit.clamp(1, MAX_PAGE)).into());
    page_values.push(i64::from(q.offset).into());
    // The page's ids first, then their columns: the handles and niches of a creator are only
    // gathered for the rows shown, not for every match the sort goes through.
    Ok(QuerySql {
        total,
        page: format!(
            "SELECT {CREATOR_COLUMNS} FROM creators c WHERE c.id IN \
             (SELECT c.id FROM creators c {filter} {} LIMIT ? OFFSET ?) {}",
            order_clause_for(q, lead),
            order_clause(q)
        ),
        page_values,
    })
}

/// The query without its filters: the side of `archived`, the sort and the window.
fn unfiltered(q: &RosterQuery) -> RosterQuery {
    RosterQuery {
        archived: q.archived,
        sort: q.sort,
        descending: q.descending,
        offset: q.offset,
        limit: q.limit,
        ..RosterQuery::default()
    }
}

/// Whether the search is the query's only filter.
fn filters_only_search(q: &RosterQuery) -> bool {
    RosterQuery {
        search: q.search.clone(),
        ..unfiltered(q)
    } == *q
}

/// One page of the roster as the view asks for it, and how many creators match in all.
pub fn query(conn: &Connection, q: &RosterQuery) -> Result<RosterPage> {
    let sql = query_sql(conn, q)?;
    let rows = conn
        .prepare_cached(&sql.page)?
        .query_map(
            rusqlite::params_from_iter(sql.page_values.iter()),
            creator_from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(RosterPage {
        total: sql.total as u32,
        offset: q.offset,
        rows,
    })
}

/// Every creator matching the query's filters and sort (its window ignored), one at a time.
pub fn for_each(
    conn: &Connection,
    q: &RosterQuery,
    mut f: impl FnMut(Creator) -> Result<()>,
) -> Result<()> {
    let (filter, values) = where_clause(q);
    let sql = format!(
        "SELECT {CREATOR_COLUMNS} FROM creators c {filter} {}",
        order_clause(q)
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(values.iter()))?;
    while let Some(row) = rows.next()? {
        f(creator_from_row(row)?)?;
    }
    Ok(())
}

/// The values the filter menus offer, most used first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Facets {
    pub creators: i64,
    pub archived: i64,
    pub cities: Vec<String>,
    pub niches: Vec<String>,
}

pub fn facets(conn: &Connection) -> Result<Facets> {
    let creators = conn.query_row(
        "SELECT count(*) FROM creators WHERE archived = 0",
        [],
        |r| r.get(0),
    )?;
    let archived = conn.query_row(
        "SELECT count(*) FROM creators WHERE archived = 1",
        [],
        |r| r.get(0),
    )?;
    let list = |sql: &str| -> Result<Vec<String>> {
        Ok(conn
            .prepare_cached(sql)?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?)
    };
    Ok(Facets {
        creators,
        archived,
        cities: list(
            "SELECT city FROM creators WHERE city != '' GROUP BY city COLLATE NOCASE
             ORDER BY count(*) DESC, city LIMIT 200",
        )?,
        niches: list(
            "SELECT niche FROM creator_niches GROUP BY niche COLLATE NOCASE
             ORDER BY count(*) DESC, niche LIMIT 200",
        )?,
    })
}

// The operations the app and the command line perform, each checked and in one transaction.

pub fn create_creator(db: &mut Db, input: &CreatorInput) -> Result<Creator> {
    let draft = validate(input)?;
    db.with_tx(|tx| {
        let id = insert(tx, &draft, None)?;
        get(tx, id)
    })
}

pub fn update_creator(db: &mut Db, id: i64, input: &CreatorInput) -> Result<Creator> {
    let draft = validate(input)?;
    db.with_tx(|tx| {
        update(tx, id, &draft)?;
        get(tx, id)
    })
}

pub fn delete_creator(db: &mut Db, id: i64) -> Result<Creator> {
    db.with_tx(|tx| delete(tx, id))
}

/// Archives a creator (or brings them back): they leave the roster list and keep their deals.
pub fn set_archived(db: &mut Db, id: i64, archived: bool) -> Result<Creator> {
    db.with_tx(|tx| {
        let changed = tx.execute(
            "UPDATE creators SET archived = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, archived, now()],
        )?;
        if changed == 0 {
            return Err(Error::NotFound("This creator"));
        }
        get(tx, id)
    })
}

/// Puts back a creator removed by [`delete_creator`], with its id and dates.
pub fn restore_creator(db: &mut Db, creator: &Creator) -> Result<Creator> {
    db.with_tx(|tx| {
        if get(tx, creator.id).is_ok() {
            return Err(Error::Conflict(format!(
                "{} is already in the roster.",
                creator.display_name
            )));
        }
        let id = insert(
            tx,
            &creator.to_draft(),
            Some((creator.id, &creator.created_at, &creator.updated_at)),
        )?;
        get(tx, id)
    })
}
