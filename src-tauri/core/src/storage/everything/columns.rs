//! What each column of an export may hold: its kind (whole number, text, date, one of a list…),
//! its bounds (the forms' limits, and money small enough that sums cannot overflow), and
//! whether it may be null or left out. Every table the export writes, in the order it is read.

use crate::deals::{DealStatus, MAX_DELIVERABLES, MAX_ITEMS};
use crate::i18n::Lang;
use crate::roster::{Platform, Status, Tier, MAX_NAME, MAX_NICHES, MAX_NOTES};
use crate::settings::brand::{DateStyle, PageSize};
use crate::text::{MAX_COUNT, MAX_MONEY};

/// The longest free text a deal or a brief keeps (the forms' limit for notes and feedback).
const MAX_TEXT: usize = 20_000;

#[derive(Debug, Clone, Copy)]
pub(super) enum Kind {
    /// A row id: a whole number from 1.
    Id,
    /// A row id of `table`, which must be in the file.
    Ref(&'static str),
    /// A whole number from `.0` to `.1`.
    Int(i64, i64),
    /// 0 or 1.
    Flag,
    /// An amount in minor units, from 0 to [`MAX_MONEY`] times `.0` (a deal's total adds four).
    Money(i64),
    /// A number from `.0` to `.1`.
    Real(f64, f64),
    /// Text of at most `.0` characters; line breaks allowed.
    Text(usize),
    /// One line of at most `.0` characters.
    Line(usize),
    /// One line of 1 to `.0` characters.
    Name(usize),
    /// One of a stored enum's names.
    Enum(fn() -> Vec<&'static str>),
    /// Deal kinds, comma separated, at least one.
    Kinds,
    /// An ISO date, `2026-12-01`.
    Date,
    /// A moment as the app stamps rows, `2026-12-01T09:30:00.000Z`.
    Stamp,
    /// A three-letter currency code.
    Currency,
    Email,
    Phone,
    /// A creator's handle, as the forms normalize it.
    Handle,
    /// A web address, or nothing.
    Url,
    /// A deal's discount code, or nothing.
    DealCode,
    /// A brief's discount code for one creator.
    RecipientCode,
    /// `#RRGGBB`.
    Color,
    /// A brief's list: a JSON array of short strings.
    List,
    /// A brief's timeline: a JSON array of `{label, when}`.
    Timeline,
    /// The brand's logo: a picture of at most `MAX_LOGO_BYTES`.
    Logo,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Presence {
    /// Must be there and not null.
    Required,
    /// May be left out (the table has a default), not null.
    Defaulted,
    /// May be left out or null.
    Nullable,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Column {
    pub name: &'static str,
    pub kind: Kind,
    pub presence: Presence,
}

const fn req(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        presence: Presence::Required,
    }
}

const fn def(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        presence: Presence::Defaulted,
    }
}

const fn null(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        presence: Presence::Nullable,
    }
}

fn platforms() -> Vec<&'static str> {
    Platform::ALL.map(Platform::as_str).to_vec()
}
fn statuses() -> Vec<&'static str> {
    Status::ALL.map(Status::as_str).to_vec()
}
fn tiers() -> Vec<&'static str> {
    Tier::ALL.map(Tier::as_str).to_vec()
}
fn deal_statuses() -> Vec<&'static str> {
    DealStatus::ALL.map(DealStatus::as_str).to_vec()
}
fn page_sizes() -> Vec<&'static str> {
    PageSize::ALL.map(PageSize::as_str).to_vec()
}
fn date_styles() -> Vec<&'static str> {
    DateStyle::ALL.map(DateStyle::as_str).to_vec()
}
fn languages() -> Vec<&'static str> {
    Lang::OFFERED.map(Lang::as_str).to_vec()
}
/// A creator's language, or none (the shop's).
fn languages_or_none() -> Vec<&'static str> {
    [""].into_iter().chain(languages()).collect()
}

const COUNT: Kind = Kind::Int(0, MAX_COUNT);
/// A sort key folds a name; folding can lengthen it, never past four times.
const KEY: Kind = Kind::Text(4 * MAX_NAME);

const BRAND: &[Column] = &[
    req("id", Kind::Int(1, 1)),
    def("shop_name", Kind::Text(120)),
    def("address", Kind::Text(300)),
    def("website", Kind::Line(200)),
    def("instagram", Kind::Line(100)),
    def("contact_name", Kind::Text(120)),
    def("contact_email", Kind::Email),
    def("accent_color", Kind::Color),
    def("page_size", Kind::Enum(page_sizes)),
    def("date_style", Kind::Enum(date_styles)),
    null("logo", Kind::Logo),
    def("currency", Kind::Currency),
    def("language", Kind::Enum(languages)),
];

const CREATORS: &[Column] = &[
    req("id", Kind::Id),
    req("display_name", Kind::Name(MAX_NAME)),
    def("name_key", KEY),
    def("city", Kind::Line(200)),
    def("city_key", KEY),
    def("email", Kind::Email),
    def("phone", Kind::Phone),
    null("avg_likes", COUNT),
    null("avg_comments", COUNT),
    null("avg_shares", COUNT),
    null("engagement_typed", Kind::Real(0.0, 100.0)),
    null("rate_minor", Kind::Money(1)),
    def("currency", Kind::Currency),
    def("open_to_gifting", Kind::Flag),
    def("status", Kind::Enum(statuses)),
    def("notes", Kind::Text(MAX_NOTES)),
    def("total_followers", Kind::Int(0, 4 * MAX_COUNT)),
    def("top_followers", COUNT),
    def("tier", Kind::Enum(tiers)),
    // Interactions over followers: three averages over one follower at most.
    null("engagement", Kind::Real(0.0, 300.0 * MAX_COUNT as f64)),
    req("created_at", Kind::Stamp),
    req("updated_at", Kind::Stamp),
    def("archived", Kind::Flag),
    def("platform_mask", Kind::Int(0, 15)),
    def("language", Kind::Enum(languages_or_none)),
];

