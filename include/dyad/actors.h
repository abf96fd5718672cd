// Actor dictionaries (data/actors/*.dict) compiled into a token trie, and the
// recogniser that finds actor mentions in a document: dictionary entries
// combined with country cues, role nouns and titles ("Malian Defense Minister
// Sadio Camara" -> MLIGOV), persons resolved against the date, persons
// discovered within the document, and places kept apart from agents.
#ifndef DYAD_ACTORS_H_
#define DYAD_ACTORS_H_

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/data.h"
#include "dyad/date.h"
#include "dyad/document.h"
#include "dyad/fuzzy_names.h"
#include "dyad/references.h"
#include "dyad/vocabulary.h"

namespace dyad {

enum class ActorKind : uint8_t { kCountry, kDemonym, kSeat, kRegion, kOrg, kPerson, kRole };

enum ActorFlag : uint8_t {
  kTitle = 1 << 0,      // role usable as a title before a name
  kLower = 1 << 1,      // may match in lower case
  kAmbiguous = 1 << 2,  // needs context
  kCued = 1 << 3,       // role only inside a phrase after a cue ("the Saudi-led coalition")
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
  // Adds one entry under the trie nodes of an earlier add() (same aliases: one
  // line per role period), without tokenising the aliases again.
  void add_same_aliases(ActorEntry entry, const std::vector<uint32_t>& nodes);
  // The terminal nodes of the aliases of the last add().
  const std::vector<uint32_t>& last_nodes() const { return last_nodes_; }

  // Longest dictionary match starting at token `i` (and ending before `end`).
  // Returns the number of tokens matched (0: none) and sets `entries`.
  size_t match(const Document& doc, size_t i, size_t end, const std::vector<uint32_t>** entries) const;
  // Entries of the one-word alias `word` (a vocabulary id), or nullptr: the first part of a
  // hyphenated compound ("Saudi" in "Saudi-led").
  const std::vector<uint32_t>* match_word(uint32_t word) const;
  // Entries of the one-word country or demonym alias that the misspelt word `folded`
  // stands for ("isreal" -> Israel, see FuzzyNames), or nullptr; sets `alias` (folded).
  // Aliases that name anything else too, and `ambiguous` ones, are never guessed, and
  // words of English (WordNet, when installed: "hungry", "surname") are never misspelt.
  // Built by load() from the aliases loaded then. Thread-safe.
  const std::vector<uint32_t>* match_fuzzy(std::string_view folded, std::string_view* alias) const;

  const ActorEntry& entry(uint32_t id) const { return entries_[id]; }
  size_t size() const { return entries_.size(); }
  size_t alias_count() const { return aliases_; }
  bool is_country(std::string_view code) const { return countries_.count(std::string(code)) > 0; }
  bool is_sector(std::string_view code) const { return sectors_.count(std::string(code)) > 0; }
  // Splits a code into country and sectors ("MLIGOV" -> MLI, [GOV]).
  void split_code(std::string_view code, std::string& country, std::vector<std::string>& sectors) const;
  std::string country_name(std::string_view iso3) const;
  // First words of multi-word person aliases ("Michael", "Choguel"), minus role
  // words: a capitalised given name before an ambiguous country name ("Chad").
  bool is_given_name(uint32_t word) const { return given_names_.count(word) > 0; }

 private:
  std::vector<ActorEntry> entries_;
  // Trie edges (node << 32 | word) -> child node, in an open-addressing table
  // (start-up builds ~50k edges; node-based maps cost a cache miss a step).
  class EdgeMap {
   public:
    uint32_t find(uint64_t key) const;  // 0: none (the root is never a child)
    void insert(uint64_t key, uint32_t child);
    void reserve(size_t n);
    size_t size() const { return size_; }

