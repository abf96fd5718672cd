// Importer for PETRARCH / TABARI dictionaries: actor files (`NAME_ [CODE]`,
// `+ALIAS_` lines, tab-indented `[CODE YYMMDD-YYMMDD]` dated roles, `>`/`<` open
// ranges) and agent files (`NOUN [~SEC]`, `!PERSON!` plural markers, `{PLURAL}`),
// converted into dyad .dict lines (data/FORMATS.md).
#ifndef DYAD_PETRARCH_IMPORT_H_
#define DYAD_PETRARCH_IMPORT_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace dyad {

enum class DictFormat { kPetrarch, kTabari };  // comments: `#` (PETRARCH) or `;` (TABARI)
enum class DictKind { kAuto, kActors, kAgents };

struct ImportOptions {
  DictFormat format = DictFormat::kPetrarch;
  DictKind kind = DictKind::kAuto;  // auto: agents when the entries carry `[~SEC]` codes
  bool people_only = false;         // actors: drop countries
  // Folded aliases that already exist in dyad's dictionaries: those entries win.
  std::unordered_set<std::string> known_aliases;
  // Folded words that are titles or nationalities: an alias (other than the name
  // itself) containing one ("PRESIDENT_PUTIN", "RUSSIAN_PRESIDENT_…") is dropped:
  // dyad combines titles and country cues with names itself.
  std::unordered_set<std::string> title_words;
  // Folded group nouns (army, council, party …): a "person" whose name contains one
  // ("PEOPLES_LIBERATION_ARMY") is taken for an organisation and skipped.
  std::unordered_set<std::string> group_words;
  // person_key() of dyad's own people: a PETRARCH person with the same key is
  // the same person under another spelling ("DMITR_MEDVEDEV") and is skipped.
  std::unordered_set<std::string> known_people;
  // Folded common words: a single-word alias that is one is dropped ("BUSH", "RICE").
  std::unordered_set<std::string> common_words;
  // When non-empty: a person is imported only if one of their roles has exactly one
  // of these sector parts ("GOV", "GOVMIL"), e.g. to leave out the ministers of
  // specialised portfolios (GOVAGR, GOVEDU …) and keep start-up fast.
  std::unordered_set<std::string> require_sectors;
  // dyad's sector codes (agents and role codes are checked against them when non-empty).
  std::unordered_set<std::string> sectors;
};

struct ImportResult {
  std::vector<std::string> lines;     // .dict lines, without newline
  std::vector<std::string> warnings;  // "file:line: reason"
  size_t people = 0, countries = 0, roles = 0;
};

// Converts `text` (the contents of `file`, used in warnings).
ImportResult import_petrarch(std::string_view text, const std::string& file, const ImportOptions& options);

// Folded form of a dictionary phrase: "VLADIMIR_V._PUTIN_" -> "vladimir v. putin".
std::string fold_phrase(std::string_view phrase);
// "dmitry anatolyevich medvedev" -> "dmi medvedev" (first three letters of the
// first word, last word); empty for a single word.
std::string person_key(std::string_view folded);

}  // namespace dyad

#endif  // DYAD_PETRARCH_IMPORT_H_
