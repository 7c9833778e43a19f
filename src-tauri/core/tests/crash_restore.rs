//! Crash safety of restore and backup: a child process restores one of two backups and takes a
//! backup, over and over, and is killed with SIGKILL at random moments. After each kill the data
//! file opens whole and holds one of the two rosters, every backup listed opens whole, and once
//! the next holder takes the file's lock nothing unfinished is left in either folder.
//!
//! The child is this test binary itself, started with `SHOUTOUT_RESTORE_CHILD` set.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use shoutout_core::roster::{self, CreatorInput};
use shoutout_core::storage::backup;
use shoutout_core::storage::lock::{FileLock, Holder};
use shoutout_core::storage::restore;
use shoutout_core::Db;

const CHILD: &str = "SHOUTOUT_RESTORE_CHILD";
const KILLS: usize = 25;

/// The two sources, with 30 and 70 creators.
fn sources(dir: &Path) -> [PathBuf; 2] {
    [30, 70].map(|n| dir.join(format!("source-{n}.db")))
}

fn make_source(path: &Path, creators: usize) {
    let mut db = Db::open(path).unwrap();
    db.with_tx(|tx| {
        for i in 0..creators {
            let input = CreatorInput {
                display_name: format!("Creator {i}"),
                notes: "n".repeat(3_000),
                ..CreatorInput::default()
            };
            roster::insert(tx, &roster::validate(&input)?, None)?;
        }
        Ok(())
    })
    .unwrap();
    db.conn()
        .pragma_update(None, "journal_mode", "DELETE")
        .unwrap();
}

fn count(path: &Path) -> i64 {
    let db = Db::open_read_only(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let check: String = db
        .conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok", "{}", path.display());
    roster::facets(db.conn()).unwrap().creators
}

#[test]
fn child_restores_and_backs_up_until_killed() {
    let Some(path) = std::env::var_os(CHILD) else {
        return;
    };
    let path = PathBuf::from(path);
    let sources = sources(path.parent().unwrap());
    let mut out = std::io::stdout().lock();
    for n in 0u32.. {
        let when = NaiveDateTime::parse_from_str("2026-11-23 10:00:00", "%Y-%m-%d %H:%M:%S")
            .unwrap()
            + chrono::Duration::seconds(i64::from(n));
        {
            let lock = FileLock::acquire(&path, Holder::Restore, Duration::from_secs(5)).unwrap();
            restore::restore_file(&lock, &sources[n as usize % 2], when, false).unwrap();
        }
        let db = Db::open(&path).unwrap();
        backup::take(&db, &backup::dir_for(&path), when).unwrap();
        writeln!(out, "round {n}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn sigkill_during_restore_and_backup_leaves_whole_files_and_nothing_partial() {
    if std::env::var_os(CHILD).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let [small, large] = sources(dir.path());
    make_source(&small, 30);
    make_source(&large, 70);
    let path = dir.path().join("shop.db");
    std::fs::copy(&small, &path).unwrap();
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    for kill in 0..KILLS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "child_restores_and_backs_up_until_killed",
                "--nocapture",
            ])
            .env(CHILD, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait for its first round, then kill it somewhere in the next ones. Its output is read
        // to the end, so it never stops on a full or closed pipe instead of being killed.
        let rounds = Arc::new(AtomicU32::new(0));
        let reader = {
            let (stdout, rounds) = (child.stdout.take().unwrap(), Arc::clone(&rounds));
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    if line.starts_with("round") {
                        rounds.fetch_add(1, Ordering::SeqCst);
                    }
                }
            })
        };
        let begun = Instant::now();
        while rounds.load(Ordering::SeqCst) == 0 {
            assert!(
                begun.elapsed() < Duration::from_secs(30) && child.try_wait().unwrap().is_none(),
                "kill {kill}: the child did not start"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        std::thread::sleep(Duration::from_micros((seed >> 33) % 60_000));
        assert!(
            child.try_wait().unwrap().is_none(),
            "kill {kill}: the child stopped by itself"
        );
        child.kill().unwrap();
        child.wait().unwrap();
        reader.join().unwrap();

        let creators = count(&path);
        assert!(
            creators == 30 || creators == 70,
            "kill {kill}: the file holds {creators} creators"
        );
        let backups = backup::dir_for(&path);
        for b in backup::list(&backups).unwrap().iter().take(4) {
            let n = count(Path::new(&b.path));
            assert!(n == 30 || n == 70, "kill {kill}: {} holds {n}", b.file_name);
        }
        drop(FileLock::acquire(&path, Holder::Restore, Duration::from_secs(5)).unwrap());
        for folder in [dir.path(), backups.as_path()] {
            let partial: Vec<String> = std::fs::read_dir(folder)
                .unwrap()
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.contains("partial"))
                .collect();
            assert!(partial.is_empty(), "kill {kill}: left behind {partial:?}");
        }
    }
    println!("{KILLS} kills during restore and backup, every file whole");
}
