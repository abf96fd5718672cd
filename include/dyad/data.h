// Data: the lexicons, patterns and gazetteers under data/, embedded in the
// binary at build time or read from a directory given at run time.
#ifndef DYAD_DATA_H_
#define DYAD_DATA_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct DataFile {
  std::string name;       // path relative to the data directory: "actors/countries.dict"
  std::string_view text;  // contents (owned by the embedded image or by the Data object)
};

class Data {
 public:
  // The data embedded at build time.
  static Data embedded();
  // Every file under `dir` (recursively), read now. Throws std::runtime_error.
  static Data from_directory(const std::string& dir);

  // Files whose name starts with `prefix` and ends with `suffix`, sorted by name.
  std::vector<DataFile> files(std::string_view prefix, std::string_view suffix = "") const;
  // One file, or an empty view when absent.
  std::string_view file(std::string_view name) const;

 private:
  std::vector<DataFile> files_;
  std::vector<std::string> owned_;
};

// Reads a ` | `-separated table (see data/FORMATS.md). Calls `row(line, columns)`
// for each row; `#` comments and blank lines are skipped. Columns are trimmed.
void for_each_row(const DataFile& f,
                  const std::function<void(int line, const std::vector<std::string_view>& cols)>& row);

// Splits a `;`-separated list into trimmed, non-empty items.
std::vector<std::string_view> split_list(std::string_view s);

}  // namespace dyad

#endif  // DYAD_DATA_H_
