//! The keyboard alone: sections by Alt+number, Ctrl+K to search, Ctrl+N for a new item, Esc to
//! close, and adding a creator without touching the mouse.

// A test reads as one story from setup to the last check; the line limit is for the app's code.
#![allow(clippy::too_many_lines)]

mod support;

use support::App;

const CTRL: &str = "\u{e009}";
const ALT: &str = "\u{e00a}";
const TAB: &str = "\u{e004}";
const ENTER: &str = "\u{e007}";
const ESC: &str = "\u{e00c}";

#[test]
fn shortcuts_and_a_keyboard_only_new_creator() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::start(&dir.path().join("shop.db"), "keyboard");

    // The first-run questions by keyboard: the name field has the focus, Enter starts.
    app.find("[data-testid=welcome]");
    app.wait_for("the shop name focused", || {
        (app.focused() == "welcome-shop").then_some(())
    });
    app.chord(&["B", "e", "a", "n", "s"]);
    app.chord(&[ENTER]);
    app.find("[data-testid=empty-state]");

    // Alt+3 is Deals; Ctrl+N there starts a new deal; Esc closes it again.
    app.chord(&[ALT, "3"]);
    app.find("[data-testid=deals-empty]");
    app.chord(&[CTRL, "n"]);
    app.find("[data-testid=deal-editor]");
    app.chord(&[ESC]);
    app.find("[data-testid=deals-empty]");

    // Alt+2 is the roster; Ctrl+N opens the form with the name ready; type, Tab, Enter saves.
    app.chord(&[ALT, "2"]);
    app.find("[data-testid=empty-state]");
    app.chord(&[CTRL, "n"]);
    app.wait_for("the name field focused", || {
        (app.focused() == "field-name").then_some(())
    });
    app.chord(&["K", "a", "i"]);
    app.chord(&[TAB]);
    assert_ne!(app.focused(), "field-name", "Tab moves on");
    app.screenshot("01-form-by-keyboard");
    app.chord(&[ENTER]);
    app.wait_text("[data-testid=roster-count]", "1 creator");
    assert!(app
        .texts("[data-testid=creator-row]")
        .iter()
        .any(|r| r.contains("Kai")));

    // Ctrl+K from a section without a search goes to the roster's search.
    app.chord(&[ALT, "1"]);
    app.find("[data-testid=home]");
    app.chord(&[CTRL, "k"]);
    app.wait_for("the roster search focused", || {
        (app.focused() == "search").then_some(())
    });
    app.screenshot("02-added-by-keyboard");
}
