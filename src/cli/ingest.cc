// dyad ingest FILES…: code documents and store them (src/store/ingest.cc).
#include "dyad/ingest.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "dyad/store.h"

namespace dyad::cli {

namespace {

struct IngestArgs {
  std::vector<std::string> inputs;
  std::string store = "dyad.db";
  std::string input_format = "auto";
  std::string date;
  std::string speaker;
  bool id_from_hash = false;
  int threads = 1;
  size_t batch = 256;
  int window = 3;
  bool quiet = false;
};

uint64_t file_size(const std::string& location) {
  std::error_code ec;
  uint64_t total = 0;
  const std::string path = location.starts_with("sqlite:") ? location.substr(7) : location;
  for (const char* suffix : {"", "-wal"}) {
    const auto n = std::filesystem::file_size(path + suffix, ec);
    if (!ec) total += n;
  }
  return total;
}

int run_ingest(const Common& c, const IngestArgs& a) {
  IngestOptions opt;
  opt.inputs = a.inputs;
  if (!read_options(a.input_format, a.date, a.id_from_hash, opt.read)) return 1;
  opt.read.speaker = a.speaker;
  opt.threads = a.threads;
  opt.batch = a.batch;
  opt.aggregate.window_days = a.window;
  opt.progress = !a.quiet && isatty(STDERR_FILENO);
  auto store = open_store(a.store);
  auto pipeline = load_pipeline(c);
  const IngestStats s = ingest(*pipeline, *store, opt, stderr);
  store.reset();  // close: the WAL is checkpointed into the file measured below
  if (!a.quiet) {
    const double mb = static_cast<double>(s.bytes) / 1e6;
    const bool postgres = a.store.starts_with("postgres");
    std::fprintf(stderr,
                 "dyad: ingest: %llu documents read, %llu added, %llu already stored, %llu rejected; "
                 "%llu event mentions, %llu transfers, %llu event groups merged "
                 "(%.2f s, %.0f documents/s, %.2f MB/s)",
                 static_cast<unsigned long long>(s.read), static_cast<unsigned long long>(s.added),
                 static_cast<unsigned long long>(s.skipped), static_cast<unsigned long long>(s.rejected),
                 static_cast<unsigned long long>(s.mentions), static_cast<unsigned long long>(s.transfers),
                 static_cast<unsigned long long>(s.groups), s.seconds,
                 s.seconds > 0 ? static_cast<double>(s.read) / s.seconds : 0.0, s.seconds > 0 ? mb / s.seconds : 0.0);
    if (!postgres) std::fprintf(stderr, "; store %.1f MB", static_cast<double>(file_size(a.store)) / 1e6);
    std::fprintf(stderr, "\n");
  }
  return s.rejected ? 2 : 0;
}

}  // namespace

Subcommand add_ingest_command(CLI::App& app, const Common& c) {
  auto a = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand("ingest", "Code documents and add them to the store (once per content)");
  cmd->add_option("inputs", a->inputs, "Files or directories (jsonl, dated-text, text; .gz/.zst); - or none: stdin");
  cmd->add_option("--store,-s", a->store, "SQLite file or postgresql:// URL")->capture_default_str();
  cmd->add_option("--input-format", a->input_format, "auto, jsonl, dated-text or text");
  cmd->add_option("--date", a->date, "Date of plain-text documents (YYYY-MM-DD)");
  cmd->add_flag("--id-from-hash", a->id_from_hash, "Derive missing jsonl ids from the text");
  cmd->add_option("--speaker", a->speaker, "Actor code of the speaker of documents that name none (\"SYR\")");
  cmd->add_option("--threads,-j", a->threads, "Documents coded in parallel")->check(CLI::Range(1, 256));
  cmd->add_option("--batch", a->batch, "Documents per transaction")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  cmd->add_option("--window", a->window, "Days within which mentions of the same happening merge")
      ->check(CLI::Range(0, 365))
      ->capture_default_str();
  cmd->add_flag("--quiet,-q", a->quiet, "No summary line on stderr");
  return {cmd, [a, &c] { return run_ingest(c, *a); }};
}

}  // namespace dyad::cli
