//! The roster's types as they cross to the UI: platforms, statuses, tiers, handles, the creator
//! as typed ([`CreatorInput`]), as checked ([`Draft`]) and as stored ([`Creator`]).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::Lang;
use crate::stored_enum;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Instagram,
    Tiktok,
    Youtube,
    Other,
}

stored_enum!(Platform, fallback: Other, {
    Instagram => "instagram",
    Tiktok => "tiktok",
    Youtube => "youtube",
    Other => "other",
});

impl Platform {
    /// The name shown and written for it, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        crate::i18n::label(lang, "platform", self.as_str())
    }

    /// Reads a platform named in a spreadsheet cell (`IG`, `Insta`, `TikTok`, `YT`…).
    pub fn parse(text: &str) -> Option<Platform> {
        let t: String = text
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        match t.as_str() {
            "instagram" | "ig" | "insta" => Some(Platform::Instagram),
            "tiktok" | "tt" => Some(Platform::Tiktok),
            "youtube" | "yt" => Some(Platform::Youtube),
            "" => None,
            _ => Some(Platform::Other),
        }
    }

    /// The platform's bit in a creator's `platform_mask`.
    pub fn bit(self) -> i64 {
        match self {
            Platform::Instagram => 1,
            Platform::Tiktok => 2,
            Platform::Youtube => 4,
            Platform::Other => 8,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Prospect,
    Contacted,
    Active,
    Paused,
    DoNotContact,
}

stored_enum!(Status, fallback: Prospect, {
    Prospect => "prospect",
    Contacted => "contacted",
    Active => "active",
    Paused => "paused",
    DoNotContact => "do_not_contact",
});

impl Status {
    /// The name shown and written for it, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        crate::i18n::label(lang, "status", self.as_str())
    }

    /// Reads a status as written in a spreadsheet; blank means prospect.
    pub fn parse(text: &str) -> Result<Status, String> {
        let t: String = text
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        Ok(match t.as_str() {
            "" | "prospect" | "new" | "lead" => Status::Prospect,
            "contacted" | "reachedout" | "pitched" => Status::Contacted,
            "active" | "working" | "partner" => Status::Active,
            "paused" | "onhold" | "inactive" => Status::Paused,
            "donotcontact" | "dnc" | "blocked" => Status::DoNotContact,
            _ => {
                return Err(crate::i18n::msg::ErrorNotStatus {
                    text: text.trim().into(),
                }
                .text(crate::i18n::owner()))
            }
        })
    }
}

/// Size class by the largest following on any one platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Starter,
    Nano,
    Micro,
    Macro,
    Mega,
}

stored_enum!(Tier, fallback: Starter, {
    Starter => "starter",
    Nano => "nano",
    Micro => "micro",
    Macro => "macro",
    Mega => "mega",
});

impl Tier {
    /// The name shown and written for it, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        crate::i18n::label(lang, "tier", self.as_str())
    }

    /// The followings the tier covers, as [`Tier::from_followers`] draws its lines.
    pub fn range(self, lang: Lang) -> String {
        crate::i18n::label(lang, "tier-range", self.as_str())
    }

    /// nano 1K–10K, micro 10K–100K, macro 100K–1M, mega 1M+; below 1K a starter.
    pub fn from_followers(followers: i64) -> Tier {
        match followers {
            f if f >= 1_000_000 => Tier::Mega,
            f if f >= 100_000 => Tier::Macro,
            f if f >= 10_000 => Tier::Micro,
            f if f >= 1_000 => Tier::Nano,
            _ => Tier::Starter,
        }
    }
}

/// Engagement rate in percent: (likes + comments + shares) / followers, when any average is known.
pub fn engagement_rate(
    likes: Option<i64>,
    comments: Option<i64>,
    shares: Option<i64>,
    followers: i64,
) -> Option<f64> {
    if followers <= 0 || (likes.is_none() && comments.is_none() && shares.is_none()) {
        return None;
    }
    // Added as decimals, so counts read from any file cannot overflow.
    let interactions: f64 = [likes, comments, shares]
        .iter()
        .map(|n| n.unwrap_or(0) as f64)
        .sum();
    Some(interactions * 100.0 / followers as f64)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Handle {
    pub platform: Platform,
    /// Normalized: lower case, without `@`.
    pub handle: String,
    pub followers: i64,
}

/// One handle as typed in a form or a spreadsheet cell; checked by [`super::validate`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct HandleInput {
    pub platform: Option<Platform>,
    pub handle: String,
    pub followers: String,
}

