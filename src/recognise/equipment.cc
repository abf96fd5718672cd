// Equipment mentions: designations matched on a key of letters and digits only
// (so "Mi-35", "Mi 35", "MI35" and "59.N6" meet), a letter/digit suffix kept as
// the variant ("Mi-35B"), generic nouns ("combat helicopters"), and the
// quantity written before them.
#include <algorithm>

#include "dyad/arms.h"
#include "dyad/text.h"
#include "util/hash.h"
#include "util/word_bits.h"

namespace dyad {

namespace {

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Appends the key of `folded` (its lower-case letters and digits) to `k`: keys of
// several tokens are built in one reused buffer, without a string per token.
void append_key(std::string& k, std::string_view folded) {
  for (char c : folded)
    if (is_key_char(c)) k.push_back(c);
}

std::string key_of(std::string_view folded) {
  std::string k;
  append_key(k, folded);
  return k;
}

// The length of the key of `folded`, without building it.
size_t key_len(std::string_view folded) {
  return static_cast<size_t>(std::count_if(folded.begin(), folded.end(), is_key_char));
}

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<uint32_t> ids_of(std::string_view words, Vocabulary& vocab) {
  Document tmp;
  tmp.text = std::string(words);
  tokenize(tmp);
  std::vector<uint32_t> ids;
  for (const Token& t : tmp.tokens) ids.push_back(vocab.intern(tmp.norm(t)));
  return ids;
}

bool seq_ends_at(const Document& doc, const std::vector<uint32_t>& seq, size_t end, size_t floor) {
  if (seq.size() > end - floor) return false;
  for (size_t k = 0; k < seq.size(); ++k)
    if (doc.tokens[end - seq.size() + k].word != seq[k]) return false;
  return true;
}

}  // namespace

size_t EquipmentLexicon::KeyHash::operator()(std::string_view s) const noexcept {
  return fast_hash(s);
}

void EquipmentLexicon::add_to_filter(std::string_view key) {
  const uint64_t h = fast_hash(key) % (key_filter_.size() * 64);
  key_filter_[h / 64] |= uint64_t{1} << (h % 64);
}

bool EquipmentLexicon::maybe_key(std::string_view key) const {
  const uint64_t h = fast_hash(key) % (key_filter_.size() * 64);
  return key_filter_[h / 64] >> (h % 64) & 1;
}

const long* EquipmentLexicon::number(uint32_t w) const {
  return word_bits_test(number_words_, w) ? &number_value_[w] : nullptr;
}

void EquipmentLexicon::load(const Data& data, Vocabulary& vocab, std::vector<std::string>* errors) {
  static const std::unordered_set<std::string> kCategories = {
      "aircraft", "air-defence",   "asw",        "armoured-vehicles", "artillery", "engines",
      "missiles", "naval-weapons", "satellites", "sensors",           "ships",     "other"};
  for (const DataFile& f : data.files("arms/", ".dict")) {
    const bool generic = f.name.find("generic") != std::string::npos;
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      auto fail = [&](const std::string& why) {
        if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": " + why);
      };
      Equipment e;
      e.origin = f.name + ":" + std::to_string(line);
      std::vector<std::string_view> aliases;
      if (generic) {
        if (cols.size() < 4 || cols.size() > 5 || cols[0] != "generic")
          return fail("expected `generic | category | description | aliases [| weak]`");
        if (cols.size() == 5) {
          if (cols[4] != "weak") return fail("unknown flag \"" + std::string(cols[4]) + "\"");
          e.weak = true;
        }
        e.category = std::string(cols[1]);
        e.description = std::string(cols[2]);
        aliases = split_list(cols[3]);
      } else {
        if (cols.size() < 5 || cols.size() > 6)
          return fail("expected `designation | category | description | maker | aliases | flags`");
        e.designation = std::string(cols[0]);
        e.category = std::string(cols[1]);
        e.description = std::string(cols[2]);
        e.maker = std::string(cols[3]);
        aliases = split_list(cols[4]);  // the designation column itself is not an alias
        if (cols.size() == 6)
          for (std::string_view fl : split_list(cols[5])) {
            if (fl == "ambiguous")
              e.ambiguous = true;
            else
              return fail("unknown flag \"" + std::string(fl) + "\"");
          }
      }
      // `none` (generic.dict only): phrases that look like equipment and are not ("think tank").
      if (!kCategories.count(e.category) && !(generic && e.category == "none"))
        return fail("unknown category \"" + e.category + "\"");
      const uint32_t id = static_cast<uint32_t>(entries_.size());
      entries_.push_back(e);
      if (!generic) ++designations_;
      for (std::string_view a : aliases) {
        if (generic) {
          auto ids = ids_of(fold(a), vocab);
          uint32_t node = 0;  // the root
          if (!ids.empty()) word_bits_set(generic_first_, ids[0]);
          for (uint32_t w : ids) {
            auto [it, fresh] = generic_edges_.emplace((static_cast<uint64_t>(node) << 32) | w, 0);
            if (fresh) {
              it->second = static_cast<uint32_t>(generic_terminal_.size());
              generic_terminal_.push_back(kNone);
            }
            node = it->second;
          }
          if (!ids.empty() && generic_terminal_[node] == kNone) generic_terminal_[node] = id;
        } else {
          std::string k = key_of(fold(a));
          if (k.size() >= 2) {
            designation_.emplace(k, id);
            add_to_filter(k);
          }
          // The key of the alias's first token: a cheap filter before multi-token keys are built.
          Document tmp;
          tmp.text = std::string(a);
          tokenize(tmp);
          for (const Token& t : tmp.tokens) {
            std::string first = key_of(tmp.norm(t));
            if (!first.empty()) {
              first_keys_.insert(first);
              add_to_filter(first);
              word_bits_set(first_words_, vocab.intern(tmp.norm(t)));
              break;
            }
          }
        }
      }
    });
  }
  for (const DataFile& f : data.files("arms/quantities", ".tsv")) {
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      if (cols.size() != 3) {
        if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": expected `class | value | words`");
        return;
      }
      for (std::string_view w : split_list(cols[2])) {
        auto ids = ids_of(fold(w), vocab);
        if (cols[0] == "number" && ids.size() == 1) {  // a later value replaces an earlier one
          word_bits_set(number_words_, ids[0]);
          if (ids[0] >= number_value_.size()) number_value_.resize(ids[0] + 1, 0);
          number_value_[ids[0]] = std::atol(std::string(cols[1]).c_str());
        }
        if (cols[0] == "number" && ids.size() > 1) vague_.push_back(ids);  // "a dozen": handled as words below
        if (cols[0] == "vague") vague_.push_back(ids);
        if (cols[0] == "approximate") approximate_.push_back(ids);
        if (cols[0] == "range" && ids.size() == 1) word_bits_set(range_words_, ids[0]);
        if (cols[0] == "skip" && ids.size() == 1) word_bits_set(skip_, ids[0]);
        if (cols[0] == "range-start" && ids.size() == 1) word_bits_set(range_starts_, ids[0]);
      }
    });
  }
}

