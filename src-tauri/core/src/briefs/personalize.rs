//! One brief, many creators: the placeholders a brief may use, how they are filled for one
//! creator, and the discount code made from a name when the owner leaves it blank.

use super::model::{BriefInput, Milestone, Recipient};
use crate::i18n::{self, msg};

pub const PLACEHOLDERS: &[&str] = &["{first_name}", "{name}", "{handle}", "{code}", "{shop}"];

/// Every `{…}` in `text` that is not one of [`PLACEHOLDERS`] (long runs between braces are
/// taken for plain text, not a mistyped placeholder).
pub(super) fn unknown_placeholders(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start..];
        let Some(end) = after.find('}') else { break };
        let token = &after[..=end];
        if !PLACEHOLDERS.contains(&token) && token.len() <= 40 {
            found.push(token.to_string());
        }
        rest = &after[end + 1..];
    }
    found
}

/// The brief's text for one creator: every placeholder filled, `{shop}` with the shop's name
/// (not its handle, which may be blank). Without a creator, each placeholder shows what it
/// stands for, as in `[first name]`, in the owner's language.
pub fn personalize(
    brief: &BriefInput,
    recipient: Option<&Recipient>,
    shop_name: &str,
) -> BriefInput {
    let (first, name, handle, code) = match recipient {
        Some(r) => (
            crate::text::first_name(&r.display_name).to_string(),
            r.display_name.clone(),
            r.handle.clone(),
            r.code.clone(),
        ),
        None => {
            let lang = i18n::owner();
            (
                msg::briefs_stand_in_first_name(lang),
                msg::briefs_stand_in_name(lang),
                msg::briefs_stand_in_handle(lang),
                msg::briefs_stand_in_code(lang),
            )
        }
    };
    let fill = |text: &str| {
        text.replace("{first_name}", &first)
            .replace("{name}", &name)
            .replace("{handle}", &handle)
            .replace("{code}", &code)
            .replace("{shop}", shop_name)
    };
    let fill_all = |items: &[String]| items.iter().map(|i| fill(i)).collect::<Vec<_>>();
    BriefInput {
        campaign: fill(&brief.campaign),
        summary: fill(&brief.summary),
        goals: fill_all(&brief.goals),
        messaging: fill_all(&brief.messaging),
        disclosure: fill(&brief.disclosure),
        target_group: fill_all(&brief.target_group),
        deliverables: fill_all(&brief.deliverables),
        timeline: brief
            .timeline
            .iter()
            .map(|m| Milestone {
                label: fill(&m.label),
                when: m.when.clone(),
            })
            .collect(),
        compensation: fill(&brief.compensation),
        dos: fill_all(&brief.dos),
        donts: fill_all(&brief.donts),
        contact: fill(&brief.contact),
    }
}

/// A discount code from a name: `Zoë Martin` gives `ZOE`.
pub fn code_from_name(name: &str) -> String {
    let first = name
        .split_whitespace()
        .find(|w| w.chars().any(char::is_alphanumeric))
        .unwrap_or("");
    let folded: String = crate::text::sort_key(first)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(12)
        .collect::<String>()
        .to_ascii_uppercase();
    if folded.len() >= 3 {
        folded
    } else {
        format!("{folded}CODE")
    }
}
