#include "dyad/reader.h"

#include <simdjson.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "read/byte_source.h"
#include "util/hash.h"

namespace dyad {

namespace fs = std::filesystem;

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "jsonl") return InputFormat::kJsonl;
  if (name == "dated-text") return InputFormat::kDatedText;
  if (name == "text") return InputFormat::kText;
  return std::nullopt;
}

std::string InputError::message() const {
  std::string m = file;
  if (line) {
    m.push_back(':');
    m.append(std::to_string(line));
  }
  m.append(": ");
  m.append(reason);
  return m;
}

namespace {

// One directory of a walk, with the directories that enclose it (by device and
// inode: a symbolic link back to one of them would make the walk loop).
struct WalkDir {
  std::string path;
  std::vector<std::pair<dev_t, ino_t>> ancestors;
};

const char* file_kind(const struct stat& st) {
  if (S_ISFIFO(st.st_mode)) return "a FIFO";
  if (S_ISSOCK(st.st_mode)) return "a socket";
  if (S_ISCHR(st.st_mode)) return "a character device";
  if (S_ISBLK(st.st_mode)) return "a block device";
  return "not a regular file";
}

// Walks the directory `root` (error_code overloads and stat only: nothing here
// throws), appending its regular files to `files` and every entry it cannot read
// to `errors`. Dot files and dot directories are skipped; symbolic links are
// followed; FIFOs, sockets and devices are reported and never opened.
void walk(const std::string& root, std::vector<std::string>& files, std::vector<InputError>& errors) {
  struct stat st;
  if (::stat(root.c_str(), &st) != 0) {
    errors.push_back({root, 0, std::string("cannot read directory: ") + std::strerror(errno)});
    return;
  }
  std::vector<WalkDir> stack{{root, {{st.st_dev, st.st_ino}}}};
  while (!stack.empty()) {
    WalkDir dir = std::move(stack.back());
    stack.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir.path, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::path& entry = it->path();
      const std::string name = entry.filename().string();
      if (name.empty() || name[0] == '.') continue;
      const std::string path = entry.string();
      if (::stat(path.c_str(), &st) != 0) {
        const int err = errno;
        struct stat lst;
        if (err == ELOOP)
          errors.push_back({path, 0, "symbolic link loop"});
        else if (err == ENOENT && ::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode))
          errors.push_back({path, 0, "dangling symbolic link"});
        else
          errors.push_back({path, 0, std::string("cannot read: ") + std::strerror(err)});
        continue;
      }
      if (S_ISREG(st.st_mode)) {
        files.push_back(path);
      } else if (S_ISDIR(st.st_mode)) {
        const std::pair<dev_t, ino_t> id{st.st_dev, st.st_ino};
        if (std::find(dir.ancestors.begin(), dir.ancestors.end(), id) != dir.ancestors.end()) {
          errors.push_back({path, 0, "symbolic link loop (leads back to a directory that contains it)"});
          continue;
        }
        WalkDir sub{path, dir.ancestors};
        sub.ancestors.push_back(id);
        stack.push_back(std::move(sub));
      } else {
        errors.push_back({path, 0, std::string("not read: ") + file_kind(st)});
      }
    }
    if (ec) errors.push_back({dir.path, 0, "cannot read directory: " + ec.message()});
  }
}

}  // namespace

std::vector<std::string> expand_paths(const std::vector<std::string>& paths, std::vector<InputError>* errors) {
  std::vector<std::string> out;
  if (paths.empty()) out.push_back("-");
  for (const std::string& p : paths) {
    std::error_code ec;
    // A path given by name is read whatever it is (a FIFO from `<(zcat …)` included);
    // one that cannot be opened is reported when it is read.
    if (p != "-" && fs::is_directory(p, ec)) {
      std::vector<std::string> files;
      std::vector<InputError> walk_errors;
      walk(p, files, walk_errors);
      std::sort(files.begin(), files.end());
      std::sort(walk_errors.begin(), walk_errors.end(),
                [](const InputError& a, const InputError& b) { return a.file < b.file; });
      out.insert(out.end(), files.begin(), files.end());
      if (errors) errors->insert(errors->end(), walk_errors.begin(), walk_errors.end());
    } else {
      out.push_back(p);
    }
  }
  return out;
}

namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

// "dir/000_90c7.txt.gz" -> "000_90c7"
std::string id_from_path(const std::string& path) {
  if (path == "-") return "stdin";
  std::string name = fs::path(path).filename().string();
  for (std::string_view ext : {".gz", ".zst"})
    if (name.size() > ext.size() && name.ends_with(ext)) name.resize(name.size() - ext.size());
  auto dot = name.rfind('.');
  if (dot != std::string::npos && dot > 0) name.resize(dot);
  return name;
}

// Strips a UTF-8 byte order mark.
void strip_bom(std::string& s) {
  if (s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xEF && static_cast<unsigned char>(s[1]) == 0xBB &&
      static_cast<unsigned char>(s[2]) == 0xBF)
    s.erase(0, 3);
}

// The time of an ISO 8601 timestamp: hh:mm[:ss[.fraction]] then nothing, Z, or ±hh[:mm].
bool iso_time(std::string_view s) {
  auto two = [&](int max) {
    if (s.size() < 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9') return false;
    const int v = (s[0] - '0') * 10 + (s[1] - '0');
    s.remove_prefix(2);
    return v <= max;
  };
  auto take = [&](char c) {
    if (s.empty() || s[0] != c) return false;
    s.remove_prefix(1);
    return true;
  };
  if (!two(23) || !take(':') || !two(59)) return false;
  if (take(':')) {
    if (!two(60)) return false;  // 60: a leap second
    if (take('.') || take(',')) {
      if (s.empty() || s[0] < '0' || s[0] > '9') return false;
      while (!s.empty() && s[0] >= '0' && s[0] <= '9') s.remove_prefix(1);
    }
  }
  if (s.empty() || s == "Z") return true;
  if (!take('+') && !take('-')) return false;
  if (!two(23)) return false;
  if (s.empty()) return true;
  take(':');
  return two(59) && s.empty();
}

// "date 2022-04-20 <text>": returns the date and the offset of the text.
std::optional<std::pair<Date, size_t>> dated_prefix(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && is_blank(s[i])) ++i;
  if (s.substr(i, 4) != "date" || i + 4 >= s.size() || !is_blank(s[i + 4])) return std::nullopt;
  i += 4;
  while (i < s.size() && is_blank(s[i])) ++i;
  auto d = parse_iso_date(s.substr(i, 10));
  if (!d) return std::nullopt;
  i += 10;
  if (i < s.size() && !is_blank(s[i])) return std::nullopt;
  while (i < s.size() && is_blank(s[i])) ++i;
  return std::make_pair(*d, i);
}

}  // namespace

std::optional<Date> parse_document_date(std::string_view s, std::string* error) {
  // A timestamp keeps the calendar date as written: "2022-04-20T23:30:00-05:00"
  // is 2022-04-20 (the offset is not applied); its time must still be a time.
  auto d = parse_iso_date(s.substr(0, 10));
  if (!d || (s.size() > 10 && ((s[10] != 'T' && s[10] != ' ') || !iso_time(s.substr(11))))) {
    if (error)
      *error = "invalid date \"" + std::string(s) + "\" (expected YYYY-MM-DD, or YYYY-MM-DDThh:mm[:ss[.f]][Z|±hh:mm])";
    return std::nullopt;
  }
  return d;
}

struct Reader::Impl {
  std::vector<std::string> files;
  ReadOptions opt;
  std::function<void(const InputError&)> on_error;
  size_t next_file = 0;
  uint64_t bytes = 0, rejected = 0, ordinal = 0;

  // The open jsonl file, if any.
  std::unique_ptr<LineReader> lines;
  std::string current;
  uint64_t line_no = 0;
  // The current line: a view into `lines`' buffer, valid until the next line is read.
  std::string_view line;
  std::string padded;  // a copy of the line with simdjson's padding, when the buffer has too little slack
  simdjson::dom::parser parser;

  void reject(const std::string& file, uint64_t line, std::string reason) {
    ++rejected;
    if (on_error) on_error({file, line, std::move(reason)});
  }

