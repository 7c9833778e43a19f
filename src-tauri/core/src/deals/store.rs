//! Every SQL statement on the deals tables (`deals`, `deal_items`, `deal_deliverables`,
//! `deal_history`). Each function takes the caller's connection, so it joins the caller's
//! transaction; only the deals area calls the writers.

use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::figures::OpenWork;
use super::model::{
    Deal, DealKind, DealStatus, Deliverable, Draft, Figures, HistoryEntry, Item, Results,
};
use crate::error::{Error, Missing, Result};
use crate::files::now;
use crate::roster::Platform;

/// How many deals the creator has, for the roster, which keeps a creator with deals.
pub fn count_for_creator(conn: &Connection, creator_id: i64) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM deals WHERE creator_id = ?1",
        [creator_id],
        |r| r.get(0),
    )?)
}

/// The newest deal made for `creator_id` from the brief, which what is sent with the brief
/// is recorded on.
pub fn of_brief(conn: &Connection, brief_id: i64, creator_id: i64) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM deals WHERE brief_id = ?1 AND creator_id = ?2 ORDER BY id DESC",
            [brief_id, creator_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// The SQL list (`'product_sent', 'content_due'`) of the statuses `keep` picks, so a query tests
/// a status the way [`DealStatus`] does.
pub(crate) fn statuses(keep: fn(DealStatus) -> bool) -> String {
    DealStatus::ALL
        .into_iter()
        .filter(|s| keep(*s))
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a restored or imported deal keeps instead of a new deal's defaults.
pub(super) struct Keep<'a> {
    pub status: DealStatus,
    pub nudged_day: i64,
    pub created_at: &'a str,
    pub updated_at: &'a str,
}

const DEAL_COLUMNS: &str = "d.id, d.creator_id, c.display_name, c.email, d.brief_id, d.campaign,
    d.kinds, d.status, d.platform, d.currency, d.fee_minor, d.commission_bp, d.shipping_minor,
    d.start_date, d.handover_date, d.visit_at, d.discount_code, d.landing_url, d.reach,
    d.impressions, d.likes, d.comments, d.shares, d.saves, d.clicks, d.redemptions, d.walk_ins,
    d.revenue_minor, d.rating, d.work_again, d.feedback, d.notes, d.nudged_day, d.created_at,
    d.updated_at";

/// A deal row as stored; the handle, figures and tracking link are filled in by the caller.
fn deal_from_row(r: &Row) -> rusqlite::Result<Deal> {
    Ok(Deal {
        id: r.get(0)?,
        creator_id: r.get(1)?,
        creator_name: r.get(2)?,
        creator_handle: String::new(),
        creator_email: r.get(3)?,
        brief_id: r.get(4)?,
        campaign: r.get(5)?,
        kinds: DealKind::list_from_db(&r.get::<_, String>(6)?),
        status: r.get(7)?,
        platform: Platform::parse(&r.get::<_, String>(8)?).unwrap_or(Platform::Other),
        currency: r.get(9)?,
        fee_minor: r.get(10)?,
        commission_bp: r.get(11)?,
        shipping_minor: r.get(12)?,
        start_date: r.get(13)?,
        handover_date: r.get(14)?,
        visit_at: r.get(15)?,
        discount_code: r.get(16)?,
        landing_url: r.get(17)?,
        tracking_link: String::new(),
        items: Vec::new(),
        deliverables: Vec::new(),
        results: Results {
            reach: r.get(18)?,
            impressions: r.get(19)?,
            likes: r.get(20)?,
            comments: r.get(21)?,
            shares: r.get(22)?,
            saves: r.get(23)?,
            clicks: r.get(24)?,
            redemptions: r.get(25)?,
            walk_ins: r.get(26)?,
            revenue_minor: r.get(27)?,
        },
        rating: r.get(28)?,
        work_again: r.get(29)?,
        feedback: r.get(30)?,
        notes: r.get(31)?,
        nudged_day: r.get(32)?,
        figures: Figures::default(),
        history: Vec::new(),
        created_at: r.get(33)?,
        updated_at: r.get(34)?,
    })
}

/// The stored deal with its items, deliverables and history.
pub(super) fn read(conn: &Connection, id: i64) -> Result<Deal> {
    let mut deal = conn
        .prepare_cached(&format!(
            "SELECT {DEAL_COLUMNS} FROM deals d JOIN creators c ON c.id = d.creator_id
             WHERE d.id = ?1"
        ))?
        .query_row([id], deal_from_row)
        .optional()?
        .ok_or(Error::NotFound(Missing::Deal))?;
    deal.items = items(conn, id)?;
    deal.deliverables = deliverables(conn, id)?;
    deal.history = history(conn, id)?;
    Ok(deal)
}

fn items(conn: &Connection, deal_id: i64) -> Result<Vec<Item>> {
    Ok(conn
        .prepare_cached(
            "SELECT name, quantity, unit_cost_minor, unit_retail_minor FROM deal_items
             WHERE deal_id = ?1 ORDER BY position",
        )?
        .query_map([deal_id], |r| {
            Ok(Item {
                name: r.get(0)?,
                quantity: r.get(1)?,
                unit_cost_minor: r.get(2)?,
                unit_retail_minor: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

fn deliverables(conn: &Connection, deal_id: i64) -> Result<Vec<Deliverable>> {
    Ok(conn
        .prepare_cached(
            "SELECT label, due_date, post_url, posted_date, disclosure_seen FROM deal_deliverables
             WHERE deal_id = ?1 ORDER BY position",
        )?
        .query_map([deal_id], |r| {
            Ok(Deliverable {
                label: r.get(0)?,
                due_date: r.get(1)?,
                post_url: r.get(2)?,
                posted_date: r.get(3)?,
                disclosure_seen: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

fn history(conn: &Connection, deal_id: i64) -> Result<Vec<HistoryEntry>> {
    Ok(conn
        .prepare_cached(
            "SELECT at, from_status, to_status, note FROM deal_history WHERE deal_id = ?1
             ORDER BY id",
        )?
        .query_map([deal_id], |r| {
            Ok(HistoryEntry {
                at: r.get(0)?,
                from: r.get(1)?,
                to: r.get(2)?,
                note: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// The creator's handle on `platform` (without `@`) and its followers; empty and zero when
/// they have none there.
pub(super) fn creator_on(
    conn: &Connection,
    creator_id: i64,
    platform: Platform,
) -> Result<(String, i64)> {
    Ok(conn
        .prepare_cached(
            "SELECT handle, followers FROM creator_handles
             WHERE creator_id = ?1 AND platform = ?2",
        )?
        .query_row(params![creator_id, platform.as_str()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?
        .unwrap_or_default())
}

/// The columns an edit writes, with their values; a new deal adds its status and dates.
fn columns(draft: &Draft, f: &Figures) -> Vec<(&'static str, Value)> {
    let kinds: Vec<&str> = draft.kinds.iter().map(|k| k.as_str()).collect();
    let r = &draft.results;
    let open = OpenWork::of(&draft.deliverables);
    vec![
        ("creator_id", draft.creator_id.into()),
        ("brief_id", draft.brief_id.into()),
        ("campaign", draft.campaign.clone().into()),
        ("kinds", kinds.join(",").into()),
        ("platform", draft.platform.as_str().to_string().into()),
        ("currency", draft.currency.clone().into()),
        ("fee_minor", draft.fee_minor.into()),
        ("commission_bp", draft.commission_bp.into()),
        ("shipping_minor", draft.shipping_minor.into()),
        ("start_date", draft.start_date.to_string().into()),
        (
            "handover_date",
            draft.handover_date.map(|d| d.to_string()).into(),
        ),
        ("visit_at", draft.visit_at.clone().into()),
        ("discount_code", draft.discount_code.clone().into()),
        ("landing_url", draft.landing_url.clone().into()),
        ("reach", r.reach.into()),
        ("impressions", r.impressions.into()),
        ("likes", r.likes.into()),
        ("comments", r.comments.into()),
        ("shares", r.shares.into()),
        ("saves", r.saves.into()),
        ("clicks", r.clicks.into()),
        ("redemptions", r.redemptions.into()),
        ("walk_ins", r.walk_ins.into()),
        ("revenue_minor", r.revenue_minor.into()),
        ("rating", draft.rating.map(i64::from).into()),
        ("work_again", draft.work_again.map(i64::from).into()),
        ("feedback", draft.feedback.clone().into()),
        ("notes", draft.notes.clone().into()),
        ("cost_minor", f.cost_minor.into()),
        ("retail_minor", f.retail_minor.into()),
        ("items_cost_minor", f.items_cost_minor.into()),
        ("next_due", open.next_due.into()),
        ("open_deliverables", open.count.into()),
        ("posted_any", i64::from(open.posted_any).into()),
    ]
}

/// Writes the deal row and its children; returns its id. With `id` and no `keep` it edits that
/// deal; otherwise it adds one (under `id` when given, to restore a removed deal).
pub(super) fn write(
    conn: &Connection,
    id: Option<i64>,
    draft: &Draft,
    figures: &Figures,
    keep: Option<Keep>,
) -> Result<i64> {
    let data = columns(draft, figures);
    let id = match (id, keep) {
        (Some(id), None) => update_row(conn, id, data)?,
        (id, keep) => insert_row(conn, id, data, keep)?,
    };
    write_items(conn, id, &draft.items)?;
    write_deliverables(conn, id, &draft.deliverables)?;
    Ok(id)
}

fn update_row(conn: &Connection, id: i64, data: Vec<(&str, Value)>) -> Result<i64> {
    let sets: Vec<String> = data.iter().map(|(c, _)| format!("{c} = ?")).collect();
    let mut values: Vec<Value> = data.into_iter().map(|(_, v)| v).collect();
    values.extend([now().into(), id.into()]);
    let changed = conn
        .prepare_cached(&format!(
            "UPDATE deals SET {}, updated_at = ? WHERE id = ?",
            sets.join(", ")
        ))?
        .execute(rusqlite::params_from_iter(values))?;
    if changed == 0 {
        return Err(Error::NotFound(Missing::Deal));
    }
    Ok(id)
}

fn insert_row(
    conn: &Connection,
    id: Option<i64>,
    data: Vec<(&str, Value)>,
    keep: Option<Keep>,
) -> Result<i64> {
    let stamp = now();
    let keep = keep.unwrap_or(Keep {
        status: DealStatus::Proposed,
        nudged_day: 0,
        created_at: &stamp,
        updated_at: &stamp,
    });
    let mut columns: Vec<&str> = vec!["id"];
    let mut values: Vec<Value> = vec![id.into()];
    for (c, v) in data {
        columns.push(c);
        values.push(v);
    }
    columns.extend(["status", "nudged_day", "created_at", "updated_at"]);
    values.extend([
        keep.status.as_str().to_string().into(),
        keep.nudged_day.into(),
        keep.created_at.to_string().into(),
        keep.updated_at.to_string().into(),
    ]);
    let marks = vec!["?"; columns.len()].join(", ");
    conn.prepare_cached(&format!(
        "INSERT INTO deals ({}) VALUES ({marks})",
        columns.join(", ")
    ))?
    .execute(rusqlite::params_from_iter(values))?;
    Ok(conn.last_insert_rowid())
}

/// Replaces the deal's items with `items`, in their order.
fn write_items(conn: &Connection, deal_id: i64, items: &[Item]) -> Result<()> {
    conn.execute("DELETE FROM deal_items WHERE deal_id = ?1", [deal_id])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO deal_items (deal_id, position, name, quantity, unit_cost_minor,
            unit_retail_minor) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (i, item) in items.iter().enumerate() {
        insert.execute(params![
            deal_id,
            i as i64,
            item.name,
            item.quantity,
            item.unit_cost_minor,
            item.unit_retail_minor
        ])?;
    }
    Ok(())
}

/// Replaces the deal's deliverables with `deliverables`, in their order.
fn write_deliverables(conn: &Connection, deal_id: i64, deliverables: &[Deliverable]) -> Result<()> {
    conn.execute(
        "DELETE FROM deal_deliverables WHERE deal_id = ?1",
        [deal_id],
    )?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO deal_deliverables (deal_id, position, label, due_date, post_url,
            posted_date, disclosure_seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (i, d) in deliverables.iter().enumerate() {
        insert.execute(params![
            deal_id,
            i as i64,
            d.label,
            d.due_date,
            d.post_url,
            d.posted_date,
            d.disclosure_seen
        ])?;
    }
    Ok(())
}

pub(super) fn add_history(
    conn: &Connection,
    deal_id: i64,
    from: Option<DealStatus>,
    to: DealStatus,
    note: &str,
    at: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO deal_history (deal_id, at, from_status, to_status, note)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![deal_id, at, from, to, note])?;
    Ok(())
}

/// Sets the status; sending the product stamps `today` as the hand-over when it is blank.
pub(super) fn set_status(
    conn: &Connection,
    id: i64,
    to: DealStatus,
    today: chrono::NaiveDate,
) -> Result<()> {
    conn.execute(
        "UPDATE deals SET status = ?2, updated_at = ?3,
            handover_date = CASE WHEN ?4 AND handover_date IS NULL THEN ?5
                                 ELSE handover_date END
         WHERE id = ?1",
        params![
            id,
            to,
            now(),
            to == DealStatus::ProductSent,
            today.to_string()
        ],
    )?;
    Ok(())
}

pub(super) fn delete(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM deals WHERE id = ?1", [id])?;
    Ok(())
}

/// Records the furthest reminder sent, never moving it back.
pub(super) fn set_nudged(conn: &Connection, id: i64, day: i64) -> Result<()> {
    conn.execute(
        "UPDATE deals SET nudged_day = max(nudged_day, ?2) WHERE id = ?1",
        params![id, day],
    )?;
    Ok(())
}

/// Campaign names used by deals, most recent first.
pub(super) fn campaigns(conn: &Connection) -> Result<Vec<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT campaign FROM deals WHERE campaign != '' GROUP BY campaign
             ORDER BY max(start_date) DESC LIMIT 200",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}