const CREATOR_HANDLES: &[Column] = &[
    req("creator_id", Kind::Ref("creators")),
    req("platform", Kind::Enum(platforms)),
    req("handle", Kind::Handle),
    def("followers", COUNT),
    // Recomputed after the import: a key in a file is never trusted.
    def("look_alike_key", Kind::Text(MAX_TEXT)),
];

const CREATOR_NICHES: &[Column] = &[
    req("creator_id", Kind::Ref("creators")),
    req("position", Kind::Int(0, MAX_NICHES as i64)),
    req("niche", Kind::Name(50)),
];

const BRIEFS: &[Column] = &[
    req("id", Kind::Id),
    req("campaign", Kind::Name(120)),
    def("summary", Kind::Text(1200)),
    def("goals", Kind::List),
    def("messaging", Kind::List),
    def("disclosure", Kind::Text(200)),
    def("target_group", Kind::List),
    def("deliverables", Kind::List),
    def("timeline", Kind::Timeline),
    def("compensation", Kind::Text(400)),
    def("dos", Kind::List),
    def("donts", Kind::List),
    def("contact", Kind::Text(200)),
    def("archived", Kind::Flag),
    req("created_at", Kind::Stamp),
    req("updated_at", Kind::Stamp),
];

const BRIEF_RECIPIENTS: &[Column] = &[
    req("brief_id", Kind::Ref("briefs")),
    req("creator_id", Kind::Ref("creators")),
    req("code", Kind::RecipientCode),
    req("position", Kind::Int(0, 1_000_000)),
];

const DEALS: &[Column] = &[
    req("id", Kind::Id),
    req("creator_id", Kind::Ref("creators")),
    null("brief_id", Kind::Ref("briefs")),
    def("campaign", Kind::Text(120)),
    req("kinds", Kind::Kinds),
    def("status", Kind::Enum(deal_statuses)),
    def("platform", Kind::Enum(platforms)),
    req("currency", Kind::Currency),
    def("fee_minor", Kind::Money(1)),
    def("commission_bp", Kind::Int(0, 10_000)),
    def("shipping_minor", Kind::Money(1)),
    req("start_date", Kind::Date),
    null("handover_date", Kind::Date),
    def("visit_at", Kind::Text(40)),
    def("discount_code", Kind::DealCode),
    def("landing_url", Kind::Url),
    null("reach", COUNT),
    null("impressions", COUNT),
    null("likes", COUNT),
    null("comments", COUNT),
    null("shares", COUNT),
    null("saves", COUNT),
    null("clicks", COUNT),
    null("redemptions", COUNT),
    null("walk_ins", COUNT),
    null("revenue_minor", Kind::Money(1)),
    null("rating", Kind::Int(1, 5)),
    null("work_again", Kind::Flag),
    def("feedback", Kind::Text(MAX_TEXT)),
    def("notes", Kind::Text(MAX_TEXT)),
    def("nudged_day", Kind::Int(0, 366)),
    null("next_due", Kind::Date),
    def("open_deliverables", Kind::Int(0, MAX_DELIVERABLES as i64)),
    def("posted_any", Kind::Flag),
    def("items_cost_minor", Kind::Money(1)),
    // Items, fee, shipping and commission, each at most one amount.
    def("cost_minor", Kind::Money(4)),
    def("retail_minor", Kind::Money(1)),
    req("created_at", Kind::Stamp),
    req("updated_at", Kind::Stamp),
];

const DEAL_ITEMS: &[Column] = &[
    req("deal_id", Kind::Ref("deals")),
    req("position", Kind::Int(0, MAX_ITEMS as i64)),
    req("name", Kind::Name(200)),
    req("quantity", Kind::Int(1, 100_000)),
    req("unit_cost_minor", Kind::Money(1)),
    req("unit_retail_minor", Kind::Money(1)),
];

const DEAL_DELIVERABLES: &[Column] = &[
    req("deal_id", Kind::Ref("deals")),
    req("position", Kind::Int(0, MAX_DELIVERABLES as i64)),
    req("label", Kind::Name(300)),
    null("due_date", Kind::Date),
    def("post_url", Kind::Url),
    null("posted_date", Kind::Date),
    def("disclosure_seen", Kind::Flag),
];

const DEAL_HISTORY: &[Column] = &[
    req("id", Kind::Id),
    req("deal_id", Kind::Ref("deals")),
    req("at", Kind::Stamp),
    null("from_status", Kind::Enum(deal_statuses)),
    req("to_status", Kind::Enum(deal_statuses)),
    def("note", Kind::Text(MAX_TEXT)),
];

/// Every table with data, parents before children, each with the columns that order its rows
/// in an export and what each column may hold.
pub(super) const TABLES: &[(&str, &str, &[Column])] = &[
    ("brand", "id", BRAND),
    ("creators", "id", CREATORS),
    ("creator_handles", "creator_id, platform", CREATOR_HANDLES),
    ("creator_niches", "creator_id, position", CREATOR_NICHES),
    ("briefs", "id", BRIEFS),
    ("brief_recipients", "brief_id, creator_id", BRIEF_RECIPIENTS),
    ("deals", "id", DEALS),
    ("deal_items", "deal_id, position", DEAL_ITEMS),
    ("deal_deliverables", "deal_id, position", DEAL_DELIVERABLES),
    ("deal_history", "id", DEAL_HISTORY),
];

/// How big an amount of this kind may be.
pub(super) fn money_limit(times: i64) -> i64 {
    MAX_MONEY * times
}
