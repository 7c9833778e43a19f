//! Deals with creators: what the shop gives, what the creator delivers, how the deal moves from
//! offer to results, and the figures derived from it. This file holds the operations the app
//! and the command line call, each checked and in one transaction.

mod creator;
pub mod csv;
mod figures;
mod list;
mod model;
mod nudges;
mod store;
mod validate;

pub use creator::{creator_deals, CreatorDeals, Feedback, ResultTotals};
pub use figures::{figures, tracking_link};
pub(crate) use list::open_sql;
pub use list::{
    board, campaigns, list, list_sql, BoardColumn, DealPage, DealQuery, DealRow, DealSort, ListSql,
    MAX_PAGE, SHOWN,
};
pub use model::{
    Deal, DealInput, DealKind, DealStatus, Deliverable, DeliverableInput, Draft, Figures,
    HistoryEntry, Item, ItemInput, Results, ResultsInput,
};
pub use nudges::{mark_nudged, nudge_message, nudges, Nudge, NUDGE_DAYS};
pub(crate) use store::statuses;
pub use store::{count_for_creator, of_brief};
pub use validate::{is_web_url, validate, MAX_DELIVERABLES, MAX_ITEMS};

use chrono::NaiveDate;
use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::files::now;
use crate::i18n::{msg, owner};
use crate::roster;
use crate::storage::db::Db;
use store::Keep;
use validate::parse_date;

/// A deal with everything derived from it: the creator's handle, the figures and the link.
pub fn get(conn: &Connection, id: i64) -> Result<Deal> {
    let mut deal = store::read(conn, id)?;
    let (handle, followers) = store::creator_on(conn, deal.creator_id, deal.platform)?;
    deal.creator_handle = handle;
    deal.figures = figures(
        &deal.items,
        deal.fee_minor,
        deal.commission_bp,
        deal.shipping_minor,
        &deal.results,
        followers,
    )?;
    let website = crate::settings::brand::get(conn)?.brand.website;
    deal.tracking_link = figures::link_for(&deal, &website);
    Ok(deal)
}

/// Stores a checked deal once its creator and brief are known to exist, with the figures the
/// list and Home read from the row.
fn save(conn: &Connection, id: Option<i64>, draft: &Draft, keep: Option<Keep>) -> Result<i64> {
    roster::get(conn, draft.creator_id)
        .map_err(|_| Error::invalid("creator_id", msg::error_deal_creator_gone(owner())))?;
    if let Some(brief_id) = draft.brief_id {
        crate::briefs::get(conn, brief_id)
            .map_err(|_| Error::invalid("brief_id", msg::error_deal_brief_gone(owner())))?;
    }
    let (_, followers) = store::creator_on(conn, draft.creator_id, draft.platform)?;
    let f = figures(
        &draft.items,
        draft.fee_minor,
        draft.commission_bp,
        draft.shipping_minor,
        &draft.results,
        followers,
    )?;
    store::write(conn, id, draft, &f, keep)
}

pub fn create_deal(db: &mut Db, input: &DealInput, today: NaiveDate) -> Result<Deal> {
    let draft = validate(input, today)?;
    db.with_tx(|tx| {
        let id = save(tx, None, &draft, None)?;
        store::add_history(tx, id, None, DealStatus::Proposed, "", &now())?;
        get(tx, id)
    })
}

pub fn update_deal(db: &mut Db, id: i64, input: &DealInput, today: NaiveDate) -> Result<Deal> {
    let draft = validate(input, today)?;
    db.with_tx(|tx| {
        save(tx, Some(id), &draft, None)?;
        get(tx, id)
    })
}

/// Moves a deal to another status, keeping the change in its history. Sending the product
/// fills in the hand-over date when it is blank.
pub fn set_status(
    db: &mut Db,
    id: i64,
    to: DealStatus,
    note: &str,
    today: NaiveDate,
) -> Result<Deal> {
    let note = note.trim();
    if note.chars().count() > 2000 {
        return Err(Error::invalid(
            "note",
            msg::ErrorNoteTooLong { max: 2000.into() }.text(owner()),
        ));
    }
    db.with_tx(|tx| {
        let deal = get(tx, id)?;
        if !deal.status.next().contains(&to) {
            let lang = owner();
            return Err(Error::Conflict(
                msg::ErrorDealMove {
                    from: deal.status.label(lang).into(),
                    to: to.label(lang).into(),
                }
                .text(lang),
            ));
        }
        store::set_status(tx, id, to, today)?;
        store::add_history(tx, id, Some(deal.status), to, note, &now())?;
        get(tx, id)
    })
}

