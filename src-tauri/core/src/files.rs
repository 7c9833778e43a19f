//! Files and time: the one way Shoutout writes a file (whole or not at all) and the clock it
//! stamps rows with.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The hidden sibling a file is written to before it takes its real name.
pub fn partial_path(path: &Path) -> PathBuf {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    dir.join(format!(".{name}.partial"))
}

/// Lets `fill` make the file at a temporary path, then renames it into place, so `path` is
/// either the old file or the whole new one; the temporary file never outlives a failure.
pub fn replace_with<T>(path: &Path, fill: impl FnOnce(&Path) -> Result<T>) -> Result<T> {
    let tmp = partial_path(path);
    let _ = std::fs::remove_file(&tmp);
    let result = fill(&tmp).and_then(|value| {
        std::fs::rename(&tmp, path)
            .map(|()| value)
            .map_err(|e| Error::io(path, e))
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes a file through `write`, flushed to disk before it replaces `path`.
pub fn write_atomically<T>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    replace_with(path, |tmp| {
        let file = std::fs::File::create(tmp).map_err(|e| Error::io(tmp, e))?;
        let mut out = std::io::BufWriter::new(file);
        let value = write(&mut out)?;
        let file = out
            .into_inner()
            .map_err(|e| Error::io(tmp, e.into_error()))?;
        file.sync_all().map_err(|e| Error::io(tmp, e))?;
        Ok(value)
    })
}

/// [`write_atomically`] for bytes already in memory.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically(path, |out| {
        out.write_all(bytes).map_err(|e| Error::io(path, e))
    })
}

/// The moment rows are stamped with: UTC, RFC 3339 with milliseconds, so text order is time order.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// The owner's calendar day, which due dates and reminders are counted in.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
