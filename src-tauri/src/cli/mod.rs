//! The same binary without a window: for scripting, support and tests.

use std::path::{Path, PathBuf};

use shoutout_core::briefs as brief;
use shoutout_core::briefs::export as brief_export;
use shoutout_core::deals::csv as deal_csv;
use shoutout_core::deals::DealQuery;
use shoutout_core::i18n::{msg, owner};
use shoutout_core::roster::{self, RosterQuery};
use shoutout_core::storage::backup;
use shoutout_core::storage::everything;
use shoutout_core::storage::lock::{FileLock, Holder};
use shoutout_core::storage::restore;
use shoutout_core::Db;

mod args;
mod help;
mod mail;

pub use args::{lang_codes, parse, Command, ImportOptions, Invocation};

/// A path as a message shows it.
fn shown(path: &Path) -> shoutout_core::i18n::FluentValue<'static> {
    path.display().to_string().into()
}

/// Where the roster lives: `--db`, else `SHOUTOUT_DB`, else the system's data folder.
pub fn db_path(flag: Option<PathBuf>) -> PathBuf {
    flag.or_else(|| std::env::var_os("SHOUTOUT_DB").map(PathBuf::from))
        .unwrap_or_else(|| {
            dirs::data_dir()
                .unwrap_or_else(|| PathBuf::from("."))
                .join("app.shoutout.desktop")
                .join("shoutout.db")
        })
}

/// The data file as a command uses it: with the shared lock that keeps a restore from
/// replacing it meanwhile.
struct Opened {
    db: Db,
    _lock: FileLock,
}

impl std::ops::Deref for Opened {
    type Target = Db;
    fn deref(&self) -> &Db {
        &self.db
    }
}

impl std::ops::DerefMut for Opened {
    fn deref_mut(&mut self) -> &mut Db {
        &mut self.db
    }
}

fn open_with(path: &Path, open: fn(&Path) -> shoutout_core::Result<Db>) -> Result<Opened, String> {
    let lock = FileLock::acquire(path, Holder::User, std::time::Duration::from_secs(15))
        .map_err(|e| e.to_string())?;
    let db = open(path).map_err(|e| e.to_string())?;
    Ok(Opened { db, _lock: lock })
}

fn open(path: &Path) -> Result<Opened, String> {
    open_with(path, Db::open)
}

/// For commands that only read: they never wait for the window or an import writing, and work
/// on a file that is read-only.
fn open_to_read(path: &Path) -> Result<Opened, String> {
    open_with(path, Db::open_read_only)
}

fn restore(db: &Path, file: &Path, allow_empty: bool) -> Result<i32, String> {
    let lock = FileLock::acquire(db, Holder::Restore, std::time::Duration::ZERO)
        .map_err(|e| e.to_string())?;
    let now = chrono::Local::now().naive_local();
    let kept = restore::restore_file(&lock, file, now, allow_empty).map_err(|e| e.to_string())?;
    let lang = owner();
    let (db, file) = (shown(db), shown(file));
    println!("{}", msg::CliRestored { db, file }.text(lang));
    if let Some(kept) = kept {
        println!("{}", msg::CliKeptBefore { file: shown(&kept) }.text(lang));
    }
    Ok(0)
}

