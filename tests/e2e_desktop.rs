//! The desktop comforts end to end: the first-run questions, settings that are still there
//! after a restart (theme, text size, date style, window size and place), and a dark desktop
//! followed by the app.

// A test reads as one story from setup to the last check; the line limit is for the app's code.
#![allow(clippy::too_many_lines)]

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use support::App;

const DARK_PAGE: &str = "return matchMedia('(prefers-color-scheme: dark)').matches";
const PAGE_LANG: &str = "return document.documentElement.lang";
const PAGE_BACKGROUND: &str = "return getComputedStyle(document.documentElement).backgroundColor";
const ROOT_FONT: &str = "return getComputedStyle(document.documentElement).fontSize";

#[test]
fn first_run_then_settings_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    {
        let app = App::start(&db, "first-run");
        // Only the questions: no sections to wander into before the shop has a name.
        app.find("[data-testid=welcome]");
        assert_eq!(
            app.script("return document.querySelector('[data-testid=nav-home]').offsetParent"),
            serde_json::Value::Null
        );
        app.screenshot("01-welcome");

        // The name is needed; the backend says so next to the field.
        app.click("[data-testid=welcome-start]");
        assert_eq!(
            app.text("[data-testid=welcome-error]"),
            "Enter your shop's name; briefs are signed with it."
        );
        app.type_into("[data-testid=welcome-shop]", "Café Lumière");
        // The language picked here applies at once, and is the one the shop writes in.
        app.select("[data-testid=welcome-language]", "fr");
        app.wait_for("the page in French", || {
            (app.script(PAGE_LANG) == "fr").then_some(())
        });
        app.select("[data-testid=welcome-currency]", "GBP");
        app.click("[data-testid=welcome-letter]");
        app.click("[data-testid=welcome-date-iso]");
        app.click("[data-testid=welcome-start]");
        app.find("[data-testid=empty-state]");
        app.screenshot("02-empty-roster");

        // The answers are in Settings.
        app.click("[data-testid=nav-settings]");
        app.wait_for("the shop name in settings", || {
            (app.script("return document.querySelector('[data-testid=brand-shop]')?.value")
                == "Café Lumière")
                .then_some(())
        });
        let value =
            |css: &str| app.script(&format!("return document.querySelector('{css}').value"));
        assert_eq!(value("[data-testid=brand-currency]"), "GBP");
        assert_eq!(value("[data-testid=brand-page-size]"), "letter");
        assert_eq!(value("[data-testid=brand-language]"), "fr");
        assert_eq!(value("[data-testid=ui-language]"), "fr");

        // Dark theme and larger text apply at once.
        assert_eq!(app.script(DARK_PAGE), false);
        app.select("[data-testid=theme]", "dark");
        app.wait_for("the page in dark", || {
            (app.script(DARK_PAGE) == true).then_some(())
        });
        app.select("[data-testid=text-scale]", "125");
        app.wait_for("larger text", || {
            (app.script(ROOT_FONT) == "18.75px").then_some(())
        });
        app.screenshot("03-settings-dark-125");

        // The user moves and sizes the window.
        app.set_window_rect(40, 30, 1100, 760);
        std::thread::sleep(std::time::Duration::from_millis(1500));
    }
    support::wait_until_closed(&db);

    let app = App::start(&db, "first-run");
    app.find("[data-testid=empty-state]");
    assert!(
        app.find_all("[data-testid=welcome]").is_empty(),
        "asked twice"
    );
    assert_eq!(app.script(DARK_PAGE), true, "the theme was forgotten");
    assert_eq!(app.script(PAGE_LANG), "fr", "the language was forgotten");
    assert_eq!(
        app.script(ROOT_FONT),
        "18.75px",
        "the text size was forgotten"
    );
    assert_eq!(
        app.window_rect(),
        (40, 30, 1100, 760),
        "the window was not put back"
    );
    // Dates follow the chosen style: the backups are listed as 2026-11-23.
    app.click("[data-testid=nav-settings]");
    let listed = app.wait_for("a backup listed", || {
        app.find_all("[data-testid=backup]")
            .first()
            .map(|el| app.text_of(el))
    });
    let today = chrono::Local::now().format("%Y-%m-%d").to_string();
    assert!(listed.contains(&today), "{listed}");
    app.screenshot("04-after-restart");
}

