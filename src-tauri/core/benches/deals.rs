//! Deals and dashboard benchmarks with 100,000 creators and 20,000 deals: the home dashboard,
//! the first page of the deals list (several filters and sorts), the board and a creator's
//! page, each through the same code path as the UI command (JSON serialization included).
//! The list is compared with the bare SQL it runs; the dashboard with one plain read of every
//! deal row (what a naive "load everything and add it up in the UI" would cost at least).
//! Every figure is a median (and p95) of several runs, printed as
//! `name: value unit (ratio vs reference)`.
//!
//! `cargo bench -p shoutout-core --bench deals`; SHOUTOUT_BENCH_SMOKE=1 runs a tiny version
//! that only checks the benchmark works.

mod common;
#[path = "common/sql.rs"]
mod sql;

use std::time::{Duration, Instant};

use common::{ms, percentile, versus};
use sql::read_rows;

use chrono::NaiveDate;
use shoutout_core::deals::{self as deal, DealKind, DealQuery, DealSort, DealStatus};
use shoutout_core::home;
use shoutout_core::roster;
use shoutout_core::{sample, Db};

/// The bare SQL of one page: its count, then its rows read whole.
fn bare_page(
    conn: &rusqlite::Connection,
    count: &str,
    values: &[rusqlite::types::Value],
    page: &str,
    page_values: &[rusqlite::types::Value],
) -> usize {
    let total: i64 = conn
        .prepare_cached(count)
        .unwrap()
        .query_row(rusqlite::params_from_iter(values.iter()), |r| r.get(0))
        .unwrap();
    total as usize + read_rows(conn, page, page_values)
}

fn report(name: &str, mut ours: Vec<Duration>, mut reference: Vec<Duration>, what: &str) {
    let median = percentile(&mut ours, 0.5);
    let p95 = percentile(&mut ours, 0.95);
    let base = percentile(&mut reference, 0.5);
    println!(
        "{name}: {:.2} ms median, {:.2} ms p95 ({:.2}x {what})",
        ms(median),
        ms(p95),
        median.as_secs_f64() / base.as_secs_f64()
    );
}

fn bare_list(db: &Db, q: &DealQuery, today: NaiveDate) -> usize {
    let sql = deal::list_sql(q, today);
    bare_page(
        db.conn(),
        &sql.count,
        &sql.values,
        &sql.page,
        &sql.page_values,
    )
}

fn read_every_deal(db: &Db) -> usize {
    read_rows(db.conn(), "SELECT * FROM deals", &[])
}

fn main() {
    let smoke = std::env::var_os("SHOUTOUT_BENCH_SMOKE").is_some();
    let (creators, deals, runs) = if smoke {
        (2_000, 400, 3)
    } else {
        (100_000, 20_000, 31)
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.db");
    let partners = fill(&path, creators, deals, today);
    // Opened again, as the app opens it at the next start (statistics are refreshed then).
    let db = Db::open(&path).unwrap();
    dashboard(&db, runs, today);
    lists(&db, runs, today);
    creator_page(&db, runs, today, partners[0]);
}

/// Generates the roster and the deals; returns the creators who have deals.
fn fill(path: &std::path::Path, creators: usize, deals: usize, today: NaiveDate) -> Vec<i64> {
    let mut db = Db::open(path).unwrap();
    let build = Instant::now();
    let ids = db
        .with_tx(|tx| {
            sample::creators(creators, 42)
                .iter()
                .map(|input| roster::insert(tx, &roster::validate(input)?, None))
                .collect::<shoutout_core::Result<Vec<i64>>>()
        })
        .unwrap();
    // Deals go to a fifth of the roster, as a shop works with some creators again and again.
    let partners = ids[..ids.len() / 5].to_vec();
    db.with_tx(|tx| {
        for (draft, status) in sample::deals(deals, 7, &partners, today) {
            deal::insert_draft(tx, &draft, status)?;
        }
        Ok(())
    })
    .unwrap();
    println!(
        "setup: {creators} creators and {deals} deals generated in {:.1} s",
        build.elapsed().as_secs_f64()
    );
    partners
}

fn dashboard(db: &Db, runs: usize, today: NaiveDate) {
    let (ours, reference) = versus(
        runs,
        Duration::ZERO,
        || {
            let d = home::dashboard(db.conn(), today).unwrap();
            std::hint::black_box(serde_json::to_vec(&d).unwrap());
        },
        || {
            std::hint::black_box(read_every_deal(db));
        },
    );
    report(
        "home dashboard",
        ours,
        reference,
        "one plain read of every deal row",
    );
}

fn base() -> DealQuery {
    DealQuery {
        limit: 100,
        ..DealQuery::default()
    }
}

fn cases() -> Vec<(&'static str, DealQuery)> {
    let base = base();
    vec![
        ("deals list, newest first", base.clone()),
        (
            "deals list, next due first",
            DealQuery {
                sort: DealSort::Due,
                ..base.clone()
            },
        ),
        (
            "deals list, overdue only",
            DealQuery {
                overdue_only: true,
                ..base.clone()
            },
        ),
        (
            "deals list, status content due",
            DealQuery {
                status: Some(DealStatus::ContentDue),
                ..base.clone()
            },
        ),
        (
            "deals list, kind visit + campaign",
            DealQuery {
                kind: Some(DealKind::Visit),
                campaign: Some("Winter menu".into()),
                ..base.clone()
            },
        ),
        (
            "deals list, search \"zoe\"",
            DealQuery {
                search: "zoe".into(),
                ..base.clone()
            },
        ),
        (
            "deals list, last 30 days by cost",
            DealQuery {
                from: Some("2026-10-24".into()),
                sort: DealSort::Cost,
                ..base.clone()
            },
        ),
    ]
}

/// The list's first page in each filter and sort, and the board.
fn lists(db: &Db, runs: usize, today: NaiveDate) {
    for (name, q) in cases() {
        let (ours, reference) = versus(
            runs,
            Duration::ZERO,
            || {
                let page = deal::list(db.conn(), &q, today).unwrap();
                std::hint::black_box(serde_json::to_vec(&page).unwrap());
            },
            || {
                std::hint::black_box(bare_list(db, &q, today));
            },
        );
        report(
            &format!("{name}, first page"),
            ours,
            reference,
            "the bare SQL",
        );
    }

    let (ours, reference) = versus(
        runs,
        Duration::ZERO,
        || {
            let board = deal::board(db.conn(), &base(), 40, today).unwrap();
            std::hint::black_box(serde_json::to_vec(&board).unwrap());
        },
        || {
            for status in &DealStatus::ALL[..6] {
                let q = DealQuery {
                    status: Some(*status),
                    limit: 40,
                    ..DealQuery::default()
                };
                std::hint::black_box(bare_list(db, &q, today));
            }
        },
    );
    report(
        "deals board (6 columns x 40 cards)",
        ours,
        reference,
        "the bare SQL",
    );
}

fn creator_page(db: &Db, runs: usize, today: NaiveDate, busiest: i64) {
    let (ours, reference) = versus(
        runs,
        Duration::ZERO,
        || {
            let page = deal::creator_deals(db.conn(), busiest, today).unwrap();
            std::hint::black_box(serde_json::to_vec(&page).unwrap());
        },
        || {
            let q = DealQuery {
                creator_id: Some(busiest),
                limit: 500,
                ..DealQuery::default()
            };
            std::hint::black_box(bare_list(db, &q, today));
        },
    );
    report(
        "creator page deals and balance",
        ours,
        reference,
        "the bare SQL of its list",
    );
}
