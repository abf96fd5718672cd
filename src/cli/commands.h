// The dyad subcommands.
#ifndef DYAD_CLI_COMMANDS_H_
#define DYAD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "dyad/data.h"
#include "dyad/pipeline.h"

namespace dyad::cli {

struct Common {
  std::string data_dir;
};

struct CodeArgs {
  std::vector<std::string> inputs;
  std::string format;  // default: jsonl
  std::string table = "events";
  std::string input_format = "auto";
  std::string date;
  bool id_from_hash = false;
  int threads = 1;
  bool explain = false;
  bool quiet = false;
};

struct ActorsArgs {
  std::string text;
  std::string date;
};

struct EvalArgs {
  std::string gold;
  bool errors = false;
};

void add_code_options(CLI::App* cmd, CodeArgs& a);
int run_code(const Common& c, const CodeArgs& a);
int run_actors(const Common& c, const ActorsArgs& a);
int run_info(const Common& c);
int run_eval(const Common& c, const EvalArgs& a);

// Loads the data and compiles the pipeline, printing data errors to stderr.
std::unique_ptr<Pipeline> load_pipeline(const Common& c);

}  // namespace dyad::cli

#endif  // DYAD_CLI_COMMANDS_H_
