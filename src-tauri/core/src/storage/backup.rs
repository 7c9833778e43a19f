//! Backups in a `backups` folder beside the database: taken with SQLite's online backup API
//! (a consistent copy even while the app writes), thinned to the last 7 days and 4 weeks, and
//! restored only after the copy has been checked, with the current file backed up first.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::storage::db::Db;

const PREFIX: &str = "shoutout-";
const STAMP: &str = "%Y-%m-%d-%H%M%S";
pub const KEEP_DAYS: usize = 7;
pub const KEEP_WEEKS: usize = 4;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BackupFile {
    pub file_name: String,
    pub path: String,
    /// Local time the backup was taken, `2026-11-23T14:05:12`.
    pub taken_at: String,
    pub bytes: u64,
}

/// The backups folder for a database file.
pub fn dir_for(db_path: &Path) -> PathBuf {
    db_path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join("backups")
}

fn taken_at(file_name: &str) -> Option<NaiveDateTime> {
    let stem = file_name.strip_prefix(PREFIX)?.strip_suffix(".db")?;
    NaiveDateTime::parse_from_str(stem.get(..17)?, STAMP).ok()
}

/// Copies the open database to `out`, through a temporary file so `out` is whole or absent.
pub fn backup_to(db: &Db, out: &Path) -> Result<()> {
    crate::files::replace_with(out, |tmp| {
        db.conn()
            .backup(rusqlite::MAIN_DB, tmp, None)
            .map_err(Error::from)
    })
}

/// Takes a dated backup into `dir` and thins the folder. Returns the new file.
pub fn take(db: &Db, dir: &Path, now: NaiveDateTime) -> Result<PathBuf> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let stamp = now.format(STAMP).to_string();
    let mut out = dir.join(format!("{PREFIX}{stamp}.db"));
    let mut n = 1;
    while out.exists() {
        out = dir.join(format!("{PREFIX}{stamp}-{n}.db"));
        n += 1;
    }
    backup_to(db, &out)?;
    prune(dir)?;
    Ok(out)
}

/// Shoutout's backups in `dir`, newest first. Other files are left out (and never removed).
pub fn list(dir: &Path) -> Result<Vec<BackupFile>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(dir, e)),
    };
    let mut found: Vec<(NaiveDateTime, BackupFile)> = entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let file_name = entry.file_name().to_string_lossy().into_owned();
            let when = taken_at(&file_name)?;
            let bytes = entry.metadata().ok()?.len();
            Some((
                when,
                BackupFile {
                    path: entry.path().display().to_string(),
                    taken_at: when.format("%Y-%m-%dT%H:%M:%S").to_string(),
                    file_name,
                    bytes,
                },
            ))
        })
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.file_name.cmp(&a.1.file_name)));
    Ok(found.into_iter().map(|(_, f)| f).collect())
}

/// Which backups rotation keeps, given their times newest first: the newest of each of the
/// last 7 days that have one, and the newest of each of the 4 weeks before those.
pub fn keep(times: &[NaiveDateTime]) -> Vec<bool> {
    let mut days: Vec<NaiveDate> = Vec::new();
    let mut weeks: Vec<(i32, u32)> = Vec::new();
    times
        .iter()
        .map(|t| {
            let day = t.date();
            if days.contains(&day) {
                return false;
            }
            if days.len() < KEEP_DAYS {
                days.push(day);
                return true;
            }
            let week = (day.iso_week().year(), day.iso_week().week());
            let in_daily_weeks = days
                .iter()
                .any(|d| (d.iso_week().year(), d.iso_week().week()) == week);
            if in_daily_weeks || weeks.contains(&week) || weeks.len() >= KEEP_WEEKS {
                return false;
            }
            weeks.push(week);
            true
        })
        .collect()
}

/// Removes the backups rotation does not keep. Returns what was removed.
pub fn prune(dir: &Path) -> Result<Vec<PathBuf>> {
    let all = list(dir)?;
    let times: Vec<NaiveDateTime> = all.iter().filter_map(|b| taken_at(&b.file_name)).collect();
    let mut removed = Vec::new();
    for (backup, kept) in all.iter().zip(keep(&times)) {
        if !kept {
            let path = PathBuf::from(&backup.path);
            std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
            removed.push(path);
        }
    }
    Ok(removed)
}

/// Whether a backup is due: none yet, or the newest is from an earlier day.
pub fn due(dir: &Path, now: NaiveDateTime) -> Result<bool> {
    Ok(list(dir)?
        .first()
        .and_then(|b| taken_at(&b.file_name))
        .is_none_or(|newest| newest.date() < now.date()))
}