uint32_t EquipmentLexicon::lookup(std::string_view k, size_t last_len) const {
  auto find = [&](std::string_view key) { return maybe_key(key) ? designation_.find(key) : designation_.end(); };
  auto it = find(k);
  // A known alias followed by a variant suffix: "mi35b" -> "mi35", "59n6ta" -> "59n6". The suffix
  // stays within the last token, and what the last token keeps has a digit ("Triumf air" is no
  // variant of "Triumf"); words take only a plural "s" ("Leopards").
  for (size_t cut = 1; it == designation_.end() && cut <= 3 && cut < last_len; ++cut) {
    const std::string_view base = k.substr(0, k.size() - cut);
    const std::string_view kept = k.substr(k.size() - last_len, last_len - cut);
    if (!has_digit(kept) && !(cut == 1 && k.back() == 's')) continue;
    if (!has_digit(base) && k.back() != 's') break;
    it = find(base);
  }
  return it == designation_.end() ? kNone : it->second;
}

void EquipmentLexicon::quantify(const Document& doc, size_t floor, ItemMention& m) const {
  const auto& T = doc.tokens;
  const size_t i = m.head_token;
  m.item.quantity.reset();
  m.item.quantity_text.clear();
  m.first_token = m.head_token;
  // The words right before (adjectives like "new" in between are skipped).
  size_t q = i;
  // Also skipped: words like "more", "additional" (quantities.tsv `skip`) and an origin ("six Chinese CH-92A").
  auto in_actor = [&](size_t t) {
    return std::any_of(doc.actors.begin(), doc.actors.end(),
                       [&](const ActorMention& a) { return a.first_token <= t && t < a.end_token; });
  };
  while (q > floor && i - q < 2 && T[q - 1].has(kWord) &&
         ((!T[q - 1].has(kCapitalised) && (T[q - 1].word == 0 || word_bits_test(skip_, T[q - 1].word))) ||
          in_actor(q - 1)))
    --q;
  auto is_number = [&](size_t t) { return T[t].has(kNumber) || number(T[t].word); };
  size_t qstart = i;
  if (q > floor && T[q - 1].has(kNumber)) {
    std::string_view n = doc.norm(T[q - 1]);
    std::string digits;
    bool range = false;  // "6-8"
    for (size_t k = 0; k < n.size(); ++k) {
      if (n[k] >= '0' && n[k] <= '9') {
        digits.push_back(n[k]);
      } else if (!digits.empty() && n[k] != ',' && k + 1 < n.size() && n[k + 1] >= '0' && n[k + 1] <= '9') {
        range = true;
      }
    }
    if (!range && !digits.empty() && digits.size() <= 6) m.item.quantity = std::atol(digits.c_str());
    qstart = q - 1;
  } else if (const long* v = q > floor ? number(T[q - 1].word) : nullptr) {
    m.item.quantity = *v;
    qstart = q - 1;
    // "a dozen"
    if (qstart > floor && doc.norm(T[qstart - 1]) == "a") --qstart;
  }
  // Ranges: "10 to 12", "between 10 and 12" -> no single number.
  if (qstart < i && qstart >= floor + 2 && word_bits_test(range_words_, T[qstart - 1].word) && is_number(qstart - 2)) {
    m.item.quantity.reset();
    qstart -= 2;
    if (qstart > floor && word_bits_test(range_starts_, T[qstart - 1].word)) --qstart;
  }
  for (const auto& seq : vague_) {
    if (seq_ends_at(doc, seq, q, floor)) {
      if (const long* v = seq.size() > 1 ? number(seq.back()) : nullptr) {
        m.item.quantity = *v;
      } else {
        m.item.quantity.reset();
      }
      qstart = q - seq.size();
      break;
    }
  }
  if (m.item.quantity && qstart > floor) {
    for (const auto& seq : approximate_)
      if (seq_ends_at(doc, seq, qstart, floor)) {
        m.item.quantity.reset();
        qstart -= seq.size();
        break;
      }
  }
  if (qstart < i) {
    m.item.quantity_text = std::string(doc.surface(Span{T[qstart].span.start, T[q - 1].span.end}));
    m.first_token = static_cast<uint32_t>(qstart);
  }
  m.item.text = std::string(doc.surface(Span{T[m.first_token].span.start, T[m.end_token - 1].span.end}));
}

