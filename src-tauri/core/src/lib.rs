//! Shoutout's domain and storage: everything the app does, without any UI framework, so it
//! builds and tests in seconds and can be driven from the GUI, the command line and tests alike.
//!
//! One folder per area the owner sees, each owning its tables (only its store writes them;
//! other areas read through its named functions), plus small shared modules that know no area.

// Shared helpers: they know no area, and any area may use them.
pub mod check; // the field-error collector every `validate` runs its rules on
pub mod error; // one Error with a stable code and a plain message
pub mod files; // the one atomic file writer; the clock rows are stamped with
pub mod i18n; // messages in the owner's and each creator's language, from `locales/`
pub mod images; // an image's size from its header, checked before anything decodes it
pub mod spreadsheet; // CSV reading (BOM, encodings, delimiters), writing, the formula guard
pub mod stored; // `stored_enum!`: enums kept in the file as text
pub mod text; // parsers for counts, money and percents; folding, e-mail, currency, first name

// Areas, one per thing the owner sees; each owns its tables, and only its `store` writes them.
pub mod briefs; // campaign briefs, their recipients, personalizing and the one-page PDF
pub mod deals; // deals from offer to results: items, deliverables, status flow, figures, reminders
pub mod home; // the dashboard: one query per figure, reading the deals and roster tables
pub mod mail; // sending briefs from the owner's mailbox: settings, keychain, outbox and record
pub mod roster; // creators and their handles: validation, search, CSV import and export
pub mod sample; // the sample shop and generated rosters, through the areas' own operations
pub mod settings; // the shop's brand profile and the app's preferences
pub mod storage; // the data file: opening, migrations, backups, restore, the whole-file export

pub use chrono::NaiveDate;
pub use error::{Error, FieldError, Result};
pub use storage::Db;
