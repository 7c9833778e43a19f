//! The deal as it crosses to the UI: its kinds and statuses (with the moves a status allows),
//! what the form sends, the checked draft that is stored, and the deal read back.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::Lang;
use crate::roster::Platform;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DealKind {
    /// Product sent or handed over.
    Gifting,
    /// The creator comes in: a booked slot and a spend allowance redeemed at the counter.
    Visit,
    /// Product or service in exchange for content.
    Barter,
    /// Commission on sales.
    Affiliate,
    /// A flat fee.
    Paid,
}

crate::stored_enum!(DealKind, fallback: Gifting, {
    Gifting => "gifting",
    Visit => "visit",
    Barter => "barter",
    Affiliate => "affiliate",
    Paid => "paid",
});

impl DealKind {
    /// The name shown and written for it, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        crate::i18n::label(lang, "deal-kind", self.as_str())
    }

    /// Reads the stored comma-separated kinds, skipping names this version does not know.
    pub(crate) fn list_from_db(text: &str) -> Vec<DealKind> {
        text.split(',')
            .filter_map(|k| DealKind::ALL.into_iter().find(|d| d.as_str() == k))
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DealStatus {
    Proposed,
    Agreed,
    ProductSent,
    ContentDue,
    Posted,
    Completed,
    Declined,
    Cancelled,
}

crate::stored_enum!(DealStatus, fallback: Proposed, {
    Proposed => "proposed",
    Agreed => "agreed",
    ProductSent => "product_sent",
    ContentDue => "content_due",
    Posted => "posted",
    Completed => "completed",
    Declined => "declined",
    Cancelled => "cancelled",
});

impl DealStatus {
    /// The name shown and written for it, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        crate::i18n::label(lang, "deal-status", self.as_str())
    }

    /// Still running: deliverables can be overdue and reminders are due.
    pub fn is_open(self) -> bool {
        !matches!(
            self,
            DealStatus::Completed | DealStatus::Declined | DealStatus::Cancelled
        )
    }

    /// The product (or visit) has been given.
    pub fn has_given(self) -> bool {
        matches!(
            self,
            DealStatus::ProductSent
                | DealStatus::ContentDue
                | DealStatus::Posted
                | DealStatus::Completed
        )
    }

    /// Given, and the post not yet up: the deals a reminder may be due for.
    pub fn awaits_post(self) -> bool {
        matches!(self, DealStatus::ProductSent | DealStatus::ContentDue)
    }

    /// Where a deal may go from here: forward along proposed → agreed → product sent →
    /// content due → posted → completed (steps that do not apply, like sending product for a
    /// paid post, may be skipped), one step back to correct a slip, declined or cancelled
    /// while open, and a declined or cancelled deal may be reopened.
    pub fn next(self) -> &'static [DealStatus] {
        use DealStatus::*;
        match self {
            Proposed => &[Agreed, Declined, Cancelled],
            Agreed => &[ProductSent, ContentDue, Proposed, Cancelled],
            ProductSent => &[ContentDue, Posted, Agreed, Cancelled],
            ContentDue => &[Posted, ProductSent, Cancelled],
            Posted => &[Completed, ContentDue, Cancelled],
            Completed => &[Posted],
            Declined | Cancelled => &[Proposed],
        }
    }
}

