#!/usr/bin/env bash
# Build Debrief (Qt 6) and start it on the default collection, with the bundled decks installed.
# Usage: scripts/run.sh [debrief args...]   (e.g. --data-dir DIR)
set -euo pipefail
DEBRIEF_ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$DEBRIEF_ROOT/scripts/deps.sh"
debrief_install_deps

BUILD="$DEBRIEF_ROOT/build/run-qt6"
debrief_configure "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD" --target debrief debrief-cli -- -j"$(nproc)"

# A ready collection: `init` creates it and installs (or updates) the bundled decks; it is a no-op
# for decks that are already current.
"$BUILD/cli/debrief-cli" "$@" init >/dev/null
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting Debrief under xvfb-run (set DISPLAY to see the window)." >&2
  exec xvfb-run -a "$BUILD/app/debrief" "$@"
fi
exec "$BUILD/app/debrief" "$@"