   private:
    // Edge and child side by side: a probe touches one cache line. child 0
    // marks an empty slot (the root is never a child).
    struct Slot {
      uint32_t node = 0, word = 0;
      uint32_t child = 0;
    };
    std::vector<Slot> slots_;
    size_t size_ = 0;
    size_t slot(uint64_t key) const;
  };
  EdgeMap edges_;  // edges below the root
  // The root's children by word id (0: none), a dense array: every token is
  // looked up here, and most start no alias.
  std::vector<uint32_t> root_;
  uint32_t child(uint32_t node, uint32_t word) const {
    if (node == 0) return word < root_.size() ? root_[word] : 0;
    return edges_.find((static_cast<uint64_t>(node) << 32) | word);
  }
  std::vector<std::vector<uint32_t>> terminal_;  // node -> entries
  // Bitset by node, covering every node: terminal_[node] is not empty (a small
  // array the trie walk reads instead of the vectors).
  std::vector<uint64_t> is_terminal_;
  void add_terminal(uint32_t node, uint32_t entry);
  // node -> tokens 1..31 of the alias written with a capital ("Russian Helicopters"):
  // they must be capitalised in the text too, so "Russian helicopters" is no company.
  // Roles and `lower` entries set no bits. ~0u: no alias ends there.
  std::vector<uint32_t> caps_;
  static constexpr size_t kMaxAcronym = 3;  // "IRA" but not "NATO", which papers also write "Nato"
  std::unordered_set<std::string> countries_, sectors_;
  std::unordered_map<std::string, std::string> country_names_;
  std::unordered_set<uint32_t> given_names_;
  FuzzyNames fuzzy_;  // value: a trie node whose entries are the match
  void build_fuzzy(const Vocabulary& vocab);
  // WordNet's lemmas that fuzzy_ takes for a name, sorted: read on the first word near a
  // name, so that start-up and well-spelt text pay nothing for them.
  mutable std::once_flag english_once_;
  mutable std::vector<std::string> english_;
  std::vector<uint32_t> last_nodes_;
  Document scratch_;  // tokenises aliases while loading
  size_t aliases_ = 0;
  uint32_t new_node();
};

// The role of a person in force on `when` among the person entries in `ids`:
// a dated period containing the date, else an undated entry, else the nearest
// period; without a date the undated entry, else the latest period.
const ActorEntry* pick_person(const ActorLexicon& lex, const std::vector<uint32_t>& ids,
                              const std::optional<Date>& when);

// Words that decide whether a capital or region names a place or an agent
// (data/actors/place-cues.tsv), and pronouns/determiners skipped around actors.
struct ActorCues {
  std::unordered_set<uint32_t> place_before;     // in, at, near …
  std::unordered_set<uint32_t> place_after;      // airport, base, port …
  std::unordered_set<uint32_t> determiners;      // the, a, an …
  std::unordered_set<uint32_t> linkers;          // of, in (role "of" country)
  std::unordered_set<uint32_t> objects;          // "a Russian cargo plane": a thing, not an actor
  std::unordered_set<uint32_t> instruments;      // "Israeli helicopters shelled …": the hardware of a force
  std::unordered_set<uint32_t> modifiers;        // "Iran's new government": skipped before a role
  std::unordered_set<uint32_t> place_modifiers;  // "rebels in northern Mali"
  std::unordered_set<uint32_t> led, backed;      // "Saudi-led coalition", "Russian-backed separatists"
  std::unordered_set<uint32_t> ethnic;           // "ethnic Albanians": a minority, not the kin state
  std::unordered_set<uint32_t> origin;           // "King Hassan of Morocco": the person's country, from the text
  std::unordered_set<uint32_t> made;             // "Chinese-made", "US-supplied": where equipment comes from
  // Looks up the parts of a hyphenated token that is no word of its own ("saudi-led"). Set by load().
  const Vocabulary* vocab = nullptr;
  ReferenceCues refs;  // data/actors/references.tsv
  void load(const Data& data, Vocabulary& vocab, std::vector<std::string>* errors);
};

// The country a hyphenated origin word names ("Chinese-made", "US-supplied", "Soviet-built"): the
// one-word country or nationality alias before the hyphen when the word after it is a `made` word of
// place-cues.tsv; nullptr otherwise. `folded` is the token's normalised text.
const ActorEntry* origin_compound(const ActorLexicon& lex, const ActorCues& cues, std::string_view folded);

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

// `ActorMention::entry` of a person named after a title and a country cue but
// found in no dictionary ("Malian Prime Minister Shogul Koukala Maiga").
inline constexpr std::string_view kNameAfterTitle = "name after title: ";
inline constexpr std::string_view kDiscoveredInDocument = "discovered in document";

// Candidate actors across a corpus (`dyad actors --unknown`): persons introduced
// with a title and a country that no dictionary has, counted over all their
// mentions, ranked by frequency and written as ready-to-paste .dict lines.
class UnknownActors {
 public:
  struct Candidate {
    std::string code, name;
    size_t count = 0;
    std::string example;  // "doc:sentence" of the first mention
  };
  void add(const Document& doc);
  std::vector<Candidate> ranked() const;  // most frequent first, then by name
  // "person | MLIGOV | Name | Name; Surname | | # seen N times, e.g. doc:3"
  static std::string dict_line(const Candidate& c);

 private:
  std::vector<Candidate> all_;
  std::unordered_map<std::string, size_t> index_;  // code + folded name -> all_
};

}  // namespace dyad

#endif  // DYAD_ACTORS_H_
