//! Checking a deal form: each field has its small rule, run in the form's order on one
//! [`Check`], so the owner sees every problem at once and the stored [`Draft`] is clean.

use chrono::NaiveDate;

use super::model::{
    DealInput, DealKind, Deliverable, DeliverableInput, Draft, Item, ItemInput, Results,
    ResultsInput,
};
use crate::check::Check;
use crate::error::Result;
use crate::i18n::{msg, owner};
use crate::roster::Platform;
use crate::text::{self, is_currency, parse_money, parse_optional_count, parse_percent, MAX_MONEY};

pub const MAX_ITEMS: usize = 50;
pub const MAX_DELIVERABLES: usize = 20;
const MAX_TEXT: usize = 20_000;

/// A date as forms and rows write it: `2026-12-04`.
pub(super) fn parse_date(text: &str) -> Option<NaiveDate> {
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
    let mut check = Check::new();
    check.flag(input.creator_id <= 0, "creator_id", || {
        msg::error_deal_no_creator(owner())
    });
    let campaign = check.trimmed("campaign", &input.campaign, 120);
    let kinds = kinds(&mut check, &input.kinds);
    let currency = currency(&mut check, &input.currency);
    let fee_minor = money(&mut check, "fee", &input.fee);
    let shipping_minor = money(&mut check, "shipping", &input.shipping);
    let commission_bp = commission(&mut check, &input.commission_percent);
    let start_date = parse_date(&input.start_date).unwrap_or_else(|| {
        check.add("start_date", msg::error_deal_no_start(owner()));
        today
    });
    let handover_date = date_from(
        &mut check,
        "handover_date",
        &input.handover_date,
        start_date,
        &msg::error_deal_handover_early(owner()),
    );
    let visit_at = check.trimmed("visit_at", &input.visit_at, 40);
    let discount_code = discount_code(&mut check, &input.discount_code);
    let landing_url = landing_url(&mut check, &input.landing_url);
    let items = items(&mut check, &input.items);
    totals(&mut check, &items);
    let deliverables = deliverables(&mut check, &input.deliverables, start_date, today);
    let results = results(&mut check, &input.results);
    if let Some(rating) = input.rating {
        check.flag(!(1..=5).contains(&rating), "rating", || {
            msg::error_deal_rating(owner())
        });
    }
    let feedback = check.trimmed("feedback", &input.feedback, MAX_TEXT);
    let notes = check.trimmed("notes", &input.notes, MAX_TEXT);
    check.finish(Draft {
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

/// Whether `text` was typed as a negative number, which no amount or count may be.
fn negative(check: &mut Check, field: &str, text: &str) -> bool {
    check.flag(text.trim().starts_with('-'), field, || {
        msg::error_negative(owner())
    })
}

/// An amount in minor units; blank (and anything refused) reads as zero.
fn money(check: &mut Check, field: &str, text: &str) -> i64 {
    if negative(check, field, text) {
        return 0;
    }
    let amount = parse_money(text).map(|(value, _)| value.unwrap_or(0));
    check.parsed(field, amount, |reason| reason, 0)
}

/// A count such as `12.5K`; blank (and anything refused) is unknown.
fn count(check: &mut Check, field: &str, text: &str) -> Option<i64> {
    if negative(check, field, text) {
        return None;
    }
    check.parsed(field, parse_optional_count(text), |reason| reason, None)
}

/// The kinds chosen, each once, in the order chosen; at least one.
fn kinds(check: &mut Check, chosen: &[DealKind]) -> Vec<DealKind> {
    let mut kinds: Vec<DealKind> = Vec::new();
    for k in chosen {
        if !kinds.contains(k) {
            kinds.push(*k);
        }
    }
    check.flag(kinds.is_empty(), "kinds", || {
        msg::error_deal_no_kind(owner())
    });
    kinds
}

fn currency(check: &mut Check, typed: &str) -> String {
    let currency = typed.trim().to_ascii_uppercase();
    check.flag(!is_currency(&currency), "currency", || {
        msg::error_deal_currency(owner())
    });
    currency
}

/// The commission in basis points (12.5 % is 1250); blank is none.
fn commission(check: &mut Check, typed: &str) -> i64 {
    let typed = typed.trim();
    if negative(check, "commission_percent", typed) {
        return 0;
    }
    let bp = parse_percent(typed).map(|p| (p.unwrap_or(0.0) * 100.0).round() as i64);
    check.parsed(
        "commission_percent",
        bp,
        |reason| crate::roster::labelled(msg::error_label_commission, reason),
        0,
    )
}

/// An optional date that cannot be before the deal's `start`; blank, unreadable and too early
/// all read as no date, the last two with a problem recorded.
fn date_from(
    check: &mut Check,
    field: &str,
    typed: &str,
    start: NaiveDate,
    too_early: &str,
) -> Option<NaiveDate> {
    if typed.trim().is_empty() {
        return None;
    }
    match parse_date(typed) {
        Some(d) if d < start => {
            check.add(field, too_early);
            None
        }
        Some(d) => Some(d),
        None => {
            check.add(field, msg::error_date(owner()));
            None
        }
    }
}

fn discount_code(check: &mut Check, typed: &str) -> String {
    let code = typed.trim().to_ascii_uppercase();
    let bad = code.len() > 30
        || !code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    check.flag(!code.is_empty() && bad, "discount_code", || {
        msg::error_discount_code(owner())
    });
    code
}

fn landing_url(check: &mut Check, typed: &str) -> String {
    let url = typed.trim().to_string();
    check.flag(!url.is_empty() && !is_web_url(&url), "landing_url", || {
        msg::error_web_address(owner())
    });
    url
}

/// The items given, blank rows left out; fields are named by the row as typed.
fn items(check: &mut Check, rows: &[ItemInput]) -> Vec<Item> {
    check.flag(rows.len() > MAX_ITEMS, "items", || {
        msg::ErrorTooManyItems {
            max: MAX_ITEMS.into(),
        }
        .text(owner())
    });
    rows.iter()
        .enumerate()
        .filter(|(_, item)| {
            !(item.name.trim().is_empty()
                && item.unit_cost.trim().is_empty()
                && item.unit_retail.trim().is_empty())
        })
        .map(|(i, item)| self::item(check, i, item))
        .collect()
}

fn item(check: &mut Check, i: usize, item: &ItemInput) -> Item {
    let name = check.trimmed(&format!("items.{i}.name"), &item.name, 200);
    check.flag(name.is_empty(), format!("items.{i}.name"), || {
        msg::error_item_name(owner())
    });
    let quantity = quantity(check, &format!("items.{i}.quantity"), &item.quantity);
    Item {
        name,
        quantity,
        unit_cost_minor: money(check, &format!("items.{i}.unit_cost"), &item.unit_cost),
        unit_retail_minor: money(check, &format!("items.{i}.unit_retail"), &item.unit_retail),
    }
}

/// What the items cost and are worth in all, each at most one amount ([`MAX_MONEY`]), so a
/// deal's total and the sums over every deal always add up.
fn totals(check: &mut Check, items: &[Item]) {
    let lang = owner();
    let max = text::grouped_minor(MAX_MONEY, lang);
    for (message, unit) in [
        (
            msg::ErrorItemsCostTooMuch {
                max: max.as_str().into(),
            }
            .text(lang),
            (|i: &Item| i.unit_cost_minor) as fn(&Item) -> i64,
        ),
        (
            msg::ErrorItemsWorthTooMuch {
                max: max.as_str().into(),
            }
            .text(lang),
            |i: &Item| i.unit_retail_minor,
        ),
    ] {
        let total = items.iter().try_fold(0_i64, |sum, i| {
            sum.checked_add(i.quantity.checked_mul(unit(i))?)
        });
        check.flag(total.is_none_or(|t| t > MAX_MONEY), "items", || message);
    }
}

/// How many of an item: blank is one; anything refused reads as one.
fn quantity(check: &mut Check, field: &str, typed: &str) -> i64 {
    if typed.trim().is_empty() {
        return 1;
    }
    match count(check, field, typed.trim()) {
        Some(q) if (1..=100_000).contains(&q) => q,
        Some(_) => {
            check.add(
                field,
                msg::ErrorQuantity {
                    max: text::grouped(100_000, owner()).into(),
                }
                .text(owner()),
            );
            1
        }
        None => 1,
    }
}

/// What is to be posted, blank rows left out; fields are named by the row as typed.
fn deliverables(
    check: &mut Check,
    rows: &[DeliverableInput],
    start: NaiveDate,
    today: NaiveDate,
) -> Vec<Deliverable> {
    check.flag(rows.len() > MAX_DELIVERABLES, "deliverables", || {
        msg::ErrorTooManyDeliverables {
            max: MAX_DELIVERABLES.into(),
        }
        .text(owner())
    });
    rows.iter()
        .enumerate()
        .filter_map(|(i, d)| deliverable(check, i, d, start, today))
        .collect()
}

fn deliverable(
    check: &mut Check,
    i: usize,
    d: &DeliverableInput,
    start: NaiveDate,
    today: NaiveDate,
) -> Option<Deliverable> {
    let field = |name: &str| format!("deliverables.{i}.{name}");
    let label = check.trimmed(&field("label"), &d.label, 300);
    if label.is_empty() && d.due_date.trim().is_empty() && d.post_url.trim().is_empty() {
        return None;
    }
    check.flag(label.is_empty(), field("label"), || {
        msg::error_deliverable_label(owner())
    });
    let due_date = date_from(
        check,
        &field("due_date"),
        &d.due_date,
        start,
        &msg::error_due_early(owner()),
    );
    let post_url = d.post_url.trim().to_string();
    check.flag(
        !post_url.is_empty() && !is_web_url(&post_url),
        field("post_url"),
        || msg::error_post_link(owner()),
    );
    // A link with no date was posted today, as far as the shop knows.
    let posted_date = if d.posted_date.trim().is_empty() && !post_url.is_empty() {
        Some(today)
    } else {
        date_from(
            check,
            &field("posted_date"),
            &d.posted_date,
            start,
            &msg::error_posted_early(owner()),
        )
    };
    Some(Deliverable {
        label,
        due_date: due_date.map(|d| d.to_string()),
        post_url,
        posted_date: posted_date.map(|d| d.to_string()),
        disclosure_seen: d.disclosure_seen,
    })
}

/// What the deal brought; revenue first, as the form shows it.
fn results(check: &mut Check, r: &ResultsInput) -> Results {
    let revenue_minor =
        (!r.revenue.trim().is_empty()).then(|| money(check, "results.revenue", &r.revenue));
    Results {
        reach: count(check, "results.reach", &r.reach),
        impressions: count(check, "results.impressions", &r.impressions),
        likes: count(check, "results.likes", &r.likes),
        comments: count(check, "results.comments", &r.comments),
        shares: count(check, "results.shares", &r.shares),
        saves: count(check, "results.saves", &r.saves),
        clicks: count(check, "results.clicks", &r.clicks),
        redemptions: count(check, "results.redemptions", &r.redemptions),
        walk_ins: count(check, "results.walk_ins", &r.walk_ins),
        revenue_minor,
    }
}
