//! Roster benchmarks on a generated roster: search, filter and sort through the same code path
//! the UI command uses (query + JSON serialization) against the bare SQL it runs, and saving one
//! creator (import: `benches/import.rs`). Every figure is a median of several runs, printed as
//! `name: value unit (ratio vs reference)`.
//!
//! `cargo bench -p shoutout-core --bench roster` (100,000 creators);
//! SHOUTOUT_BENCH_SMOKE=1 runs a tiny version that only checks the benchmark works.

mod common;
#[path = "common/sql.rs"]
mod sql;

use std::time::Duration;

use common::{ms, percentile, versus};
use sql::read_rows;

use shoutout_core::roster::{self, Platform, RosterQuery, SortKey, Tier};
use shoutout_core::{sample, Db};

/// The same SQL without the app around it: the count (run while choosing the page's plan),
/// then the page's rows read whole.
fn bare_sql(db: &Db, q: &RosterQuery) -> usize {
    let sql = roster::query_sql(db.conn(), q).unwrap();
    sql.total as usize + read_rows(db.conn(), &sql.page, &sql.page_values)
}

fn main() {
    let smoke = std::env::var_os("SHOUTOUT_BENCH_SMOKE").is_some();
    let (count, runs) = if smoke { (2_000, 3) } else { (100_000, 41) };
    let dir = tempfile::tempdir().unwrap();
    let label = if smoke { "2k" } else { "100k" };
    let path = dir.path().join("bench.db");
    fill(count, &path);
    // Opened again, as the app opens it at the next start (statistics are refreshed then).
    let mut db = Db::open(&path).unwrap();
    queries(&db, count, runs, label);
    save(&mut db, runs, label);
}

/// Saving a creator from the form (validation and the look-alike check against every handle on
/// the platform included), against inserting the same checked row alone; each rolled back.
fn save(db: &mut Db, runs: usize, label: &str) {
    let input = roster::CreatorInput {
        display_name: "Bench Person".into(),
        handles: vec![roster::HandleInput {
            platform: Some(Platform::Instagram),
            handle: "bench.person".into(),
            followers: "12K".into(),
        }],
        ..roster::CreatorInput::default()
    };
    let draft = roster::validate(&input).unwrap();
    let conn = db.conn();
    let (mut ours, mut bare) = versus(
        runs,
        Duration::ZERO,
        || {
            conn.execute_batch("SAVEPOINT bench").unwrap();
            std::hint::black_box(roster::save_checked(conn, &input, None).unwrap());
            conn.execute_batch("ROLLBACK TO bench; RELEASE bench")
                .unwrap();
        },
        || {
            conn.execute_batch("SAVEPOINT bench").unwrap();
            std::hint::black_box(roster::insert(conn, &draft, None).unwrap());
            conn.execute_batch("ROLLBACK TO bench; RELEASE bench")
                .unwrap();
        },
    );
    let (median, bare_median) = (percentile(&mut ours, 0.5), percentile(&mut bare, 0.5));
    println!(
        "roster save a creator ({label}): {:.2} ms median ({:.2}x vs the insert alone {:.2} ms)",
        ms(median),
        median.as_secs_f64() / bare_median.as_secs_f64(),
        ms(bare_median)
    );
}

/// A roster of `count` generated creators in a new file at `path`.
fn fill(count: usize, path: &std::path::Path) {
    Db::open(path)
        .unwrap()
        .with_tx(|tx| {
            for input in sample::creators(count, 42) {
                roster::insert(tx, &roster::validate(&input)?, None)?;
            }
            Ok(())
        })
        .unwrap();
}

/// Search as you type, filters and sorts: first page of 100, as the roster view asks.
fn cases(count: usize) -> Vec<(&'static str, RosterQuery)> {
    let base = RosterQuery {
        limit: 100,
        ..RosterQuery::default()
    };
    vec![
        ("all, by name", base.clone()),
        (
            "type 'z'",
            RosterQuery {
                search: "z".into(),
                ..base.clone()
            },
        ),
        (
            "type 'zo'",
            RosterQuery {
                search: "zo".into(),
                ..base.clone()
            },
        ),
        (
            "type 'zoe mar'",
            RosterQuery {
                search: "zoe mar".into(),
                ..base.clone()
            },
        ),
        (
            "search 'coffee'",
            RosterQuery {
                search: "coffee".into(),
                ..base.clone()
            },
        ),
        (
            "search 'lyon', by followers",
            RosterQuery {
                search: "lyon".into(),
                sort: SortKey::Followers,
                descending: true,
                ..base.clone()
            },
        ),
        (
            "tier micro + tiktok",
            RosterQuery {
                tier: Some(Tier::Micro),
                platform: Some(Platform::Tiktok),
                ..base.clone()
            },
        ),
        (
            "niche + city + gifting",
            RosterQuery {
                niche: Some("coffee".into()),
                city: Some("Porto".into()),
                open_to_gifting: Some(true),
                ..base.clone()
            },
        ),
        (
            "engagement >= 5 %, by engagement",
            RosterQuery {
                min_engagement: Some(5.0),
                sort: SortKey::Engagement,
                descending: true,
                ..base.clone()
            },
        ),
        (
            "all, by followers, page 500",
            RosterQuery {
                sort: SortKey::Followers,
                descending: true,
                offset: (count as u32 / 2).min(50_000),
                ..base.clone()
            },
        ),
    ]
}

fn queries(db: &Db, count: usize, runs: usize, label: &str) {
    let mut worst_p95 = Duration::ZERO;
    for (name, q) in &cases(count) {
        let (mut ours, mut bare) = versus(
            runs,
            Duration::ZERO,
            || {
                let page = roster::query(db.conn(), q).unwrap();
                std::hint::black_box(serde_json::to_vec(&page).unwrap());
            },
            || {
                std::hint::black_box(bare_sql(db, q));
            },
        );
        let (median, p95) = (percentile(&mut ours, 0.5), percentile(&mut ours, 0.95));
        let bare_median = percentile(&mut bare, 0.5);
        worst_p95 = worst_p95.max(p95);
        println!(
            "roster query {name} ({label}): {:.2} ms median, {:.2} ms p95 ({:.2}x vs bare SQL {:.2} ms)",
            ms(median),
            ms(p95),
            median.as_secs_f64() / bare_median.as_secs_f64(),
            ms(bare_median)
        );
    }
    println!(
        "roster query worst p95 ({label}): {:.2} ms ({:.2}x one 16 ms frame)",
        ms(worst_p95),
        ms(worst_p95) / 16.0
    );
}
