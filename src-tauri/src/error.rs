use serde::{Serialize, Serializer};
use shoutout_core::i18n::{self, msg, FluentValue, Lang};
use shoutout_core::FieldError;
use ts_rs::TS;

#[derive(Debug)]
pub enum AppError {
    Core(shoutout_core::Error),
    /// The database could not be opened when Shoutout started.
    Unavailable,
    ImportExpired,
    NothingToRestore,
    /// The backup asked for is not in the backup folder.
    BackupNotFound,
    /// The PDF asked for was not exported in this session.
    PdfNotFound,
    /// The system's own reason, in English.
    Dialog(String),
    /// The system's own reason, in English.
    Open(String),
    /// Why the work stopped, already worded (or the system's own reason, in English).
    Task(String),
}

impl AppError {
    /// What went wrong and what to do, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        fn reason(r: &str) -> FluentValue<'_> {
            r.into()
        }
        match self {
            AppError::Core(e) => e.text(lang),
            AppError::Unavailable => msg::error_app_unavailable(lang),
            AppError::ImportExpired => msg::error_app_import_expired(lang),
            AppError::NothingToRestore => msg::error_app_nothing_to_restore(lang),
            AppError::BackupNotFound => msg::error_app_backup_not_found(lang),
            AppError::PdfNotFound => msg::error_app_pdf_not_found(lang),
            AppError::Dialog(r) => msg::ErrorAppDialog { reason: reason(r) }.text(lang),
            AppError::Open(r) => msg::ErrorAppOpen { reason: reason(r) }.text(lang),
            AppError::Task(r) => msg::ErrorAppTask { reason: reason(r) }.text(lang),
        }
    }
}

/// In the owner's language, wherever an error is shown or logged.
impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(i18n::owner()))
    }
}

impl std::error::Error for AppError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            AppError::Core(e) => Some(e),
            _ => None,
        }
    }
}

impl From<shoutout_core::Error> for AppError {
    fn from(error: shoutout_core::Error) -> Self {
        AppError::Core(error)
    }
}

/// How an error reaches the UI: a stable code, a sentence for people, and the fields at fault.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ErrorPayload {
    pub code: String,
    pub message: String,
    pub fields: Vec<FieldError>,
}

impl AppError {
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Core(e) => e.code(),
            AppError::Unavailable => "unavailable",
            AppError::ImportExpired => "import_expired",
            AppError::NothingToRestore => "nothing_to_restore",
            AppError::BackupNotFound | AppError::PdfNotFound => "not_found",
            AppError::Dialog(_) => "dialog",
            AppError::Open(_) => "open",
            AppError::Task(_) => "task",
        }
    }

    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code().to_string(),
            message: self.to_string(),
            fields: match self {
                AppError::Core(e) => e.fields().to_vec(),
                _ => Vec::new(),
            },
        }
    }
}

impl Serialize for AppError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.payload().serialize(serializer)
    }
}

pub type AppResult<T> = Result<T, AppError>;
