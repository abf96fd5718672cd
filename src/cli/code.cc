#include <unistd.h>

#include <cstdio>

#include "cli/commands.h"
#include "dyad/run.h"

namespace dyad::cli {

std::unique_ptr<Pipeline> load_pipeline(const Common& c) {
  Data data = c.data_dir.empty() ? Data::embedded() : Data::from_directory(c.data_dir);
  std::vector<std::string> errors;
  PipelineOptions options;
  if (c.parse == "none") options.parse = ParseMode::kNone;
  if (c.parse == "all") options.parse = ParseMode::kAll;
  auto p = std::make_unique<Pipeline>(data, &errors, options);
  for (const std::string& e : errors) std::fprintf(stderr, "dyad: data: %s\n", e.c_str());
  // Keep the Data alive: embedded data is static; directory data is copied by the pipeline.
  return p;
}

bool read_options(const std::string& input_format, const std::string& date, bool id_from_hash, ReadOptions& out) {
  auto fmt = parse_input_format(input_format);
  if (!fmt) {
    std::fprintf(stderr, "dyad: unknown --input-format %s\n", input_format.c_str());
    return false;
  }
  out.format = *fmt;
  if (!date.empty()) {
    out.date = parse_iso_date(date);
    if (!out.date) {
      std::fprintf(stderr, "dyad: --date must be YYYY-MM-DD, got %s\n", date.c_str());
      return false;
    }
  }
  out.id_from_hash = id_from_hash;
  return true;
}

void add_code_options(CLI::App* cmd, CodeArgs& a) {
  cmd->add_option("inputs", a.inputs, "Files or directories (jsonl, dated-text, text; .gz/.zst); - or none: stdin");
  cmd->add_option("--format,-f", a.format, "jsonl (default when stdout is not a terminal), csv, tsv, gdelt");
  cmd->add_option("--table", a.table, "With csv/tsv: events, transfers or documents");
  cmd->add_option("--input-format", a.input_format, "auto, jsonl, dated-text or text");
  cmd->add_option("--date", a.date, "Date of plain-text documents (YYYY-MM-DD)");
  cmd->add_flag("--id-from-hash", a.id_from_hash, "Derive missing jsonl ids from the text");
  cmd->add_option(
      "--speaker", a.speaker,
      "Actor code of the speaker of documents that name none (\"SYR\"): \"we\", \"our country\" resolve to it");
  cmd->add_option("--threads,-j", a.threads, "Documents coded in parallel (output order is kept)")
      ->check(CLI::Range(1, 256));
  cmd->add_flag("--explain", a.explain, "Add the patterns and lexicon entries behind each record");
  cmd->add_flag("--quiet,-q", a.quiet, "No summary line on stderr");
}

int run_code(const Common& c, const CodeArgs& a) {
  RunOptions opt;
  opt.inputs = a.inputs;
  if (!read_options(a.input_format, a.date, a.id_from_hash, opt.read)) return 1;
  opt.read.speaker = a.speaker;
  auto out_fmt = parse_output_format(a.format.empty() ? "jsonl" : a.format);
  auto table = parse_table(a.table);
  if (!out_fmt || !table) {
    std::fprintf(stderr, "dyad: unknown --format or --table\n");
    return 1;
  }
  opt.write.format = *out_fmt;
  opt.write.table = *table;
  opt.write.explain = a.explain;
  opt.threads = a.threads;
  opt.progress = !a.quiet && isatty(STDERR_FILENO);
  auto pipeline = load_pipeline(c);
  RunStats s = run(*pipeline, opt, stdout, stderr);
  if (!a.quiet) {
    const double mb = static_cast<double>(s.bytes) / 1e6;
    std::fprintf(stderr,
                 "dyad: %llu documents, %llu sentences, %llu events, %llu transfers, %llu rejected "
                 "(%.1f MB in %.2f s, %.1f MB/s)\n",
                 static_cast<unsigned long long>(s.documents), static_cast<unsigned long long>(s.sentences),
                 static_cast<unsigned long long>(s.events), static_cast<unsigned long long>(s.transfers),
                 static_cast<unsigned long long>(s.rejected), mb, s.seconds, s.seconds > 0 ? mb / s.seconds : 0.0);
  }
  return s.rejected ? 2 : 0;
}

}  // namespace dyad::cli
