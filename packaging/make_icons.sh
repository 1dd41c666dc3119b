#!/bin/sh
# Regenerate packaging/icons/ from the app icon, assets/icons/teachapp.svg.
#   sh packaging/make_icons.sh
# Writes <size>x<size>.png for the hicolor sizes and teachapp.ico (Windows) from the
# same drawing the window and tray use, so the menu, window and tray agree. The
# scalable icon is installed straight from assets/icons/teachapp.svg.
# Needs rsvg-convert (apt: librsvg2-bin); ImageMagick `convert` is used for the .ico
# and, when it has an SVG renderer, as a fallback for the PNGs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src="$here/../assets/icons/teachapp.svg"
out="$here/icons"
sizes="16 22 24 32 48 64 128 256 512"

[ -f "$src" ] || { echo "make_icons: $src is missing; draw the app icon first." >&2; exit 1; }
mkdir -p "$out"

render() {  # render SIZE FILE
    if command -v rsvg-convert >/dev/null 2>&1; then
        rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio --format png \
            --output "$2" "$src"
    elif command -v convert >/dev/null 2>&1 && convert -list format | grep -qi ' svg'; then
        convert -background none -density 384 "$src" -resize "$1x$1" "png32:$2"
    else
        echo "make_icons: need rsvg-convert (apt-get install librsvg2-bin)." >&2
        exit 1
    fi
}

for size in $sizes; do
    render "$size" "$out/${size}x${size}.png"
done

# Windows: one .ico with the sizes Explorer and the taskbar ask for.
if command -v convert >/dev/null 2>&1; then
    convert "$out/16x16.png" "$out/24x24.png" "$out/32x32.png" "$out/48x48.png" \
        "$out/64x64.png" "$out/128x128.png" "$out/256x256.png" "$out/teachapp.ico"
fi
# macOS .icns is made on a Mac (iconutil); see packaging/README.md.
echo "make_icons: wrote $(ls "$out" | wc -l) files to $out"
