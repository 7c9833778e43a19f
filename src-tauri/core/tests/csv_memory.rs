//! Memory while reading a CSV file: a counting allocator measures the peak of the memory
//! allocated beyond what was held before, as a ratio to the file's size, for a file of many
//! one-letter rows (the worst case: most of its bytes are line breaks and row overhead).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

use shoutout_core::roster::{self as roster_csv};
use shoutout_core::spreadsheet::MAX_ROWS;
use shoutout_core::Db;

struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = NOW.fetch_add(n, Relaxed) + n;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call is passed on to the system allocator unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        NOW.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                NOW.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f`, returning its value, the peak of the extra memory while it ran and what it left.
fn measure<T>(f: impl FnOnce() -> T) -> (T, usize, usize) {
    let base = NOW.load(Relaxed);
    PEAK.store(base, Relaxed);
    let value = f();
    let peak = PEAK.load(Relaxed) - base;
    let kept = NOW.load(Relaxed).saturating_sub(base);
    (value, peak, kept)
}

/// One test, so no other test's allocations are counted.
#[test]
fn reading_a_file_of_tiny_rows_takes_a_few_times_its_size_and_the_row_limit_stops_early() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tiny.csv");
    let rows = 900_000;
    let mut file = b"Name\r\n".to_vec();
    file.extend(b"a\r\n".repeat(rows));
    std::fs::write(&path, &file).unwrap();
    let size = file.len();

    let (table, peak, kept) = measure(|| roster_csv::read_file(&path).unwrap());
    assert_eq!(table.len(), rows);
    let ratio = peak as f64 / size as f64;
    println!(
        "read_file, {rows} one-letter rows, {:.1} MB: peak {:.1} MB ({ratio:.2}x the file), kept {:.1} MB",
        size as f64 / 1e6,
        peak as f64 / 1e6,
        kept as f64 / 1e6
    );
    assert!(ratio < 3.0, "peak {peak} bytes for a file of {size}");
    drop(table);

    // From bytes already in memory (the benchmark's way): the bytes are not copied whole.
    let (table, peak, _) = measure(|| roster_csv::read_table(&file).unwrap());
    let ratio = peak as f64 / size as f64;
    println!(
        "read_table from memory: peak {:.1} MB ({ratio:.2}x)",
        peak as f64 / 1e6
    );
    assert!(ratio < 3.0, "peak {peak} bytes for a file of {size}");

    let db = Db::open_in_memory().unwrap();
    let (preview, peak, _) = measure(|| roster_csv::preview(&db, &table, None).unwrap());
    assert_eq!(preview.total_rows as usize, rows);
    println!(
        "preview of it: peak {:.1} MB ({:.2}x the file)",
        peak as f64 / 1e6,
        peak as f64 / size as f64
    );
    assert!(peak < size, "a preview holds no row: peak {peak} bytes");
    drop((table, preview));

    // Three times the row limit: refused after the limit's rows, in well under a second, and
    // holding no more than those rows.
    let mut over = b"Name\n".to_vec();
    // The refusal is worded from the messages, read once per process: not this file's cost.
    let _ = shoutout_core::i18n::msg::error_io_full(shoutout_core::i18n::owner());
    over.extend(b"a\n".repeat(3 * MAX_ROWS));
    let start = Instant::now();
    let (result, peak, _) = measure(|| roster_csv::read_table(&over));
    let took = start.elapsed();
    let message = result.unwrap_err().to_string();
    assert!(message.contains("more than 1,000,000 rows"), "{message}");
    println!(
        "{:.1} MB file of {} rows refused in {took:?}, peak {:.1} MB ({:.2}x the file)",
        over.len() as f64 / 1e6,
        3 * MAX_ROWS,
        peak as f64 / 1e6,
        peak as f64 / over.len() as f64
    );
    assert!(took.as_secs() < 5, "{took:?}");
    assert!(peak < over.len(), "peak {peak} bytes");
}
