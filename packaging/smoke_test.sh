#!/usr/bin/env bash
# Build SafeLog's .deb, unpack it into a temporary root and check that what a person would
# install works, without installing anything on this machine.
#
#   packaging/smoke_test.sh [--no-build] [--bench N]
#
#   --no-build  test the .deb already in dist/ (default: run packaging/build.sh first)
#   --bench N   start the packaged app and CLI N times each and print the median (default 3)
#
# Checks, in order: the package's fields and files; the desktop file and AppStream metadata of
# the installed tree (desktop-file-validate, appstreamcli validate --no-net); every library and
# Qt plug-in SafeLog needs loads from the bundle (SAFELOG_BUNDLE_CHECK=1); the CLI from the
# unpacked tree through a symlink on PATH, like /usr/bin/safelog-cli: --version, init, add,
# search, list --json, import (a JPEG and a HEIF photo), dossier, verify-bundle (and that it
# catches a changed exhibit), verify; the app starts offscreen (on a new and on an existing
# vault) and stays up 10 s without a traceback; with Xvfb, the app's window shows up with the
# WM_CLASS the desktop file names and with its icon, and how long that takes.
# Every program runs with env -i: a private HOME and data folders, no virtualenv, no PYTHONPATH.
# Exits non-zero on the first failure.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cd "$root"

build=1
bench=3
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) build= ;;
        --bench) bench=$2; shift ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "smoke_test.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

APP_ID=org.safelog.SafeLog
PASS="correct horse battery staple orbit"
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok   $*"; }
note() { echo "note $*"; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' safelog/__init__.py)
arch=$(dpkg --print-architecture)
deb=dist/safelog_${version}_$arch.deb

if [ -n "$build" ]; then
    started=$(date +%s)
    packaging/build.sh
    note "build took $(( $(date +%s) - started )) s"
fi
[ -f "$deb" ] || fail "$deb is missing; run packaging/build.sh"

tmp=$(mktemp -d)
xvfb_pid=
app_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

# ---- the package ------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = safelog ] || fail "Package is not safelog"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is not $arch"
[ "$(field Version)" = "$version" ] || fail "Version is not $version"
depends=$(field Depends)
for lib in libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
           libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libegl1 libfontconfig1; do
    echo "$depends" | grep -Eq "(^|, )$lib(,| |$)" || fail "Depends lacks $lib"
done
ok "package fields: safelog $version $arch; Depends: $depends"
deb_bytes=$(stat -c %s "$deb")

dpkg-deb -x "$deb" "$tmp/root"
R=$tmp/root
for exe in safelog safelog-cli; do
    [ -x "$R/opt/safelog/$exe" ] || fail "/opt/safelog/$exe missing or not executable"
    [ "$(readlink "$R/usr/bin/$exe")" = "/opt/safelog/$exe" ] ||
        fail "/usr/bin/$exe is not a link to /opt/safelog/$exe"
done
[ -d "$R/opt/safelog/_internal/resources/checklists" ] || fail "resources/ not bundled"
if find "$R" -path '*/python3*/site-packages*' -o -path "$R/usr/lib/python*" | grep -q .; then
    fail "the package installs into a system Python"
fi
desktop=$R/usr/share/applications/$APP_ID.desktop
metainfo=$R/usr/share/metainfo/$APP_ID.metainfo.xml
[ -f "$desktop" ] || fail "desktop file missing"
[ -f "$metainfo" ] || fail "metainfo missing"
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}'; }
for size in 16 24 32 48 64 128 256 512; do
    icon=$R/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png
    [ -f "$icon" ] || fail "icon ${size}x$size missing"
    [ "$(png_size "$icon")" = "${size}x$size" ] || fail "icon ${size}x$size has size $(png_size "$icon")"
done
[ -f "$R/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" ] || fail "scalable icon missing"
[ -f "$R/usr/share/doc/safelog/copyright" ] || fail "copyright file missing"
ok "files: /opt/safelog, /usr/bin links, desktop file, metainfo, icons 16-512 + scalable"

