//! All the SQL that writes the roster's tables (`creators`, `creator_handles`,
//! `creator_niches` and the `creators_fts` search index), and reads one creator back. Other
//! areas read creators through [`get`], [`name_of`] and [`owner_of`].

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, ParamsFromIter, Row};

use super::handle::handle_key;
use super::model::{Creator, Draft, Handle, Platform, Tier};
use crate::check::Check;
use crate::error::{Error, Missing, Result};
use crate::files::now;
use crate::i18n::{msg, Lang};
use crate::text::sort_key;

/// Who owns a handle, if anyone.
pub fn owner_of(conn: &Connection, platform: Platform, handle: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT creator_id FROM creator_handles WHERE platform = ?1 AND handle = ?2",
        )?
        .query_row(params![platform, handle], |r| r.get(0))
        .optional()?)
}

/// Every stored handle's look-alike key ([`handle_key`]) on its platform, with who owns a
/// handle of that key: one read of the table, for an import to match each row against.
pub fn owners_by_key(conn: &Connection) -> Result<HashMap<(Platform, String), Vec<i64>>> {
    let mut stmt =
        conn.prepare("SELECT platform, look_alike_key, creator_id FROM creator_handles")?;
    let mut owners: HashMap<(Platform, String), Vec<i64>> = HashMap::new();
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, Platform>(0)?, r.get::<_, String>(1)?, r.get(2)?))
    })?;
    for row in rows {
        let (platform, key, id) = row?;
        owners.entry((platform, key)).or_default().push(id);
    }
    Ok(owners)
}

/// Stores each handle's look-alike key: for the handles of a file from before the keys were
/// kept, and after an import of raw rows (a key in a file is never trusted).
pub fn fill_look_alike_keys(conn: &Connection) -> Result<()> {
    let handles: Vec<(i64, Platform, String)> = conn
        .prepare("SELECT creator_id, platform, handle FROM creator_handles")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare(
        "UPDATE creator_handles SET look_alike_key = ?3 WHERE creator_id = ?1 AND platform = ?2",
    )?;
    for (id, platform, handle) in handles {
        stmt.execute(params![id, platform, handle_key(&handle)])?;
    }
    Ok(())
}

/// Refuses a handle new to creator `id` (or to a new creator) that looks the same as another
/// creator's handle on that platform ([`handle_key`]): `zоe.eats` with a Cyrillic `о` is
/// someone passing for `zoe.eats`, or the same creator typed twice. A handle the creator
/// already had is let be, so one look-alike pair saved before this check does not lock both.
pub fn check_look_alikes(conn: &Connection, draft: &Draft, id: Option<i64>) -> Result<()> {
    let kept = match id {
        Some(id) => get(conn, id)?.handles,
        None => Vec::new(),
    };
    let mut check = Check::new();
    for (i, h) in draft.handles.iter().enumerate() {
        if kept
            .iter()
            .any(|k| k.platform == h.platform && k.handle == h.handle)
        {
            continue;
        }
        let mut stmt = conn.prepare_cached(
            "SELECT creator_id, handle FROM creator_handles
              WHERE platform = ?1 AND look_alike_key = ?2 AND creator_id IS NOT ?3 AND handle <> ?4
              LIMIT 1",
        )?;
        let found: Option<(i64, String)> = stmt
            .query_row(
                params![h.platform, handle_key(&h.handle), id, h.handle],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((owner_id, other)) = found {
            let owner = name_of(conn, owner_id)?;
            let lang = crate::i18n::owner();
            check.add(
                format!("handles.{i}.handle"),
                msg::ErrorLookAlike {
                    handle: h.handle.as_str().into(),
                    platform: h.platform.label(lang).into(),
                    other: other.as_str().into(),
                    owner: owner.as_str().into(),
                    name: draft.display_name.as_str().into(),
                }
                .text(lang),
            );
        }
    }
    check.finish(())
}

/// The name of the creator with `id`.
pub fn name_of(conn: &Connection, id: i64) -> Result<String> {
    Ok(conn.query_row(
        "SELECT display_name FROM creators WHERE id = ?1",
        [id],
        |r| r.get(0),
    )?)
}

/// Refuses handles that already belong to a creator other than `id`.
fn check_handles_free(conn: &Connection, draft: &Draft, id: Option<i64>) -> Result<()> {
    let mut check = Check::new();
    for (i, h) in draft.handles.iter().enumerate() {
        if let Some(owner) = owner_of(conn, h.platform, &h.handle)? {
            if Some(owner) != id {
                let name = name_of(conn, owner)?;
                let lang = crate::i18n::owner();
                check.add(
                    format!("handles.{i}.handle"),
                    msg::ErrorHandleTaken {
                        handle: h.handle.as_str().into(),
                        platform: h.platform.label(lang).into(),
                        name: name.as_str().into(),
                    }
                    .text(lang),
                );
            }
        }
    }
    check.finish(())
}

/// Inserts a checked creator; `keep` restores an earlier id and timestamps (undo of a delete).
pub fn insert(conn: &Connection, draft: &Draft, keep: Option<(i64, &str, &str)>) -> Result<i64> {
    check_handles_free(conn, draft, None)?;
    let now = now();
    let (id, created, updated) = match keep {
        Some((id, created, updated)) => (Some(id), created, updated),
        None => (None, now.as_str(), now.as_str()),
    };
    let id = insert_row(conn, id, draft, created, updated)?;
    write_search_entry(conn, id, draft)?;
    Ok(id)
}

/// Inserts creators an import has already matched against every stored handle (and each
/// other): no handle check per row, and the search index is left to [`index_new_creators`],
/// filled in one statement after the last row. Returns the first new id.
pub(crate) fn insert_matched<'a>(
    conn: &Connection,
    drafts: impl IntoIterator<Item = &'a Draft>,
    mut progress: impl FnMut(usize),
) -> Result<Option<i64>> {
    let stamp = now();
    let mut first = None;
    for (done, draft) in drafts.into_iter().enumerate() {
        let id = insert_row(conn, None, draft, &stamp, &stamp)?;
        first.get_or_insert(id);
        progress(done + 1);
    }
    Ok(first)
}