/// A creator as typed. Numbers stay text here so that `12.5K` or `4,5 %` is read by the same
/// parsers everywhere, and every problem comes back as a message for its field.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct CreatorInput {
    pub display_name: String,
    pub handles: Vec<HandleInput>,
    pub avg_likes: String,
    pub avg_comments: String,
    pub avg_shares: String,
    pub engagement_rate: String,
    pub niches: Vec<String>,
    pub city: String,
    pub email: String,
    pub phone: String,
    pub rate: String,
    pub currency: String,
    pub open_to_gifting: bool,
    pub status: Status,
    pub notes: String,
    /// What briefs and messages to them are written in; none means the shop's language.
    #[serde(default)]
    pub language: Option<Lang>,
}

/// A checked creator, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub display_name: String,
    pub handles: Vec<Handle>,
    pub avg_likes: Option<i64>,
    pub avg_comments: Option<i64>,
    pub avg_shares: Option<i64>,
    pub engagement_typed: Option<f64>,
    pub niches: Vec<String>,
    pub city: String,
    pub email: String,
    pub phone: String,
    pub rate_minor: Option<i64>,
    pub currency: String,
    pub open_to_gifting: bool,
    pub status: Status,
    pub notes: String,
    pub language: Option<Lang>,
}

impl Draft {
    /// The platforms with a handle, as bits (one handle per platform, so the sum is the union).
    pub fn platform_mask(&self) -> i64 {
        self.handles.iter().map(|h| h.platform.bit()).sum()
    }

    pub fn total_followers(&self) -> i64 {
        self.handles.iter().map(|h| h.followers).sum()
    }

    pub fn top_followers(&self) -> i64 {
        self.handles.iter().map(|h| h.followers).max().unwrap_or(0)
    }

    /// The computed rate when averages are known, else the rate the user typed.
    pub fn engagement(&self) -> Option<f64> {
        engagement_rate(
            self.avg_likes,
            self.avg_comments,
            self.avg_shares,
            self.total_followers(),
        )
        .or(self.engagement_typed)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Creator {
    pub id: i64,
    pub display_name: String,
    pub handles: Vec<Handle>,
    pub avg_likes: Option<i64>,
    pub avg_comments: Option<i64>,
    pub avg_shares: Option<i64>,
    /// The rate typed by the user, used when no averages are known.
    pub engagement_typed: Option<f64>,
    /// Derived: the engagement rate in percent.
    pub engagement_rate: Option<f64>,
    /// Derived: followers over all platforms.
    pub total_followers: i64,
    /// Derived from the largest single following.
    pub tier: Tier,
    /// Derived: the platform of [`Creator::main_handle`], so the UI never works it out again.
    pub main_platform: Option<Platform>,
    pub niches: Vec<String>,
    pub city: String,
    pub email: String,
    pub phone: String,
    /// Rate per post in minor units (cents).
    pub rate_minor: Option<i64>,
    pub currency: String,
    pub open_to_gifting: bool,
    pub status: Status,
    pub notes: String,
    /// What briefs and messages to them are written in; none means the shop's language.
    pub language: Option<Lang>,
    /// Archived creators keep their deals but leave the roster list.
    pub archived: bool,
    pub created_at: String,
    pub updated_at: String,
}

impl Creator {
    /// The handle a creator is known by: the one with the most followers, the first platform
    /// (Instagram, TikTok, YouTube, other) on a tie.
    pub fn main_handle(&self) -> Option<&Handle> {
        self.handles.iter().rev().max_by_key(|h| h.followers)
    }

    /// The creator as a draft, for merging and restoring.
    pub fn to_draft(&self) -> Draft {
        Draft {
            display_name: self.display_name.clone(),
            handles: self.handles.clone(),
            avg_likes: self.avg_likes,
            avg_comments: self.avg_comments,
            avg_shares: self.avg_shares,
            engagement_typed: self.engagement_typed,
            niches: self.niches.clone(),
            city: self.city.clone(),
            email: self.email.clone(),
            phone: self.phone.clone(),
            rate_minor: self.rate_minor,
            currency: self.currency.clone(),
            open_to_gifting: self.open_to_gifting,
            status: self.status,
            notes: self.notes.clone(),
            language: self.language,
        }
    }
}
