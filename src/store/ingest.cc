// The ingest loop: a oneTBB pipeline like dyad::run (src/serve/run.cc) —
// read (serial, skips known content hashes) → code (parallel) → collect
// (serial, in input order) — whose last stage hands full batches to the Store.
// Only the collect stage touches the Store, so one connection suffices.
//
// Tested by crash_test.cc and store_test.cc (StoreTest.IngestTwiceAddsNothing).
#include "dyad/ingest.h"

#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <chrono>
#include <memory>
#include <unordered_set>

namespace dyad {

IngestStats ingest(const Pipeline& pipeline, Store& store, const IngestOptions& opt, std::FILE* err) {
  IngestStats stats;
  const auto t0 = std::chrono::steady_clock::now();
  auto last_progress = t0;
  std::unordered_set<std::string> known;
  for (std::string& h : store.content_hashes()) known.insert(std::move(h));
  Reader reader(opt.inputs, opt.read, [&](const InputError& e) { std::fprintf(err, "%s\n", e.message().c_str()); });

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

  const int threads = opt.threads > 0 ? opt.threads : 1;
  bool done = false;
  uint64_t known_skipped = 0;  // written by the read stage only
  tbb::task_arena arena(threads);
  arena.execute([&] {
    tbb::parallel_pipeline(
        static_cast<size_t>(threads) * 4,
        tbb::make_filter<void, Document*>(tbb::filter_mode::serial_in_order, [&](tbb::flow_control& fc) -> Document* {
          auto doc = std::make_unique<Document>();
          while (!done) {
            if (!reader.next(*doc)) {
              done = true;
              break;
            }
            ++stats.read;
            if (known.insert(content_hash(*doc)).second) return doc.release();
            ++known_skipped;
          }
          fc.stop();
          return nullptr;
        }) & tbb::make_filter<Document*, Document*>(tbb::filter_mode::parallel, [&](Document* doc) {
          pipeline.process(*doc);
          return doc;
        }) & tbb::make_filter<Document*, void>(tbb::filter_mode::serial_in_order, [&](Document* doc) {
          batch.emplace_back(doc);
          if (batch.size() >= opt.batch) flush();
          if (opt.progress) {
            const auto now = std::chrono::steady_clock::now();
            if (now - last_progress > std::chrono::milliseconds(250)) {
              last_progress = now;
              const double s = std::chrono::duration<double>(now - t0).count();
              const double mb = static_cast<double>(reader.bytes()) / 1e6;
              std::fprintf(err, "\r%llu documents stored, %.1f MB, %.1f MB/s   ",
                           static_cast<unsigned long long>(stats.added), mb, s > 0 ? mb / s : 0.0);
              std::fflush(err);
            }
          }
        }));
  });
  flush();
  stats.skipped += known_skipped;
  if (opt.progress) std::fprintf(err, "\r%*s\r", 60, "");
  stats.groups = store.aggregate(opt.aggregate);
  stats.rejected = reader.rejected();
  stats.bytes = reader.bytes();
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return stats;
}

}  // namespace dyad
