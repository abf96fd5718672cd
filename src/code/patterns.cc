#include <algorithm>
#include <charconv>

#include "dyad/events.h"
#include "dyad/text.h"

namespace dyad {

void CameoTable::load(const Data& data, std::vector<std::string>* errors) {
  for (const DataFile& f : data.files("cameo/", ".tsv")) {
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      if (cols.size() != 7) {
        if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": expected 7 columns");
        return;
      }
      CameoCode c;
      c.code = std::string(cols[0]);
      c.name = std::string(cols[1]);
      c.goldstein = std::strtod(std::string(cols[2]).c_str(), nullptr);
      c.quad_class = std::atoi(std::string(cols[3]).c_str());
      c.plover_type = std::string(cols[4]);
      c.plover_mode = std::string(cols[5]);
      c.plover_context = std::string(cols[6]);
      codes_[c.code] = std::move(c);
    });
  }
  for (const DataFile& f : data.files("events/acts", ".tsv")) {
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      if (cols.size() != 2 || !find(cols[0]) || cols[1].empty()) {
        if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": expected `act code | property`");
        return;
      }
      properties_[std::string(cols[1])].emplace_back(cols[0]);
    });
  }
  for (const DataFile& f : data.files("events/authority", ".tsv")) {
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      if (cols.size() != 2 || !find(cols[0]) || cols[1].empty() || cols[1].size() % 3 != 0) {
        if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": expected `act code | sector codes`");
        return;
      }
      authority_[std::string(cols[0])] = std::string(cols[1]);
    });
  }
  for (auto [prefix, map] : {std::pair{"events/intent", &intent_}, std::pair{"events/refusal", &refusal_}}) {
    for (const DataFile& f : data.files(prefix, ".tsv")) {
      for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
        if (cols.size() != 2 || !find(cols[0]) || !find(cols[1])) {
          if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": expected `act code | CAMEO code`");
          return;
        }
        (*map)[std::string(cols[0])] = std::string(cols[1]);
      });
    }
  }
}

bool CameoTable::has(std::string_view code, std::string_view property) const {
  auto it = properties_.find(property);
  if (it == properties_.end()) return false;
  for (const std::string& prefix : it->second)
    if (code.starts_with(prefix)) return true;
  return false;
}

const std::string* CameoTable::longest_prefix(const StringMap<std::string>& map, std::string_view code) {
  for (size_t n = code.size(); n >= 2; --n) {
    auto it = map.find(code.substr(0, n));
    if (it != map.end()) return &it->second;
  }
  return nullptr;
}

const std::string* CameoTable::authority_of(std::string_view code) const {
  return longest_prefix(authority_, code);
}

const CameoCode* CameoTable::mapped(const StringMap<std::string>& map, std::string_view code) const {
  const std::string* to = longest_prefix(map, code);
  return to ? find(*to) : nullptr;
}

const CameoCode* CameoTable::find(std::string_view code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

namespace {
// Folds and tokenises a word sequence into vocabulary ids.
std::vector<uint32_t> word_ids(std::string_view words, Vocabulary& vocab) {
  std::string w(words);
  if (w.size() > 2 && w.starts_with("U+")) {
    unsigned cp = 0;
    std::from_chars(w.data() + 2, w.data() + w.size(), cp, 16);
    w = std::string(1, static_cast<char>(cp));  // ASCII only
  }
  Document tmp;
  tmp.text = w;
  tokenize(tmp);
  std::vector<uint32_t> ids;
  for (const Token& t : tmp.tokens) ids.push_back(vocab.intern(tmp.norm(t)));
  return ids;
}
}  // namespace

void Grammar::load(const Data& data, Vocabulary& vocab, std::vector<std::string>* errors) {
  for (const DataFile& f : data.files("events/grammar", ".tsv")) {
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      if (cols.size() != 2) {
        if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": expected `class | words`");
        return;
      }
      WordSet& set = lists[std::string(cols[0])];
      for (std::string_view item : split_list(cols[1])) {
        set.add(word_ids(item, vocab));
      }
    });
  }
}

