//! All the SQL of the briefs tables (`briefs`, `brief_recipients`). Lists are kept as JSON
//! text; functions take a `&Connection` so they join the caller's transaction.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;

use super::model::{Brief, BriefInput, BriefSummary, Recipient};
use crate::error::{Error, Missing, Result};
use crate::files::now;
use crate::i18n::Lang;

const NOT_FOUND: Error = Error::NotFound(Missing::Brief);

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "[]".into())
}

/// A list as stored; what cannot be read comes back empty rather than failing the brief.
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

/// The brief with everyone it is addressed to.
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
    .ok_or(NOT_FOUND)
}

/// One creator as the brief addresses them, if they are on it.
pub fn recipient(conn: &Connection, brief_id: i64, creator_id: i64) -> Result<Option<Recipient>> {
    Ok(recipients(conn, brief_id, Some(creator_id))?.pop())
}

/// The brief's recipients in order (or only `only`), each with their main handle.
fn recipients(conn: &Connection, brief_id: i64, only: Option<i64>) -> Result<Vec<Recipient>> {
    let rows = conn
        .prepare_cached(
            "SELECT r.creator_id, c.display_name, c.email, r.code,
                (SELECT handle FROM creator_handles h WHERE h.creator_id = c.id
                  ORDER BY h.followers DESC LIMIT 1), c.language
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
                language: Lang::stored_or_none(&r.get::<_, String>(5)?),
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

/// Saves a checked brief's content: a new row without `id`, else over the existing one.
pub(super) fn write(conn: &Connection, id: Option<i64>, b: &BriefInput) -> Result<i64> {
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
    let Some(id) = id else {
        conn.execute(
            "INSERT INTO briefs (campaign, summary, goals, messaging, disclosure, target_group,
                deliverables, timeline, compensation, dos, donts, contact, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
            values,
        )?;
        return Ok(conn.last_insert_rowid());
    };
    let mut all: Vec<&dyn rusqlite::ToSql> = values.to_vec();
    all.push(&id);
    let changed = conn.execute(
        "UPDATE briefs SET campaign = ?1, summary = ?2, goals = ?3, messaging = ?4,
            disclosure = ?5, target_group = ?6, deliverables = ?7, timeline = ?8,
            compensation = ?9, dos = ?10, donts = ?11, contact = ?12, updated_at = ?13
         WHERE id = ?14",
        all.as_slice(),
    )?;
    if changed == 0 {
        return Err(NOT_FOUND);
    }
    Ok(id)
}

pub(super) fn set_archived(conn: &Connection, id: i64, archived: bool) -> Result<()> {
    let changed = conn.execute(
        "UPDATE briefs SET archived = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, archived, now()],
    )?;
    if changed == 0 {
        return Err(NOT_FOUND);
    }
    Ok(())
}

/// Addresses the brief to exactly these creators with their codes, in this order.
pub(super) fn replace_recipients(
    conn: &Connection,
    id: i64,
    chosen: &[(i64, String)],
) -> Result<()> {
    conn.execute("DELETE FROM brief_recipients WHERE brief_id = ?1", [id])?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO brief_recipients (brief_id, creator_id, code, position) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, (creator_id, code)) in chosen.iter().enumerate() {
        stmt.execute(params![id, creator_id, code, position as i64])?;
    }
    conn.execute(
        "UPDATE briefs SET updated_at = ?2 WHERE id = ?1",
        params![id, now()],
    )?;
    Ok(())
}
