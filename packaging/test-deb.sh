#!/usr/bin/env bash
# CTest packaging_deb: builds the .deb of this build folder with CPack, unpacks it into a scratch
# root with `dpkg -x`, checks its file list and its derived dependencies, and runs the unpacked
# debrief-cli (--version, init, import of a real Anki fixture) and `debrief --version`, which must
# work without a display. Runs lintian when present; its expected findings are in packaging/README.md.
# Usage: test-deb.sh BUILD_DIR SHARED_DIR
set -euo pipefail
build=$1
shared=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log" >&2; fail "cpack -G DEB"; }
deb=$(ls "$scratch"/out/*.deb)
echo "built $(basename "$deb")"

# The file list: everything a desktop install needs, and nothing from the build (tests, libs).
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' | sort >"$scratch/files"
id=io.github.debrief.Debrief
expected=(
  /usr/bin/debrief /usr/bin/debrief-cli
  /usr/share/applications/$id.desktop
  /usr/share/metainfo/$id.metainfo.xml
  /usr/share/mime/packages/$id.xml
  /usr/share/icons/hicolor/scalable/apps/$id.svg
  /usr/share/man/man1/debrief.1.gz /usr/share/man/man1/debrief-cli.1.gz
  /usr/share/bash-completion/completions/debrief-cli
  /usr/share/doc/debrief/copyright /usr/share/doc/debrief/changelog.Debian.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=(/usr/share/icons/hicolor/${size}x${size}/apps/$id.png)
done
printf '%s\n' "${expected[@]}" | sort >"$scratch/expected"
if ! diff -u "$scratch/expected" "$scratch/files"; then
  fail "the package's file list differs from the expected one (- expected, + packaged)"
fi

# dpkg-shlibdeps ran: Qt, SQLite and libzip come from the binaries, not from a hand-written list.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt libsqlite3 libzip libc6; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib (CPACK_DEBIAN_PACKAGE_SHLIBDEPS)"
done

root="$scratch/root"
dpkg -x "$deb" "$root"
cli="$root/usr/bin/debrief-cli"
version=$(LC_ALL=C.UTF-8 LANGUAGE= "$cli" --version)
[ "$version" = "debrief-cli $(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')" ] || fail "debrief-cli --version printed '$version'"
app_version=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= XDG_CONFIG_HOME="$scratch/config" LC_ALL=C.UTF-8 LANGUAGE= "$root/usr/bin/debrief" --version)
grep -q "^Debrief " <<<"$app_version" || fail "debrief --version without a display printed '$app_version'"
# help2man's page is made from --help: it must describe the options.
zcat "$root/usr/share/man/man1/debrief-cli.1.gz" | grep -q -- 'data\\-dir' || fail "debrief-cli.1 lacks --data-dir"
# ... and each command's own options, from its --help (the COMMANDS section).
zcat "$root/usr/share/man/man1/debrief-cli.1.gz" | grep -q -- '^\.SH COMMANDS' || fail "debrief-cli.1 lacks COMMANDS"
zcat "$root/usr/share/man/man1/debrief-cli.1.gz" | grep -q -- 'as\\-new' || fail "debrief-cli.1 lacks import --as-new"

data="$scratch/data"
"$cli" --data-dir "$data" init >/dev/null || fail "debrief-cli init"
decks_before=$("$cli" --data-dir "$data" decks)
fixture="$shared/fixtures/anki/media.apkg"   # one note with an image: the media path is exercised too
[ -f "$fixture" ] || fail "fixture $fixture not found"
imported=$("$cli" --data-dir "$data" import "$fixture") || fail "debrief-cli import $(basename "$fixture")"
echo "$imported"
grep -q "added 1," <<<"$imported" || fail "the import did not add the fixture's note"
decks_after=$("$cli" --data-dir "$data" decks)
[ "$decks_after" != "$decks_before" ] || fail "the deck counts did not change after the import"
"$cli" --data-dir "$data" check >/dev/null || fail "debrief-cli check after the import"

if command -v lintian >/dev/null; then
  # Tags we have explained in packaging/README.md are overridden there; anything else fails.
  lintian --tag-display-limit 0 --suppress-tags-from-file "$(dirname "$0")/lintian-expected" "$deb" | tee "$scratch/lintian" || true
  if grep -E '^(E|W):' "$scratch/lintian"; then
    fail "lintian found errors or warnings not explained in packaging/README.md"
  fi
else
  echo "lintian not installed: skipped"
fi
echo "package ok: $(wc -l <"$scratch/files") files"
