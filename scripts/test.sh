#!/usr/bin/env bash
# Sets everything up if needed, then runs every check and test: formatting, lints, the UI's
# type check and component tests, the Rust tests, and the end-to-end tests in the real window.
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
step "UI component tests (Vitest)"
npm --prefix ui test --silent
step "Rust tests: core, app, generated types, end-to-end in the real window"
cargo test --workspace
echo
echo "All checks and tests passed. Screenshots of the end-to-end runs: target/e2e-screenshots/"
