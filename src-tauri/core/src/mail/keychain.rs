//! The mailbox password in the system's keychain (Secret Service on Linux, the Keychain on
//! macOS, the Credential Manager on Windows), one entry per login and server. Where no keychain
//! runs, the caller keeps the password in memory for the session and writes it nowhere.

use super::mailbox::Mailbox;

const SERVICE: &str = "app.shoutout.desktop";

/// Why the keychain could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    /// No keychain runs on this computer (no Secret Service on the session bus, say).
    NoKeychain,
    /// It runs but refused or failed; its own words.
    Failed(String),
}

fn entry(mailbox: &Mailbox) -> Result<keyring::Entry, Unavailable> {
    let user = format!("{}@{}:{}", mailbox.login(), mailbox.host, mailbox.port);
    keyring::Entry::new(SERVICE, &user).map_err(unavailable)
}

fn unavailable(e: keyring::Error) -> Unavailable {
    match e {
        keyring::Error::NoDefaultStore => Unavailable::NoKeychain,
        other => Unavailable::Failed(other.to_string()),
    }
}

/// The password kept for this mailbox, if any.
pub fn password(mailbox: &Mailbox) -> Result<Option<String>, Unavailable> {
    match entry(mailbox)?.get_password() {
        Ok(password) => Ok(Some(password)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(unavailable(e)),
    }
}

pub fn set_password(mailbox: &Mailbox, password: &str) -> Result<(), Unavailable> {
    entry(mailbox)?.set_password(password).map_err(unavailable)
}

pub fn forget_password(mailbox: &Mailbox) -> Result<(), Unavailable> {
    match entry(mailbox)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(unavailable(e)),
    }
}
