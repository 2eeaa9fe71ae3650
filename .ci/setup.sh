#!/usr/bin/env bash
# Installs every Debian 12 package LeadScout needs to build, test and run, then configures and
# builds it with Ninja (ccache when present). Run as root on a fresh machine; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libxkbcommon-dev qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6
  libspdlog-dev libfmt-dev libxlsxwriter-dev libsqlite3-dev libphonenumber-dev zlib1g-dev
  qt6-translations-l10n sqlite3 unzip xvfb xauth postgresql dpkg-dev file
  librsvg2-bin help2man lintian desktop-file-utils appstream xdg-utils
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi

cmake --preset default
cmake --build --preset default