const WordSet& Grammar::operator[](std::string_view cls) const {
  static const WordSet kEmpty;
  auto it = lists.find(std::string(cls));
  return it == lists.end() ? kEmpty : it->second;
}

void WordSet::set(Bits& bits, uint32_t w) {
  if (!w) return;
  if (bits.size() <= w / 64) bits.resize(w / 64 + 1, 0);
  bits[w / 64] |= uint64_t{1} << (w % 64);
}

void WordSet::add(std::vector<uint32_t> ids) {
  if (ids.empty()) return;
  if (ids.size() == 1 && ids[0] && !has(ids[0])) {
    words.push_back(ids[0]);
    set(one_word_, ids[0]);
  }
  set(first_, ids.front());
  set(last_, ids.back());
  sequences.push_back(std::move(ids));
}

bool WordSet::ends_at(const Document& doc, size_t begin, size_t end) const {
  if (end <= begin || !test(last_, doc.tokens[end - 1].word)) return false;
  for (const auto& seq : sequences) {
    if (seq.size() > end - begin) continue;
    bool ok = true;
    for (size_t k = 0; k < seq.size() && ok; ++k) ok = doc.tokens[end - seq.size() + k].word == seq[k];
    if (ok) return true;
  }
  return false;
}

bool WordSet::occurs_in(const std::vector<uint32_t>& words) const {
  for (const auto& seq : sequences)
    for (size_t e = seq.size(); e <= words.size(); ++e)
      if (std::equal(seq.begin(), seq.end(), words.begin() + static_cast<long>(e - seq.size()))) return true;
  return false;
}

size_t WordSet::starts_at(const Document& doc, size_t at, size_t end) const {
  if (at >= end || !test(first_, doc.tokens[at].word)) return 0;
  size_t best = 0;
  for (const auto& seq : sequences) {
    if (seq.size() <= best || seq.size() > end - at) continue;
    bool ok = true;
    for (size_t k = 0; k < seq.size() && ok; ++k) ok = doc.tokens[at + k].word == seq[k];
    if (ok) best = seq.size();
  }
  return best;
}

bool WordSet::occurs(const Document& doc, size_t begin, size_t end) const {
  for (size_t e = begin + 1; e <= end; ++e)
    if (ends_at(doc, begin, e)) return true;
  return false;
}

bool compile_pattern(std::string_view text, Vocabulary& vocab, Pattern& out, std::string* error) {
  out.elements.clear();
  out.text = std::string(text);
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view el = text.substr(i, j - i);
    i = j;
    if (el.empty()) continue;
    PatternElement e;
    if (el == "TGT") {
      e.kind = PatternElement::kTarget;
    } else if (el == "SRC" || el == "SUP" || el == "REC") {
      // Transfer frames name supplier/recipient; they map onto source/target slots.
      e.kind = el == "REC" ? PatternElement::kTarget : PatternElement::kSource;
    } else if (el == "ITEMS") {
      e.kind = PatternElement::kItems;
    } else if (el == "...") {
      e.kind = PatternElement::kGap;
    } else {
      if (el.back() == '?') {
        e.optional = true;
        el.remove_suffix(1);
      }
      size_t a = 0;
      while (a <= el.size()) {
        size_t b = el.find('/', a);
        if (b == std::string_view::npos) b = el.size();
        std::string_view alt = el.substr(a, b - a);
        if (alt.empty()) {
          if (error) *error = "empty alternative in \"" + std::string(el) + "\"";
          return false;
        }
        for (char c : alt)
          if (c >= 'A' && c <= 'Z') {
            if (error) *error = "unknown placeholder or upper-case word \"" + std::string(alt) + "\"";
            return false;
          }
        std::string folded = fold(alt);
        vocab.add_lemma(folded);
        e.words.push_back(vocab.intern(folded));
        a = b + 1;
      }
    }
    out.elements.push_back(std::move(e));
  }
  if (out.elements.empty() || out.elements[0].kind != PatternElement::kWord || out.elements[0].optional) {
    if (error) *error = "a pattern must start with a (non-optional) trigger word";
    return false;
  }
  out.required.clear();
  for (size_t k = 1; k < out.elements.size(); ++k)
    if (out.elements[k].kind == PatternElement::kWord && !out.elements[k].optional)
      out.required.push_back(out.elements[k].words);
  return true;
}

