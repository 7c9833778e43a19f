//! The data file: opening and migrating it, backups and restore, and the whole-file export.

pub mod backup;
pub mod db;
pub mod everything;

pub use db::Db;
