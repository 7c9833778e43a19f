//! Hands links and files to the desktop: a web page to the browser, a `mailto:` draft to the mail
//! app, a file to the file manager, through the official opener plugin on every system.
//!
//! Only Rust calls these, from commands that check what they pass: `open_link` lets `https:` and
//! `mailto:` through and nothing else, and only the data file and a brief just exported are ever
//! revealed. The page is granted none of the plugin's own commands (see the capability).

use std::path::Path;
use std::time::Duration;

/// How long a launcher may take to fail before the link counts as opened. The plugin waits
/// 250 ms; `xdg-open` with no mail program takes longer than that to give up, and the app
/// would then say a draft opened when nothing did.
const FAILURE_CHECK: Duration = Duration::from_secs(3);

/// Opens `uri` with the desktop's default application for it. Blocks for up to a few seconds
/// while the launcher answers, so it is not called on the UI thread.
pub fn open(uri: &str) -> Result<(), String> {
    open::that_detached_with_timeout(uri, FAILURE_CHECK).map_err(|e| e.to_string())
}

/// Shows `path` selected in its folder. Where no file manager answers for that (on Linux: none
/// on the session bus, or no session bus at all), its folder is opened instead. Blocks while the
/// file manager is asked, so it is not called on the UI thread.
pub fn reveal(path: &Path) -> Result<(), String> {
    tauri_plugin_opener::reveal_item_in_dir(path).or_else(|_| {
        let folder = path.parent().unwrap_or(path);
        tauri_plugin_opener::open_path(folder, None::<&str>).map_err(|e| e.to_string())
    })
}
