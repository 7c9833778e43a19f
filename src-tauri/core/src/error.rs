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
    Db(#[from] rusqlite::Error),
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
        K::PermissionDenied => "Shoutout is not allowed to open it; check the file's permissions, or copy it to your Documents folder and choose the copy".into(),
        K::StorageFull => "the disk is full; free some space and try again".into(),
        K::ReadOnlyFilesystem => "the disk is read-only; choose a folder on another disk".into(),
        K::IsADirectory => "it is a folder, not a file; choose a file".into(),
        K::UnexpectedEof | K::InvalidData => format!("the file ends too early or is damaged ({e}); save it again and retry"),
        _ => format!("{e}; check that the disk is still connected and try again"),
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