  // Returns true when `doc` was filled from the current jsonl file.
  bool next_jsonl(Document& doc) {
    while (lines) {
      bool got;
      try {
        got = lines->next(line);
      } catch (const std::exception& e) {
        reject(current, line_no + 1, std::string("read error: ") + e.what());
        got = false;
      }
      if (!got) {
        lines.reset();
        break;
      }
      ++line_no;
      if (trim(line).empty()) continue;
      if (parse_line(doc)) return true;
    }
    return false;
  }

  bool parse_line(Document& doc) {
    // simdjson may read SIMDJSON_PADDING bytes past the end of the line (their values
    // do not matter): parse in place when the buffer holds that many, else copy.
    const char* json = line.data();
    if (lines->readable_after(line) < simdjson::SIMDJSON_PADDING) {
      padded.assign(line);
      padded.resize(line.size() + simdjson::SIMDJSON_PADDING);
      json = padded.data();
    }
    simdjson::dom::element root;
    auto err = parser.parse(json, line.size(), false).get(root);
    if (err) {
      reject(
          current, line_no,
          err == simdjson::UTF8_ERROR ? "invalid UTF-8" : std::string("invalid JSON: ") + simdjson::error_message(err));
      return false;
    }
    if (!root.is_object()) {
      reject(current, line_no, "invalid JSON: a document must be an object");
      return false;
    }
    doc.reset();
    std::string_view sv;
    auto text_field = root["text"];
    if (text_field.get_string().get(sv) != simdjson::SUCCESS) {
      reject(current, line_no, text_field.error() == simdjson::NO_SUCH_FIELD ? "missing text" : "text is not a string");
      return false;
    }
    if (trim(sv).empty()) {
      reject(current, line_no, "empty text");
      return false;
    }
    doc.text.assign(sv);
    // An id is a string; an integer is taken as its decimal digits (42 -> "42"),
    // any other JSON value is rejected rather than turned into some string.
    auto id_field = root["id"];
    const bool id_given = id_field.error() != simdjson::NO_SUCH_FIELD && !id_field.is_null();
    if (id_field.get_string().get(sv) == simdjson::SUCCESS && !sv.empty()) {
      doc.id.assign(sv);
    } else if (int64_t n; id_field.get_int64().get(n) == simdjson::SUCCESS) {
      doc.id = std::to_string(n);
    } else if (uint64_t u; id_field.get_uint64().get(u) == simdjson::SUCCESS) {
      doc.id = std::to_string(u);
    } else if (id_given && !id_field.is_string()) {
      reject(current, line_no, "id must be a string or an integer");
      return false;
    } else if (opt.id_from_hash) {
      doc.id = hex64(hash64(doc.text));
    } else {
      reject(current, line_no, "missing id (use --id-from-hash to derive one from the text)");
      return false;
    }
    auto date_field = root["date"];
    if (date_field.get_string().get(sv) == simdjson::SUCCESS) {
      std::string error;
      auto d = parse_document_date(sv, &error);
      if (!d) {
        reject(current, line_no, std::move(error));
        return false;
      }
      doc.date = d;
    } else if (!date_field.is_null() && date_field.error() != simdjson::NO_SUCH_FIELD) {
      reject(current, line_no, "date is not a string");
      return false;
    } else if (opt.date) {
      doc.date = opt.date;
    }
    if (root["title"].get_string().get(sv) == simdjson::SUCCESS) doc.title.assign(sv);
    if (root["url"].get_string().get(sv) == simdjson::SUCCESS) doc.url.assign(sv);
    if (root["source"].get_string().get(sv) == simdjson::SUCCESS) doc.source.assign(sv);
    if (root["language"].get_string().get(sv) == simdjson::SUCCESS) doc.language.assign(sv);
    auto speaker_field = root["speaker"];
    if (speaker_field.get_string().get(sv) == simdjson::SUCCESS) {
      doc.speaker.assign(sv);
    } else if (!speaker_field.is_null() && speaker_field.error() != simdjson::NO_SUCH_FIELD) {
      reject(current, line_no, "speaker is not a string");
      return false;
    } else {
      doc.speaker = opt.speaker;
    }
    doc.origin = {current, line_no};
    doc.ordinal = ordinal++;
    bytes += doc.text.size();
    return true;
  }