#[test]
fn a_dark_desktop_gives_a_dark_app() {
    let dir = tempfile::tempdir().unwrap();
    let db = support::sample_db(dir.path());
    let app = App::start_with(&db, "dark-desktop", &[("GTK_THEME", "Adwaita:dark")]);
    app.find("[data-testid=home]");
    assert_eq!(app.script(DARK_PAGE), true, "the system's dark theme");
    assert_eq!(app.script(PAGE_BACKGROUND), "rgb(23, 21, 28)");
    app.screenshot("01-home-dark");

    // Light chosen in Settings wins over the desktop; "same as the system" hands it back.
    app.click("[data-testid=nav-settings]");
    app.select("[data-testid=theme]", "light");
    app.wait_for("the page in light", || {
        (app.script(PAGE_BACKGROUND) == "rgb(246, 245, 248)").then_some(())
    });
    app.select("[data-testid=theme]", "system");
    app.wait_for("the page dark again", || {
        (app.script(DARK_PAGE) == true).then_some(())
    });
}

/// Links and folders leave the app through the desktop's own handlers: here a stand-in
/// registered for `mailto:`, `https:` and folders the way a mail app, browser and file manager
/// are, which writes down what it was given.
#[test]
fn email_links_and_the_data_folder_open_in_the_desktops_apps() {
    let dir = tempfile::tempdir().unwrap();
    let db = support::sample_db(dir.path());
    let desktop = dir.path().join("desktop");
    let opened = desktop.join("opened.txt");
    let handler = desktop.join("handler.sh");
    let share = desktop.join("share");
    let config = desktop.join("config");
    std::fs::create_dir_all(share.join("applications")).unwrap();
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        &handler,
        format!("#!/bin/sh\necho \"$1\" >> '{}'\n", opened.display()),
    )
    .unwrap();
    std::fs::set_permissions(&handler, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(
        share.join("applications/stand-in.desktop"),
        format!(
            "[Desktop Entry]\nType=Application\nName=Stand-in\nExec={} %u\nNoDisplay=true\n\
             MimeType=x-scheme-handler/https;x-scheme-handler/mailto;inode/directory;\n",
            handler.display()
        ),
    )
    .unwrap();
    std::fs::write(
        config.join("mimeapps.list"),
        "[Default Applications]\nx-scheme-handler/https=stand-in.desktop\n\
         x-scheme-handler/mailto=stand-in.desktop\ninode/directory=stand-in.desktop\n",
    )
    .unwrap();
    let app = App::start_with(
        &db,
        "desktop-handoff",
        &[
            ("XDG_DATA_HOME", share.to_str().unwrap()),
            ("XDG_CONFIG_HOME", config.to_str().unwrap()),
            // No session bus, so no file manager on it: "Show in folder" falls back to opening the
            // folder (and a second launch would open its own window).
            ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent"),
        ],
    );
    let handed = |what: &str, prefix: &str| {
        app.wait_for(what, || {
            std::fs::read_to_string(&opened)
                .ok()?
                .lines()
                .find(|line| line.starts_with(prefix))
                .map(str::to_string)
        })
    };

    // A reminder on Home opens an email draft to the creator.
    app.find("[data-testid=home]");
    app.click("[data-testid=nudge-email]");
    let mailto = handed("the email draft", "mailto:");
    assert!(mailto.contains("subject="), "{mailto}");

    // Settings shows the data folder: the folder holding the database.
    app.click("[data-testid=nav-settings]");
    app.click("[data-testid=reveal-data]");
    // A local folder is handed over as its path.
    let folder = handed("the data folder", "/");
    assert_eq!(Path::new(&folder), dir.path());

    // Nothing but https: and mailto: leaves the app, whatever the page asks for.
    let refused = app.script(
        "return window.__TAURI_INTERNALS__.invoke('open_link', { url: 'file:///etc/passwd' })\
         .then(() => 'opened', (e) => e.code)",
    );
    assert_eq!(refused, "invalid");
    let lines = std::fs::read_to_string(&opened).unwrap();
    assert_eq!(lines.lines().count(), 2, "{lines}");
}
