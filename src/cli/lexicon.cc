// `dyad lexicon import`: PETRARCH/TABARI dictionaries converted into dyad .dict lines (actors,
// agents) or .pat lines (verb dictionaries, `--format petrarch-verbs`).
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "dyad/events.h"
#include "dyad/petrarch_import.h"
#include "dyad/petrarch_verbs.h"
#include "dyad/text.h"

namespace dyad::cli {

namespace {

struct LexiconImportArgs {
  std::string file;
  std::string format;
  std::string kind = "auto";
  bool people_only = false;
  bool no_known = false;
  bool origin_verb_only = false;
  bool no_verb_codes = false;
  bool any_pos = false;
  std::vector<std::string> require_sectors;
  std::string common_words = "/usr/share/dict/words";
};

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Roles of the state, parties and armed groups: their nouns (army, council,
// party …) inside a name make it an organisation's.
bool state_or_armed(std::string_view code) {
  for (size_t i = 0; i + 3 <= code.size(); i += 3) {
    const std::string_view s = code.substr(i, 3);
    for (std::string_view x : {"GOV", "MIL", "LEG", "PTY", "OPP", "REB", "INS", "SEP", "UAF", "COP", "SPY", "JUD"})
      if (s == x) return true;
  }
  return false;
}

// Aliases, title words and sectors of dyad's own actor dictionaries (the loaded
// data, except imported petrarch-*.dict files): their entries win over imports.
void collect_known(const Data& data, ImportOptions& opt) {
  for (const DataFile& f : data.files("actors/sectors", ".tsv"))
    for_each_row(f, [&](int, const std::vector<std::string_view>& cols) {
      if (cols.size() >= 2 && cols[0] == "sector") opt.sectors.insert(std::string(cols[1]));
    });
  for (const DataFile& f : data.files("actors/", ".dict")) {
    if (f.name.find("petrarch-") != std::string::npos) continue;
    for_each_row(f, [&](int, const std::vector<std::string_view>& cols) {
      if (cols.size() < 4) return;
      const std::string_view kind = cols[0];
      const bool title = cols.size() >= 6 && cols[5].find("title") != std::string_view::npos;
      for (std::string_view a : split_list(cols[3])) {
        const std::string folded = fold_phrase(a);
        if (folded.empty()) continue;
        opt.known_aliases.insert(folded);
        const bool one_word = folded.find(' ') == std::string::npos;
        if (kind == "person" && !one_word) opt.known_people.insert(person_key(folded));
        if (kind == "role" && title) opt.title_words.insert(folded.substr(0, folded.find(' ')));
        if (kind == "role" && !title && one_word && state_or_armed(cols[1])) opt.group_words.insert(folded);
        if (one_word && (kind == "country" || kind == "demonym")) opt.title_words.insert(folded);
      }
    });
  }
}

// The trigger words of dyad's own verbal patterns (the loaded data, except imported
// petrarch-*.pat files): an imported verb with one of them is left to dyad's patterns.
void collect_triggers(const Data& data, VerbImportOptions& opt) {
  for (const DataFile& f : data.files("events/", ".pat")) {
    if (f.name.find("petrarch-") != std::string::npos) continue;
    for_each_row(f, [&](int, const std::vector<std::string_view>& cols) {
      if (cols.size() < 2) return;
      if (cols.size() >= 3)
        for (std::string_view fl : split_list(cols[2]))
          if (fl == "noun") return;
      const std::string_view trigger = cols[1].substr(0, cols[1].find(' '));
      for (size_t a = 0; a <= trigger.size();) {
        size_t b = trigger.find('/', a);
        if (b == std::string_view::npos) b = trigger.size();
        std::string_view w = trigger.substr(a, b - a);
        if (w.ends_with("?")) w.remove_suffix(1);
        if (!w.empty()) opt.known_triggers.insert(fold(w));
        a = b + 1;
      }
    });
  }
}

// `--format petrarch-verbs`: a PETRARCH2/TABARI verb dictionary into dyad .pat lines.
int run_verb_import(const Common& c, const LexiconImportArgs& a) {
  const Data data = c.data_dir.empty() ? Data::embedded() : Data::from_directory(c.data_dir);
  auto cameo = std::make_shared<CameoTable>();
  cameo->load(data, nullptr);
  VerbImportOptions opt;
  opt.valid_code = [cameo](std::string_view code) {
    const CameoCode* k = cameo->find(code);
    return k && !k->plover_type.empty();
  };
  opt.origin_verb_only = a.origin_verb_only;
  opt.verb_codes = !a.no_verb_codes;
  opt.verb_flag = !a.any_pos;
  if (!a.no_known) collect_triggers(data, opt);
  std::string text;
  if (!read_file(a.file, text)) {
    std::fprintf(stderr, "dyad: cannot read %s\n", a.file.c_str());
    return 3;
  }
  const VerbImportResult r = import_petrarch_verbs(text, a.file, opt);
  std::printf("# Imported by `dyad lexicon import --format petrarch-verbs%s%s%s%s` from %s\n",
              a.origin_verb_only ? " --origin-verb-only" : "", a.no_verb_codes ? " --no-verb-codes" : "",
              a.any_pos ? " --any-pos" : "", a.no_known ? " --no-known" : "", a.file.c_str());
  std::printf("# Each line ends with the dictionary line(s) it comes from.\n");
  for (const std::string& l : r.lines) std::printf("%s\n", l.c_str());
  for (const std::string& w : r.warnings) std::fprintf(stderr, "%s\n", w.c_str());
  std::fprintf(stderr,
               "dyad: read %zu verb blocks, %zu verbs (%zu multi-word), %zu synsets (%zu phrases), %zu patterns "
               "(%zu pattern x verb pairs), %zu verb codes, %zu ~ rules\n",
               r.blocks, r.verbs, r.multiword, r.synsets, r.synset_phrases, r.patterns, r.pairs, r.verb_codes, r.rules);
  std::fprintf(stderr,
               "dyad: converted %zu patterns and %zu verb codes into %zu .pat lines (%zu [a:b] codes written as a; "
               "%zu pattern x verb pairs left to dyad's own patterns of the verb)\n",
               r.converted, r.converted_verb_codes, r.written, r.reciprocal, r.known_pairs);
  size_t skipped = 0;
  for (const auto& [why, n] : r.skipped) skipped += n;
  std::fprintf(stderr, "dyad: skipped %zu:\n", skipped);
  std::vector<std::pair<size_t, std::string>> by_count;
  for (const auto& [why, n] : r.skipped) by_count.emplace_back(n, why);
  std::sort(by_count.rbegin(), by_count.rend());
  for (const auto& [n, why] : by_count) std::fprintf(stderr, "  %6zu  %s\n", n, why.c_str());
  return skipped || !r.warnings.empty() ? 2 : 0;
}

int run_lexicon_import(const Common& c, const LexiconImportArgs& a) {
  if (a.format == "petrarch-verbs") return run_verb_import(c, a);
  ImportOptions opt;
  opt.format = a.format == "tabari" ? DictFormat::kTabari : DictFormat::kPetrarch;
  opt.kind = a.kind == "actors" ? DictKind::kActors : a.kind == "agents" ? DictKind::kAgents : DictKind::kAuto;
  opt.people_only = a.people_only;
  for (const std::string& x : a.require_sectors) opt.require_sectors.insert(x);
  if (!a.no_known) collect_known(c.data_dir.empty() ? Data::embedded() : Data::from_directory(c.data_dir), opt);
  if (!a.common_words.empty()) {
    std::ifstream words(a.common_words);
    std::string w;
    // Lower-case dictionary words only: "bush", "rice" (not "Putin", "Paris").
    while (std::getline(words, w))
      if (!w.empty() && w[0] >= 'a' && w[0] <= 'z' && w.find('\'') == std::string::npos) opt.common_words.insert(w);
  }
  std::string text;
  if (!read_file(a.file, text)) {
    std::fprintf(stderr, "dyad: cannot read %s\n", a.file.c_str());
    return 3;
  }
  const ImportResult r = import_petrarch(text, a.file, opt);
  std::printf("# Imported by `dyad lexicon import --format %s` from %s\n", a.format.c_str(), a.file.c_str());
  for (const std::string& l : r.lines) std::printf("%s\n", l.c_str());
  for (const std::string& w : r.warnings) std::fprintf(stderr, "%s\n", w.c_str());
  std::fprintf(stderr, "dyad: %zu people, %zu countries/groups, %zu roles written; %zu lines not converted\n", r.people,
               r.countries, r.roles, r.warnings.size());
  return r.warnings.empty() ? 0 : 2;
}

}  // namespace

Subcommand add_lexicon_command(CLI::App& app, const Common& c) {
  CLI::App* lexicon = app.add_subcommand("lexicon", "Work with actor and verb dictionaries");
  lexicon->require_subcommand(1);
  auto args = std::make_shared<LexiconImportArgs>();
  CLI::App* import = lexicon->add_subcommand(
      "import",
      "Convert a PETRARCH/TABARI actors or agents dictionary into dyad .dict lines, or (--format petrarch-verbs) a "
      "PETRARCH verb dictionary into dyad .pat lines (stdout)");
  import->add_option("--format", args->format, "Dictionary format: petrarch, tabari (actors/agents), petrarch-verbs")
      ->required()
      ->check(CLI::IsMember({"petrarch", "tabari", "petrarch-verbs"}));
  import->add_option("file", args->file, "The dictionary file")->required();
  import->add_option("--kind", args->kind, "actors, agents, or auto (agents when entries carry [~SEC] codes)")
      ->check(CLI::IsMember({"auto", "actors", "agents"}));
  import->add_flag("--people-only", args->people_only, "Actors: write people only (no countries or groups)");
  import
      ->add_option("--require-sector", args->require_sectors,
                   "Actors: import a person only if one of their roles has exactly this sector part (repeatable: "
                   "GOV, GOVMIL …)")
      ->delimiter(',');
  import->add_flag("--no-known", args->no_known,
                   "Do not drop aliases dyad's own dictionaries already have (and keep titles in aliases); verbs: "
                   "keep verbs dyad's own patterns already code");
  import->add_flag("--origin-verb-only", args->origin_verb_only,
                   "Verbs: a pattern only for the verb its comment names, not for every synonym of its block");
  import->add_flag("--no-verb-codes", args->no_verb_codes,
                   "Verbs: no `verb TGT` pattern for a verb's own (or its block's) code");
  import->add_flag("--any-pos", args->any_pos,
                   "Verbs: do not flag the patterns `verb` (by default their trigger must be a verb by the parse)");
  import->add_option("--common-words", args->common_words,
                     "Word list: single-word aliases that are lower-case words in it are dropped ('' for none)");
  return {lexicon, [&c, args] { return run_lexicon_import(c, *args); }};
}

}  // namespace dyad::cli
