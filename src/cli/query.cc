// dyad query: filtered merged events, or their aggregations (--series, --top).
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/event_rows.h"
#include "cli/table_output.h"
#include "dyad/series.h"
#include "dyad/store.h"
#include "dyad/writer.h"

namespace dyad::cli {

namespace {

struct QueryArgs {
  std::string store = "dyad.db";
  FilterArgs filter;
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
  auto period = aggregate::parse_period(a.series);
  if (!a.series.empty() && !period) {
    std::fprintf(stderr, "dyad: --series is day, week or month, got %s\n", a.series.c_str());
    return 1;
  }
  if (!a.top.empty() && a.top != "actors" && a.top != "dyads") {
    std::fprintf(stderr, "dyad: --top is actors or dyads, got %s\n", a.top.c_str());
    return 1;
  }
  auto store = open_store(a.store, StoreAccess::kExisting);
  if (period) {
    aggregate::Series series(*period);
    store->for_each_event(filter, [&](const StoredEvent& e) { series.add(e); });
    RowPrinter p({"period", "source", "target", "events", "mentions", "goldstein_sum", "goldstein_mean", "quad1",
                  "quad2", "quad3", "quad4"},
                 {false, false, false, true, true, true, true, true, true, true, true});
    for (const aggregate::SeriesRow& r : series.rows())
      p.add({r.period, r.source, r.target, std::to_string(r.events), std::to_string(r.mentions),
             fixed(r.goldstein_sum, 1), fixed(r.goldstein_mean(), 2), std::to_string(r.quad[0]),
             std::to_string(r.quad[1]), std::to_string(r.quad[2]), std::to_string(r.quad[3])});
    p.print(format, stdout);
    return 0;
  }
  if (!a.top.empty()) {
    std::vector<StoredEvent> events;
    store->for_each_event(filter, [&](const StoredEvent& e) { events.push_back(e); });
    const auto kind = a.top == "actors" ? aggregate::TopKind::kActors : aggregate::TopKind::kDyads;
    RowPrinter p({a.top == "actors" ? "actor" : "dyad", "events", "mentions"}, {false, true, true});
    for (const aggregate::TopRow& r : aggregate::top(events, kind, a.top_n))
      p.add({r.key, std::to_string(r.events), std::to_string(r.mentions)});
    p.print(format, stdout);
    return 0;
  }
  if (format == RowFormat::kJsonl) {
    std::string line;
    store->for_each_event(filter, [&](const StoredEvent& e) {
      line.clear();
      std::vector<MentionLink> links;
      if (a.mentions) links = store->mentions_of(e.event_key);
      append_event_json(line, e, a.mentions ? &links : nullptr);
      line.push_back('\n');
      write_output(stdout, line);
    });
    return 0;
  }
  RowPrinter p = event_printer();
  store->for_each_event(filter, [&](const StoredEvent& e) { p.add(event_row(e)); });
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
