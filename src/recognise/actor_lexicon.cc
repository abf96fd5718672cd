#include <algorithm>
#include <cstdio>
#include <map>

#include "dyad/actors.h"
#include "dyad/text.h"

namespace dyad {

namespace {

std::optional<ActorKind> parse_kind(std::string_view k) {
  if (k == "country") return ActorKind::kCountry;
  if (k == "demonym") return ActorKind::kDemonym;
  if (k == "seat") return ActorKind::kSeat;
  if (k == "region") return ActorKind::kRegion;
  if (k == "org") return ActorKind::kOrg;
  if (k == "person") return ActorKind::kPerson;
  if (k == "role") return ActorKind::kRole;
  return std::nullopt;
}

// "2021", "2021-06", "2021-06-07"; `end` picks the last day of the period.
std::optional<Date> parse_bound(std::string_view s, bool end) {
  if (s.empty()) return std::nullopt;
  std::string full(s);
  if (full.size() == 4) full += end ? "-12-31" : "-01-01";
  if (full.size() == 7) {
    auto d = parse_iso_date(full + "-01");
    if (!d) return std::nullopt;
    if (end) d->day = days_in_month(d->year, d->month);
    return d;
  }
  return parse_iso_date(full);
}

bool parse_range(std::string_view s, std::optional<Date>& from, std::optional<Date>& to) {
  size_t dots = s.find("..");
  if (dots == std::string_view::npos) return false;
  std::string_view a = s.substr(0, dots), b = s.substr(dots + 2);
  from = parse_bound(a, false);
  to = parse_bound(b, true);
  if ((!a.empty() && !from) || (!b.empty() && !to)) return false;
  return !(from && to && from->days() > to->days());
}

}  // namespace

size_t ActorLexicon::EdgeMap::slot(uint64_t key) const {
  const size_t mask = slots_.size() - 1;
  const uint32_t node = static_cast<uint32_t>(key >> 32), word = static_cast<uint32_t>(key);
  size_t i = static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 20) & mask;
  while (slots_[i].child != 0 && (slots_[i].node != node || slots_[i].word != word)) i = (i + 1) & mask;
  return i;
}

uint32_t ActorLexicon::EdgeMap::find(uint64_t key) const {
  if (slots_.empty()) return 0;
  return slots_[slot(key)].child;
}

void ActorLexicon::EdgeMap::reserve(size_t n) {
  size_t cap = 16;
  while (cap < 2 * n) cap *= 2;
  if (cap <= slots_.size()) return;
  std::vector<Slot> old(cap);  // swapped: the old table
  old.swap(slots_);
  for (const Slot& s : old)
    if (s.child) slots_[slot((static_cast<uint64_t>(s.node) << 32) | s.word)] = s;
}

void ActorLexicon::EdgeMap::insert(uint64_t key, uint32_t child) {
  if (2 * (size_ + 1) > slots_.size()) reserve(2 * (size_ + 1));
  Slot& s = slots_[slot(key)];
  if (!s.child) ++size_;
  s = {static_cast<uint32_t>(key >> 32), static_cast<uint32_t>(key), child};
}

void ActorLexicon::add_terminal(uint32_t node, uint32_t entry) {
  auto& term = terminal_[node];
  if (std::find(term.begin(), term.end(), entry) == term.end()) term.push_back(entry);
  is_terminal_[node / 64] |= uint64_t{1} << (node % 64);
}

uint32_t ActorLexicon::new_node() {
  terminal_.emplace_back();
  caps_.push_back(~0u);
  const uint32_t node = static_cast<uint32_t>(terminal_.size() - 1);
  if (is_terminal_.size() <= node / 64) is_terminal_.push_back(0);
  return node;
}

void ActorLexicon::split_code(std::string_view code, std::string& country, std::vector<std::string>& sectors) const {
  country.clear();
  sectors.clear();
  size_t i = 0;
  if (code.size() >= 3 && is_country(code.substr(0, 3))) {
    country = std::string(code.substr(0, 3));
    i = 3;
  }
  for (; i + 3 <= code.size(); i += 3) {
    std::string s(code.substr(i, 3));
    if (is_sector(s) && std::find(sectors.begin(), sectors.end(), s) == sectors.end()) sectors.push_back(s);
  }
}

std::string ActorLexicon::country_name(std::string_view iso3) const {
  auto it = country_names_.find(std::string(iso3));
  return it == country_names_.end() ? std::string(iso3) : it->second;
}

