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

// The shape of a gold file, from its first record: PLOVER-style events (`gold.plover`), event types
// detected per sentence (`gold.types`, as in the VOA set), or arms-transfer passages (`transfers`).
enum class GoldKind { kUnknown, kPlover, kDetection, kArms };
GoldKind gold_kind(const std::string& gold_path);

// Detection: one record a sentence with `gold.types` (PLOVER types, possibly none). A sentence counts
// a hit for each type both in the gold and among dyad's events, micro-averaged; only the types that
// occur in the gold file are scored (others dyad emits are out of scope).
struct DetectionResult {
  size_t sentences = 0, rejected = 0;
  std::map<std::string, Counts> per_type;
  Counts overall;
  std::vector<std::string> errors;  // malformed lines, then one line per sentence with a missed type
};
DetectionResult evaluate_detection(const Pipeline& pipeline, const std::string& gold_path);

// Arms transfers: one record a passage with `positive`, `transfers` (supplier, recipient, status,
// status_alt, items with designation, text, quantity) and `tags`. A gold transfer is found when a
// transfer dyad emits for the passage has the same supplier and recipient country (null matching
// null) and an item in common (same designation family, else shared item words); each emitted
// transfer matches once. Status and quantity accuracy are over found transfers. Scored on all
// passages and, for each tag, without the passages carrying it ("iran-contra").
struct ArmsCounts {
  Counts transfers;
  size_t on_negatives = 0;                    // transfers emitted on passages with no transfer
  size_t status_right = 0;                    // found transfers whose status is the gold's (or one of status_alt)
  size_t quantities = 0, quantity_right = 0;  // found items with a gold quantity, and those dyad gives
};
struct ArmsEvalResult {
  size_t passages = 0, rejected = 0;
  ArmsCounts all;
  std::map<std::string, ArmsCounts> without_tag;
  std::vector<std::string> errors;  // malformed lines, then one line per missed gold transfer
};
ArmsEvalResult evaluate_arms(const Pipeline& pipeline, const std::string& gold_path);

}  // namespace dyad

#endif  // DYAD_EVAL_H_
