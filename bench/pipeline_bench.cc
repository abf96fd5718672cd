// Throughput of the pipeline stages (Google Benchmark). Runs on the first
// documents of ../shared/corpora/bench.jsonl when it exists (DYAD_BENCH_CORPUS
// overrides the path), else on the bundled example article repeated.
//
//   build/dyad_bench --benchmark_filter=Pipeline
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dyad/pipeline.h"
#include "dyad/reader.h"
#include "dyad/text.h"

namespace {

std::vector<dyad::Document> corpus() {
  static std::vector<dyad::Document> docs = [] {
    std::vector<dyad::Document> out;
    const char* env = std::getenv("DYAD_BENCH_CORPUS");
    std::string path = env ? env : std::string(DYAD_SOURCE_DIR) + "/../shared/corpora/bench.jsonl";
    if (!std::filesystem::exists(path)) path = std::string(DYAD_SOURCE_DIR) + "/examples";
    dyad::Reader reader({path}, {}, nullptr);
    dyad::Document d;
    size_t bytes = 0;
    while (bytes < (8u << 20) && reader.next(d)) {
      bytes += d.text.size();
      out.push_back(d);
    }
    return out;
  }();
  return docs;
}

size_t total_bytes(const std::vector<dyad::Document>& docs) {
  size_t n = 0;
  for (const auto& d : docs) n += d.text.size();
  return n;
}

void BM_TokenizeSegment(benchmark::State& state) {
  auto docs = corpus();
  auto rules = dyad::SegmentationRules::load(dyad::Data::embedded(), nullptr);
  for (auto _ : state) {
    for (auto& d : docs) {
      dyad::tokenize(d);
      dyad::segment(d, rules);
      benchmark::DoNotOptimize(d.sentences.size());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(docs)));
}
BENCHMARK(BM_TokenizeSegment)->Unit(benchmark::kMillisecond);

// Arg: the parse mode (0 none, 1 needed: the default, 2 all sentences).
void BM_Pipeline(benchmark::State& state) {
  auto docs = corpus();
  dyad::PipelineOptions options;
  options.parse = static_cast<dyad::ParseMode>(state.range(0));
  static dyad::Pipeline* pipelines[3] = {};
  if (!pipelines[state.range(0)])
    pipelines[state.range(0)] = new dyad::Pipeline(dyad::Data::embedded(), nullptr, options);
  const dyad::Pipeline& pipeline = *pipelines[state.range(0)];
  size_t parsed = 0, sentences = 0;
  for (auto _ : state) {
    for (auto& d : docs) {
      pipeline.process(d);
      benchmark::DoNotOptimize(d.events.size());
      sentences += d.sentences.size();
      for (const auto& s : d.sentences)
        parsed += !d.syntax.empty() && s.first_token < s.end_token && d.syntax[s.first_token].parsed();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(docs)));
  state.counters["parsed_share"] = sentences ? static_cast<double>(parsed) / static_cast<double>(sentences) : 0;
}
BENCHMARK(BM_Pipeline)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

void BM_LoadLexicons(benchmark::State& state) {
  for (auto _ : state) {
    dyad::Pipeline p(dyad::Data::embedded());
    benchmark::DoNotOptimize(p.stats().vocabulary);
  }
}
BENCHMARK(BM_LoadLexicons)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
