// Sentence segmentation over tokens: full stops, question and exclamation
// marks and ellipses end sentences unless an abbreviation, title, initial or
// a lower-case continuation says otherwise; blank lines and indented new lines
// (paragraphs, headlines, datelines) always do.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "dyad/text.h"

namespace dyad {

SegmentationRules SegmentationRules::load(const Data& data, std::vector<std::string>* errors) {
  SegmentationRules r;
  for (const DataFile& f : data.files("text/segmentation", ".tsv")) {
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      if (cols.size() != 2) {
        if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": expected `class | words`");
        return;
      }
      std::unordered_set<std::string>* set = cols[0] == "title"     ? &r.title
                                             : cols[0] == "number"  ? &r.number
                                             : cols[0] == "other"   ? &r.other
                                             : cols[0] == "starter" ? &r.starters
                                                                    : nullptr;
      if (!set) {
        if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": unknown class " + std::string(cols[0]));
        return;
      }
      for (std::string_view w : split_list(cols[1])) set->insert(fold(w));
    });
  }
  return r;
}

namespace {

bool is_closer(std::string_view s) {
  return s == "\"" || s == "'" || s == ")" || s == "]" || s == "}";
}

bool starts_lower(std::string_view surface) {
  if (surface.empty()) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(surface.data(), i, static_cast<int32_t>(surface.size()), c);
  return c >= 0 && u_islower(c);
}

}  // namespace

void segment(Document& doc, const SegmentationRules& rules) {
  doc.sentences.clear();
  const auto& toks = doc.tokens;
  const size_t n = toks.size();
  size_t start = 0;
  auto close = [&](size_t end) {  // sentence [start, end)
    if (end > start) {
      Sentence s;
      s.first_token = static_cast<uint32_t>(start);
      s.end_token = static_cast<uint32_t>(end);
      s.span = {toks[start].span.start, toks[end - 1].span.end};
      doc.sentences.push_back(s);
    }
    start = end;
  };
  for (size_t i = 0; i < n; ++i) {
    if (i > start && toks[i].has(kParagraphBefore)) close(i);
    const std::string_view norm = doc.norm(toks[i]);
    bool terminal = false;
    if (toks[i].has(kPunct)) {
      terminal = norm == "." || norm == "!" || norm == "?" || norm == ".." || norm == "..." || norm == "\xE2\x80\xA6";
    } else if (toks[i].has(kWord) && norm.size() > 2 && norm.back() == '.') {
      // "U.S." at the end of a sentence: its own dot may be the full stop (also
      // before a closing quote or bracket: `... from the U.S." The ...`).
      size_t j = i + 1;
      while (j < n && toks[j].has(kPunct) && !toks[j].has(kSpaceBefore) && is_closer(doc.norm(toks[j]))) ++j;
      terminal = j < n && !toks[j].has(kPunct) && rules.starters.count(std::string(doc.norm(toks[j]))) &&
                 toks[j].has(kCapitalised);
    }
    if (!terminal) continue;
    // Closing quotes and brackets stay with the sentence they close.
    size_t end = i + 1;
    while (end < n && toks[end].has(kPunct) && !toks[end].has(kSpaceBefore) && is_closer(doc.norm(toks[end]))) ++end;
    if (end >= n) break;
    const Token& next = toks[end];
    const std::string_view next_norm = doc.norm(next);
    const std::string_view next_surface = doc.surface(next);
    bool brk = true;
    if (!next.has(kParagraphBefore)) {
      if (starts_lower(next_surface) || (next.has(kPunct) && next_norm != "\"" && next_norm != "(")) {
        brk = false;  // "… Inc. said", "?, he asked"
      } else if (norm == "." && i > start && toks[i - 1].has(kWord) && !toks[i].has(kSpaceBefore)) {
        const Token& prev = toks[i - 1];
        const std::string key(doc.norm(prev));
        const bool initial = prev.span.size() <= 2 && key.size() == 1 && prev.has(kCapitalised);
        if (rules.title.count(key) || initial) {
          brk = false;
        } else if (rules.number.count(key)) {
          brk = !next.has(kNumber);
        } else if (rules.other.count(key)) {
          brk = rules.starters.count(std::string(next_norm)) > 0;
        }
      }
    }
    if (brk) {
      close(end);
      i = end - 1;
    }
  }
  close(n);
}

}  // namespace dyad