grep -qx "Icon=$APP_ID" "$desktop" || fail "desktop file Icon is not $APP_ID"
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -L "$R/usr/bin/$exec_name" ] || fail "desktop Exec=$exec_name is not in /usr/bin"
grep -q "<id>$APP_ID</id>" "$metainfo" || fail "metainfo id is not $APP_ID"
grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo" ||
    fail "metainfo launchable is not $APP_ID.desktop"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate"
    ok "desktop-file-validate"
else
    note "desktop-file-validate not installed (apt-get install desktop-file-utils): skipped"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --no-color "$metainfo" >"$tmp/appstream.txt" 2>&1 ||
        { cat "$tmp/appstream.txt"; fail "appstreamcli validate"; }
    ok "appstreamcli validate --no-net: $(tail -n 1 "$tmp/appstream.txt")"
else
    note "appstreamcli not installed (apt-get install appstream): skipped"
fi

# ---- a clean environment, the programs on PATH through links like /usr/bin's -------------
mkdir -p "$tmp/bin" "$tmp/home/data" "$tmp/home/config" "$tmp/home/cache" "$tmp/home/tmp" \
    "$tmp/work"
for exe in safelog safelog-cli; do ln -s "$R/opt/safelog/$exe" "$tmp/bin/$exe"; done
clean_env=(env -i PATH="$tmp/bin:/usr/bin:/bin" HOME="$tmp/home" LANG=C.UTF-8
    XDG_DATA_HOME="$tmp/home/data" XDG_CONFIG_HOME="$tmp/home/config"
    XDG_CACHE_HOME="$tmp/home/cache" XDG_RUNTIME_DIR="$tmp/home/tmp" TMPDIR="$tmp/home/tmp"
    SAFELOG_KDF_PROFILE=test)
chmod 700 "$tmp/home/tmp"
run() { "${clean_env[@]}" "$@"; }
cli() { printf '%s\n' "$PASS" | run safelog-cli "$@" --passphrase-stdin; }

out=$(run safelog-cli --version)
[ "$out" = "SafeLog $version" ] || fail "safelog-cli --version said '$out'"
ok "safelog-cli --version: $out"

run env SAFELOG_BUNDLE_CHECK=1 safelog-cli >"$tmp/check-cli.txt" 2>&1 ||
    { cat "$tmp/check-cli.txt"; fail "bundle check (CLI)"; }
sed 's/^/     cli: /' "$tmp/check-cli.txt"
run env SAFELOG_BUNDLE_CHECK=1 QT_QPA_PLATFORM=offscreen safelog >"$tmp/check-app.txt" 2>&1 ||
    { cat "$tmp/check-app.txt"; fail "bundle check (app)"; }
grep -E '^(ok|FAIL) ' "$tmp/check-app.txt" | grep -E ' (qt-|ui:)' | sed 's/^/     app: /'
ok "bundle checks (core libraries, Qt modules and plug-ins)"

# ---- the CLI on a vault ---------------------------------------------------------------------
V=$tmp/work/vault
cli init --vault "$V" --name "Amira Haddad" --json >"$tmp/init.json" || fail "init"
grep -q '"recovery_key"' "$tmp/init.json" || fail "init printed no recovery key"
cli add --vault "$V" --title "Followed from the station" --when "2026-05-03 15:30" \
    --tz Europe/London --category following --location "Holborn" \
    --narrative "A grey car waited outside the station. سيارة رمادية انتظرت عند المحطة." \
    --json >/dev/null || fail "add"
cli search --vault "$V" station --json >"$tmp/search.json" || fail "search"
grep -q "Followed from the station" "$tmp/search.json" || fail "search found nothing"
cli search --vault "$V" "رمادية" --json >"$tmp/search-ar.json" || fail "search (Arabic)"
grep -q "Followed from the station" "$tmp/search-ar.json" || fail "Arabic search found nothing"
cli list --vault "$V" --json >"$tmp/list.json" || fail "list --json"
grep -q "Followed from the station" "$tmp/list.json" || fail "list --json lacks the incident"
ok "init, add, search (English and Arabic), list --json"

# Photos: the sample photos in tests/data (CC BY-SA 4.0, see its README), else made here.
photos=()
corpus=$root/tests/data/photos
if [ -f "$corpus/jpg_gps_DSCN0010.jpg" ] && [ -f "$corpus/heic_samplefilehub.heif" ]; then
    photos=("$corpus/jpg_gps_DSCN0010.jpg" "$corpus/heic_samplefilehub.heif")
