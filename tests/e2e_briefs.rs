//! Briefs end to end, in the real window: write a brief, address it to two creators, see the
//! preview, export both PDFs through the system save dialog, and check the files with poppler.

// A test reads as one story from setup to the last check; the line limit is for the app's code.
#![allow(clippy::too_many_lines)]

mod support;

use std::path::Path;
use std::process::Command;

use support::App;

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pdf_pages(path: &Path) -> String {
    let out = Command::new("pdfinfo").arg(path).output().unwrap();
    let info = String::from_utf8_lossy(&out.stdout).into_owned();
    info.lines()
        .find(|l| l.starts_with("Pages:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a_brief_for_two_creators_exported_as_two_pdfs() {
    let dir = tempfile::tempdir().unwrap();
    let db = support::sample_db(dir.path());
    let app = App::start(&db, "briefs");

    // Liam reads Spanish: his language is set on his page, the app stays in English.
    app.click("[data-testid=nav-roster]");
    app.type_into("[data-testid=search]", "Liam");
    app.wait_for("Liam alone in the list", || {
        (app.find_all("[data-testid=creator-row]").len() == 1).then_some(())
    });
    app.click("[data-testid=creator-row]");
    app.click("[data-testid=edit-creator]");
    app.select("[data-testid=field-language]", "es");
    app.click("[data-testid=save-creator]");
    app.wait_for("the form to close", || {
        app.find_all("[data-testid=save-creator]")
            .is_empty()
            .then_some(())
    });

    app.click("[data-testid=nav-briefs]");
    app.wait_texts(
        "[data-testid=brief-campaign]",
        &["Vintage market weekend", "Autumn Oat Latte launch"],
    );
    app.click("[data-testid=new-brief]");
    app.type_into("[data-testid=brief-campaign-input]", "Spring tasting menu");
    app.type_into(
        "[data-testid=brief-summary]",
        "Hi {first_name}! Come and taste our spring menu before anyone else.",
    );
    app.type_into(
        "[data-testid=brief-deliverables]",
        "1 Reel, 30–60 s\u{e007}2 Stories",
    );
    app.type_into(
        "[data-testid=brief-messaging]",
        "Share your code {code} for a free cookie",
    );
    // One step of the usual three, in a week; a step left without its date is left out.
    app.click("[data-testid=add-usual-step]");
    app.select("[data-testid=step-kind-0]", "week");
    app.type_into("[data-testid=step-week-0]", "2027-W12");
    app.click("[data-testid=add-step]");
    app.find("[data-testid=step-undated-1]");
    app.click("[data-testid=save-brief]");

    // Address it to two creators found by name.
    for name in ["Aisha", "Liam"] {
        app.type_into("[data-testid=recipient-search]", name);
        let option = app.wait_for("a creator to pick", || {
            app.find_all("[data-testid=recipient-option]")
                .into_iter()
                .next()
        });
        app.click_el(&option);
    }
    app.wait_for("two creators on the brief", || {
        (app.find_all("[data-testid=recipient]").len() == 2).then_some(())
    });
    let codes = app.texts("[data-testid=recipient] .who b");
    assert_eq!(codes.len(), 2);
    app.find("[data-testid=preview]");
    app.screenshot("01-editor");

    // Export each through the system save dialog.
    let rows = app.find_all("[data-testid=export-one]");
    for (i, (button, name)) in rows.iter().zip(&codes).enumerate() {
        let path = dir.path().join(format!("brief-{i}.pdf"));
        app.dismiss_toasts();
        app.click_el(button);
        app.answer_save_dialog("Save the brief as PDF", &path, || path.exists());
        assert_eq!(pdf_pages(&path), "1");
        let text = pdf_text(&path);
        let first = name.split_whitespace().next().unwrap();
        assert!(text.contains("Spring tasting menu"), "{text}");
        assert!(
            text.contains(&format!("Hi {first}! Come and taste")),
            "{text}"
        );
        if first == "Liam" {
            // In Spanish: the page's own words; the owner's, as typed.
            for words in [
                format!("Para {name}"),
                "TU CÓDIGO DE DESCUENTO".into(),
                "Semana 12".into(),
            ] {
                assert!(text.contains(&words), "{words} in:\n{text}");
            }
            assert!(!text.contains("YOUR DISCOUNT CODE"), "{text}");
        } else {
            assert!(text.contains(&format!("For {name}")), "{text}");
            assert!(text.contains("Week 12"), "{text}");
        }
        assert!(
            text.contains("1 Reel, 30–60 s") && text.contains("2 Stories"),
            "{text}"
        );
    }
    app.screenshot("02-exported");
}
