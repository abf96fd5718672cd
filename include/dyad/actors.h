// Actor dictionaries (data/actors/*.dict) compiled into a token trie, and the
// recogniser that finds actor mentions in a document: dictionary entries
// combined with country cues, role nouns and titles ("Malian Defense Minister
// Sadio Camara" -> MLIGOV), persons resolved against the date, persons
// discovered within the document, and places kept apart from agents.
#ifndef DYAD_ACTORS_H_
#define DYAD_ACTORS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/data.h"
#include "dyad/date.h"
#include "dyad/document.h"
#include "dyad/vocabulary.h"

namespace dyad {

enum class ActorKind : uint8_t { kCountry, kDemonym, kSeat, kRegion, kOrg, kPerson, kRole };

enum ActorFlag : uint8_t {
  kTitle = 1 << 0,      // role usable as a title before a name
  kLower = 1 << 1,      // may match in lower case
  kAmbiguous = 1 << 2,  // needs context
};

struct ActorEntry {
  ActorKind kind = ActorKind::kCountry;
  std::string code;  // "MLIGOV"; for roles the sector codes ("GOV", "GOVMIL")
  std::string name;
  std::string country;               // ISO alpha-3 or empty
  std::vector<std::string> sectors;  // from the code
  std::optional<Date> from, to;      // dated roles
  uint8_t flags = 0;
  std::string origin;  // "actors/people.dict:120"
};

class ActorLexicon {
 public:
  // Loads every data/actors/*.dict file. Errors are appended as "file:line: reason".
  void load(const Data& data, Vocabulary& vocab, std::vector<std::string>* errors);
  // Adds one entry with its aliases (used by load and by importers/tests).
  void add(ActorEntry entry, const std::vector<std::string_view>& aliases, Vocabulary& vocab);

  // Longest dictionary match starting at token `i` (and ending before `end`).
  // Returns the number of tokens matched (0: none) and sets `entries`.
  size_t match(const Document& doc, size_t i, size_t end, const std::vector<uint32_t>** entries) const;

  const ActorEntry& entry(uint32_t id) const { return entries_[id]; }
  size_t size() const { return entries_.size(); }
  size_t alias_count() const { return aliases_; }
  bool is_country(std::string_view code) const { return countries_.count(std::string(code)) > 0; }
  bool is_sector(std::string_view code) const { return sectors_.count(std::string(code)) > 0; }
  // Splits a code into country and sectors ("MLIGOV" -> MLI, [GOV]).
  void split_code(std::string_view code, std::string& country, std::vector<std::string>& sectors) const;
  std::string country_name(std::string_view iso3) const;

 private:
  std::vector<ActorEntry> entries_;
  std::unordered_map<uint64_t, uint32_t> edges_;  // (node << 32 | word) -> child node
  std::vector<std::vector<uint32_t>> terminal_;   // node -> entries
  std::unordered_set<std::string> countries_, sectors_;
  std::unordered_map<std::string, std::string> country_names_;
  size_t aliases_ = 0;
  uint32_t new_node();
};

// Words that decide whether a capital or region names a place or an agent
// (data/actors/place-cues.tsv), and pronouns/determiners skipped around actors.
struct ActorCues {
  std::unordered_set<uint32_t> place_before;  // in, at, near …
  std::unordered_set<uint32_t> place_after;   // airport, base, port …
  std::unordered_set<uint32_t> determiners;   // the, a, an …
  std::unordered_set<uint32_t> linkers;       // of, in (role "of" country)
  void load(const Data& data, Vocabulary& vocab, std::vector<std::string>* errors);
};

class ActorRecogniser {
 public:
  ActorRecogniser(const ActorLexicon& lexicon, const ActorCues& cues) : lex_(lexicon), cues_(cues) {}
  // Fills doc.actors, sentence by sentence, in text order. `sentence_dates[i]` is
  // the date persons in sentence i are resolved against (or the document date).
  void operator()(Document& doc, const std::vector<std::optional<Date>>& sentence_dates) const;

 private:
  const ActorLexicon& lex_;
  const ActorCues& cues_;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_H_
