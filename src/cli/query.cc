// dyad query: filtered merged events, or their aggregations (--series, --top).
#include "dyad/query.h"

#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/table_output.h"
#include "dyad/series.h"
#include "dyad/store.h"
#include "dyad/writer.h"

namespace dyad::cli {

namespace {

struct QueryArgs {
  std::string store = "dyad.db";
  query::FilterArgs filter;
  std::string series;  // day | week | month
  std::string top;     // actors | dyads
  size_t top_n = 20;
  bool mentions = false;
  std::string format;
};

int run_query(const QueryArgs& a) {
  RowFormat format;
  if (!parse_row_format(a.format, &format)) {
    std::fprintf(stderr, "dyad: --format is table, jsonl or csv, got %s\n", a.format.c_str());
    return 1;
  }
  EventFilter filter;
  if (!make_filter(a.filter, &filter)) return 1;
  const auto period = query::parse_period(a.series);
  if (!a.series.empty() && !period) {
    std::fprintf(stderr, "dyad: --series is day, week or month, got %s\n", a.series.c_str());
    return 1;
  }
  const auto top = query::parse_top_kind(a.top);
  if (!a.top.empty() && !top) {
    std::fprintf(stderr, "dyad: --top is actors or dyads, got %s\n", a.top.c_str());
    return 1;
  }
  auto store = open_store(a.store, StoreAccess::kExisting);
  if (period) {
    RowPrinter(query::series_table(*store, filter, *period)).print(format, stdout);
    return 0;
  }
  if (top) {
    RowPrinter(query::top_table(*store, filter, *top, a.top_n)).print(format, stdout);
    return 0;
  }
  if (format == RowFormat::kJsonl) {
    std::string line;
    store->for_each_event(filter, [&](const StoredEvent& e) {
      line.clear();
      std::vector<MentionLink> links;
      if (a.mentions) links = store->mentions_of(e.event_key);
      query::append_event_json(line, e, a.mentions ? &links : nullptr);
      line.push_back('\n');
      write_output(stdout, line);
    });
    return 0;
  }
  RowPrinter p(query::event_table());
  store->for_each_event(filter, [&](const StoredEvent& e) { p.add(query::event_row(e)); });
  p.print(format, stdout);
  return 0;
}

}  // namespace

Subcommand add_query_command(CLI::App& app) {
  auto a = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand("query", "Find merged events in the store, or aggregate them");
  cmd->add_option("--store,-s", a->store, "SQLite file or postgresql:// URL")->capture_default_str();
  add_filter_options(cmd, a->filter);
  cmd->add_option("--series", a->series, "Time series per dyad: day, week or month");
  cmd->add_option("--top", a->top, "Top actors or dyads by number of events");
  cmd->add_option("--top-n", a->top_n, "Rows of --top")->capture_default_str();
  cmd->add_flag("--mentions", a->mentions, "With jsonl: list the mentions merged into each event");
  cmd->add_option("--format,-f", a->format, "table (default on a terminal), jsonl (otherwise) or csv");
  return {cmd, [a] { return run_query(*a); }};
}

}  // namespace dyad::cli
