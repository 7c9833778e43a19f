#!/usr/bin/env bash
# Installs what Shoutout needs on Debian or Ubuntu, then builds it. Safe to run again: it only
# installs what is missing. Usage: scripts/setup.sh [--for-tests]
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf 'shoutout setup: %s\n' "$*" >&2; exit 1; }

for_tests=false
[ "${1:-}" = "--for-tests" ] && for_tests=true

[ "$(uname -s)" = "Linux" ] || fail "these scripts set up Debian or Ubuntu. On macOS or Windows, install Rust, Node.js 20+ and the Tauri prerequisites (https://v2.tauri.app/start/prerequisites/), then run 'npm --prefix ui ci && npm --prefix ui run build && cargo run'."
command -v apt-get >/dev/null || fail "apt-get was not found: this script supports Debian and Ubuntu only."

packages=(build-essential pkg-config curl file libwebkit2gtk-4.1-dev libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev fonts-dejavu-core)
if $for_tests; then
  # dbus: dbus-run-session gives the app under test a session bus, as a desktop does.
  # python3-aiosmtpd: the SMTP server the sending tests start; gnome-keyring: a real keychain.
  packages+=(xvfb webkit2gtk-driver xdotool imagemagick poppler-utils qpdf chromium chromium-driver dbus
    python3-aiosmtpd gnome-keyring)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
    fail "these system packages are missing and this user is not root and has no sudo: ${missing[*]}. Ask an administrator to run: apt-get install ${missing[*]}"
  fi
  say "Installing system packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

command -v cargo >/dev/null || fail "Rust is not installed. Install it with rustup (https://rustup.rs), then run this again."
rust_minor=$(rustc --version | sed -E 's/rustc 1\.([0-9]+).*/\1/')
[ "$rust_minor" -ge 90 ] || fail "Rust 1.90 or newer is needed (found $(rustc --version)). Run 'rustup update'."
command -v npm >/dev/null || fail "Node.js 20 or newer with npm is needed: apt-get install nodejs npm, or see https://nodejs.org."
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || fail "Node.js 20 or newer is needed (found $(node --version))."

if $for_tests && ! command -v tauri-driver >/dev/null; then
  say "Installing tauri-driver (WebDriver for the end-to-end tests)"
  cargo install tauri-driver@2.1.0 --locked --quiet
fi

if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  say "Installing the UI's npm packages"
  npm --prefix ui ci --no-audit --no-fund --loglevel=error
fi
say "Building the UI"
npm --prefix ui run build --silent >/dev/null
say "Building Shoutout"
cargo build --quiet
