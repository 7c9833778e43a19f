//! Reading the command line: the language first (so every mistake is told in it), then the
//! command and its options.

use std::ffi::OsString;
use std::path::PathBuf;

use shoutout_core::i18n::{msg, owner, set_owner, Lang};
use shoutout_core::roster::DuplicatePolicy;

#[derive(Debug, PartialEq)]
pub enum Command {
    Gui,
    Help,
    Version,
    ImportRoster {
        file: PathBuf,
        options: ImportOptions,
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
    /// Set the mailbox, or (none) show it.
    Mailbox(Option<shoutout_core::mail::Mailbox>),
    /// One creator on the brief, or (none) each of them.
    SendBrief {
        brief: String,
        creator: Option<String>,
    },
    SendOutbox,
}

/// How `import-roster` reads its file.
#[derive(Debug, PartialEq)]
pub struct ImportOptions {
    pub policy: DuplicatePolicy,
    /// A workbook's sheet, by name (`--sheet`); else its first.
    pub sheet: Option<String>,
    /// The line of the header row (`--header-row`); else guessed.
    pub header_line: Option<u64>,
}

#[derive(Debug, PartialEq)]
pub struct Invocation {
    pub db: Option<PathBuf>,
    pub command: Command,
}

/// The language codes `--lang` takes, as `en, fr, de`.
pub fn lang_codes() -> String {
    Lang::OFFERED.map(|l| l.as_str()).join(", ")
}

/// Reads the command line (without the program name). It speaks the language `--lang`
/// names, else the system's, from here on (core errors and sample data too).
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Invocation, String> {
    let args: Vec<OsString> = args.into_iter().collect();
    set_owner(choose_lang(&args)?);
    let options = read_options(args)?;
    let db = options.db.clone();
    Ok(Invocation {
        db,
        command: command(options)?,
    })
}

/// The language asked for with `--lang CODE` (the last one given), else the system's. Until
/// it is known, the system's language tells what is wrong with it.
fn choose_lang(args: &[OsString]) -> Result<Lang, String> {
    set_owner(Lang::system());
    let codes = || lang_codes().into();
    let mut chosen = Lang::system();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let code = match arg.to_str() {
            Some("--lang") => args
                .next()
                .ok_or_else(|| msg::CliLangNeedsCode { codes: codes() }.text(owner()))?
                .to_string_lossy()
                .into_owned(),
            Some(s) if s.starts_with("--lang=") => s["--lang=".len()..].to_string(),
            _ => continue,
        };
        chosen = Lang::parse(&code).ok_or_else(|| {
            msg::CliUnknownLang {
                code: code.as_str().into(),
                codes: codes(),
            }
            .text(owner())
        })?;
    }
    Ok(chosen)
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
    sheet: Option<String>,
    header_line: Option<u64>,
    /// `--host`, `--port`, `--tls`, `--from`, `--user` and `--name`, for `mailbox`.
    mail: Vec<(String, String)>,
}