/// Runs a headless command and returns the process exit status.
pub fn run(db: &Path, command: Command) -> i32 {
    let lang = owner();
    let result = match command {
        Command::Gui => unreachable!("the window is started by the caller"),
        Command::Help => {
            print!("{}", help::help(lang, &lang_codes()));
            Ok(0)
        }
        Command::Version => {
            println!("shoutout {}", env!("CARGO_PKG_VERSION"));
            Ok(0)
        }
        Command::ImportRoster { file, options } => import(db, &file, &options),
        Command::ExportRoster { file } => open_to_read(db).and_then(|db| {
            let rows = roster::export_to_path(&db, &RosterQuery::default(), &file)
                .map_err(|e| e.to_string())?;
            let (count, file) = (rows.into(), shown(&file));
            println!("{}", msg::CliExportedCreators { count, file }.text(lang));
            Ok(0)
        }),
        Command::ExportBrief {
            brief,
            creator,
            out,
        } => open_to_read(db).and_then(|db| export_brief(&db, brief, creator, &out)),
        Command::ExportDeals { file, gifts } => open_to_read(db).and_then(|db| {
            let (query, today) = (DealQuery::default(), crate::commands::today());
            let written = if gifts {
                deal_csv::export_gifts_to_path(&db, &query, today, &file)
            } else {
                deal_csv::export_deals_to_path(&db, &query, today, &file)
            };
            let rows = written.map_err(|e| e.to_string())?;
            let (count, file) = (rows.into(), shown(&file));
            let done = if gifts {
                msg::CliExportedGifts { count, file }.text(lang)
            } else {
                msg::CliExportedDeals { count, file }.text(lang)
            };
            println!("{done}");
            Ok(0)
        }),
        Command::Backup { out } => open_to_read(db).and_then(|conn| {
            backup::backup_to(&conn, &out).map_err(|e| e.to_string())?;
            let (db, file) = (shown(db), shown(&out));
            println!("{}", msg::CliBackedUp { db, file }.text(lang));
            Ok(0)
        }),
        Command::Restore { file, allow_empty } => restore(db, &file, allow_empty),
        Command::ExportAll { file } => open_to_read(db).and_then(|db| {
            let rows =
                shoutout_core::files::write_atomically(&file, |out| everything::export(&db, out))
                    .map_err(|e| e.to_string())?;
            let (count, file) = (rows.into(), shown(&file));
            println!("{}", msg::CliExportedRecords { count, file }.text(lang));
            Ok(0)
        }),
        Command::ImportAll { file } => open(db).and_then(|mut db| {
            let bytes = std::fs::read(&file).map_err(|source| {
                shoutout_core::Error::Io {
                    path: file.display().to_string(),
                    source,
                }
                .to_string()
            })?;
            let rows = everything::import(&mut db, &bytes).map_err(|e| every_problem(&e))?;
            let (count, file) = (rows.into(), shown(&file));
            println!("{}", msg::CliImportedRecords { count, file }.text(lang));
            Ok(0)
        }),
        Command::SampleData {
            generated: Some(count),
        } => open(db).and_then(|mut db| {
            let added = shoutout_core::sample::load_generated_roster(&mut db, count)
                .map_err(|e| e.to_string())?;
            let count = added.into();
            println!("{}", msg::CliAddedGenerated { count }.text(lang));
            Ok(0)
        }),
        Command::Mailbox(settings) => mail::mailbox(db, settings),
        Command::SendBrief { brief, creator } => mail::send_brief(db, &brief, creator.as_deref()),
        Command::SendOutbox => mail::send_outbox(db),
        Command::SampleData { generated: None } => open(db).and_then(|mut db| {
            let added =
                shoutout_core::sample::load_sample_roster(&mut db, crate::commands::today())
                    .map_err(|e| e.to_string())?;
            let count = added.into();
            println!("{}", msg::CliAddedSample { count }.text(lang));
            Ok(0)
        }),
    };
    result.unwrap_or_else(|message| {
        eprintln!("shoutout: {message}");
        1
    })
}

