//! Checks a creator as typed: one small rule per field, run in the form's order on one
//! [`Check`], so every problem comes back at once against the field it belongs to.

use super::handle::normalize_handle;
use super::model::{CreatorInput, Draft, Handle, HandleInput, Platform};
use crate::check::{has_control, too_long, Check};
use crate::error::Result;
use crate::i18n::{msg, owner, Lang};
use crate::text::{
    is_currency, is_email, parse_money, parse_optional_count, parse_percent, strip_bidi_controls,
    DEFAULT_CURRENCY,
};

pub const MAX_NAME: usize = 200;
pub const MAX_NOTES: usize = 20_000;
const MAX_SHORT: usize = 200;
pub(crate) const MAX_NICHES: usize = 20;
const MAX_NICHE: usize = 50;

/// Checks everything the user typed, returning every problem at once.
pub fn validate(input: &CreatorInput) -> Result<Draft> {
    let mut check = Check::new();
    let display_name = name(&mut check, &input.display_name);
    let handles = handles(&mut check, &input.handles);
    let count = |check: &mut Check, field: &str, text: &str, label: fn(Lang) -> String| {
        check.parsed(
            field,
            parse_optional_count(text),
            |reason| labelled(label, reason),
            None,
        )
    };
    let avg_likes = count(
        &mut check,
        "avg_likes",
        &input.avg_likes,
        msg::error_label_likes,
    );
    let avg_comments = count(
        &mut check,
        "avg_comments",
        &input.avg_comments,
        msg::error_label_comments,
    );
    let avg_shares = count(
        &mut check,
        "avg_shares",
        &input.avg_shares,
        msg::error_label_shares,
    );
    let engagement_typed = check.parsed(
        "engagement_rate",
        parse_percent(&input.engagement_rate),
        |reason| labelled(msg::error_label_engagement_rate, reason),
        None,
    );
    let niches = niches(&mut check, &input.niches);
    let city = short(&mut check, "city", &input.city);
    let email = short(&mut check, "email", &input.email);
    let phone = short(&mut check, "phone", &input.phone);
    check.flag(!email.is_empty() && !is_email(&email), "email", || {
        msg::error_email(owner())
    });
    check.flag(!phone.is_empty() && !is_phone(&phone), "phone", || {
        msg::error_phone(owner())
    });
    let (rate_minor, currency) = rate(&mut check, &input.rate, &input.currency);
    let notes = input.notes.trim().to_string();
    check.flag(too_long(&notes, MAX_NOTES), "notes", || {
        msg::ErrorNotesTooLong {
            max: MAX_NOTES.into(),
        }
        .text(owner())
    });
    check.finish(Draft {
        display_name,
        handles,
        avg_likes,
        avg_comments,
        avg_shares,
        engagement_typed,
        niches,
        city,
        email,
        phone,
        rate_minor,
        currency,
        open_to_gifting: input.open_to_gifting,
        status: input.status,
        notes,
        language: input.language,
    })
}

/// `problem` after the name of its field: "Followers: “12x” is not a number."
pub(crate) fn labelled(label: fn(Lang) -> String, problem: String) -> String {
    let lang = owner();
    msg::ErrorLabelled {
        label: label(lang).into(),
        problem: problem.into(),
    }
    .text(lang)
}

/// The name is required, bounded and on one line; text-direction marks are dropped (they
/// could turn the name around in a file name made from it).
fn name(check: &mut Check, typed: &str) -> String {
    let name = strip_bidi_controls(typed).trim().to_string();
    let problem = if name.is_empty() {
        Some(msg::error_name_empty(owner()))
    } else if too_long(&name, MAX_NAME) {
        Some(
            msg::ErrorNameTooLong {
                max: MAX_NAME.into(),
            }
            .text(owner()),
        )
    } else if has_control(&name) {
        Some(msg::error_name_control(owner()))
    } else {
        None
    };
    if let Some(message) = problem {
        check.add("display_name", message);
    }
    name
}

/// Every filled-in handle, normalized, one per platform, in platform order.
fn handles(check: &mut Check, typed: &[HandleInput]) -> Vec<Handle> {
    let mut handles: Vec<Handle> = Vec::new();
    for (i, h) in typed.iter().enumerate() {
        if let Some(handle) = handle(check, i, h, &handles) {
            handles.push(handle);
        }
    }
    handles.sort_by_key(|h| h.platform);
    handles
}

