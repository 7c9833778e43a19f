//! Deals with creators: what the shop gives, what the creator delivers, how the deal moves from
//! offer to results, and the figures derived from it.

pub mod csv;
pub mod views;

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, FieldError, Result};
use crate::files::now;
use crate::roster::{self, Platform};
use crate::storage::db::Db;
use crate::text as parse;

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

impl DealKind {
    pub const ALL: [DealKind; 5] = [
        DealKind::Gifting,
        DealKind::Visit,
        DealKind::Barter,
        DealKind::Affiliate,
        DealKind::Paid,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DealKind::Gifting => "gifting",
            DealKind::Visit => "visit",
            DealKind::Barter => "barter",
            DealKind::Affiliate => "affiliate",
            DealKind::Paid => "paid",
        }
    }

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

impl DealStatus {
    pub const ALL: [DealStatus; 8] = [
        DealStatus::Proposed,
        DealStatus::Agreed,
        DealStatus::ProductSent,
        DealStatus::ContentDue,
        DealStatus::Posted,
        DealStatus::Completed,
        DealStatus::Declined,
        DealStatus::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DealStatus::Proposed => "proposed",
            DealStatus::Agreed => "agreed",
            DealStatus::ProductSent => "product_sent",
            DealStatus::ContentDue => "content_due",
            DealStatus::Posted => "posted",
            DealStatus::Completed => "completed",
            DealStatus::Declined => "declined",
            DealStatus::Cancelled => "cancelled",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            DealStatus::Proposed => "Proposed",
            DealStatus::Agreed => "Agreed",
            DealStatus::ProductSent => "Product sent",
            DealStatus::ContentDue => "Content due",
            DealStatus::Posted => "Posted",
            DealStatus::Completed => "Completed",
            DealStatus::Declined => "Declined",
            DealStatus::Cancelled => "Cancelled",
        }
    }

    pub(crate) fn from_db(text: &str) -> DealStatus {
        DealStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
            .unwrap_or(DealStatus::Proposed)
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

pub const MAX_ITEMS: usize = 50;
pub const MAX_DELIVERABLES: usize = 20;
const MAX_TEXT: usize = 20_000;

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// An http(s) URL with a host, and nothing that could break out of a link.
pub fn is_web_url(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    matches!(rest, Some(r) if !r.is_empty() && !r.starts_with(['/', '?', '#']))
        && text.len() <= 2000
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Checks everything the user typed and returns every problem at once. `today` fills in the
/// posted date of a deliverable given a link but no date.
pub fn validate(input: &DealInput, today: NaiveDate) -> Result<Draft> {
    let mut errors: Vec<FieldError> = Vec::new();
    let mut err = |field: String, message: &str| {
        errors.push(FieldError {
            field,
            message: message.to_string(),
        })
    };
    let money = |field: &str, text: &str, err: &mut dyn FnMut(String, &str)| -> i64 {
        if text.trim().starts_with('-') {
            err(field.into(), "Cannot be negative.");
            return 0;
        }
        match parse::parse_money(text) {
            Ok((value, _)) => value.unwrap_or(0),
            Err(reason) => {
                err(field.into(), &format!("The amount {reason}."));
                0
            }
        }
    };
    let count = |field: String, text: &str, err: &mut dyn FnMut(String, &str)| -> Option<i64> {
        if text.trim().starts_with('-') {
            err(field, "Cannot be negative.");
            return None;
        }
        parse::parse_optional_count(text).unwrap_or_else(|reason| {
            err(field, &format!("This {reason}."));
            None
        })
    };
    let text = |field: &str, value: &str, max: usize, err: &mut dyn FnMut(String, &str)| {
        let value = value.trim().to_string();
        if value.chars().count() > max {
            err(field.into(), &format!("Keep this under {max} characters."));
        }
        value
    };

    if input.creator_id <= 0 {
        err("creator_id".into(), "Choose a creator.");
    }
    let campaign = text("campaign", &input.campaign, 120, &mut err);
    let mut kinds: Vec<DealKind> = Vec::new();
    for k in &input.kinds {
        if !kinds.contains(k) {
            kinds.push(*k);
        }
    }
    if kinds.is_empty() {
        err(
            "kinds".into(),
            "Choose what kind of deal this is (gifting, visit, barter, affiliate or paid).",
        );
    }
    let currency = input.currency.trim().to_ascii_uppercase();
    if !crate::text::is_currency(&currency) {
        err("currency".into(), "Choose a currency such as EUR or GBP.");
    }
    let fee_minor = money("fee", &input.fee, &mut err);
    let shipping_minor = money("shipping", &input.shipping, &mut err);
    let commission_bp = match input.commission_percent.trim() {
        t if t.starts_with('-') => {
            err("commission_percent".into(), "Cannot be negative.");
            0
        }
        t => match parse::parse_percent(t) {
            Ok(p) => (p.unwrap_or(0.0) * 100.0).round() as i64,
            Err(reason) => {
                err(
                    "commission_percent".into(),
                    &format!("The commission {reason}."),
                );
                0
            }
        },
    };
    let start_date = parse_date(&input.start_date).unwrap_or_else(|| {
        err("start_date".into(), "Choose the date the deal starts.");
        today
    });
    let handover_date = match input.handover_date.trim() {
        "" => None,
        t => match parse_date(t) {
            Some(d) if d < start_date => {
                err(
                    "handover_date".into(),
                    "The hand-over cannot be before the deal starts.",
                );
                None
            }
            Some(d) => Some(d),
            None => {
                err("handover_date".into(), "Choose a date.");
                None
            }
        },
    };
    let visit_at = text("visit_at", &input.visit_at, 40, &mut err);
    let discount_code = input.discount_code.trim().to_ascii_uppercase();
    if !discount_code.is_empty()
        && (discount_code.len() > 30
            || !discount_code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    {
        err(
            "discount_code".into(),
            "Use up to 30 letters, digits, - or _ (no spaces).",
        );
    }
    let landing_url = input.landing_url.trim().to_string();
    if !landing_url.is_empty() && !is_web_url(&landing_url) {
        err(
            "landing_url".into(),
            "Enter a web address starting with https:// or http://.",
        );
    }

    if input.items.len() > MAX_ITEMS {
        err("items".into(), "Use at most 50 items.");
    }
    let mut items = Vec::new();
    for (i, item) in input.items.iter().enumerate() {
        let blank = item.name.trim().is_empty()
            && item.unit_cost.trim().is_empty()
            && item.unit_retail.trim().is_empty();
        if blank {
            continue;
        }
        let name = text(&format!("items.{i}.name"), &item.name, 200, &mut err);
        if name.is_empty() {
            err(format!("items.{i}.name"), "Name the item.");
        }
        let quantity = match item.quantity.trim() {
            "" => 1,
            t => match count(format!("items.{i}.quantity"), t, &mut err) {
                Some(q) if (1..=100_000).contains(&q) => q,
                Some(_) => {
                    err(
                        format!("items.{i}.quantity"),
                        "Use a quantity from 1 to 100,000.",
                    );
                    1
                }
                None => 1,
            },
        };
        items.push(Item {
            name,
            quantity,
            unit_cost_minor: money(&format!("items.{i}.unit_cost"), &item.unit_cost, &mut err),
            unit_retail_minor: money(
                &format!("items.{i}.unit_retail"),
                &item.unit_retail,
                &mut err,
            ),
        });
    }

    if input.deliverables.len() > MAX_DELIVERABLES {
        err("deliverables".into(), "Use at most 20 deliverables.");
    }
    let mut deliverables = Vec::new();
    for (i, d) in input.deliverables.iter().enumerate() {
        let label = text(&format!("deliverables.{i}.label"), &d.label, 300, &mut err);
        if label.is_empty() && d.due_date.trim().is_empty() && d.post_url.trim().is_empty() {
            continue;
        }
        if label.is_empty() {
            err(
                format!("deliverables.{i}.label"),
                "Say what is to be posted.",
            );
        }
        let due_date = match d.due_date.trim() {
            "" => None,
            t => match parse_date(t) {
                Some(due) if due < start_date => {
                    err(
                        format!("deliverables.{i}.due_date"),
                        "The due date cannot be before the deal starts.",
                    );
                    None
                }
                Some(due) => Some(due.to_string()),
                None => {
                    err(format!("deliverables.{i}.due_date"), "Choose a date.");
                    None
                }
            },
        };
        let post_url = d.post_url.trim().to_string();
        if !post_url.is_empty() && !is_web_url(&post_url) {
            err(
                format!("deliverables.{i}.post_url"),
                "Paste the post's link, starting with https://.",
            );
        }
        let posted_date = match d.posted_date.trim() {
            "" if !post_url.is_empty() => Some(today.to_string()),
            "" => None,
            t => match parse_date(t) {
                Some(posted) if posted < start_date => {
                    err(
                        format!("deliverables.{i}.posted_date"),
                        "The post cannot be before the deal starts.",
                    );
                    None
                }
                Some(posted) => Some(posted.to_string()),
                None => {
                    err(format!("deliverables.{i}.posted_date"), "Choose a date.");
                    None
                }
            },
        };
        deliverables.push(Deliverable {
            label,
            due_date,
            post_url,
            posted_date,
            disclosure_seen: d.disclosure_seen,
        });
    }

    let r = &input.results;
    let revenue_minor = if r.revenue.trim().is_empty() {
        None
    } else {
        Some(money("results.revenue", &r.revenue, &mut err))
    };
    let results = Results {
        reach: count("results.reach".into(), &r.reach, &mut err),
        impressions: count("results.impressions".into(), &r.impressions, &mut err),
        likes: count("results.likes".into(), &r.likes, &mut err),
        comments: count("results.comments".into(), &r.comments, &mut err),
        shares: count("results.shares".into(), &r.shares, &mut err),
        saves: count("results.saves".into(), &r.saves, &mut err),
        clicks: count("results.clicks".into(), &r.clicks, &mut err),
        redemptions: count("results.redemptions".into(), &r.redemptions, &mut err),
        walk_ins: count("results.walk_ins".into(), &r.walk_ins, &mut err),
        revenue_minor,
    };
    if let Some(rating) = input.rating {
        if !(1..=5).contains(&rating) {
            err("rating".into(), "Rate from 1 to 5 stars.");
        }
    }
    let feedback = text("feedback", &input.feedback, MAX_TEXT, &mut err);
    let notes = text("notes", &input.notes, MAX_TEXT, &mut err);

    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    Ok(Draft {
        creator_id: input.creator_id,
        brief_id: input.brief_id,
        campaign,
        kinds,
        platform: input.platform.unwrap_or(Platform::Instagram),
        currency,
        fee_minor,
        commission_bp,
        shipping_minor,
        start_date,
        handover_date,
        visit_at,
        discount_code,
        landing_url,
        items,
        deliverables,
        results,
        rating: input.rating,
        work_again: input.work_again,
        feedback,
        notes,
    })
}

/// The derived figures, from what was given and what came back. `followers` is the creator's
/// following on the deal's platform, for the post's engagement rate.
pub fn figures(
    items: &[Item],
    fee_minor: i64,
    commission_bp: i64,
    shipping_minor: i64,
    results: &Results,
    followers: i64,
) -> Figures {
    let items_cost_minor: i64 = items.iter().map(|i| i.quantity * i.unit_cost_minor).sum();
    let retail_minor = items.iter().map(|i| i.quantity * i.unit_retail_minor).sum();
    // Commission is owed on the sales the creator brought, rounded to the nearest minor unit.
    let commission_minor = results
        .revenue_minor
        .map(|rev| (rev * commission_bp + 5_000) / 10_000)
        .unwrap_or(0);
    let cost_minor = items_cost_minor + fee_minor + commission_minor + shipping_minor;
    let engagements = (results.likes.is_some()
        || results.comments.is_some()
        || results.shares.is_some())
    .then(|| {
        results.likes.unwrap_or(0) + results.comments.unwrap_or(0) + results.shares.unwrap_or(0)
    });
    let per = |n: Option<i64>| n.filter(|&n| n > 0).map(|n| cost_minor as f64 / n as f64);
    Figures {
        items_cost_minor,
        retail_minor,
        commission_minor,
        cost_minor,
        engagements,
        engagement_rate: roster::engagement_rate(
            results.likes,
            results.comments,
            results.shares,
            followers,
        ),
        cost_per_engagement_minor: per(engagements),
        cost_per_click_minor: per(results.clicks),
        return_on_cost: results
            .revenue_minor
            .filter(|_| cost_minor > 0)
            .map(|rev| (rev - cost_minor) as f64 / cost_minor as f64),
    }
}

/// The tracking link: `base` with `utm_source` = platform, `utm_medium` = influencer,
/// `utm_campaign` = campaign and `utm_content` = handle, keeping any query and fragment
/// `base` already has. Empty when there is no base.
pub fn tracking_link(base: &str, platform: Platform, campaign: &str, handle: &str) -> String {
    let base = base.trim();
    if base.is_empty() {
        return String::new();
    }
    let with_scheme = if base.contains("://") {
        base.to_string()
    } else {
        format!("https://{base}")
    };
    let (mut url, fragment) = match with_scheme.split_once('#') {
        Some((u, f)) => (u.to_string(), Some(f.to_string())),
        None => (with_scheme, None),
    };
    // `https://shop.example` gets its root path, so the query follows `/`.
    let host_start = url.find("://").map_or(0, |i| i + 3);
    if !url[host_start..].contains(['/', '?']) {
        url.push('/');
    }
    let mut params = vec![
        ("utm_source", platform.as_str().to_string()),
        ("utm_medium", "influencer".to_string()),
    ];
    if !campaign.trim().is_empty() {
        params.push(("utm_campaign", campaign.trim().to_string()));
    }
    let handle = handle.trim().trim_start_matches('@');
    if !handle.is_empty() {
        params.push(("utm_content", handle.to_string()));
    }
    let query: Vec<String> = params
        .iter()
        .map(|(k, v)| format!("{k}={}", crate::briefs::handoff::percent_encode(v)))
        .collect();
    let sep = if !url.contains('?') {
        "?"
    } else if url.ends_with(['?', '&']) {
        ""
    } else {
        "&"
    };
    let mut link = format!("{url}{sep}{}", query.join("&"));
    if let Some(f) = fragment {
        link.push('#');
        link.push_str(&f);
    }
    link
}

fn date_text(d: Option<NaiveDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

fn creator_followers(conn: &Connection, creator_id: i64, platform: Platform) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT followers FROM creator_handles WHERE creator_id = ?1 AND platform = ?2",
        )?
        .query_row(params![creator_id, platform.as_str()], |r| r.get(0))
        .optional()?
        .unwrap_or(0))
}

fn check_links(conn: &Connection, draft: &Draft) -> Result<()> {
    roster::get(conn, draft.creator_id)
        .map_err(|_| Error::invalid("creator_id", "Choose a creator from the roster."))?;
    if let Some(brief_id) = draft.brief_id {
        crate::briefs::get(conn, brief_id)
            .map_err(|_| Error::invalid("brief_id", "That brief no longer exists."))?;
    }
    Ok(())
}

/// Writes the deal row and its children. `keep` restores a removed deal with its id, status,
/// reminder stage and dates.
fn write(
    conn: &Connection,
    id: Option<i64>,
    draft: &Draft,
    keep: Option<(DealStatus, i64, &str, &str)>,
) -> Result<i64> {
    check_links(conn, draft)?;
    let followers = creator_followers(conn, draft.creator_id, draft.platform)?;
    let f = figures(
        &draft.items,
        draft.fee_minor,
        draft.commission_bp,
        draft.shipping_minor,
        &draft.results,
        followers,
    );
    let kinds: Vec<&str> = draft.kinds.iter().map(|k| k.as_str()).collect();
    let r = &draft.results;
    let open = OpenWork::of(&draft.deliverables);
    // The columns an edit writes, with their values; a new deal adds its status and dates.
    let data: Vec<(&str, Value)> = vec![
        ("creator_id", draft.creator_id.into()),
        ("brief_id", draft.brief_id.into()),
        ("campaign", draft.campaign.clone().into()),
        ("kinds", kinds.join(",").into()),
        ("platform", draft.platform.as_str().to_string().into()),
        ("currency", draft.currency.clone().into()),
        ("fee_minor", draft.fee_minor.into()),
        ("commission_bp", draft.commission_bp.into()),
        ("shipping_minor", draft.shipping_minor.into()),
        ("start_date", draft.start_date.to_string().into()),
        ("handover_date", date_text(draft.handover_date).into()),
        ("visit_at", draft.visit_at.clone().into()),
        ("discount_code", draft.discount_code.clone().into()),
        ("landing_url", draft.landing_url.clone().into()),
        ("reach", r.reach.into()),
        ("impressions", r.impressions.into()),
        ("likes", r.likes.into()),
        ("comments", r.comments.into()),
        ("shares", r.shares.into()),
        ("saves", r.saves.into()),
        ("clicks", r.clicks.into()),
        ("redemptions", r.redemptions.into()),
        ("walk_ins", r.walk_ins.into()),
        ("revenue_minor", r.revenue_minor.into()),
        ("rating", draft.rating.map(i64::from).into()),
        ("work_again", draft.work_again.map(i64::from).into()),
        ("feedback", draft.feedback.clone().into()),
        ("notes", draft.notes.clone().into()),
        ("cost_minor", f.cost_minor.into()),
        ("retail_minor", f.retail_minor.into()),
        ("items_cost_minor", f.items_cost_minor.into()),
        ("next_due", open.next_due.into()),
        ("open_deliverables", open.count.into()),
        ("posted_any", i64::from(open.posted_any).into()),
    ];
    let stamp = now();
    let id = match id {
        Some(id) if keep.is_none() => {
            let sets: Vec<String> = data.iter().map(|(c, _)| format!("{c} = ?")).collect();
            let mut values: Vec<Value> = data.into_iter().map(|(_, v)| v).collect();
            values.extend([stamp.into(), id.into()]);
            let changed = conn
                .prepare_cached(&format!(
                    "UPDATE deals SET {}, updated_at = ? WHERE id = ?",
                    sets.join(", ")
                ))?
                .execute(rusqlite::params_from_iter(values))?;
            if changed == 0 {
                return Err(Error::NotFound("This deal"));
            }
            conn.execute("DELETE FROM deal_items WHERE deal_id = ?1", [id])?;
            conn.execute("DELETE FROM deal_deliverables WHERE deal_id = ?1", [id])?;
            id
        }
        _ => {
            let (status, nudged, created, updated) =
                keep.unwrap_or((DealStatus::Proposed, 0, &stamp, &stamp));
            let mut columns: Vec<&str> = vec!["id"];
            let mut values: Vec<Value> = vec![id.into()];
            for (c, v) in data {
                columns.push(c);
                values.push(v);
            }
            columns.extend(["status", "nudged_day", "created_at", "updated_at"]);
            values.extend([
                status.as_str().to_string().into(),
                nudged.into(),
                created.to_string().into(),
                updated.to_string().into(),
            ]);
            let marks = vec!["?"; columns.len()].join(", ");
            conn.prepare_cached(&format!(
                "INSERT INTO deals ({}) VALUES ({marks})",
                columns.join(", ")
            ))?
            .execute(rusqlite::params_from_iter(values))?;
            conn.last_insert_rowid()
        }
    };
    let mut insert_item = conn.prepare_cached(
        "INSERT INTO deal_items (deal_id, position, name, quantity, unit_cost_minor,
            unit_retail_minor) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (i, item) in draft.items.iter().enumerate() {
        insert_item.execute(params![
            id,
            i as i64,
            item.name,
            item.quantity,
            item.unit_cost_minor,
            item.unit_retail_minor
        ])?;
    }
    let mut insert_deliverable = conn.prepare_cached(
        "INSERT INTO deal_deliverables (deal_id, position, label, due_date, post_url,
            posted_date, disclosure_seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (i, d) in draft.deliverables.iter().enumerate() {
        insert_deliverable.execute(params![
            id,
            i as i64,
            d.label,
            d.due_date,
            d.post_url,
            d.posted_date,
            d.disclosure_seen
        ])?;
    }
    Ok(id)
}

/// What is still to be posted, stored on the deal row for the list and the dashboard.
struct OpenWork {
    next_due: Option<String>,
    count: i64,
    posted_any: bool,
}

impl OpenWork {
    fn of(deliverables: &[Deliverable]) -> OpenWork {
        let open = deliverables.iter().filter(|d| d.posted_date.is_none());
        OpenWork {
            next_due: open.clone().filter_map(|d| d.due_date.clone()).min(),
            count: open.count() as i64,
            posted_any: deliverables.iter().any(|d| d.posted_date.is_some()),
        }
    }
}

fn add_history(
    conn: &Connection,
    deal_id: i64,
    from: Option<DealStatus>,
    to: DealStatus,
    note: &str,
    at: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO deal_history (deal_id, at, from_status, to_status, note)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        deal_id,
        at,
        from.map(DealStatus::as_str),
        to.as_str(),
        note
    ])?;
    Ok(())
}

