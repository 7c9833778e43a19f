//! Hands links and files to the desktop: a web page to the browser, a `mailto:` draft to the mail
//! app, a file to the file manager. On Linux this is GIO, which GTK already loads; the opener
//! plugin's own D-Bus client would add a third of a megabyte to the package.

use std::path::Path;

/// Opens `uri` with the desktop's default application for it.
pub fn open(uri: &str) -> Result<(), String> {
    imp::open(uri)
}

/// Shows `path` selected in its folder, or the folder alone where the file manager cannot
/// select. Blocks while the file manager is asked, so it is not called on the UI thread.
pub fn reveal(path: &Path) -> Result<(), String> {
    imp::reveal(path)
}

#[cfg(target_os = "linux")]
mod imp {
    use gio::prelude::*;
    use std::path::Path;

    pub fn open(uri: &str) -> Result<(), String> {
        gio::AppInfo::launch_default_for_uri(uri, None::<&gio::AppLaunchContext>)
            .map_err(|e| e.to_string())
    }

    pub fn reveal(path: &Path) -> Result<(), String> {
        let file = gio::File::for_path(path).uri().to_string();
        // The freedesktop file-manager interface (Files, Dolphin, Nemo, Thunar…) selects the
        // file; a desktop without one still gets its folder opened.
        let selected = gio::bus_get_sync(gio::BusType::Session, None::<&gio::Cancellable>)
            .and_then(|bus| {
                bus.call_sync(
                    Some("org.freedesktop.FileManager1"),
                    "/org/freedesktop/FileManager1",
                    "org.freedesktop.FileManager1",
                    "ShowItems",
                    Some(&(vec![file], "").to_variant()),
                    None,
                    gio::DBusCallFlags::NONE,
                    10_000,
                    None::<&gio::Cancellable>,
                )
            });
        match selected {
            Ok(_) => Ok(()),
            Err(_) => open(&gio::File::for_path(path.parent().unwrap_or(path)).uri()),
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod imp {
    use std::path::Path;
    use std::process::Command;

    pub fn open(uri: &str) -> Result<(), String> {
        open::that_detached(uri).map_err(|e| e.to_string())
    }

    pub fn reveal(path: &Path) -> Result<(), String> {
        let mut command = if cfg!(target_os = "macos") {
            let mut c = Command::new("open");
            c.arg("-R").arg(path);
            c
        } else {
            let mut c = Command::new("explorer");
            c.arg(format!("/select,{}", path.display()));
            c
        };
        command.spawn().map(drop).map_err(|e| e.to_string())
    }
}