// What the form sends: text as typed, checked and converted by [`validate`].

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ItemInput {
    pub name: String,
    pub quantity: String,
    /// What one costs the shop.
    pub unit_cost: String,
    /// What one sells for.
    pub unit_retail: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct DeliverableInput {
    pub label: String,
    pub due_date: String,
    pub post_url: String,
    pub posted_date: String,
    pub disclosure_seen: bool,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ResultsInput {
    pub reach: String,
    pub impressions: String,
    pub likes: String,
    pub comments: String,
    pub shares: String,
    pub saves: String,
    pub clicks: String,
    /// Discount code uses at the till or online.
    pub redemptions: String,
    /// People who came in and mentioned the post.
    pub walk_ins: String,
    pub revenue: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct DealInput {
    pub creator_id: i64,
    pub brief_id: Option<i64>,
    pub campaign: String,
    pub kinds: Vec<DealKind>,
    pub platform: Option<Platform>,
    pub currency: String,
    pub fee: String,
    pub commission_percent: String,
    pub shipping: String,
    pub start_date: String,
    /// When the product was shipped or handed over, or the visit took place.
    pub handover_date: String,
    /// The booked visit slot, e.g. `2026-12-04 15:00`.
    pub visit_at: String,
    pub discount_code: String,
    /// Where the tracking link points; blank uses the shop's website.
    pub landing_url: String,
    pub items: Vec<ItemInput>,
    pub deliverables: Vec<DeliverableInput>,
    pub results: ResultsInput,
    pub rating: Option<u8>,
    pub work_again: Option<bool>,
    pub feedback: String,
    pub notes: String,
}

// What is stored and shown.

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Item {
    pub name: String,
    pub quantity: i64,
    pub unit_cost_minor: i64,
    pub unit_retail_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Deliverable {
    pub label: String,
    pub due_date: Option<String>,
    pub post_url: String,
    pub posted_date: Option<String>,
    pub disclosure_seen: bool,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
pub struct Results {
    pub reach: Option<i64>,
    pub impressions: Option<i64>,
    pub likes: Option<i64>,
    pub comments: Option<i64>,
    pub shares: Option<i64>,
    pub saves: Option<i64>,
    pub clicks: Option<i64>,
    pub redemptions: Option<i64>,
    pub walk_ins: Option<i64>,
    pub revenue_minor: Option<i64>,
}

/// A checked deal, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub creator_id: i64,
    pub brief_id: Option<i64>,
    pub campaign: String,
    pub kinds: Vec<DealKind>,
    pub platform: Platform,
    pub currency: String,
    pub fee_minor: i64,
    pub commission_bp: i64,
    pub shipping_minor: i64,
    pub start_date: NaiveDate,
    pub handover_date: Option<NaiveDate>,
    pub visit_at: String,
    pub discount_code: String,
    pub landing_url: String,
    pub items: Vec<Item>,
    pub deliverables: Vec<Deliverable>,
    pub results: Results,
    pub rating: Option<u8>,
    pub work_again: Option<bool>,
    pub feedback: String,
    pub notes: String,
}

/// Figures derived from a deal; money in minor units, rates in percent, `None` where a figure
/// cannot be computed (nothing entered yet, or a zero to divide by).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
pub struct Figures {
    pub items_cost_minor: i64,
    /// Value given at retail prices.
    pub retail_minor: i64,
    /// Commission owed on the revenue entered.
    pub commission_minor: i64,
    /// Items at cost + fee + commission + shipping.
    pub cost_minor: i64,
    /// Likes + comments + shares.
    pub engagements: Option<i64>,
    pub engagement_rate: Option<f64>,
    pub cost_per_engagement_minor: Option<f64>,
    pub cost_per_click_minor: Option<f64>,
    /// (revenue − cost) / cost, as a fraction (0.5 = 50 %).
    pub return_on_cost: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct HistoryEntry {
    pub at: String,
    pub from: Option<DealStatus>,
    pub to: DealStatus,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Deal {
    pub id: i64,
    pub creator_id: i64,
    pub creator_name: String,
    /// The creator's handle on the deal's platform, without `@`; empty if they have none there.
    pub creator_handle: String,
    pub creator_email: String,
    pub brief_id: Option<i64>,
    pub campaign: String,
    pub kinds: Vec<DealKind>,
    pub status: DealStatus,
    pub platform: Platform,
    pub currency: String,
    pub fee_minor: i64,
    pub commission_bp: i64,
    pub shipping_minor: i64,
    pub start_date: String,
    pub handover_date: Option<String>,
    pub visit_at: String,
    pub discount_code: String,
    pub landing_url: String,
    /// The shop's URL (or the landing URL) with the UTM parameters for this creator.
    pub tracking_link: String,
    pub items: Vec<Item>,
    pub deliverables: Vec<Deliverable>,
    pub results: Results,
    pub rating: Option<u8>,
    pub work_again: Option<bool>,
    pub feedback: String,
    pub notes: String,
    pub nudged_day: i64,
    pub figures: Figures,
    pub history: Vec<HistoryEntry>,
    pub created_at: String,
    pub updated_at: String,
}
