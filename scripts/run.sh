#!/usr/bin/env bash
# Sets everything up if needed, then opens Shoutout. Extra arguments go to the app
# (e.g. scripts/run.sh --db ~/test.db).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "shoutout: no display. Shoutout is a desktop app: run this from a desktop session," >&2
  echo "or on a headless machine under a virtual display: xvfb-run scripts/run.sh" >&2
  exit 1
fi
scripts/setup.sh
exec ./target/debug/shoutout "$@"
