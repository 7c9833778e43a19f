//! Home's figures, one query each, over the deals tables (read only), in the shop's currency.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection};

use super::model::{CampaignResult, CreatorReturn, DueItem, MonthValue, StatusCount, ValueGiven};
use crate::deals::{open_sql, statuses, DealStatus, SHOWN};
use crate::error::Result;

/// The open deliverables due where `condition` holds (the last value is the end of the range),
/// the first `SHOWN` soonest first, and how many there are in all.
pub(super) fn due_items(
    conn: &Connection,
    condition: &str,
    values: &[&dyn rusqlite::ToSql],
    today: NaiveDate,
) -> Result<(Vec<DueItem>, i64)> {
    // Only deals whose earliest open due date is in range can have a deliverable in range.
    let from = format!(
        "FROM deals d CROSS JOIN deal_deliverables x ON x.deal_id = d.id
         JOIN creators c ON c.id = d.creator_id
         WHERE coalesce(d.next_due, '9999-12-31') < ?{last} AND {open}
           AND x.posted_date IS NULL AND x.due_date IS NOT NULL AND {condition}",
        last = values.len(),
        open = open_sql(),
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

/// How many deals there are in each status, every status listed.
pub(super) fn by_status(conn: &Connection) -> Result<Vec<StatusCount>> {
    let mut counts = HashMap::new();
    for row in conn
        .prepare_cached("SELECT status, count(*) FROM deals GROUP BY status")?
        .query_map([], |r| {
            Ok((r.get::<_, DealStatus>(0)?, r.get::<_, i64>(1)?))
        })?
    {
        let (status, count) = row?;
        counts.insert(status, count);
    }
    Ok(DealStatus::ALL
        .into_iter()
        .map(|status| StatusCount {
            status,
            count: counts.get(&status).copied().unwrap_or(0),
        })
        .collect())
}

/// What was given (product sent or visit made) with a hand-over from `from` up to `to`.
pub(super) fn value_given(
    conn: &Connection,
    currency: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<ValueGiven> {
    let given = statuses(DealStatus::has_given);
    Ok(conn
        .prepare_cached(&format!(
            "SELECT count(*), coalesce(sum(items_cost_minor), 0), coalesce(sum(retail_minor), 0)
             FROM deals
             WHERE handover_date IS NOT NULL AND handover_date >= ?1 AND handover_date < ?2
               AND currency = ?3
               AND status IN ({given})"
        ))?
        .query_row(params![from.to_string(), to.to_string(), currency], |r| {
            Ok(ValueGiven {
                deals: r.get(0)?,
                cost_minor: r.get(1)?,
                retail_minor: r.get(2)?,
            })
        })?)
}

/// The first day of the month `months_back` months before `date`'s.
pub(super) fn month_start(date: NaiveDate, months_back: u32) -> NaiveDate {
    let index = date.year() * 12 + date.month0() as i32 - months_back as i32;
    NaiveDate::from_ymd_opt(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1)
        .unwrap_or(date)
}

/// What was given in each of the twelve months up to `today`'s, oldest first, months with
/// nothing included.
pub(super) fn per_month(
    conn: &Connection,
    currency: &str,
    today: NaiveDate,
    next_month: NaiveDate,
) -> Result<Vec<MonthValue>> {
    let given = statuses(DealStatus::has_given);
    let first = month_start(today, 11);
    let mut by_month = HashMap::new();
    for row in conn
        .prepare_cached(&format!(
            "SELECT substr(handover_date, 1, 7), sum(items_cost_minor), sum(retail_minor)
             FROM deals
             WHERE handover_date IS NOT NULL AND handover_date >= ?1 AND handover_date < ?2
               AND currency = ?3
               AND status IN ({given})
             GROUP BY 1"
        ))?
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
    Ok((0..12)
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
        .collect())
}

/// The campaigns that brought the most, with their results, at most eight.
pub(super) fn per_campaign(conn: &Connection, currency: &str) -> Result<Vec<CampaignResult>> {
    Ok(conn
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
        .query_map([currency], |r| {
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
        .collect::<rusqlite::Result<_>>()?)
}

/// The five creators whose deals returned the most for what they cost.
pub(super) fn top_creators(conn: &Connection, currency: &str) -> Result<Vec<CreatorReturn>> {
    Ok(conn
        .prepare_cached(
            "SELECT d.creator_id, c.display_name, sum(d.cost_minor) AS cost,
                    sum(d.revenue_minor) AS revenue
             FROM deals d JOIN creators c ON c.id = d.creator_id
             WHERE d.revenue_minor IS NOT NULL AND d.currency = ?1
             GROUP BY d.creator_id HAVING cost > 0
             ORDER BY (revenue - cost) * 1.0 / cost DESC, revenue DESC LIMIT 5",
        )?
        .query_map([currency], |r| {
            let cost: i64 = r.get(2)?;
            let revenue: i64 = r.get(3)?;
            Ok(CreatorReturn {
                creator_id: r.get(0)?,
                creator_name: r.get(1)?,
                cost_minor: cost,
                revenue_minor: revenue,
                return_on_cost: (revenue as f64 - cost as f64) / cost as f64,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}
