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
  clang-15 libfuzzer-15-dev llvm-15
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

# The default tree's tests run the fuzz targets and the sanitized suites of the fuzz tree
# (clang 15, ASan + UBSan, build-fuzz): CI requires it, so a missing tree fails, not skips.
cmake --preset default -DLEADSCOUT_REQUIRE_FUZZ_TREE=ON
cmake --build --preset default
cmake --preset fuzz
cmake --build --preset fuzz
