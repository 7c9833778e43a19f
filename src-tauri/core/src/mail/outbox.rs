//! Every email to a creator, kept: the outbox of messages waiting to go (tried again with a
//! growing wait while the network or the server is away), and the record of what was sent, to
//! which address, with which files, and how.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use super::smtp::{Failure, Outgoing, Sender};
use crate::error::{Error, Result};
use crate::i18n::{msg, owner};
use crate::storage::db::Db;

/// The first wait after a passing failure; each further one doubles, up to [`LONGEST_WAIT`].
const FIRST_WAIT_SECS: i64 = 60;
const LONGEST_WAIT_SECS: i64 = 3600;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// Sent by Shoutout through the owner's mailbox.
    Smtp,
    /// Handed to the owner's mail program, attached, to send from there.
    MailApp,
}

crate::stored_enum!(Via, fallback: Smtp, { Smtp => "smtp", MailApp => "mail_app" });

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Waiting,
    Sent,
    Opened,
    Failed,
    Cancelled,
}

crate::stored_enum!(State, fallback: Failed, {
    Waiting => "waiting",
    Sent => "sent",
    Opened => "opened",
    Failed => "failed",
    Cancelled => "cancelled",
});

/// A message to keep, and what it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Queued {
    pub brief_id: Option<i64>,
    pub deal_id: Option<i64>,
    pub creator_id: Option<i64>,
    pub message: Outgoing,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SentFile {
    pub name: String,
    pub size: i64,
}

/// One message as the deal, the creator's page and the outbox list show it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MessageRecord {
    pub id: i64,
    pub brief_id: Option<i64>,
    pub deal_id: Option<i64>,
    pub creator_id: Option<i64>,
    pub to_name: String,
    pub to_address: String,
    pub subject: String,
    pub files: Vec<SentFile>,
    pub via: Via,
    pub state: State,
    pub attempts: i64,
    pub next_attempt_at: Option<String>,
    pub last_error: String,
    pub created_at: String,
    pub sent_at: Option<String>,
}

fn stamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Keeps the messages, all or none, waiting to be sent (or, `via` the mail program, as handed
/// to it). Returns their ids in order.
pub fn queue(db: &mut Db, items: &[Queued], via: Via, now: DateTime<Utc>) -> Result<Vec<i64>> {
    let state = match via {
        Via::Smtp => State::Waiting,
        Via::MailApp => State::Opened,
    };
    let at = stamp(now);
    db.with_tx(|tx| {
        let mut message = tx.prepare(
            "INSERT INTO messages (brief_id, deal_id, creator_id, to_name, to_address, subject,
                 body, via, state, next_attempt_at, created_at, sent_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11)",
        )?;
        let mut file = tx.prepare(
            "INSERT INTO message_files (message_id, position, file_name, size, content)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut ids = Vec::with_capacity(items.len());
        for q in items {
            let m = &q.message;
            let sent_at = (via == Via::MailApp).then(|| at.clone());
            message.execute(params![
                q.brief_id,
                q.deal_id,
                q.creator_id,
                m.to_name,
                m.to_address,
                m.subject,
                m.body,
                via,
                state,
                at,
                sent_at
            ])?;
            let id = tx.last_insert_rowid();
            for (position, (name, bytes)) in m.files.iter().enumerate() {
                // A message handed to the mail program keeps only its record.
                let content = (via == Via::Smtp).then_some(bytes.as_slice());
                file.execute(params![
                    id,
                    position as i64,
                    name,
                    bytes.len() as i64,
                    content
                ])?;
            }
            ids.push(id);
        }
        Ok(ids)
    })
}

/// The waiting messages whose time has come, oldest first.
pub fn due(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare(
        "SELECT id FROM messages WHERE state = 'waiting' AND next_attempt_at <= ?1 ORDER BY id",
    )?;
    let ids = stmt.query_map([stamp(now)], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// When the next waiting message is due, for the app to wake up then.
pub fn next_due(conn: &Connection) -> Result<Option<String>> {
    Ok(conn.query_row(
        "SELECT min(next_attempt_at) FROM messages WHERE state = 'waiting'",
        [],
        |r| r.get(0),
    )?)
}

/// A kept message as it goes out again, exactly as queued.
pub fn load(conn: &Connection, id: i64) -> Result<Outgoing> {
    let (to_name, to_address, subject, body) = conn
        .query_row(
            "SELECT to_name, to_address, subject, body FROM messages WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?
        .ok_or_else(|| Error::Conflict(msg::mail_error_message_gone(owner())))?;
    let mut stmt = conn.prepare(
        "SELECT file_name, content FROM message_files WHERE message_id = ?1 ORDER BY position",
    )?;
    let files = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get::<_, Option<Vec<u8>>>(1)?)))?
        .collect::<rusqlite::Result<Vec<(String, Option<Vec<u8>>)>>>()?;
    let files = files
        .into_iter()
        .map(|(name, bytes)| {
            bytes
                .map(|b| (name, b))
                .ok_or_else(|| Error::Conflict(msg::mail_error_message_gone(owner())))
        })
        .collect::<Result<_>>()?;
    Ok(Outgoing {
        to_name,
        to_address,
        subject,
        body,
        files,
    })
}

/// How a message fared: sent, or why not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub id: i64,
    pub result: std::result::Result<(), Failure>,
}

/// How long a message being sent is put off: if the sender stops before saying how it fared,
/// the message is due again after this, not at once.
const CLAIM_SECS: i64 = 600;

/// Takes a waiting message for sending; false when it is no longer waiting (sent or
/// cancelled meanwhile).
fn claim(db: &Db, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let changed = db.conn().execute(
        "UPDATE messages SET next_attempt_at = ?2
         WHERE id = ?1 AND state = 'waiting'",
        params![id, stamp(now + chrono::Duration::seconds(CLAIM_SECS))],
    )?;
    Ok(changed == 1)
}

