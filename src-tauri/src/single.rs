//! One window per database file: a second launch on the same file asks the running one to
//! come to the front and exits, so two windows never write the same roster at cross purposes.
//! The instances meet on a local socket named after the file (Unix; elsewhere every launch
//! opens its own window).

use std::path::{Path, PathBuf};

/// Claimed by the first launch on a file; dropped (and its socket removed) when it exits.
pub struct FirstInstance {
    /// None when the socket could not be made: the app still opens, it only cannot be found
    /// by a second launch.
    #[cfg(unix)]
    listener: Option<std::os::unix::net::UnixListener>,
    #[cfg(unix)]
    path: PathBuf,
}

/// The socket for a database file: in the runtime folder, named by a hash of the file's full
/// path (socket paths are short; database paths need not be).
fn socket_for(db: &Path) -> PathBuf {
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
    dirs::runtime_dir()
        .unwrap_or_else(std::env::temp_dir)
        .join(format!("shoutout-{:016x}.sock", hasher.finish()))
}

/// Claims the file for this launch, or, when another window has it open, tells that window to
/// come forward and returns `None`.
#[cfg(unix)]
pub fn claim(db: &Path) -> Option<FirstInstance> {
    use std::io::Write;
    use std::os::unix::net::{UnixListener, UnixStream};
    let path = socket_for(db);
    if let Ok(mut running) = UnixStream::connect(&path) {
        let _ = running.write_all(b"focus\n");
        return None;
    }
    // Nobody answers: a socket left by a crash is stale.
    let _ = std::fs::remove_file(&path);
    Some(FirstInstance {
        listener: UnixListener::bind(&path).ok(),
        path,
    })
}

#[cfg(not(unix))]
pub fn claim(_db: &Path) -> Option<FirstInstance> {
    Some(FirstInstance {})
}

impl FirstInstance {
    /// Brings the main window forward whenever a second launch knocks.
    #[cfg(unix)]
    pub fn listen(&self, app: tauri::AppHandle) {
        use std::io::{BufRead, BufReader};
        use tauri::Manager;
        let Some(Ok(listener)) = self.listener.as_ref().map(|l| l.try_clone()) else {
            return;
        };
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut line = String::new();
                if BufReader::new(stream).read_line(&mut line).is_ok() && line.trim() == "focus" {
                    if let Some(window) = app.get_webview_window("main") {
                        let _ = window.unminimize();
                        let _ = window.show();
                        let _ = window.set_focus();
                    }
                }
            }
        });
    }

    #[cfg(not(unix))]
    pub fn listen(&self, _app: tauri::AppHandle) {}
}

#[cfg(unix)]
impl Drop for FirstInstance {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}
