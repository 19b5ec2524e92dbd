#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree, installs it with apt-get (which pulls its
# dependencies) and runs the installed /usr/bin/sprechtag: --version, German help, and a round trip
# demo -> days -> schedule -> letters -> export against a temporary database. Uses sudo when not root.
# Usage: packaging/linux/check-package.sh BUILD_DIR
set -euo pipefail
build=$(realpath "${1:?usage: check-package.sh BUILD_DIR}")
if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi

rm -f "$build"/sprechtag_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/sprechtag_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "expected one package, found: ${debs[*]}"; exit 1; }
deb=${debs[0]}
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

# The dependencies dpkg-shlibdeps cannot see must be there, next to the ones it found.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6sql6-sqlite qt6-translations-l10n libqt6widgets6 libxlsxwriter libical3 libicu; do
    grep -q "$needed" <<<"$depends" || { echo "Depends lacks $needed"; exit 1; }
done
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/sprechtag ./usr/share/applications/org.sprechtag.Sprechtag.desktop \
    ./usr/share/metainfo/org.sprechtag.Sprechtag.metainfo.xml \
    ./usr/share/icons/hicolor/16x16/apps/org.sprechtag.Sprechtag.png \
    ./usr/share/icons/hicolor/256x256/apps/org.sprechtag.Sprechtag.png \
    ./usr/share/icons/hicolor/scalable/apps/org.sprechtag.Sprechtag.svg ./usr/share/doc/sprechtag/copyright; do
    grep -q " $path\$" <<<"$contents" || { echo "package lacks $path"; exit 1; }
done

DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install --reinstall -y -q --no-install-recommends "$deb" >/dev/null
desktop-file-validate /usr/share/applications/org.sprechtag.Sprechtag.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.sprechtag.Sprechtag.metainfo.xml >/dev/null

# The installed program, as a user would start it: no display and no platform chosen for it, and a
# fresh home so that neither settings nor files of the machine's user are touched.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/home" "$tmp/run"
app() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" \
        /usr/bin/sprechtag "$@"
}
want_version="Sprechtag $(dpkg-deb -f "$deb" Version)"
got_version=$(app --version)
[ "$got_version" = "$want_version" ] || { echo "--version said '$got_version', not '$want_version'"; exit 1; }
app --language de --help | grep -q "Befehle" || { echo "no German help"; exit 1; }

db="$tmp/round-trip.sqlite"
app --database "$db" demo
[ "$(app --database "$db" days | wc -l)" -ge 3 ] || { echo "days lists fewer than 3 days"; exit 1; }
app --database "$db" schedule --date 2021-03-25 --output "$tmp/plan.pdf"
app --database "$db" letters --date 2021-03-25 --output "$tmp/letters.pdf"
for ext in csv xlsx ics; do
    app --database "$db" export --output "$tmp/bookings.$ext"
done
for f in plan.pdf letters.pdf bookings.csv bookings.xlsx bookings.ics; do
    [ -s "$tmp/$f" ] || { echo "$f is missing or empty"; exit 1; }
    [ "$(stat -c %a "$tmp/$f")" = 600 ] || { echo "$f is not 0600"; exit 1; }
done
for f in plan.pdf letters.pdf; do
    [ "$(head -c 5 "$tmp/$f")" = "%PDF-" ] || { echo "$f is not a PDF"; exit 1; }
done
grep -q "BEGIN:VCALENDAR" "$tmp/bookings.ics" || { echo "bookings.ics is not iCalendar"; exit 1; }
echo "installed package: --version, German help and the round trip work"
