#!/usr/bin/env bash
# Footprint: Shoutout's release .deb and the memory of all its processes with a 100,000-creator
# roster open, against the smallest Tauri app (scripts/minimal-app) built here with the same
# Tauri version and release profile. Prints `name: value unit (ratio vs reference)`.
# Needs what `scripts/setup.sh --for-tests` installs (Xvfb, xdotool) and a Rust toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# --smoke (CI): a small roster and short waits, to prove the measurement works, not to measure.
creators=100000 settle=8 runs=5
if [ "${1:-}" = "--smoke" ]; then creators=1000 settle=2 runs=1; fi

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
echo "building both release .debs (several minutes; log in target/footprint-build.log)..." >&2
# The minimal app is built from a copy that takes Shoutout's Cargo.lock, so every crate the two
# share is built once, at the same version. Its copy sits two levels down, as in scripts/, for
# the icon path in its tauri.conf.json.
minimal=target/minimal-app
rm -rf "$minimal"
cp -r scripts/minimal-app "$minimal"
cp Cargo.lock "$minimal/Cargo.lock"
{
  # The test command has just built Shoutout's .deb for the install test (SHOUTOUT_DEB_BUILT);
  # building it again would only rebuild the UI and relink.
  if [ -z "${SHOUTOUT_DEB_BUILT:-}" ]; then scripts/tauri-cli.sh build --bundles deb; fi
  (cd "$minimal" && CARGO_TARGET_DIR="$root/target" "$root/scripts/tauri-cli.sh" build --bundles deb)
} >target/footprint-build.log 2>&1
ours_deb=$(ls -t target/release/bundle/deb/Shoutout_*.deb | head -1)
ref_deb=$(ls -t target/release/bundle/deb/minimal-app_*.deb | head -1)
target/release/shoutout --db "$work/big.db" sample-data --creators "$creators" >&2

# Total proportional memory (PSS) of a process and every process under it, in KiB.
pss_tree() {
  local pids=("$1") all=() pid kids total=0
  while [ ${#pids[@]} -gt 0 ]; do
    pid=${pids[0]}; pids=("${pids[@]:1}"); all+=("$pid")
    kids=$(pgrep -P "$pid" || true)
    for k in $kids; do pids+=("$k"); done
  done
  for pid in "${all[@]}"; do
    kb=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
  done
  echo "$total"
}

# Starts an app on its own X display, waits for its window, lets it settle, prints
# "<ms to window> <KiB>". Extra arguments after the title go to the app.
measure() {
  local title=$1; shift
  local display=":$((200 + RANDOM % 300))"
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 1
  local start end pid
  start=$(date +%s%N)
  DISPLAY=$display NO_AT_BRIDGE=1 GDK_BACKEND=x11 "$@" >/dev/null 2>&1 &
  pid=$!
  DISPLAY=$display timeout 60 xdotool search --sync --onlyvisible --name "^$title\$" >/dev/null
  end=$(date +%s%N)
  if [ "$title" = Shoutout ]; then
    sleep 3
    # Open the roster (Alt+2), as the owner would, and let it fetch its first rows.
    DISPLAY=$display xdotool search --onlyvisible --name "^Shoutout\$" windowactivate --sync >/dev/null 2>&1 || true
    DISPLAY=$display xdotool key alt+2
  fi
  sleep "$settle"
  echo "$(((end - start) / 1000000)) $(pss_tree "$pid")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  kill "$xvfb"; wait "$xvfb" 2>/dev/null || true
}

# Memory and launch time vary from launch to launch: the two apps take turns, and each figure is
# the median of its runs.
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for _ in $(seq "$runs"); do
  measure Minimal target/release/minimal-app >>"$work/ref"
  measure Shoutout target/release/shoutout --db "$work/big.db" >>"$work/ours"
done
ref_ms=$(cut -d' ' -f1 "$work/ref" | median); ref_kib=$(cut -d' ' -f2 "$work/ref" | median)
our_ms=$(cut -d' ' -f1 "$work/ours" | median); our_kib=$(cut -d' ' -f2 "$work/ours" | median)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
ours_size=$(stat -c %s "$ours_deb"); ref_size=$(stat -c %s "$ref_deb")
echo "deb size: $(mib $((ours_size / 1024))) MiB ($(ratio "$ours_size" "$ref_size")x the minimal Tauri app's $(mib $((ref_size / 1024))) MiB)"
echo "memory with $creators creators open, all processes (PSS, median of $runs): $(mib "$our_kib") MiB ($(ratio "$our_kib" "$ref_kib")x the minimal Tauri app's $(mib "$ref_kib") MiB)"
echo "launch to window (median of $runs): $our_ms ms ($(ratio "$our_ms" "$ref_ms")x the minimal Tauri app's $ref_ms ms)"