void ActorLexicon::add(ActorEntry entry, const std::vector<std::string_view>& aliases, Vocabulary& vocab) {
  if (terminal_.empty()) new_node();  // root
  const uint32_t id = static_cast<uint32_t>(entries_.size());
  if (entry.kind == ActorKind::kCountry) {
    countries_.insert(entry.code.substr(0, 3));
    country_names_.emplace(entry.code.substr(0, 3), entry.name);
  }
  const bool person = entry.kind == ActorKind::kPerson;
  const bool cased = entry.kind != ActorKind::kRole && !(entry.flags & kLower);
  entries_.push_back(std::move(entry));
  last_nodes_.clear();
  Document& tmp = scratch_;
  for (std::string_view alias : aliases) {
    tmp.reset();
    tmp.text.assign(alias);
    tokenize(tmp);
    if (tmp.tokens.empty()) continue;
    const bool given = person && tmp.tokens.size() >= 2 && tmp.tokens[0].has(kCapitalised) && tmp.tokens[1].has(kWord);
    uint32_t node = 0;
    for (const Token& t : tmp.tokens) {
      const uint32_t w = vocab.intern(tmp.norm(t));
      if (given && &t == &tmp.tokens[0]) given_names_.insert(w);
      uint32_t next = child(node, w);
      if (!next) {
        next = new_node();
        if (node == 0) {
          if (root_.size() <= w) root_.resize(w + 1, 0);
          root_[w] = next;
        } else {
          edges_.insert((static_cast<uint64_t>(node) << 32) | w, next);
        }
      }
      node = next;
    }
    add_terminal(node, id);
    // Bit k > 0: token k must be capitalised. Bit 0: a short acronym ("IS", "UN", "IRA") must be
    // written in capitals, so "The U.S. Is pressing" and "Ira Glass" name no Islamic State or IRA.
    uint32_t mask = 0;
    const size_t len = tmp.norm(tmp.tokens[0]).size();
    if (cased && tmp.tokens.size() == 1 && tmp.tokens[0].has(kAllCaps) && len <= kMaxAcronym) mask |= 1u;
    for (size_t k = 1; cased && k < tmp.tokens.size() && k < 32; ++k)
      if (tmp.tokens[k].has(kCapitalised)) mask |= 1u << k;
    caps_[node] &= mask;
    last_nodes_.push_back(node);
    ++aliases_;
  }
}

void ActorLexicon::add_same_aliases(ActorEntry entry, const std::vector<uint32_t>& nodes) {
  const uint32_t id = static_cast<uint32_t>(entries_.size());
  entries_.push_back(std::move(entry));
  for (uint32_t node : nodes) {
    add_terminal(node, id);
    ++aliases_;
  }
}

void ActorLexicon::load(const Data& data, Vocabulary& vocab, std::vector<std::string>* errors) {
  for (const DataFile& f : data.files("actors/sectors", ".tsv"))
    for_each_row(f, [&](int, const std::vector<std::string_view>& cols) {
      if (cols.size() >= 2 && cols[0] == "sector") sectors_.insert(std::string(cols[1]));
    });
  // Countries first: codes of every other file are split against them.
  std::vector<DataFile> files = data.files("actors/", ".dict");
  std::stable_partition(files.begin(), files.end(),
                        [](const DataFile& f) { return f.name.find("countries") != std::string::npos; });
  // One entry a line at most, about two trie nodes an entry: reserve once.
  size_t lines = 0;
  for (const DataFile& f : files) lines += static_cast<size_t>(std::count(f.text.begin(), f.text.end(), '\n'));
  entries_.reserve(entries_.size() + lines);
  terminal_.reserve(terminal_.size() + 2 * lines);
  edges_.reserve(edges_.size() + 2 * lines);
  for (const DataFile& f : files) {
    std::string_view prev_aliases;  // person lines repeat the aliases of the line before
    std::vector<uint32_t> prev_nodes;
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      auto fail = [&](const std::string& why) {
        if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": " + why);
      };
      if (cols.size() < 4 || cols.size() > 6) return fail("expected `kind | code | name | aliases | dates | flags`");
      auto kind = parse_kind(cols[0]);
      if (!kind) return fail("unknown kind \"" + std::string(cols[0]) + "\"");
      ActorEntry e;
      e.kind = *kind;
      e.code = std::string(cols[1]);
      e.name = std::string(cols[2]);
      e.origin = f.name + ":" + std::to_string(line);
      if (e.code.empty() || e.code.size() % 3 != 0) return fail("bad code \"" + e.code + "\"");
      if (cols.size() >= 5 && !cols[4].empty() && !parse_range(cols[4], e.from, e.to))
        return fail("bad date range \"" + std::string(cols[4]) + "\"");
      if (cols.size() >= 6)
        for (std::string_view fl : split_list(cols[5])) {
          if (fl == "title")
            e.flags |= kTitle;
          else if (fl == "lower")
            e.flags |= kLower;
          else if (fl == "ambiguous")
            e.flags |= kAmbiguous;
          else if (fl == "cued")
            e.flags |= kCued;
          else
            return fail("unknown flag \"" + std::string(fl) + "\"");
        }
      if (e.kind == ActorKind::kCountry) countries_.insert(e.code.substr(0, 3));
      if (e.kind == ActorKind::kRole) {
        for (size_t i = 0; i + 3 <= e.code.size(); i += 3) e.sectors.push_back(e.code.substr(i, 3));
      } else {
        split_code(e.code, e.country, e.sectors);
      }
      if (e.kind == ActorKind::kPerson && !prev_aliases.empty() && cols[3] == prev_aliases) {
        add_same_aliases(std::move(e), prev_nodes);
        return;
      }
      auto aliases = split_list(cols[3]);
      if (aliases.empty()) return fail("no aliases");
      const bool person = e.kind == ActorKind::kPerson;
      add(std::move(e), aliases, vocab);
      prev_aliases = person ? cols[3] : std::string_view();
      prev_nodes = last_nodes_;
    });
  }
  // A title written into an alias ("General Omar Diarra") is no given name.
  for (auto it = given_names_.begin(); it != given_names_.end();) {
    const uint32_t first = child(0, *it);
    bool role = false;
    if (first)
      for (uint32_t id : terminal_[first]) role = role || entries_[id].kind == ActorKind::kRole;
    it = role ? given_names_.erase(it) : std::next(it);
  }
  build_fuzzy(vocab);
}

