// Rows of named columns printed as an aligned table (on a terminal), JSONL or
// CSV — the output of `dyad query` and `dyad store info`.
#ifndef DYAD_CLI_TABLE_OUTPUT_H_
#define DYAD_CLI_TABLE_OUTPUT_H_

#include <cstdio>
#include <string>
#include <vector>

namespace dyad::cli {

enum class RowFormat { kTable, kJsonl, kCsv };

// "" picks table on a terminal and jsonl otherwise. Returns false for unknown names.
bool parse_row_format(const std::string& name, RowFormat* out);

class RowPrinter {
 public:
  // Numeric columns are written unquoted in JSONL and right-aligned in tables.
  RowPrinter(std::vector<std::string> columns, std::vector<bool> numeric)
      : columns_(std::move(columns)), numeric_(std::move(numeric)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void print(RowFormat f, std::FILE* out) const;

 private:
  std::vector<std::string> columns_;
  std::vector<bool> numeric_;
  std::vector<std::vector<std::string>> rows_;
};

std::string fixed(double v, int decimals);

}  // namespace dyad::cli

#endif  // DYAD_CLI_TABLE_OUTPUT_H_
