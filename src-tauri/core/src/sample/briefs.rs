//! The sample shop's two briefs: an oat latte launch and a vintage market in its courtyard.
//! Money is in the shop's currency, and the timelines are built around the launch day and the
//! market day, the same days the sample deals made from them are due.

use chrono::{Datelike, Duration, NaiveDate};

use super::shop::money;
use crate::briefs::{BriefInput, Milestone};

/// The two sample briefs in euros, for a launch on 3 December 2026 and a market on the 12th.
pub fn briefs() -> Vec<BriefInput> {
    let december = |day| NaiveDate::from_ymd_opt(2026, 12, day).unwrap_or_default();
    briefs_for("EUR", december(3), december(12))
}

/// The two sample briefs with amounts in `currency`, around the given days.
pub(super) fn briefs_for(currency: &str, launch: NaiveDate, market: NaiveDate) -> Vec<BriefInput> {
    vec![
        latte_launch(currency, launch),
        market_weekend(currency, market),
    ]
}

fn list(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn step(label: &str, when: String) -> Milestone {
    Milestone {
        label: label.into(),
        when,
    }
}

fn on(day: NaiveDate, offset: i64) -> String {
    (day + Duration::days(offset)).to_string()
}

/// The ISO week, as in `2026-W50`, holding `offset` days after `day`.
fn week(day: NaiveDate, offset: i64) -> String {
    let week = (day + Duration::days(offset)).iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

fn latte_launch(currency: &str, launch: NaiveDate) -> BriefInput {
    BriefInput {
        campaign: "Autumn Oat Latte launch".into(),
        summary: "Our new oat latte with house-made spiced syrup arrives on launch day. \
            We would love {first_name} to be among the first to try it, at a quiet moment \
            in the cafe, and to tell their followers what makes it worth the walk."
            .into(),
        goals: list(&[
            "Bring new faces from the neighbourhood in during the launch fortnight",
            "Make the spiced oat latte the drink people ask for by name",
            "Grow {shop}'s local following with honest, warm content",
        ]),
        messaging: list(&[
            "Mention your code {code} for 15% off a drink in the launch fortnight",
            "Tag {shop} and use #OatLatteSeason",
            "Show the latte art and the window seat, not just the cup",
        ]),
        disclosure: String::new(),
        target_group: list(&[
            "Neighbours and students within a 15-minute walk",
            "Plant-based and lactose-free coffee drinkers",
        ]),
        deliverables: list(&[
            "1 Reel, 30–60 s, filmed in the cafe",
            "2 Stories with a link sticker to our map pin",
            "1 feed photo in the carousel after the launch week",
        ]),
        timeline: vec![
            step("Visit and tasting", on(launch, -7)),
            step("Concepts to us", on(launch, -5)),
            step("Drafts for a quick look", on(launch, -2)),
            step("Reel goes live", on(launch, 0)),
            step("Stories and photo", week(launch, 7)),
        ],
        compensation: format!(
            "Free drinks and pastries during the visit and a {} gift card.",
            money(60, currency)
        ),
        dos: list(&[
            "Be yourself: your own words and music",
            "Film in daylight by the window",
        ]),
        donts: list(&[
            "No other coffee brands in frame",
            "No posting before the launch day",
        ]),
        // Blank: the page gives the shop's own contact.
        contact: String::new(),
    }
}

fn market_weekend(currency: &str, market: NaiveDate) -> BriefInput {
    BriefInput {
        campaign: "Vintage market weekend".into(),
        summary: "Once a season we open the courtyard to local makers. Come by, pick a \
            piece you love from the rails, keep it, and show {first_name}'s way of styling it."
            .into(),
        goals: list(&[
            "Fill the courtyard on market morning",
            "Introduce the makers to new customers",
        ]),
        messaging: list(&[
            "Your code {code} gives 10% off at the till",
            "Use #CourtyardMarket",
        ]),
        disclosure: "#gifted at the start of the caption".into(),
        target_group: list(&[
            "Second-hand and vintage fans",
            "Families looking for a weekend outing",
        ]),
        deliverables: list(&["3 Stories on the day", "1 TikTok try-on, 20–40 s"]),
        timeline: vec![
            step("Pick up your piece by", on(market, -14)),
            step("Market day posts", on(market, 0)),
        ],
        compensation: format!(
            "One piece of your choice up to {} retail value.",
            money(80, currency)
        ),
        dos: Vec::new(),
        donts: Vec::new(),
        contact: String::new(),
    }
}
