#!/usr/bin/env bash
# Sets everything up if needed, then runs every check and test: formatting, lints, the UI's
# type check and component tests, the Rust tests, the end-to-end tests in the real window, the
# install test of the .deb, and the benchmarks in smoke mode.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --for-tests

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
step "Formatting (cargo fmt --check)"
cargo fmt --all -- --check
step "Lints (cargo clippy -D warnings)"
cargo clippy --workspace --all-targets --quiet -- -D warnings
step "UI type check (svelte-check, TypeScript strict)"
npm --prefix ui run check --silent
step "UI lint (Prettier, ESLint with the Svelte plugin)"
npm --prefix ui run lint --silent
step "UI component tests (Vitest)"
log=target/test-logs
mkdir -p "$log"
NO_COLOR=1 npm --prefix ui test --silent 2>&1 | tee "$log/vitest.txt"
step "Rust tests: core, app, generated types, end-to-end in the real window, benchmarks (smoke)"
# The benchmarks run once on a tiny roster here, to prove they work; timing is for cargo bench.
SHOUTOUT_BENCH_SMOKE=1 cargo test --workspace --all-targets 2>&1 | tee "$log/cargo.txt"

step "Install test: the release .deb installed with apt-get, started, removed"
scripts/install-test.sh 2>&1 | tee "$log/install.txt"
step "Footprint benchmark (smoke): .deb size, memory and launch against a minimal Tauri app"
SHOUTOUT_DEB_BUILT=1 scripts/footprint.sh --smoke 2>&1 | tee "$log/footprint.txt"
grep -q '^memory with .* MiB (.*x the minimal' "$log/footprint.txt"

rust=$(grep -Eo 'test result: ok\. [0-9]+ passed' "$log/cargo.txt" | awk '{s+=$4} END {print s+0}')
ui=$(grep -Eo 'Tests +[0-9]+ passed' "$log/vitest.txt" | awk '{s+=$2} END {print s+0}')
scripts=$(grep -c '^install test: passed' "$log/install.txt")
echo
echo "Screenshots: target/e2e-screenshots/ (every screen: target/e2e-screenshots/screens/)"
echo "all: $((rust + ui + scripts)) passed, 0 failed"
