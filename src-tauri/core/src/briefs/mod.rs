//! Influencer briefs: what the shop asks of creators, written once and personalized per
//! creator. This area owns the `briefs` and `brief_recipients` tables (only `store` writes
//! them), the one-page PDF, and handing the brief over (file names, email drafts).

pub mod export;
pub mod handoff;
mod model;
pub mod pdf;
mod personalize;
mod store;
mod validate;

pub use model::{
    parse_when, Brief, BriefInput, BriefSummary, Milestone, Recipient, RecipientInput, When,
};
pub use personalize::{code_from_name, personalize, PLACEHOLDERS};
pub use store::{get, get_without_recipients, list, recipient};
pub(crate) use validate::normalize_code;
pub use validate::{validate, MAX_MILESTONES};

use crate::error::Result;
use crate::roster;
use crate::storage::db::Db;

pub fn create_brief(db: &mut Db, input: &BriefInput) -> Result<Brief> {
    let brief = validate(input)?;
    db.with_tx(|tx| {
        let id = store::write(tx, None, &brief)?;
        get(tx, id)
    })
}

pub fn update_brief(db: &mut Db, id: i64, input: &BriefInput) -> Result<Brief> {
    let brief = validate(input)?;
    db.with_tx(|tx| {
        store::write(tx, Some(id), &brief)?;
        get(tx, id)
    })
}

/// A copy to start the next campaign from: same content, no recipients, not archived.
pub fn duplicate_brief(db: &mut Db, id: i64) -> Result<Brief> {
    db.with_tx(|tx| {
        let mut content = get(tx, id)?.content;
        content.campaign = format!("Copy of {}", content.campaign)
            .chars()
            .take(120)
            .collect();
        let copy = store::write(tx, None, &content)?;
        get(tx, copy)
    })
}

pub fn set_archived(db: &mut Db, id: i64, archived: bool) -> Result<Brief> {
    db.with_tx(|tx| {
        store::set_archived(tx, id, archived)?;
        get(tx, id)
    })
}

/// Addresses the brief to these creators, in this order. Blank codes are made from names;
/// codes are unique within the brief.
pub fn set_recipients(db: &mut Db, id: i64, input: &[RecipientInput]) -> Result<Brief> {
    db.with_tx(|tx| {
        get_without_recipients(tx, id)?;
        let names = input
            .iter()
            .map(|r| roster::get(tx, r.creator_id).map(|c| c.display_name))
            .collect::<Result<Vec<_>>>()?;
        let chosen = validate::recipients(input, &names)?;
        store::replace_recipients(tx, id, &chosen)?;
        get(tx, id)
    })
}
