//! The same binary without a window: for scripting, support and tests.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use shoutout_core::briefs as brief;
use shoutout_core::briefs::export as brief_export;
use shoutout_core::deals::csv as deal_csv;
use shoutout_core::deals::DealQuery;
use shoutout_core::roster::{self, DuplicatePolicy, RosterQuery};
use shoutout_core::storage::backup;
use shoutout_core::storage::everything;
use shoutout_core::storage::lock::{FileLock, Holder};
use shoutout_core::storage::restore;
use shoutout_core::Db;

pub const HELP: &str = include_str!("help.txt");

#[derive(Debug, PartialEq)]
pub enum Command {
    Gui,
    Help,
    Version,
    ImportRoster {
        file: PathBuf,
        policy: DuplicatePolicy,
    },
    ExportRoster {
        file: PathBuf,
    },
    /// One brief for one creator, or (with neither) every open brief for each of its creators.
    ExportBrief {
        brief: Option<String>,
        creator: Option<String>,
        out: PathBuf,
    },
    ExportDeals {
        file: PathBuf,
        gifts: bool,
    },
    Backup {
        out: PathBuf,
    },
    Restore {
        file: PathBuf,
        allow_empty: bool,
    },
    ExportAll {
        file: PathBuf,
    },
    ImportAll {
        file: PathBuf,
    },
    SampleData {
        generated: Option<usize>,
    },
}

#[derive(Debug, PartialEq)]
pub struct Invocation {
    pub db: Option<PathBuf>,
    pub command: Command,
}

/// Reads the command line (without the program name).
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Invocation, String> {
    let options = read_options(args)?;
    let db = options.db.clone();
    Ok(Invocation {
        db,
        command: command(options)?,
    })
}

/// The words and options of a command line, before they are read as a command.
#[derive(Default)]
struct Options {
    db: Option<PathBuf>,
    words: Vec<OsString>,
    skip_duplicates: bool,
    allow_empty: bool,
    all: bool,
    creator: Option<String>,
    out: Option<PathBuf>,
    generated: Option<usize>,
}

fn read_options(args: impl IntoIterator<Item = OsString>) -> Result<Options, String> {
    let mut o = Options::default();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--db") => {
                o.db = Some(PathBuf::from(
                    args.next().ok_or("--db needs a file path after it")?,
                ))
            }
            Some(s) if s.starts_with("--db=") => o.db = Some(PathBuf::from(&s[5..])),
            Some("-h" | "--help") => o.words.insert(0, "help".into()),
            Some("-V" | "--version") => o.words.insert(0, "version".into()),
            Some("--skip-duplicates") => o.skip_duplicates = true,
            Some("--allow-empty") => o.allow_empty = true,
            Some("--all") => o.all = true,
            Some("--creator") => {
                o.creator = Some(
                    args.next()
                        .ok_or("--creator needs a creator after it")?
                        .to_string_lossy()
                        .into_owned(),
                )
            }
            Some("--creators") => {
                let n = args.next().ok_or("--creators needs a number after it")?;
                o.generated = Some(
                    n.to_string_lossy()
                        .parse::<usize>()
                        .ok()
                        .filter(|n| (1..=1_000_000).contains(n))
                        .ok_or("--creators takes a number from 1 to 1,000,000")?,
                );
            }
            Some("--out") => {
                o.out = Some(PathBuf::from(
                    args.next().ok_or("--out needs a path after it")?,
                ))
            }
            Some(s) if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ => o.words.push(arg),
        }
    }
    Ok(o)
}

