//! The data file: opening and migrating it, backups and restore, and the whole-file export.

pub mod backup;
pub mod db;
pub mod everything;
pub mod lock;
mod schema;

pub use db::Db;
