// dyad export: every merged event (or those matching the filters) as GDELT 2.0
// event rows, JSONL records with their mention links, or CSV.
#include <cstdio>
#include <memory>
#include <string_view>

#include "cli/commands.h"
#include "cli/table_output.h"
#include "dyad/store.h"
#include "dyad/writer.h"

namespace dyad::cli {

namespace {

struct ExportArgs {
  std::string store = "dyad.db";
  std::string format = "jsonl";
  query::FilterArgs filter;
};

// GDELT columns 32-34 (1-based): NumMentions, NumSources, NumArticles.
constexpr size_t kNumMentionsColumn = 31;

// append_gdelt writes one mention's row; the merged event's counts replace its 1, 1, 1.
std::string gdelt_row(const StoredEvent& e) {
  std::string row;
  append_gdelt(e.event, e.url, row);
  size_t start = 0;
  for (size_t col = 0; col < kNumMentionsColumn; ++col) start = row.find('\t', start) + 1;
  size_t end = start;
  for (int k = 0; k < 3; ++k) end = row.find('\t', end) + 1;
  const std::string counts = std::to_string(e.num_mentions) + "\t" + std::to_string(e.num_sources) + "\t" +
                             std::to_string(e.num_articles) + "\t";
  row.replace(start, end - start, counts);
  return row;
}

int run_export(const ExportArgs& a) {
  if (a.format != "gdelt" && a.format != "jsonl" && a.format != "csv") {
    std::fprintf(stderr, "dyad: --format is gdelt, jsonl or csv, got %s\n", a.format.c_str());
    return 1;
  }
  EventFilter filter;
  if (!make_filter(a.filter, &filter)) return 1;
  auto store = open_store(a.store, StoreAccess::kExisting);
  if (a.format == "csv") {
    RowPrinter p(query::event_table());
    store->for_each_event(filter, [&](const StoredEvent& e) { p.add(query::event_row(e)); });
    p.print(RowFormat::kCsv, stdout);
    return 0;
  }
  std::string line;
  store->for_each_event(filter, [&](const StoredEvent& e) {
    line.clear();
    if (a.format == "gdelt") {
      line = gdelt_row(e);
    } else {
      const std::vector<MentionLink> links = store->mentions_of(e.event_key);
      query::append_event_json(line, e, &links);
    }
    line.push_back('\n');
    write_output(stdout, line);
  });
  return 0;
}

}  // namespace

Subcommand add_export_command(CLI::App& app) {
  auto a = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand("export", "Write the merged events: GDELT 2.0 event rows, jsonl or csv");
  cmd->add_option("--store,-s", a->store, "SQLite file or postgresql:// URL")->capture_default_str();
  cmd->add_option("--format,-f", a->format, "gdelt, jsonl or csv")->capture_default_str();
  add_filter_options(cmd, a->filter);
  return {cmd, [a] { return run_export(*a); }};
}

}  // namespace dyad::cli
