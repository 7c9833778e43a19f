use serde::Serialize;
use ts_rs::TS;

use crate::i18n::{self, msg, Lang};

/// A problem with one field of what the user entered, named the way the UI names its inputs
/// (`display_name`, `handles.1.followers`) so the message can be shown next to that input.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// A thing that may have been deleted while the owner was looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Creator,
    Deal,
    Brief,
    Brand,
}

#[derive(Debug)]
pub enum Error {
    Invalid(Vec<FieldError>),
    NotFound(Missing),
    /// Already worded (in the owner's language) where it arose.
    Conflict(String),
    TooNew {
        found: i64,
        known: i64,
    },
    NotShoutout(String),
    Damaged(String),
    HasDeals {
        name: String,
        deals: i64,
    },
    /// What is wrong with the file, already worded where it was found.
    Csv(String),
    Io {
        path: String,
        source: std::io::Error,
    },
    Db(rusqlite::Error),
    Foreign {
        name: String,
        what: String,
    },
    OpenElsewhere(String),
    Restoring(String),
    Replaced(String),
    EmptyBackup(String),
    ReadOnly(String),
}

impl Error {
    /// What went wrong and what to do, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        fn file(name: &str) -> i18n::FluentValue<'_> {
            name.into()
        }
        match self {
            Error::Invalid(fields) => match fields.first() {
                Some(first) => msg::ErrorInvalid {
                    message: first.message.as_str().into(),
                }
                .text(lang),
                None => msg::error_invalid_form(lang),
            },
            Error::NotFound(Missing::Creator) => msg::error_missing_creator(lang),
            Error::NotFound(Missing::Deal) => msg::error_missing_deal(lang),
            Error::NotFound(Missing::Brief) => msg::error_missing_brief(lang),
            Error::NotFound(Missing::Brand) => msg::error_missing_brand(lang),
            Error::Conflict(text) | Error::Csv(text) => text.clone(),
            Error::TooNew { found, known } => msg::ErrorTooNew {
                found: (*found).into(),
                known: (*known).into(),
            }
            .text(lang),
            Error::NotShoutout(name) => msg::ErrorNotShoutout { file: file(name) }.text(lang),
            Error::Damaged(name) => msg::ErrorDamaged { file: file(name) }.text(lang),
            Error::HasDeals { name, deals } => msg::ErrorHasDeals {
                name: name.as_str().into(),
                deals: (*deals).into(),
            }
            .text(lang),
            Error::Io { path, source } => msg::ErrorIo {
                file: path.as_str().into(),
                reason: plain_io(source, lang).into(),
            }
            .text(lang),
            Error::Db(e) => msg::ErrorDatabase {
                reason: e.to_string().into(),
            }
            .text(lang),
            Error::Foreign { name, what } => msg::ErrorForeign {
                file: file(name),
                what: what.as_str().into(),
            }
            .text(lang),
            Error::OpenElsewhere(name) => msg::ErrorOpenElsewhere { file: file(name) }.text(lang),
            Error::Restoring(name) => msg::ErrorRestoring { file: file(name) }.text(lang),
            Error::Replaced(name) => msg::ErrorReplaced { file: file(name) }.text(lang),
            Error::EmptyBackup(name) => msg::ErrorEmptyBackup { file: file(name) }.text(lang),
            Error::ReadOnly(name) => msg::ErrorReadOnly { file: file(name) }.text(lang),
        }
    }
}

/// In the owner's language, wherever an error is shown or logged.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(i18n::owner()))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            Error::Db(e) => Some(e),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        match &error {
            rusqlite::Error::SqliteFailure(_, Some(message)) if message == "integer overflow" => {
                Error::Conflict(msg::error_sum_overflow(i18n::owner()))
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
pub fn plain_io(e: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => msg::error_io_not_found(lang),
        K::PermissionDenied => msg::error_io_permission(lang),
        K::StorageFull => msg::error_io_full(lang),
        K::ReadOnlyFilesystem => msg::error_io_read_only(lang),
        K::AlreadyExists => msg::error_io_exists(lang),
        K::IsADirectory => msg::error_io_folder(lang),
        K::NotADirectory => msg::error_io_not_folder(lang),
        K::UnexpectedEof | K::InvalidData => msg::ErrorIoDamaged {
            reason: e.to_string().into(),
        }
        .text(lang),
        _ => msg::ErrorIoOther {
            reason: e.to_string().into(),
        }
        .text(lang),
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