fn command(options: Options) -> Result<Command, String> {
    let Options {
        words,
        skip_duplicates,
        allow_empty,
        all,
        creator,
        out,
        generated,
        ..
    } = options;
    let file = |words: &[OsString], what: &str| -> Result<PathBuf, String> {
        match words {
            [_, file] => Ok(PathBuf::from(file)),
            [_] => Err(format!("{what} needs a file name")),
            _ => Err(format!("{what} takes one file name")),
        }
    };
    let name = words.first().map(|w| w.to_string_lossy().into_owned());
    let command = match name.as_deref() {
        None => Command::Gui,
        Some("help") => Command::Help,
        Some("version") => Command::Version,
        Some("import-roster") => Command::ImportRoster {
            file: file(&words, "import-roster")?,
            policy: if skip_duplicates {
                DuplicatePolicy::Skip
            } else {
                DuplicatePolicy::Merge
            },
        },
        Some("export-roster") => Command::ExportRoster {
            file: file(&words, "export-roster")?,
        },
        Some("export-brief") => {
            let out = out.ok_or("export-brief needs --out")?;
            match (all, words.get(1), creator) {
                (true, None, None) => Command::ExportBrief { brief: None, creator: None, out },
                (false, Some(brief), Some(creator)) if words.len() == 2 => Command::ExportBrief {
                    brief: Some(brief.to_string_lossy().into_owned()),
                    creator: Some(creator),
                    out,
                },
                _ => return Err("use export-brief BRIEF --creator CREATOR --out FILE.pdf, or export-brief --all --out FOLDER".into()),
            }
        }
        Some("export-deals") => Command::ExportDeals {
            file: file(&words, "export-deals")?,
            gifts: false,
        },
        Some("export-gifts") => Command::ExportDeals {
            file: file(&words, "export-gifts")?,
            gifts: true,
        },
        Some("backup") if words.len() == 1 => Command::Backup {
            out: out.ok_or("backup needs --out FILE")?,
        },
        Some("restore") => Command::Restore {
            file: file(&words, "restore")?,
            allow_empty,
        },
        Some("export-all") => Command::ExportAll {
            file: file(&words, "export-all")?,
        },
        Some("import-all") => Command::ImportAll {
            file: file(&words, "import-all")?,
        },
        Some("sample-data") if words.len() == 1 => Command::SampleData { generated },
        Some(other) => return Err(format!("unknown command {other}")),
    };
    Ok(command)
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
    println!("Restored {} from {}.", db.display(), file.display());
    if let Some(kept) = kept {
        println!("What it held before is kept in {}.", kept.display());
    }
    Ok(0)
}

