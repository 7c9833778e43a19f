//! The Shoutout desktop app: a thin Tauri shell over `shoutout-core`, plus the headless
//! commands of the same binary.

mod bindings;
pub mod cli;
mod commands;
mod error;
mod state;

use state::AppState;

/// Starts the window, or runs the headless command given on the command line.
pub fn main_entry() -> i32 {
    let invocation = match cli::parse(std::env::args_os().skip(1)) {
        Ok(inv) => inv,
        Err(message) => {
            eprintln!("shoutout: {message}\nTry 'shoutout --help'.");
            return 2;
        }
    };
    let db = cli::db_path(invocation.db);
    match invocation.command {
        cli::Command::Gui => run_gui(db),
        command => cli::run(&db, command),
    }
}

fn run_gui(db: std::path::PathBuf) -> i32 {
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState::open(db))
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::list_creators,
            commands::roster_facets,
            commands::get_creator,
            commands::create_creator,
            commands::update_creator,
            commands::delete_creator,
            commands::restore_creator,
            commands::load_sample_roster,
            commands::pick_import_file,
            commands::preview_import,
            commands::commit_import,
            commands::export_roster,
        ])
        .run(tauri::generate_context!());
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("shoutout: the window could not be opened: {e}");
            1
        }
    }
}
