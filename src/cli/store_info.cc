// dyad store info: schema version and row counts.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/table_output.h"
#include "dyad/store.h"

namespace dyad::cli {

namespace {

struct StoreArgs {
  std::string store = "dyad.db";
  std::string format;
};

int run_store_info(const StoreArgs& a) {
  RowFormat format;
  if (!parse_row_format(a.format, &format)) {
    std::fprintf(stderr, "dyad: --format is table, jsonl or csv, got %s\n", a.format.c_str());
    return 1;
  }
  const StoreInfo s = open_store(a.store, StoreAccess::kExisting)->info();
  RowPrinter p({"backend", "location", "schema_version", "documents", "sentences", "actors", "mentions", "transfers",
                "events", "pending_groups"},
               {false, false, true, true, true, true, true, true, true, true});
  p.add({s.backend, s.location, std::to_string(s.schema_version), std::to_string(s.documents),
         std::to_string(s.sentences), std::to_string(s.actors), std::to_string(s.mentions), std::to_string(s.transfers),
         std::to_string(s.events), std::to_string(s.pending_groups)});
  p.print(format, stdout);
  return 0;
}

}  // namespace

Subcommand add_store_command(CLI::App& app) {
  auto a = std::make_shared<StoreArgs>();
  CLI::App* cmd = app.add_subcommand("store", "Inspect the store");
  cmd->require_subcommand(1);
  CLI::App* info = cmd->add_subcommand("info", "Schema version and counts");
  info->add_option("--store,-s", a->store, "SQLite file or postgresql:// URL")->capture_default_str();
  info->add_option("--format,-f", a->format, "table (default on a terminal), jsonl or csv");
  return {cmd, [a] { return run_store_info(*a); }};
}

}  // namespace dyad::cli
