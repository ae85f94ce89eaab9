#!/bin/sh
# Make a .deb from the PyInstaller folder: packaging/build_deb.sh [BUNDLE_DIR [OUT_DIR]]
# (build.sh calls it). Prints the path of the .deb on standard output, nothing else.
# xz level 6 (dpkg's default) takes minutes on 2 cores; DEB_XZ_LEVEL=1 is ~5x faster, ~12% bigger.
#
#   /opt/safelog/                                      the PyInstaller folder, as built
#   /usr/bin/safelog, /usr/bin/safelog-cli             symbolic links into /opt/safelog
#   /usr/share/applications/org.safelog.SafeLog.desktop
#   /usr/share/metainfo/org.safelog.SafeLog.metainfo.xml
#   /usr/share/icons/hicolor/<N>x<N>/apps/org.safelog.SafeLog.png, .../scalable/apps/...svg
#   /usr/share/doc/safelog/copyright, changelog.gz
#
# No maintainer scripts: Debian's desktop-file-utils and hicolor-icon-theme refresh the menu and
# icon caches through dpkg triggers. Depends lists the system libraries the bundle does not carry
# (PyInstaller leaves out glibc, libGL/libEGL, libdrm, libxcb and libwayland-* on purpose: they
# must match the machine's graphics stack) plus, as a safety net, the xcb utility libraries Qt's
# xcb platform plug-in needs (the bundle has copies) and tzdata (Python's zoneinfo reads it).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cd "$root"
bundle=${1:-dist/safelog}
out=${2:-dist}
app_id=org.safelog.SafeLog

[ -x "$bundle/safelog" ] && [ -x "$bundle/safelog-cli" ] || {
    echo "build_deb.sh: $bundle has no safelog/safelog-cli; run packaging/build.sh" >&2; exit 1; }

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' safelog/__init__.py)
arch=$(dpkg --print-architecture)
stage=build/deb/safelog_${version}_$arch
deb=$out/safelog_${version}_$arch.deb
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/metainfo" "$stage/usr/share/doc/safelog"
cp -a "$bundle" "$stage/opt/safelog"
# Absolute links between top-level folders (Debian policy 10.5).
ln -s /opt/safelog/safelog "$stage/usr/bin/safelog"
ln -s /opt/safelog/safelog-cli "$stage/usr/bin/safelog-cli"
install -m 644 "packaging/$app_id.desktop" "$stage/usr/share/applications/"
install -m 644 "packaging/$app_id.metainfo.xml" "$stage/usr/share/metainfo/"
(cd packaging/icons && find hicolor -type f -name "$app_id.*") | while read -r icon; do
    install -D -m 644 "packaging/icons/$icon" "$stage/usr/share/icons/$icon"
done
install -m 644 packaging/debian/copyright "$stage/usr/share/doc/safelog/copyright"

# A Debian changelog for this version (dpkg and lintian expect one in every package).
maintainer=$(sed -n 's/^Maintainer: //p' packaging/debian/control.in)
{
    printf 'safelog (%s) unstable; urgency=medium\n\n  * SafeLog %s.\n\n' "$version" "$version"
    printf ' -- %s  %s\n' "$maintainer" "$(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n > "$stage/usr/share/doc/safelog/changelog.gz"

# root:root ownership comes from --root-owner-group; make modes sane whatever the umask was.
find "$stage" -type d -exec chmod 755 {} +
find "$stage" -type f -exec chmod u+rw,go+r,go-w {} +
find "$stage/opt/safelog" -type f -name '*.so*' -exec chmod 644 {} +  # libraries: not programs

installed_kib=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
# The bundle carries libraries from the build machine: it needs at least that machine's glibc.
libc=libc6
if command -v objdump >/dev/null; then
    glibc=$(find "$stage/opt/safelog" -type f \( -name '*.so*' -o -name 'safelog*' \) \
                -exec objdump -T {} + 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' \
            | sed 's/GLIBC_//' | sort -t. -k1,1n -k2,2n -k3,3n -u | tail -n 1)
    [ -n "$glibc" ] && libc="libc6 (>= $glibc)"
fi
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_kib/" \
    -e "s/@LIBC@/$libc/" packaging/debian/control.in > "$stage/DEBIAN/control"

mkdir -p "$out"
dpkg-deb --root-owner-group -Zxz -z"${DEB_XZ_LEVEL:-6}" --build "$stage" "$deb" >/dev/null
echo "$deb"
