#!/usr/bin/env bash
# Builds dyad and runs the whole test suite (the README's second command): ctest, then pytest.
#   scripts/test.sh             Release build
#   SANITIZE=ON BUILD_DIR=build-asan scripts/test.sh    under ASan+UBSan
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
BUILD_DIR=${BUILD_DIR:-build}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)"
# The Python module is not built under the sanitizers: its tests skip there, the CLI's run.
BUILD_DIR="$BUILD_DIR" scripts/test-python.sh
