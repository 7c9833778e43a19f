//! Settings: the first run, the brand profile that fills every brief, the look of the app,
//! and the window's place between launches.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use base64::Engine;
use shoutout_core::i18n::{self, msg, owner, Lang};
use shoutout_core::settings::brand::{self, Brand};
use shoutout_core::settings::prefs::{self, Appearance, FirstRun, Theme, WindowState};
use tauri::{AppHandle, LogicalPosition, LogicalSize, Manager, State, WebviewWindow, Window};

use super::choose_path;
use crate::error::AppResult;
use crate::state::AppState;

#[tauri::command]
pub fn complete_first_run(state: State<'_, AppState>, answers: FirstRun) -> AppResult<Brand> {
    state.with_db(|db| prefs::complete_first_run(db, &answers))
}

#[tauri::command]
pub fn get_brand(state: State<'_, AppState>) -> AppResult<Brand> {
    state.with_db(|db| Ok(brand::get(db.conn())?.brand))
}

#[tauri::command]
pub fn save_brand(state: State<'_, AppState>, brand: Brand) -> AppResult<Brand> {
    state.with_db(|db| brand::save(db, &brand))
}

/// The logo as a data URL for the settings screen (the CSP allows `data:` images only).
#[tauri::command]
pub fn brand_logo(state: State<'_, AppState>) -> AppResult<Option<String>> {
    let logo = state.with_db(|db| Ok(brand::get(db.conn())?.logo))?;
    // A logo stored before sizes were checked is not sent: the window would unpack it whole.
    let logo = logo.filter(|bytes| shoutout_core::images::check(bytes, "logo").is_ok());
    Ok(logo.map(|bytes| {
        let mime = if bytes.starts_with(b"\x89PNG") {
            "image/png"
        } else {
            "image/jpeg"
        };
        format!(
            "data:{mime};base64,{}",
            base64::engine::general_purpose::STANDARD.encode(bytes)
        )
    }))
}

#[tauri::command]
pub async fn pick_logo(
    window: WebviewWindow,
    app: AppHandle,
    state: State<'_, AppState>,
) -> AppResult<Option<Brand>> {
    let Some(path) = choose_path(&app, window, |d| {
        d.set_title(msg::app_dialog_logo(owner()))
            .add_filter(msg::app_file_filter_image(owner()), &["png", "jpg", "jpeg"])
            .blocking_pick_file()
    })
    .await?
    else {
        return Ok(None);
    };
    let bytes = std::fs::read(&path).map_err(|e| shoutout_core::Error::io(&path, e))?;
    state.with_db(|db| brand::set_logo(db, &bytes)).map(Some)
}

#[tauri::command]
pub fn clear_logo(state: State<'_, AppState>) -> AppResult<Brand> {
    state.with_db(brand::clear_logo)
}

#[tauri::command]
pub fn get_appearance(state: State<'_, AppState>) -> AppResult<Appearance> {
    state.with_db(|db| prefs::appearance(db.conn()))
}

#[tauri::command]
pub fn save_appearance(
    window: Window,
    state: State<'_, AppState>,
    appearance: Appearance,
) -> AppResult<Appearance> {
    let saved = state.with_db(|db| prefs::save_appearance(db, &appearance))?;
    let _ = window.set_theme(window_theme(saved.theme));
    speak(&saved);
    Ok(saved)
}

/// Errors, exports and file names follow the UI's language: the chosen one, else the system's.
fn speak(appearance: &Appearance) {
    i18n::set_owner(appearance.language.unwrap_or_else(Lang::system));
}

/// The window frame and the page's `prefers-color-scheme` follow this (WebKitGTK takes it
/// from the GTK setting Tauri changes); `None` hands it back to the desktop.
fn window_theme(theme: Theme) -> Option<tauri::Theme> {
    match theme {
        Theme::System => None,
        Theme::Light => Some(tauri::Theme::Light),
        Theme::Dark => Some(tauri::Theme::Dark),
    }
}

/// Puts the main window where it was last left, on a screen that is still there, in the chosen
/// theme, then shows it (it starts hidden so it does not jump).
///
/// Hand-written rather than `tauri-plugin-window-state`: the plugin keeps one state file per app
/// in the config folder, while the place belongs to the data file with the other preferences
/// (each file opens where it was left, and two files open at once do not move each other).
pub fn restore_window(app: &AppHandle) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let state = app.state::<AppState>();
    let mut saved = None;
    if state.startup_error().is_none() {
        if let Ok(appearance) = state.with_db(|db| prefs::appearance(db.conn())) {
            let _ = window.set_theme(window_theme(appearance.theme));
            speak(&appearance);
        }
        saved = state.with_db(|db| prefs::window(db.conn())).ok().flatten();
    }
    place(&window, saved.as_ref());
    let _ = window.show();
    let _ = window.set_focus();
}

