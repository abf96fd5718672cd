// Query: the filters and aggregations of `dyad query`, one implementation for
// the command line and `dyad serve`. A filter parameter has one name in both
// (`--dyad RUS,MLI`, `?dyad=RUS,MLI`), is checked by one function, and every
// result is a Table whose columns and cells are the same in a terminal table,
// CSV, JSONL and the server's JSON.
//
// Tested by src/query/query_test.cc and, through the CLI, tests/cli_test.cc.
#ifndef DYAD_QUERY_H_
#define DYAD_QUERY_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/register.h"
#include "dyad/series.h"
#include "dyad/sipri.h"
#include "dyad/store.h"

namespace dyad::query {

// The filters as given, before they are checked.
struct FilterArgs {
  std::string actor, country, sector, dyad, type, cameo, from, to, location_country, status, text;
  size_t limit = 0;
};

// The text filters by name ("location-country"), in the order `--help` lists
// them; --limit, a number, is read by each front end.
struct FilterOption {
  const char* name;
  const char* help;
  std::string FilterArgs::*field;
};
const std::vector<FilterOption>& filter_options();

// Checks `a` and fills `f`. Returns the reason for the first bad value, naming
// the parameter with `prefix` before its name ("--dyad takes A,B …"), or "".
std::string make_filter(const FilterArgs& a, EventFilter* f, std::string_view prefix);

// "day" | "week" | "month", and "actors" | "dyads".
std::optional<aggregate::Period> parse_period(std::string_view name);
std::optional<aggregate::TopKind> parse_top_kind(std::string_view name);

// A result: named columns of cells as written ("8.0"); numeric columns are
// right-aligned in tables and unquoted in JSON.
struct Table {
  std::vector<std::string> columns;
  std::vector<bool> numeric;
  std::vector<std::vector<std::string>> rows;
};
// Row `i` as one JSON object (no newline): numeric cells as numbers (empty: null).
void append_json_row(std::string& out, const Table& t, size_t i);
std::string fixed(double v, int decimals);

// Merged events as rows (`dyad query`'s table), and as JSON records: the contract
// event record plus first/last seen, the GDELT-style counts and, with `links`, a
// "mentions" array.
Table event_table();
std::vector<std::string> event_row(const StoredEvent& e);
void append_event_json(std::string& out, const StoredEvent& e, const std::vector<MentionLink>* links);

// `--series`: events per period, per directed dyad (or all together), with
// Goldstein sums and counts by QuadClass.
Table series_table(Store& store, const EventFilter& filter, aggregate::Period period, bool per_dyad = true);
// `--top`: the `n` actors or dyads with most events (0: all).
Table top_table(Store& store, const EventFilter& filter, aggregate::TopKind kind, size_t n);
// Where events took place: one row per place (name, country, lat, lon) with its
// events and mentions, most events first; at most `n` rows (0: all).
Table places_table(Store& store, const EventFilter& filter, size_t n);

// The register of the store's transfer mentions, rows named after countries, and
// reconciled with `sipri` when given (known-deal / new-in-the-news).
std::vector<RegisterRow> register_rows(Store& store, const CountryNames& countries, const SipriRegister* sipri);

}  // namespace dyad::query

#endif  // DYAD_QUERY_H_
