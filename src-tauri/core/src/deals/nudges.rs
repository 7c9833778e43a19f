//! Friendly reminders: which creators received the product (or visited) and have not posted
//! yet, on day 7, 10 and 14 after the hand-over, the text to send them, and marking one sent.

use chrono::{Duration, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::list::SHOWN;
use super::{store, DealStatus};
use crate::error::{Error, Result};
use crate::files::now;
use crate::i18n::{msg, owner, Lang};
use crate::storage::db::Db;
use crate::text::first_name;

/// A friendly reminder due for a creator who received the product (or visited) and has not
/// posted yet.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Nudge {
    pub deal_id: i64,
    pub creator_id: i64,
    pub creator_name: String,
    pub email: String,
    pub campaign: String,
    pub handover_date: String,
    pub days_since: i64,
    /// 7, 10 or 14: the reminder this is.
    pub day: i64,
    pub message: String,
    /// An email draft of the message, when the creator has an address.
    pub mailto: String,
}

pub const NUDGE_DAYS: [i64; 3] = [7, 10, 14];

/// The ready-to-send text of a reminder in `lang` (the creator's), kinder the first time and
/// clearer the last.
pub fn nudge_message(
    lang: Lang,
    day: i64,
    name: &str,
    campaign: &str,
    code: &str,
    shop: &str,
) -> String {
    let first = first_name(name).into();
    let shop = match shop.trim() {
        "" => msg::nudge_shop_unnamed(lang),
        named => named.to_string(),
    };
    let shop = shop.as_str().into();
    // Which wording of the post the message uses: with the campaign's name or without.
    let post = if campaign.is_empty() {
        "plain"
    } else {
        "campaign"
    }
    .into();
    let campaign = campaign.into();
    // A whole sentence of its own, put between two others (hence the space before it).
    let code = if code.is_empty() {
        String::new()
    } else {
        format!(" {}", msg::NudgeCode { code: code.into() }.text(lang))
    };
    let code = code.as_str().into();
    match day {
        7 => msg::NudgeDay7 {
            first,
            shop,
            post,
            campaign,
            code,
        }
        .text(lang),
        10 => msg::NudgeDay10 {
            first,
            shop,
            post,
            campaign,
            code,
        }
        .text(lang),
        _ => msg::NudgeDay14 {
            first,
            shop,
            post,
            campaign,
        }
        .text(lang),
    }
}

/// A deal waiting for its post, as the reminder query reads it.
struct Waiting {
    deal_id: i64,
    creator_id: i64,
    name: String,
    email: String,
    campaign: String,
    handover: String,
    nudged: i64,
    code: String,
    /// The creator's language, if not the shop's.
    language: Option<Lang>,
}

/// The reminders due, longest waiting first, at most `SHOWN`.
pub fn nudges(conn: &Connection, today: NaiveDate) -> Result<Vec<Nudge>> {
    let brand = crate::settings::brand::get(conn)?.brand;
    Ok(waiting(conn, today)?
        .into_iter()
        .filter_map(|w| nudge_for(w, today, &brand.shop_name, brand.language))
        .collect())
}

fn waiting(conn: &Connection, today: NaiveDate) -> Result<Vec<Waiting>> {
    let day = |n: i64| (today - Duration::days(n)).to_string();
    let awaiting = store::statuses(DealStatus::awaits_post);
    // The reminder stage reached (14, 10 or 7 days after hand-over) must be one not yet sent.
    Ok(conn
        .prepare_cached(&format!(
            "SELECT d.id, d.creator_id, c.display_name, c.email, d.campaign, d.handover_date,
                d.nudged_day, d.discount_code, c.language
         FROM deals d JOIN creators c ON c.id = d.creator_id
         WHERE d.status IN ({awaiting}) AND d.handover_date IS NOT NULL
           AND d.handover_date <= ?1 AND d.posted_any = 0
           AND CASE WHEN d.handover_date <= ?3 THEN 14 WHEN d.handover_date <= ?2 THEN 10
                    ELSE 7 END > d.nudged_day
         ORDER BY d.handover_date, d.id LIMIT {SHOWN}"
        ))?
        .query_map([day(7), day(10), day(14)], |r| {
            Ok(Waiting {
                deal_id: r.get(0)?,
                creator_id: r.get(1)?,
                name: r.get(2)?,
                email: r.get(3)?,
                campaign: r.get(4)?,
                handover: r.get(5)?,
                nudged: r.get(6)?,
                code: r.get(7)?,
                language: Lang::stored_or_none(&r.get::<_, String>(8)?),
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// The reminder due for a waiting deal today, if one is and it was not sent yet, in the
/// creator's language (else the shop's, `shop_lang`).
fn nudge_for(w: Waiting, today: NaiveDate, shop: &str, shop_lang: Lang) -> Option<Nudge> {
    let given = NaiveDate::parse_from_str(&w.handover, "%Y-%m-%d").ok()?;
    let days_since = (today - given).num_days();
    let day = NUDGE_DAYS
        .iter()
        .rev()
        .copied()
        .find(|d| days_since >= *d)?;
    if day <= w.nudged {
        return None;
    }
    let lang = w.language.unwrap_or(shop_lang);
    let message = nudge_message(lang, day, &w.name, &w.campaign, &w.code, shop);
    let shop = match shop.trim() {
        "" => msg::nudge_shop_unnamed(lang),
        named => named.to_string(),
    };
    let subject = match w.campaign.as_str() {
        "" => msg::NudgeSubject {
            shop: shop.as_str().into(),
        }
        .text(lang),
        c => msg::NudgeSubjectCampaign {
            campaign: c.into(),
            shop: shop.as_str().into(),
        }
        .text(lang),
    };
    Some(Nudge {
        deal_id: w.deal_id,
        creator_id: w.creator_id,
        mailto: if w.email.is_empty() {
            String::new()
        } else {
            crate::briefs::handoff::mailto(&w.email, &subject, &message)
        },
        message,
        creator_name: w.name,
        email: w.email,
        campaign: w.campaign,
        handover_date: w.handover,
        days_since,
        day,
    })
}

/// Records that the reminder for `day` was sent, so it is not offered again.
pub fn mark_nudged(db: &mut Db, deal_id: i64, day: i64) -> Result<()> {
    if !NUDGE_DAYS.contains(&day) {
        return Err(Error::invalid("day", msg::error_nudge_day(owner())));
    }
    db.with_tx(|tx| {
        let deal = super::get(tx, deal_id)?;
        store::set_nudged(tx, deal_id, day)?;
        let note = msg::NudgeSentNote { day: day.into() }.text(owner());
        store::add_history(tx, deal_id, Some(deal.status), deal.status, &note, &now())
    })
}
