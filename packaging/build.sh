#!/bin/sh
# Build SafeLog's one-folder app with PyInstaller and, on Debian/Ubuntu, a .deb from it.
#
#   packaging/build.sh [--no-deb] [--clean]
#
# Output (both folders are git-ignored):
#   build/                           PyInstaller's work folder and the .deb staging tree
#   dist/safelog/                    the app: safelog, safelog-cli and _internal/
#   dist/safelog_<version>_<arch>.deb
#
# Uses the Python in $PYTHON, default .venv/bin/python, which needs SafeLog's dependencies and
# PyInstaller (.venv/bin/pip install -e . pyinstaller). On Windows and macOS run the pyinstaller
# line below by hand (or this script from Git Bash); the spec handles those platforms.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cd "$root"

make_deb=1
clean=
for arg in "$@"; do
    case "$arg" in
        --no-deb) make_deb= ;;
        --clean) clean=--clean ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

PYTHON=${PYTHON:-$root/.venv/bin/python}
[ -x "$PYTHON" ] || { echo "build.sh: no Python at $PYTHON (set PYTHON=...)" >&2; exit 1; }
"$PYTHON" -c "import PyInstaller" 2>/dev/null || {
    echo "build.sh: PyInstaller is missing: $PYTHON -m pip install pyinstaller" >&2; exit 1; }

# The icons in packaging/icons are rendered from the app's own drawing: refuse a stale copy.
if ! cmp -s resources/icons/safelog.svg packaging/icons/hicolor/scalable/apps/org.safelog.SafeLog.svg
then
    echo "build.sh: resources/icons/safelog.svg changed; run packaging/render_icons.sh first" >&2
    exit 1
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate packaging/org.safelog.SafeLog.desktop
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --no-color packaging/org.safelog.SafeLog.metainfo.xml >/dev/null
fi

started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm $clean --log-level WARN \
    --distpath dist --workpath build packaging/safelog.spec
echo "PyInstaller finished in $(( $(date +%s) - started )) s"

bundle=dist/safelog
# Linux: drop the debug information some libraries carry (libpython, sqlcipher3, Pillow: about
# 40 MB). --strip-debug keeps the symbol tables the loader needs; smoke_test.sh loads them all.
if [ "$(uname -s)" = Linux ] && command -v strip >/dev/null; then
    find "$bundle" -type f -name '*.so*' | while read -r lib; do
        if readelf -S "$lib" 2>/dev/null | grep -q '\.debug_info'; then
            strip --strip-debug "$lib"
        fi
    done
fi
echo "App folder: $root/$bundle ($(du -sh "$bundle" | cut -f1))"
if [ -n "$make_deb" ]; then
    if command -v dpkg-deb >/dev/null; then
        deb=$(packaging/build_deb.sh "$bundle" dist)
        echo "Debian package: $root/$deb ($(du -h "$deb" | cut -f1))"
    else
        echo "No dpkg-deb here: skipped the .deb (use --no-deb to silence this)"
    fi
fi