elif [ -x "${PYTHON:-$root/.venv/bin/python}" ]; then
    "${PYTHON:-$root/.venv/bin/python}" - "$tmp/work" <<'EOF'
import sys
from PIL import Image
import pillow_heif
pillow_heif.register_heif_opener()
Image.new("RGB", (320, 240), (40, 96, 124)).save(f"{sys.argv[1]}/photo.jpg")
Image.new("RGB", (320, 240), (96, 40, 124)).save(f"{sys.argv[1]}/photo.heif")
EOF
    photos=("$tmp/work/photo.jpg" "$tmp/work/photo.heif")
fi
if [ ${#photos[@]} -gt 0 ]; then
    cli import --vault "$V" --incident 1 "${photos[@]}" --json >"$tmp/import.json" ||
        { cat "$tmp/import.json"; fail "import"; }
    cli exhibits --vault "$V" --json >"$tmp/exhibits.json" || fail "exhibits"
    for p in "${photos[@]}"; do
        sum=$(sha256sum "$p" | cut -d' ' -f1)
        grep -q "$sum" "$tmp/exhibits.json" || fail "exhibit $(basename "$p") not stored with its SHA-256"
    done
    ok "import of a JPEG and a HEIF photo (${#photos[@]} exhibits, hashes match)"
else
    note "no sample photos and no build Python: import skipped"
fi

cli dossier --vault "$V" --out "$tmp/work/bundle" --json >"$tmp/dossier.json" ||
    { cat "$tmp/dossier.json"; fail "dossier"; }
[ -s "$tmp/work/bundle/dossier.pdf" ] || fail "dossier.pdf missing"
head -c 5 "$tmp/work/bundle/dossier.pdf" | grep -q '%PDF-' || fail "dossier.pdf is not a PDF"
ok "dossier: $(ls "$tmp/work/bundle" | tr '\n' ' ')"

if run safelog-cli verify-bundle --help >/dev/null 2>&1; then
    run safelog-cli verify-bundle "$tmp/work/bundle" >"$tmp/vb.txt" 2>&1 ||
        { cat "$tmp/vb.txt"; fail "verify-bundle on an untouched bundle"; }
    ok "verify-bundle: untouched bundle passes"
    exhibit=$(find "$tmp/work/bundle" -type f ! -name 'dossier.pdf' ! -name 'manifest.*' \
                  ! -name SHA256SUMS | head -n 1)
    if [ -n "$exhibit" ]; then
        printf 'x' >>"$exhibit"
        set +e
        run safelog-cli verify-bundle "$tmp/work/bundle" >"$tmp/vb2.txt" 2>&1
        status=$?
        set -e
        [ "$status" = 15 ] || { cat "$tmp/vb2.txt"; fail "verify-bundle missed a changed exhibit (status $status, expected 15)"; }
        ok "verify-bundle: a changed exhibit is caught (exit status 15)"
    fi
else
    note "safelog-cli has no verify-bundle yet: checked init + add + list --json instead"
fi
cli verify --vault "$V" >"$tmp/verify.txt" 2>&1 || { cat "$tmp/verify.txt"; fail "verify"; }
ok "verify: vault checks out"

# ---- the app --------------------------------------------------------------------------------
# SafeLog has no --smoke-test flag: start it, let it run 10 s, and expect timeout's 124.
start_app() {  # start_app LOG [safelog arguments]: offscreen, killed after 10 s
    local log=$1; shift
    set +e
    run env QT_QPA_PLATFORM=offscreen timeout 10 safelog "$@" >"$log" 2>&1
    local status=$?
    set -e
    [ "$status" = 124 ] || { cat "$log"; fail "the app exited with status $status within 10 s"; }
    if grep -Eq 'Traceback|Error:|could not load the Qt platform|Cannot load library' "$log"; then
        cat "$log"; fail "the app printed an error"
    fi
}
start_app "$tmp/app-new.txt" --vault "$tmp/work/new-vault"
ok "app (offscreen, no vault yet: welcome screen) stayed up 10 s, no traceback"
start_app "$tmp/app-unlock.txt" --vault "$V"
ok "app (offscreen, existing vault: unlock screen) stayed up 10 s, no traceback"

# ---- timings and the real window under Xvfb ---------------------------------------------------
cli_times=
for _ in $(seq "$bench"); do
    t0=$(date +%s%N); run safelog-cli --version >/dev/null; cli_times="$cli_times $(ms_since "$t0")"
done
echo "time safelog-cli --version: median $(echo "$cli_times" | median) ms ($cli_times ms)"

if command -v Xvfb >/dev/null && command -v xwininfo >/dev/null && command -v xprop >/dev/null; then
    exec 3>"$tmp/display"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
    xvfb_pid=$!
    exec 3>&-
    for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.05; done
    [ -s "$tmp/display" ] || { cat "$tmp/xvfb.log"; fail "Xvfb did not start"; }
    display=:$(head -n 1 "$tmp/display")
    for _ in $(seq 100); do
        env DISPLAY="$display" xwininfo -root >/dev/null 2>&1 && break
        kill -0 "$xvfb_pid" 2>/dev/null || { cat "$tmp/xvfb.log"; fail "Xvfb $display died"; }
        sleep 0.05
    done
    env DISPLAY="$display" xwininfo -root >/dev/null 2>&1 ||
        { cat "$tmp/xvfb.log"; fail "cannot connect to Xvfb on $display"; }
    wm_class=$(sed -n 's/^StartupWMClass=//p' "$desktop")
    window_times=
    desktop_prop=
    for i in $(seq "$bench"); do
        t0=$(date +%s%N)
        "${clean_env[@]}" DISPLAY="$display" QT_QPA_PLATFORM=xcb safelog --vault "$V" \
            >"$tmp/app-x$i.txt" 2>&1 &
        app_pid=$!
        win=
        for _ in $(seq 600); do
            win=$(env DISPLAY="$display" xwininfo -root -tree 2>/dev/null |
                  awk '/"SafeLog": \("safelog" "SafeLog"\)/ {print $1; exit}')
            if [ -n "$win" ] && env DISPLAY="$display" xwininfo -id "$win" 2>/dev/null |
                    grep -q 'IsViewable'; then
                break
            fi
            win=
            kill -0 "$app_pid" 2>/dev/null || { cat "$tmp/app-x$i.txt" "$tmp/xvfb.log"
                                                fail "the app died under Xvfb $display"; }
            sleep 0.02
        done
        [ -n "$win" ] || fail "no SafeLog window appeared under Xvfb within 12 s"
        window_times="$window_times $(ms_since "$t0")"
        if [ "$i" = 1 ]; then
            props=$(env DISPLAY="$display" xprop -id "$win")
            echo "$props" | grep -q "WM_CLASS(STRING) = \"safelog\", \"$wm_class\"" ||
                fail "WM_CLASS is not (safelog, $wm_class): $(echo "$props" | grep WM_CLASS)"
            echo "$props" | grep -q '^_NET_WM_ICON(CARDINAL)' || fail "the window has no icon"
            for prop in _KDE_NET_WM_DESKTOP_FILE _GTK_APPLICATION_ID; do
                value=$(echo "$props" | sed -n "s/^$prop(UTF8_STRING) = \"\(.*\)\"/\1/p")
                [ -z "$value" ] || [ "$value" = "$APP_ID" ] || fail "$prop is $value, not $APP_ID"
                [ -z "$value" ] || desktop_prop="$desktop_prop $prop=$value"
            done
            ok "X11 window: WM_CLASS (safelog, $wm_class) = desktop StartupWMClass, icon set${desktop_prop:-}"
        fi
        kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
        grep -q Traceback "$tmp/app-x$i.txt" && { cat "$tmp/app-x$i.txt"; fail "traceback under Xvfb"; }
    done
    echo "time to the app's window (xcb, Xvfb, unlock screen): median $(echo "$window_times" | median) ms ($window_times ms)"
else
    note "Xvfb/xwininfo/xprop not installed (apt-get install xvfb x11-utils): window check skipped"
fi

echo "package: $deb, $(( deb_bytes / 1024 / 1024 )) MiB ($deb_bytes bytes);" \
    "installed: $(du -sm "$R" | cut -f1) MiB"
echo "SMOKE TEST PASSED"
