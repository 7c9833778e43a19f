//! Sending briefs from the owner's own mailbox: its settings (the password in the system's
//! keychain), each creator's message with their PDF attached, and the outbox that keeps every
//! message until it has gone and records it after.

pub mod brief;
pub mod keychain;
pub mod mailbox;
pub mod outbox;
pub mod smtp;

pub use mailbox::{Mailbox, Security};
pub use outbox::{Delivery, Listing, MessageRecord, Queued, State, Via};
pub use smtp::{Failure, Outgoing, Sender};
