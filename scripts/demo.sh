#!/usr/bin/env bash
# Builds dyad and codes the bundled example documents (the README's first command).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build/dyad code examples/
