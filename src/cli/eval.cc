#include "dyad/eval.h"

#include <cstdio>

#include "cli/commands.h"

namespace dyad::cli {

namespace {

// Prints the malformed lines; exit 2 when there were any.
int finish(const std::vector<std::string>& errors, size_t rejected) {
  if (!rejected) return 0;
  for (const std::string& e : errors)
    if (e.find(": not a gold record") != std::string::npos) std::fprintf(stderr, "%s\n", e.c_str());
  return 2;
}

void print_counts(const char* name, const Counts& k) {
  std::printf("%-16s %5zu %5zu %5zu  %9.3f %6.3f %5.3f\n", name, k.tp, k.fp, k.fn, k.precision(), k.recall(), k.f1());
}

int run_detection(const Pipeline& pipeline, const EvalArgs& a) {
  const DetectionResult r = evaluate_detection(pipeline, a.gold);
  std::printf("sentences %zu; detection per sentence and type, micro-averaged\n\n", r.sentences);
  std::printf("%-16s %5s %5s %5s  %9s %6s %5s\n", "type", "tp", "fp", "fn", "precision", "recall", "f1");
  for (const auto& [type, k] : r.per_type) print_counts(type.c_str(), k);
  print_counts("all", r.overall);
  if (a.errors)
    for (const std::string& e : r.errors)
      if (e.find(": not a gold record") == std::string::npos) std::printf("%s\n", e.c_str());
  return finish(r.errors, r.rejected);
}

int run_arms(const Pipeline& pipeline, const EvalArgs& a) {
  const ArmsEvalResult r = evaluate_arms(pipeline, a.gold);
  std::printf("passages %zu; transfers matched on supplier, recipient and an item\n\n", r.passages);
  std::printf("%-24s %5s %5s %5s  %9s %6s %5s  %9s %8s %8s\n", "passages", "tp", "fp", "fn", "precision", "recall",
              "f1", "negatives", "status", "quantity");
  auto line = [](const std::string& name, const ArmsCounts& k) {
    const Counts& t = k.transfers;
    std::printf("%-24s %5zu %5zu %5zu  %9.3f %6.3f %5.3f  %9zu %4zu/%-3zu %4zu/%-3zu\n", name.c_str(), t.tp, t.fp, t.fn,
                t.precision(), t.recall(), t.f1(), k.on_negatives, k.status_right, t.tp, k.quantity_right,
                k.quantities);
  };
  line("all", r.all);
  for (const auto& [tag, k] : r.without_tag) line("without " + tag, k);
  if (a.errors)
    for (const std::string& e : r.errors)
      if (e.find(": not a gold record") == std::string::npos) std::printf("%s\n", e.c_str());
  return finish(r.errors, r.rejected);
}

}  // namespace

int run_eval(const Common& c, const EvalArgs& a) {
  const GoldKind kind = gold_kind(a.gold);
  if (kind == GoldKind::kUnknown) {
    std::fprintf(stderr,
                 "dyad eval: %s: not a gold file (no gold.plover, gold.types or transfers in its first record)\n",
                 a.gold.c_str());
    return 1;
  }
  auto pipeline = load_pipeline(c);
  if (kind == GoldKind::kDetection) return run_detection(*pipeline, a);
  if (kind == GoldKind::kArms) return run_arms(*pipeline, a);
  EvalResult r = evaluate(*pipeline, a.gold);
  auto pct = [](size_t n, size_t d) { return d ? 100.0 * static_cast<double>(n) / static_cast<double>(d) : 0.0; };
  std::printf("sentences                      %zu\n", r.sentences);
  std::printf("type correct                   %zu (%.1f%%)\n", r.type_correct, pct(r.type_correct, r.sentences));
  std::printf("type + source + target correct %zu (%.1f%%)\n", r.full_correct, pct(r.full_correct, r.sentences));
  std::printf("events per sentence            %.2f\n", r.events_per_sentence());
  std::printf("type precision / recall / F1   %.3f / %.3f / %.3f\n\n", r.overall.precision(), r.overall.recall(),
              r.overall.f1());
  std::printf("%-10s %5s %5s %5s  %9s %6s %5s\n", "type", "tp", "fp", "fn", "precision", "recall", "f1");
  for (const auto& [type, k] : r.per_type)
    std::printf("%-10s %5zu %5zu %5zu  %9.3f %6.3f %5.3f\n", type.c_str(), k.tp, k.fp, k.fn, k.precision(), k.recall(),
                k.f1());
  if (a.errors)
    for (const std::string& e : r.errors) std::printf("%s\n", e.c_str());
  return finish(r.errors, r.rejected);
}

}  // namespace dyad::cli