fn read_options(args: impl IntoIterator<Item = OsString>) -> Result<Options, String> {
    let mut o = Options::default();
    let lang = owner();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--db") => {
                o.db = Some(PathBuf::from(
                    args.next().ok_or_else(|| msg::cli_db_needs_path(lang))?,
                ))
            }
            // Read first, by `choose_lang`.
            Some("--lang") => {
                args.next();
            }
            Some(s) if s.starts_with("--lang=") => {}
            Some(s) if s.starts_with("--db=") => o.db = Some(PathBuf::from(&s[5..])),
            Some("-h" | "--help") => o.words.insert(0, "help".into()),
            Some("-V" | "--version") => o.words.insert(0, "version".into()),
            Some("--skip-duplicates") => o.skip_duplicates = true,
            Some("--allow-empty") => o.allow_empty = true,
            Some("--all") => o.all = true,
            Some("--creator") => {
                o.creator = Some(
                    args.next()
                        .ok_or_else(|| msg::cli_creator_needs_name(lang))?
                        .to_string_lossy()
                        .into_owned(),
                )
            }
            Some("--creators") => {
                let n = args
                    .next()
                    .ok_or_else(|| msg::cli_creators_needs_number(lang))?;
                o.generated = Some(
                    n.to_string_lossy()
                        .parse::<usize>()
                        .ok()
                        .filter(|n| (1..=1_000_000).contains(n))
                        .ok_or_else(|| msg::cli_creators_range(lang))?,
                );
            }
            Some("--sheet") => {
                o.sheet = Some(
                    args.next()
                        .ok_or_else(|| msg::cli_sheet_needs_name(lang))?
                        .to_string_lossy()
                        .into_owned(),
                )
            }
            Some("--header-row") => {
                let line = args
                    .next()
                    .ok_or_else(|| msg::cli_header_row_needs_line(lang))?;
                o.header_line = Some(
                    line.to_string_lossy()
                        .parse::<u64>()
                        .ok()
                        .filter(|n| *n >= 1)
                        .ok_or_else(|| msg::cli_header_row_needs_line(lang))?,
                );
            }
            Some(flag @ ("--host" | "--port" | "--tls" | "--from" | "--user" | "--name")) => {
                let value = args.next().ok_or_else(|| {
                    msg::CliOptionNeedsValue {
                        option: flag.into(),
                    }
                    .text(lang)
                })?;
                o.mail
                    .push((flag.to_string(), value.to_string_lossy().into_owned()));
            }
            Some("--out") => {
                o.out = Some(PathBuf::from(
                    args.next().ok_or_else(|| msg::cli_out_needs_path(lang))?,
                ))
            }
            Some(s) if s.starts_with('-') => {
                return Err(msg::CliUnknownOption { option: s.into() }.text(lang))
            }
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
        sheet,
        header_line,
        mail,
        ..
    } = options;
    let lang = owner();
    let file = |words: &[OsString], what: &str| -> Result<PathBuf, String> {
        match words {
            [_, file] => Ok(PathBuf::from(file)),
            [_] => Err(msg::CliNeedsFile {
                command: what.into(),
            }
            .text(lang)),
            _ => Err(msg::CliOneFile {
                command: what.into(),
            }
            .text(lang)),
        }
    };
    let name = words.first().map(|w| w.to_string_lossy().into_owned());
    let command = match name.as_deref() {
        None => Command::Gui,
        Some("help") => Command::Help,
        Some("version") => Command::Version,
        Some("import-roster") => Command::ImportRoster {
            file: file(&words, "import-roster")?,
            options: ImportOptions {
                policy: if skip_duplicates {
                    DuplicatePolicy::Skip
                } else {
                    DuplicatePolicy::Merge
                },
                sheet,
                header_line,
            },
        },
        Some("export-roster") => Command::ExportRoster {
            file: file(&words, "export-roster")?,
        },
        Some("export-brief") => {
            let out = out.ok_or_else(|| msg::cli_export_brief_needs_out(lang))?;
            match (all, words.get(1), creator) {
                (true, None, None) => Command::ExportBrief {
                    brief: None,
                    creator: None,
                    out,
                },
                (false, Some(brief), Some(creator)) if words.len() == 2 => Command::ExportBrief {
                    brief: Some(brief.to_string_lossy().into_owned()),
                    creator: Some(creator),
                    out,
                },
                _ => return Err(msg::cli_export_brief_usage(lang)),
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
            out: out.ok_or_else(|| msg::cli_backup_needs_out(lang))?,
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
        Some(name @ ("mailbox" | "send-brief" | "send-outbox")) => {
            super::mail::command(name, &words, creator, all, &mail)?
        }
        Some(other) => {
            return Err(msg::CliUnknownCommand {
                command: other.into(),
            }
            .text(lang))
        }
    };
    Ok(command)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Result<Invocation, String> {
        // The tests read English; `--lang en` also keeps the system's language out of them.
        let line = format!("--lang en {line}");
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
                options: ImportOptions {
                    policy: DuplicatePolicy::Skip,
                    sheet: None,
                    header_line: None,
                }
            }
        );
        assert_eq!(
            args("import-roster t.xlsx --sheet Spring --header-row 3")
                .unwrap()
                .command,
            Command::ImportRoster {
                file: "t.xlsx".into(),
                options: ImportOptions {
                    policy: DuplicatePolicy::Merge,
                    sheet: Some("Spring".into()),
                    header_line: Some(3),
                }
            }
        );
        assert!(args("import-roster t.xlsx --header-row 0").is_err());
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
        assert!(args("--lang xx")
            .unwrap_err()
            .contains("en, fr, de, es, it, nl, pt"));
        assert!(args("--lang").unwrap_err().contains("en, fr, de"));
        assert_eq!(args("--lang=en-GB --help").unwrap().command, Command::Help);
    }
}
