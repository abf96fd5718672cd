// Evaluation against gold records shaped like the PLOVER gold standard:
// one JSON object a line with `id`, `date`, `text` and `gold` {plover, source[],
// target[]} where each actor has a `code`. dyad codes each text and is scored
// per type, on type only, on type + source + target, and on events per sentence.
#ifndef DYAD_EVAL_H_
#define DYAD_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "dyad/pipeline.h"

namespace dyad {

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0; }
  double recall() const { return tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct EvalResult {
  size_t sentences = 0, events = 0, rejected = 0;
  size_t type_correct = 0;  // sentences with an event of the gold type
  size_t full_correct = 0;  // … with the gold source and target too
  std::map<std::string, Counts> per_type;
  Counts overall;
  std::vector<std::string> errors;  // one line per sentence not fully correct
  double events_per_sentence() const { return sentences ? static_cast<double>(events) / sentences : 0; }
};

// Reads GOLD (jsonl) and scores `pipeline` on it. Malformed lines are counted
// in `rejected` and reported in `errors` as "file:line: reason".
EvalResult evaluate(const Pipeline& pipeline, const std::string& gold_path);

}  // namespace dyad

#endif  // DYAD_EVAL_H_
