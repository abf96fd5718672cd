#include "dyad/run.h"

#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <chrono>
#include <memory>
#include <mutex>

namespace dyad {

namespace {
struct Slot {
  Document doc;
  std::string out;
};
}  // namespace

RunStats run(const Pipeline& pipeline, const RunOptions& opt, std::FILE* out, std::FILE* err) {
  RunStats stats;
  const auto t0 = std::chrono::steady_clock::now();
  auto last_progress = t0;
  Reader reader(opt.inputs, opt.read, [&](const InputError& e) { std::fprintf(err, "%s\n", e.message().c_str()); });
  const std::string header = table_header(opt.write);
  if (!header.empty()) std::fwrite(header.data(), 1, header.size(), out);

  const int threads = opt.threads > 0 ? opt.threads : 1;
  const size_t in_flight = static_cast<size_t>(threads) * 4;
  // A free list of slots keeps documents' buffers alive across the run: no
  // allocation per document once the buffers have grown.
  std::vector<std::unique_ptr<Slot>> free_slots;
  std::mutex free_mu;
  bool done = false;
  tbb::task_arena arena(threads);
  arena.execute([&] {
    tbb::parallel_pipeline(
        in_flight,
        tbb::make_filter<void, Slot*>(tbb::filter_mode::serial_in_order, [&](tbb::flow_control& fc) -> Slot* {
          if (done) {
            fc.stop();
            return nullptr;
          }
          std::unique_ptr<Slot> slot;
          std::unique_lock lock(free_mu);
          if (!free_slots.empty()) {
            slot = std::move(free_slots.back());
            free_slots.pop_back();
          } else {
            slot = std::make_unique<Slot>();
          }
          lock.unlock();
          if (!reader.next(slot->doc)) {
            done = true;
            fc.stop();
            std::lock_guard relock(free_mu);
            free_slots.push_back(std::move(slot));
            return nullptr;
          }
          return slot.release();
        }) & tbb::make_filter<Slot*, Slot*>(tbb::filter_mode::parallel, [&](Slot* slot) {
          pipeline.process(slot->doc);
          slot->out.clear();
          append_records(slot->doc, pipeline.summary(slot->doc), opt.write, slot->out);
          return slot;
        }) & tbb::make_filter<Slot*, void>(tbb::filter_mode::serial_in_order, [&](Slot* slot) {
          std::fwrite(slot->out.data(), 1, slot->out.size(), out);
          ++stats.documents;
          stats.sentences += slot->doc.sentences.size();
          stats.events += slot->doc.events.size();
          stats.transfers += slot->doc.transfers.size();
          {
            std::lock_guard lock(free_mu);
            free_slots.emplace_back(slot);
          }
          if (opt.progress) {
            auto now = std::chrono::steady_clock::now();
            if (now - last_progress > std::chrono::milliseconds(250)) {
              last_progress = now;
              const double s = std::chrono::duration<double>(now - t0).count();
              const double mb = static_cast<double>(reader.bytes()) / 1e6;
              std::fprintf(err, "\r%llu documents, %.1f MB, %.1f MB/s   ",
                           static_cast<unsigned long long>(stats.documents), mb, s > 0 ? mb / s : 0.0);
              std::fflush(err);
            }
          }
        }));
  });
  std::fflush(out);
  if (opt.progress) std::fprintf(err, "\r%*s\r", 60, "");
  stats.rejected = reader.rejected();
  stats.bytes = reader.bytes();
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return stats;
}

}  // namespace dyad
