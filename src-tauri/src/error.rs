use serde::{Serialize, Serializer};
use shoutout_core::FieldError;
use ts_rs::TS;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Core(#[from] shoutout_core::Error),
    #[error("The roster is not open: {0}")]
    Unavailable(String),
    #[error("That file is no longer open for import. Choose it again.")]
    ImportExpired,
    #[error("This can no longer be restored: it was removed in an earlier session.")]
    NothingToRestore,
    #[error("The file dialog could not be opened: {0}")]
    Dialog(String),
    #[error("The link could not be opened: {0}")]
    Open(String),
    #[error("The work stopped unexpectedly: {0}")]
    Task(String),
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
            AppError::Unavailable(_) => "unavailable",
            AppError::ImportExpired => "import_expired",
            AppError::NothingToRestore => "nothing_to_restore",
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
