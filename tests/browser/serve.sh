#!/bin/sh
# Builds a fresh store of the example document and a document full of HTML, then
# serves it on 127.0.0.1:$1, with the invented SIPRI fixture, until Playwright stops it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dyad=${DYAD_BINARY:-$root/${DYAD_BUILD_DIR:-build}/dyad}
out="$here/output"
mkdir -p "$out"
rm -f "$out/store.db" "$out/store.db-wal" "$out/store.db-shm"
"$dyad" ingest -q --store "$out/store.db" "$root/examples" "$here/fixtures/documents.jsonl"
exec "$dyad" serve --store "$out/store.db" --listen "127.0.0.1:$1" \
  --sipri "$root/src/aggregate/testdata/sipri-fixture.csv"
