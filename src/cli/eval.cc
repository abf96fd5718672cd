#include "dyad/eval.h"

#include <cstdio>

#include "cli/commands.h"

namespace dyad::cli {

int run_eval(const Common& c, const EvalArgs& a) {
  auto pipeline = load_pipeline(c);
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
  if (r.rejected) {
    for (const std::string& e : r.errors)
      if (e.find(": not a gold record") != std::string::npos) std::fprintf(stderr, "%s\n", e.c_str());
    return 2;
  }
  return 0;
}

}  // namespace dyad::cli
