// The dyad subcommands.
#ifndef DYAD_CLI_COMMANDS_H_
#define DYAD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dyad/data.h"
#include "dyad/pipeline.h"
#include "dyad/reader.h"

namespace dyad::cli {

struct Common {
  std::string data_dir;
  std::string parse = "needed";  // --parse none|needed|all
};

struct CodeArgs {
  std::vector<std::string> inputs;
  std::string format;  // default: jsonl
  std::string table = "events";
  std::string input_format = "auto";
  std::string date;
  std::string speaker;
  bool id_from_hash = false;
  int threads = 1;
  bool explain = false;
  bool quiet = false;
};

struct ActorsArgs {
  std::vector<std::string> text;  // the text (words joined by spaces); with --unknown: files or directories
  std::string date;
  bool unknown = false;  // --unknown: candidate actors across a corpus
  int top = 0;           // --top N: only the N most frequent candidates (0: all)
};

struct EvalArgs {
  std::string gold;
  bool errors = false;
};

struct RegisterArgs {
  std::vector<std::string> inputs;
  std::string records;  // --records: transfer records instead of documents
  std::string sipri;
  std::string format;  // default: table on a terminal, jsonl otherwise
  std::string input_format = "auto";
  std::string date;
  bool id_from_hash = false;
  int threads = 1;
  bool quiet = false;
};

void add_code_options(CLI::App* cmd, CodeArgs& a);
void add_register_options(CLI::App* cmd, RegisterArgs& a);
int run_register(const Common& c, const RegisterArgs& a);
int run_code(const Common& c, const CodeArgs& a);
int run_actors(const Common& c, const ActorsArgs& a);
int run_info(const Common& c);
int run_eval(const Common& c, const EvalArgs& a);

// Fills `out` from --input-format, --date and --id-from-hash as every reading
// command takes them; prints the usage error and returns false on bad values.
bool read_options(const std::string& input_format, const std::string& date, bool id_from_hash, ReadOptions& out);

// Loads the data and compiles the pipeline, printing data errors to stderr.
std::unique_ptr<Pipeline> load_pipeline(const Common& c);

// The store subcommands (ingest, query, export, store info): each registers its
// options on `app` and returns the subcommand with the function that runs it.
struct Subcommand {
  CLI::App* cmd;
  std::function<int()> run;
};
Subcommand add_ingest_command(CLI::App& app, const Common& c);
Subcommand add_query_command(CLI::App& app);
Subcommand add_export_command(CLI::App& app);
Subcommand add_store_command(CLI::App& app);
// `dyad lexicon import --format petrarch|tabari FILE`: PETRARCH/TABARI dictionaries -> .dict lines.
Subcommand add_lexicon_command(CLI::App& app, const Common& c);
// `dyad parse` (CoNLL-U) and `dyad train parser`.
Subcommand add_parse_command(CLI::App& app, const Common& c);
Subcommand add_train_command(CLI::App& app);
// `dyad serve`: the JSON API and the dashboard over a store.
Subcommand add_serve_command(CLI::App& app, const Common& c);

}  // namespace dyad::cli

#endif  // DYAD_CLI_COMMANDS_H_
