#!/bin/sh
# Render SafeLog's icon for desktops and installers from the one source drawing,
# resources/icons/safelog.svg (the same file the app uses for its window and About box).
#
#   packaging/icons/hicolor/<N>x<N>/apps/org.safelog.SafeLog.png   N = 16 ... 512
#   packaging/icons/hicolor/scalable/apps/org.safelog.SafeLog.svg  (a copy of the source)
#   packaging/icons/safelog.ico                                     (Windows: 16-256 in one file)
#
# Run it again whenever resources/icons/safelog.svg changes; build.sh refuses to build with a
# stale copy. Needs rsvg-convert (Debian: librsvg2-bin) and, for the .ico, ImageMagick.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
src="$root/resources/icons/safelog.svg"
out="$here/icons"
name=org.safelog.SafeLog

[ -f "$src" ] || { echo "render_icons.sh: $src is missing" >&2; exit 1; }
command -v rsvg-convert >/dev/null || { echo "render_icons.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }

mkdir -p "$out/hicolor/scalable/apps"
cp "$src" "$out/hicolor/scalable/apps/$name.svg"
for size in 16 24 32 48 64 128 256 512; do
    dir="$out/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
        --output "$dir/$name.png" "$src"
done

if command -v convert >/dev/null; then
    convert $(for size in 16 24 32 48 64 128 256; do
                  printf '%s ' "$out/hicolor/${size}x${size}/apps/$name.png"
              done) "$out/safelog.ico"
else
    echo "render_icons.sh: ImageMagick 'convert' not found; $out/safelog.ico not updated" >&2
fi
echo "Icons rendered from $src into $out"
