//! Loading the sample shop: a roster, two briefs addressed to sample creators and deals in
//! several states, for a first look and for demos; and generated rosters for measuring.

mod data;

pub use data::{brand, briefs, creators, deals, roster};

use chrono::NaiveDate;

use crate::briefs as brief;
use crate::deals as deal;
use crate::error::Result;
use crate::roster;
use crate::settings::{brand as shop_brand, prefs};
use crate::storage::Db;

/// Adds the sample roster, two sample briefs addressed to sample creators and sample deals in
/// several states (dated around `today`), skipping what is already there, and fills an empty
/// brand profile with a sample shop. Returns how many creators were added.
pub fn load_sample_roster(db: &mut Db, today: NaiveDate) -> Result<u32> {
    db.with_tx(|tx| {
        let mut added = Vec::new();
        for input in roster() {
            let draft = roster::validate(&input)?;
            let taken = draft
                .handles
                .iter()
                .map(|h| roster::owner_of(tx, h.platform, &h.handle))
                .collect::<Result<Vec<_>>>()?
                .into_iter()
                .any(|owner| owner.is_some());
            if !taken {
                added.push(roster::insert(tx, &draft, None)?);
            }
        }
        Ok(added)
    })
    .and_then(|added| {
        let current = shop_brand::get(db.conn())?.brand;
        if current.shop_name.is_empty() {
            shop_brand::save(db, &brand())?;
        }
        // The sample shop answers the first-run questions.
        prefs::mark_set_up(db.conn())?;
        if added.len() >= 8 {
            let mut briefs = Vec::new();
            for (i, input) in data::briefs().iter().enumerate() {
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
    })
}

/// Adds `count` generated creators (believable names, handles, niches and cities) in one
/// transaction, skipping any whose handle is taken: for demos and for measuring a big roster.
pub fn load_generated_roster(db: &mut Db, count: usize) -> Result<u32> {
    db.with_tx(|tx| {
        let mut added = 0;
        for input in creators(count, 42) {
            let draft = roster::validate(&input)?;
            let mut owners = draft
                .handles
                .iter()
                .map(|h| roster::owner_of(tx, h.platform, &h.handle));
            if owners.try_fold(false, |taken, o| o.map(|o| taken || o.is_some()))? {
                continue;
            }
            roster::insert(tx, &draft, None)?;
            added += 1;
        }
        Ok(added)
    })
}

/// One deal in each state a shop meets: completed with results, posted, waiting for a post a
/// week after the product went out (a reminder is due), overdue, agreed, proposed, declined.
fn load_sample_deals(
    db: &mut Db,
    creators: &[i64],
    briefs: &[i64],
    today: NaiveDate,
) -> Result<()> {
    use deal::{DealKind, DealStatus::*, ItemInput, ResultsInput};
    let day = |n: i64| (today + chrono::Duration::days(n)).to_string();
    let item = |name: &str, cost: &str, retail: &str| ItemInput {
        name: name.into(),
        quantity: "1".into(),
        unit_cost: cost.into(),
        unit_retail: retail.into(),
    };
    struct Plan {
        creator: usize,
        brief: Option<usize>,
        kind: DealKind,
        start: i64,
        items: Vec<ItemInput>,
        fee: &'static str,
        commission: &'static str,
        steps: Vec<deal::DealStatus>,
        due: i64,
        posted: Option<i64>,
        results: ResultsInput,
        rating: Option<u8>,
    }
    let results =
        |reach: &str, likes: &str, clicks: &str, codes: &str, walk_ins: &str, revenue: &str| {
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
        };
    let plans = [
        Plan {
            creator: 0,
            brief: Some(0),
            kind: DealKind::Gifting,
            start: -40,
            items: vec![
                item("Oat latte bag, 250 g", "4.20", "12.90"),
                item("Tasting flight for two", "6.50", "18.00"),
            ],
            fee: "",
            commission: "",
            steps: vec![Agreed, ProductSent, Posted, Completed],
            due: -20,
            posted: Some(-22),
            results: results("8400", "620", "96", "14", "9", "212.40"),
            rating: Some(5),
        },
        Plan {
            creator: 1,
            brief: Some(0),
            kind: DealKind::Visit,
            start: -16,
            items: vec![item("Spend allowance", "8.00", "25.00")],
            fee: "",
            commission: "",
            steps: vec![Agreed, ProductSent, Posted],
            due: -8,
            posted: Some(-9),
            results: results("3100", "240", "", "6", "11", "96.50"),
            rating: None,
        },
        Plan {
            creator: 2,
            brief: Some(1),
            kind: DealKind::Gifting,
            start: -12,
            items: vec![item("Knit scarf", "19.00", "59.00")],
            fee: "",
            commission: "",
            steps: vec![Agreed, ProductSent],
            due: 3,
            posted: None,
            results: ResultsInput::default(),
            rating: None,
        },
        Plan {
            creator: 3,
            brief: Some(1),
            kind: DealKind::Barter,
            start: -20,
            items: vec![item("Vintage denim jacket", "22.00", "75.00")],
            fee: "",
            commission: "",
            steps: vec![Agreed, ContentDue],
            due: -2,
            posted: None,
            results: ResultsInput::default(),
            rating: None,
        },
        Plan {
            creator: 4,
            brief: None,
            kind: DealKind::Affiliate,
            start: -3,
            items: vec![],
            fee: "",
            commission: "10",
            steps: vec![Agreed],
            due: 5,
            posted: None,
            results: ResultsInput::default(),
            rating: None,
        },
        Plan {
            creator: 5,
            brief: None,
            kind: DealKind::Paid,
            start: -1,
            items: vec![],
            fee: "150",
            commission: "",
            steps: vec![],
            due: 14,
            posted: None,
            results: ResultsInput::default(),
            rating: None,
        },
        Plan {
            creator: 6,
            brief: None,
            kind: DealKind::Gifting,
            start: -30,
            items: vec![item("Brunch for two", "14.00", "42.00")],
            fee: "",
            commission: "",
            steps: vec![Declined],
            due: -10,
            posted: None,
            results: ResultsInput::default(),
            rating: None,
        },
    ];
    let currency = shop_brand::get(db.conn())?.brand.currency;
    for plan in plans {
        let creator_id = creators[plan.creator];
        let start = today + chrono::Duration::days(plan.start);
        let mut input = match plan.brief {
            Some(b) => deal::draft_from_brief(db.conn(), briefs[b], creator_id, start)?,
            None => deal::DealInput {
                creator_id,
                campaign: "Winter menu".into(),
                currency: currency.clone(),
                start_date: start.to_string(),
                discount_code: brief::code_from_name(
                    &roster::get(db.conn(), creator_id)?.display_name,
                ),
                deliverables: vec![deal::DeliverableInput {
                    label: "1 Instagram Reel".into(),
                    ..Default::default()
                }],
                ..Default::default()
            },
        };
        input.kinds = vec![plan.kind];
        input.items = plan.items;
        input.fee = plan.fee.into();
        input.commission_percent = plan.commission.into();
        for d in &mut input.deliverables {
            d.due_date = day(plan.due);
        }
        let created = deal::create_deal(db, &input, today)?;
        for step in plan.steps {
            deal::set_status(db, created.id, step, "", start)?;
        }
        let given = deal::get(db.conn(), created.id)?.status.has_given();
        if given {
            input.handover_date = day(plan.start + 1);
        }
        if let Some(posted) = plan.posted {
            for d in &mut input.deliverables {
                d.post_url = "https://www.instagram.com/p/sample/".into();
                d.posted_date = day(posted);
                d.disclosure_seen = true;
            }
            input.results = plan.results;
            input.rating = plan.rating;
            input.work_again = plan.rating.map(|r| r >= 4);
        }
        if given || plan.posted.is_some() {
            deal::update_deal(db, created.id, &input, today)?;
        }
    }
    Ok(())
}
