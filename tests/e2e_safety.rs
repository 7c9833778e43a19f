//! Data safety end to end: the app backs up at start; when the file is later damaged, the app
//! says so in plain words, leaves the file alone and restores the latest backup in one click.

mod support;

use std::process::Command;
use std::time::{Duration, Instant};

use support::App;

#[test]
fn a_damaged_file_is_explained_and_the_latest_backup_restored() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    let sample = Command::new(env!("CARGO_BIN_EXE_shoutout"))
        .arg("--db")
        .arg(&db)
        .arg("sample-data")
        .output()
        .unwrap();
    assert!(sample.status.success());

    // First run: the start-of-day backup appears beside the file.
    let backups = dir.path().join("backups");
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
    }

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
    app.find("[data-testid=empty-state]");
    let second = Command::new(env!("CARGO_BIN_EXE_shoutout"))
        .arg("--db")
        .arg(&db)
        .env("DISPLAY", &app.display)
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&second.stdout).contains("already open"),
        "{}",
        String::from_utf8_lossy(&second.stdout)
    );
    // The first window is still there and working.
    app.click("[data-testid=nav-deals]");
    app.find("[data-testid=deals-empty]");

    // Another file is another window's business: that launch is not turned away.
    let other = dir.path().join("other.db");
    let mut third = Command::new(env!("CARGO_BIN_EXE_shoutout"))
        .arg("--db")
        .arg(&other)
        .env("DISPLAY", &app.display)
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