/// The search entries of every creator from `first` on: after [`insert_matched`].
pub(crate) fn index_new_creators(conn: &Connection, first: i64) -> Result<()> {
    conn.execute(
        &format!("INSERT INTO creators_fts (rowid, name, handles, niches, city, notes) {SEARCH_ENTRIES} WHERE c.id >= ?1"),
        [first],
    )?;
    Ok(())
}

/// A creator's row, handles and niches (its search entry is written apart).
fn insert_row(
    conn: &Connection,
    id: Option<i64>,
    draft: &Draft,
    created: &str,
    updated: &str,
) -> Result<i64> {
    // Cached: an import inserts every row through this one statement.
    conn.prepare_cached(
        "INSERT INTO creators (id, display_name, city, email, phone, avg_likes, avg_comments,
            avg_shares, engagement_typed, rate_minor, currency, open_to_gifting, status, notes,
            total_followers, top_followers, tier, engagement, created_at, updated_at,
            name_key, city_key, platform_mask, language)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19, ?20, ?21, ?22, ?23, ?24)",
    )?
    .execute(row_values(
        id.into(),
        draft,
        &[created.to_string().into(), updated.to_string().into()],
    ))?;
    let id = conn.last_insert_rowid();
    write_children(conn, id, draft)?;
    Ok(id)
}

/// Replaces creator `id` with a checked draft.
pub fn update(conn: &Connection, id: i64, draft: &Draft) -> Result<()> {
    get(conn, id)?;
    check_handles_free(conn, draft, Some(id))?;
    conn.execute(
        "UPDATE creators SET display_name = ?2, city = ?3, email = ?4, phone = ?5, avg_likes = ?6,
            avg_comments = ?7, avg_shares = ?8, engagement_typed = ?9, rate_minor = ?10,
            currency = ?11, open_to_gifting = ?12, status = ?13, notes = ?14,
            total_followers = ?15, top_followers = ?16, tier = ?17, engagement = ?18,
            updated_at = ?19, name_key = ?20, city_key = ?21, platform_mask = ?22, language = ?23
         WHERE id = ?1",
        row_values(id.into(), draft, &[now().into()]),
    )?;
    conn.execute("DELETE FROM creator_handles WHERE creator_id = ?1", [id])?;
    conn.execute("DELETE FROM creator_niches WHERE creator_id = ?1", [id])?;
    conn.execute("DELETE FROM creators_fts WHERE rowid = ?1", [id])?;
    write_children(conn, id, draft)?;
    write_search_entry(conn, id, draft)
}

/// A creator row's values in the order `insert` and `update` name the columns: the id, what
/// the draft sets and what is derived from it, the time stamps, the search keys, the language.
fn row_values(id: Value, draft: &Draft, stamps: &[Value]) -> ParamsFromIter<Vec<Value>> {
    let top = draft.top_followers();
    let mut values = vec![
        id,
        draft.display_name.clone().into(),
        draft.city.clone().into(),
        draft.email.clone().into(),
        draft.phone.clone().into(),
        draft.avg_likes.into(),
        draft.avg_comments.into(),
        draft.avg_shares.into(),
        draft.engagement_typed.into(),
        draft.rate_minor.into(),
        draft.currency.clone().into(),
        draft.open_to_gifting.into(),
        draft.status.as_str().to_string().into(),
        draft.notes.clone().into(),
        draft.total_followers().into(),
        top.into(),
        Tier::from_followers(top).as_str().to_string().into(),
        draft.engagement().into(),
    ];
    values.extend_from_slice(stamps);
    values.extend([
        sort_key(&draft.display_name).into(),
        sort_key(&draft.city).into(),
        draft.platform_mask().into(),
        draft.language.map_or("", Lang::as_str).to_string().into(),
    ]);
    params_from_iter(values)
}