/// A refusal with every problem it found, one a line (the first alone says only one).
fn every_problem(error: &shoutout_core::Error) -> String {
    match error.fields() {
        [] => error.to_string(),
        fields => fields
            .iter()
            .map(|f| f.message.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn find_brief(db: &Db, key: &str) -> Result<i64, String> {
    let briefs = brief::list(db.conn(), "", false)
        .and_then(|mut open| {
            open.extend(brief::list(db.conn(), "", true)?);
            Ok(open)
        })
        .map_err(|e| e.to_string())?;
    briefs
        .iter()
        .find(|b| b.id.to_string() == key || b.campaign.eq_ignore_ascii_case(key.trim()))
        .map(|b| b.id)
        .ok_or_else(|| msg::CliNoBrief { key: key.into() }.text(owner()))
}

fn find_recipient(db: &Db, brief_id: i64, key: &str) -> Result<i64, String> {
    let b = brief::get(db.conn(), brief_id).map_err(|e| e.to_string())?;
    let key = key.trim();
    let handle = key.trim_start_matches('@').to_lowercase();
    b.recipients
        .iter()
        .find(|r| {
            r.creator_id.to_string() == key
                || r.display_name.eq_ignore_ascii_case(key)
                || (!handle.is_empty() && r.handle.trim_start_matches('@') == handle)
        })
        .map(|r| r.creator_id)
        .ok_or_else(|| {
            msg::CliNotOnBrief {
                key: key.into(),
                campaign: b.content.campaign.as_str().into(),
            }
            .text(owner())
        })
}

fn export_brief(
    db: &Db,
    brief: Option<String>,
    creator: Option<String>,
    out: &Path,
) -> Result<i32, String> {
    match (brief, creator) {
        (Some(brief), Some(creator)) => {
            let brief_id = find_brief(db, &brief)?;
            let creator_id = find_recipient(db, brief_id, &creator)?;
            let (_, bytes) = brief_export::brief_pdf(db.conn(), brief_id, Some(creator_id))
                .map_err(|e| e.to_string())?;
            shoutout_core::files::write_file(out, &bytes).map_err(|e| e.to_string())?;
            println!("{}", msg::CliSaved { file: shown(out) }.text(owner()));
            Ok(0)
        }
        _ => {
            let jobs = brief_export::jobs(db.conn(), None).map_err(|e| e.to_string())?;
            let summary = brief_export::export_batch(db.conn(), &jobs, out, |_, _| {})
                .map_err(|e| e.to_string())?;
            let lang = owner();
            for p in &summary.problems {
                let problem = msg::CliBriefProblem {
                    campaign: p.campaign.as_str().into(),
                    creator: p.creator.as_str().into(),
                    reason: p.reason.as_str().into(),
                };
                eprintln!("{}", problem.text(lang));
            }
            let (count, folder) = (summary.files.len().into(), shown(out));
            println!("{}", msg::CliSavedBriefs { count, folder }.text(lang));
            Ok(if summary.problems.is_empty() { 0 } else { 3 })
        }
    }
}

fn import(db: &Path, file: &Path, options: &ImportOptions) -> Result<i32, String> {
    let table = roster::read_import(file, options.sheet.as_deref(), options.header_line)
        .map_err(|e| e.to_string())?;
    let mut db = open(db)?;
    let mapping = roster::guess_mapping(&table.headers);
    let report = roster::commit(&mut db, &table, &mapping, options.policy, |_, _| {})
        .map_err(|e| e.to_string())?;
    let lang = owner();
    let header = msg::CliImportHeader {
        line: table.header_line().into(),
    };
    eprintln!("{}", header.text(lang));
    for row in &report.ignored {
        let line = msg::CliImportIgnored {
            line: row.line.into(),
            reason: row.reason.as_str().into(),
        };
        eprintln!("{}", line.text(lang));
    }
    for row in &report.warnings {
        let line = msg::CliImportWarning {
            line: row.line.into(),
            reason: row.reason.as_str().into(),
        };
        eprintln!("{}", line.text(lang));
    }
    for problem in &report.problems {
        let line = msg::CliImportProblem {
            line: problem.line.into(),
            reason: problem.reason.as_str().into(),
        };
        eprintln!("{}", line.text(lang));
    }
    let done = msg::CliImportedRoster {
        added: report.added.into(),
        merged: report.merged.into(),
        skipped: report.skipped.into(),
        rejected: report.problems.len().into(),
    };
    println!("{}", done.text(lang));
    Ok(if report.problems.is_empty() { 0 } else { 3 })
}
