//! The Shoutout desktop app: a thin Tauri shell over `shoutout-core`, plus the headless
//! commands of the same binary.

mod bindings;
pub mod cli;
mod commands;
mod desktop;
mod error;
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
        .invoke_handler(commands::handler())
        .on_window_event(|window, event| match event {
            tauri::WindowEvent::Moved(_) | tauri::WindowEvent::Resized(_) => {
                commands::settings::window_changed(window, false)
            }
            tauri::WindowEvent::CloseRequested { .. } => {
                commands::settings::window_changed(window, true)
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
                commands::backup::schedule(app.handle());
            }
            commands::settings::restore_window(app.handle());
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
