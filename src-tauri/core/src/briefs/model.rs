//! The brief's types as they cross to the UI, and the dates its timeline is written in.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::Lang;

/// One dated step: concepts due, drafts due, posting day…
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
pub struct Milestone {
    pub label: String,
    /// An ISO date (`2026-12-01`) or ISO week (`2026-W49`).
    pub when: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
pub struct BriefInput {
    pub campaign: String,
    pub summary: String,
    pub goals: Vec<String>,
    /// Discount code, tags, hashtags, the brand's handle…
    pub messaging: Vec<String>,
    pub disclosure: String,
    pub target_group: Vec<String>,
    pub deliverables: Vec<String>,
    pub timeline: Vec<Milestone>,
    pub compensation: String,
    pub dos: Vec<String>,
    pub donts: Vec<String>,
    pub contact: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Recipient {
    pub creator_id: i64,
    pub display_name: String,
    /// The creator's main handle with its `@`, or empty.
    pub handle: String,
    pub email: String,
    pub code: String,
    /// The creator's own language, if not the shop's.
    #[serde(default)]
    pub language: Option<Lang>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Brief {
    pub id: i64,
    #[serde(flatten)]
    #[ts(flatten)]
    pub content: BriefInput,
    pub archived: bool,
    pub recipients: Vec<Recipient>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BriefSummary {
    pub id: i64,
    pub campaign: String,
    pub summary: String,
    pub recipients: u32,
    pub archived: bool,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RecipientInput {
    pub creator_id: i64,
    /// Blank: one is made from the creator's first name.
    pub code: String,
}

/// A milestone's date, or the ISO week it falls in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum When {
    Date(NaiveDate),
    Week { week: u32, monday: NaiveDate },
}

impl When {
    pub fn sort_key(self) -> NaiveDate {
        match self {
            When::Date(d) => d,
            When::Week { monday, .. } => monday,
        }
    }
}

/// Reads a milestone's date or week; a week stands for its Monday.
pub fn parse_when(text: &str) -> Option<When> {
    let t = text.trim();
    if let Ok(date) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Some(When::Date(date));
    }
    let (year, week) = t.split_once("-W").or_else(|| t.split_once("-w"))?;
    let (year, week): (i32, u32) = (year.parse().ok()?, week.parse().ok()?);
    NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)
        .map(|monday| When::Week { week, monday })
}
