//! A creator's page: their deals, the barter balance (what they received against what they
//! still owe), the results they brought and the feedback noted.

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::list::{list, DealQuery, DealRow, MAX_PAGE};
use super::model::DealStatus;
use super::store::statuses;
use crate::error::Result;
use crate::roster;

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
    let (given_cost_minor, given_retail_minor, results) = totals(conn, creator_id, &currency)?;
    let deliverables_owed = deals
        .iter()
        .filter(|d| d.status.is_open())
        .map(|d| d.open_deliverables)
        .sum();
    let overdue = deals.iter().filter(|d| d.overdue).count() as i64;
    Ok(CreatorDeals {
        feedback: feedback(conn, creator_id)?,
        deals,
        currency,
        given_cost_minor,
        given_retail_minor,
        deliverables_owed,
        overdue,
        results,
    })
}

/// What the creator received (at cost, at retail) and what their deals brought, in `currency`.
fn totals(conn: &Connection, creator_id: i64, currency: &str) -> Result<(i64, i64, ResultTotals)> {
    let given = statuses(DealStatus::has_given);
    Ok(conn.query_row(
        &format!(
            "SELECT
            coalesce(sum(CASE WHEN status IN ({given}) THEN items_cost_minor END), 0),
            coalesce(sum(CASE WHEN status IN ({given}) THEN retail_minor END), 0),
            coalesce(sum(reach), 0), coalesce(sum(clicks), 0), coalesce(sum(redemptions), 0),
            coalesce(sum(walk_ins), 0), coalesce(sum(revenue_minor), 0)
         FROM deals WHERE creator_id = ?1 AND currency = ?2"
        ),
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
    )?)
}

/// The ratings and notes from the creator's deals, newest first.
fn feedback(conn: &Connection, creator_id: i64) -> Result<Vec<Feedback>> {
    Ok(conn
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
        .collect::<rusqlite::Result<_>>()?)
}
