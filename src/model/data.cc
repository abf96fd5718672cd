#include "dyad/data.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "util/trim.h"

namespace dyad {

namespace embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& files();
}

Data Data::embedded() {
  Data d;
  for (const auto& [name, text] : embedded::files()) d.files_.push_back({std::string(name), text});
  return d;
}

Data Data::from_directory(const std::string& dir) {
  namespace fs = std::filesystem;
  Data d;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw std::runtime_error(dir + ": not a directory");
  std::vector<std::string> names;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file()) names.push_back(fs::relative(it->path(), dir).generic_string());
  }
  std::sort(names.begin(), names.end());
  d.owned_.reserve(names.size());
  for (const std::string& n : names) {
    std::ifstream in(fs::path(dir) / n, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    d.owned_.push_back(ss.str());
  }
  for (size_t i = 0; i < names.size(); ++i) d.files_.push_back({names[i], d.owned_[i]});
  return d;
}

std::vector<DataFile> Data::files(std::string_view prefix, std::string_view suffix) const {
  std::vector<DataFile> out;
  for (const DataFile& f : files_)
    if (f.name.starts_with(prefix) && f.name.ends_with(suffix)) out.push_back(f);
  std::sort(out.begin(), out.end(), [](const DataFile& a, const DataFile& b) { return a.name < b.name; });
  return out;
}

std::string_view Data::file(std::string_view name) const {
  for (const DataFile& f : files_)
    if (f.name == name) return f.text;
  return {};
}

void for_each_row(const DataFile& f,
                  const std::function<void(int line, const std::vector<std::string_view>& cols)>& row) {
  std::string_view text = f.text;
  std::vector<std::string_view> cols;
  int line_no = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++line_no;
    // A comment starts with '#' at the start of the line or after white space.
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
        line = line.substr(0, i);
        break;
      }
    }
    line = trim(line);
    if (line.empty()) continue;
    cols.clear();
    for (;;) {
      size_t bar = line.find(" |");
      // A column separator is " | " or " |" at the end of the line.
      while (bar != std::string_view::npos && bar + 2 < line.size() && line[bar + 2] != ' ' && line[bar + 2] != '\t')
        bar = line.find(" |", bar + 1);
      if (bar == std::string_view::npos) {
        cols.push_back(trim(line));
        break;
      }
      cols.push_back(trim(line.substr(0, bar)));
      line = line.substr(bar + 2);
    }
    row(line_no, cols);
  }
}

std::vector<std::string_view> split_list(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    size_t semi = s.find(';');
    std::string_view item = trim(s.substr(0, semi));
    if (!item.empty()) out.push_back(item);
    if (semi == std::string_view::npos) break;
    s.remove_prefix(semi + 1);
  }
  return out;
}

}  // namespace dyad
