//! The roster end to end, in the real window: start empty, add a creator, import a CSV through
//! the system file dialog, search, filter, open a creator, edit, delete and undo, then import
//! an Excel tracker with a title row.

// A test reads as one story from setup to the last check; the line limit is for the app's code.
#![allow(clippy::too_many_lines)]

mod support;

use support::App;

#[test]
fn the_roster_from_an_empty_start_to_a_working_list() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::start(&dir.path().join("shop.db"), "roster");

    // A new file asks the first-run questions, then the empty roster invites the three ways in.
    app.type_into("[data-testid=welcome-shop]", "Café Lumière");
    app.click("[data-testid=welcome-start]");
    app.find("[data-testid=empty-state]");
    app.screenshot("01-empty");

    // Add a creator; a bad email is refused by the backend and shown next to the field.
    app.click("[data-testid=add-creator]");
    app.type_into("[data-testid=field-name]", "Zoë Martin");
    app.type_into("[data-testid=field-handle-instagram]", "@Zoe.Eats");
    app.type_into("[data-testid=field-followers-instagram]", "12.5K");
    app.type_into("[data-testid=field-likes]", "700");
    app.type_into("[data-testid=field-niches]", "coffee, brunch");
    app.type_into("[data-testid=field-city]", "Lyon");
    app.type_into("[data-testid=field-email]", "zoe-at-example");
    app.click("[data-testid=save-creator]");
    assert_eq!(
        app.text("[data-testid=error-email]"),
        "This does not look like an email address."
    );
    app.screenshot("02-form-error");
    app.type_into("[data-testid=field-email]", "zoe@example.com");
    app.click("[data-testid=save-creator]");
    app.wait_text("[data-testid=roster-count]", "1 creator");
    app.wait_texts("[data-testid=creator-name]", &["Zoë Martin"]);

    // Import a spreadsheet export: BOM, semicolons, a quoted line break, a duplicate of Zoë,
    // a bad row, and a name that looks like markup.
    let csv = dir.path().join("creators.csv");
    std::fs::write(
        &csv,
        "\u{feff}Name;Instagram;Followers;TikTok;Niche;City;Notes\n\
         Ángel Núñez;angel.cycles;48,200;;cycling;Porto;\"Rides to every café.\nAsk for Tuesdays.\"\n\
         Maya Berg;@maya.reads;3,1k;maya_reads;books;Lyon;\n\
         Zoë M.;https://instagram.com/zoe.eats/;13K;;;Lyon;Updated from the sheet\n\
         Bad Row;bad.row;lots;;;;\n\
         <img src=x onerror=\"window.__pwned=1\">;xss.test;2K;;;Leeds;<b>not bold</b>\n",
    )
    .unwrap();
    app.click("[data-testid=import-button]");
    app.click("[data-testid=choose-file]");
    app.answer_file_dialog("Import creators from a spreadsheet", &csv, || {
        !app.find_all("[data-testid=import-preview]").is_empty()
    });
    assert_eq!(app.text("[data-testid=preview-new]"), "4 new");
    assert_eq!(
        app.text("[data-testid=preview-duplicates]"),
        "1 already in roster"
    );
    // The bad follower count keeps its creator: left empty, said, kept in the notes.
    assert_eq!(
        app.text("[data-testid=preview-warnings]"),
        "1 with a cell kept in notes"
    );
    assert!(app
        .text("[data-testid=preview-warnings-list]")
        .contains("Line 6"));
    assert_eq!(
        app.text("[data-testid=preview-problems]"),
        "0 with problems"
    );
    app.screenshot("03-import-preview");
    app.click("[data-testid=confirm-import]");
    assert!(app
        .text("[data-testid=import-report]")
        .contains("Imported 4 new creators."));
    app.click("[data-testid=import-done]");
    app.wait_text("[data-testid=roster-count]", "5 creators");
    app.wait_texts(
        "[data-testid=creator-name]",
        &[
            "<img src=x onerror=\"window.__pwned=1\">",
            "Ángel Núñez",
            "Bad Row",
            "Maya Berg",
            "Zoë M.",
        ],
    );
    assert_eq!(app.script("return window.__pwned === undefined"), true);
    assert_eq!(
        app.script("return document.querySelectorAll('main img[src=x]').length"),
        0
    );
    app.screenshot("04-roster");

    // Search as you type: accents and case do not matter, notes are searched too.
    app.type_into("[data-testid=search]", "nunez");
    app.wait_text("[data-testid=roster-count]", "1 of 5 creators");
    app.wait_texts("[data-testid=creator-name]", &["Ángel Núñez"]);
    app.type_into("[data-testid=search]", "tuesdays");
    app.wait_text("[data-testid=roster-count]", "1 of 5 creators");
    app.type_into("[data-testid=search]", "");
    app.wait_text("[data-testid=roster-count]", "5 creators");

    // Filter and sort.
    app.select("[data-testid=filter-city]", "Lyon");
    app.wait_text("[data-testid=roster-count]", "2 of 5 creators");
    app.select("[data-testid=filter-tier]", "micro");
    app.wait_text("[data-testid=roster-count]", "1 of 5 creators");
    app.wait_texts("[data-testid=creator-name]", &["Zoë M."]);
    app.click("[data-testid=clear-filters]");
    app.wait_text("[data-testid=roster-count]", "5 creators");
    app.click("[data-testid=sort-followers]");
    app.wait_for("followers sorted high to low", || {
        (app.texts("[data-testid=creator-name]")
            .first()
            .map(String::as_str)
            == Some("Ángel Núñez"))
        .then_some(())
    });
    app.screenshot("05-sorted");

    // Open a creator, edit, and see the change.
    let rows = app.find_all("[data-testid=creator-row]");
    app.click_el(&rows[0]);
    assert_eq!(app.text("[data-testid=creator-title]"), "Ángel Núñez");
    assert_eq!(app.text("[data-testid=stat-followers]"), "48,200");
    assert_eq!(
        app.text("[data-testid=creator-notes]"),
        "Rides to every café.\nAsk for Tuesdays."
    );
    app.screenshot("06-creator-page");
    app.click("[data-testid=edit-creator]");
    app.type_into("[data-testid=field-email]", "angel@example.com");
    app.select("[data-testid=field-status]", "active");
    app.click("[data-testid=save-creator]");
    app.wait_text("[data-testid=creator-email]", "angel@example.com");

    // Delete, undo, delete again.
    app.click("[data-testid=delete-creator]");
    app.wait_text("[data-testid=roster-count]", "4 creators");
    let undo = app.wait_for("the Undo button", || {
        app.find_all("[data-testid=toast] button.link")
            .into_iter()
            .next()
    });
    app.click_el(&undo);
    app.wait_text("[data-testid=roster-count]", "5 creators");
    app.click_el(&app.find_all("[data-testid=creator-row]")[0]);
    app.click("[data-testid=delete-creator]");
    app.wait_text("[data-testid=roster-count]", "4 creators");
    assert!(!app
        .texts("[data-testid=creator-name]")
        .contains(&"Ángel Núñez".to_string()));
    app.screenshot("07-after-delete");

    // An Excel tracker as owners keep it: a title row above the header, typed cells, messy
    // rates, a TOTAL row. The header row is found, the unreadable cells listed, and the
    // creators come in with their rates and followers.
    let tracker =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sheets/tracker.xlsx");
    app.click("[data-testid=import-button]");
    app.click("[data-testid=choose-file]");
    app.answer_file_dialog("Import creators from a spreadsheet", &tracker, || {
        !app.find_all("[data-testid=import-preview]").is_empty()
    });
    assert_eq!(
        app.script("return document.querySelector('[data-testid=import-header-row]').value"),
        "3"
    );
    assert_eq!(
        app.script("return document.querySelector('[data-testid=import-sheet]').value"),
        "Spring 2026"
    );
    assert_eq!(app.text("[data-testid=preview-new]"), "6 new");
    assert_eq!(
        app.text("[data-testid=preview-duplicates]"),
        "1 already in roster"
    );
    assert_eq!(
        app.text("[data-testid=preview-warnings]"),
        "3 with a cell kept in notes"
    );
    assert_eq!(app.text("[data-testid=preview-ignored]"), "2 not creators");
    assert!(app
        .text("[data-testid=preview-ignored-list]")
        .contains("A total row, not a creator."));
    app.screenshot("08-import-xlsx-preview");
    app.click("[data-testid=confirm-import]");
    assert!(app
        .text("[data-testid=import-report]")
        .contains("Imported 6 new creators."));
    app.click("[data-testid=import-done]");
    app.wait_text("[data-testid=roster-count]", "10 creators");
    app.type_into("[data-testid=search]", "lucas");
    app.wait_texts("[data-testid=creator-name]", &["Lucas Brun"]);
    app.click_el(&app.find_all("[data-testid=creator-row]")[0]);
    assert_eq!(app.text("[data-testid=stat-followers]"), "48,200");
    assert!(app
        .text("[data-testid=creator-notes]")
        .contains("Email in the sheet: not-an-email"));
    app.screenshot("09-imported-from-xlsx");
}
