//! The commands the UI calls, one file per area. Each takes typed arguments, calls the core
//! and maps errors; work that can take a while runs on a blocking thread and reports progress
//! as events. The helpers every area shares are here.

pub mod app;
pub mod backup;
pub mod briefs;
pub mod deals;
pub mod home;
pub mod roster;
pub mod settings;

use std::path::PathBuf;

use serde::Serialize;
use tauri::{AppHandle, WebviewWindow};
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder, FilePath};
use ts_rs::TS;

use crate::error::{AppError, AppResult};

// The list `build.rs` grants; the app checks itself against it in the tests below.
#[cfg(test)]
include!("names.rs");

/// Every command, for `tauri::Builder::invoke_handler`. Keep it in the order of `names.rs`.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app::app_info,
        app::open_link,
        home::dashboard,
        home::mark_nudged,
        roster::list_creators,
        roster::roster_facets,
        roster::get_creator,
        roster::create_creator,
        roster::update_creator,
        roster::delete_creator,
        roster::restore_creator,
        roster::archive_creator,
        roster::load_sample_roster,
        roster::pick_import_file,
        roster::preview_import,
        roster::reread_import,
        roster::commit_import,
        roster::export_roster,
        briefs::list_briefs,
        briefs::get_brief,
        briefs::create_brief,
        briefs::update_brief,
        briefs::duplicate_brief,
        briefs::archive_brief,
        briefs::set_brief_recipients,
        briefs::preview_brief,
        briefs::export_brief,
        briefs::export_brief_batch,
        briefs::email_brief,
        briefs::reveal_brief_pdf,
        deals::list_deals,
        deals::deal_board,
        deals::deal_campaigns,
        deals::get_deal,
        deals::create_deal,
        deals::update_deal,
        deals::set_deal_status,
        deals::delete_deal,
        deals::restore_deal,
        deals::deal_from_brief,
        deals::creator_deals,
        deals::export_deals,
        settings::complete_first_run,
        settings::get_appearance,
        settings::save_appearance,
        settings::get_brand,
        settings::save_brand,
        settings::brand_logo,
        settings::pick_logo,
        settings::clear_logo,
        backup::list_backups,
        backup::backup_now,
        backup::restore_backup,
        backup::reveal_data_folder,
    ]
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ExportResult {
    pub path: String,
    pub rows: u32,
}

/// The user's calendar day: due dates and reminders turn over at local midnight.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

pub(crate) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> AppResult<T> + Send + 'static,
) -> AppResult<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Task(e.to_string()))?
}

/// Runs a native file dialog, parented to the window, on a blocking thread. `ask` sets it up
/// and shows it; `None` means the user cancelled.
pub(crate) async fn choose_path(
    app: &AppHandle,
    window: WebviewWindow,
    ask: impl FnOnce(FileDialogBuilder<tauri::Wry>) -> Option<FilePath> + Send + 'static,
) -> AppResult<Option<PathBuf>> {
    let app = app.clone();
    let picked = blocking(move || Ok(ask(app.dialog().file().set_parent(&window)))).await?;
    picked
        .map(|p| p.into_path().map_err(|e| AppError::Dialog(e.to_string())))
        .transpose()
}

/// The command names written in each place that must agree with `COMMANDS`.
#[cfg(test)]
mod names {
    use std::collections::BTreeSet;
    use std::path::Path;

    fn read(path: &str) -> String {
        let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
    }

    fn listed() -> BTreeSet<String> {
        let names: BTreeSet<String> = super::COMMANDS.iter().map(|c| c.to_string()).collect();
        assert_eq!(
            names.len(),
            super::COMMANDS.len(),
            "a command is listed twice"
        );
        names
    }

    /// The last path segment of each entry in `generate_handler![...]` in this file.
    fn handled() -> BTreeSet<String> {
        let source = read("src-tauri/src/commands/mod.rs");
        let start = source.find("generate_handler![").expect("the handler list") + 18;
        let end = start + source[start..].find(']').expect("the handler list's end");
        source[start..end]
            .split(',')
            .map(|entry| entry.trim().rsplit("::").next().unwrap_or("").to_string())
            .filter(|name| !name.is_empty())
            .collect()
    }

