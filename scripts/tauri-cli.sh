#!/usr/bin/env bash
# Runs the Tauri CLI (npm's @tauri-apps/cli, which ships its binary) in the current folder,
# installed on first use under target/tools: ui/package-lock.json records only one platform's
# binary, so the CLI is kept out of the UI's packages.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cli=$root/target/tools/node_modules/.bin/tauri
if [ ! -x "$cli" ]; then
  npm install --prefix "$root/target/tools" --no-save --no-package-lock --no-audit --no-fund \
    --loglevel=error @tauri-apps/cli@2.12.5 >/dev/null
fi
exec "$cli" "$@"
