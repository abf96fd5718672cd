#include "dyad/conllu.h"

#include <charconv>

namespace dyad {

namespace {

bool parse_int(std::string_view s, int& v) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size();
}

// Splits a word line into its ten columns; false when it has another count.
bool split_columns(std::string_view line, std::string* cols) {
  int n = 0;
  size_t start = 0;
  for (;;) {
    const size_t tab = line.find('\t', start);
    if (n == 10) return false;
    cols[n++].assign(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return n == 10;
}

}  // namespace

size_t read_conllu(std::istream& in, const std::string& name, const std::function<void(ConlluSentence&)>& sentence,
                   const std::function<void(const std::string&)>& error) {
  size_t rejected = 0;
  uint64_t lineno = 0;
  ConlluSentence s;
  std::string bad;  // first problem of the current sentence
  uint64_t bad_line = 0;
  auto finish = [&] {
    if (s.lines.empty()) return;
    if (bad.empty() && s.words.empty()) {
      bad = "sentence without words";
      bad_line = s.line;
    }
    if (bad.empty()) {
      for (const ConlluWord& w : s.words)
        if (w.head > static_cast<int>(s.words.size())) {
          bad = "HEAD " + w.cols[6] + " of word " + w.cols[0] + " is not a word of the sentence";
          bad_line = s.line;
          break;
        }
    }
    if (bad.empty()) {
      sentence(s);
    } else {
      ++rejected;
      error(name + ":" + std::to_string(bad_line) + ": " + bad);
    }
    s = ConlluSentence{};
    bad.clear();
  };
  std::string line;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish();
      continue;
    }
    if (s.lines.empty()) s.line = lineno;
    if (line[0] == '#') {
      s.lines.push_back(line);
      continue;
    }
    ConlluWord w;
    if (!split_columns(line, w.cols)) {
      if (bad.empty()) bad = "expected 10 tab-separated columns", bad_line = lineno;
      s.lines.push_back(line);
      continue;
    }
    const std::string& id = w.cols[0];
    if (id.find('-') != std::string::npos || id.find('.') != std::string::npos) {
      s.lines.push_back(line);  // multiword range or empty node: kept verbatim
      continue;
    }
    int num = 0;
    if (!parse_int(id, num) || num != static_cast<int>(s.words.size()) + 1) {
      if (bad.empty()) bad = "word ID \"" + id + "\" out of sequence", bad_line = lineno;
      s.lines.push_back(line);
      continue;
    }
    if (w.cols[1].empty()) {
      if (bad.empty()) bad = "empty FORM", bad_line = lineno;
    }
    int head = -1;
    if (w.cols[6] != "_" && (!parse_int(w.cols[6], head) || head < 0)) {
      if (bad.empty()) bad = "HEAD \"" + w.cols[6] + "\" is not a word number", bad_line = lineno;
      head = -1;
    }
    w.head = head;
    s.lines.emplace_back();
    s.words.push_back(std::move(w));
  }
  finish();
  return rejected;
}

void write_conllu(const ConlluSentence& s, std::string& out) {
  size_t wi = 0;
  for (const std::string& l : s.lines) {
    if (!l.empty()) {
      out += l;
    } else if (wi < s.words.size()) {
      const ConlluWord& w = s.words[wi++];
      for (int c = 0; c < 10; ++c) {
        if (c) out += '\t';
        out += w.cols[c];
      }
    }
    out += '\n';
  }
  out += '\n';
}

}  // namespace dyad
