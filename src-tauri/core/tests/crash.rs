//! Crash safety: a child process writes creators and deals in a loop and is killed with SIGKILL
//! at random moments, 60 times. After each kill the database must open, pass
//! `PRAGMA integrity_check`, and hold every change the child reported as committed, each whole
//! (a creator never without its deal).
//!
//! The child is this test binary itself, started with `SHOUTOUT_CRASH_CHILD` set, running only
//! `child_writes_until_killed`.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use shoutout_core::deals::{self as deal, DealStatus};
use shoutout_core::roster::{self, CreatorInput, HandleInput, Platform};
use shoutout_core::{sample, Db};

const CHILD: &str = "SHOUTOUT_CRASH_CHILD";
const KILLS: usize = 60;

fn crash_creators(db: &Db) -> i64 {
    db.conn()
        .query_row(
            "SELECT count(*) FROM creators WHERE display_name LIKE 'Crash %'",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

/// In the child: one transaction per step, each adding a creator and a deal for them and moving
/// an earlier deal along; prints `committed N` once step N is committed.
#[test]
fn child_writes_until_killed() {
    let Some(path) = std::env::var_os(CHILD) else {
        return;
    };
    let mut db = Db::open(Path::new(&path)).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut out = std::io::stdout().lock();
    for n in crash_creators(&db).. {
        db.with_tx(|tx| {
            let input = CreatorInput {
                display_name: format!("Crash {n}"),
                handles: vec![HandleInput {
                    platform: Some(Platform::Instagram),
                    handle: format!("crash{n}"),
                    followers: "12K".into(),
                }],
                notes: "x".repeat(2_000),
                ..CreatorInput::default()
            };
            let id = roster::insert(tx, &roster::validate(&input)?, None)?;
            let (draft, _) = sample::deals(1, n as u64, &[id], today).remove(0);
            deal::insert_draft(tx, &draft, DealStatus::Proposed)?;
            tx.execute(
                "UPDATE deals SET status = 'agreed' WHERE id = (SELECT min(id) FROM deals
                 WHERE status = 'proposed')",
                [],
            )?;
            Ok(())
        })
        .unwrap();
        writeln!(out, "committed {n}").unwrap();
        out.flush().unwrap();
    }
}

/// A small generator for kill delays, seeded from the clock so each run kills elsewhere.
struct Lcg(u64);
impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[test]
fn sigkill_at_random_moments_loses_nothing_committed() {
    if std::env::var_os(CHILD).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.db");
    drop(Db::open(&path).unwrap());
    let mut rng = Lcg(std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64);
    let mut committed_total = -1;
    for kill in 0..KILLS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "child_writes_until_killed",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let last = Arc::new(AtomicI64::new(-1));
        let started = Arc::new(AtomicI64::new(0));
        let reader = {
            let stdout = child.stdout.take().unwrap();
            let (last, started) = (Arc::clone(&last), Arc::clone(&started));
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines() {
                    let Ok(line) = line else { break };
                    if let Some(n) = line.strip_prefix("committed ") {
                        last.store(n.parse().unwrap(), Ordering::SeqCst);
                        started.store(1, Ordering::SeqCst);
                    }
                }
            })
        };
        // Wait until it is writing, then kill it somewhere in the next few transactions.
        let begun = Instant::now();
        while started.load(Ordering::SeqCst) == 0 && begun.elapsed() < Duration::from_secs(30) {
            std::thread::sleep(Duration::from_millis(1));
        }
        std::thread::sleep(Duration::from_micros(rng.below(40_000)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        let reported = last.load(Ordering::SeqCst);
        assert!(reported >= 0, "kill {kill}: the child never committed");

        let db = Db::open(&path).unwrap_or_else(|e| panic!("kill {kill}: {e}"));
        let check: String = db
            .conn()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "kill {kill}");
        let creators = crash_creators(&db);
        assert!(
            creators > reported,
            "kill {kill}: {creators} creators, but step {reported} was reported committed"
        );
        let (deals, orphans): (i64, i64) = db
            .conn()
            .query_row(
                "SELECT count(*), count(*) FILTER (WHERE creator_id NOT IN (SELECT id FROM creators))
                 FROM deals",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(
            (deals, orphans),
            (creators, 0),
            "kill {kill}: each step is whole"
        );
        let missing: i64 = db
            .conn()
            .query_row(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
                 SELECT count(*) FROM n WHERE NOT EXISTS
                   (SELECT 1 FROM creators WHERE display_name = 'Crash ' || n.i)",
                [reported],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(missing, 0, "kill {kill}: a committed creator is missing");
        assert!(
            creators > committed_total,
            "kill {kill}: the file went backwards"
        );
        committed_total = creators;
    }
    println!("{KILLS} kills, {committed_total} steps committed, nothing lost");
}