/// Rebuilds the search index from the stored creators (after an import of raw rows).
pub fn reindex_search(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM creators_fts", [])?;
    conn.execute(
        &format!(
            "INSERT INTO creators_fts (rowid, name, handles, niches, city, notes) {SEARCH_ENTRIES}"
        ),
        [],
    )?;
    Ok(())
}

/// Each creator's search entry, with the words [`write_search_entry`] writes: the handles and
/// the niches each joined by spaces.
const SEARCH_ENTRIES: &str = "SELECT c.id, c.display_name,
        coalesce((SELECT group_concat(handle, ' ') FROM
            (SELECT handle FROM creator_handles WHERE creator_id = c.id ORDER BY platform)), ''),
        coalesce((SELECT group_concat(niche, ' ') FROM
            (SELECT niche FROM creator_niches WHERE creator_id = c.id ORDER BY position)), ''),
        c.city, c.notes
     FROM creators c";

/// The handles and niches of creator `id`.
fn write_children(conn: &Connection, id: i64, draft: &Draft) -> Result<()> {
    let mut handle_stmt = conn.prepare_cached(
        "INSERT INTO creator_handles (creator_id, platform, handle, followers, look_alike_key)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for h in &draft.handles {
        handle_stmt.execute(params![
            id,
            h.platform,
            h.handle,
            h.followers,
            handle_key(&h.handle)
        ])?;
    }
    let mut niche_stmt = conn.prepare_cached(
        "INSERT INTO creator_niches (creator_id, position, niche) VALUES (?1, ?2, ?3)",
    )?;
    for (position, niche) in draft.niches.iter().enumerate() {
        niche_stmt.execute(params![id, position as i64, niche])?;
    }
    Ok(())
}

/// The search entry of creator `id`.
fn write_search_entry(conn: &Connection, id: i64, draft: &Draft) -> Result<()> {
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

/// The columns [`creator_from_row`] reads, from `creators c`.
pub(super) const CREATOR_COLUMNS: &str =
    "c.id, c.display_name, c.avg_likes, c.avg_comments, c.avg_shares,
    c.engagement_typed, c.engagement, c.total_followers, c.tier, c.city, c.email, c.phone,
    c.rate_minor, c.currency, c.open_to_gifting, c.status, c.notes, c.created_at, c.updated_at,
    (SELECT json_group_array(json_array(platform, handle, followers))
       FROM creator_handles WHERE creator_id = c.id),
    (SELECT json_group_array(niche)
       FROM (SELECT niche FROM creator_niches WHERE creator_id = c.id ORDER BY position)),
    c.archived, c.language";

pub(super) fn creator_from_row(row: &Row) -> rusqlite::Result<Creator> {
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
    let mut creator = Creator {
        id: row.get(0)?,
        display_name: row.get(1)?,
        handles,
        avg_likes: row.get(2)?,
        avg_comments: row.get(3)?,
        avg_shares: row.get(4)?,
        engagement_typed: row.get(5)?,
        engagement_rate: row.get(6)?,
        total_followers: row.get(7)?,
        tier: row.get(8)?,
        main_platform: None,
        niches: serde_json::from_str(&niches_json).unwrap_or_default(),
        city: row.get(9)?,
        email: row.get(10)?,
        phone: row.get(11)?,
        rate_minor: row.get(12)?,
        currency: row.get(13)?,
        open_to_gifting: row.get(14)?,
        status: row.get(15)?,
        notes: row.get(16)?,
        archived: row.get(21)?,
        language: Lang::stored_or_none(&row.get::<_, String>(22)?),
        created_at: row.get(17)?,
        updated_at: row.get(18)?,
    };
    creator.main_platform = creator.main_handle().map(|h| h.platform);
    Ok(creator)
}

/// The creator with `id`.
pub fn get(conn: &Connection, id: i64) -> Result<Creator> {
    conn.prepare_cached(&format!(
        "SELECT {CREATOR_COLUMNS} FROM creators c WHERE c.id = ?1"
    ))?
    .query_row([id], creator_from_row)
    .optional()?
    .ok_or(Error::NotFound(Missing::Creator))
}

/// Removes a creator and returns what was removed, so the UI can offer Undo. A creator with
/// deals is refused (their history would lose its creator): archive them instead.
pub fn delete(conn: &Connection, id: i64) -> Result<Creator> {
    let creator = get(conn, id)?;
    let deals = crate::deals::count_for_creator(conn, id)?;
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

/// Moves a creator to the archive or back.
pub fn set_archived(conn: &Connection, id: i64, archived: bool) -> Result<()> {
    let changed = conn.execute(
        "UPDATE creators SET archived = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, archived, now()],
    )?;
    if changed == 0 {
        return Err(Error::NotFound(Missing::Creator));
    }
    Ok(())
}
