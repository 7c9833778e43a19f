//! The field-error collector every `validate` uses: rules run in order, each problem is kept
//! against the field the UI names (`display_name`, `handles.1.followers`), and `finish` turns
//! them into one [`Error::Invalid`] so the form can show every problem at once.

use crate::error::{Error, FieldError, Result};
use crate::i18n::{msg, owner};

#[derive(Debug, Default)]
pub struct Check {
    errors: Vec<FieldError>,
}

impl Check {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem with `field`.
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.errors.push(FieldError {
            field: field.into(),
            message: message.into(),
        });
    }

    /// Keeps a parser's value, or records its reason (a whole sentence, which `message` may
    /// put in context) and uses `fallback`.
    pub fn parsed<T>(
        &mut self,
        field: impl Into<String>,
        result: std::result::Result<T, String>,
        message: impl FnOnce(String) -> String,
        fallback: T,
    ) -> T {
        result.unwrap_or_else(|reason| {
            self.add(field, message(reason));
            fallback
        })
    }

    /// Records the message `message` words against `field` when `bad` holds; says whether it
    /// did. The message is worded only then, so checking a valid row formats nothing.
    pub fn flag<M: Into<String>>(
        &mut self,
        bad: bool,
        field: impl Into<String>,
        message: impl FnOnce() -> M,
    ) -> bool {
        if bad {
            self.add(field, message());
        }
        bad
    }

    /// `value` trimmed, with a problem recorded when it is over `max` characters.
    pub fn trimmed(&mut self, field: &str, value: &str, max: usize) -> String {
        let value = value.trim().to_string();
        self.flag(too_long(&value, max), field, || {
            msg::ErrorKeepUnder { max: max.into() }.text(owner())
        });
        value
    }

    /// Whether `field` already has a problem, so later rules about it can stay quiet.
    pub fn has(&self, field: &str) -> bool {
        self.errors.iter().any(|e| e.field == field)
    }

    pub fn is_clean(&self) -> bool {
        self.errors.is_empty()
    }

    /// `value` when no rule failed, else every problem found.
    pub fn finish<T>(self, value: T) -> Result<T> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(Error::Invalid(self.errors))
        }
    }
}

/// Whether `text` is longer than `max` characters (not bytes).
pub fn too_long(text: &str, max: usize) -> bool {
    text.chars().count() > max
}

/// Whether `text` holds a line break or another control character.
pub fn has_control(text: &str) -> bool {
    text.chars().any(char::is_control)
}
