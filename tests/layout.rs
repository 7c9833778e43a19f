//! The house rules a lint cannot check: no source file over 500 lines (clippy's
//! `too_many_lines` keeps functions under 100; ESLint's `max-lines` does the same for the UI).

use std::path::{Path, PathBuf};

const MAX_LINES: usize = 500;

fn rust_sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_source_file_is_over_500_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src-tauri/src", "src-tauri/core/src"] {
        rust_sources(&root.join(dir), &mut files);
    }
    assert!(
        files.len() > 20,
        "the sources were not found under {}",
        root.display()
    );
    let long: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let lines = std::fs::read_to_string(path).unwrap().lines().count();
            (lines > MAX_LINES).then(|| format!("{} ({lines} lines)", path.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "split these files (at most {MAX_LINES} lines): {long:#?}"
    );
}
