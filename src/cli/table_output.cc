#include "cli/table_output.h"

#include <unistd.h>

#include "dyad/json.h"
#include "dyad/writer.h"

namespace dyad::cli {

bool parse_row_format(const std::string& name, RowFormat* out) {
  if (name.empty()) {
    *out = isatty(STDOUT_FILENO) ? RowFormat::kTable : RowFormat::kJsonl;
  } else if (name == "table") {
    *out = RowFormat::kTable;
  } else if (name == "jsonl") {
    *out = RowFormat::kJsonl;
  } else if (name == "csv") {
    *out = RowFormat::kCsv;
  } else {
    return false;
  }
  return true;
}

namespace {

// Display width in code points (UTF-8 continuation bytes do not count).
size_t width(const std::string& s) {
  size_t w = 0;
  for (unsigned char c : s) w += (c & 0xC0) != 0x80;
  return w;
}

void csv_cell(std::string& out, const std::string& v) {
  if (v.find_first_of(",\"\n\r") == std::string::npos) {
    out += v;
    return;
  }
  out.push_back('"');
  for (char c : v) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

}  // namespace

void RowPrinter::print(RowFormat f, std::FILE* out) const {
  std::string s;
  const std::vector<std::string>& columns_ = table_.columns;
  const std::vector<bool>& numeric_ = table_.numeric;
  const std::vector<std::vector<std::string>>& rows_ = table_.rows;
  const size_t n = columns_.size();
  if (f == RowFormat::kJsonl) {
    for (size_t i = 0; i < rows_.size(); ++i) {
      query::append_json_row(s, table_, i);
      s.push_back('\n');
    }
  } else if (f == RowFormat::kCsv) {
    for (size_t i = 0; i < n; ++i) {
      if (i) s.push_back(',');
      csv_cell(s, columns_[i]);
    }
    s.push_back('\n');
    for (const auto& row : rows_) {
      for (size_t i = 0; i < n; ++i) {
        if (i) s.push_back(',');
        csv_cell(s, row[i]);
      }
      s.push_back('\n');
    }
  } else {
    std::vector<size_t> w(n);
    for (size_t i = 0; i < n; ++i) w[i] = width(columns_[i]);
    for (const auto& row : rows_)
      for (size_t i = 0; i < n; ++i) w[i] = std::max(w[i], width(row[i]));
    auto line = [&](const std::vector<std::string>& cells) {
      for (size_t i = 0; i < n; ++i) {
        const std::string pad(w[i] - width(cells[i]), ' ');
        if (numeric_[i])
          s += pad + cells[i];
        else
          s += cells[i] + (i + 1 < n ? pad : "");
        if (i + 1 < n) s += "  ";
      }
      s.push_back('\n');
    };
    line(columns_);
    for (const auto& row : rows_) line(row);
  }
  write_output(out, s);
}

void add_filter_options(CLI::App* cmd, query::FilterArgs& a) {
  for (const query::FilterOption& o : query::filter_options())
    cmd->add_option(std::string("--") + o.name, a.*o.field, o.help);
  cmd->add_option("--limit", a.limit, "At most this many events (0: all)");
}

bool make_filter(const query::FilterArgs& a, EventFilter* f) {
  const std::string error = query::make_filter(a, f, "--");
  if (error.empty()) return true;
  std::fprintf(stderr, "dyad: %s\n", error.c_str());
  return false;
}

}  // namespace dyad::cli
