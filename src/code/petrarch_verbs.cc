#include "dyad/petrarch_verbs.h"

#include <algorithm>
#include <set>

#include "util/trim.h"

namespace dyad {

namespace {

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '\'' || c == '.' || c == '&';
}

// A PETRARCH phrase ("CEASE_FIRE", "PRIME MINISTER_", "RUSH") as dyad's lower-case words; empty
// when a word holds a character dyad's pattern syntax reserves ('/', '?', '*' …).
std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> out;
  std::string w;
  for (char c : phrase) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!w.empty()) out.push_back(std::move(w));
      w.clear();
      continue;
    }
    w.push_back(lower(c));
  }
  if (!w.empty()) out.push_back(std::move(w));
  for (const std::string& x : out) {
    if (x == "..." || !std::all_of(x.begin(), x.end(), word_char)) return {};
  }
  return out;
}

std::string join(const std::vector<std::string>& words, std::string_view sep) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += sep;
    out += w;
  }
  return out;
}

// The code part of a line: the text in its last [...]; `rest` gets what follows it.
bool bracket_code(std::string_view s, std::string_view& code, std::string_view& before, std::string_view& after) {
  const size_t open = s.rfind('[');
  if (open == std::string_view::npos) return false;
  const size_t close = s.find(']', open);
  if (close == std::string_view::npos) return false;
  code = trim(s.substr(open + 1, close - open - 1));
  before = trim(s.substr(0, open));
  after = trim(s.substr(close + 1));
  return true;
}

constexpr std::string_view kNullCode = "null code [---]: PETRARCH codes no event there (dyad has no blocking pattern)";
constexpr std::string_view kMalformed = "malformed line (defect)";

// "190", "042:043" (written 042; the target's act in return, 043, dropped), ":173" (skipped).
// Returns the reason a code is not written, or "".
std::string parse_code(std::string_view c, const VerbImportOptions& o, std::string& code, bool& reciprocal) {
  reciprocal = false;
  std::string_view first = c, second;
  if (const size_t colon = c.find(':'); colon != std::string_view::npos) {
    first = c.substr(0, colon);
    second = c.substr(colon + 1);
  }
  if (first == "---" || (first.empty() && (second.empty() || second == "---"))) return std::string(kNullCode);
  if (first.empty()) return "reverse-only code [:b]: the target's act (dyad patterns code the subject's)";
  const auto digits = [](std::string_view x) {
    return x.size() >= 2 && x.size() <= 4 &&
           std::all_of(x.begin(), x.end(), [](char d) { return d >= '0' && d <= '9'; });
  };
  if (!digits(first) || (!second.empty() && second != "---" && !digits(second))) return std::string(kMalformed);
  if (o.valid_code ? !o.valid_code(first) : false)
    return "code dyad codes no event for (not in data/cameo, or no PLOVER type)";
  code = std::string(first);
  reciprocal = !second.empty() && second != "---";
  return "";
}

struct Synset {
  std::vector<std::vector<std::string>> phrases;
};

struct Element {
  enum Kind { kWords, kTarget, kSource, kGap } kind = kWords;
  std::vector<std::vector<std::string>> alts;  // kWords: alternatives, each a sequence of words
};

struct Verb {
  std::vector<std::string> words;
  std::string code;  // as written, "" when none
  int line = 0;
};

struct Pat {
  int line = 0;
  std::string code;
  bool reciprocal = false;
  std::vector<std::string> rests;  // dyad pattern text after the trigger, one per synset expansion
  std::string origin;              // the verb the comment names ("RUSH"), folded
};

struct Block {
  std::string code;  // the block's code as written
  std::vector<Verb> verbs;
  std::vector<Pat> pats;
};

