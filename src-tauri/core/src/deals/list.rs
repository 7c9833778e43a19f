//! The deals list and board: the query the owner builds (search, filters, sort, window), the
//! SQL it becomes, and the rows it returns. Every view takes `today` so day boundaries are the
//! caller's (the user's local date) and tests can pin them.

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::{DealKind, DealStatus};
use super::store;
use crate::error::Result;
use crate::roster;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DealSort {
    /// Newest start first.
    #[default]
    Newest,
    /// Earliest open due date first; deals with nothing due last.
    Due,
    Creator,
    Cost,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct DealQuery {
    /// Matches the creator's name, the campaign and the discount code.
    pub search: String,
    pub status: Option<DealStatus>,
    pub kind: Option<DealKind>,
    pub campaign: Option<String>,
    pub creator_id: Option<i64>,
    /// Deals starting on or after this ISO date.
    pub from: Option<String>,
    /// Deals starting on or before this ISO date.
    pub to: Option<String>,
    pub overdue_only: bool,
    pub sort: DealSort,
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DealRow {
    pub id: i64,
    pub creator_id: i64,
    pub creator_name: String,
    pub campaign: String,
    pub kinds: Vec<DealKind>,
    pub status: DealStatus,
    pub start_date: String,
    /// The earliest due date among deliverables not yet posted.
    pub next_due: Option<String>,
    pub open_deliverables: i64,
    /// A deliverable is past its due date and not posted, and the deal is still open.
    pub overdue: bool,
    pub cost_minor: i64,
    pub retail_minor: i64,
    pub revenue_minor: Option<i64>,
    pub currency: String,
    pub discount_code: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DealPage {
    pub total: u32,
    pub offset: u32,
    pub rows: Vec<DealRow>,
}

/// `d.status` of a deal still running, in SQL.
pub(crate) fn open_sql() -> String {
    format!("d.status NOT IN ({})", store::statuses(|s| !s.is_open()))
}

const ROW_COLUMNS: &str = "d.id, d.creator_id, c.display_name, d.campaign, d.kinds, d.status,
    d.start_date, d.next_due, d.open_deliverables, d.cost_minor, d.retail_minor, d.revenue_minor, d.currency, d.discount_code";

fn row_from(r: &Row, today: &str) -> rusqlite::Result<DealRow> {
    let status: DealStatus = r.get(5)?;
    let next_due: Option<String> = r.get(7)?;
    Ok(DealRow {
        id: r.get(0)?,
        creator_id: r.get(1)?,
        creator_name: r.get(2)?,
        campaign: r.get(3)?,
        kinds: DealKind::list_from_db(&r.get::<_, String>(4)?),
        status,
        start_date: r.get(6)?,
        overdue: status.is_open() && next_due.as_deref().is_some_and(|d| d < today),
        next_due,
        open_deliverables: r.get(8)?,
        cost_minor: r.get(9)?,
        retail_minor: r.get(10)?,
        revenue_minor: r.get(11)?,
        currency: r.get(12)?,
        discount_code: r.get(13)?,
    })
}

fn where_clause(q: &DealQuery, today: &str) -> (String, Vec<Value>) {
    let mut clauses: Vec<String> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    let search = q.search.trim();
    if !search.is_empty() {
        // Creators by the roster's word-prefix index; campaign and code by substring.
        let like = crate::text::like_contains(search);
        let fts = roster::fts_query(search).unwrap_or_else(|| "\"\"".into());
        clauses.push(format!(
            "(d.creator_id IN (SELECT rowid FROM creators_fts WHERE creators_fts MATCH ?{a})
              OR d.campaign LIKE ?{b} ESCAPE '\\' OR d.discount_code LIKE ?{b} ESCAPE '\\')",
            a = values.len() + 1,
            b = values.len() + 2
        ));
        values.push(fts.into());
        values.push(like.into());
    }
    let mut push = |clause: &str, value: Value| {
        clauses.push(clause.replace('?', &format!("?{}", values.len() + 1)));
        values.push(value);
    };
    if let Some(status) = q.status {
        push("d.status = ?", status.as_str().to_string().into());
    }
    if let Some(kind) = q.kind {
        push(
            "(',' || d.kinds || ',') LIKE ?",
            format!("%,{},%", kind.as_str()).into(),
        );
    }
    if let Some(campaign) = q.campaign.as_deref().filter(|c| !c.is_empty()) {
        push("d.campaign = ?", campaign.to_string().into());
    }
    if let Some(creator) = q.creator_id {
        push("d.creator_id = ?", creator.into());
    }
    if let Some(from) = q.from.as_deref().filter(|f| !f.is_empty()) {
        push("d.start_date >= ?", from.to_string().into());
    }
    if let Some(to) = q.to.as_deref().filter(|t| !t.is_empty()) {
        push("d.start_date <= ?", to.to_string().into());
    }
    if q.overdue_only {
        push(
            &format!("{} AND coalesce(d.next_due, '9999-12-31') < ?", open_sql()),
            today.to_string().into(),
        );
    }
    let sql = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    (sql, values)
}

pub const MAX_PAGE: u32 = 500;

/// How many rows a short list (reminders, Home's due items) shows.
pub const SHOWN: i64 = 50;

/// The SQL a deal query runs: the count, and the page with its LIMIT and OFFSET bound after
/// the filter values. Public so benchmarks can time the bare SQL against [`list`].
pub struct ListSql {
    pub count: String,
    pub page: String,
    pub values: Vec<Value>,
    pub page_values: Vec<Value>,
}

pub fn list_sql(q: &DealQuery, today: NaiveDate) -> ListSql {
    let (filter, values) = where_clause(q, &today.to_string());
    let order = match q.sort {
        DealSort::Newest => "d.start_date DESC, d.id DESC",
        DealSort::Due => "coalesce(d.next_due, '9999-12-31'), d.id",
        DealSort::Creator => "c.name_key, d.start_date DESC, d.id",
        DealSort::Cost => "d.cost_minor DESC, d.id",
    };
    let n = values.len();
    let mut page_values = values.clone();
    page_values.push(i64::from(q.limit.clamp(1, MAX_PAGE)).into());
    page_values.push(i64::from(q.offset).into());
    ListSql {
        count: format!(
            "SELECT count(*) FROM deals d JOIN creators c ON c.id = d.creator_id {filter}"
        ),
        page: format!(
            "SELECT {ROW_COLUMNS} FROM deals d JOIN creators c ON c.id = d.creator_id {filter}
             ORDER BY {order} LIMIT ?{} OFFSET ?{}",
            n + 1,
            n + 2
        ),
        values,
        page_values,
    }
}

/// One page of deals and how many match in all.
pub fn list(conn: &Connection, q: &DealQuery, today: NaiveDate) -> Result<DealPage> {
    let sql = list_sql(q, today);
    let total: i64 = conn
        .prepare_cached(&sql.count)?
        .query_row(rusqlite::params_from_iter(sql.values.iter()), |r| r.get(0))?;
    let today = today.to_string();
    let rows = conn
        .prepare_cached(&sql.page)?
        .query_map(rusqlite::params_from_iter(sql.page_values.iter()), |r| {
            row_from(r, &today)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(DealPage {
        total: total as u32,
        offset: q.offset,
        rows,
    })
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BoardColumn {
    pub status: DealStatus,
    pub total: u32,
    pub cards: Vec<DealRow>,
}

/// The deals by status, in the order they move, each column with its first `per_column` cards
/// (most urgent first). Declined and cancelled deals are in the list, not on the board.
pub fn board(
    conn: &Connection,
    q: &DealQuery,
    per_column: u32,
    today: NaiveDate,
) -> Result<Vec<BoardColumn>> {
    use DealStatus::*;
    [Proposed, Agreed, ProductSent, ContentDue, Posted, Completed]
        .into_iter()
        .map(|status| {
            let page = list(
                conn,
                &DealQuery {
                    status: Some(status),
                    sort: if status == Completed {
                        DealSort::Newest
                    } else {
                        DealSort::Due
                    },
                    offset: 0,
                    limit: per_column,
                    ..q.clone()
                },
                today,
            )?;
            Ok(BoardColumn {
                status,
                total: page.total,
                cards: page.rows,
            })
        })
        .collect()
}

/// Campaign names used by deals, for the filter menu.
pub fn campaigns(conn: &Connection) -> Result<Vec<String>> {
    store::campaigns(conn)
}
