#!/usr/bin/env bash
# Validates the freedesktop files Debrief installs, from the source tree (CTest: packaging_metadata):
# the desktop entry (desktop-file-validate), the AppStream metainfo (appstreamcli, offline), the
# shared-mime-info XML (compiled with update-mime-database, then looked up), and that the three
# agree on which file types Debrief opens.
# Usage: check-metadata.sh PACKAGING_DIR
set -euo pipefail
dir=$1
id=io.github.debrief.Debrief
status=0
fail() { echo "FAIL: $*" >&2; status=1; }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is missing (Debian package $2; scripts/deps.sh installs it)" >&2; exit 1; }; }
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need update-mime-database shared-mime-info
need xmllint libxml2-utils

desktop-file-validate "$dir/$id.desktop" || fail "desktop-file-validate $id.desktop"
appstreamcli validate --no-net --explain "$dir/$id.metainfo.xml" || fail "appstreamcli validate $id.metainfo.xml"

# Compile the MIME package alone and check each glob resolves to its type.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/mime/packages"
cp "$dir/$id.mime.xml" "$scratch/mime/packages/$id.xml"
xmllint --noout "$scratch/mime/packages/$id.xml" || fail "MIME XML is not well-formed"
XDG_DATA_HOME="$scratch" PKGSYSTEM_ENABLE_FSYNC=0 update-mime-database "$scratch/mime" 2>"$scratch/umd.err" || fail "update-mime-database"
if grep -q . "$scratch/umd.err"; then cat "$scratch/umd.err" >&2; fail "update-mime-database warned"; fi
for pair in apkg:application/x-apkg colpkg:application/x-colpkg deck:application/x-debrief-deck; do
  grep -qx "50:${pair#*:}:\*\.${pair%%:*}" "$scratch/mime/globs2" || fail "*.${pair%%:*} is not mapped to ${pair#*:}"
done

# The three lists of types must be the same set.
mime_types=$(grep -o 'mime-type type="[^"]*"' "$dir/$id.mime.xml" | cut -d'"' -f2 | sort)
desktop_types=$(sed -n 's/^MimeType=//p' "$dir/$id.desktop" | tr ';' '\n' | sed '/^$/d' | sort)
metainfo_types=$(grep -o '<mediatype>[^<]*' "$dir/$id.metainfo.xml" | cut -d'>' -f2 | sort)
[ "$mime_types" = "$desktop_types" ] || fail "desktop MimeType ($desktop_types) differs from the MIME XML ($mime_types)"
[ "$mime_types" = "$metainfo_types" ] || fail "metainfo mediatypes ($metainfo_types) differ from the MIME XML ($mime_types)"
grep -q '^Exec=debrief %F$' "$dir/$id.desktop" || fail "Exec must pass the files (%F)"

[ $status -eq 0 ] && echo "desktop entry, metainfo and MIME types valid and consistent"
exit $status