std::vector<ItemMention> EquipmentLexicon::find(const Document& doc, const Sentence& s) const {
  std::vector<ItemMention> out;
  const auto& T = doc.tokens;
  // Longest generic phrase at token i, walking the word trie.
  auto generic_at = [&](size_t i, size_t* len) -> const Equipment* {
    const Equipment* best = nullptr;
    uint32_t node = 0;
    for (size_t n = 0; i + n < s.end_token; ++n) {
      const uint32_t w = T[i + n].word;
      if (!w || (node == 0 && !word_bits_test(generic_first_, w))) break;
      auto it = generic_edges_.find((static_cast<uint64_t>(node) << 32) | w);
      if (it == generic_edges_.end()) break;
      node = it->second;
      if (generic_terminal_[node] != kNone) {
        best = &entries_[generic_terminal_[node]];
        *len = n + 1;
      }
    }
    return best;
  };
  // Keys are built in these buffers, reused from token to token.
  std::string first, k, rest;
  for (size_t i = s.first_token; i < s.end_token; ++i) {
    if (T[i].has(kPunct)) continue;
    const Equipment* eq = nullptr;
    size_t end = i;
    std::string variant;
    // Designations: up to four tokens, longest first.
    // Only tokens that begin some alias: known words by id, designations with
    // digits by key, possibly with a variant suffix ("mi35b").
    // "US$2 billion" is money, not a US-2.
    auto money = [&](size_t x) {
      const std::string_view sur = doc.norm(T[x]);
      return sur.find('$') != std::string_view::npos || sur.find("\xE2\x82\xAC") != std::string_view::npos ||
             sur.find("\xC2\xA3") != std::string_view::npos;
    };
    if (money(i) || (i + 1 < s.end_token && money(i + 1) && !T[i + 1].has(kSpaceBefore))) continue;
    bool candidate = word_bits_test(first_words_, T[i].word) && (T[i].has(kCapitalised) || T[i].has(kHasDigit));
    if (!candidate && T[i].has(kWord) && (T[i].has(kHasDigit) || T[i].has(kCapitalised))) {
      first.clear();
      append_key(first, doc.norm(T[i]));
      // "Mi 35", "Su 30": a short name and its number written apart.
      if (!T[i].has(kHasDigit) && i + 1 < s.end_token && T[i + 1].has(kHasDigit) && first.size() <= 3)
        append_key(first, doc.norm(T[i + 1]));
      if (!has_digit(first)) first.clear();
      for (size_t cut = 0; !candidate && cut <= 3 && cut < first.size(); ++cut) {
        const std::string_view prefix = std::string_view(first).substr(0, first.size() - cut);
        candidate = maybe_key(prefix) && first_keys_.count(prefix) > 0;
      }
    }
    if (candidate) {
      for (size_t n = std::min<size_t>(4, s.end_token - i); n >= 1 && !eq; --n) {
        k.clear();
        for (size_t x = i; x < i + n; ++x) append_key(k, doc.norm(T[x]));
        if (k.size() < 2 || T[i + n - 1].has(kPunct)) continue;
        if (std::all_of(k.begin(), k.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
        const uint32_t found = lookup(k, key_len(doc.norm(T[i + n - 1])));
        if (found == kNone) continue;
        const Equipment& cand = entries_[found];
        // A name without digits ("Rafale", "Tiger", "Bill") is a designation only with a cue.
        if (cand.ambiguous || (n == 1 && !has_digit(k))) {
          size_t glen = 0;
          const bool cue = (i + n < s.end_token && generic_at(i + n, &glen)) ||
                           (i > s.first_token && (T[i - 1].has(kNumber) || number(T[i - 1].word)));
          if (!cue) continue;
        }
        eq = &cand;
        end = i + n;
        // The variant as written, without dots and without leading words that the rest
        // does without ("Mil. Mi-35B" -> "Mi-35B", "Bayraktar TB2" -> "TB2", but "Leopard 2A7").
        size_t v = i;
        while (v + 1 < end) {
          rest.clear();
          for (size_t x = v + 1; x < end; ++x) append_key(rest, doc.norm(T[x]));
          if (!has_digit(rest) || rest.size() < 3 || lookup(rest, key_len(doc.norm(T[end - 1]))) == kNone) break;
          ++v;
        }
        for (size_t x = v; x < end; ++x) {
          if (x > v && T[x].has(kSpaceBefore)) variant.push_back(' ');
          for (char c : doc.surface(T[x]))
            if (c != '.') variant.push_back(c);
        }
      }
    }
    size_t glen = 0;
    const Equipment* gen = nullptr;
    if (eq) {
      // "Mi-35B combat helicopters", "59.N6-TA portable radars": a generic noun within two words.
      for (size_t skip = 0; skip <= 2 && end + skip < s.end_token && !gen; ++skip) {
        if (skip && (T[end + skip - 1].has(kPunct) || T[end + skip - 1].has(kCapitalised))) break;
        gen = generic_at(end + skip, &glen);
        if (gen) end = end + skip + glen;
      }
    } else {
      gen = generic_at(i, &glen);
      if (!gen) continue;
      end = i + glen;
      if (gen->category == "none") {  // "think tank": its words are no item
        i = end - 1;
        continue;
      }
    }
    ItemMention m;
    m.first_token = static_cast<uint32_t>(i);
    m.end_token = static_cast<uint32_t>(end);
    const Equipment& e = eq ? *eq : *gen;
    m.item.designation = e.designation;
    m.item.variant = eq ? variant : "";
    m.item.category = e.category;
    m.item.description = eq ? e.description : gen->description;
    m.origin = e.origin;
    m.weak = !eq && gen->weak;
    m.head_token = static_cast<uint32_t>(i);
    quantify(doc, s.first_token, m);
    out.push_back(std::move(m));
    i = end - 1;
  }
  return out;
}

}  // namespace dyad
