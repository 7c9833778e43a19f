//! CSV exports of deals and of gifted items, for the bookkeeper.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::figures::line_total;
use crate::deals::{self as deal, DealQuery, DealSort, DealStatus};
use crate::error::Result;
use crate::files::write_atomically;
use crate::spreadsheet;
use crate::storage::db::Db;
use crate::text::minor_to_decimal;

pub const DEAL_HEADERS: &[&str] = &[
    "Creator",
    "Campaign",
    "Kind",
    "Status",
    "Start date",
    "Hand-over date",
    "Next due",
    "Last posted",
    "Currency",
    "Items at cost",
    "Items at retail",
    "Fee",
    "Commission %",
    "Commission",
    "Shipping",
    "Total cost",
    "Discount code",
    "Tracking link",
    "Reach",
    "Impressions",
    "Likes",
    "Comments",
    "Shares",
    "Saves",
    "Link clicks",
    "Code redemptions",
    "Walk-ins",
    "Revenue",
    "Return on cost %",
];

pub const GIFT_HEADERS: &[&str] = &[
    "Date",
    "Creator",
    "Campaign",
    "Item",
    "Quantity",
    "Unit cost",
    "Unit retail value",
    "Cost",
    "Retail value",
    "Currency",
];

/// Calls `f` with every deal in the query's filters (its window ignored), in its order.
fn for_each_deal(
    db: &Db,
    query: &DealQuery,
    today: NaiveDate,
    mut f: impl FnMut(deal::Deal) -> Result<()>,
) -> Result<()> {
    let mut offset = 0;
    loop {
        let page = deal::list(
            db.conn(),
            &DealQuery {
                offset,
                limit: deal::MAX_PAGE,
                ..query.clone()
            },
            today,
        )?;
        let n = page.rows.len() as u32;
        for row in page.rows {
            f(deal::get(db.conn(), row.id)?)?;
        }
        if n < deal::MAX_PAGE {
            return Ok(());
        }
        offset += n;
    }
}

/// One row per deal: who, what, when, what it cost and what it brought. Returns the row count.
pub fn export_deals(
    db: &Db,
    query: &DealQuery,
    today: NaiveDate,
    out: &mut dyn Write,
) -> Result<u32> {
    let mut w = spreadsheet::writer(out)?;
    w.row(DEAL_HEADERS)?;
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    let mut rows = 0;
    for_each_deal(db, query, today, |d| {
        let next_due = d
            .deliverables
            .iter()
            .filter(|x| x.posted_date.is_none())
            .filter_map(|x| x.due_date.clone())
            .min()
            .unwrap_or_default();
        let last_posted = d
            .deliverables
            .iter()
            .filter_map(|x| x.posted_date.clone())
            .max()
            .unwrap_or_default();
        let kinds: Vec<&str> = d.kinds.iter().map(|k| k.as_str()).collect();
        let f = &d.figures;
        let r = &d.results;
        w.row([
            d.creator_name.clone(),
            d.campaign.clone(),
            kinds.join(" + "),
            d.status.label().to_string(),
            d.start_date.clone(),
            d.handover_date.clone().unwrap_or_default(),
            next_due,
            last_posted,
            d.currency.clone(),
            minor_to_decimal(f.items_cost_minor),
            minor_to_decimal(f.retail_minor),
            minor_to_decimal(d.fee_minor),
            minor_to_decimal(d.commission_bp),
            minor_to_decimal(f.commission_minor),
            minor_to_decimal(d.shipping_minor),
            minor_to_decimal(f.cost_minor),
            d.discount_code.clone(),
            d.tracking_link.clone(),
            opt(r.reach),
            opt(r.impressions),
            opt(r.likes),
            opt(r.comments),
            opt(r.shares),
            opt(r.saves),
            opt(r.clicks),
            opt(r.redemptions),
            opt(r.walk_ins),
            r.revenue_minor.map(minor_to_decimal).unwrap_or_default(),
            f.return_on_cost
                .map(|x| format!("{:.1}", x * 100.0))
                .unwrap_or_default(),
        ])?;
        rows += 1;
        Ok(())
    })?;
    w.finish()?;
    Ok(rows)
}

/// One row per item given: only deals where the product was sent or the visit took place,
/// dated by the hand-over. Returns the row count.
pub fn export_gifts(
    db: &Db,
    query: &DealQuery,
    today: NaiveDate,
    out: &mut dyn Write,
) -> Result<u32> {
    let mut w = spreadsheet::writer(out)?;
    w.row(GIFT_HEADERS)?;
    let mut rows = 0;
    let by_date = DealQuery {
        sort: DealSort::Newest,
        ..query.clone()
    };
    for_each_deal(db, &by_date, today, |d| {
        if !d.status.has_given() && d.status != DealStatus::Cancelled {
            return Ok(());
        }
        let Some(date) = d.handover_date.clone() else {
            return Ok(());
        };
        for item in &d.items {
            w.row([
                date.clone(),
                d.creator_name.clone(),
                d.campaign.clone(),
                item.name.clone(),
                item.quantity.to_string(),
                minor_to_decimal(item.unit_cost_minor),
                minor_to_decimal(item.unit_retail_minor),
                minor_to_decimal(line_total(item.quantity, item.unit_cost_minor)?),
                minor_to_decimal(line_total(item.quantity, item.unit_retail_minor)?),
                d.currency.clone(),
            ])?;
            rows += 1;
        }
        Ok(())
    })?;
    w.finish()?;
    Ok(rows)
}

pub fn export_deals_to_path(
    db: &Db,
    query: &DealQuery,
    today: NaiveDate,
    path: &Path,
) -> Result<u32> {
    write_atomically(path, |out| export_deals(db, query, today, out))
}

pub fn export_gifts_to_path(
    db: &Db,
    query: &DealQuery,
    today: NaiveDate,
    path: &Path,
) -> Result<u32> {
    write_atomically(path, |out| export_gifts(db, query, today, out))
}
