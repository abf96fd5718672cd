#include "dyad/run.h"

#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <chrono>
#include <memory>
#include <mutex>

namespace dyad {

namespace {
struct Slot {
  std::unique_ptr<Document> doc = std::make_unique<Document>();
  std::string scratch;
};
}  // namespace

RunStats code_stream(const Pipeline& pipeline, const RunOptions& opt, const StreamHooks& hooks, std::FILE* err) {
  RunStats stats;
  const auto t0 = std::chrono::steady_clock::now();
  auto last_progress = t0;
  Reader reader(opt.inputs, opt.read, [&](const InputError& e) { std::fprintf(err, "%s\n", e.message().c_str()); });
  const int threads = opt.threads > 0 ? opt.threads : 1;
  // A free list of slots keeps documents' buffers alive across the run: no
  // allocation per document once the buffers have grown.
  std::vector<std::unique_ptr<Slot>> free_slots;
  std::mutex free_mu;
  auto take_slot = [&] {
    std::lock_guard lock(free_mu);
    if (free_slots.empty()) return std::make_unique<Slot>();
    auto slot = std::move(free_slots.back());
    free_slots.pop_back();
    return slot;
  };
  auto give_slot = [&](std::unique_ptr<Slot> slot) {
    if (!slot->doc) slot->doc = std::make_unique<Document>();  // taken by the consumer
    std::lock_guard lock(free_mu);
    free_slots.push_back(std::move(slot));
  };
  bool done = false;
  tbb::task_arena arena(threads);
  arena.execute([&] {
    tbb::parallel_pipeline(
        static_cast<size_t>(threads) * 4,
        tbb::make_filter<void, Slot*>(tbb::filter_mode::serial_in_order, [&](tbb::flow_control& fc) -> Slot* {
          auto slot = take_slot();
          while (!done) {
            if (!reader.next(*slot->doc)) {
              done = true;
              break;
            }
            if (!hooks.keep || hooks.keep(*slot->doc)) return slot.release();
          }
          give_slot(std::move(slot));
          fc.stop();
          return nullptr;
        }) & tbb::make_filter<Slot*, Slot*>(tbb::filter_mode::parallel, [&](Slot* slot) {
          pipeline.process(*slot->doc);
          slot->scratch.clear();
          if (hooks.prepare) hooks.prepare(*slot->doc, slot->scratch);
          return slot;
        }) & tbb::make_filter<Slot*, void>(tbb::filter_mode::serial_in_order, [&](Slot* raw) {
          std::unique_ptr<Slot> slot(raw);
          ++stats.documents;
          stats.sentences += slot->doc->sentences.size();
          stats.events += slot->doc->events.size();
          stats.transfers += slot->doc->transfers.size();
          if (hooks.consume) hooks.consume(slot->doc, slot->scratch);
          give_slot(std::move(slot));
          if (hooks.progress_label) {
            auto now = std::chrono::steady_clock::now();
            if (now - last_progress > std::chrono::milliseconds(250)) {
              last_progress = now;
              const double s = std::chrono::duration<double>(now - t0).count();
              const double mb = static_cast<double>(reader.bytes()) / 1e6;
              std::fprintf(err, "\r%llu %s, %.1f MB, %.1f MB/s   ", static_cast<unsigned long long>(stats.documents),
                           hooks.progress_label, mb, s > 0 ? mb / s : 0.0);
              std::fflush(err);
            }
          }
        }));
  });
  if (hooks.progress_label) std::fprintf(err, "\r%*s\r", 60, "");
  stats.rejected = reader.rejected();
  stats.bytes = reader.bytes();
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return stats;
}

RunStats run(const Pipeline& pipeline, const RunOptions& opt, std::FILE* out, std::FILE* err) {
  const std::string header = table_header(opt.write);
  write_output(out, header);
  StreamHooks hooks;
  hooks.prepare = [&](Document& doc, std::string& scratch) {
    append_records(doc, pipeline.summary(doc), opt.write, scratch);
  };
  hooks.consume = [&](std::unique_ptr<Document>&, std::string& scratch) {
    write_output(out, scratch);  // a failed write ends the run (OutputError)
  };
  if (opt.progress) hooks.progress_label = "documents";
  RunStats stats = code_stream(pipeline, opt, hooks, err);
  flush_output(out);
  return stats;
}

}  // namespace dyad
