//! The figures derived from a deal: what it cost, what it was worth at retail, the engagement
//! and return it brought, the tracking link the creator shares, and what is still to post.

use super::model::{Deal, Deliverable, Figures, Item, Results};
use crate::error::{Error, Result};
use crate::roster::{engagement_rate, Platform};

/// Said when a deal's amounts cannot be added up; forms and imports bound every amount so no
/// stored deal comes near it.
fn too_large() -> Error {
    let lang = crate::i18n::owner();
    Error::Conflict(
        crate::i18n::msg::ErrorDealTooLarge {
            max: crate::text::grouped_minor(crate::text::MAX_MONEY, lang).into(),
        }
        .text(lang),
    )
}

/// `a + b + …`, or the refusal when the sum does not fit.
fn sum(amounts: impl IntoIterator<Item = Option<i64>>) -> Result<i64> {
    amounts
        .into_iter()
        .try_fold(0_i64, |total, a| a.and_then(|a| total.checked_add(a)))
        .ok_or_else(too_large)
}

/// What `quantity` of an item at `unit` minor units comes to, if that fits.
pub(crate) fn line_total(quantity: i64, unit: i64) -> Result<i64> {
    sum([quantity.checked_mul(unit)])
}

/// The derived figures, from what was given and what came back. `followers` is the creator's
/// following on the deal's platform, for the post's engagement rate. Amounts too large to add
/// up are refused, never wrapped.
pub fn figures(
    items: &[Item],
    fee_minor: i64,
    commission_bp: i64,
    shipping_minor: i64,
    results: &Results,
    followers: i64,
) -> Result<Figures> {
    let items_cost_minor = sum(items
        .iter()
        .map(|i| i.quantity.checked_mul(i.unit_cost_minor)))?;
    let retail_minor = sum(items
        .iter()
        .map(|i| i.quantity.checked_mul(i.unit_retail_minor)))?;
    // Commission is owed on the sales the creator brought, rounded to the nearest minor unit.
    let commission_minor = match results.revenue_minor {
        Some(rev) => sum([rev.checked_mul(commission_bp), Some(5_000)])? / 10_000,
        None => 0,
    };
    let cost_minor = sum([
        Some(items_cost_minor),
        Some(fee_minor),
        Some(commission_minor),
        Some(shipping_minor),
    ])?;
    let engagements = (results.likes.is_some()
        || results.comments.is_some()
        || results.shares.is_some())
    .then(|| sum([results.likes, results.comments, results.shares].map(|n| Some(n.unwrap_or(0)))))
    .transpose()?;
    let per = |n: Option<i64>| n.filter(|&n| n > 0).map(|n| cost_minor as f64 / n as f64);
    Ok(Figures {
        items_cost_minor,
        retail_minor,
        commission_minor,
        cost_minor,
        engagements,
        engagement_rate: engagement_rate(
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
            .map(|rev| (rev as f64 - cost_minor as f64) / cost_minor as f64),
    })
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

/// The deal's tracking link: its landing page (or the shop's `website`), tagged with the
/// creator's handle on the deal's platform, or their name when they have none there.
pub(super) fn link_for(deal: &Deal, website: &str) -> String {
    let base = if deal.landing_url.is_empty() {
        website
    } else {
        &deal.landing_url
    };
    let handle = if deal.creator_handle.is_empty() {
        &deal.creator_name
    } else {
        &deal.creator_handle
    };
    tracking_link(base, deal.platform, &deal.campaign, handle)
}

/// What is still to be posted, stored on the deal row for the list and the dashboard.
pub(super) struct OpenWork {
    pub next_due: Option<String>,
    pub count: i64,
    pub posted_any: bool,
}

impl OpenWork {
    pub fn of(deliverables: &[Deliverable]) -> OpenWork {
        let open = deliverables.iter().filter(|d| d.posted_date.is_none());
        OpenWork {
            next_due: open.clone().filter_map(|d| d.due_date.clone()).min(),
            count: open.count() as i64,
            posted_any: deliverables.iter().any(|d| d.posted_date.is_some()),
        }
    }
}
