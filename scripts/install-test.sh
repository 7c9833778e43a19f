#!/usr/bin/env bash
# The install test: builds the release .deb as users get it, installs it with apt-get (so a
# dependency it forgot to declare fails here), runs the installed `shoutout --version`, starts
# the installed app under Xvfb and waits for its window, then removes the package and checks
# nothing is left. Needs root or sudo, Xvfb, xdotool and ImageMagick (scripts/setup.sh --for-tests).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '  %s\n' "$*"; }
fail() { printf 'install test FAILED: %s\n' "$*" >&2; exit 1; }
if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
  fail "installing a package needs root or sudo"
fi
apt() { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "$@"; }

version=$(sed -nE 's/^  "version": "([^"]+)".*/\1/p' tauri.conf.json)
[ -n "$version" ] || fail "no version in tauri.conf.json"
out=target/install-test
rm -rf "$out"
mkdir -p "$out"

say "building the release .deb (log: $out/build.log)"
scripts/tauri-cli.sh build --bundles deb >"$out/build.log" 2>&1 || {
  tail -30 "$out/build.log" >&2
  fail "tauri build did not make a .deb"
}
deb=target/release/bundle/deb/Shoutout_${version}_amd64.deb
[ -f "$deb" ] || fail "$deb is missing"
say "$deb: $(du -k "$deb" | cut -f1) KiB"

# What the package declares and carries, as a user's package manager sees it.
dpkg-deb --field "$deb" Package | grep -qx shoutout || fail "the package is not named shoutout"
dpkg-deb --field "$deb" Depends | grep -q libwebkit2gtk-4.1-0 || fail "WebKitGTK is not declared"
contents=$(dpkg-deb --contents "$deb")
for path in usr/bin/shoutout usr/share/applications/Shoutout.desktop \
  usr/share/icons/hicolor/{32x32,64x64,128x128,256x256@2,512x512}/apps/shoutout.png; do
  grep -qE " (\./)?$path\$" <<<"$contents" || fail "the package does not carry /$path"
done

if dpkg-query -W shoutout >/dev/null 2>&1; then apt remove -y -qq shoutout >/dev/null; fi
say "installing with apt-get"
apt install -y -qq --no-install-recommends "./$deb" >"$out/apt.log" 2>&1 || {
  cat "$out/apt.log" >&2
  fail "apt-get could not install the package"
}
trap 'apt remove -y -qq shoutout >/dev/null 2>&1 || true' EXIT

[ "$(command -v shoutout)" = /usr/bin/shoutout ] || fail "shoutout is not on the PATH"
[ "$(shoutout --version)" = "shoutout $version" ] || fail "shoutout --version said: $(shoutout --version)"
say "shoutout --version: $(shoutout --version)"
entry=/usr/share/applications/Shoutout.desktop
grep -qx "Exec=shoutout" "$entry" || fail "the menu entry does not start shoutout"
grep -qx "Categories=Office;" "$entry" || fail "the menu entry is not in the Office category"

# Start the installed app as a double-click would (its own data file here), on its own display.
display=:$((300 + RANDOM % 200))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
data=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$data"; apt remove -y -qq shoutout >/dev/null 2>&1 || true' EXIT
sleep 1
start=$(date +%s%N)
DISPLAY=$display NO_AT_BRIDGE=1 shoutout --db "$data/shop.db" >"$out/app.log" 2>&1 &
app=$!
DISPLAY=$display timeout 60 xdotool search --sync --onlyvisible --name '^Shoutout$' >/dev/null ||
  fail "the installed app showed no window in 60 s"
say "window shown $((($(date +%s%N) - start) / 1000000)) ms after launch"
sleep 3
DISPLAY=$display import -window root "$out/installed-app.png"
kill -0 "$app" 2>/dev/null || fail "the installed app exited"
[ -f "$data/shop.db" ] || fail "the installed app did not create its data file"
kill "$app"
wait "$app" 2>/dev/null || true
kill "$xvfb"

say "removing the package"
apt remove -y -qq shoutout >"$out/apt.log" 2>&1 || fail "apt-get could not remove the package"
[ ! -e /usr/bin/shoutout ] || fail "/usr/bin/shoutout is still there after removal"
[ ! -e "$entry" ] || fail "the menu entry is still there after removal"
echo "install test: passed (screenshot: $out/installed-app.png)"
