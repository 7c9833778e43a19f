//! Data safety end to end: the app backs up at start; a restore from the command line is
//! refused while the window has the file open; restores from Settings keep every safety copy;
//! when the file is later damaged, the app says so in plain words, leaves the file alone and
//! restores the latest backup in one click.

// A test reads as one story from setup to the last check; the line limit is for the app's code.
#![allow(clippy::too_many_lines)]

mod support;

use std::process::Command;
use std::time::{Duration, Instant};

use support::App;

#[test]
fn a_damaged_file_is_explained_and_the_latest_backup_restored() {
    let dir = tempfile::tempdir().unwrap();
    let db = support::sample_db(dir.path());

    // First run: the start-of-day backup appears in the file's own backups folder.
    let backups = dir.path().join("shop.db-backups");
    {
        let app = App::start(&db, "safety");
        app.find("[data-testid=home]");
        let start = Instant::now();
        while std::fs::read_dir(&backups).map_or(0, |d| d.count()) == 0 {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "no backup at start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        app.click("[data-testid=nav-settings]");
        app.wait_for("the backup listed", || {
            (app.find_all("[data-testid=backup]").len() == 1).then_some(())
        });
        app.screenshot("01-settings-backups");

        // The command line may not swap the file under the open window.
        let startup = app.find_all("[data-testid=backup]").len();
        assert_eq!(startup, 1);
        let first = std::fs::read_dir(&backups)
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        let before = std::fs::read(&db).unwrap();
        let cli = Command::new(env!("CARGO_BIN_EXE_shoutout"))
            .arg("--db")
            .arg(&db)
            .arg("restore")
            .arg(&first)
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&cli.stderr);
        assert_eq!(cli.status.code(), Some(1), "{said}");
        assert!(
            said.contains("Shoutout is open on this file — close it or restore from its Settings"),
            "{said}"
        );
        assert_eq!(
            std::fs::read(&db).unwrap(),
            before,
            "the file was not replaced"
        );

        // Two restores from Settings in one day: both safety copies are listed afterwards.
        for n in 1..=2 {
            app.dismiss_toasts();
            let rows = app.find_all("[data-testid=restore-backup]");
            app.click_el(rows.last().unwrap());
            app.click("[data-testid=confirm-restore]");
            app.find("[data-testid=home]");
            app.click("[data-testid=nav-settings]");
            app.wait_for("the safety copy listed", || {
                (app.texts("[data-testid=backup-kind]")
                    .iter()
                    .filter(|k| k.as_str() == "Before a restore")
                    .count()
                    == n)
                    .then_some(())
            });
        }
        app.script("document.querySelector('[data-testid=backups]').scrollIntoView()");
        app.screenshot("01b-two-restores-listed");
        assert_eq!(app.find_all("[data-testid=backup]").len(), 3);
    }

    // The first window is gone before the second launch (else it would only bring that forward).
    support::wait_until_closed(&db);

    // The disk fails under the file.
    let mut bytes = std::fs::read(&db).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle..middle + 4096].fill(0x5A);
    std::fs::write(&db, &bytes).unwrap();
    let _ = std::fs::remove_file(dir.path().join("shop.db-wal"));
    let _ = std::fs::remove_file(dir.path().join("shop.db-shm"));

    let app = App::start(&db, "safety");
    let message = app.text("[data-testid=startup-error]");
    assert!(message.contains("damaged"), "{message}");
    assert!(message.contains("left untouched"), "{message}");
    assert_eq!(
        std::fs::read(&db).unwrap(),
        bytes,
        "the app did not write to it"
    );
    app.screenshot("02-damaged");
    app.click("[data-testid=restore-backup]");
    app.click("[data-testid=confirm-restore]");
    app.find("[data-testid=home]");
    app.wait_text("[data-testid=status-completed]", "1");
    app.screenshot("03-restored");
    let aside: Vec<String> = std::fs::read_dir(&backups)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("damaged-"))
        .collect();
    assert_eq!(aside.len(), 1, "the damaged file is kept aside");
    assert_eq!(std::fs::read(backups.join(&aside[0])).unwrap(), bytes);
}

#[test]
fn a_second_launch_on_the_same_file_brings_the_first_forward() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    let app = App::start(&db, "single");
    app.find("[data-testid=welcome]");
    let second = Command::new(env!("CARGO_BIN_EXE_shoutout"))
        .arg("--db")
        .arg(&db)
        .env("DISPLAY", &app.display)
        .env("DBUS_SESSION_BUS_ADDRESS", &app.bus)
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&second.stdout).contains("already open"),
        "{}",
        String::from_utf8_lossy(&second.stdout)
    );
    // The first window is still there and working.
    app.type_into("[data-testid=welcome-shop]", "Café Lumière");
    app.click("[data-testid=welcome-start]");
    app.click("[data-testid=nav-deals]");
    app.find("[data-testid=deals-empty]");

    // Another file is another window's business: that launch is not turned away.
    let other = dir.path().join("other.db");
    let mut third = Command::new(env!("CARGO_BIN_EXE_shoutout"))
        .arg("--db")
        .arg(&other)
        .env("DISPLAY", &app.display)
        .env("DBUS_SESSION_BUS_ADDRESS", &app.bus)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_secs(3));
    assert!(
        third.try_wait().unwrap().is_none(),
        "a launch on another file stays open"
    );
    third.kill().unwrap();
    third.wait().unwrap();
}

