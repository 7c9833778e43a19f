//! Sending from the command line for real: `mailbox`, `send-brief` and `send-outbox` of the
//! real binary against the test SMTP server on 127.0.0.1 (STARTTLS, a login, the test
//! certificate authority trusted through SSL_CERT_FILE), and the password kept in a real
//! keychain (gnome-keyring on its own D-Bus session). Linux only: elsewhere `mailbox` would
//! keep the test password in the developer's own keychain.
#![cfg(target_os = "linux")]

use std::path::Path;
use std::process::{Command, Output};

#[path = "../src-tauri/core/tests/common/smtp.rs"]
#[allow(dead_code)]
mod smtp;

use smtp::{Options, Server};

const FROM: &str = "lina@cafelumen.example";
const PASSWORD: &str = "app-password-1";

/// The binary in English, with no session bus (so no keychain) unless `keychain` gives one.
fn run(db: &Path, home: &Path, password: Option<&str>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_shoutout"));
    cmd.arg("--db").arg(db).args(args);
    env(&mut cmd, home, password);
    cmd.output().expect("the binary runs")
}

fn env(cmd: &mut Command, home: &Path, password: Option<&str>) {
    cmd.env_remove("SHOUTOUT_DB")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("SHOUTOUT_SMTP_PASSWORD")
        .envs([("LC_ALL", ""), ("LC_MESSAGES", ""), ("LANG", "C.UTF-8")])
        .env("HOME", home)
        .env("XDG_RUNTIME_DIR", home)
        .env("SSL_CERT_FILE", smtp::test_ca());
    if let Some(p) = password {
        cmd.env("SHOUTOUT_SMTP_PASSWORD", p);
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn lines_with(out: &Output, end: &str) -> usize {
    text(&out.stdout)
        .lines()
        .filter(|l| l.contains(end))
        .count()
}

fn server(inbox: &Path, stop_after: usize) -> Server {
    Server::start(
        inbox,
        &Options {
            tls: "starttls",
            login: Some((FROM, PASSWORD)),
            stop_after,
            ..Options::default()
        },
    )
}

/// `mailbox` pointed at the test server on `port`, over STARTTLS.
fn set_mailbox(db: &Path, home: &Path, port: u16, password: Option<&str>) -> Output {
    let port = port.to_string();
    let args = [
        "mailbox",
        "--host",
        "127.0.0.1",
        "--port",
        &port,
        "--tls",
        "starttls",
        "--from",
        FROM,
    ];
    run(db, home, password, &args)
}

/// A sample shop with its mailbox set to the test server's port.
fn shop(dir: &Path, port: u16) -> std::path::PathBuf {
    let db = dir.join("shop.db");
    assert!(run(&db, dir, None, &["sample-data"]).status.success());
    let set = set_mailbox(&db, dir, port, Some(PASSWORD));
    assert!(set.status.success(), "{}", text(&set.stderr));
    assert_eq!(
        text(&set.stdout).trim(),
        format!("Mailbox: {FROM} through 127.0.0.1:{port} (STARTTLS).")
    );
    assert!(text(&set.stderr).contains("No keychain runs on this computer"));
    db
}

const BRIEF: &str = "1";

#[test]
fn send_brief_emails_each_creator_their_pdf_and_says_how_each_fared() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    let server = server(&inbox, 0);
    let db = shop(dir.path(), server.port);
    let shown = run(&db, dir.path(), None, &["mailbox"]);
    assert!(text(&shown.stdout).starts_with(&format!("Mailbox: {FROM} through")));

    let out = run(
        &db,
        dir.path(),
        Some(PASSWORD),
        &["send-brief", BRIEF, "--all"],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let received = server.messages();
    assert!(received.len() >= 2);
    assert_eq!(lines_with(&out, ">: sent."), received.len());
    assert!(text(&out.stdout).contains(&format!("{0} of {0} sent.", received.len())));
    for message in &received {
        let read = smtp::read(message);
        assert_eq!(read.files.len(), 1);
        assert!(read.files[0].0.starts_with("Brief - ") && read.files[0].0.ends_with(".pdf"));
        assert!(read.files[0].2.starts_with(b"%PDF-"));
    }
    // The password is in no file Shoutout wrote.
    let file = std::fs::read(&db).unwrap();
    assert!(!file
        .windows(PASSWORD.len())
        .any(|w| w == PASSWORD.as_bytes()));

    let wrong = run(
        &db,
        dir.path(),
        Some("wrong"),
        &["send-brief", BRIEF, "--all"],
    );
    assert_eq!(wrong.status.code(), Some(1));
    assert_eq!(
        lines_with(
            &wrong,
            "not sent. The mail server refused the user name or password."
        ),
        received.len()
    );
    assert_eq!(server.messages().len(), received.len(), "nothing more went");
    let nothing = run(&db, dir.path(), None, &["send-outbox"]);
    assert_eq!(
        text(&nothing.stdout).trim(),
        "Nothing is waiting in the outbox."
    );

    let usage = run(&db, dir.path(), None, &["send-brief", BRIEF]);
    assert_eq!(usage.status.code(), Some(2));
    // A server on this computer is tried without a login when there is no password: this one
    // wants one.
    let no_password = run(&db, dir.path(), None, &["send-brief", BRIEF, "--all"]);
    assert_eq!(no_password.status.code(), Some(1));
    assert_eq!(
        lines_with(&no_password, "refused the user name or password"),
        received.len()
    );
}

#[test]
fn a_server_gone_mid_batch_leaves_the_rest_for_send_outbox() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    let first = server(&inbox, 1);
    let db = shop(dir.path(), first.port);
    let out = run(
        &db,
        dir.path(),
        Some(PASSWORD),
        &["send-brief", BRIEF, "--all"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines_with(&out, ">: sent."), 1);
    let waiting = lines_with(&out, ">: waiting in the outbox.");
    assert!(waiting >= 1, "{}", text(&out.stdout));
    drop(first);
    // Back on another free port (asking for the old one could race other tests for it).
    let back = server(&inbox, 0);
    assert!(set_mailbox(&db, dir.path(), back.port, None)
        .status
        .success());
    let again = run(&db, dir.path(), Some(PASSWORD), &["send-outbox"]);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stdout));
    assert_eq!(lines_with(&again, ">: sent."), waiting);
    assert_eq!(back.messages().len(), 1 + waiting);
}

