//! Backups in a folder named after the data file (`shoutout.db` → `shoutout.db-backups`): taken
//! with SQLite's online backup API (a consistent copy even while the app writes), the daily ones
//! thinned to the last 7 days and 4 weeks. The copies taken before a restore or an update are
//! kept apart from that rotation for 90 days.

use std::path::{Path, PathBuf};

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::storage::db::Db;

pub(super) const STAMP: &str = "%Y-%m-%d-%H%M%S";
pub const KEEP_DAYS: usize = 7;
pub const KEEP_WEEKS: usize = 4;
/// How long the copies taken before a restore or an update are kept.
pub const KEEP_SAFETY_DAYS: i64 = 90;

/// Why a backup was taken; each kind has its own file name prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupKind {
    /// One a day, thinned by rotation.
    Daily,
    /// What the file held just before a restore replaced it.
    BeforeRestore,
    /// What the file held before this version updated its data.
    BeforeUpdate,
}

impl BackupKind {
    const ALL: [BackupKind; 3] = [
        BackupKind::Daily,
        BackupKind::BeforeRestore,
        BackupKind::BeforeUpdate,
    ];

    fn prefix(self) -> &'static str {
        match self {
            BackupKind::Daily => "shoutout-",
            BackupKind::BeforeRestore => "before-restore-",
            BackupKind::BeforeUpdate => "before-update-",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BackupFile {
    pub file_name: String,
    pub path: String,
    /// Local time the backup was taken, `2026-11-23T14:05:12`.
    pub taken_at: String,
    pub bytes: u64,
    pub kind: BackupKind,
}

/// The backups folder of a data file, named after its whole file name (`shoutout.db` →
/// `shoutout.db-backups`), so files in one folder never share one.
pub fn dir_for(db_path: &Path) -> PathBuf {
    let name = db_path
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "shoutout.db".into());
    parent(db_path).join(format!("{name}-backups"))
}

pub(super) fn parent(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// A backup's kind, time and same-second counter, from its file name.
fn parse_name(file_name: &str) -> Option<(BackupKind, NaiveDateTime, u32)> {
    let kind = BackupKind::ALL
        .into_iter()
        .find(|k| file_name.starts_with(k.prefix()))?;
    let stem = file_name.strip_prefix(kind.prefix())?.strip_suffix(".db")?;
    let when = NaiveDateTime::parse_from_str(stem.get(..17)?, STAMP).ok()?;
    let counter = match stem.get(17..)? {
        "" => 0,
        rest => rest.strip_prefix('-')?.parse().ok()?,
    };
    Some((kind, when, counter))
}

/// Copies the open database to `out`, through a temporary file so `out` is whole or absent.
pub fn backup_to(db: &Db, out: &Path) -> Result<()> {
    crate::files::replace_with(out, |tmp| sqlite_copy(db, tmp, out))
}

/// Copies `db` to `out` with SQLite's online backup API. A full disk is said of `full_at`, the
/// place the owner knows; damage of the file copied.
pub(super) fn sqlite_copy(db: &Db, out: &Path, full_at: &Path) -> Result<()> {
    db.conn().backup(rusqlite::MAIN_DB, out, None).map_err(|e| {
        match crate::storage::identity::damaged_or(e, &db.name()) {
            Error::Db(rusqlite::Error::SqliteFailure(f, _))
                if f.code == rusqlite::ErrorCode::DiskFull =>
            {
                Error::io(full_at, std::io::ErrorKind::StorageFull.into())
            }
            other => other,
        }
    })
}

/// Takes a dated daily backup into `dir` and thins the folder. Returns the new file.
pub fn take(db: &Db, dir: &Path, now: NaiveDateTime) -> Result<PathBuf> {
    let out = take_kind(db, dir, now, BackupKind::Daily)?;
    prune(dir, now)?;
    Ok(out)
}

pub(super) fn take_kind(
    db: &Db,
    dir: &Path,
    now: NaiveDateTime,
    kind: BackupKind,
) -> Result<PathBuf> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let stamp = now.format(STAMP).to_string();
    let prefix = kind.prefix();
    let mut out = dir.join(format!("{prefix}{stamp}.db"));
    let mut n = 1;
    while out.exists() {
        out = dir.join(format!("{prefix}{stamp}-{n}.db"));
        n += 1;
    }
    backup_to(db, &out)?;
    Ok(out)
}

/// Before this version updates an older file's data, a copy of it as it was, kept for 90 days.
pub(crate) fn before_update(db: &Db, db_path: &Path) -> Result<PathBuf> {
    let now = chrono::Local::now().naive_local();
    take_kind(db, &dir_for(db_path), now, BackupKind::BeforeUpdate)
}

/// Shoutout's backups in `dir`, newest first. Other files are left out (and never removed).
pub fn list(dir: &Path) -> Result<Vec<BackupFile>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(dir, e)),
    };
    let mut found: Vec<((NaiveDateTime, u32), BackupFile)> = entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let file_name = entry.file_name().to_string_lossy().into_owned();
            let (kind, when, counter) = parse_name(&file_name)?;
            let bytes = entry.metadata().ok()?.len();
            Some((
                (when, counter),
                BackupFile {
                    path: entry.path().display().to_string(),
                    taken_at: when.format("%Y-%m-%dT%H:%M:%S").to_string(),
                    file_name,
                    bytes,
                    kind,
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

/// Removes the daily backups rotation does not keep and the safety copies older than 90 days.
/// Returns what was removed.
pub fn prune(dir: &Path, now: NaiveDateTime) -> Result<Vec<PathBuf>> {
    let all = list(dir)?;
    let daily: Vec<&BackupFile> = all.iter().filter(|b| b.kind == BackupKind::Daily).collect();
    let times: Vec<NaiveDateTime> = daily
        .iter()
        .filter_map(|b| parse_name(&b.file_name).map(|(_, t, _)| t))
        .collect();
    let expired = |b: &BackupFile| {
        b.kind != BackupKind::Daily
            && parse_name(&b.file_name)
                .is_some_and(|(_, t, _)| now - t > Duration::days(KEEP_SAFETY_DAYS))
    };
    let dropped = daily
        .iter()
        .zip(keep(&times))
        .filter(|(_, kept)| !kept)
        .map(|(b, _)| *b)
        .chain(all.iter().filter(|b| expired(b)));
    let mut removed = Vec::new();
    for backup in dropped {
        let path = PathBuf::from(&backup.path);
        std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
        removed.push(path);
    }
    Ok(removed)
}

/// Whether a daily backup is due: none yet, or the newest is from an earlier day.
pub fn due(dir: &Path, now: NaiveDateTime) -> Result<bool> {
    Ok(list(dir)?
        .iter()
        .find(|b| b.kind == BackupKind::Daily)
        .and_then(|b| parse_name(&b.file_name))
        .is_none_or(|(_, newest, _)| newest.date() < now.date()))
}

/// Removes what a killed restore of `db_path` left behind; with `alone` (the lock held
/// exclusively, so no backup is being written either) also what a killed backup left.
pub(crate) fn sweep(db_path: &Path, alone: bool) {
    let dir = dir_for(db_path);
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            // SQLite writes a `-journal` beside a copy it is making; it goes too.
            if name.starts_with(super::restore::CANDIDATE)
                || (alone && name.starts_with('.') && name.contains(".partial"))
            {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// Moves the backups of an earlier version's shared `backups` folder into this file's own
/// folder, when this is the only data file beside it (else whose they are is unknown, and they
/// stay where they are). A backup whose name is taken in the new folder stays too.
pub(crate) fn adopt_shared_backups(db_path: &Path) {
    let shared = parent(db_path).join("backups");
    let Ok(backups) = list(&shared) else { return };
    let data_files = std::fs::read_dir(parent(db_path)).map(|entries| {
        entries
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "db"))
            .count()
    });
    if backups.is_empty() || data_files.ok() != Some(1) || !db_path.exists() {
        return;
    }
    let dir = dir_for(db_path);
    if std::fs::create_dir_all(&dir).is_ok() {
        for backup in backups {
            let to = dir.join(&backup.file_name);
            if !to.exists() {
                let _ = std::fs::rename(&backup.path, to);
            }
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
        let removed = prune(dir.path(), at("2026-11-21", "12:00:00")).unwrap();
        assert_eq!(list(dir.path()).unwrap().len(), 20 - removed.len());
        assert!(dir.path().join("notes.txt").exists());
        assert!(dir.path().join("shoutout-garbage.db").exists());
        assert_eq!(
            list(dir.path()).unwrap()[0].file_name,
            "shoutout-2026-11-20-120000.db"
        );
    }
}
