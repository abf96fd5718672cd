// The ingest loop on dyad::code_stream (src/run/run.cc): documents whose content
// hash is known are dropped after reading; coded documents are collected in input
// order and handed to the Store in batches. Only the collecting stage touches the
// Store, so one connection suffices.
//
// Tested by crash_test.cc and store_test.cc (StoreTest.IngestTwiceAddsNothing).
#include "dyad/ingest.h"

#include <chrono>
#include <memory>
#include <unordered_set>

#include "dyad/run.h"

namespace dyad {

IngestStats ingest(const Pipeline& pipeline, Store& store, const IngestOptions& opt, std::FILE* err) {
  IngestStats stats;
  const auto t0 = std::chrono::steady_clock::now();
  std::unordered_set<std::string> known;
  for (std::string& h : store.content_hashes()) known.insert(std::move(h));

  std::vector<std::unique_ptr<Document>> batch;
  auto flush = [&] {
    if (batch.empty()) return;
    std::vector<const Document*> docs;
    for (const auto& d : batch) docs.push_back(d.get());
    const IngestResult r = store.ingest(docs);
    stats.added += r.added;
    stats.skipped += r.skipped;
    for (const auto& d : batch) {
      stats.mentions += d->events.size();
      stats.transfers += d->transfers.size();
    }
    batch.clear();
  };

  uint64_t known_skipped = 0;  // written by the read stage only
  StreamHooks hooks;
  hooks.keep = [&](const Document& doc) {
    ++stats.read;
    if (known.insert(content_hash(doc)).second) return true;
    ++known_skipped;
    return false;
  };
  hooks.consume = [&](std::unique_ptr<Document>& doc, std::string&) {
    batch.push_back(std::move(doc));
    if (batch.size() >= opt.batch) flush();
  };
  if (opt.progress) hooks.progress_label = "documents coded";
  RunOptions run;
  run.inputs = opt.inputs;
  run.read = opt.read;
  run.threads = opt.threads;
  const RunStats coded = code_stream(pipeline, run, hooks, err);
  flush();
  stats.skipped += known_skipped;
  stats.groups = store.aggregate(opt.aggregate);
  stats.rejected = coded.rejected;
  stats.bytes = coded.bytes;
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return stats;
}

}  // namespace dyad