#[test]
fn the_password_is_kept_in_the_keychain_and_sending_needs_nothing_more() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    let server = server(&inbox, 0);
    let db = dir.path().join("shop.db");
    assert!(run(&db, dir.path(), None, &["sample-data"])
        .status
        .success());
    let port = server.port.to_string();
    // One D-Bus session with an unlocked gnome-keyring, as a desktop has: the mailbox keeps the
    // password there, and send-brief, run without it, finds it.
    let script = r#"printf unlock | gnome-keyring-daemon --components=secrets --daemonize --unlock >/dev/null
"$0" --db "$1" mailbox --host 127.0.0.1 --port "$2" --tls starttls --from "$3" || exit 10
SHOUTOUT_SMTP_PASSWORD= "$0" --db "$1" send-brief 1 --all"#;
    let mut cmd = Command::new("dbus-run-session");
    cmd.args(["--", "sh", "-c", script])
        .arg(env!("CARGO_BIN_EXE_shoutout"))
        .arg(&db)
        .arg(&port)
        .arg(FROM);
    env(&mut cmd, dir.path(), Some(PASSWORD));
    let out = cmd.output().expect("dbus-run-session runs");
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    assert!(
        stderr.contains("The password is kept in the system's keychain."),
        "{stderr}"
    );
    assert!(!server.messages().is_empty());
    assert_eq!(lines_with(&out, ">: sent."), server.messages().len());
    let file = std::fs::read(&db).unwrap();
    assert!(!file
        .windows(PASSWORD.len())
        .any(|w| w == PASSWORD.as_bytes()));
}
