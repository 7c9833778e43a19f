//! What Home shows, as it crosses to the UI.

use serde::Serialize;
use ts_rs::TS;

use crate::deals::{DealStatus, Nudge};

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DueItem {
    pub deal_id: i64,
    pub creator_id: i64,
    pub creator_name: String,
    pub campaign: String,
    pub label: String,
    pub due_date: String,
    /// Days past due (0 when due today or later).
    pub days_late: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StatusCount {
    pub status: DealStatus,
    pub count: i64,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, TS)]
pub struct ValueGiven {
    pub deals: i64,
    pub cost_minor: i64,
    pub retail_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MonthValue {
    /// `2026-11`
    pub month: String,
    pub cost_minor: i64,
    pub retail_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CampaignResult {
    pub campaign: String,
    pub deals: i64,
    pub reach: i64,
    pub clicks: i64,
    pub redemptions: i64,
    pub walk_ins: i64,
    pub revenue_minor: i64,
    pub cost_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CreatorReturn {
    pub creator_id: i64,
    pub creator_name: String,
    pub cost_minor: i64,
    pub revenue_minor: i64,
    pub return_on_cost: f64,
}

/// The home screen, in the shop's currency (deals in other currencies are not added in).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Dashboard {
    pub today: String,
    pub currency: String,
    pub deals: i64,
    pub due_this_week: Vec<DueItem>,
    pub due_this_week_total: i64,
    pub overdue: Vec<DueItem>,
    pub overdue_total: i64,
    pub by_status: Vec<StatusCount>,
    pub gifted_this_month: ValueGiven,
    pub gifted_this_year: ValueGiven,
    /// The last twelve months, oldest first, months with nothing included.
    pub per_month: Vec<MonthValue>,
    pub per_campaign: Vec<CampaignResult>,
    pub top_creators: Vec<CreatorReturn>,
    pub nudges: Vec<Nudge>,
}