// Converts the words of a pattern (between '-' and its code) into dyad pattern text after the
// trigger. Returns the reason it cannot be, or "" (`malformed` set for a defect of the file).
std::string convert_pattern(std::string_view body, const std::map<std::string, Synset>& synsets, size_t max,
                            std::vector<std::string>& rests, bool& malformed, std::string& detail) {
  malformed = false;
  std::vector<std::string> toks;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) toks.push_back(std::move(cur));
    cur.clear();
  };
  for (char c : body) {
    if (c == ' ' || c == '\t') {
      flush();
    } else if (c == '(' || c == ')' || c == '{' || c == '}') {
      flush();
      toks.emplace_back(1, c);
    } else {
      cur.push_back(c);
    }
  }
  flush();
  size_t star = toks.size(), stars = 0;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (toks[i] == "*") {
      star = i;
      ++stars;
    } else if (toks[i].find('*') != std::string::npos) {
      malformed = true;
      detail = "'*' joined to a word: " + toks[i];
      return std::string(kMalformed);
    }
  }
  if (stars != 1) {
    malformed = true;
    detail = stars ? "two verb markers '*'" : "no verb marker '*'";
    return std::string(kMalformed);
  }
  int depth = 0;
  for (const std::string& t : toks) {
    depth += t == "(" || t == "{" ? 1 : t == ")" || t == "}" ? -1 : 0;
    if (depth < 0) break;
  }
  if (depth != 0) {
    malformed = true;
    detail = "unbalanced brackets";
    return std::string(kMalformed);
  }
  bool compound = false, pre_target = false, pre_words = false;
  for (size_t i = 0; i < star; ++i) {
    if (toks[i] == "%")
      compound = true;
    else if (toks[i] == "+")
      pre_target = true;
    else if (toks[i] != "$")
      pre_words = true;
  }
  for (size_t i = star + 1; i < toks.size(); ++i) compound = compound || toks[i] == "%";
  if (compound) return "compound-actor marker %";
  if (pre_target) return "target before the verb (+ *)";
  if (pre_words) return "words before the verb (dyad patterns start at the verb)";
  std::vector<Element> els;
  int targets = 0, sources = 0;
  for (size_t i = star + 1; i < toks.size(); ++i) {
    const std::string& t = toks[i];
    // A prepositional phrase with its preposition only, "(TO)", stands for "to" and any noun
    // phrase: a gap (dropped at the end, where the coder takes the object after the words).
    if (t == ")" && i >= 2 && toks[i - 2] == "(" && toks[i - 1] != "+" && toks[i - 1] != "$") {
      Element gap;
      gap.kind = Element::kGap;
      els.push_back(std::move(gap));
    }
    if (t == "(" || t == ")" || t == "{" || t == "}") continue;  // phrases: their words in order
    Element e;
    if (t == "+") {
      e.kind = Element::kTarget;
      ++targets;
    } else if (t == "$") {
      e.kind = Element::kSource;
      ++sources;
    } else if (t == "^") {
      e.kind = Element::kGap;
    } else if (t[0] == '&') {
      auto it = synsets.find(t.substr(1));
      if (it == synsets.end() && t.back() != '_') it = synsets.find(t.substr(1) + "_");
      if (it == synsets.end() || it->second.phrases.empty()) {
        detail = "undefined synset " + t;
        return "undefined synset";
      }
      e.alts = it->second.phrases;
    } else {
      // "BY/WITH": alternatives (TABARI's shorthand, which dyad writes the same way).
      for (size_t a = 0; a <= t.size();) {
        size_t b = t.find('/', a);
        if (b == std::string::npos) b = t.size();
        std::vector<std::string> w = phrase_words(std::string_view(t).substr(a, b - a));
        if (w.empty()) {
          malformed = true;
          detail = "not a word: " + t;
          return std::string(kMalformed);
        }
        e.alts.push_back(std::move(w));
        a = b + 1;
      }
    }
    els.push_back(std::move(e));
  }
  if (targets > 1) return "two target markers +";
  if (sources > 1) return "two source markers $";
  // A skip (^) is a gap between words: none at the end, never two in a row.
  std::vector<Element> kept;
  for (Element& e : els)
    if (e.kind != Element::kGap || (!kept.empty() && kept.back().kind != Element::kGap) || kept.empty())
      kept.push_back(std::move(e));
  while (!kept.empty() && kept.back().kind == Element::kGap) kept.pop_back();
  if (!kept.empty() && kept.front().kind == Element::kGap) kept.erase(kept.begin());
  // The verb alone (`- * [code]`): like a verb's own code, it needs its object.
  if (kept.empty()) {
    Element e;
    e.kind = Element::kTarget;
    kept.push_back(std::move(e));
  }
  rests.assign(1, "");
  for (const Element& e : kept) {
    std::vector<std::string> parts;
    if (e.kind == Element::kTarget) {
      parts = {"TGT"};
    } else if (e.kind == Element::kSource) {
      parts = {"SRC"};
    } else if (e.kind == Element::kGap) {
      parts = {"..."};
    } else {
      std::vector<std::string> singles;
      for (const auto& a : e.alts)
        if (a.size() == 1 && std::find(singles.begin(), singles.end(), a[0]) == singles.end()) singles.push_back(a[0]);
      if (!singles.empty()) parts.push_back(join(singles, "/"));
      for (const auto& a : e.alts)
        if (a.size() > 1) parts.push_back(join(a, " "));
    }
    if (rests.size() * parts.size() > max) {
      detail = std::to_string(rests.size() * parts.size()) + " expansions";
      return "synsets expand into too many patterns";
    }
    std::vector<std::string> next;
    for (const std::string& r : rests)
      for (const std::string& p : parts) next.push_back(r.empty() ? p : r + " " + p);
    rests = std::move(next);
  }
  return "";
}

}  // namespace

