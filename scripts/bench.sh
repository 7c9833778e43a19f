#!/usr/bin/env bash
# The benchmark command: builds in release mode and measures each figure side by side with its
# reference in the same run (bare SQL, headless Chromium, a minimal Tauri app), printing one
# line per figure as `name: value unit (ratio vs reference)`; also kept in target/bench.txt.
# Medians of many runs; the test command runs the same benchmarks once on tiny inputs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --for-tests >&2
out=target/bench.txt
echo "Shoutout benchmarks, $(date -u +%Y-%m-%d), $(nproc) cores" | tee "$out"
echo "building and running: roster, import, deals, briefs (several minutes)..." >&2
cargo bench -q -p shoutout-core 2>&1 | grep -E '^[a-z].*: ' | grep -vE '^(test|running) ' | tee -a "$out"
scripts/footprint.sh | tee -a "$out"