/// Replaces the database file at `db_path` with a backup. The backup is checked first (it must
/// be a whole Shoutout file this version can open); the current file is backed up into the
/// backups folder, or, when it cannot be opened (damaged), moved there untouched. Nothing may
/// hold the database open while this runs.
pub fn restore_file(db_path: &Path, backup: &Path, now: NaiveDateTime) -> Result<()> {
    let dir = dir_for(db_path);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    // Check a copy, so neither the backup nor the current file is touched if it is refused.
    let candidate = dir.join(format!(".restore-{}.partial", now.format(STAMP)));
    std::fs::copy(backup, &candidate).map_err(|e| Error::io(backup, e))?;
    let checked = Db::open(&candidate).and_then(|db| {
        // One file, no WAL beside it, before it is moved into place.
        db.conn()
            .pragma_update(None, "journal_mode", "DELETE")
            .map_err(Error::from)
    });
    if let Err(e) = checked {
        let _ = std::fs::remove_file(&candidate);
        return Err(match e {
            Error::NotShoutout(_) | Error::Damaged(_) | Error::TooNew { .. } => e.renamed(backup),
            other => other,
        });
    }
    if db_path.exists() {
        match Db::open(db_path) {
            Ok(current) => {
                take(&current, &dir, now)?;
            }
            Err(_) => {
                let aside = dir.join(format!("damaged-{}.db", now.format(STAMP)));
                std::fs::rename(db_path, &aside).map_err(|e| Error::io(db_path, e))?;
                for suffix in ["-wal", "-shm"] {
                    let side = PathBuf::from(format!("{}{suffix}", db_path.display()));
                    if side.exists() {
                        let to = PathBuf::from(format!("{}{suffix}", aside.display()));
                        std::fs::rename(&side, &to).map_err(|e| Error::io(&side, e))?;
                    }
                }
            }
        }
    }
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db_path.display()));
    }
    std::fs::rename(&candidate, db_path).map_err(|e| Error::io(db_path, e))
}

impl Error {
    /// The same refusal, naming another file.
    fn renamed(self, path: &Path) -> Error {
        let name = path.display().to_string();
        match self {
            Error::NotShoutout(_) => Error::NotShoutout(name),
            Error::Damaged(_) => Error::Damaged(name),
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: &str, hms: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("{day} {hms}"), "%Y-%m-%d %H:%M:%S").unwrap()
    }

    #[test]
    fn rotation_keeps_seven_days_and_four_weeks() {
        // Two backups a day for 60 days, newest first.
        let last = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let times: Vec<NaiveDateTime> = (0..60)
            .flat_map(|back| {
                let day = (last - chrono::Duration::days(back)).to_string();
                [at(&day, "18:00:00"), at(&day, "09:00:00")]
            })
            .collect();
        let kept: Vec<NaiveDateTime> = times
            .iter()
            .zip(keep(&times))
            .filter(|(_, k)| *k)
            .map(|(t, _)| *t)
            .collect();
        let days: Vec<String> = kept.iter().map(|t| t.date().to_string()).collect();
        // 2026-11-23 is a Monday: the daily ones reach back to Tuesday 17th (weeks 47 and 48),
        // then the newest of weeks 46, 45, 44 and 43 (their Sundays).
        assert_eq!(
            days,
            [
                "2026-11-23",
                "2026-11-22",
                "2026-11-21",
                "2026-11-20",
                "2026-11-19",
                "2026-11-18",
                "2026-11-17",
                "2026-11-15",
                "2026-11-08",
                "2026-11-01",
                "2026-10-25",
            ]
        );
        assert!(kept.iter().all(|t| t.format("%H").to_string() == "18"));
    }

    #[test]
    fn only_shoutout_backups_are_listed_and_pruned() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        std::fs::write(dir.path().join("shoutout-garbage.db"), "x").unwrap();
        for day in 1..=20 {
            let name = format!("shoutout-2026-11-{day:02}-120000.db");
            std::fs::write(dir.path().join(name), "backup").unwrap();
        }
        let removed = prune(dir.path()).unwrap();
        assert_eq!(list(dir.path()).unwrap().len(), 20 - removed.len());
        assert!(dir.path().join("notes.txt").exists());
        assert!(dir.path().join("shoutout-garbage.db").exists());
        assert_eq!(
            list(dir.path()).unwrap()[0].file_name,
            "shoutout-2026-11-20-120000.db"
        );
    }
}
