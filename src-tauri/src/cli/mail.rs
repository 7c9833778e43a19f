//! `mailbox`, `send-brief` and `send-outbox`: sending through the owner's mailbox from the
//! command line, one line per message.

use std::path::Path;

use shoutout_core::i18n::{msg, owner, Lang};
use shoutout_core::mail::{self, brief::Wording, keychain, outbox, Failure, Mailbox, Security};
use shoutout_core::settings::brand;

use super::{find_brief, find_recipient, open, open_to_read, Command};

/// The environment variable a script gives the mailbox password in.
const PASSWORD_VAR: &str = "SHOUTOUT_SMTP_PASSWORD";

/// `mailbox`, `send-brief` or `send-outbox` as typed (`name`, then `words`).
pub fn command(
    name: &str,
    words: &[std::ffi::OsString],
    creator: Option<String>,
    all: bool,
    options: &[(String, String)],
) -> Result<Command, String> {
    let lang = owner();
    let unknown = || {
        msg::CliUnknownCommand {
            command: words
                .iter()
                .map(|w| w.to_string_lossy())
                .collect::<Vec<_>>()
                .join(" ")
                .into(),
        }
        .text(lang)
    };
    match name {
        "mailbox" if words.len() == 1 => Ok(Command::Mailbox(settings(options)?)),
        "send-brief" => match words.get(1) {
            Some(brief) if words.len() == 2 && creator.is_some() != all => Ok(Command::SendBrief {
                brief: brief.to_string_lossy().into_owned(),
                creator,
            }),
            _ => Err(msg::cli_send_brief_usage(lang)),
        },
        "send-outbox" if words.len() == 1 => Ok(Command::SendOutbox),
        _ => Err(unknown()),
    }
}

/// The mailbox the options `--host`, `--port`, `--tls`, `--from`, `--user` and `--name`
/// describe, or none when none of them is given (to show the one set).
pub fn settings(options: &[(String, String)]) -> Result<Option<Mailbox>, String> {
    if options.is_empty() {
        return Ok(None);
    }
    let lang = owner();
    let get = |flag: &str| {
        options
            .iter()
            .rev()
            .find(|(f, _)| f == flag)
            .map(|(_, v)| v.clone())
    };
    let usage = || msg::cli_mailbox_usage(lang);
    let port = get("--port").ok_or_else(usage)?;
    let tls = get("--tls").ok_or_else(usage)?;
    Ok(Some(Mailbox {
        preset: "other".into(),
        host: get("--host").ok_or_else(usage)?,
        port: port
            .trim()
            .parse::<u16>()
            .ok()
            .filter(|p| *p > 0)
            .ok_or_else(|| msg::cli_mailbox_port(lang))?,
        security: Security::parse(&tls).ok_or_else(|| {
            msg::CliMailboxTls {
                value: tls.as_str().into(),
            }
            .text(lang)
        })?,
        from_address: get("--from").ok_or_else(usage)?,
        from_name: get("--name").unwrap_or_default(),
        user_name: get("--user").unwrap_or_default(),
    }))
}

fn security_word(security: Security, lang: Lang) -> String {
    match security {
        Security::Starttls => msg::mail_security_starttls(lang),
        Security::Implicit => msg::mail_security_implicit(lang),
        Security::None => msg::mail_security_none(lang),
    }
}

fn env_password() -> Option<String> {
    std::env::var(PASSWORD_VAR).ok().filter(|p| !p.is_empty())
}

/// Sets the mailbox (keeping a password given in the environment in the keychain), or shows it.
pub fn mailbox(db: &Path, settings: Option<Mailbox>) -> Result<i32, String> {
    let lang = owner();
    let shown = match settings {
        None => mail::mailbox::get(open_to_read(db)?.conn()).map_err(|e| e.to_string())?,
        Some(input) => {
            let password = env_password();
            let mut db = open(db)?;
            let saved = mail::mailbox::save(&mut db, &input, password.is_some())
                .map_err(|e| e.to_string())?;
            if let Some(password) = password {
                let kept = match keychain::set_password(&saved, &password) {
                    Ok(()) => msg::cli_password_kept(lang),
                    Err(keychain::Unavailable::NoKeychain) => msg::cli_password_no_keychain(lang),
                    Err(keychain::Unavailable::Failed(reason)) => msg::CliPasswordKeychainFailed {
                        reason: reason.into(),
                    }
                    .text(lang),
                };
                eprintln!("{kept}");
            }
            Some(saved)
        }
    };
    match shown {
        Some(m) => println!(
            "{}",
            msg::CliMailboxSet {
                address: m.from_address.as_str().into(),
                host: m.host.as_str().into(),
                port: m.port.into(),
                security: security_word(m.security, lang).into(),
            }
            .text(lang)
        ),
        None => println!("{}", msg::cli_mailbox_none(lang)),
    }
    Ok(0)
}

