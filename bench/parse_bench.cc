// Tagger and parser throughput (Google Benchmark): every sentence of the corpus
// of pipeline_bench.cc (the first 8 MB of ../shared/corpora/bench.jsonl, else the
// bundled example), tokenised and segmented once, then tagged and parsed.
//
//   build/dyad_bench --benchmark_filter='Parse|Tag'
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>

#include "dyad/parse.h"
#include "dyad/parse_stage.h"
#include "dyad/reader.h"
#include "dyad/text.h"

namespace {

struct Corpus {
  std::vector<dyad::Document> docs;
  size_t sentences = 0, tokens = 0;
};

const Corpus& corpus() {
  static Corpus c = [] {
    Corpus out;
    const char* env = std::getenv("DYAD_BENCH_CORPUS");
    std::string path = env ? env : std::string(DYAD_SOURCE_DIR) + "/../shared/corpora/bench.jsonl";
    if (!std::filesystem::exists(path)) path = std::string(DYAD_SOURCE_DIR) + "/examples";
    dyad::Reader reader({path}, {}, nullptr);
    const auto rules = dyad::SegmentationRules::load(dyad::Data::embedded(), nullptr);
    dyad::Document d;
    size_t bytes = 0;
    while (bytes < (8u << 20) && reader.next(d)) {
      bytes += d.text.size();
      dyad::tokenize(d);
      dyad::segment(d, rules);
      out.sentences += d.sentences.size();
      out.tokens += d.tokens.size();
      out.docs.push_back(d);
    }
    return out;
  }();
  return c;
}

const dyad::ParserModel& model() {
  static std::unique_ptr<dyad::ParserModel> m =
      dyad::ParserModel::load(dyad::Data::embedded().file(dyad::kParserModelFile));
  return *m;
}

// Tag + parse every sentence through the pipeline's parse stage.
void BM_ParseSentences(benchmark::State& state) {
  Corpus c = corpus();
  static const dyad::ParseStage stage(model(), dyad::Data::embedded());
  for (auto _ : state) {
    for (auto& d : c.docs)
      for (size_t si = 0; si < d.sentences.size(); ++si) stage.parse_sentence(d, si);
  }
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(c.sentences * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(c.tokens * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParseSentences)->Unit(benchmark::kMillisecond);

// The tagger alone.
void BM_TagSentences(benchmark::State& state) {
  const Corpus& c = corpus();
  std::vector<dyad::ParseWord> words;
  std::vector<dyad::WordSyntax> out;
  for (auto _ : state) {
    for (const auto& d : c.docs)
      for (const auto& s : d.sentences) {
        words.clear();
        for (uint32_t t = s.first_token; t < s.end_token; ++t)
          words.push_back({d.surface(d.tokens[t]), d.norm(d.tokens[t])});
        model().tag(words, out);
        benchmark::DoNotOptimize(out.data());
      }
  }
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(c.sentences * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagSentences)->Unit(benchmark::kMillisecond);

void BM_LoadParser(benchmark::State& state) {
  const dyad::Data data = dyad::Data::embedded();
  for (auto _ : state) {
    auto m = dyad::ParserModel::load(data.file(dyad::kParserModelFile));
    benchmark::DoNotOptimize(m.get());
  }
}
BENCHMARK(BM_LoadParser)->Unit(benchmark::kMillisecond);

}  // namespace
