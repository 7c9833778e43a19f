//! Influencer briefs: what the shop asks of creators, written once and personalized per creator.

pub mod export;
pub mod handoff;
pub mod pdf;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, FieldError, Result};
use crate::files::now;
use crate::roster;
use crate::storage::db::Db;

/// One dated step: concepts due, drafts due, posting day…
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
pub struct Milestone {
    pub label: String,
    /// An ISO date (`2026-12-01`) or ISO week (`2026-W49`).
    pub when: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
pub struct BriefInput {
    pub campaign: String,
    pub summary: String,
    pub goals: Vec<String>,
    /// Discount code, tags, hashtags, the brand's handle…
    pub messaging: Vec<String>,
    pub disclosure: String,
    pub target_group: Vec<String>,
    pub deliverables: Vec<String>,
    pub timeline: Vec<Milestone>,
    pub compensation: String,
    pub dos: Vec<String>,
    pub donts: Vec<String>,
    pub contact: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Recipient {
    pub creator_id: i64,
    pub display_name: String,
    /// The creator's main handle with its `@`, or empty.
    pub handle: String,
    pub email: String,
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Brief {
    pub id: i64,
    #[serde(flatten)]
    #[ts(flatten)]
    pub content: BriefInput,
    pub archived: bool,
    pub recipients: Vec<Recipient>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BriefSummary {
    pub id: i64,
    pub campaign: String,
    pub summary: String,
    pub recipients: u32,
    pub archived: bool,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RecipientInput {
    pub creator_id: i64,
    /// Blank: one is made from the creator's first name.
    pub code: String,
}

pub const DEFAULT_DISCLOSURE: &str = "#ad or #gifted at the start of the caption";
pub const PLACEHOLDERS: &[&str] = &["{first_name}", "{name}", "{handle}", "{code}", "{shop}"];
const MAX_ITEMS: usize = 12;
const MAX_ITEM: usize = 300;
pub const MAX_MILESTONES: usize = 8;

/// Reads a milestone's date or week; a week stands for its Monday.
pub fn parse_when(text: &str) -> Option<When> {
    let t = text.trim();
    if let Ok(date) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Some(When::Date(date));
    }
    let (year, week) = t.split_once("-W").or_else(|| t.split_once("-w"))?;
    let (year, week): (i32, u32) = (year.parse().ok()?, week.parse().ok()?);
    NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)
        .map(|monday| When::Week { week, monday })
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum When {
    Date(NaiveDate),
    Week { week: u32, monday: NaiveDate },
}

impl When {
    pub fn sort_key(self) -> NaiveDate {
        match self {
            When::Date(d) => d,
            When::Week { monday, .. } => monday,
        }
    }
}

fn unknown_placeholders(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start..];
        match after.find('}') {
            Some(end) => {
                let token = &after[..=end];
                if !PLACEHOLDERS.contains(&token) && token.len() <= 40 {
                    found.push(token.to_string());
                }
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    found
}

/// Checks a brief; returns it trimmed, lists without blank items, the timeline in date order.
pub fn validate(input: &BriefInput) -> Result<BriefInput> {
    let mut errors = Vec::new();
    let mut err = |field: &str, message: String| {
        errors.push(FieldError {
            field: field.into(),
            message,
        })
    };
    let text = |field: &str, value: &str, max: usize, err: &mut dyn FnMut(&str, String)| {
        let value = value.trim().to_string();
        if value.chars().count() > max {
            err(field, format!("Keep this under {max} characters."));
        }
        for token in unknown_placeholders(&value) {
            err(
                field,
                format!(
                    "{token} is not a placeholder; use {}.",
                    PLACEHOLDERS.join(", ")
                ),
            );
        }
        value
    };
    let list = |field: &str, items: &[String], err: &mut dyn FnMut(&str, String)| {
        let items: Vec<String> = items
            .iter()
            .map(|i| i.trim().to_string())
            .filter(|i| !i.is_empty())
            .collect();
        if items.len() > MAX_ITEMS {
            err(field, format!("Use at most {MAX_ITEMS} points."));
        }
        for item in &items {
            if item.chars().count() > MAX_ITEM {
                err(
                    field,
                    format!("Keep each point under {MAX_ITEM} characters."),
                );
            }
            for token in unknown_placeholders(item) {
                err(
                    field,
                    format!(
                        "{token} is not a placeholder; use {}.",
                        PLACEHOLDERS.join(", ")
                    ),
                );
            }
        }
        items
    };
    let campaign = text("campaign", &input.campaign, 120, &mut err);
    if campaign.is_empty() {
        err("campaign", "Name the campaign.".into());
    }
    let summary = text("summary", &input.summary, 1200, &mut err);
    let goals = list("goals", &input.goals, &mut err);
    let messaging = list("messaging", &input.messaging, &mut err);
    let disclosure = text("disclosure", &input.disclosure, 200, &mut err);
    let target_group = list("target_group", &input.target_group, &mut err);
    let deliverables = list("deliverables", &input.deliverables, &mut err);
    let compensation = text("compensation", &input.compensation, 400, &mut err);
    let dos = list("dos", &input.dos, &mut err);
    let donts = list("donts", &input.donts, &mut err);
    let contact = text("contact", &input.contact, 200, &mut err);

    let mut timeline: Vec<(NaiveDate, Milestone)> = Vec::new();
    for (i, m) in input.timeline.iter().enumerate() {
        let label = m.label.trim().to_string();
        if label.is_empty() && m.when.trim().is_empty() {
            continue;
        }
        if label.is_empty() || label.chars().count() > 60 {
            err(
                &format!("timeline.{i}.label"),
                "Give each step a short name (up to 60 characters).".into(),
            );
        }
        match parse_when(&m.when) {
            Some(when) => timeline.push((
                when.sort_key(),
                Milestone {
                    label,
                    when: m.when.trim().to_string(),
                },
            )),
            None => err(
                &format!("timeline.{i}.when"),
                "Choose a date or a week.".into(),
            ),
        }
    }
    if timeline.len() > MAX_MILESTONES {
        err("timeline", format!("Use at most {MAX_MILESTONES} steps."));
    }
    timeline.sort_by_key(|(date, _)| *date);

    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    Ok(BriefInput {
        campaign,
        summary,
        goals,
        messaging,
        disclosure: if disclosure.is_empty() {
            DEFAULT_DISCLOSURE.to_string()
        } else {
            disclosure
        },
        target_group,
        deliverables,
        timeline: timeline.into_iter().map(|(_, m)| m).collect(),
        compensation,
        dos,
        donts,
        contact,
    })
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "[]".into())
}

fn from_json<T: serde::de::DeserializeOwned + Default>(text: String) -> T {
    serde_json::from_str(&text).unwrap_or_default()
}

const BRIEF_COLUMNS: &str = "id, campaign, summary, goals, messaging, disclosure, target_group,
    deliverables, timeline, compensation, dos, donts, contact, archived, created_at, updated_at";

fn brief_from_row(r: &Row) -> rusqlite::Result<Brief> {
    Ok(Brief {
        id: r.get(0)?,
        content: BriefInput {
            campaign: r.get(1)?,
            summary: r.get(2)?,
            goals: from_json(r.get(3)?),
            messaging: from_json(r.get(4)?),
            disclosure: r.get(5)?,
            target_group: from_json(r.get(6)?),
            deliverables: from_json(r.get(7)?),
            timeline: from_json(r.get(8)?),
            compensation: r.get(9)?,
            dos: from_json(r.get(10)?),
            donts: from_json(r.get(11)?),
            contact: r.get(12)?,
        },
        archived: r.get(13)?,
        recipients: Vec::new(),
        created_at: r.get(14)?,
        updated_at: r.get(15)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Brief> {
    let mut brief = get_without_recipients(conn, id)?;
    brief.recipients = recipients(conn, id, None)?;
    Ok(brief)
}

/// The brief alone, for work on one creator of a campaign that may have hundreds.
pub fn get_without_recipients(conn: &Connection, id: i64) -> Result<Brief> {
    conn.query_row(
        &format!("SELECT {BRIEF_COLUMNS} FROM briefs WHERE id = ?1"),
        [id],
        brief_from_row,
    )
    .optional()?
    .ok_or(Error::NotFound("This brief"))
}

/// One creator as the brief addresses them, if they are on it.
pub fn recipient(conn: &Connection, brief_id: i64, creator_id: i64) -> Result<Option<Recipient>> {
    Ok(recipients(conn, brief_id, Some(creator_id))?.pop())
}

fn recipients(conn: &Connection, brief_id: i64, only: Option<i64>) -> Result<Vec<Recipient>> {
    let rows = conn
        .prepare_cached(
            "SELECT r.creator_id, c.display_name, c.email, r.code,
                (SELECT handle FROM creator_handles h WHERE h.creator_id = c.id
                  ORDER BY h.followers DESC LIMIT 1)
             FROM brief_recipients r JOIN creators c ON c.id = r.creator_id
             WHERE r.brief_id = ?1 AND (?2 IS NULL OR r.creator_id = ?2) ORDER BY r.position",
        )?
        .query_map(params![brief_id, only], |r| {
            Ok(Recipient {
                creator_id: r.get(0)?,
                display_name: r.get(1)?,
                email: r.get(2)?,
                code: r.get(3)?,
                handle: r
                    .get::<_, Option<String>>(4)?
                    .map(|h| format!("@{h}"))
                    .unwrap_or_default(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Briefs for the list, newest first; `search` matches campaign and summary.
pub fn list(conn: &Connection, search: &str, archived: bool) -> Result<Vec<BriefSummary>> {
    let pattern = crate::text::like_contains(search.trim());
    let rows = conn
        .prepare_cached(
            "SELECT b.id, b.campaign, b.summary, b.archived, b.updated_at,
                (SELECT count(*) FROM brief_recipients r WHERE r.brief_id = b.id)
             FROM briefs b
             WHERE b.archived = ?1 AND (b.campaign LIKE ?2 ESCAPE '\\' OR b.summary LIKE ?2 ESCAPE '\\')
             ORDER BY b.updated_at DESC, b.id DESC",
        )?
        .query_map(params![archived, pattern], |r| {
            let summary: String = r.get(2)?;
            Ok(BriefSummary {
                id: r.get(0)?,
                campaign: r.get(1)?,
                summary: summary.chars().take(160).collect(),
                archived: r.get(3)?,
                updated_at: r.get(4)?,
                recipients: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

fn write(conn: &Connection, id: Option<i64>, b: &BriefInput) -> Result<i64> {
    let values = params![
        b.campaign,
        b.summary,
        json(&b.goals),
        json(&b.messaging),
        b.disclosure,
        json(&b.target_group),
        json(&b.deliverables),
        json(&b.timeline),
        b.compensation,
        json(&b.dos),
        json(&b.donts),
        b.contact,
        now(),
    ];
    match id {
        None => {
            conn.execute(
                "INSERT INTO briefs (campaign, summary, goals, messaging, disclosure, target_group,
                    deliverables, timeline, compensation, dos, donts, contact, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
                values,
            )?;
            Ok(conn.last_insert_rowid())
        }
        Some(id) => {
            get(conn, id)?;
            let mut stmt = conn.prepare(
                "UPDATE briefs SET campaign = ?1, summary = ?2, goals = ?3, messaging = ?4,
                    disclosure = ?5, target_group = ?6, deliverables = ?7, timeline = ?8,
                    compensation = ?9, dos = ?10, donts = ?11, contact = ?12, updated_at = ?13
                 WHERE id = ?14",
            )?;
            let mut all: Vec<&dyn rusqlite::ToSql> = values.to_vec();
            all.push(&id);
            stmt.execute(all.as_slice())?;
            Ok(id)
        }
    }
}

pub fn create_brief(db: &mut Db, input: &BriefInput) -> Result<Brief> {
    let brief = validate(input)?;
    db.with_tx(|tx| {
        let id = write(tx, None, &brief)?;
        get(tx, id)
    })
}

pub fn update_brief(db: &mut Db, id: i64, input: &BriefInput) -> Result<Brief> {
    let brief = validate(input)?;
    db.with_tx(|tx| {
        write(tx, Some(id), &brief)?;
        get(tx, id)
    })
}

/// A copy to start the next campaign from: same content, no recipients, not archived.
pub fn duplicate_brief(db: &mut Db, id: i64) -> Result<Brief> {
    db.with_tx(|tx| {
        let mut content = get(tx, id)?.content;
        content.campaign = format!("Copy of {}", content.campaign)
            .chars()
            .take(120)
            .collect();
        let copy = write(tx, None, &content)?;
        get(tx, copy)
    })
}

pub fn set_archived(db: &mut Db, id: i64, archived: bool) -> Result<Brief> {
    db.with_tx(|tx| {
        if tx.execute(
            "UPDATE briefs SET archived = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, archived, now()],
        )? == 0
        {
            return Err(Error::NotFound("This brief"));
        }
        get(tx, id)
    })
}

/// A discount code from a name: `Zoë Martin` gives `ZOE`.
pub fn code_from_name(name: &str) -> String {
    let first = name
        .split_whitespace()
        .find(|w| w.chars().any(char::is_alphanumeric))
        .unwrap_or("");
    let folded: String = crate::text::sort_key(first)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(12)
        .collect::<String>()
        .to_ascii_uppercase();
    if folded.len() >= 3 {
        folded
    } else {
        format!("{folded}CODE")
    }
}

fn normalize_code(code: &str) -> Result<String, String> {
    let code = code.trim().to_ascii_uppercase();
    if !(3..=20).contains(&code.len())
        || !code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(format!(
            "\u{201c}{code}\u{201d}: use 3 to 20 letters, digits, - or _."
        ));
    }
    Ok(code)
}

/// Addresses the brief to these creators, in this order. Blank codes are made from first names;
/// codes are unique within the brief.
pub fn set_recipients(db: &mut Db, id: i64, input: &[RecipientInput]) -> Result<Brief> {
    db.with_tx(|tx| {
        get(tx, id)?;
        let mut errors = Vec::new();
        let mut chosen: Vec<(i64, String)> = Vec::new();
        for (i, r) in input.iter().enumerate() {
            let creator = roster::get(tx, r.creator_id)?;
            if chosen.iter().any(|(c, _)| *c == r.creator_id) {
                continue;
            }
            let code = if r.code.trim().is_empty() {
                let base = code_from_name(&creator.display_name);
                let mut code = base.clone();
                let mut n = 2;
                while chosen.iter().any(|(_, c)| *c == code) || input.iter().any(|o| o.code.trim().eq_ignore_ascii_case(&code)) {
                    code = format!("{base}{n}");
                    n += 1;
                }
                code
            } else {
                match normalize_code(&r.code) {
                    Ok(code) => code,
                    Err(message) => {
                        errors.push(FieldError { field: format!("recipients.{i}.code"), message });
                        continue;
                    }
                }
            };
            if chosen.iter().any(|(_, c)| *c == code) {
                errors.push(FieldError {
                    field: format!("recipients.{i}.code"),
                    message: format!("{code} is already used in this campaign."),
                });
                continue;
            }
            chosen.push((r.creator_id, code));
        }
        if !errors.is_empty() {
            return Err(Error::Invalid(errors));
        }
        tx.execute("DELETE FROM brief_recipients WHERE brief_id = ?1", [id])?;
        let mut stmt = tx.prepare_cached(
            "INSERT INTO brief_recipients (brief_id, creator_id, code, position) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (position, (creator_id, code)) in chosen.iter().enumerate() {
            stmt.execute(params![id, creator_id, code, position as i64])?;
        }
        tx.execute("UPDATE briefs SET updated_at = ?2 WHERE id = ?1", params![id, now()])?;
        get(tx, id)
    })
}

/// The brief's text for one creator: every placeholder filled.
pub fn personalize(brief: &BriefInput, recipient: Option<&Recipient>, shop: &str) -> BriefInput {
    let (first, name, handle, code) = match recipient {
        Some(r) => (
            r.display_name
                .split_whitespace()
                .next()
                .unwrap_or(&r.display_name)
                .to_string(),
            r.display_name.clone(),
            r.handle.clone(),
            r.code.clone(),
        ),
        None => (
            "[first name]".into(),
            "[name]".into(),
            "[@handle]".into(),
            "[CODE]".into(),
        ),
    };
    let fill = |text: &str| {
        text.replace("{first_name}", &first)
            .replace("{name}", &name)
            .replace("{handle}", &handle)
            .replace("{code}", &code)
            .replace("{shop}", shop)
    };
    let fill_all = |items: &[String]| items.iter().map(|i| fill(i)).collect::<Vec<_>>();
    BriefInput {
        campaign: fill(&brief.campaign),
        summary: fill(&brief.summary),
        goals: fill_all(&brief.goals),
        messaging: fill_all(&brief.messaging),
        disclosure: fill(&brief.disclosure),
        target_group: fill_all(&brief.target_group),
        deliverables: fill_all(&brief.deliverables),
        timeline: brief
            .timeline
            .iter()
            .map(|m| Milestone {
                label: fill(&m.label),
                when: m.when.clone(),
            })
            .collect(),
        compensation: fill(&brief.compensation),
        dos: fill_all(&brief.dos),
        donts: fill_all(&brief.donts),
        contact: fill(&brief.contact),
    }
}
