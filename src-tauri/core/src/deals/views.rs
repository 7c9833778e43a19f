//! The views over deals: the list and board, a creator's deal history and barter balance,
//! follow-up reminders and the home dashboard. Every view takes `today` so day boundaries
//! are the caller's (the user's local date) and tests can pin them.

use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::types::Value;
use rusqlite::{params, Connection, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::deals::{self as deal, DealKind, DealStatus};
use crate::error::{Error, Result};
use crate::files::now;
use crate::roster;
use crate::storage::db::Db;

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

const OPEN: &str = "d.status NOT IN ('completed', 'declined', 'cancelled')";

const ROW_COLUMNS: &str = "d.id, d.creator_id, c.display_name, d.campaign, d.kinds, d.status,
    d.start_date, d.next_due, d.open_deliverables, d.cost_minor, d.retail_minor, d.revenue_minor, d.currency, d.discount_code";

fn row_from(r: &Row, today: &str) -> rusqlite::Result<DealRow> {
    let status = DealStatus::from_db(&r.get::<_, String>(5)?);
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
            &format!("{OPEN} AND coalesce(d.next_due, '9999-12-31') < ?"),
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
    Ok(conn
        .prepare_cached(
            "SELECT campaign FROM deals WHERE campaign != '' GROUP BY campaign
             ORDER BY max(start_date) DESC LIMIT 200",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, TS)]
pub struct ResultTotals {
    pub reach: i64,
    pub clicks: i64,
    pub redemptions: i64,
    pub walk_ins: i64,
    pub revenue_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Feedback {
    pub deal_id: i64,
    pub campaign: String,
    pub start_date: String,
    pub rating: Option<u8>,
    pub work_again: Option<bool>,
    pub feedback: String,
}

/// A creator's deals and what they add up to, in the shop's currency.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CreatorDeals {
    pub deals: Vec<DealRow>,
    pub currency: String,
    /// Barter balance: what the creator has received (at cost and at retail)…
    pub given_cost_minor: i64,
    pub given_retail_minor: i64,
    /// …against the deliverables not yet posted on open deals.
    pub deliverables_owed: i64,
    pub overdue: i64,
    pub results: ResultTotals,
    pub feedback: Vec<Feedback>,
}

pub fn creator_deals(conn: &Connection, creator_id: i64, today: NaiveDate) -> Result<CreatorDeals> {
    roster::get(conn, creator_id)?;
    let currency = crate::settings::brand::get(conn)?.brand.currency;
    let deals = list(
        conn,
        &DealQuery {
            creator_id: Some(creator_id),
            limit: MAX_PAGE,
            ..DealQuery::default()
        },
        today,
    )?
    .rows;
    let (given_cost_minor, given_retail_minor, results) = conn.query_row(
        "SELECT
            coalesce(sum(CASE WHEN status IN ('product_sent', 'content_due', 'posted', 'completed')
                         THEN items_cost_minor END), 0),
            coalesce(sum(CASE WHEN status IN ('product_sent', 'content_due', 'posted', 'completed')
                         THEN retail_minor END), 0),
            coalesce(sum(reach), 0), coalesce(sum(clicks), 0), coalesce(sum(redemptions), 0),
            coalesce(sum(walk_ins), 0), coalesce(sum(revenue_minor), 0)
         FROM deals WHERE creator_id = ?1 AND currency = ?2",
        params![creator_id, currency],
        |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                ResultTotals {
                    reach: r.get(2)?,
                    clicks: r.get(3)?,
                    redemptions: r.get(4)?,
                    walk_ins: r.get(5)?,
                    revenue_minor: r.get(6)?,
                },
            ))
        },
    )?;
    let deliverables_owed = deals
        .iter()
        .filter(|d| d.status.is_open())
        .map(|d| d.open_deliverables)
        .sum();
    let overdue = deals.iter().filter(|d| d.overdue).count() as i64;
    let feedback = conn
        .prepare_cached(
            "SELECT id, campaign, start_date, rating, work_again, feedback FROM deals
             WHERE creator_id = ?1 AND (rating IS NOT NULL OR work_again IS NOT NULL OR feedback != '')
             ORDER BY start_date DESC, id DESC",
        )?
        .query_map([creator_id], |r| {
            Ok(Feedback {
                deal_id: r.get(0)?,
                campaign: r.get(1)?,
                start_date: r.get(2)?,
                rating: r.get(3)?,
                work_again: r.get(4)?,
                feedback: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(CreatorDeals {
        deals,
        currency,
        given_cost_minor,
        given_retail_minor,
        deliverables_owed,
        overdue,
        results,
        feedback,
    })
}

/// A friendly reminder due for a creator who received the product (or visited) and has not
/// posted yet.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Nudge {
    pub deal_id: i64,
    pub creator_id: i64,
    pub creator_name: String,
    pub email: String,
    pub campaign: String,
    pub handover_date: String,
    pub days_since: i64,
    /// 7, 10 or 14: the reminder this is.
    pub day: i64,
    pub message: String,
    /// An email draft of the message, when the creator has an address.
    pub mailto: String,
}

pub const NUDGE_DAYS: [i64; 3] = [7, 10, 14];

fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

/// The ready-to-send text of a reminder, kinder the first time and clearer the last.
pub fn nudge_message(day: i64, name: &str, campaign: &str, code: &str, shop: &str) -> String {
    let first = first_name(name);
    let shop = if shop.trim().is_empty() {
        "us"
    } else {
        shop.trim()
    };
    let what = if campaign.is_empty() {
        "your post".to_string()
    } else {
        format!("your {campaign} post")
    };
    let code = if code.is_empty() {
        String::new()
    } else {
        format!(" Your code {code} is ready for your followers.")
    };
    match day {
        7 => format!(
            "Hi {first}! We hope you enjoyed everything from {shop}. Just a friendly hello to ask how {what} is coming along — no rush.{code} Remember to mark it #ad or #gifted. Thank you!"
        ),
        10 => format!(
            "Hi {first}, checking in about {what}. Is there anything you need from {shop} — photos, product details, a second visit?{code} We'd love to see what you make!"
        ),
        _ => format!(
            "Hi {first}, it has been two weeks since our collaboration started and we haven't seen {what} yet. Could you let {shop} know when you plan to post, or if something changed? Thank you!"
        ),
    }
}

/// The reminders due, longest waiting first, at most `SHOWN`.
pub fn nudges(conn: &Connection, today: NaiveDate) -> Result<Vec<Nudge>> {
    let shop = crate::settings::brand::get(conn)?.brand.shop_name;
    let day = |n: i64| (today - Duration::days(n)).to_string();
    // The reminder stage reached (14, 10 or 7 days after hand-over) must be one not yet sent.
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT d.id, d.creator_id, c.display_name, c.email, d.campaign, d.handover_date,
                d.nudged_day, d.discount_code
         FROM deals d JOIN creators c ON c.id = d.creator_id
         WHERE d.status IN ('product_sent', 'content_due') AND d.handover_date IS NOT NULL
           AND d.handover_date <= ?1 AND d.posted_any = 0
           AND CASE WHEN d.handover_date <= ?3 THEN 14 WHEN d.handover_date <= ?2 THEN 10
                    ELSE 7 END > d.nudged_day
         ORDER BY d.handover_date, d.id LIMIT {SHOWN}"
    ))?;
    let rows = stmt.query_map([day(7), day(10), day(14)], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, i64>(6)?,
            r.get::<_, String>(7)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (deal_id, creator_id, name, email, campaign, handover, nudged, code) = row?;
        let Ok(given) = NaiveDate::parse_from_str(&handover, "%Y-%m-%d") else {
            continue;
        };
        let days_since = (today - given).num_days();
        let Some(day) = NUDGE_DAYS.iter().rev().copied().find(|d| days_since >= *d) else {
            continue;
        };
        if day <= nudged {
            continue;
        }
        let message = nudge_message(day, &name, &campaign, &code, &shop);
        let subject = match campaign.as_str() {
            "" => format!("A quick hello from {shop}"),
            c => format!("{c}: a quick hello from {shop}"),
        };
        out.push(Nudge {
            deal_id,
            creator_id,
            mailto: if email.is_empty() {
                String::new()
            } else {
                crate::briefs::handoff::mailto(&email, &subject, &message)
            },
            message,
            creator_name: name,
            email,
            campaign,
            handover_date: handover,
            days_since,
            day,
        });
    }
    Ok(out)
}

/// Records that the reminder for `day` was sent, so it is not offered again.
pub fn mark_nudged(db: &mut Db, deal_id: i64, day: i64) -> Result<()> {
    if !NUDGE_DAYS.contains(&day) {
        return Err(Error::invalid("day", "Reminders are for day 7, 10 or 14."));
    }
    db.with_tx(|tx| {
        let deal = deal::get(tx, deal_id)?;
        tx.execute(
            "UPDATE deals SET nudged_day = max(nudged_day, ?2) WHERE id = ?1",
            params![deal_id, day],
        )?;
        tx.execute(
            "INSERT INTO deal_history (deal_id, at, from_status, to_status, note)
             VALUES (?1, ?2, ?3, ?3, ?4)",
            params![
                deal_id,
                now(),
                deal.status.as_str(),
                format!("Reminder sent (day {day})")
            ],
        )?;
        Ok(())
    })
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DueItem {
    pub deal_id: i64,
    pub creator_id: i64,
    pub creator_name: String,
    pub campaign: String,
    pub label: String,
    pub due_date: String,
    /// Days past due (0 when due today or later).
    pub days_late: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StatusCount {
    pub status: DealStatus,
    pub count: i64,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, TS)]
pub struct ValueGiven {
    pub deals: i64,
    pub cost_minor: i64,
    pub retail_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MonthValue {
    /// `2026-11`
    pub month: String,
    pub cost_minor: i64,
    pub retail_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CampaignResult {
    pub campaign: String,
    pub deals: i64,
    pub reach: i64,
    pub clicks: i64,
    pub redemptions: i64,
    pub walk_ins: i64,
    pub revenue_minor: i64,
    pub cost_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CreatorReturn {
    pub creator_id: i64,
    pub creator_name: String,
    pub cost_minor: i64,
    pub revenue_minor: i64,
    pub return_on_cost: f64,
}

/// The home screen, in the shop's currency (deals in other currencies are not added in).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Dashboard {
    pub today: String,
    pub currency: String,
    pub deals: i64,
    pub due_this_week: Vec<DueItem>,
    pub due_this_week_total: i64,
    pub overdue: Vec<DueItem>,
    pub overdue_total: i64,
    pub by_status: Vec<StatusCount>,
    pub gifted_this_month: ValueGiven,
    pub gifted_this_year: ValueGiven,
    /// The last twelve months, oldest first, months with nothing included.
    pub per_month: Vec<MonthValue>,
    pub per_campaign: Vec<CampaignResult>,
    pub top_creators: Vec<CreatorReturn>,
    pub nudges: Vec<Nudge>,
}

const SHOWN: i64 = 50;

fn due_items(
    conn: &Connection,
    condition: &str,
    values: &[&dyn rusqlite::ToSql],
    today: NaiveDate,
) -> Result<(Vec<DueItem>, i64)> {
    // Only deals whose earliest open due date is in range can have a deliverable in range.
    let from = format!(
        "FROM deals d CROSS JOIN deal_deliverables x ON x.deal_id = d.id
         JOIN creators c ON c.id = d.creator_id
         WHERE coalesce(d.next_due, '9999-12-31') < ?{last} AND {OPEN}
           AND x.posted_date IS NULL AND x.due_date IS NOT NULL AND {condition}",
        last = values.len()
    );
    let total: i64 = conn
        .prepare_cached(&format!("SELECT count(*) {from}"))?
        .query_row(values, |r| r.get(0))?;
    let items = conn
        .prepare_cached(&format!(
            "SELECT d.id, d.creator_id, c.display_name, d.campaign, x.label, x.due_date {from}
             ORDER BY x.due_date, d.id, x.position LIMIT {SHOWN}"
        ))?
        .query_map(values, |r| {
            let due: String = r.get(5)?;
            let days_late = NaiveDate::parse_from_str(&due, "%Y-%m-%d")
                .map(|d| (today - d).num_days().max(0))
                .unwrap_or(0);
            Ok(DueItem {
                deal_id: r.get(0)?,
                creator_id: r.get(1)?,
                creator_name: r.get(2)?,
                campaign: r.get(3)?,
                label: r.get(4)?,
                due_date: due,
                days_late,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok((items, total))
}

fn value_given(conn: &Connection, currency: &str, from: &str, to: &str) -> Result<ValueGiven> {
    Ok(conn
        .prepare_cached(
            "SELECT count(*), coalesce(sum(items_cost_minor), 0), coalesce(sum(retail_minor), 0)
             FROM deals
             WHERE handover_date IS NOT NULL AND handover_date >= ?1 AND handover_date < ?2
               AND currency = ?3
               AND status IN ('product_sent', 'content_due', 'posted', 'completed')",
        )?
        .query_row(params![from, to, currency], |r| {
            Ok(ValueGiven {
                deals: r.get(0)?,
                cost_minor: r.get(1)?,
                retail_minor: r.get(2)?,
            })
        })?)
}

fn month_start(date: NaiveDate, months_back: u32) -> NaiveDate {
    let index = date.year() * 12 + date.month0() as i32 - months_back as i32;
    NaiveDate::from_ymd_opt(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1)
        .unwrap_or(date)
}

pub fn dashboard(conn: &Connection, today: NaiveDate) -> Result<Dashboard> {
    let currency = crate::settings::brand::get(conn)?.brand.currency;
    let today_text = today.to_string();
    let week_end = (today + Duration::days(7)).to_string();
    let (due_this_week, due_this_week_total) = due_items(
        conn,
        "x.due_date >= ?1 AND x.due_date < ?2",
        &[&today_text, &week_end],
        today,
    )?;
    let (overdue, overdue_total) = due_items(conn, "x.due_date < ?1", &[&today_text], today)?;
    let mut counts = std::collections::HashMap::new();
    for row in conn
        .prepare_cached("SELECT status, count(*) FROM deals GROUP BY status")?
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
    {
        let (status, count) = row?;
        counts.insert(DealStatus::from_db(&status), count);
    }
    let by_status = DealStatus::ALL
        .into_iter()
        .map(|status| StatusCount {
            status,
            count: counts.get(&status).copied().unwrap_or(0),
        })
        .collect();
    let this_month = month_start(today, 0);
    let next_month = month_start(today, 0)
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(today);
    let year_start = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
    let next_year = NaiveDate::from_ymd_opt(today.year() + 1, 1, 1).unwrap_or(today);
    let gifted_this_month = value_given(
        conn,
        &currency,
        &this_month.to_string(),
        &next_month.to_string(),
    )?;
    let gifted_this_year = value_given(
        conn,
        &currency,
        &year_start.to_string(),
        &next_year.to_string(),
    )?;

    let first = month_start(today, 11);
    let mut by_month = std::collections::HashMap::new();
    for row in conn
        .prepare_cached(
            "SELECT substr(handover_date, 1, 7), sum(items_cost_minor), sum(retail_minor)
             FROM deals
             WHERE handover_date IS NOT NULL AND handover_date >= ?1 AND handover_date < ?2
               AND currency = ?3
               AND status IN ('product_sent', 'content_due', 'posted', 'completed')
             GROUP BY 1",
        )?
        .query_map(
            params![first.to_string(), next_month.to_string(), currency],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            },
        )?
    {
        let (month, cost, retail) = row?;
        by_month.insert(month, (cost, retail));
    }
    let per_month = (0..12)
        .rev()
        .map(|back| {
            let month = month_start(today, back).format("%Y-%m").to_string();
            let (cost_minor, retail_minor) = by_month.get(&month).copied().unwrap_or((0, 0));
            MonthValue {
                month,
                cost_minor,
                retail_minor,
            }
        })
        .collect();

    let per_campaign = conn
        .prepare_cached(
            "SELECT campaign, count(*), coalesce(sum(reach), 0), coalesce(sum(clicks), 0),
                    coalesce(sum(redemptions), 0), coalesce(sum(walk_ins), 0),
                    coalesce(sum(revenue_minor), 0), coalesce(sum(cost_minor), 0)
             FROM deals WHERE campaign != '' AND currency = ?1
               AND status NOT IN ('declined', 'cancelled')
             GROUP BY campaign
             HAVING sum(reach) IS NOT NULL OR sum(revenue_minor) IS NOT NULL
                 OR sum(redemptions) IS NOT NULL OR sum(walk_ins) IS NOT NULL
             ORDER BY 7 DESC, 3 DESC LIMIT 8",
        )?
        .query_map([&currency], |r| {
            Ok(CampaignResult {
                campaign: r.get(0)?,
                deals: r.get(1)?,
                reach: r.get(2)?,
                clicks: r.get(3)?,
                redemptions: r.get(4)?,
                walk_ins: r.get(5)?,
                revenue_minor: r.get(6)?,
                cost_minor: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let top_creators = conn
        .prepare_cached(
            "SELECT d.creator_id, c.display_name, sum(d.cost_minor) AS cost,
                    sum(d.revenue_minor) AS revenue
             FROM deals d JOIN creators c ON c.id = d.creator_id
             WHERE d.revenue_minor IS NOT NULL AND d.currency = ?1
             GROUP BY d.creator_id HAVING cost > 0
             ORDER BY (revenue - cost) * 1.0 / cost DESC, revenue DESC LIMIT 5",
        )?
        .query_map([&currency], |r| {
            let cost: i64 = r.get(2)?;
            let revenue: i64 = r.get(3)?;
            Ok(CreatorReturn {
                creator_id: r.get(0)?,
                creator_name: r.get(1)?,
                cost_minor: cost,
                revenue_minor: revenue,
                return_on_cost: (revenue - cost) as f64 / cost as f64,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Dashboard {
        today: today_text,
        deals: counts.values().sum(),
        currency,
        due_this_week,
        due_this_week_total,
        overdue,
        overdue_total,
        by_status,
        gifted_this_month,
        gifted_this_year,
        per_month,
        per_campaign,
        top_creators,
        nudges: nudges(conn, today)?,
    })
}
