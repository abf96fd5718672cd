// Tables as JSON objects, and fixed-point numbers as every output writes them.
#include <cstdio>

#include "dyad/json.h"
#include "dyad/query.h"

namespace dyad::query {

void append_json_row(std::string& out, const Table& t, size_t i) {
  const std::vector<std::string>& row = t.rows[i];
  out.push_back('{');
  for (size_t c = 0; c < t.columns.size(); ++c) {
    if (c) out.push_back(',');
    append_json_string(out, t.columns[c]);
    out.push_back(':');
    if (t.numeric[c] && !row[c].empty())
      out += row[c];
    else if (t.numeric[c])
      out += "null";
    else
      append_json_string(out, row[c]);
  }
  out.push_back('}');
}

std::string fixed(double v, int decimals) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

}  // namespace dyad::query
