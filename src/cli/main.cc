// dyad: the command line over libdyad.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <optional>

#include "cli/commands.h"
#include "dyad/store.h"
#include "dyad/writer.h"

int main(int argc, char** argv) {
  CLI::App app{"dyad — news text to event data: who did what to whom, when and where, and who armed whom.", "dyad"};
  app.set_version_flag("--version", std::string("dyad ") + DYAD_VERSION);
  app.require_subcommand(1);
  dyad::cli::Common common;
  app.add_option("--data", common.data_dir,
                 "Load lexicons and patterns from this directory instead of the embedded data");
  const auto parse_help =
      "Sentences the parser parses: needed (where a trigger and an actor meet; default), all, or none";
  app.add_option("--parse", common.parse, parse_help)->check(CLI::IsMember({"none", "needed", "all"}));

  dyad::cli::CodeArgs code;
  CLI::App* code_cmd = app.add_subcommand("code", "Code documents into event (and transfer) records");
  dyad::cli::add_code_options(code_cmd, code);
  code_cmd->add_option("--parse", common.parse, parse_help)->check(CLI::IsMember({"none", "needed", "all"}));

  dyad::cli::ActorsArgs actors;
  CLI::App* actors_cmd = app.add_subcommand("actors", "Show the actors dyad finds in a text");
  actors_cmd->add_option("text", actors.text, "The text to analyse (with --unknown: files or directories)")->required();
  actors_cmd->add_option("--date", actors.date, "Date the roles are resolved against (YYYY-MM-DD)");
  actors_cmd->add_flag("--unknown", actors.unknown,
                       "List persons introduced with a title and a country that no dictionary has, as .dict lines");
  actors_cmd->add_option("--top", actors.top, "With --unknown: only the N most frequent candidates");
  const dyad::cli::Subcommand lexicon_cmd = dyad::cli::add_lexicon_command(app, common);

  dyad::cli::EvalArgs eval;
  CLI::App* eval_cmd = app.add_subcommand(
      "eval", "Score dyad against gold records: PLOVER events, event types per sentence, or arms transfers (jsonl)");
  eval_cmd
      ->add_option("gold", eval.gold,
                   "Gold file (jsonl with id, date, text and one of: gold{plover, source[], target[]}; "
                   "gold{types[]}; positive, transfers[], tags[])")
      ->required();
  eval_cmd->add_flag("--errors", eval.errors, "List every sentence (or gold transfer) dyad did not get right");

  dyad::cli::RegisterArgs reg;
  CLI::App* register_cmd =
      app.add_subcommand("register", "Aggregate transfers into a SIPRI-shaped register (--sipri to reconcile)");
  dyad::cli::add_register_options(register_cmd, reg);

  CLI::App* info_cmd = app.add_subcommand("info", "Show the compiled lexicons: sizes and load time");
  const dyad::cli::Subcommand store_cmds[] = {
      dyad::cli::add_ingest_command(app, common), dyad::cli::add_query_command(app),
      dyad::cli::add_export_command(app),         dyad::cli::add_store_command(app),
      dyad::cli::add_parse_command(app, common),  dyad::cli::add_train_command(app),
      dyad::cli::add_serve_command(app, common)};

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 1;  // contract §4: bad usage exits 1
  }
  try {
    const int rc = [&] {
      if (*code_cmd) return dyad::cli::run_code(common, code);
      if (*actors_cmd) return dyad::cli::run_actors(common, actors);
      if (*lexicon_cmd.cmd) return lexicon_cmd.run();
      if (*info_cmd) return dyad::cli::run_info(common);
      for (const dyad::cli::Subcommand& s : store_cmds)
        if (*s.cmd) return s.run();
      if (*eval_cmd) return dyad::cli::run_eval(common, eval);
      if (*register_cmd) return dyad::cli::run_register(common, reg);
      return 1;
    }();
    // Whatever a command wrote to stdout, by whichever call: a write that failed
    // (disk full, closed pipe) means the output is cut short, which is fatal.
    dyad::flush_output(stdout);
    return rc;
  } catch (const dyad::StoreUsageError& e) {  // no store where one was named, a query that does not parse
    std::fprintf(stderr, "dyad: %s\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad: %s\n", e.what());
    return 3;
  }
}
