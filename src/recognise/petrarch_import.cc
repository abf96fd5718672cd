#include "dyad/petrarch_import.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "dyad/date.h"
#include "dyad/text.h"
#include "util/trim.h"

namespace dyad {

namespace {

// "VLADIMIR_V._PUTIN_" -> "Vladimir V. Putin"; "AL-ASSAD" -> "Al-Assad".
std::string title_case(std::string_view phrase) {
  std::string out;
  bool start = true;
  for (char c : phrase) {
    if (c == '_') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) {
      start = true;
      continue;
    }
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (letter) {
      const char lower = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      out.push_back(start ? static_cast<char>(lower - 'a' + 'A') : lower);
      start = false;
    } else {
      out.push_back(c);
      start = c == ' ' || c == '-' || c == '\'' || c == '.';
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

size_t word_count(std::string_view folded) {
  return folded.empty() ? 0 : std::count(folded.begin(), folded.end(), ' ') + 1;
}

// YYMMDD (00-29 -> 20xx, 30-99 -> 19xx) or YYYYMMDD.
std::optional<Date> parse_dict_date(std::string_view s) {
  if (s.size() != 6 && s.size() != 8) return std::nullopt;
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  std::string iso;
  if (s.size() == 6) {
    const int yy = (s[0] - '0') * 10 + (s[1] - '0');
    iso = std::string(yy < 30 ? "20" : "19") + std::string(s.substr(0, 2));
    s.remove_prefix(2);
  } else {
    iso = std::string(s.substr(0, 4));
    s.remove_prefix(4);
  }
  iso += "-" + std::string(s.substr(0, 2)) + "-" + std::string(s.substr(2, 2));
  return parse_iso_date(iso);
}

struct Role {
  std::string code;
  std::optional<Date> from, to;
  bool dated = false;
  int line = 0;
};

struct Entry {
  std::string head;                  // as written, without markers
  std::vector<std::string> aliases;  // as written (`+` lines), head first
  std::vector<Role> roles;
  std::string plural;  // agents: `{PLURAL}`; "-" for `{}` (no plural)
  bool person_marker = false;
  bool agent = false;
  int line = 0;
};

bool valid_code(std::string_view c) {
  if (c.empty() || c.size() % 3 != 0) return false;
  for (char x : c)
    if (x < 'A' || x > 'Z') return false;
  return true;
}

std::string plural_of(const std::string& w) {
  auto ends = [&](std::string_view e) {
    return w.size() >= e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0;
  };
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) return w + "es";
  if (w.size() >= 2 && w.back() == 'y' && std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "ies";
  return w + "s";
}

std::string iso(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

}  // namespace

std::string fold_phrase(std::string_view phrase) {
  std::string spaced;
  for (char c : phrase) spaced.push_back(c == '_' ? ' ' : c);
  std::string folded = fold(trim(spaced));
  std::string out;
  for (char c : folded) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string person_key(std::string_view folded) {
  const size_t first = folded.find(' '), last = folded.find_last_of(' ');
  if (first == std::string_view::npos) return "";
  return std::string(folded.substr(0, std::min<size_t>(first, 3))) + " " + std::string(folded.substr(last + 1));
}

ImportResult import_petrarch(std::string_view text, const std::string& file, const ImportOptions& opt) {
  ImportResult r;
  auto warn = [&](int line, const std::string& why) {
    r.warnings.push_back(file + ":" + std::to_string(line) + ": " + why);
  };
  const char comment = opt.format == DictFormat::kTabari ? ';' : '#';

  // Parses the bracketed codes of a line into `e` ("[RUSGOV >080508]", "[~MIL]").
  auto parse_brackets = [&](std::string_view s, Entry& e, int line) {
    for (size_t open = s.find('['); open != std::string_view::npos; open = s.find('[', open + 1)) {
      const size_t close = s.find(']', open);
      if (close == std::string_view::npos) return warn(line, "unclosed [");
      std::string_view in = trim(s.substr(open + 1, close - open - 1));
      const size_t sp = in.find_first_of(" \t");
      std::string_view code = in.substr(0, sp), date = sp == std::string_view::npos ? "" : trim(in.substr(sp));
      Role role;
      role.line = line;
      if (!code.empty() && code.front() == '~') {
        e.agent = true;
        code.remove_prefix(1);
      }
      role.code = std::string(code);
      if (!valid_code(role.code)) {
        warn(line, "bad code \"" + std::string(in) + "\"");
        continue;
      }
      if (!date.empty()) {
        role.dated = true;
        bool ok = true;
        if (date.front() == '>') {
          role.from = parse_dict_date(date.substr(1));
          ok = role.from.has_value();
        } else if (date.front() == '<') {
          role.to = parse_dict_date(date.substr(1));
          ok = role.to.has_value();
        } else if (size_t dash = date.find('-'); dash != std::string_view::npos) {
          std::string_view a = date.substr(0, dash), b = date.substr(dash + 1);
          if (!a.empty()) role.from = parse_dict_date(a);
          if (!b.empty()) role.to = parse_dict_date(b);
          ok = (a.empty() || role.from) && (b.empty() || role.to) && (role.from || role.to);
        } else {
          ok = false;
        }
        if (ok && role.from && role.to && role.from->days() > role.to->days()) {
          warn(line, "date range ends before it starts: \"" + std::string(date) + "\"");
          continue;
        }
        if (!ok) {
          warn(line, "bad date \"" + std::string(date) + "\" (expected YYMMDD-YYMMDD, >YYMMDD or <YYMMDD)");
          continue;
        }
      }
      e.roles.push_back(std::move(role));
    }
  };

  std::vector<Entry> entries;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (const size_t c = raw.find(comment); c != std::string_view::npos) raw = raw.substr(0, c);
    const bool indented = !raw.empty() && (raw.front() == '\t' || raw.front() == ' ');
    std::string_view s = trim(raw);
    if (s.empty()) continue;
    if (indented && s.front() == '[') {
      if (entries.empty()) {
        warn(line_no, "role line before any entry");
        continue;
      }
      parse_brackets(s, entries.back(), line_no);
      continue;
    }
    if (s.front() == '+') {
      if (entries.empty()) {
        warn(line_no, "alias before any entry");
        continue;
      }
      std::string_view a =
          trim(s.substr(1, s.find('[') == std::string_view::npos ? std::string_view::npos : s.find('[') - 1));
      if (!a.empty()) entries.back().aliases.emplace_back(a);
      if (s.find('[') != std::string_view::npos) parse_brackets(s, entries.back(), line_no);
      continue;
    }
    if (s.front() == '[' || s.front() == '<' || s.front() == '-' || s.front() == '=') {
      warn(line_no, "unsupported line");
      continue;
    }
    Entry e;
    e.line = line_no;
    std::string_view name = s.substr(0, s.find_first_of("[{"));
    if (size_t b = s.find('{'); b != std::string_view::npos) {
      const size_t close = s.find('}', b);
      if (close == std::string_view::npos) {
        warn(line_no, "unclosed {");
        continue;
      }
      e.plural = std::string(trim(s.substr(b + 1, close - b - 1)));
      if (e.plural.empty()) e.plural = "-";
    }
    std::string head(trim(name));
    if (size_t m = head.find("!PERSON!"); m != std::string::npos) {
      e.person_marker = true;
      head.erase(m, 8);
    }
    if (head.find('!') != std::string::npos) {
      warn(line_no, "unsupported marker in \"" + head + "\"");
      continue;
    }
    e.head = head;
    e.aliases.push_back(head);
    parse_brackets(s, e, line_no);
    entries.push_back(std::move(e));
  }

  bool agents = opt.kind == DictKind::kAgents;
  if (opt.kind == DictKind::kAuto) {
    size_t n_agent = 0;
    for (const Entry& e : entries) n_agent += e.agent;
    agents = n_agent * 2 > entries.size();
  }

  auto sectors_ok = [&](std::string_view code, size_t from) {
    if (opt.sectors.empty()) return true;
    for (size_t i = from; i + 3 <= code.size(); i += 3)
      if (!opt.sectors.count(std::string(code.substr(i, 3)))) return false;
    return true;
  };

  if (agents) {
    for (const Entry& e : entries) {
      if (e.roles.size() != 1) {
        warn(e.line, e.roles.empty() ? "agent without [~CODE]" : "agent with several codes");
        continue;
      }
      const std::string& code = e.roles[0].code;
      if (!sectors_ok(code, 0)) {
        warn(e.line, "sector code \"" + code + "\" is not one of dyad's sectors (data/actors/sectors.tsv)");
        continue;
      }
      std::vector<std::string> forms;
      auto add_form = [&](std::string f) {
        if (f.empty() || opt.known_aliases.count(f)) return;
        if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(std::move(f));
      };
      for (const std::string& a : e.aliases) {
        const std::string f = fold_phrase(a);
        if (e.person_marker) {
          for (const char* suffix : {"man", "men", "woman", "women", "person", "people"}) add_form(f + suffix);
          continue;
        }
        add_form(f);
        if (e.plural == "-") continue;
        if (!e.plural.empty()) {
          add_form(fold_phrase(e.plural));
          continue;
        }
        const size_t sp = f.find_last_of(' ');
        add_form(f.substr(0, sp + 1) + plural_of(f.substr(sp + 1)));
      }
      if (forms.empty()) continue;  // every form already in dyad's dictionaries
      std::string line = "role | " + code + " | " + forms.front() + " | ";
      for (size_t i = 0; i < forms.size(); ++i) line += (i ? "; " : "") + forms[i];
      r.lines.push_back(std::move(line));
      ++r.roles;
    }
    return r;
  }

  // Actors. A single-word alias shared by two people is dropped (never guess).
  std::map<std::string, std::set<std::string>> owners;
  for (const Entry& e : entries)
    for (const std::string& a : e.aliases) {
      const std::string f = fold_phrase(a);
      if (word_count(f) == 1) owners[f].insert(fold_phrase(e.head));
    }

  for (const Entry& e : entries) {
    if (e.agent) {
      warn(e.line, "agent code in an actors dictionary");
      continue;
    }
    if (e.roles.empty()) {
      warn(e.line, "no [CODE] for \"" + e.head + "\"");
      continue;
    }
    bool dated = false;
    for (const Role& ro : e.roles) dated = dated || ro.dated;
    const std::string head = fold_phrase(e.head);
    if (!dated) {
      // A country (or a territory, group) by name: code without dates.
      if (opt.people_only) continue;
      const Role& ro = e.roles.front();
      std::vector<std::string> names;
      for (const std::string& a : e.aliases) {
        const std::string f = fold_phrase(a);
        if (!f.empty() && !opt.known_aliases.count(f)) names.push_back(title_case(a));
      }
      if (names.empty()) continue;
      std::string line =
          std::string(ro.code.size() == 3 ? "country" : "org") + " | " + ro.code + " | " + title_case(e.head) + " | ";
      for (size_t i = 0; i < names.size(); ++i) line += (i ? "; " : "") + names[i];
      r.lines.push_back(std::move(line));
      ++(ro.code.size() == 3 ? r.countries : r.people);
      continue;
    }
    // A person with dated roles.
    if (!opt.require_sectors.empty()) {
      bool wanted = false;
      for (const Role& ro : e.roles)
        wanted = wanted || (ro.code.size() > 3 && opt.require_sectors.count(ro.code.substr(3)) > 0);
      if (!wanted) continue;
    }
    // dyad's own entry wins: same name, or same given-name start and surname.
    bool known = false;
    for (const std::string& a : e.aliases) {
      const std::string f = fold_phrase(a);
      known = known || (word_count(f) > 1 && (opt.known_aliases.count(f) || opt.known_people.count(person_key(f))));
    }
    if (known) continue;
    bool org = false;  // "PEOPLES_LIBERATION_ARMY"
    for (size_t a = 0, b = 0; a < head.size() && !org; a = b + 1) {
      b = std::min(head.find(' ', a), head.size());
      org = opt.group_words.count(head.substr(a, b - a)) > 0;
    }
    if (org) {
      warn(e.line, "\"" + e.head + "\" contains a group noun: not imported as a person");
      continue;
    }
    std::vector<std::string> aliases;
    for (const std::string& a : e.aliases) {
      const std::string f = fold_phrase(a);
      if (f.empty() || opt.known_aliases.count(f)) continue;
      if (&a != &e.aliases.front()) {  // "PRESIDENT_PUTIN", "RUSSIAN_PRESIDENT_VLADIMIR_PUTIN"
        bool title = false;
        for (size_t x = 0, y = 0; x < f.size() && !title; x = y + 1) {
          y = std::min(f.find(' ', x), f.size());
          title = opt.title_words.count(f.substr(x, y - x)) > 0;
        }
        if (title) continue;
      }
      if (word_count(f) == 1 && (opt.common_words.count(f) || owners[f].size() > 1)) continue;
      const std::string shown = title_case(a);
      if (std::find(aliases.begin(), aliases.end(), shown) == aliases.end()) aliases.push_back(shown);
    }
    if (aliases.empty()) {
      warn(e.line, "\"" + e.head + "\": no usable alias");
      continue;
    }
    std::string alias_col;
    for (size_t i = 0; i < aliases.size(); ++i) alias_col += (i ? "; " : "") + aliases[i];
    // A dated period with the code of the undated default role adds nothing: the
    // default applies whenever no other period covers the date.
    std::set<std::string> defaults;
    for (const Role& ro : e.roles)
      if (!ro.dated) defaults.insert(ro.code);
    std::set<std::string> seen;
    bool any = false;
    for (const Role& ro : e.roles) {
      if (ro.dated && defaults.count(ro.code)) continue;
      if (!sectors_ok(ro.code, 3) && !sectors_ok(ro.code, 0)) {
        warn(ro.line, "code \"" + ro.code + "\" has a sector dyad does not know");
        continue;
      }
      std::string dates;
      if (ro.dated) dates = (ro.from ? iso(*ro.from) : "") + ".." + (ro.to ? iso(*ro.to) : "");
      std::string line = "person | " + ro.code + " | " + title_case(e.head) + " | " + alias_col + " | " + dates;
      if (!ro.dated) line.resize(line.size() - 3);  // no empty dates column
      if (seen.insert(line).second) {
        r.lines.push_back(std::move(line));
        any = true;
      }
    }
    r.people += any;
  }
  return r;
}

}  // namespace dyad
