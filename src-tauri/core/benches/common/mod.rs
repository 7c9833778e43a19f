//! Timing helpers shared by the benchmarks.

use std::time::{Duration, Instant};

pub fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() - 1) as f64 * p).round() as usize]
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Times both `runs` times, interleaved so machine noise hits both alike, waiting `pause`
/// (untimed) after each reference run: a browser goes on working in its other processes after
/// it answers, and that must not be counted against ours.
pub fn versus(
    runs: usize,
    pause: Duration,
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
        std::thread::sleep(pause);
    }
    (a, b)
}
