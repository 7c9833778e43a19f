//! Brief PDF export: one realistic brief (logo and two font faces, warm, in-process) and a
//! batch of personalized briefs written to a folder. Medians of several runs.
//!
//! `cargo bench -p shoutout-core --bench briefs`; SHOUTOUT_BENCH_SMOKE=1 for a quick check.

use std::time::{Duration, Instant};

use shoutout_core::brief::{self, RecipientInput};
use shoutout_core::brief_export;
use shoutout_core::roster::{self, CreatorInput};
use shoutout_core::{brand, sample, Db};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let smoke = std::env::var_os("SHOUTOUT_BENCH_SMOKE").is_some();
    let (runs, batch) = if smoke { (3, 5) } else { (31, 100) };
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open(&dir.path().join("bench.db")).unwrap();
    brand::save(&mut db, &sample::brand()).unwrap();
    brand::set_logo(&mut db, include_bytes!("../../icons/128x128.png")).unwrap();
    let creators: Vec<i64> = sample::creators(batch, 9)
        .iter()
        .map(|c: &CreatorInput| roster::create_creator(&mut db, c).unwrap().id)
        .collect();
    let b = brief::create_brief(&mut db, &sample::briefs()[0]).unwrap();
    let picks: Vec<RecipientInput> = creators
        .iter()
        .map(|&creator_id| RecipientInput {
            creator_id,
            code: String::new(),
        })
        .collect();
    brief::set_recipients(&mut db, b.id, &picks).unwrap();

    // Warm: fonts parsed, statements prepared.
    let (_, first) = brief_export::brief_pdf(db.conn(), b.id, Some(creators[0])).unwrap();
    let one = median(
        (0..runs)
            .map(|i| {
                let t = Instant::now();
                let (_, bytes) =
                    brief_export::brief_pdf(db.conn(), b.id, Some(creators[i % creators.len()]))
                        .unwrap();
                std::hint::black_box(bytes);
                t.elapsed()
            })
            .collect(),
    );
    println!(
        "brief pdf export (one brief, warm): {:.2} ms median ({} KB a file)",
        ms(one),
        first.len() / 1024
    );

    let jobs = brief_export::jobs(db.conn(), Some(&[b.id])).unwrap();
    let batches: Vec<Duration> = (0..if smoke { 1 } else { 5 })
        .map(|i| {
            let folder = dir.path().join(format!("batch-{i}"));
            let t = Instant::now();
            let summary = brief_export::export_batch(db.conn(), &jobs, &folder, |_, _| {}).unwrap();
            assert_eq!(summary.files.len(), batch);
            t.elapsed()
        })
        .collect();
    let total = median(batches);
    println!(
        "brief pdf batch export ({batch} personalized briefs to a folder): {:.0} ms median ({:.0} PDFs/s; {:.2}x one brief each)",
        ms(total),
        batch as f64 / total.as_secs_f64(),
        total.as_secs_f64() / batch as f64 / one.as_secs_f64()
    );
}