/// Runs a headless command and returns the process exit status.
pub fn run(db: &Path, command: Command) -> i32 {
    let result = match command {
        Command::Gui => unreachable!("the window is started by the caller"),
        Command::Help => {
            print!("{HELP}");
            Ok(0)
        }
        Command::Version => {
            println!("shoutout {}", env!("CARGO_PKG_VERSION"));
            Ok(0)
        }
        Command::ImportRoster { file, policy } => import(db, &file, policy),
        Command::ExportRoster { file } => open_to_read(db).and_then(|db| {
            let rows = roster::export_to_path(&db, &RosterQuery::default(), &file)
                .map_err(|e| e.to_string())?;
            println!("Exported {rows} creators to {}.", file.display());
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
            let what = if gifts { "gifted items" } else { "deals" };
            println!("Exported {rows} {what} to {}.", file.display());
            Ok(0)
        }),
        Command::Backup { out } => open_to_read(db).and_then(|conn| {
            backup::backup_to(&conn, &out).map_err(|e| e.to_string())?;
            println!("Backed up {} to {}.", db.display(), out.display());
            Ok(0)
        }),
        Command::Restore { file, allow_empty } => restore(db, &file, allow_empty),
        Command::ExportAll { file } => open_to_read(db).and_then(|db| {
            let rows =
                shoutout_core::files::write_atomically(&file, |out| everything::export(&db, out))
                    .map_err(|e| e.to_string())?;
            println!("Exported {rows} records to {}.", file.display());
            Ok(0)
        }),
        Command::ImportAll { file } => open(db).and_then(|mut db| {
            let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let rows = everything::import(&mut db, &bytes).map_err(|e| every_problem(&e))?;
            println!("Imported {rows} records from {}.", file.display());
            Ok(0)
        }),
        Command::SampleData {
            generated: Some(count),
        } => open(db).and_then(|mut db| {
            let added = shoutout_core::sample::load_generated_roster(&mut db, count)
                .map_err(|e| e.to_string())?;
            println!("Added {added} generated creators.");
            Ok(0)
        }),
        Command::SampleData { generated: None } => open(db).and_then(|mut db| {
            let added =
                shoutout_core::sample::load_sample_roster(&mut db, crate::commands::today())
                    .map_err(|e| e.to_string())?;
            println!("Added {added} sample creators.");
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
        .ok_or_else(|| format!("no brief is numbered or named \u{201c}{key}\u{201d}"))
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
            format!(
                "\u{201c}{key}\u{201d} is not among the creators of \u{201c}{}\u{201d}",
                b.content.campaign
            )
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
            println!("Saved {}.", out.display());
            Ok(0)
        }
        _ => {
            let jobs = brief_export::jobs(db.conn(), None).map_err(|e| e.to_string())?;
            let summary = brief_export::export_batch(db.conn(), &jobs, out, |_, _| {})
                .map_err(|e| e.to_string())?;
            for p in &summary.problems {
                eprintln!("{} for {}: {}", p.campaign, p.creator, p.reason);
            }
            println!("Saved {} briefs in {}.", summary.files.len(), out.display());
            Ok(if summary.problems.is_empty() { 0 } else { 3 })
        }
    }
}

fn import(db: &Path, file: &Path, policy: DuplicatePolicy) -> Result<i32, String> {
    let table = roster::read_file(file).map_err(|e| e.to_string())?;
    let mut db = open(db)?;
    let mapping = roster::guess_mapping(&table.headers);
    let report =
        roster::commit(&mut db, &table, &mapping, policy, |_, _| {}).map_err(|e| e.to_string())?;
    for problem in &report.problems {
        eprintln!("line {}: {}", problem.line, problem.reason);
    }
    println!(
        "Imported {} new creators, merged {}, skipped {}, rejected {}.",
        report.added,
        report.merged,
        report.skipped,
        report.problems.len()
    );
    Ok(if report.problems.is_empty() { 0 } else { 3 })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Result<Invocation, String> {
        parse(line.split_whitespace().map(OsString::from))
    }

    #[test]
    fn commands_and_options() {
        assert_eq!(args("").unwrap().command, Command::Gui);
        assert_eq!(args("--help").unwrap().command, Command::Help);
        assert_eq!(args("-V").unwrap().command, Command::Version);
        let inv = args("--db /tmp/x.db import-roster a.csv --skip-duplicates").unwrap();
        assert_eq!(inv.db, Some(PathBuf::from("/tmp/x.db")));
        assert_eq!(
            inv.command,
            Command::ImportRoster {
                file: "a.csv".into(),
                policy: DuplicatePolicy::Skip
            }
        );
        assert_eq!(
            args("export-roster out.csv --db=/d.db").unwrap(),
            Invocation {
                db: Some("/d.db".into()),
                command: Command::ExportRoster {
                    file: "out.csv".into()
                }
            }
        );
        assert!(args("import-roster").unwrap_err().contains("needs a file"));
        assert!(args("frobnicate").unwrap_err().contains("unknown command"));
        assert!(args("--wat").unwrap_err().contains("unknown option"));
        assert!(args("--db").is_err());
        assert_eq!(
            args("export-brief 3 --creator @zoe --out z.pdf")
                .unwrap()
                .command,
            Command::ExportBrief {
                brief: Some("3".into()),
                creator: Some("@zoe".into()),
                out: "z.pdf".into()
            }
        );
        assert_eq!(
            args("export-brief --all --out briefs").unwrap().command,
            Command::ExportBrief {
                brief: None,
                creator: None,
                out: "briefs".into()
            }
        );
        assert!(args("export-brief 3 --out z.pdf").is_err());
        assert!(args("export-brief --all").is_err());
    }
}
