//! The sample shop's two briefs: an oat latte launch and a vintage market in its courtyard.
//! Money is in the shop's currency, and the timelines are built around the launch day and the
//! market day, the same days the sample deals made from them are due.

use chrono::{Datelike, Duration, NaiveDate};

use super::shop::money;
use crate::briefs::{BriefInput, Milestone};
use crate::i18n::{msg, Lang};

/// The two sample briefs in English and euros, for a launch on 3 December 2026 and a market on
/// the 12th.
pub fn briefs() -> Vec<BriefInput> {
    let december = |day| NaiveDate::from_ymd_opt(2026, 12, day).unwrap_or_default();
    briefs_for("EUR", Lang::En, december(3), december(12))
}

/// The two sample briefs in `lang` with amounts in `currency`, around the given days.
pub(super) fn briefs_for(
    currency: &str,
    lang: Lang,
    launch: NaiveDate,
    market: NaiveDate,
) -> Vec<BriefInput> {
    vec![
        latte_launch(currency, lang, launch),
        market_weekend(currency, lang, market),
    ]
}

fn list(lang: Lang, items: &[fn(Lang) -> String]) -> Vec<String> {
    items.iter().map(|text| text(lang)).collect()
}

fn step(label: String, when: String) -> Milestone {
    Milestone { label, when }
}

// The stand-ins a brief fills in per creator, kept as the owner would type them.
const FIRST_NAME: &str = "{first_name}";
const SHOP: &str = "{shop}";
const CODE: &str = "{code}";

fn on(day: NaiveDate, offset: i64) -> String {
    (day + Duration::days(offset)).to_string()
}

/// The ISO week, as in `2026-W50`, holding `offset` days after `day`.
fn week(day: NaiveDate, offset: i64) -> String {
    let week = (day + Duration::days(offset)).iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

fn latte_launch(currency: &str, lang: Lang, launch: NaiveDate) -> BriefInput {
    BriefInput {
        campaign: msg::sample_latte_campaign(lang),
        summary: msg::SampleLatteSummary {
            first_name: FIRST_NAME.into(),
        }
        .text(lang),
        goals: vec![
            msg::sample_latte_goal_faces(lang),
            msg::sample_latte_goal_name(lang),
            msg::SampleLatteGoalFollowing { shop: SHOP.into() }.text(lang),
        ],
        messaging: vec![
            msg::SampleLatteMessageCode { code: CODE.into() }.text(lang),
            msg::SampleLatteMessageTag { shop: SHOP.into() }.text(lang),
            msg::sample_latte_message_art(lang),
        ],
        disclosure: String::new(),
        target_group: list(
            lang,
            &[
                msg::sample_latte_target_neighbours,
                msg::sample_latte_target_plant,
            ],
        ),
        deliverables: list(
            lang,
            &[
                msg::sample_latte_deliverable_reel,
                msg::sample_latte_deliverable_stories,
                msg::sample_latte_deliverable_photo,
            ],
        ),
        timeline: vec![
            step(msg::sample_latte_step_visit(lang), on(launch, -7)),
            step(msg::sample_latte_step_concepts(lang), on(launch, -5)),
            step(msg::sample_latte_step_drafts(lang), on(launch, -2)),
            step(msg::sample_latte_step_live(lang), on(launch, 0)),
            step(msg::sample_latte_step_stories(lang), week(launch, 7)),
        ],
        compensation: msg::SampleLatteCompensation {
            amount: money(60, currency, lang).into(),
        }
        .text(lang),
        dos: list(
            lang,
            &[msg::sample_latte_do_yourself, msg::sample_latte_do_daylight],
        ),
        donts: list(
            lang,
            &[msg::sample_latte_dont_brands, msg::sample_latte_dont_early],
        ),
        // Blank: the page gives the shop's own contact.
        contact: String::new(),
    }
}

fn market_weekend(currency: &str, lang: Lang, market: NaiveDate) -> BriefInput {
    BriefInput {
        campaign: msg::sample_market_campaign(lang),
        summary: msg::SampleMarketSummary {
            first_name: FIRST_NAME.into(),
        }
        .text(lang),
        goals: list(
            lang,
            &[msg::sample_market_goal_fill, msg::sample_market_goal_makers],
        ),
        messaging: vec![
            msg::SampleMarketMessageCode { code: CODE.into() }.text(lang),
            msg::sample_market_message_tag(lang),
        ],
        disclosure: msg::sample_market_disclosure(lang),
        target_group: list(
            lang,
            &[
                msg::sample_market_target_vintage,
                msg::sample_market_target_families,
            ],
        ),
        deliverables: list(
            lang,
            &[
                msg::sample_market_deliverable_stories,
                msg::sample_market_deliverable_tiktok,
            ],
        ),
        timeline: vec![
            step(msg::sample_market_step_pick_up(lang), on(market, -14)),
            step(msg::sample_market_step_posts(lang), on(market, 0)),
        ],
        compensation: msg::SampleMarketCompensation {
            amount: money(80, currency, lang).into(),
        }
        .text(lang),
        dos: Vec::new(),
        donts: Vec::new(),
        contact: String::new(),
    }
}
