//! The figures derived from a deal: what it cost, what it was worth at retail, the engagement
//! and return it brought, the tracking link the creator shares, and what is still to post.

use super::model::{Deal, Deliverable, Figures, Item, Results};
use crate::roster::{engagement_rate, Platform};

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