void PatternSet::load(const Data& data, std::string_view prefix, Vocabulary& vocab, std::vector<std::string>* errors,
                      const std::function<bool(const std::string& code)>& valid_code) {
  for (const DataFile& f : data.files(prefix, ".pat")) {
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      auto fail = [&](const std::string& why) {
        if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": " + why);
      };
      if (cols.size() < 2 || cols.size() > 3) return fail("expected `code | pattern | flags`");
      Pattern p;
      p.code = std::string(cols[0]);
      if (!valid_code(p.code)) return fail("unknown code \"" + p.code + "\"");
      std::string err;
      if (!compile_pattern(cols[1], vocab, p, &err)) return fail(err);
      if (cols.size() == 3)
        for (std::string_view fl : split_list(cols[2])) {
          if (fl == "noun")
            p.noun = true;
          else if (fl == "verb")
            p.verb = true;
          else if (fl == "notarget")
            p.notarget = true;
          else if (fl == "fallback")
            p.fallback = true;
          else if (fl.starts_with("joint=")) {
            p.joint = std::string(fl.substr(6));
            if (!valid_code(p.joint)) return fail("unknown code \"" + p.joint + "\" in joint=");
          } else if (fl.starts_with("context="))
            p.context = std::string(fl.substr(8));
          else if (fl.starts_with("plover=")) {
            const std::string_view v = fl.substr(7);
            const size_t slash = v.find('/');
            p.plover_type = std::string(v.substr(0, slash));
            if (slash != std::string_view::npos) p.plover_mode = std::string(v.substr(slash + 1));
            if (p.plover_type.empty() ||
                !std::all_of(p.plover_type.begin(), p.plover_type.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
              return fail("bad PLOVER override \"" + std::string(fl) + "\" (expected plover=TYPE or plover=TYPE/mode)");
          } else
            return fail("unknown flag \"" + std::string(fl) + "\"");
        }
      p.origin = f.name + ":" + std::to_string(line);
      p.imported = f.name.starts_with("events/petrarch-");
      patterns_.push_back(std::move(p));
    });
  }
  for (uint32_t i = 0; i < patterns_.size(); ++i)
    for (uint32_t w : patterns_[i].elements[0].words) {
      if (trigger_list_.size() <= w) trigger_list_.resize(w + 1, 0);
      if (!trigger_list_[w]) {
        by_trigger_.emplace_back();
        trigger_list_[w] = static_cast<uint32_t>(by_trigger_.size());
      }
      by_trigger_[trigger_list_[w] - 1].push_back(i);
      for (auto [set, on] :
           {std::pair{&own_trigger_, !patterns_[i].imported}, std::pair{&verb_trigger_, patterns_[i].verb}})
        if (on) {
          if (set->size() <= w) set->resize(w + 1, false);
          (*set)[w] = true;
        }
    }
  for (auto& list : by_trigger_)
    std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      auto weight = [&](const Pattern& p) {
        size_t n = 0;
        for (const auto& e : p.elements) n += e.kind == PatternElement::kGap ? 0 : e.optional ? 1 : 2;
        return n;
      };
      return weight(patterns_[a]) > weight(patterns_[b]);
    });
}

const std::vector<uint32_t>* PatternSet::for_trigger(uint32_t lemma) const {
  const uint32_t list = lemma < trigger_list_.size() ? trigger_list_[lemma] : 0;
  return list ? &by_trigger_[list - 1] : nullptr;
}

}  // namespace dyad
