//! Shoutout's domain and storage: everything the app does, without any UI framework, so it
//! builds and tests in seconds and can be driven from the GUI, the command line and tests alike.
//!
//! One folder per area the owner sees, each owning its tables (only its store writes them;
//! other areas read through its named functions), plus small shared modules that know no area.

// Shared helpers, used by every area.
pub mod check;
pub mod error;
pub mod files;
pub mod spreadsheet;
pub mod stored;
pub mod text;

// Areas, in the order the owner meets them.
pub mod briefs;
pub mod deals;
pub mod home;
pub mod roster;
pub mod sample;
pub mod settings;
pub mod storage;

pub use chrono::NaiveDate;
pub use error::{Error, FieldError, Result};
pub use storage::Db;