    /// The app's own commands granted in the capability files (`allow-<name>`).
    fn granted() -> BTreeSet<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/capabilities");
        let mut names = BTreeSet::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let cap: serde_json::Value = serde_json::from_str(&text).unwrap();
            for permission in cap["permissions"].as_array().unwrap() {
                let id = permission
                    .as_str()
                    .or_else(|| permission["identifier"].as_str())
                    .unwrap_or_default();
                if let Some(command) = id.strip_prefix("allow-") {
                    names.insert(command.replace('-', "_"));
                }
            }
        }
        names
    }

    /// The permission files written by `build.rs`, one per command.
    fn permitted() -> BTreeSet<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("permissions/autogenerated");
        std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| {
                let path = e.unwrap().path();
                (path.extension()? == "toml")
                    .then(|| path.file_stem()?.to_str().map(String::from))?
            })
            .collect()
    }

    /// The first argument of every `call(...)` / `invoke(...)` that names a command literally
    /// in the UI's backend module (`ui/src/lib/api.ts`, and `ui/src/lib/api/*.ts` if it is
    /// ever split).
    fn called() -> BTreeSet<String> {
        let mut sources = vec![read("ui/src/lib/api.ts")];
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/api");
        if let Ok(entries) = std::fs::read_dir(dir) {
            for entry in entries {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "ts") {
                    sources.push(std::fs::read_to_string(path).unwrap());
                }
            }
        }
        sources.iter().flat_map(|s| literal_calls(s)).collect()
    }

    fn literal_calls(source: &str) -> Vec<String> {
        let mut found = Vec::new();
        for function in ["call", "invoke"] {
            for (at, _) in source.match_indices(function) {
                let before = source[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                    continue;
                }
                let mut rest = &source[at + function.len()..];
                // Skip a type argument such as `<ImportSession | null>`.
                if rest.starts_with('<') {
                    let mut depth = 0;
                    let Some(end) = rest.char_indices().find_map(|(i, c)| {
                        match c {
                            '<' => depth += 1,
                            '>' => depth -= 1,
                            _ => {}
                        }
                        (depth == 0).then_some(i)
                    }) else {
                        continue;
                    };
                    rest = &rest[end + 1..];
                }
                let Some(args) = rest.strip_prefix('(') else {
                    continue;
                };
                let args = args.trim_start();
                let Some(quote) = args
                    .chars()
                    .next()
                    .filter(|c| matches!(c, '"' | '\'' | '`'))
                else {
                    continue;
                };
                if let Some(end) = args[1..].find(quote) {
                    found.push(args[1..1 + end].to_string());
                }
            }
        }
        found
    }

    fn assert_same(place: &str, theirs: BTreeSet<String>) {
        let ours = listed();
        let missing: Vec<_> = ours.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&ours).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{place} disagrees with src-tauri/src/commands/names.rs: \
             missing {missing:?}, not in the list {extra:?}"
        );
    }

    #[test]
    fn the_handler_list_registers_every_listed_command() {
        assert_same("generate_handler! in commands/mod.rs", handled());
    }

    #[test]
    fn the_capability_grants_every_listed_command() {
        assert_same("src-tauri/capabilities", granted());
    }

    #[test]
    fn build_rs_wrote_a_permission_for_every_listed_command() {
        assert!(read("src-tauri/build.rs").contains("include!(\"src/commands/names.rs\")"));
        assert_same("permissions/autogenerated", permitted());
    }

    #[test]
    fn the_ui_calls_exactly_the_listed_commands() {
        assert_same("ui/src/lib/api.ts", called());
    }

    #[test]
    fn the_ui_parser_finds_literal_calls_only() {
        let sample = r#"
            async function call<T>(command: string) { return await invoke<T>(command, args); }
            a: () => call<ImportSession | null>("pick_import_file"),
            b: (id: number) => call<Map<string, number>>( 'get_creator', { id }),
            c: () => recall("not_a_command"),
        "#;
        assert_eq!(literal_calls(sample), ["pick_import_file", "get_creator"]);
    }
}