void ActorLexicon::build_fuzzy(const Vocabulary& vocab) {
  fuzzy_ = FuzzyNames();
  // Aliases with the same entries ("Afghans", "Afghani") are one name to FuzzyNames.
  std::map<std::vector<uint32_t>, uint32_t> same;
  for (uint32_t w = 0; w < root_.size(); ++w) {
    const uint32_t node = root_[w];
    if (!node || terminal_[node].empty()) continue;
    bool ok = true;
    for (uint32_t id : terminal_[node]) {
      const ActorEntry& e = entries_[id];
      ok = ok && (e.kind == ActorKind::kCountry || e.kind == ActorKind::kDemonym) && !(e.flags & kAmbiguous);
    }
    if (ok) fuzzy_.add(vocab.word(w), same.emplace(terminal_[node], node).first->second);
  }
  fuzzy_.build();
}

size_t ActorLexicon::match(const Document& doc, size_t i, size_t end, const std::vector<uint32_t>** entries) const {
  if (terminal_.empty()) return 0;
  uint32_t node = 0;
  size_t best = 0;
  for (size_t j = i; j < end; ++j) {
    const uint32_t w = doc.tokens[j].word;
    if (!w) break;
    node = child(node, w);
    if (!node) break;
    if (!(is_terminal_[node / 64] >> (node % 64) & 1)) continue;
    bool cased = !(caps_[node] & 1u) || j > i || doc.tokens[i].has(kAllCaps);
    for (uint32_t bits = caps_[node] & ~1u; bits && cased; bits &= bits - 1)
      cased = doc.tokens[i + static_cast<size_t>(__builtin_ctz(bits))].has(kCapitalised);
    if (cased) {
      best = j - i + 1;
      *entries = &terminal_[node];
    }
  }
  return best;
}

const std::vector<uint32_t>* ActorLexicon::match_word(uint32_t word) const {
  if (terminal_.empty() || !word) return nullptr;
  const uint32_t node = child(0, word);
  return node && !terminal_[node].empty() ? &terminal_[node] : nullptr;
}

const std::vector<uint32_t>* ActorLexicon::match_fuzzy(std::string_view folded, std::string_view* alias) const {
  uint32_t node = 0;
  if (!fuzzy_.find(folded, &node, alias)) return nullptr;
  std::call_once(english_once_, [this] {
    for (const char* path : {"/usr/share/wordnet/index.noun", "/usr/share/wordnet/index.verb",
                             "/usr/share/wordnet/index.adj", "/usr/share/wordnet/index.adv"}) {
      FILE* f = std::fopen(path, "r");
      if (!f) continue;
      char line[4096];
      uint32_t value;
      std::string_view name;
      while (std::fgets(line, sizeof line, f)) {
        if (line[0] == ' ') continue;  // licence header
        const std::string_view l(line), lemma = l.substr(0, l.find(' '));
        if (fuzzy_.find(lemma, &value, &name)) english_.emplace_back(lemma);
      }
      std::fclose(f);
    }
    std::sort(english_.begin(), english_.end());
  });
  if (std::binary_search(english_.begin(), english_.end(), folded)) return nullptr;
  return &terminal_[node];
}

void ActorCues::load(const Data& data, Vocabulary& vocab, std::vector<std::string>* errors) {
  for (const DataFile& f : data.files("actors/place-cues", ".tsv")) {
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      std::unordered_set<uint32_t>* set = nullptr;
      if (cols.size() == 2) {
        if (cols[0] == "place-before") set = &place_before;
        if (cols[0] == "place-after") set = &place_after;
        if (cols[0] == "determiner") set = &determiners;
        if (cols[0] == "linker") set = &linkers;
        if (cols[0] == "object") set = &objects;
        if (cols[0] == "instrument") set = &instruments;
        if (cols[0] == "modifier") set = &modifiers;
        if (cols[0] == "place-modifier") set = &place_modifiers;
        if (cols[0] == "led") set = &led;
        if (cols[0] == "backed") set = &backed;
        if (cols[0] == "ethnic") set = &ethnic;
        if (cols[0] == "origin") set = &origin;
        if (cols[0] == "made") set = &made;
      }
      if (!set) {
        if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": expected `class | words`");
        return;
      }
      for (std::string_view w : split_list(cols[1])) set->insert(vocab.intern(fold(w)));
    });
  }
  refs.load(data, vocab, errors);
  this->vocab = &vocab;
}

}  // namespace dyad
