//! The owner's mailbox that briefs are sent from: the server, how the connection is secured,
//! and the address creators see. Kept in the data file; the password never is.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::check::{has_control, Check};
use crate::error::Result;
use crate::i18n::{msg, owner};
use crate::storage::db::Db;
use crate::text::is_email;

/// How the connection to the mail server is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Security {
    /// Port 587: the connection starts plain and must switch to TLS before anything is sent.
    Starttls,
    /// Port 465: TLS from the first byte.
    Implicit,
    /// No TLS at all: only for a server on this computer, and never with a password.
    None,
}

crate::stored_enum!(Security, fallback: Starttls, {
    Starttls => "starttls",
    Implicit => "implicit",
    None => "none",
});

impl Security {
    /// Reads `starttls`, `implicit` or `none`, as the command line takes them.
    pub fn parse(text: &str) -> Option<Security> {
        Security::ALL
            .into_iter()
            .find(|s| s.as_str() == text.trim().to_ascii_lowercase())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Mailbox {
    /// The provider preset it was filled from (`gmail`, `other`…).
    pub preset: String,
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// The address creators see and reply to.
    pub from_address: String,
    /// The name shown beside it; the shop's name when empty.
    pub from_name: String,
    /// The login, when it is not the address itself; empty means no login at all only for a
    /// server on this computer.
    pub user_name: String,
}

impl Mailbox {
    /// The login the server is given: the user name, else the address.
    pub fn login(&self) -> &str {
        if self.user_name.is_empty() {
            &self.from_address
        } else {
            &self.user_name
        }
    }

    /// Whether the server is on this computer, the only place a plain connection is allowed.
    pub fn is_local(&self) -> bool {
        is_local_host(&self.host)
    }
}

pub fn is_local_host(host: &str) -> bool {
    matches!(host, "localhost" | "127.0.0.1" | "::1" | "[::1]")
}

/// A provider whose settings the form fills in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preset {
    pub id: &'static str,
    pub name: &'static str,
    pub host: &'static str,
    pub port: u16,
    pub security: Security,
}

const fn preset(id: &'static str, name: &'static str, host: &'static str, port: u16) -> Preset {
    let security = if port == 465 {
        Security::Implicit
    } else {
        Security::Starttls
    };
    Preset {
        id,
        name,
        host,
        port,
        security,
    }
}

/// The providers small shops use, with their published SMTP settings (2026).
pub const PRESETS: &[Preset] = &[
    preset("gmail", "Gmail", "smtp.gmail.com", 465),
    preset("icloud", "iCloud Mail", "smtp.mail.me.com", 587),
    preset("yahoo", "Yahoo Mail", "smtp.mail.yahoo.com", 465),
    preset("fastmail", "Fastmail", "smtp.fastmail.com", 465),
    preset("zoho", "Zoho Mail", "smtp.zoho.com", 465),
    preset("gmx", "GMX", "mail.gmx.net", 587),
    preset("webde", "WEB.DE", "smtp.web.de", 587),
    preset("ionos", "IONOS", "smtp.ionos.com", 465),
    preset("ovh", "OVHcloud", "ssl0.ovh.net", 465),
    preset("microsoft365", "Microsoft 365", "smtp.office365.com", 587),
    preset("other", "", "", 587),
];

pub fn get(conn: &Connection) -> Result<Option<Mailbox>> {
    Ok(conn
        .query_row(
            "SELECT preset, host, port, tls, from_address, from_name, user_name
             FROM mailbox WHERE id = 1",
            [],
            |r| {
                Ok(Mailbox {
                    preset: r.get(0)?,
                    host: r.get(1)?,
                    port: r.get(2)?,
                    security: r.get(3)?,
                    from_address: r.get(4)?,
                    from_name: r.get(5)?,
                    user_name: r.get(6)?,
                })
            },
        )
        .optional()?)
}

/// Checks the settings as the form and the command line give them. `with_password` says
/// whether a password will be used, which a plain connection never may.
pub fn validate(input: &Mailbox, with_password: bool) -> Result<Mailbox> {
    let mut check = Check::new();
    let lang = owner();
    let host = check.trimmed("host", &input.host, 253).to_ascii_lowercase();
    let bad_host = host.is_empty()
        || (host.contains(['/', '@', ':']) && !is_local_host(&host))
        || host.chars().any(char::is_whitespace)
        || has_control(&host);
    check.flag(bad_host, "host", || msg::mail_error_host(lang));
    check.flag(input.port == 0, "port", || msg::mail_error_port(lang));
    let from_address = check.trimmed("from_address", &input.from_address, 254);
    check.flag(!is_email(&from_address), "from_address", || {
        msg::mail_error_from(lang)
    });
    let from_name = check.trimmed("from_name", &input.from_name, 100);
    check.flag(has_control(&from_name), "from_name", || {
        msg::mail_error_one_line(lang)
    });
    let user_name = check.trimmed("user_name", &input.user_name, 254);
    check.flag(has_control(&user_name), "user_name", || {
        msg::mail_error_one_line(lang)
    });
    if input.security == Security::None && !bad_host {
        check.flag(!is_local_host(&host), "security", || {
            msg::mail_error_plain_remote(lang)
        });
        check.flag(with_password, "security", || {
            msg::mail_error_plain_password(lang)
        });
    }
    let preset = PRESETS
        .iter()
        .find(|p| p.id == input.preset)
        .map_or("other", |p| p.id);
    check.finish(Mailbox {
        preset: preset.to_string(),
        host,
        port: input.port,
        security: input.security,
        from_address,
        from_name,
        user_name,
    })
}

/// Checks and keeps the mailbox settings.
pub fn save(db: &mut Db, input: &Mailbox, with_password: bool) -> Result<Mailbox> {
    let mailbox = validate(input, with_password)?;
    db.conn().execute(
        "INSERT INTO mailbox (id, preset, host, port, tls, from_address, from_name, user_name)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (id) DO UPDATE SET preset = ?1, host = ?2, port = ?3, tls = ?4,
             from_address = ?5, from_name = ?6, user_name = ?7",
        params![
            mailbox.preset,
            mailbox.host,
            mailbox.port,
            mailbox.security,
            mailbox.from_address,
            mailbox.from_name,
            mailbox.user_name
        ],
    )?;
    Ok(mailbox)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mailbox(host: &str, security: Security) -> Mailbox {
        Mailbox {
            preset: "other".into(),
            host: host.into(),
            port: 587,
            security,
            from_address: "hello@cafe-lumen.fr".into(),
            from_name: "Café Lumen".into(),
            user_name: String::new(),
        }
    }

    #[test]
    fn a_plain_connection_only_to_this_computer_and_never_with_a_password() {
        crate::i18n::set_owner(crate::i18n::Lang::En);
        assert!(validate(&mailbox("127.0.0.1", Security::None), false).is_ok());
        let remote = validate(&mailbox("smtp.example.com", Security::None), false).unwrap_err();
        assert_eq!(remote.fields()[0].field, "security");
        let with_password = validate(&mailbox("localhost", Security::None), true).unwrap_err();
        assert_eq!(with_password.fields()[0].field, "security");
        assert!(validate(&mailbox("smtp.example.com", Security::Starttls), true).is_ok());
    }

    #[test]
    fn bad_settings_are_named_by_field() {
        crate::i18n::set_owner(crate::i18n::Lang::En);
        let mut bad = mailbox("smtp example.com", Security::Implicit);
        bad.port = 0;
        bad.from_address = "hello".into();
        let err = validate(&bad, true).unwrap_err();
        let fields: Vec<&str> = err.fields().iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["host", "port", "from_address"]);
        assert_eq!(mailbox("x", Security::None).login(), "hello@cafe-lumen.fr");
        assert_eq!(Security::parse(" STARTTLS"), Some(Security::Starttls));
        assert!(PRESETS.iter().all(|p| p.id == "other" || p.port > 0));
    }
}
