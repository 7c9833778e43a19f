//! Timing helpers shared by the benchmarks.

use std::time::{Duration, Instant};

pub fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() - 1) as f64 * p).round() as usize]
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Times both `runs` times, interleaved so machine noise hits both alike.
pub fn versus(
    runs: usize,
    mut ours: impl FnMut(),
    mut reference: impl FnMut(),
) -> (Vec<Duration>, Vec<Duration>) {
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let t = Instant::now();
        ours();
        a.push(t.elapsed());
        let t = Instant::now();
        reference();
        b.push(t.elapsed());
    }
    (a, b)
}
