//! The sample shop's deals, one in each state a shop meets: completed with results, posted,
//! waiting for a post after the product went out (reminders are due), agreed and overdue,
//! proposed, declined. Days count from the day the sample is loaded.

use crate::deals::{DealKind, DealStatus, DealStatus::*};
use crate::i18n::{msg, Lang};
use Source::{Brief, Offer};

/// The oat latte Reels went live nine days ago; the courtyard market is in three days. The
/// briefs' timelines are built around these days and the deals from them are due on them.
pub(super) const LAUNCH: i64 = -9;
pub(super) const MARKET: i64 = 3;

pub(super) struct DealPlan {
    /// Index into the sample creators that were added.
    pub creator: usize,
    pub source: Source,
    pub kind: DealKind,
    pub start: i64,
    /// The day the product went out or the creator visited, once the status says it did.
    pub given: i64,
    /// Name (a message), cost to the shop and retail value of each item.
    pub items: &'static [(Text, &'static str, &'static str)],
    pub fee: &'static str,
    pub commission: &'static str,
    pub steps: &'static [DealStatus],
    pub posted: Option<i64>,
    /// Reach, likes, link clicks, code redemptions, walk-ins and revenue of a posted deal.
    pub results: Option<[&'static str; 6]>,
    pub rating: Option<u8>,
}

pub(super) enum Source {
    /// Drafted from the sample brief at this index: its campaign, its deliverables, due on its
    /// posting day.
    Brief(usize),
    /// A plain winter-menu offer asking for these deliverables, due on this day.
    Offer(&'static [Text], i64),
}

/// A text of the sample, in the shop's language.
pub(super) type Text = fn(Lang) -> String;

const REEL: &[Text] = &[msg::sample_deliverable_reel];

pub(super) const DEAL_PLANS: &[DealPlan] = &[
    DealPlan {
        creator: 0,
        source: Brief(0),
        kind: DealKind::Gifting,
        start: LAUNCH - 14,
        given: LAUNCH - 7,
        items: &[
            (msg::sample_item_latte_bag, "4.20", "12.90"),
            (msg::sample_item_tasting, "6.50", "18.00"),
        ],
        fee: "",
        commission: "",
        steps: &[Agreed, ProductSent, Posted, Completed],
        posted: Some(LAUNCH),
        results: Some(["8400", "620", "96", "14", "9", "212.40"]),
        rating: Some(5),
    },
    DealPlan {
        creator: 1,
        source: Brief(0),
        kind: DealKind::Visit,
        start: LAUNCH - 11,
        given: LAUNCH - 7,
        items: &[(msg::deals_item_allowance, "8.00", "25.00")],
        fee: "",
        commission: "",
        steps: &[Agreed, ProductSent, Posted],
        posted: Some(LAUNCH),
        results: Some(["3100", "240", "", "6", "11", "96.50"]),
        rating: None,
    },
    DealPlan {
        creator: 2,
        source: Brief(1),
        kind: DealKind::Gifting,
        start: -12,
        given: -11,
        items: &[(msg::sample_item_scarf, "19.00", "59.00")],
        fee: "",
        commission: "",
        steps: &[Agreed, ProductSent],
        posted: None,
        results: None,
        rating: None,
    },
    DealPlan {
        creator: 3,
        source: Brief(1),
        kind: DealKind::Barter,
        start: -20,
        given: -19,
        items: &[(msg::sample_item_jacket, "22.00", "75.00")],
        fee: "",
        commission: "",
        steps: &[Agreed, ContentDue],
        posted: None,
        results: None,
        rating: None,
    },
    DealPlan {
        creator: 4,
        source: Offer(
            &[
                msg::sample_deliverable_reel,
                msg::sample_deliverable_stories_code,
            ],
            -2,
        ),
        kind: DealKind::Affiliate,
        start: -14,
        given: 0,
        items: &[],
        fee: "",
        commission: "10",
        steps: &[Agreed],
        posted: None,
        results: None,
        rating: None,
    },
    DealPlan {
        creator: 5,
        source: Offer(REEL, 14),
        kind: DealKind::Paid,
        start: -1,
        given: 0,
        items: &[],
        fee: "150",
        commission: "",
        steps: &[],
        posted: None,
        results: None,
        rating: None,
    },
    DealPlan {
        creator: 6,
        source: Offer(REEL, -10),
        kind: DealKind::Gifting,
        start: -30,
        given: 0,
        items: &[(msg::sample_item_brunch, "14.00", "42.00")],
        fee: "",
        commission: "",
        steps: &[Declined],
        posted: None,
        results: None,
        rating: None,
    },
];
