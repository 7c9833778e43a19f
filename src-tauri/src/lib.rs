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
            let hint = shoutout_core::i18n::msg::cli_try_help(shoutout_core::i18n::owner());
            eprintln!("shoutout: {message}\n{hint}");
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
    // Until the file says which language the owner chose (a file that cannot open says so).
    shoutout_core::i18n::set_owner(shoutout_core::i18n::Lang::system());
    let context = tauri::generate_context!();
    let (notice, first) = single::notice(&db);
    let result = tauri::Builder::default()
        // A second launch on this file ends in the next plugin's setup, after saying so.
        .plugin(notice)
        .plugin(single::plugin(&context.config().identifier, &db))
        // The file is opened only once this launch is its one window: a second launch ends in
        // the plugin above and never touches the file the running window owns.
        .plugin(
            tauri::plugin::Builder::new("data-file")
                .setup(move |app, _: tauri::plugin::PluginApi<_, ()>| {
                    app.manage(AppState::open(db));
                    Ok(())
                })
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(commands::handler())
        .on_window_event(|window, event| match event {
            tauri::WindowEvent::Moved(_) | tauri::WindowEvent::Resized(_) => {
                commands::settings::window_changed(window, false)
            }
            tauri::WindowEvent::CloseRequested { .. } => {
                commands::settings::window_changed(window, true);
                single::release(window.app_handle());
            }
            _ => {}
        })
        .setup(move |app| {
            first.store(true, std::sync::atomic::Ordering::SeqCst);
            single::warn_without_bus();
            if app.state::<AppState>().startup_error().is_none() {
                commands::backup::schedule(app.handle());
            }
            commands::settings::restore_window(app.handle());
            Ok(())
        })
        .run(context);
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("shoutout: the window could not be opened: {e}");
            1
        }
    }
}
