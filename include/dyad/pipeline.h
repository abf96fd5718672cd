// Pipeline: the chain of stages over one Document —
// normalise+segment → recognise (dates, actors, equipment) → code (events,
// transfers) → resolve. Built once from the data (lexicons compiled at
// start-up), then used read-only from any number of threads.
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/data.h"
#include "dyad/document.h"
#include "dyad/parse.h"
#include "dyad/record.h"

namespace dyad {

struct PipelineStats {
  size_t vocabulary = 0, actor_entries = 0, actor_aliases = 0, event_patterns = 0, transfer_frames = 0, equipment = 0,
         cameo_codes = 0;
  double load_ms = 0;
  double parser_load_ms = 0;  // part of load_ms
  size_t parser_tags = 0, parser_relations = 0, parser_features = 0;
};

// Which sentences the parse stage parses: none, those the coders read the tree
// of (the default: an actor, a transfer frame's trigger and an equipment item),
// or all.
enum class ParseMode { kNone, kNeeded, kAll };
struct PipelineOptions {
  ParseMode parse = ParseMode::kNeeded;
};

class Pipeline {
 public:
  // Compiles every lexicon and pattern list in `data`. Malformed lines are
  // reported in `errors` ("file:line: reason") and skipped.
  explicit Pipeline(const Data& data, std::vector<std::string>* errors = nullptr, PipelineOptions options = {});
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Runs every stage on `doc` (its text and metadata set by a Reader). Thread-safe.
  void process(Document& doc) const;
  DocumentSummary summary(const Document& doc) const;
  const PipelineStats& stats() const;
  // The parser model, or nullptr when the data has none (parsing is then off).
  const ParserModel* parser() const;

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_