VerbImportResult import_petrarch_verbs(std::string_view text, const std::string& file,
                                       const VerbImportOptions& options) {
  VerbImportResult r;
  std::map<std::string, Synset> synsets;
  std::vector<Block> blocks;
  Synset* synset = nullptr;  // the synset whose `+` phrases are being read
  std::string base = file.substr(file.find_last_of('/') == std::string::npos ? 0 : file.find_last_of('/') + 1);
  auto warn = [&](int line, const std::string& why) {
    r.warnings.push_back(file + ":" + std::to_string(line) + ": " + why);
  };
  auto skip = [&](const std::string& why) { ++r.skipped[why]; };

  int line = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line;
    // Comments: `#` (the comment names the verb a pattern was written for), `;` (TABARI), <!-- -->.
    std::string_view comment;
    if (const size_t x = raw.find_first_of("#;"); x != std::string_view::npos) {
      comment = trim(raw.substr(x + 1));
      raw = raw.substr(0, x);
    }
    if (const size_t x = raw.find("<!--"); x != std::string_view::npos) raw = raw.substr(0, x);
    const std::string_view s = trim(raw);
    if (s.empty()) continue;
    if (s[0] == '&') {
      std::string name(trim(s.substr(1)));
      synset = &synsets[name];
      if (!synset->phrases.empty()) warn(line, "synset &" + name + " defined twice: its phrases are merged");
      ++r.synsets;
      continue;
    }
    if (s[0] == '+' && synset) {
      ++r.synset_phrases;
      std::vector<std::string> w = phrase_words(s.substr(1));
      if (w.empty())
        warn(line, "synset phrase dyad cannot write: " + std::string(s));
      else
        synset->phrases.push_back(std::move(w));
      continue;
    }
    synset = nullptr;
    if (s.starts_with("---")) {
      ++r.blocks;
      Block& b = blocks.emplace_back();
      std::string_view code, before, after;
      if (bracket_code(s, code, before, after)) b.code = std::string(code);
      continue;
    }
    if (s[0] == '~') {
      ++r.rules;
      skip("verb-combination rule ~ (not a pattern)");
      continue;
    }
    if (s[0] == '-') {
      ++r.patterns;
      if (blocks.empty()) {
        warn(line, "pattern outside a verb block");
        skip(std::string(kMalformed));
        continue;
      }
      Block& b = blocks.back();
      std::string_view code, body, after;
      if (!bracket_code(s.substr(1), code, body, after) || !after.empty()) {
        warn(line, "no [code] at the end of the pattern");
        skip(std::string(kMalformed));
        continue;
      }
      Pat p;
      p.line = line;
      std::string why = parse_code(code, options, p.code, p.reciprocal);
      bool malformed = why == kMalformed;
      std::string detail = malformed ? "bad code [" + std::string(code) + "]" : "";
      if (why.empty()) why = convert_pattern(body, synsets, options.max_expansions, p.rests, malformed, detail);
      if (!why.empty()) {
        if (malformed || why == "undefined synset") warn(line, detail);
        skip(why);
        // Still a pattern of the block for the count of what PETRARCH matches.
        p.rests.clear();
      }
      if (!comment.empty()) {
        const size_t e = comment.find_first_of(" \t,<");
        std::vector<std::string> w = phrase_words(comment.substr(0, e));
        p.origin = join(w, " ");
      }
      b.pats.push_back(std::move(p));
      continue;
    }
    if (blocks.empty()) {
      warn(line, "line outside a verb block: " + std::string(s));
      continue;
    }
    // A verb: `WORD {FORMS} [code]` or `+MULTI_WORD {…} [code]`; its forms come from dyad's lemmatiser.
    Verb v;
    v.line = line;
    std::string_view name = s[0] == '+' ? s.substr(1) : s;
    name = name.substr(0, name.find_first_of(" \t{["));
    v.words = phrase_words(name);
    std::string_view code, before, after;
    if (bracket_code(s, code, before, after)) v.code = std::string(code);
    if (v.words.empty()) {
      warn(line, "not a verb: " + std::string(s));
      continue;
    }
    ++r.verbs;
    if (v.words.size() > 1) ++r.multiword;
    blocks.back().verbs.push_back(std::move(v));
  }

  // Every pattern applies to every verb of its block (PETRARCH's synonym sets).
  struct Cand {
    std::string verb, rest, code;
    int line;
    size_t unit;
  };
  std::vector<Cand> cands;
  std::vector<int> unit_kind;  // 0: pattern, 1: verb code
  std::vector<bool> unit_reciprocal;
  std::vector<size_t> unit_known;  // verbs dropped as known
  for (const Block& b : blocks) {
    for (const Pat& p : b.pats) {
      r.pairs += b.verbs.size();
      if (p.rests.empty()) continue;
      const size_t unit = unit_kind.size();
      unit_kind.push_back(0);
      unit_reciprocal.push_back(p.reciprocal);
      unit_known.push_back(0);
      std::vector<const Verb*> verbs;
      for (const Verb& v : b.verbs)
        if (!options.origin_verb_only || join(v.words, " ") == p.origin) verbs.push_back(&v);
      if (verbs.empty()) {
        skip("no verb of the block named in its comment (origin-verb-only)");
        unit_kind.back() = 2;
        continue;
      }
      for (const Verb* v : verbs) {
        if (options.known_triggers.count(v->words[0])) {
          ++r.known_pairs;
          ++unit_known.back();
          continue;
        }
        for (const std::string& rest : p.rests) cands.push_back({join(v->words, " "), rest, p.code, p.line, unit});
      }
    }
    if (!options.verb_codes) continue;
    for (const Verb& v : b.verbs) {
      const std::string& written = v.code.empty() ? b.code : v.code;
      if (written.empty()) continue;
      std::string code;
      bool reciprocal = false;
      const std::string why = parse_code(written, options, code, reciprocal);
      if (why == kNullCode) continue;  // a verb without an event of its own
      ++r.verb_codes;
      if (!why.empty()) {
        skip("verb code: " + why);
        if (why == kMalformed) warn(v.line, "bad code [" + written + "]");
        continue;
      }
      const size_t unit = unit_kind.size();
      unit_kind.push_back(1);
      unit_reciprocal.push_back(reciprocal);
      unit_known.push_back(0);
      if (options.known_triggers.count(v.words[0])) {
        unit_known.back() = 1;
        continue;
      }
      cands.push_back({join(v.words, " "), "TGT", code, v.line, unit});
    }
  }

  // The same words with different codes (in one block or two): PETRARCH's choice between them is
  // arbitrary, dyad keeps none. The same words with the same code: once.
  std::map<std::string, std::set<std::string>> codes;
  for (const Cand& c : cands) codes[c.verb + " " + c.rest].insert(c.code);
  std::vector<size_t> unit_written(unit_kind.size(), 0), unit_conflict(unit_kind.size(), 0);
  struct Group {
    std::string code, rest;
    std::vector<std::string> singles, multis;
    std::vector<int> lines;
  };
  std::vector<Group> groups;
  std::map<std::pair<std::string, std::string>, size_t> group_of;
  std::set<std::string> done;
  for (const Cand& c : cands) {
    const std::string key = c.verb + " " + c.rest;
    if (codes[key].size() > 1) {
      ++unit_conflict[c.unit];
      continue;
    }
    ++unit_written[c.unit];
    if (!done.insert(key).second) continue;
    auto [it, fresh] = group_of.try_emplace({c.code, c.rest}, groups.size());
    if (fresh) groups.push_back({c.code, c.rest, {}, {}, {}});
    Group& g = groups[it->second];
    (c.verb.find(' ') == std::string::npos ? g.singles : g.multis).push_back(c.verb);
    if (std::find(g.lines.begin(), g.lines.end(), c.line) == g.lines.end()) g.lines.push_back(c.line);
  }
  for (size_t u = 0; u < unit_kind.size(); ++u) {
    if (unit_kind[u] == 2) continue;
    const bool verb = unit_kind[u] == 1;
    if (unit_written[u]) {
      ++(verb ? r.converted_verb_codes : r.converted);
      r.reciprocal += unit_reciprocal[u];
    } else if (unit_conflict[u]) {
      skip(std::string(verb ? "verb code: " : "") + "conflicting codes for the same words");
    } else if (unit_known[u]) {
      skip(std::string(verb ? "verb code: " : "") + "verb(s) dyad's own patterns already code");
    }
  }
  std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) { return a.code < b.code; });
  for (const Group& g : groups) {
    std::string where = "  # " + base + ":";
    for (size_t k = 0; k < g.lines.size() && k < 3; ++k) where += (k ? "," : "") + std::to_string(g.lines[k]);
    if (g.lines.size() > 3) where += ",...";
    const std::string flags = options.verb_flag ? " | verb" : "";
    if (!g.singles.empty()) r.lines.push_back(g.code + " | " + join(g.singles, "/") + " " + g.rest + flags + where);
    for (const std::string& m : g.multis) r.lines.push_back(g.code + " | " + m + " " + g.rest + flags + where);
  }
  r.written = r.lines.size();
  return r;
}

}  // namespace dyad
