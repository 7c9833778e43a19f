use serde::Serialize;
use ts_rs::TS;

/// A problem with one field of what the user entered, named the way the UI names its inputs
/// (`display_name`, `handles.1.followers`) so the message can be shown next to that input.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("Please check {}: {}", .0.first().map(|e| e.field.as_str()).unwrap_or("the form"), .0.first().map(|e| e.message.as_str()).unwrap_or(""))]
    Invalid(Vec<FieldError>),
    #[error("{0} was not found. It may have been deleted.")]
    NotFound(&'static str),
    #[error("{0}")]
    Conflict(String),
    #[error("This file was made by a newer version of Shoutout (data version {found}; this version knows up to {known}). Install the newest Shoutout to open it. The file was not changed.")]
    TooNew { found: i64, known: i64 },
    #[error("{0} is not a Shoutout file. It was left untouched.")]
    NotShoutout(String),
    #[error("{0} is damaged and cannot be opened safely. It was left untouched.")]
    Damaged(String),
    #[error(
        "{name} has {deals} deal(s). Archive {name} instead, so the deal history stays whole."
    )]
    HasDeals { name: String, deals: i64 },
    #[error("The CSV file could not be read: {0}")]
    Csv(String),
    #[error("Could not use {path}: {}", plain_io(.source))]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("The database reported a problem: {0}")]
    Db(#[source] rusqlite::Error),
    #[error("{name} is not a Shoutout file: it has {what}. It was left untouched.")]
    Foreign { name: String, what: String },
    #[error("{0}: Shoutout is open on this file — close it or restore from its Settings.")]
    OpenElsewhere(String),
    #[error("A restore is replacing {0} right now. Wait until it has finished, then open Shoutout again.")]
    Restoring(String),
    #[error("{0} was replaced or moved by another program while Shoutout had it open. Nothing more was written to it. Close Shoutout and open it again to see what the file holds now.")]
    Replaced(String),
    #[error("{0} holds no creators, briefs, deals or shop details. Restoring it would empty Shoutout; nothing was changed. Restore it anyway only if an empty Shoutout is what you want.")]
    EmptyBackup(String),
    #[error("{0} is read-only, so Shoutout cannot change or replace it. Make the file writable in its properties, then try again.")]
    ReadOnly(String),
}

/// Said when SQLite cannot add up amounts (its `sum()` refuses to overflow rather than wrap).
const SUM_OVERFLOW: &str = "Some amounts are too large to add up, so this total cannot be \
    shown. Look for a deal with a very large amount and correct it.";

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        match &error {
            rusqlite::Error::SqliteFailure(_, Some(message)) if message == "integer overflow" => {
                Error::Conflict(SUM_OVERFLOW.into())
            }
            _ => Error::Db(error),
        }
    }
}

impl Error {
    /// A stable, machine-readable code for the UI and for scripts.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "invalid",
            Error::NotFound(_) => "not_found",
            Error::Conflict(_) => "conflict",
            Error::TooNew { .. } => "db_too_new",
            Error::NotShoutout(_) => "not_shoutout",
            Error::Damaged(_) => "damaged",
            Error::HasDeals { .. } => "has_deals",
            Error::Csv(_) => "csv",
            Error::Io { .. } => "io",
            Error::Db(_) => "database",
            Error::Foreign { .. } => "foreign_schema",
            Error::OpenElsewhere(_) => "open_elsewhere",
            Error::Restoring(_) => "restoring",
            Error::Replaced(_) => "file_replaced",
            Error::EmptyBackup(_) => "empty_backup",
            Error::ReadOnly(_) => "read_only",
        }
    }

    pub fn fields(&self) -> &[FieldError] {
        match self {
            Error::Invalid(fields) => fields,
            _ => &[],
        }
    }

    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid(vec![FieldError {
            field: field.into(),
            message: message.into(),
        }])
    }

    pub fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.display().to_string(),
            source,
        }
    }
}

/// What an I/O error means, in plain words, and what to do about it.
pub fn plain_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "the file is not there (it may have been moved, renamed or deleted); check where it is and choose it again".into(),
        K::PermissionDenied => "Shoutout is not allowed to use it; check the permissions of the file and its folder, or choose another folder".into(),
        K::StorageFull => "the disk is full; free some space and try again".into(),
        K::ReadOnlyFilesystem => "the disk is read-only; choose a folder on another disk".into(),
        K::AlreadyExists => "a file of that name is already there; choose another name".into(),
        K::IsADirectory => "it is a folder, not a file; choose a file".into(),
        K::NotADirectory => "part of the path is a file where a folder should be; choose another folder".into(),
        K::UnexpectedEof | K::InvalidData => format!("the file ends too early or is damaged ({e}); save it again and retry"),
        _ => format!("{e}; check that the disk is still connected and try again"),
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