const DEAL_COLUMNS: &str = "d.id, d.creator_id, c.display_name, c.email, d.brief_id, d.campaign,
    d.kinds, d.status, d.platform, d.currency, d.fee_minor, d.commission_bp, d.shipping_minor,
    d.start_date, d.handover_date, d.visit_at, d.discount_code, d.landing_url, d.reach,
    d.impressions, d.likes, d.comments, d.shares, d.saves, d.clicks, d.redemptions, d.walk_ins,
    d.revenue_minor, d.rating, d.work_again, d.feedback, d.notes, d.nudged_day, d.created_at,
    d.updated_at";

fn deal_from_row(r: &Row) -> rusqlite::Result<Deal> {
    Ok(Deal {
        id: r.get(0)?,
        creator_id: r.get(1)?,
        creator_name: r.get(2)?,
        creator_handle: String::new(),
        creator_email: r.get(3)?,
        brief_id: r.get(4)?,
        campaign: r.get(5)?,
        kinds: DealKind::list_from_db(&r.get::<_, String>(6)?),
        status: DealStatus::from_db(&r.get::<_, String>(7)?),
        platform: Platform::parse(&r.get::<_, String>(8)?).unwrap_or(Platform::Other),
        currency: r.get(9)?,
        fee_minor: r.get(10)?,
        commission_bp: r.get(11)?,
        shipping_minor: r.get(12)?,
        start_date: r.get(13)?,
        handover_date: r.get(14)?,
        visit_at: r.get(15)?,
        discount_code: r.get(16)?,
        landing_url: r.get(17)?,
        tracking_link: String::new(),
        items: Vec::new(),
        deliverables: Vec::new(),
        results: Results {
            reach: r.get(18)?,
            impressions: r.get(19)?,
            likes: r.get(20)?,
            comments: r.get(21)?,
            shares: r.get(22)?,
            saves: r.get(23)?,
            clicks: r.get(24)?,
            redemptions: r.get(25)?,
            walk_ins: r.get(26)?,
            revenue_minor: r.get(27)?,
        },
        rating: r.get(28)?,
        work_again: r.get(29)?,
        feedback: r.get(30)?,
        notes: r.get(31)?,
        nudged_day: r.get(32)?,
        figures: Figures::default(),
        history: Vec::new(),
        created_at: r.get(33)?,
        updated_at: r.get(34)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Deal> {
    let mut deal = conn
        .prepare_cached(&format!(
            "SELECT {DEAL_COLUMNS} FROM deals d JOIN creators c ON c.id = d.creator_id
             WHERE d.id = ?1"
        ))?
        .query_row([id], deal_from_row)
        .optional()?
        .ok_or(Error::NotFound("This deal"))?;
    deal.items = conn
        .prepare_cached(
            "SELECT name, quantity, unit_cost_minor, unit_retail_minor FROM deal_items
             WHERE deal_id = ?1 ORDER BY position",
        )?
        .query_map([id], |r| {
            Ok(Item {
                name: r.get(0)?,
                quantity: r.get(1)?,
                unit_cost_minor: r.get(2)?,
                unit_retail_minor: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    deal.deliverables = conn
        .prepare_cached(
            "SELECT label, due_date, post_url, posted_date, disclosure_seen FROM deal_deliverables
             WHERE deal_id = ?1 ORDER BY position",
        )?
        .query_map([id], |r| {
            Ok(Deliverable {
                label: r.get(0)?,
                due_date: r.get(1)?,
                post_url: r.get(2)?,
                posted_date: r.get(3)?,
                disclosure_seen: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    deal.history = conn
        .prepare_cached(
            "SELECT at, from_status, to_status, note FROM deal_history WHERE deal_id = ?1
             ORDER BY id",
        )?
        .query_map([id], |r| {
            Ok(HistoryEntry {
                at: r.get(0)?,
                from: r
                    .get::<_, Option<String>>(1)?
                    .map(|s| DealStatus::from_db(&s)),
                to: DealStatus::from_db(&r.get::<_, String>(2)?),
                note: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    deal.creator_handle = conn
        .prepare_cached(
            "SELECT handle FROM creator_handles WHERE creator_id = ?1 AND platform = ?2",
        )?
        .query_row(params![deal.creator_id, deal.platform.as_str()], |r| {
            r.get(0)
        })
        .optional()?
        .unwrap_or_default();
    let followers = creator_followers(conn, deal.creator_id, deal.platform)?;
    deal.figures = figures(
        &deal.items,
        deal.fee_minor,
        deal.commission_bp,
        deal.shipping_minor,
        &deal.results,
        followers,
    );
    let website = crate::settings::brand::get(conn)?.brand.website;
    let base = if deal.landing_url.is_empty() {
        website
    } else {
        deal.landing_url.clone()
    };
    deal.tracking_link = tracking_link(
        &base,
        deal.platform,
        &deal.campaign,
        if deal.creator_handle.is_empty() {
            &deal.creator_name
        } else {
            &deal.creator_handle
        },
    );
    Ok(deal)
}

// The operations the app and the command line perform, each checked and in one transaction.

pub fn create_deal(db: &mut Db, input: &DealInput, today: NaiveDate) -> Result<Deal> {
    let draft = validate(input, today)?;
    db.with_tx(|tx| {
        let id = write(tx, None, &draft, None)?;
        add_history(tx, id, None, DealStatus::Proposed, "", &now())?;
        get(tx, id)
    })
}

pub fn update_deal(db: &mut Db, id: i64, input: &DealInput, today: NaiveDate) -> Result<Deal> {
    let draft = validate(input, today)?;
    db.with_tx(|tx| {
        write(tx, Some(id), &draft, None)?;
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
            "Keep the note under 2000 characters.",
        ));
    }
    db.with_tx(|tx| {
        let deal = get(tx, id)?;
        if !deal.status.next().contains(&to) {
            return Err(Error::Conflict(format!(
                "A deal that is {} cannot be moved to {}.",
                deal.status.label().to_lowercase(),
                to.label().to_lowercase()
            )));
        }
        tx.execute(
            "UPDATE deals SET status = ?2, updated_at = ?3,
                handover_date = CASE WHEN ?4 AND handover_date IS NULL THEN ?5
                                     ELSE handover_date END
             WHERE id = ?1",
            params![
                id,
                to.as_str(),
                now(),
                to == DealStatus::ProductSent,
                today.to_string()
            ],
        )?;
        add_history(tx, id, Some(deal.status), to, note, &now())?;
        get(tx, id)
    })
}

/// Stores an already checked deal with the given status in the caller's transaction, for
/// imports and generated data. Returns its id.
pub fn insert_draft(conn: &Connection, draft: &Draft, status: DealStatus) -> Result<i64> {
    let stamp = now();
    let id = write(conn, None, draft, Some((status, 0, &stamp, &stamp)))?;
    add_history(conn, id, None, status, "", &stamp)?;
    Ok(id)
}

pub fn delete_deal(db: &mut Db, id: i64) -> Result<Deal> {
    db.with_tx(|tx| {
        let deal = get(tx, id)?;
        tx.execute("DELETE FROM deals WHERE id = ?1", [id])?;
        Ok(deal)
    })
}

impl Deal {
    fn to_draft(&self) -> Draft {
        Draft {
            creator_id: self.creator_id,
            brief_id: self.brief_id,
            campaign: self.campaign.clone(),
            kinds: self.kinds.clone(),
            platform: self.platform,
            currency: self.currency.clone(),
            fee_minor: self.fee_minor,
            commission_bp: self.commission_bp,
            shipping_minor: self.shipping_minor,
            start_date: parse_date(&self.start_date).unwrap_or_default(),
            handover_date: self.handover_date.as_deref().and_then(parse_date),
            visit_at: self.visit_at.clone(),
            discount_code: self.discount_code.clone(),
            landing_url: self.landing_url.clone(),
            items: self.items.clone(),
            deliverables: self.deliverables.clone(),
            results: self.results.clone(),
            rating: self.rating,
            work_again: self.work_again,
            feedback: self.feedback.clone(),
            notes: self.notes.clone(),
        }
    }
}

/// Puts back a deal removed by [`delete_deal`], with its id, status, history and dates.
pub fn restore_deal(db: &mut Db, deal: &Deal) -> Result<Deal> {
    db.with_tx(|tx| {
        if get(tx, deal.id).is_ok() {
            return Err(Error::Conflict("This deal is already there.".into()));
        }
        let id = write(
            tx,
            Some(deal.id),
            &deal.to_draft(),
            Some((
                deal.status,
                deal.nudged_day,
                &deal.created_at,
                &deal.updated_at,
            )),
        )?;
        for h in &deal.history {
            add_history(tx, id, h.from, h.to, &h.note, &h.at)?;
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
    let platform = creator
        .handles
        .iter()
        .max_by_key(|h| h.followers)
        .map(|h| h.platform);
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