/// Sends the messages `ids` one after another and keeps how each fared, reporting each as it
/// is done; a message no longer waiting (sent or cancelled meanwhile) is skipped. A refused login stops the batch: every message left is marked failed with
/// it, so a wrong password is not tried again and again.
pub fn deliver(
    db: &mut Db,
    sender: &Sender,
    ids: &[i64],
    now: impl Fn() -> DateTime<Utc>,
    mut progress: impl FnMut(&Delivery),
) -> Result<Vec<Delivery>> {
    let mut done = Vec::with_capacity(ids.len());
    let mut refused_login: Option<Failure> = None;
    for &id in ids {
        if !claim(db, id, now())? {
            continue;
        }
        let result = match &refused_login {
            Some(failure) => Err(failure.clone()),
            None => sender.send(&load(db.conn(), id)?),
        };
        record(db, id, &result, now())?;
        if let Err(f @ Failure::Password(_)) = &result {
            refused_login = Some(f.clone());
        }
        let delivery = Delivery { id, result };
        progress(&delivery);
        done.push(delivery);
    }
    Ok(done)
}

fn record(
    db: &mut Db,
    id: i64,
    result: &std::result::Result<(), Failure>,
    now: DateTime<Utc>,
) -> Result<()> {
    db.with_tx(|tx| {
        match result {
            Ok(()) => {
                tx.execute(
                    "UPDATE messages SET state = 'sent', sent_at = ?2, attempts = attempts + 1,
                         next_attempt_at = NULL, last_error = '' WHERE id = ?1 AND state = 'waiting'",
                    params![id, stamp(now)],
                )?;
                tx.execute(
                    "UPDATE message_files SET content = NULL WHERE message_id = ?1",
                    [id],
                )?;
            }
            Err(Failure::Passing(text)) => {
                let attempts: i64 =
                    tx.query_row("SELECT attempts FROM messages WHERE id = ?1", [id], |r| {
                        r.get(0)
                    })?;
                let wait = (FIRST_WAIT_SECS << attempts.min(6)).min(LONGEST_WAIT_SECS);
                tx.execute(
                    "UPDATE messages SET attempts = attempts + 1, next_attempt_at = ?2,
                         last_error = ?3 WHERE id = ?1 AND state = 'waiting'",
                    params![id, stamp(now + chrono::Duration::seconds(wait)), text],
                )?;
            }
            Err(failure) => {
                tx.execute(
                    "UPDATE messages SET state = 'failed', attempts = attempts + 1,
                         next_attempt_at = NULL, last_error = ?2
                     WHERE id = ?1 AND state = 'waiting'",
                    params![id, failure.text()],
                )?;
            }
        }
        Ok(())
    })
}

/// Takes a waiting message out of the outbox; it stays in the record as cancelled.
pub fn cancel(db: &mut Db, id: i64) -> Result<()> {
    let changed = db.conn().execute(
        "UPDATE messages SET state = 'cancelled', next_attempt_at = NULL
         WHERE id = ?1 AND state = 'waiting'",
        [id],
    )?;
    match changed {
        1 => Ok(()),
        _ => Err(Error::Conflict(msg::mail_error_not_waiting(owner()))),
    }
}

/// Puts a failed or cancelled message back in the outbox, due now.
pub fn retry(db: &mut Db, id: i64, now: DateTime<Utc>) -> Result<()> {
    let changed = db.conn().execute(
        "UPDATE messages SET state = 'waiting', next_attempt_at = ?2, last_error = ''
         WHERE id = ?1 AND state IN ('failed', 'cancelled') AND via = 'smtp'",
        params![id, stamp(now)],
    )?;
    match changed {
        1 => Ok(()),
        _ => Err(Error::Conflict(msg::mail_error_not_retryable(owner()))),
    }
}

/// Which messages to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    /// Those still waiting to go.
    Outbox,
    Deal(i64),
    Creator(i64),
    Brief(i64),
}

/// The messages of a deal, a creator or a brief, newest first; or the outbox, oldest first.
pub fn list(conn: &Connection, listing: Listing) -> Result<Vec<MessageRecord>> {
    let (filter, id, order) = match listing {
        Listing::Outbox => ("state = 'waiting' AND ?1 = 0", 0, "id"),
        Listing::Deal(id) => ("deal_id = ?1", id, "id DESC"),
        Listing::Creator(id) => ("creator_id = ?1", id, "id DESC"),
        Listing::Brief(id) => ("brief_id = ?1", id, "id DESC"),
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT id, brief_id, deal_id, creator_id, to_name, to_address, subject, via, state,
             attempts, next_attempt_at, last_error, created_at, sent_at
         FROM messages WHERE {filter} ORDER BY {order}"
    ))?;
    let mut files = conn.prepare(
        "SELECT file_name, size FROM message_files WHERE message_id = ?1 ORDER BY position",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            Ok(MessageRecord {
                id: r.get(0)?,
                brief_id: r.get(1)?,
                deal_id: r.get(2)?,
                creator_id: r.get(3)?,
                to_name: r.get(4)?,
                to_address: r.get(5)?,
                subject: r.get(6)?,
                files: Vec::new(),
                via: r.get(7)?,
                state: r.get(8)?,
                attempts: r.get(9)?,
                next_attempt_at: r.get(10)?,
                last_error: r.get(11)?,
                created_at: r.get(12)?,
                sent_at: r.get(13)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|mut m| {
            m.files = files
                .query_map([m.id], |r| {
                    Ok(SentFile {
                        name: r.get(0)?,
                        size: r.get(1)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            Ok(m)
        })
        .collect()
}