/// The mail server to send through: the mailbox set, with the password from the environment,
/// else the keychain; none at all only for a server on this computer.
fn sender(db: &shoutout_core::Db) -> Result<mail::Sender, String> {
    let lang = owner();
    let mailbox = mail::mailbox::get(db.conn())
        .map_err(|e| e.to_string())?
        .ok_or_else(|| msg::mail_error_no_mailbox(lang))?;
    let password = match env_password() {
        Some(p) => Some(p),
        None => keychain::password(&mailbox).ok().flatten(),
    };
    if password.is_none() && !mailbox.is_local() {
        return Err(msg::mail_error_no_password(lang));
    }
    let shop = brand::get(db.conn())
        .map_err(|e| e.to_string())?
        .brand
        .shop_name;
    mail::Sender::new(&mailbox, password.as_deref(), &shop).map_err(|f| f.text().to_string())
}

/// Sends the kept messages `ids` and prints how each fared. Returns how many went, and how
/// many were tried (a message cancelled meanwhile is not).
fn deliver(
    db: &mut shoutout_core::Db,
    sender: &mail::Sender,
    ids: &[i64],
) -> Result<(usize, usize), String> {
    let lang = owner();
    let records = outbox::list(db.conn(), mail::Listing::Outbox).map_err(|e| e.to_string())?;
    let done = outbox::deliver(db, sender, ids, chrono::Utc::now, |d| {
        let Some(m) = records.iter().find(|m| m.id == d.id) else {
            return;
        };
        let (name, address) = (m.to_name.as_str().into(), m.to_address.as_str().into());
        let line = match &d.result {
            Ok(()) => msg::CliSent { name, address }.text(lang),
            Err(f @ Failure::Passing(_)) => {
                let reason = f.text().into();
                msg::CliSendWaiting {
                    name,
                    address,
                    reason,
                }
                .text(lang)
            }
            Err(f) => {
                let reason = f.text().into();
                msg::CliSendFailed {
                    name,
                    address,
                    reason,
                }
                .text(lang)
            }
        };
        println!("{line}");
    })
    .map_err(|e| e.to_string())?;
    let sent = done.iter().filter(|d| d.result.is_ok()).count();
    Ok((sent, done.len()))
}

/// Emails the brief to one creator on it, or (`creator` none) to each of them.
pub fn send_brief(db: &Path, brief: &str, creator: Option<&str>) -> Result<i32, String> {
    let lang = owner();
    let mut db = open(db)?;
    let brief_id = find_brief(&db, brief)?;
    let only = creator
        .map(|c| find_recipient(&db, brief_id, c))
        .transpose()?;
    let sender = sender(&db)?;
    let prepared = mail::brief::prepare(db.conn(), brief_id, only, &Wording::default())
        .map_err(|e| e.to_string())?;
    let total = prepared.len();
    let mut queued = Vec::new();
    for p in prepared {
        match p.message {
            Ok(q) => queued.push(q),
            Err(reason) => println!(
                "{}",
                msg::CliSendSkipped {
                    name: p.name.into(),
                    reason: reason.into(),
                }
                .text(lang)
            ),
        }
    }
    let ids = outbox::queue(&mut db, &queued, mail::Via::Smtp, chrono::Utc::now())
        .map_err(|e| e.to_string())?;
    let (sent, _) = deliver(&mut db, &sender, &ids)?;
    println!(
        "{}",
        msg::CliSentCount {
            sent: sent.into(),
            total: total.into(),
        }
        .text(lang)
    );
    Ok(if sent == total { 0 } else { 1 })
}

/// Sends every message waiting in the outbox now, whenever it was due.
pub fn send_outbox(db: &Path) -> Result<i32, String> {
    let lang = owner();
    let mut db = open(db)?;
    let waiting: Vec<i64> = outbox::list(db.conn(), mail::Listing::Outbox)
        .map_err(|e| e.to_string())?
        .iter()
        .map(|m| m.id)
        .collect();
    if waiting.is_empty() {
        println!("{}", msg::cli_outbox_empty(lang));
        return Ok(0);
    }
    let sender = sender(&db)?;
    let (sent, tried) = deliver(&mut db, &sender, &waiting)?;
    Ok(if sent == tried { 0 } else { 1 })
}
