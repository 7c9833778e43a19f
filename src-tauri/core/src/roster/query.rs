//! Finding creators: the roster view's query (search, filters, sort, window), how SQLite is
//! steered to answer it fast, and the values the filter menus offer.

use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::{Creator, Platform, Status, Tier};
use super::store::{creator_from_row, CREATOR_COLUMNS};
use crate::error::Result;
use crate::text::sort_key;

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
    /// The `creators` column the list is sorted by.
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

/// The filters as SQLite would plan them.
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

/// The query's filters, shaped for `lead`, and their values in order.
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

/// The sort as SQLite would plan it.
fn order_clause(q: &RosterQuery) -> String {
    order_clause_for(q, Lead::Planner)
}

/// The sort, with ties broken by id so pages never overlap.
fn order_clause_for(q: &RosterQuery, lead: Lead) -> String {
    let dir = if q.descending { "DESC" } else { "ASC" };
    let plus = if lead == Lead::Matches { "+" } else { "" };
    format!(
        "ORDER BY {plus}{} {dir} NULLS LAST, c.id {dir}",
        q.sort.column()
    )
}

/// The most rows one page holds.
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

/// How many creators there are on each side of the archive, and the cities and niches in use.
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
