#!/usr/bin/env bash
# Remakes main-window.png and letter.png from the real program on the example data.
# Needs xvfb, xauth, xdotool, imagemagick, poppler-utils. Usage: docs/screenshots/make.sh [PROGRAM]
# (default /usr/bin/sprechtag, the installed package). The clicks are screen positions for the German
# interface on a 1366x768 screen: check the pictures before committing them.
set -euo pipefail
app=$(realpath "${1:-/usr/bin/sprechtag}")
out=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/home" "$tmp/run"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" LANG=de_DE.UTF-8
unset QT_QPA_PLATFORM
"$app" --database "$tmp/demo.sqlite" demo

cat >"$tmp/shot.sh" <<SHOT
#!/bin/bash
"$app" --database "$tmp/demo.sqlite" --language de &
pid=\$!
sleep 5                                  # the window maps; no window manager runs
xdotool mousemove 150 193 click 1        # the day 25.03.2021 in the day list
sleep 1
import -window root "$tmp/screen.png"
kill \$pid
SHOT
xvfb-run -a -s "-screen 0 1366x768x24" bash "$tmp/shot.sh"
# The window takes 90 % of the screen at the top left.
convert "$tmp/screen.png" -crop 1229x691+0+0 +repage "$out/main-window.png"

"$app" --database "$tmp/demo.sqlite" --language de letters --date 2021-03-25 --output "$tmp/letters.pdf"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$tmp/letters.pdf" "$tmp/letter"
convert "$tmp/letter.png" -bordercolor '#b0b0b0' -border 1 "$out/letter.png"
