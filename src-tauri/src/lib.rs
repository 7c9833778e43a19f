//! The Shoutout desktop app: a thin Tauri shell over `shoutout-core`, plus the headless
//! commands of the same binary.

mod backup_commands;
mod bindings;
mod brief_commands;
pub mod cli;
mod commands;
mod deal_commands;
mod desktop;
mod error;
mod prefs_commands;
mod single;
mod state;

use state::AppState;
use tauri::Manager;

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
    let Some(instance) = single::claim(&db) else {
        println!(
            "Shoutout is already open with {}; bringing it to the front.",
            db.display()
        );
        return 0;
    };
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
            brief_commands::get_brand,
            brief_commands::save_brand,
            brief_commands::brand_logo,
            brief_commands::pick_logo,
            brief_commands::clear_logo,
            brief_commands::list_briefs,
            brief_commands::get_brief,
            brief_commands::create_brief,
            brief_commands::update_brief,
            brief_commands::duplicate_brief,
            brief_commands::archive_brief,
            brief_commands::set_brief_recipients,
            brief_commands::preview_brief,
            brief_commands::export_brief,
            brief_commands::export_brief_batch,
            brief_commands::email_brief,
            commands::archive_creator,
            commands::open_link,
            deal_commands::list_deals,
            deal_commands::deal_board,
            deal_commands::deal_campaigns,
            deal_commands::get_deal,
            deal_commands::create_deal,
            deal_commands::update_deal,
            deal_commands::set_deal_status,
            deal_commands::delete_deal,
            deal_commands::restore_deal,
            deal_commands::deal_from_brief,
            deal_commands::creator_deals,
            deal_commands::dashboard,
            deal_commands::mark_nudged,
            deal_commands::export_deals,
            backup_commands::list_backups,
            backup_commands::backup_now,
            backup_commands::restore_backup,
            backup_commands::reveal_data_folder,
            prefs_commands::complete_first_run,
            prefs_commands::get_appearance,
            prefs_commands::save_appearance,
        ])
        .on_window_event(|window, event| match event {
            tauri::WindowEvent::Moved(_) | tauri::WindowEvent::Resized(_) => {
                prefs_commands::window_changed(window, false)
            }
            tauri::WindowEvent::CloseRequested { .. } => {
                prefs_commands::window_changed(window, true)
            }
            _ => {}
        })
        .setup(move |app| {
            let handle = app.handle().clone();
            instance.listen(move || {
                if let Some(window) = handle.get_webview_window("main") {
                    let _ = window.unminimize();
                    let _ = window.show();
                    let _ = window.set_focus();
                }
            });
            app.manage(instance);
            if app.state::<AppState>().startup_error().is_none() {
                backup_commands::schedule(app.handle());
            }
            prefs_commands::restore_window(app.handle());
            Ok(())
        })
        .run(tauri::generate_context!());
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("shoutout: the window could not be opened: {e}");
            1
        }
    }
}
