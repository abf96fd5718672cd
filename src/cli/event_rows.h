// Merged events as printable rows and as JSONL records (the contract event
// record plus first/last seen, the GDELT-style counts and the mention links).
#ifndef DYAD_CLI_EVENT_ROWS_H_
#define DYAD_CLI_EVENT_ROWS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/table_output.h"
#include "dyad/query.h"
#include "dyad/store.h"

namespace dyad::cli {

RowPrinter event_printer();
std::vector<std::string> event_row(const StoredEvent& e);
// One line, no newline. With `links`, a "mentions" array of every merged mention.
void append_event_json(std::string& out, const StoredEvent& e, const std::vector<MentionLink>* links);

// Parses the shared filter options; false (after a message) on a bad value.
using FilterArgs = FilterOptions;
void add_filter_options(CLI::App* cmd, FilterArgs& a);
bool make_filter(const FilterArgs& a, EventFilter* f);

}  // namespace dyad::cli

#endif  // DYAD_CLI_EVENT_ROWS_H_
