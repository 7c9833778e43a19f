//! What a brief may hold, as small rules on one [`Check`]: lengths, known placeholders, a
//! timeline of real dates, and discount codes that are well formed and unique in a campaign.

use chrono::NaiveDate;

use super::model::{parse_when, BriefInput, Milestone, RecipientInput};
use super::personalize::{code_from_name, unknown_placeholders, PLACEHOLDERS};
use crate::check::{too_long, Check};
use crate::error::Result;
use crate::i18n::{msg, owner};

const MAX_ITEMS: usize = 12;
const MAX_ITEM: usize = 300;
pub const MAX_MILESTONES: usize = 8;
const MAX_STEP_LABEL: usize = 60;

/// Checks a brief; returns it trimmed, lists without blank items, the timeline in date order.
pub fn validate(input: &BriefInput) -> Result<BriefInput> {
    let mut check = Check::new();
    let campaign = text(&mut check, "campaign", &input.campaign, 120);
    check.flag(campaign.is_empty(), "campaign", || {
        msg::error_brief_campaign(owner())
    });
    let summary = text(&mut check, "summary", &input.summary, 1200);
    let goals = list(&mut check, "goals", &input.goals);
    let messaging = list(&mut check, "messaging", &input.messaging);
    let disclosure = text(&mut check, "disclosure", &input.disclosure, 200);
    let target_group = list(&mut check, "target_group", &input.target_group);
    let deliverables = list(&mut check, "deliverables", &input.deliverables);
    let compensation = text(&mut check, "compensation", &input.compensation, 400);
    let dos = list(&mut check, "dos", &input.dos);
    let donts = list(&mut check, "donts", &input.donts);
    let contact = text(&mut check, "contact", &input.contact, 200);
    let timeline = timeline(&mut check, &input.timeline);
    check.finish(BriefInput {
        campaign,
        summary,
        goals,
        messaging,
        // Left empty, the page prints the usual disclosure in the creator's language.
        disclosure,
        target_group,
        deliverables,
        timeline,
        compensation,
        dos,
        donts,
        contact,
    })
}

/// One text field, trimmed: at most `max` characters, only known placeholders.
fn text(check: &mut Check, field: &str, value: &str, max: usize) -> String {
    let value = check.trimmed(field, value, max);
    placeholders(check, field, &value);
    value
}

/// A list of points without the blank ones: a few short points, only known placeholders.
fn list(check: &mut Check, field: &str, items: &[String]) -> Vec<String> {
    let items: Vec<String> = items
        .iter()
        .map(|i| i.trim().to_string())
        .filter(|i| !i.is_empty())
        .collect();
    check.flag(items.len() > MAX_ITEMS, field, || {
        msg::ErrorTooManyPoints {
            max: MAX_ITEMS.into(),
        }
        .text(owner())
    });
    for item in &items {
        check.flag(too_long(item, MAX_ITEM), field, || {
            msg::ErrorPointTooLong {
                max: MAX_ITEM.into(),
            }
            .text(owner())
        });
        placeholders(check, field, item);
    }
    items
}

fn placeholders(check: &mut Check, field: &str, text: &str) {
    for token in unknown_placeholders(text) {
        check.add(
            field,
            msg::ErrorPlaceholder {
                token: token.as_str().into(),
                known: PLACEHOLDERS.join(", ").into(),
            }
            .text(owner()),
        );
    }
}

/// The steps in date order, skipping blank rows; each needs a short name and a date or week.
fn timeline(check: &mut Check, steps: &[Milestone]) -> Vec<Milestone> {
    let mut timeline: Vec<(NaiveDate, Milestone)> = Vec::new();
    for (i, m) in steps.iter().enumerate() {
        let label = m.label.trim().to_string();
        if label.is_empty() && m.when.trim().is_empty() {
            continue;
        }
        check.flag(
            label.is_empty() || too_long(&label, MAX_STEP_LABEL),
            format!("timeline.{i}.label"),
            || {
                msg::ErrorStepLabel {
                    max: MAX_STEP_LABEL.into(),
                }
                .text(owner())
            },
        );
        match parse_when(&m.when) {
            Some(when) => timeline.push((
                when.sort_key(),
                Milestone {
                    label,
                    when: m.when.trim().to_string(),
                },
            )),
            None => check.add(format!("timeline.{i}.when"), msg::error_step_when(owner())),
        }
    }
    check.flag(timeline.len() > MAX_MILESTONES, "timeline", || {
        msg::ErrorTooManySteps {
            max: MAX_MILESTONES.into(),
        }
        .text(owner())
    });
    timeline.sort_by_key(|(date, _)| *date);
    timeline.into_iter().map(|(_, m)| m).collect()
}

/// The creators to address, in order, each once, with their codes: a blank code is made from
/// the creator's name (`names`, one per input row) and numbered until it is free; a typed one
/// must be well formed. Codes are unique within the brief.
pub fn recipients(input: &[RecipientInput], names: &[String]) -> Result<Vec<(i64, String)>> {
    let mut check = Check::new();
    let mut chosen: Vec<(i64, String)> = Vec::new();
    for (i, (r, name)) in input.iter().zip(names).enumerate() {
        if chosen.iter().any(|(c, _)| *c == r.creator_id) {
            continue;
        }
        let field = format!("recipients.{i}.code");
        let code = if r.code.trim().is_empty() {
            free_code(&code_from_name(name), input, &chosen)
        } else {
            match normalize_code(&r.code) {
                Ok(code) => code,
                Err(message) => {
                    check.add(field, message);
                    continue;
                }
            }
        };
        if chosen.iter().any(|(_, c)| *c == code) {
            check.add(
                field,
                msg::ErrorCodeTaken {
                    code: code.as_str().into(),
                }
                .text(owner()),
            );
            continue;
        }
        chosen.push((r.creator_id, code));
    }
    check.finish(chosen)
}

/// `base`, or `base2`, `base3`… when it is taken or typed for another creator.
fn free_code(base: &str, input: &[RecipientInput], chosen: &[(i64, String)]) -> String {
    let taken = |code: &str| {
        chosen.iter().any(|(_, c)| c == code)
            || input
                .iter()
                .any(|o| o.code.trim().eq_ignore_ascii_case(code))
    };
    let mut code = base.to_string();
    let mut n = 2;
    while taken(&code) {
        code = format!("{base}{n}");
        n += 1;
    }
    code
}

pub(crate) fn normalize_code(code: &str) -> std::result::Result<String, String> {
    let code = code.trim().to_ascii_uppercase();
    if !(3..=20).contains(&code.len())
        || !code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(msg::ErrorRecipientCode {
            code: code.as_str().into(),
        }
        .text(owner()));
    }
    Ok(code)
}
