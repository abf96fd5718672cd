// Filling a Register: from documents coded on N threads (the same oneTBB
// pipeline shape as serve/run.cc — read in order, code in parallel, add in
// order) or from transfer records already written by `dyad code`.
//
// Tested by src/aggregate/register_test.cc and tests/register_cli_test.cc.
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>

#include "dyad/json.h"
#include "dyad/register.h"
#include "read/byte_source.h"

namespace dyad {

RunStats register_documents(const Pipeline& pipeline, const RunOptions& opt, Register& reg, std::FILE* err) {
  RunStats stats;
  const auto t0 = std::chrono::steady_clock::now();
  Reader reader(opt.inputs, opt.read, [&](const InputError& e) { std::fprintf(err, "%s\n", e.message().c_str()); });
  const int threads = opt.threads > 0 ? opt.threads : 1;
  std::vector<std::unique_ptr<Document>> free_docs;  // reused: no allocation per document once grown
  std::mutex free_mu;
  bool done = false;
  tbb::task_arena arena(threads);
  arena.execute([&] {
    tbb::parallel_pipeline(
        static_cast<size_t>(threads) * 4,
        tbb::make_filter<void, Document*>(tbb::filter_mode::serial_in_order, [&](tbb::flow_control& fc) -> Document* {
          std::unique_ptr<Document> doc;
          {
            std::lock_guard lock(free_mu);
            if (!free_docs.empty()) {
              doc = std::move(free_docs.back());
              free_docs.pop_back();
            }
          }
          if (!doc) doc = std::make_unique<Document>();
          if (done || !reader.next(*doc)) {
            done = true;
            fc.stop();
            return nullptr;
          }
          return doc.release();
        }) & tbb::make_filter<Document*, Document*>(tbb::filter_mode::parallel, [&](Document* doc) {
          pipeline.process(*doc);
          return doc;
        }) & tbb::make_filter<Document*, void>(tbb::filter_mode::serial_in_order, [&](Document* doc) {
          reg.add(*doc);
          ++stats.documents;
          stats.sentences += doc->sentences.size();
          stats.events += doc->events.size();
          stats.transfers += doc->transfers.size();
          std::lock_guard lock(free_mu);
          free_docs.emplace_back(doc);
        }));
  });
  stats.rejected = reader.rejected();
  stats.bytes = reader.bytes();
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return stats;
}

size_t register_records(const std::string& path, Register& reg, std::vector<std::string>* errors) {
  LineReader lines(open_source(path));
  std::vector<Transfer> transfers;
  std::map<std::string, Date> doc_dates;
  std::string line, why;
  for (uint64_t n = 1; lines.next(line); ++n) {
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (line.find("\"record\":\"transfer\"") != std::string::npos) {
      Transfer t;
      if (parse_json(line, t, &why))
        transfers.push_back(std::move(t));
      else if (errors)
        errors->push_back(path + ":" + std::to_string(n) + ": " + why);
    } else if (line.find("\"record\":\"document\"") != std::string::npos) {
      DocumentSummary d;
      if (parse_json(line, d, &why)) {
        if (d.date) doc_dates[d.doc_id] = *d.date;
      } else if (errors) {
        errors->push_back(path + ":" + std::to_string(n) + ": " + why);
      }
    }
  }
  for (const Transfer& t : transfers) {
    MentionContext context;
    if (auto it = doc_dates.find(t.doc_id); it != doc_dates.end()) context.doc_date = it->second;
    context.source = source_of("", "", t.doc_id);
    reg.add(t, context);
  }
  return transfers.size();
}

}  // namespace dyad
