#!/usr/bin/env bash
# Runs the Python tests (python/tests: the module dyad, dyad.dask, the stdin/stdout contract)
# against the build in BUILD_DIR (default build/) with Debian's python3. Called by scripts/test.sh.
# PostgreSQL tests need DYAD_TEST_PG; bench.jsonl tests need ../shared; both skip without.
set -euo pipefail
cd "$(dirname "$0")/.."
export DYAD_BUILD_DIR=${DYAD_BUILD_DIR:-${BUILD_DIR:-build}}
export PYTHONDONTWRITEBYTECODE=1
# Arguments replace the default selection (python/tests): scripts/test-python.sh python/tests/test_dask.py -x
if [ $# -eq 0 ]; then set -- python/tests; fi
exec /usr/bin/python3 -m pytest -p no:cacheprovider -q "$@"
