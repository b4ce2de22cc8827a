#!/usr/bin/env bash
# Build Debrief and start it on the default collection, with the bundled decks installed.
# The flavour is the one with every feature on this machine: Qt 6 when KF6 Syntax-Highlighting is
# installed, else Qt 5.15 with KF5 (Debian 12 packages no KF6, and without it code renders plain).
# Usage: scripts/run.sh [--qt6|--qt5] [debrief args...]   (e.g. --data-dir DIR, --lang de, FILE...)
set -euo pipefail
DEBRIEF_ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$DEBRIEF_ROOT/scripts/deps.sh"

flavour=""
case "${1:-}" in
  --qt6) flavour=6; shift ;;
  --qt5) flavour=5; shift ;;
esac
debrief_install_deps

# Where CMake would find KF6SyntaxHighlighting's config file (system prefixes and CMAKE_PREFIX_PATH).
have_kf6() {
  local prefix
  for prefix in ${CMAKE_PREFIX_PATH:+${CMAKE_PREFIX_PATH//:/ }} /usr /usr/local; do
    compgen -G "$prefix/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake" >/dev/null && return 0
    compgen -G "$prefix/lib*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake" >/dev/null && return 0
  done
  return 1
}
if [ -z "$flavour" ]; then
  if have_kf6; then
    flavour=6
    echo "Building the Qt 6 flavour: KF6 Syntax-Highlighting is installed (code is highlighted)." >&2
  else
    flavour=5
    echo "Building the Qt 5.15 + KF5 flavour: KF6 Syntax-Highlighting is not installed, and with" >&2
    echo "Qt 6 code would render plain (--qt6 builds it anyway)." >&2
  fi
else
  echo "Building the Qt $flavour flavour (chosen with --qt$flavour)." >&2
fi

BUILD="$DEBRIEF_ROOT/build/run-qt$flavour"
debrief_configure "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQT_MAJOR_VERSION=$flavour
cmake --build "$BUILD" --target debrief debrief-cli -- -j"$(nproc)"

# A ready collection: `init` creates it and installs (or updates) the bundled decks; it is a no-op
# for decks that are already current. Only --data-dir is the CLI's business.
cli_args=()
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case ${args[i]} in
    --data-dir) cli_args+=(--data-dir "${args[i + 1]:-}"); ((i++)) || true ;;
    --data-dir=*) cli_args+=(--data-dir "${args[i]#--data-dir=}") ;;
  esac
done
"$BUILD/cli/debrief-cli" "${cli_args[@]}" init >/dev/null
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting Debrief under xvfb-run (set DISPLAY to see the window)." >&2
  exec xvfb-run -a "$BUILD/app/debrief" "$@"
fi
exec "$BUILD/app/debrief" "$@"