/// A name that is markup, seen on every screen that shows it and in the PDF: always the literal
/// text, and the script in it never runs.
#[test]
fn markup_in_a_name_is_text_on_every_screen_and_in_the_pdf() {
    use shoutout_core::deals::{self as deal, DealInput, DealKind, DeliverableInput};
    use shoutout_core::roster::{self, CreatorInput, HandleInput, Platform};
    use shoutout_core::{briefs as brief, Db};

    const NAME: &str = "<img src=x onerror=\"window.__pwned=1\">Eve";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    let (brief_id, creator_id) = {
        let mut db = Db::open(&path).unwrap();
        let today = chrono::Local::now().date_naive();
        shoutout_core::sample::load_sample_roster(&mut db, today).unwrap();
        let eve = roster::create_creator(
            &mut db,
            &CreatorInput {
                display_name: NAME.into(),
                handles: vec![HandleInput {
                    platform: Some(Platform::Instagram),
                    handle: "eve.xss".into(),
                    followers: "4K".into(),
                }],
                notes: "<script>window.__pwned=2</script>".into(),
                ..CreatorInput::default()
            },
        )
        .unwrap();
        let b = brief::list(db.conn(), "Oat Latte", false).unwrap()[0].id;
        let mut picks: Vec<brief::RecipientInput> = brief::get(db.conn(), b)
            .unwrap()
            .recipients
            .iter()
            .map(|r| brief::RecipientInput {
                creator_id: r.creator_id,
                code: r.code.clone(),
            })
            .collect();
        picks.push(brief::RecipientInput {
            creator_id: eve.id,
            code: String::new(),
        });
        brief::set_recipients(&mut db, b, &picks).unwrap();
        let start = today - chrono::Duration::days(10);
        deal::create_deal(
            &mut db,
            &DealInput {
                creator_id: eve.id,
                campaign: "<b>Bold</b> campaign".into(),
                kinds: vec![DealKind::Gifting],
                currency: "EUR".into(),
                start_date: start.to_string(),
                deliverables: vec![DeliverableInput {
                    label: "<i>1 Reel</i>".into(),
                    due_date: (today - chrono::Duration::days(2)).to_string(),
                    ..DeliverableInput::default()
                }],
                ..DealInput::default()
            },
            today,
        )
        .unwrap();
        (b, eve.id)
    };

    let app = App::start(&path, "markup");
    let literal = |what: &str| {
        app.wait_for(&format!("the literal name on {what}"), || {
            let page: String = app
                .script("return document.querySelector('main')?.innerText ?? ''")
                .as_str()
                .unwrap_or_default()
                .to_string();
            page.contains(NAME).then_some(())
        });
        assert!(
            app.script("return document.querySelectorAll('main img[src=x], main script').length")
                == 0,
            "{what}: markup became elements"
        );
        app.screenshot(what);
    };
    literal("home");
    app.click("[data-testid=nav-deals]");
    literal("deals-list");
    app.click("[data-testid=view-board]");
    literal("deals-board");
    app.click("[data-testid=view-list]");
    let row = app
        .find_all("[data-testid=deal-row]")
        .into_iter()
        .find(|r| app.text_of(r).contains(NAME))
        .unwrap();
    app.click_el(&row);
    literal("deal-editor");
    app.click("[data-testid=nav-roster]");
    app.type_into("[data-testid=search]", "eve");
    literal("roster");
    app.click("[data-testid=creator-row]");
    literal("creator-page");
    app.click("[data-testid=nav-briefs]");
    let latte = app.wait_for("the brief list", || {
        app.find_all("[data-testid=brief-campaign]")
            .into_iter()
            .find(|el| app.text_of(el) == "Autumn Oat Latte launch")
    });
    app.click_el(&latte);
    literal("brief-editor");
    assert_eq!(app.script("return window.__pwned === undefined"), true);

    // The PDF carries the same literal text.
    let pdf = dir.path().join("eve.pdf");
    let out = Command::new(env!("CARGO_BIN_EXE_shoutout"))
        .args(["--db", path.to_str().unwrap(), "export-brief"])
        .arg(brief_id.to_string())
        .args([
            "--creator",
            &creator_id.to_string(),
            "--out",
            pdf.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("For <img src=x onerror=\"window.__pwned=1\">Eve"),
        "{text}"
    );
}