  // Opens the next file; returns true when `doc` was filled by a whole-file document.
  bool open_next(Document& doc) {
    const std::string path = files[next_file++];
    current = path == "-" ? "<stdin>" : path;
    line_no = 0;
    std::unique_ptr<LineReader> reader;
    std::string head;
    try {
      reader = std::make_unique<LineReader>(open_source(path));
    } catch (const std::exception& e) {
      reject(current, 0, std::string("cannot open: ") + e.what());
      return false;
    }
    InputFormat fmt = opt.format;
    if (fmt == InputFormat::kJsonl) {
      lines = std::move(reader);
      return false;
    }
    std::string all;
    try {
      reader->read_all(all);
    } catch (const std::exception& e) {
      reject(current, 0, std::string("read error: ") + e.what());
      return false;
    }
    strip_bom(all);
    if (fmt == InputFormat::kAuto) {
      std::string_view t = trim(all);
      if (!t.empty() && t.front() == '{')
        fmt = InputFormat::kJsonl;
      else if (dated_prefix(all))
        fmt = InputFormat::kDatedText;
      else
        fmt = InputFormat::kText;
    }
    if (fmt == InputFormat::kJsonl) {
      // Already in memory: serve its lines from it, without copying.
      lines = std::make_unique<LineReader>(std::move(all));
      return false;
    }
    return whole_file(doc, fmt, all);
  }

  bool whole_file(Document& doc, InputFormat fmt, std::string& all) {
    doc.reset();
    if (!simdjson::validate_utf8(all.data(), all.size())) {
      reject(current, line_of_invalid_utf8(all), "invalid UTF-8");
      return false;
    }
    size_t start = 0;
    if (fmt == InputFormat::kDatedText) {
      auto p = dated_prefix(all);
      if (!p) {
        reject(current, 1, "dated-text must start with \"date YYYY-MM-DD\"");
        return false;
      }
      doc.date = p->first;
      start = p->second;
    } else if (opt.date) {
      doc.date = opt.date;
    }
    doc.speaker = opt.speaker;
    std::string_view body = std::string_view(all).substr(start);
    while (!body.empty() && is_blank(body.back())) body.remove_suffix(1);
    if (trim(body).empty()) {
      reject(current, 1, "empty text");
      return false;
    }
    doc.text.assign(body);
    doc.id = id_from_path(files[next_file - 1]);
    doc.origin = {current, 1};
    doc.ordinal = ordinal++;
    bytes += doc.text.size();
    return true;
  }

  static uint64_t line_of_invalid_utf8(const std::string& s) {
    // Find the first line that does not validate.
    uint64_t line = 1;
    size_t begin = 0;
    while (begin <= s.size()) {
      size_t nl = s.find('\n', begin);
      size_t end = nl == std::string::npos ? s.size() : nl;
      if (!simdjson::validate_utf8(s.data() + begin, end - begin)) return line;
      if (nl == std::string::npos) break;
      begin = nl + 1;
      ++line;
    }
    return line;
  }
};

Reader::Reader(std::vector<std::string> paths, ReadOptions options, std::function<void(const InputError&)> on_error)
    : impl_(std::make_unique<Impl>()) {
  impl_->opt = options;
  impl_->on_error = std::move(on_error);
  std::vector<InputError> errors;
  impl_->files = expand_paths(paths, &errors);
  for (const auto& e : errors) impl_->reject(e.file, e.line, e.reason);
}

Reader::~Reader() = default;

bool Reader::next(Document& doc) {
  for (;;) {
    if (impl_->next_jsonl(doc)) return true;
    if (impl_->next_file >= impl_->files.size()) return false;
    if (impl_->open_next(doc)) return true;
  }
}

uint64_t Reader::bytes() const {
  return impl_->bytes;
}
uint64_t Reader::rejected() const {
  return impl_->rejected;
}

}  // namespace dyad
