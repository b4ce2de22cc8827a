#!/usr/bin/env bash
# Installs the Debian 12 packages Debrief needs, when they are missing and we may install
# (root, or sudo without a password). Sourced by run.sh and test.sh.
set -euo pipefail

DEBRIEF_PACKAGES=(
  cmake g++ ninja-build ccache pkg-config
  libsqlite3-dev libzip-dev libzstd-dev libprotobuf-dev protobuf-compiler
  libxlsxwriter-dev poppler-utils unzip python3-jsonschema   # reports: .xlsx; tests read them back
  libgumbo-dev   # HtmlSanitizer parses card HTML as a browser would
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libvulkan-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-webengine-dev qt6-multimedia-dev
  qtbase5-dev libqt5charts5-dev libqt5svg5-dev qttools5-dev qttools5-dev-tools
  libkf5syntaxhighlighting-dev qtwebengine5-dev qtmultimedia5-dev
  libjs-mathjax fonts-mathjax fonts-noto-color-emoji   # math offline; emoji in deck names
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good libqt5multimedia5-plugins   # card audio
  xvfb xauth sqlite3 zstd python3
  file dpkg-dev help2man lintian appstream desktop-file-utils shared-mime-info libxml2-utils bash-completion   # .deb, man pages, validation
)

debrief_install_deps() {
  local missing=()
  for p in "${DEBRIEF_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      echo "Missing packages: ${missing[*]}" >&2
      echo "Install them with: sudo apt-get install ${missing[*]}" >&2
      return 1
    fi
  fi
  echo "Installing ${#missing[@]} Debian package(s): ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# debrief_configure BUILD_DIR [cmake args...]
debrief_configure() {
  local dir=$1; shift
  local gen=()
  command -v ninja >/dev/null && gen=(-G Ninja)
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$DEBRIEF_ROOT" -B "$dir" "${gen[@]}" "${launcher[@]}" "$@"
  else
    cmake -S "$DEBRIEF_ROOT" -B "$dir" "$@" >/dev/null
  fi
}