/// The `i`th handle, or `None` when it is blank or wrong (then said why, unless blank).
fn handle(check: &mut Check, i: usize, h: &HandleInput, known: &[Handle]) -> Option<Handle> {
    let field = format!("handles.{i}.handle");
    if h.handle.trim().is_empty() {
        check.flag(!h.followers.trim().is_empty(), field, || {
            msg::error_followers_without_handle(owner())
        });
        return None;
    }
    let normalized = match normalize_handle(&h.handle) {
        Ok(n) => n,
        Err(reason) => {
            check.add(field, reason);
            return None;
        }
    };
    let platform = match (h.platform, normalized.platform) {
        (Some(chosen), Some(linked)) if chosen != linked && chosen != Platform::Other => {
            let lang = owner();
            check.add(
                field,
                msg::ErrorWrongPlatform {
                    linked: linked.label(lang).into(),
                    chosen: chosen.label(lang).into(),
                }
                .text(lang),
            );
            return None;
        }
        (_, Some(linked)) => linked,
        (Some(chosen), None) => chosen,
        (None, None) => Platform::Other,
    };
    if check.flag(
        known.iter().any(|k| k.platform == platform),
        format!("handles.{i}.platform"),
        || {
            msg::ErrorPlatformTwice {
                platform: platform.label(owner()).into(),
            }
            .text(owner())
        },
    ) {
        return None;
    }
    let followers = check.parsed(
        format!("handles.{i}.followers"),
        parse_optional_count(&h.followers),
        |reason| labelled(msg::error_label_followers, reason),
        None,
    );
    Some(Handle {
        platform,
        handle: normalized.handle,
        followers: followers.unwrap_or(0),
    })
}

/// Niches split on `,` and `;`, without `#`, each once whatever its case.
fn niches(check: &mut Check, typed: &[String]) -> Vec<String> {
    let mut niches: Vec<String> = Vec::new();
    for niche in typed.iter().flat_map(|n| n.split([',', ';'])) {
        let niche = niche.trim().trim_start_matches('#').trim();
        if niche.is_empty() || niches.iter().any(|n| n.eq_ignore_ascii_case(niche)) {
            continue;
        }
        if check.flag(
            too_long(niche, MAX_NICHE) || has_control(niche),
            "niches",
            || {
                msg::ErrorNicheTooLong {
                    max: MAX_NICHE.into(),
                }
                .text(owner())
            },
        ) {
            break;
        }
        niches.push(niche.to_string());
    }
    check.flag(niches.len() > MAX_NICHES, "niches", || {
        msg::ErrorTooManyNiches {
            max: MAX_NICHES.into(),
        }
        .text(owner())
    });
    niches
}

/// A short text field: trimmed, bounded, on one line.
fn short(check: &mut Check, field: &str, typed: &str) -> String {
    let value = typed.trim().to_string();
    check.flag(
        too_long(&value, MAX_SHORT) || has_control(&value),
        field,
        || {
            msg::ErrorKeepUnderOneLine {
                max: MAX_SHORT.into(),
            }
            .text(owner())
        },
    );
    value
}

pub(crate) fn is_phone(text: &str) -> bool {
    text.chars().filter(char::is_ascii_digit).count() >= 3
        && text.len() <= 40
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().//ext".contains(c))
}

/// The rate in minor units and its currency: typed, else the one the rate named, else the
/// default.
fn rate(check: &mut Check, rate: &str, currency: &str) -> (Option<i64>, String) {
    let (rate_minor, rate_currency) = check.parsed(
        "rate",
        parse_money(rate),
        |reason| labelled(msg::error_label_rate, reason),
        (None, None),
    );
    let currency = match currency.trim() {
        "" => rate_currency.unwrap_or_else(|| DEFAULT_CURRENCY.to_string()),
        typed => typed.to_ascii_uppercase(),
    };
    check.flag(!is_currency(&currency), "currency", || {
        msg::error_currency_code(owner())
    });
    (rate_minor, currency)
}
