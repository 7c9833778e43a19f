//! Sending one message to the owner's mail server over SMTP: TLS from the first byte or
//! upgraded with STARTTLS (lettre refuses to go on, and so to send the password, when the
//! upgrade fails), trusting the system's certificate authorities; plain only to this computer.

use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox as Address, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};

use super::mailbox::{Mailbox, Security};
use crate::i18n::{msg, owner};

/// How long one step with the server may take before the message waits for a retry.
const TIMEOUT: Duration = Duration::from_secs(30);

/// A message ready to go: the same whether it is sent now or from the outbox later.
#[derive(Debug, Clone, PartialEq)]
pub struct Outgoing {
    pub to_name: String,
    pub to_address: String,
    pub subject: String,
    pub body: String,
    pub files: Vec<(String, Vec<u8>)>,
}

/// Why a message did not go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The network or the server is away for now: the message waits and is tried again.
    Passing(String),
    /// The server refused the login: no message goes until the password is changed.
    Password(String),
    /// The server refused this message or its address, or the settings cannot work: not
    /// retried.
    Refused(String),
}

impl Failure {
    pub fn text(&self) -> &str {
        match self {
            Failure::Passing(t) | Failure::Password(t) | Failure::Refused(t) => t,
        }
    }
}

/// The owner's mail server, connected to afresh for each message.
pub struct Sender {
    transport: SmtpTransport,
    from: Address,
}

impl Sender {
    /// `password` is the mailbox's, or none for a server on this computer that needs no login.
    pub fn new(
        mailbox: &Mailbox,
        password: Option<&str>,
        shop_name: &str,
    ) -> Result<Self, Failure> {
        let refused = |e: &dyn std::fmt::Display| Failure::Refused(e.to_string());
        let tls = || TlsParameters::new(mailbox.host.clone()).map_err(|e| refused(&e));
        let security = match mailbox.security {
            Security::Implicit => Tls::Wrapper(tls()?),
            Security::Starttls => Tls::Required(tls()?),
            Security::None if !mailbox.is_local() => {
                return Err(Failure::Refused(msg::mail_error_plain_remote(owner())))
            }
            Security::None if password.is_some() => {
                return Err(Failure::Refused(msg::mail_error_plain_password(owner())))
            }
            Security::None => Tls::None,
        };
        let mut builder = SmtpTransport::builder_dangerous(&mailbox.host)
            .port(mailbox.port)
            .tls(security)
            .timeout(Some(TIMEOUT));
        if let Some(password) = password {
            builder = builder.credentials(Credentials::new(
                mailbox.login().to_string(),
                password.to_string(),
            ));
        }
        let name = if mailbox.from_name.is_empty() {
            shop_name
        } else {
            &mailbox.from_name
        };
        let from = Address::new(
            (!name.is_empty()).then(|| name.to_string()),
            mailbox.from_address.parse().map_err(|e| refused(&e))?,
        );
        Ok(Sender {
            transport: builder.build(),
            from,
        })
    }

    /// The message as it goes out: text and, after it, each file attached.
    pub fn message(&self, out: &Outgoing) -> Result<Message, Failure> {
        let lang = owner();
        let to = out.to_address.parse().map_err(|_| {
            Failure::Refused(
                msg::MailErrorAddress {
                    address: out.to_address.as_str().into(),
                }
                .text(lang),
            )
        })?;
        let to = Address::new((!out.to_name.is_empty()).then(|| out.to_name.clone()), to);
        let builder = Message::builder()
            .from(self.from.clone())
            .reply_to(self.from.clone())
            .to(to)
            .subject(&out.subject)
            .message_id(None);
        let text = SinglePart::plain(out.body.clone());
        let built = if out.files.is_empty() {
            builder.singlepart(text)
        } else {
            let pdf = ContentType::parse("application/pdf").expect("a valid content type");
            let parts =
                out.files
                    .iter()
                    .fold(MultiPart::mixed().singlepart(text), |m, (name, bytes)| {
                        m.singlepart(Attachment::new(name.clone()).body(bytes.clone(), pdf.clone()))
                    });
            builder.multipart(parts)
        };
        built.map_err(|e| Failure::Refused(e.to_string()))
    }

    pub fn send(&self, out: &Outgoing) -> Result<(), Failure> {
        let message = self.message(out)?;
        self.transport
            .send(&message)
            .map(|_| ())
            .map_err(|e| classify(&e, &out.to_address))
    }

    /// Connects and logs in without sending anything, to check the settings.
    pub fn check(&self) -> Result<(), Failure> {
        match self.transport.test_connection() {
            Ok(true) => Ok(()),
            Ok(false) => Err(Failure::Passing(msg::mail_error_unreachable(owner()))),
            Err(e) => Err(classify(&e, "")),
        }
    }
}

/// What an SMTP error means for the message, in the owner's words with the server's after.
fn classify(e: &lettre::transport::smtp::Error, address: &str) -> Failure {
    let lang = owner();
    let detail = e.to_string();
    let code = e.status().map(|c| c.to_string()).unwrap_or_default();
    if e.is_permanent() && matches!(code.as_str(), "530" | "534" | "535" | "538") {
        return Failure::Password(
            msg::MailErrorPassword {
                detail: detail.into(),
            }
            .text(lang),
        );
    }
    if e.is_permanent() {
        return Failure::Refused(
            msg::MailErrorRefused {
                address: address.into(),
                detail: detail.into(),
            }
            .text(lang),
        );
    }
    if e.is_tls() {
        return Failure::Refused(
            msg::MailErrorTls {
                detail: detail.into(),
            }
            .text(lang),
        );
    }
    if e.is_client() {
        return Failure::Refused(
            msg::MailErrorSettings {
                detail: detail.into(),
            }
            .text(lang),
        );
    }
    Failure::Passing(
        msg::MailErrorPassing {
            detail: detail.into(),
        }
        .text(lang),
    )
}