/// Sizes and places the window as it was left (or as configured the first time), made to fit the
/// screen it opens on: a 1280×800 window on a 1024×700 screen would hang off it. A place on a
/// screen that has since been unplugged is dropped for the centre of the current one.
fn place(window: &WebviewWindow, saved: Option<&WindowState>) {
    let monitors = window.available_monitors().unwrap_or_default();
    let holding = |s: &WindowState| {
        monitors.iter().find(|m| {
            let scale = m.scale_factor();
            let pos = m.position().to_logical::<f64>(scale);
            let size = m.size().to_logical::<f64>(scale);
            let (x, y) = (f64::from(s.x), f64::from(s.y));
            x + 100.0 > pos.x
                && x < pos.x + size.width - 100.0
                && y >= pos.y
                && y < pos.y + size.height - 50.0
        })
    };
    let kept = saved.and_then(|s| holding(s).map(|m| (s, m.clone())));
    let Some(monitor) = kept.as_ref().map(|(_, m)| m.clone()).or_else(|| {
        let current = window.current_monitor().ok().flatten();
        current.or_else(|| window.primary_monitor().ok().flatten())
    }) else {
        return;
    };
    // Worked out in the chosen screen's logical pixels and set in its physical ones: the window
    // may still be on a screen with another scale.
    let scale = monitor.scale_factor();
    let origin = monitor.work_area().position.to_logical::<i32>(scale);
    let size = monitor.work_area().size.to_logical::<u32>(scale);
    let area = prefs::Area {
        x: origin.x,
        y: origin.y,
        width: size.width,
        height: size.height,
    };
    let configured = window
        .app_handle()
        .config()
        .app
        .windows
        .first()
        .map(|w| (w.width, w.height, w.min_width, w.min_height));
    let (width, height, min_width, min_height) = configured.unwrap_or((1280.0, 800.0, None, None));
    let wanted = saved.map_or((width as u32, height as u32), |s| (s.width, s.height));
    let at = kept.map(|(s, _)| (s.x, s.y));
    let (x, y, width, height) = prefs::fit(wanted, at, area);
    // The configured minimum cannot be more than the screen holds.
    let min =
        |set: Option<f64>, fitted: u32| set.map_or(f64::from(fitted), |m| m.min(f64::from(fitted)));
    let _ = window.set_min_size(Some(
        LogicalSize::new(min(min_width, width), min(min_height, height)).to_physical::<u32>(scale),
    ));
    let _ = window.set_size(LogicalSize::new(width, height).to_physical::<u32>(scale));
    let _ = window.set_position(LogicalPosition::new(x, y).to_physical::<i32>(scale));
    if saved.is_some_and(|s| s.maximized) {
        let _ = window.maximize();
    }
}

/// Counts moves and resizes, so only the last of a burst is written.
static LAST_CHANGE: AtomicU64 = AtomicU64::new(0);

/// Called on every move, resize and close of the main window: the geometry is written once
/// it has been still for half a second, and at once when the window closes.
pub fn window_changed(window: &Window, closing: bool) {
    let change = LAST_CHANGE.fetch_add(1, Ordering::SeqCst) + 1;
    if closing {
        save_geometry(window);
        return;
    }
    let window = window.clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(Duration::from_millis(500)).await;
        if LAST_CHANGE.load(Ordering::SeqCst) == change {
            save_geometry(&window);
        }
    });
}

fn save_geometry(window: &Window) {
    let state = window.state::<AppState>();
    if state.startup_error().is_some() || window.is_minimized().unwrap_or(false) {
        return;
    }
    let maximized = window.is_maximized().unwrap_or(false);
    let measured = (|| {
        let scale = window.scale_factor().ok()?;
        let pos = window.outer_position().ok()?.to_logical::<i32>(scale);
        let size = window.inner_size().ok()?.to_logical::<u32>(scale);
        Some((pos, size))
    })();
    let _ = state.with_db(|db| {
        // A maximized window keeps the size it returns to when it is restored.
        let previous = prefs::window(db.conn())?;
        let next = match (maximized, measured, previous) {
            (true, _, Some(prev)) => WindowState {
                maximized: true,
                ..prev
            },
            (_, Some((pos, size)), _) => WindowState {
                x: pos.x,
                y: pos.y,
                width: size.width,
                height: size.height,
                maximized,
            },
            _ => return Ok(()),
        };
        prefs::save_window(db.conn(), &next)
    });
}
