//! A new owner's first hour, in the real window on a small (1024×700) screen: from the first
//! launch on an empty file to a brief PDF addressed to one creator, counting every action (a
//! click, a pick or a typed field) and failing above 15. Then the email step where no mail
//! program answers: the message is shown to copy, nothing is lost.

// A test reads as one story from setup to the last check; the line limit is for the app's code.
#![allow(clippy::too_many_lines)]

mod support;

use std::cell::Cell;
use std::path::Path;
use std::process::Command;

use support::App;

/// The most a new owner should need from double-click to the first brief.
const MOST_ACTIONS: u32 = 15;

/// The app, with every action the owner takes counted.
struct Owner<'a> {
    app: &'a App,
    actions: Cell<u32>,
}

impl Owner<'_> {
    fn click(&self, css: &str) {
        self.actions.set(self.actions.get() + 1);
        self.app.click(css);
    }

    fn types(&self, css: &str, text: &str) {
        self.actions.set(self.actions.get() + 1);
        self.app.type_into(css, text);
    }

    /// Saving in the system's dialog: one action, whatever the test types to aim it.
    fn saves_as(&self, title: &str, path: &Path) {
        self.actions.set(self.actions.get() + 1);
        self.app.answer_save_dialog(title, path, || path.exists());
    }
}

fn run(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool).args(args).output().unwrap();
    assert!(out.status.success(), "{tool} {args:?}: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn from_double_click_to_a_brief_in_at_most_15_actions() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    // No mail program: `BROWSER=false` takes away xdg-open's last resort for `mailto:`, a web
    // browser (chromium is installed here for the footprint benchmark).
    let app = App::start_on_screen(&db, "first-hour", &[("BROWSER", "false")], "1024x700");
    let owner = Owner {
        app: &app,
        actions: Cell::new(0),
    };

    // The window fits the small screen, title bar and all.
    app.find("[data-testid=welcome]");
    let (x, y, width, height) = app.window_rect();
    assert!(
        x >= 0 && y >= 0 && x + width <= 1024 && y + height <= 700,
        "the window at {x},{y} {width}×{height} hangs off a 1024×700 screen"
    );
    app.screenshot("01-welcome");

    // The first-run questions: the name and how creators answer; the rest is guessed.
    owner.types("[data-testid=welcome-shop]", "Café Lumière");
    owner.types("[data-testid=welcome-email]", "hello@lumiere.example");
    owner.click("[data-testid=welcome-start]");
    app.find("[data-testid=empty-state]");
    app.screenshot("02-empty-roster");

    // A brief straight from the empty roster, and its first creator added in place.
    owner.click("[data-testid=empty-new-brief]");
    owner.types("[data-testid=brief-campaign-input]", "Winter menu tasting");
    owner.types(
        "[data-testid=brief-summary]",
        "Hi {first_name}! Come by {shop}, try the winter menu on us.",
    );
    owner.types("[data-testid=recipient-search]", "Zoë Martin");
    owner.click("[data-testid=picker-create]");
    owner.types("[data-testid=new-creator-handle]", "@zoe.bakes");
    owner.types("[data-testid=new-creator-email]", "zoe@example.com");
    app.screenshot("03-new-creator");
    let page = "return document.querySelector('[data-testid=preview]')?.src ?? ''";
    let before = app.script(page);
    owner.click("[data-testid=new-creator-add]");
    app.wait_text("[data-testid=recipient] .who b", "Zoë Martin");
    // The preview turns to Zoë's page.
    app.wait_for("the preview for Zoë", || {
        (app.script(page) != before).then_some(())
    });
    assert!(
        app.find_all("[data-testid=preview-error]").is_empty(),
        "{}",
        app.text("[data-testid=preview-error]")
    );
    app.screenshot("04-brief");

    let pdf = dir.path().join("winter.pdf");
    owner.click("[data-testid=export-one]");
    owner.saves_as("Save the brief as PDF", &pdf);
    let used = owner.actions.get();
    assert!(
        used <= MOST_ACTIONS,
        "the first brief took {used} actions, more than {MOST_ACTIONS}"
    );

    // The page is the creator's: their name, the shop's name for {shop}, a way to answer.
    let pdf_path = pdf.to_str().unwrap();
    let info = run("pdfinfo", &[pdf_path]);
    assert!(info.contains("Pages:           1"), "{info}");
    let text = run("pdftotext", &[pdf_path, "-"]);
    for wanted in [
        "Winter menu tasting",
        "For Zoë Martin",
        "Hi Zoë! Come by Café Lumière, try the winter menu on us.",
        "hello@lumiere.example",
    ] {
        assert!(text.contains(wanted), "{wanted:?} not in:\n{text}");
    }
    let png = app.screenshot("05-exported");
    run(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "60",
            "-singlefile",
            pdf_path,
            png.with_file_name("06-pdf").to_str().unwrap(),
        ],
    );

    // No mail program here: the email is shown to copy, with the PDF to attach.
    app.dismiss_toasts();
    app.click("[data-testid=email-one]");
    app.find("[data-testid=unsent]");
    let value = |css: &str| {
        app.script(&format!("return document.querySelector('{css}').value"))
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(value("[data-testid=unsent-to]"), "zoe@example.com");
    assert!(
        value("[data-testid=unsent-subject]").contains("Winter menu tasting"),
        "{}",
        value("[data-testid=unsent-subject]")
    );
    assert!(value("[data-testid=unsent-body]").contains("Zoë"));
    assert_eq!(app.text("[data-testid=unsent-path]"), pdf_path);
    app.screenshot("07-email-by-hand");
    println!("first brief in {used} actions");
}
