//! The data file: opening and migrating it, backups and restore, and the whole-file export.

pub mod backup;
pub mod db;
pub mod everything;
mod identity;
pub mod lock;
pub mod restore;
mod schema;

pub use db::Db;
