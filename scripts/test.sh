#!/usr/bin/env bash
# Build both flavours (Qt 6 default; Qt 5.15 with KF5 Syntax-Highlighting) and run every CTest suite.
# Usage: scripts/test.sh [ctest args...]
set -euo pipefail
DEBRIEF_ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$DEBRIEF_ROOT/scripts/deps.sh"
debrief_install_deps

export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/debrief-runtime-$(id -u)}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
jobs=$(nproc)

status=0
for flavour in 6 5; do
  build="$DEBRIEF_ROOT/build/test-qt$flavour"
  echo "=== Qt $flavour: configure and build ==="
  debrief_configure "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQT_MAJOR_VERSION=$flavour
  cmake --build "$build" -- -j"$jobs"
  echo "=== Qt $flavour: tests ==="
  (cd "$build" && ctest --output-on-failure -j"$jobs" --timeout 600 "$@") || status=1
done
exit $status