/// Stores an already checked deal with the given status in the caller's transaction, for
/// imports and generated data. Returns its id.
pub fn insert_draft(conn: &Connection, draft: &Draft, status: DealStatus) -> Result<i64> {
    let stamp = now();
    let keep = Keep {
        status,
        nudged_day: 0,
        created_at: &stamp,
        updated_at: &stamp,
    };
    let id = save(conn, None, draft, Some(keep))?;
    store::add_history(conn, id, None, status, "", &stamp)?;
    Ok(id)
}

pub fn delete_deal(db: &mut Db, id: i64) -> Result<Deal> {
    db.with_tx(|tx| {
        let deal = get(tx, id)?;
        store::delete(tx, id)?;
        Ok(deal)
    })
}

/// The draft a stored deal was made from, to store it again.
fn draft_of(deal: &Deal) -> Draft {
    Draft {
        creator_id: deal.creator_id,
        brief_id: deal.brief_id,
        campaign: deal.campaign.clone(),
        kinds: deal.kinds.clone(),
        platform: deal.platform,
        currency: deal.currency.clone(),
        fee_minor: deal.fee_minor,
        commission_bp: deal.commission_bp,
        shipping_minor: deal.shipping_minor,
        start_date: parse_date(&deal.start_date).unwrap_or_default(),
        handover_date: deal.handover_date.as_deref().and_then(parse_date),
        visit_at: deal.visit_at.clone(),
        discount_code: deal.discount_code.clone(),
        landing_url: deal.landing_url.clone(),
        items: deal.items.clone(),
        deliverables: deal.deliverables.clone(),
        results: deal.results.clone(),
        rating: deal.rating,
        work_again: deal.work_again,
        feedback: deal.feedback.clone(),
        notes: deal.notes.clone(),
    }
}

/// Puts back a deal removed by [`delete_deal`], with its id, status, history and dates.
pub fn restore_deal(db: &mut Db, deal: &Deal) -> Result<Deal> {
    db.with_tx(|tx| {
        if get(tx, deal.id).is_ok() {
            return Err(Error::Conflict(msg::error_deal_already_there(owner())));
        }
        let keep = Keep {
            status: deal.status,
            nudged_day: deal.nudged_day,
            created_at: &deal.created_at,
            updated_at: &deal.updated_at,
        };
        let id = save(tx, Some(deal.id), &draft_of(deal), Some(keep))?;
        for h in &deal.history {
            store::add_history(tx, id, h.from, h.to, &h.note, &h.at)?;
        }
        get(tx, id)
    })
}

/// The brief's posting step: the last one named for posting or going live, else the last.
pub fn posting_step(brief: &crate::briefs::BriefInput) -> Option<&crate::briefs::Milestone> {
    brief
        .timeline
        .iter()
        .rev()
        .find(|m| {
            let label = m.label.to_lowercase();
            ["post", "live", "publish"]
                .iter()
                .any(|w| label.contains(w))
        })
        .or(brief.timeline.last())
}

/// A new deal for a creator named in a brief: campaign, deliverables (due on the brief's
/// posting step, or its last step), the creator's code and main platform filled in.
pub fn draft_from_brief(
    conn: &Connection,
    brief_id: i64,
    creator_id: i64,
    today: NaiveDate,
) -> Result<DealInput> {
    let brief = crate::briefs::get(conn, brief_id)?;
    let creator = roster::get(conn, creator_id)?;
    let due = posting_step(&brief.content)
        .and_then(|m| crate::briefs::parse_when(&m.when))
        .map(|w| w.sort_key())
        .filter(|d| *d >= today)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let code = brief
        .recipients
        .iter()
        .find(|r| r.creator_id == creator_id)
        .map(|r| r.code.clone())
        .unwrap_or_else(|| crate::briefs::code_from_name(&creator.display_name));
    let platform = creator.main_handle().map(|h| h.platform);
    Ok(DealInput {
        creator_id,
        brief_id: Some(brief_id),
        campaign: brief.content.campaign.clone(),
        kinds: vec![DealKind::Gifting],
        platform,
        currency: crate::settings::brand::get(conn)?.brand.currency,
        start_date: today.to_string(),
        discount_code: code,
        deliverables: brief
            .content
            .deliverables
            .iter()
            .map(|label| DeliverableInput {
                label: label.clone(),
                due_date: due.clone(),
                ..DeliverableInput::default()
            })
            .collect(),
        ..DealInput::default()
    })
}
