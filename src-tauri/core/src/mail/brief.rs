//! A brief as email: for each creator on it, their own message (in their language, from the
//! brief's wording) with their personalized PDF attached, recorded on their deal.

use rusqlite::Connection;

use super::outbox::Queued;
use super::smtp::Outgoing;
use crate::briefs::{self as brief, export::brief_pdf, handoff};
use crate::error::{Error, Result};
use crate::i18n::{msg, owner};
use crate::settings::brand;

/// The subject and text the owner edited before sending, in place of the drafted ones.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Wording {
    pub subject: Option<String>,
    pub body: Option<String>,
}

/// One creator's message, or why none can be written for them.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub creator_id: i64,
    pub name: String,
    pub message: std::result::Result<Queued, String>,
}

/// The messages for the brief's creators (or only `only`), in the brief's order.
pub fn prepare(
    conn: &Connection,
    brief_id: i64,
    only: Option<i64>,
    wording: &Wording,
) -> Result<Vec<Prepared>> {
    let brief = brief::get(conn, brief_id)?;
    let brand = brand::get(conn)?.brand;
    let recipients: Vec<&brief::Recipient> = brief
        .recipients
        .iter()
        .filter(|r| only.is_none_or(|id| r.creator_id == id))
        .collect();
    if recipients.is_empty() {
        return Err(Error::Conflict(match only {
            Some(_) => msg::error_not_on_brief(owner()),
            None => msg::mail_error_no_recipients(owner()),
        }));
    }
    recipients
        .into_iter()
        .map(|r| {
            let message = if crate::text::is_email(&r.email) {
                let (file_name, pdf) = brief_pdf(conn, brief_id, Some(r.creator_id))?;
                let draft = handoff::email_to(r, &brand, &brief.content.campaign, &file_name);
                Ok(Queued {
                    brief_id: Some(brief_id),
                    deal_id: crate::deals::of_brief(conn, brief_id, r.creator_id)?,
                    creator_id: Some(r.creator_id),
                    message: Outgoing {
                        to_name: r.display_name.clone(),
                        to_address: r.email.clone(),
                        subject: wording.subject.clone().unwrap_or(draft.subject),
                        body: wording.body.clone().unwrap_or(draft.body),
                        files: vec![(file_name, pdf)],
                    },
                })
            } else {
                Err(msg::MailErrorNoEmail {
                    name: r.display_name.as_str().into(),
                }
                .text(owner()))
            };
            Ok(Prepared {
                creator_id: r.creator_id,
                name: r.display_name.clone(),
                message,
            })
        })
        .collect()
}
