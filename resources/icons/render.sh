#!/usr/bin/env bash
# Renders the committed PNG and ICO files from the SVG sources (Debian: librsvg2-bin, imagemagick).
# The 16 px size has its own drawing on the pixel grid; every other size comes from the main SVG.
set -euo pipefail
cd "$(dirname "$0")"
name=org.sprechtag.Sprechtag
rsvg-convert -w 16 -h 16 "$name-16.svg" -o "$name-16.png"
for size in 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" "$name.svg" -o "$name-$size.png"
done
convert "$name-16.png" "$name-24.png" "$name-32.png" "$name-48.png" "$name-256.png" sprechtag.ico
