// Tables (dyad/query.h) printed as an aligned table (on a terminal), JSONL or
// CSV — the output of `dyad query`, `dyad export --format csv` and `dyad store info` —
// and the filter options every store command shares.
#ifndef DYAD_CLI_TABLE_OUTPUT_H_
#define DYAD_CLI_TABLE_OUTPUT_H_

#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "dyad/query.h"

namespace dyad::cli {

enum class RowFormat { kTable, kJsonl, kCsv };

// "" picks table on a terminal and jsonl otherwise. Returns false for unknown names.
bool parse_row_format(const std::string& name, RowFormat* out);

class RowPrinter {
 public:
  // Numeric columns are written unquoted in JSONL and right-aligned in tables.
  RowPrinter(std::vector<std::string> columns, std::vector<bool> numeric)
      : table_{std::move(columns), std::move(numeric), {}} {}
  explicit RowPrinter(query::Table table) : table_(std::move(table)) {}
  void add(std::vector<std::string> row) { table_.rows.push_back(std::move(row)); }
  void print(RowFormat f, std::FILE* out) const;

 private:
  query::Table table_;
};

// The filters of query::filter_options() as --NAME options, and --limit.
void add_filter_options(CLI::App* cmd, query::FilterArgs& a);
// Checks the filters; false (after a message on stderr) on a bad value.
bool make_filter(const query::FilterArgs& a, EventFilter* f);

}  // namespace dyad::cli

#endif  // DYAD_CLI_TABLE_OUTPUT_H_
