//! Loading the sample shop: a roster, two briefs addressed to sample creators and deals in
//! several states, for a first look and for demos; and generated rosters for measuring.

mod briefs;
mod data;
mod plans;
mod shop;

pub use briefs::briefs;
pub use data::{creators, deals, roster};
pub use shop::brand;

use chrono::{Duration, NaiveDate};
use rusqlite::Connection;

use crate::briefs as brief;
use crate::deals::{self as deal, DealInput, DeliverableInput, ItemInput, ResultsInput};
use crate::error::Result;
use crate::i18n::{self, msg, Lang};
use crate::roster;
use crate::settings::brand::Brand;
use crate::settings::{brand as shop_brand, prefs};
use crate::storage::Db;
use plans::{DealPlan, Source};

/// Adds the sample roster, two sample briefs addressed to sample creators and sample deals in
/// several states (dated around `today`), skipping what is already there. An empty brand
/// profile is filled with the sample shop; either way, everything is in the shop's currency
/// and the creators live in one town.
pub fn load_sample_roster(db: &mut Db, today: NaiveDate) -> Result<u32> {
    let current = shop_brand::get(db.conn())?.brand;
    let empty = current.shop_name.is_empty();
    // An empty profile writes to creators in the language the owner reads.
    let profile = if empty {
        Brand {
            language: i18n::owner(),
            ..brand()
        }
    } else {
        current
    };
    let (currency, lang) = (profile.currency.as_str(), profile.language);
    let added = db.with_tx(|tx| {
        let mut added = Vec::new();
        for input in roster(shop::town(currency, lang), currency, lang) {
            let draft = roster::validate(&input)?;
            if !is_taken(tx, &draft)? {
                added.push(roster::insert(tx, &draft, None)?);
            }
        }
        Ok(added)
    })?;
    if empty {
        shop_brand::save(db, &profile)?;
    }
    // The sample shop answers the first-run questions.
    prefs::mark_set_up(db.conn())?;
    if added.len() >= 8 {
        let day = |n: i64| today + Duration::days(n);
        let inputs = briefs::briefs_for(currency, lang, day(plans::LAUNCH), day(plans::MARKET));
        let mut briefs = Vec::new();
        for (i, input) in inputs.iter().enumerate() {
            let b = brief::create_brief(db, input)?;
            briefs.push(b.id);
            let picks: Vec<brief::RecipientInput> = added[i * 2..i * 2 + 2]
                .iter()
                .map(|&creator_id| brief::RecipientInput {
                    creator_id,
                    code: String::new(),
                })
                .collect();
            brief::set_recipients(db, b.id, &picks)?;
        }
        load_sample_deals(db, &added, &briefs, today)?;
    }
    Ok(added.len() as u32)
}

/// Adds `count` generated creators (believable names, handles, niches and cities) in one
/// transaction, skipping any whose handle is taken: for demos and for measuring a big roster.
pub fn load_generated_roster(db: &mut Db, count: usize) -> Result<u32> {
    db.with_tx(|tx| {
        let mut added = 0;
        for input in creators(count, 42) {
            let draft = roster::validate(&input)?;
            if is_taken(tx, &draft)? {
                continue;
            }
            roster::insert(tx, &draft, None)?;
            added += 1;
        }
        Ok(added)
    })
}

/// Whether any of the draft's handles already belongs to a creator.
fn is_taken(conn: &Connection, draft: &roster::Draft) -> Result<bool> {
    for h in &draft.handles {
        if roster::owner_of(conn, h.platform, &h.handle)?.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Adds the sample deals of [`plans::DEAL_PLANS`], dated around `today`.
fn load_sample_deals(
    db: &mut Db,
    creators: &[i64],
    briefs: &[i64],
    today: NaiveDate,
) -> Result<()> {
    let shop = shop_brand::get(db.conn())?.brand;
    let day = |n: i64| today + Duration::days(n);
    for plan in plans::DEAL_PLANS {
        let start = day(plan.start);
        let creator = creators[plan.creator];
        let mut input = plan_input(
            db,
            plan,
            creator,
            briefs,
            (&shop.currency, shop.language),
            today,
        )?;
        let created = deal::create_deal(db, &input, today)?;
        for &step in plan.steps {
            deal::set_status(db, created.id, step, "", start)?;
        }
        let given = deal::get(db.conn(), created.id)?.status.has_given();
        if given {
            input.handover_date = day(plan.given).to_string();
        }
        if let Some(posted) = plan.posted {
            for d in &mut input.deliverables {
                d.post_url = "https://www.instagram.com/p/sample/".into();
                d.posted_date = day(posted).to_string();
                d.disclosure_seen = true;
            }
            input.results = plan.results.map(results).unwrap_or_default();
            input.rating = plan.rating;
            input.work_again = plan.rating.map(|r| r >= 4);
        }
        if given || plan.posted.is_some() {
            deal::update_deal(db, created.id, &input, today)?;
        }
    }
    Ok(())
}

/// The deal as first offered: drafted from its brief (due on the brief's posting day), or a
/// plain winter-menu offer.
fn plan_input(
    db: &Db,
    plan: &DealPlan,
    creator_id: i64,
    briefs: &[i64],
    (currency, lang): (&str, Lang),
    today: NaiveDate,
) -> Result<DealInput> {
    let day = |n: i64| today + Duration::days(n);
    let start = day(plan.start);
    let mut input = match plan.source {
        Source::Brief(b) => deal::draft_from_brief(db.conn(), briefs[b], creator_id, start)?,
        Source::Offer(deliverables, due) => DealInput {
            creator_id,
            campaign: msg::sample_winter_campaign(lang),
            currency: currency.to_string(),
            start_date: start.to_string(),
            discount_code: brief::code_from_name(&roster::get(db.conn(), creator_id)?.display_name),
            deliverables: deliverables
                .iter()
                .map(|label| DeliverableInput {
                    label: label(lang),
                    due_date: day(due).to_string(),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        },
    };
    input.kinds = vec![plan.kind];
    input.items = plan
        .items
        .iter()
        .map(|&(name, cost, retail)| ItemInput {
            name: name(lang),
            quantity: "1".into(),
            unit_cost: cost.into(),
            unit_retail: retail.into(),
        })
        .collect();
    input.fee = plan.fee.into();
    input.commission_percent = plan.commission.into();
    Ok(input)
}

fn results([reach, likes, clicks, codes, walk_ins, revenue]: [&str; 6]) -> ResultsInput {
    ResultsInput {
        reach: reach.into(),
        likes: likes.into(),
        comments: "48".into(),
        shares: "31".into(),
        clicks: clicks.into(),
        redemptions: codes.into(),
        walk_ins: walk_ins.into(),
        revenue: revenue.into(),
        ..ResultsInput::default()
    }
}
