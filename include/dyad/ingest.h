// Ingest: reads documents, codes the new ones with a Pipeline on N threads and
// writes them to a Store in batches, then merges mentions into events.
//
// Documents whose content hash is already stored (or seen earlier in the same
// run) are skipped before coding. Each batch is one transaction, so a killed
// ingest loses at most the batch in flight and a rerun completes it.
#ifndef DYAD_INGEST_H_
#define DYAD_INGEST_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "dyad/pipeline.h"
#include "dyad/reader.h"
#include "dyad/store.h"

namespace dyad {

struct IngestOptions {
  std::vector<std::string> inputs;
  ReadOptions read;
  int threads = 1;
  size_t batch = 256;  // documents per transaction
  AggregateOptions aggregate;
  bool progress = false;  // a progress line on `err`
};

struct IngestStats {
  uint64_t read = 0;       // documents read
  uint64_t added = 0;      // documents written
  uint64_t skipped = 0;    // already stored (same content hash)
  uint64_t rejected = 0;   // unreadable input
  uint64_t mentions = 0;   // event mentions written
  uint64_t transfers = 0;  // transfer mentions written
  uint64_t groups = 0;     // event groups recomputed
  uint64_t bytes = 0;      // bytes of document text read
  double seconds = 0;
};

// Errors about rejected documents go to `err` as "file:line: reason". Store
// errors throw StoreError (committed batches stay committed).
IngestStats ingest(const Pipeline& pipeline, Store& store, const IngestOptions& options, std::FILE* err);

}  // namespace dyad

#endif  // DYAD_INGEST_H_
