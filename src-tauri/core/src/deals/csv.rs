//! CSV exports of deals and of gifted items, for the bookkeeper.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::figures::line_total;
use crate::deals::{self as deal, DealQuery, DealSort, DealStatus};
use crate::error::Result;
use crate::files::write_atomically;
use crate::i18n::{self, msg, Lang};
use crate::spreadsheet;
use crate::storage::db::Db;
use crate::text::minor_to_decimal;

/// The deals export's column headers, in order.
const DEAL_HEADERS: [fn(Lang) -> String; 29] = [
    msg::deals_csv_creator,
    msg::deals_csv_campaign,
    msg::deals_csv_kind,
    msg::deals_csv_status,
    msg::deals_csv_start_date,
    msg::deals_csv_handover_date,
    msg::deals_csv_next_due,
    msg::deals_csv_last_posted,
    msg::deals_csv_currency,
    msg::deals_csv_items_cost,
    msg::deals_csv_items_retail,
    msg::deals_csv_fee,
    msg::deals_csv_commission_percent,
    msg::deals_csv_commission,
    msg::deals_csv_shipping,
    msg::deals_csv_total_cost,
    msg::deals_csv_discount_code,
    msg::deals_csv_tracking_link,
    msg::deals_csv_reach,
    msg::deals_csv_impressions,
    msg::deals_csv_likes,
    msg::deals_csv_comments,
    msg::deals_csv_shares,
    msg::deals_csv_saves,
    msg::deals_csv_link_clicks,
    msg::deals_csv_redemptions,
    msg::deals_csv_walk_ins,
    msg::deals_csv_revenue,
    msg::deals_csv_return_percent,
];

/// The gifted-items export's column headers, in order.
const GIFT_HEADERS: [fn(Lang) -> String; 10] = [
    msg::deals_csv_date,
    msg::deals_csv_creator,
    msg::deals_csv_campaign,
    msg::deals_csv_item,
    msg::deals_csv_quantity,
    msg::deals_csv_unit_cost,
    msg::deals_csv_unit_retail,
    msg::deals_csv_cost,
    msg::deals_csv_retail,
    msg::deals_csv_currency,
];

/// Headers in `lang`.
fn headers(all: &[fn(Lang) -> String], lang: Lang) -> Vec<String> {
    all.iter().map(|header| header(lang)).collect()
}

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
    let lang = i18n::owner();
    let mut w = spreadsheet::writer(out)?;
    w.row(headers(&DEAL_HEADERS, lang))?;
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
        let kinds: Vec<String> = d.kinds.iter().map(|k| k.label(lang)).collect();
        let f = &d.figures;
        let r = &d.results;
        w.row([
            d.creator_name.clone(),
            d.campaign.clone(),
            kinds.join(" + "),
            d.status.label(lang),
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
    w.row(headers(&GIFT_HEADERS, i18n::owner()))?;
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
