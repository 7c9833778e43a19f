//! One window per database file: a second launch on the same file brings the running window to
//! the front and exits, so two windows never write the same roster at cross purposes.
//!
//! The official single-instance plugin does the meeting: on Linux over the D-Bus session bus,
//! under a name made from the app's identifier and a hash of the file's full path, so another
//! file is another window. (On Windows and macOS the plugin names its lock after the identifier
//! alone, so there a second launch on any file brings the open window forward.) Without a
//! session bus the plugin lets every launch open its own window; `warn_without_bus` says so.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tauri::plugin::TauriPlugin;
use tauri::{Manager, Resource, Runtime};

/// The plugin's D-Bus name for `db` (it appends `.SingleInstance`): the identifier, then `db`
/// and a hash of the file's full path (a name element may not start with a digit).
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
pub fn bus_id(identifier: &str, db: &Path) -> String {
    use std::hash::{Hash, Hasher};
    let full = match (db.parent(), db.file_name()) {
        (Some(dir), Some(name)) => std::fs::canonicalize(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        })
        .map(|d| d.join(name))
        .unwrap_or_else(|_| db.to_path_buf()),
        _ => db.to_path_buf(),
    };
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    full.hash(&mut hasher);
    format!("{identifier}.db{:016x}", hasher.finish())
}

/// The single-instance plugin for `db`: a second launch brings the main window forward.
pub fn plugin<R: Runtime>(identifier: &str, db: &Path) -> TauriPlugin<R> {
    let builder = tauri_plugin_single_instance::Builder::new().callback(|app, _args, _cwd| {
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.unminimize();
            let _ = window.show();
            let _ = window.set_focus();
        }
    });
    #[cfg(target_os = "linux")]
    let builder = builder.dbus_id(bus_id(identifier, db));
    #[cfg(not(target_os = "linux"))]
    let _ = (identifier, db);
    builder.build()
}

/// Says, as a second launch exits, that the running window was brought forward. The plugin ends
/// a second launch inside its own setup, after `cleanup_before_exit` has dropped the app's
/// resources, so the notice is a resource registered by a plugin set up before it; the app's
/// setup (which a second launch never reaches) marks a first launch, which stays silent.
pub struct SecondLaunchNotice {
    message: String,
    first: Arc<AtomicBool>,
}

impl Resource for SecondLaunchNotice {}

impl Drop for SecondLaunchNotice {
    fn drop(&mut self) {
        if !self.first.load(Ordering::SeqCst) {
            println!("{}", self.message);
        }
    }
}

/// The plugin that registers the notice; register it before `plugin`. Returns the flag to set
/// once the app's own setup runs.
pub fn notice<R: Runtime>(db: &Path) -> (TauriPlugin<R>, Arc<AtomicBool>) {
    let first = Arc::new(AtomicBool::new(false));
    let notice = SecondLaunchNotice {
        message: format!(
            "Shoutout is already open with {}; bringing it to the front.",
            db.display()
        ),
        first: first.clone(),
    };
    let plugin = tauri::plugin::Builder::new("second-launch-notice")
        .setup(move |app, _api| {
            app.resources_table().add(notice);
            Ok(())
        })
        .build();
    (plugin, first)
}

/// Lets the file go as the window closes: a launch from then on opens a new window instead of
/// knocking on one that is going away.
pub fn release<R: Runtime>(app: &tauri::AppHandle<R>) {
    tauri_plugin_single_instance::destroy(app);
}

/// Prints a line when there is no session bus to meet on, so a second window is explained.
pub fn warn_without_bus() {
    if let Some(why) = missing_bus() {
        eprintln!(
            "shoutout: no D-Bus session bus ({why}); a second launch on this file opens its own \
             window."
        );
    }
}

#[cfg(target_os = "linux")]
fn missing_bus() -> Option<String> {
    let address = std::env::var("DBUS_SESSION_BUS_ADDRESS").ok();
    let socket = match address.as_deref() {
        Some(address) => {
            let path = address
                .split(';')
                .filter_map(|a| a.strip_prefix("unix:"))
                .flat_map(|a| a.split(','))
                .find_map(|kv| kv.strip_prefix("path="))?;
            std::path::PathBuf::from(path)
        }
        None => dirs::runtime_dir()?.join("bus"),
    };
    (!socket.exists()).then(|| format!("{} is not there", socket.display()))
}

#[cfg(not(target_os = "linux"))]
fn missing_bus() -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_name_per_file_whatever_the_path_it_is_given_by() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let db = dir.path().join("shop.db");
        let id = "app.shoutout.desktop";
        let name = bus_id(id, &db);
        assert_eq!(name, bus_id(id, &dir.path().join("sub/../shop.db")));
        assert_ne!(name, bus_id(id, &dir.path().join("other.db")));
        // A valid D-Bus name: dot-separated elements of letters, digits, `_` and `-`, none
        // starting with a digit.
        let full = format!("{name}.SingleInstance");
        assert!(full.len() <= 255);
        for element in full.split('.') {
            assert!(!element.is_empty() && !element.starts_with(|c: char| c.is_ascii_digit()));
            assert!(element
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'));
        }
    }
}
