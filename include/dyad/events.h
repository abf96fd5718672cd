// Event coding: patterns as data (data/events/*.pat) matched over tokens and
// actor mentions, with source and target from shallow syntax (subject to the
// left, passive agents, prepositional slots), status from modality cues, date
// from the nearest temporal expression, and CAMEO/PLOVER/Goldstein/QuadClass
// from data/cameo/cameo.tsv.
#ifndef DYAD_EVENTS_H_
#define DYAD_EVENTS_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/data.h"
#include "dyad/dates.h"
#include "dyad/document.h"
#include "dyad/vocabulary.h"

namespace dyad {

struct CameoCode {
  std::string code, name;
  double goldstein = 0;
  int quad_class = 0;
  std::string plover_type, plover_mode, plover_context;
};

class CameoTable {
 public:
  void load(const Data& data, std::vector<std::string>* errors);
  const CameoCode* find(std::string_view code) const;
  // The "express intent" code of an act (data/events/intent.tsv, longest prefix:
  // "will withdraw", 0874 -> 0356); nullptr when the act has none.
  const CameoCode* intent_of(std::string_view code) const { return mapped(intent_, code); }
  // The "reject/refuse" code of a negated cooperative act (data/events/refusal.tsv:
  // "will not accept refugees", 0355 -> 1245); nullptr when the act has none.
  const CameoCode* refusal_of(std::string_view code) const { return mapped(refusal_, code); }
  // The sector of the authorities who do an act of state when the text names no agent but the
  // place ("three Britons were arrested in Dubai": ARE + COP; data/events/authority.tsv, longest
  // prefix); nullptr when the act is no act of authority.
  const std::string* authority_of(std::string_view code) const;
  // Whether an act has a property of data/events/acts.tsv ("content": an appeal, demand or
  // rejection whose infinitive names what it is about; "happening", "hits-place", "talks"), by
  // code prefix.
  bool has(std::string_view code, std::string_view property) const;
  size_t size() const { return codes_.size(); }

 private:
  // String-keyed maps looked up by string_view without building a std::string.
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  template <class V>
  using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
  StringMap<CameoCode> codes_;
  StringMap<std::string> intent_, refusal_, authority_;
  StringMap<std::vector<std::string>> properties_;  // property -> code prefixes
  // The value of the longest prefix of `code` (two digits at least) in `map`, or nullptr.
  static const std::string* longest_prefix(const StringMap<std::string>& map, std::string_view code);
  const CameoCode* mapped(const StringMap<std::string>& map, std::string_view code) const;
};

struct PatternElement {
  enum Kind : uint8_t { kWord, kTarget, kSource, kGap, kItems } kind = kWord;
  bool optional = false;
  std::vector<uint32_t> words;  // alternatives (vocabulary ids of lemmas)
};

struct Pattern {
  std::string code;  // CAMEO code, or a transfer status for transfer frames
  std::vector<PatternElement> elements;
  bool noun = false, notarget = false;
  bool fallback = false;  // kept only when no other event of its source follows in the sentence
  std::string context;    // PLOVER context override
  // PLOVER type (and mode) override, where the PLOVER codebook names an act CAMEO has no code
  // of its own for ("resign": CAMEO 0831, PLOVER RETREAT/resign). Not applied when the act is
  // only intended or refused (the code then changes).
  std::string plover_type, plover_mode;
  // The act when coordinated parties of two or more countries do it together ("French and Egyptian
  // warships launched war games": joint exercises, 062, not two shows of force).
  std::string joint;
  std::string origin;  // "events/10-14.pat:12"
  std::string text;    // the pattern as written
  // From an imported file (`events/petrarch-*.pat`, `dyad lexicon import --format petrarch-verbs`).
  bool imported = false;
  // Flag `verb`: the trigger must be a verb by the parse (its sentence is parsed for it).
  bool verb = false;
  // Words the rest of the pattern cannot match without (one of each list), for a
  // quick rejection before the element-by-element walk.
  std::vector<std::vector<uint32_t>> required;
};

// Parses one pattern ("withdraw ... from TGT"); interns its words as lemmas.
// Returns false with `error` set on a syntax error.
bool compile_pattern(std::string_view text, Vocabulary& vocab, Pattern& out, std::string* error);

// A class of words and word sequences ("determiner", "intended" …).
struct WordSet {
  // Read-only: members are added with add(), which keeps the bitsets below in step.
  std::vector<uint32_t> words;                   // one-word members, distinct
  std::vector<std::vector<uint32_t>> sequences;  // every member, as word ids
  // Adds a member (its word ids); one-word members go into `words` too.
  void add(std::vector<uint32_t> ids);
  bool has(uint32_t w) const { return w / 64 < one_word_.size() && (one_word_[w / 64] >> (w % 64) & 1); }
  // Does a member end at token `end - 1`, starting at or after `begin`?
  bool ends_at(const Document& doc, size_t begin, size_t end) const;
  // Does a member occur within [begin, end)?
  bool occurs(const Document& doc, size_t begin, size_t end) const;
  // Does a member occur in a sequence of word ids?
  bool occurs_in(const std::vector<uint32_t>& words) const;
  // The length of the longest member starting at token `at` and ending before `end` (0: none).
  size_t starts_at(const Document& doc, size_t at, size_t end) const;

 private:
  // Bitsets indexed by word id (id 0, "unknown", is never set): the one-word
  // members, and the first and last words of every member (a quick rejection
  // for starts_at/ends_at).
  using Bits = std::vector<uint64_t>;
  Bits one_word_, first_, last_;
  static void set(Bits& bits, uint32_t w);
  static bool test(const Bits& bits, uint32_t w) { return w / 64 < bits.size() && (bits[w / 64] >> (w % 64) & 1); }
};

// Word-sequence cue lists (data/events/grammar.tsv), looked up by class name
// once, when a coder is built; unknown classes are empty.
struct Grammar {
  std::unordered_map<std::string, WordSet> lists;
  void load(const Data& data, Vocabulary& vocab, std::vector<std::string>* errors);
  const WordSet& operator[](std::string_view cls) const;
  // Convenience for tests and cold paths.
  bool is(std::string_view cls, uint32_t word) const { return (*this)[cls].has(word); }
};

// The classes the coders use, resolved once.
struct GrammarClasses {
  explicit GrammarClasses(const Grammar& g)
      : determiner(g["determiner"]),
        adverb(g["adverb"]),
        be(g["be"]),
        agent(g["agent"]),
        boundary(g["boundary"]),
        relative(g["relative"]),
        complementizer(g["complementizer"]),
        preposition(g["preposition"]),
        coordination(g["coordination"]),
        pronoun(g["pronoun"]),
        pronoun_person(g["pronoun-person"]),
        intended(g["intended"]),
        threatened(g["threatened"]),
        hypothetical(g["hypothetical"]),
        denied(g["denied"]),
        negation(g["negation"]),
        possessive(g["possessive"]),
        quantifier(g["quantifier"]),
        obligation(g["obligation"]),
        light_verb(g["light-verb"]),
        condition(g["condition"]),
        demand_that(g["demand-that"]),
        that(g["that"]),
        infinitive(g["infinitive"]),
        weapon_agent(g["weapon-agent"]),
        instrumental(g["instrumental"]),
        object_pronoun(g["object-pronoun"]),
        auxiliary(g["auxiliary"]),
        partitive(g["partitive"]),
        post_modifier(g["post-modifier"]),
        adjunct_event(g["adjunct-event"]) {}
  const WordSet &determiner, &adverb, &be, &agent, &boundary, &relative, &complementizer, &preposition, &coordination,
      &pronoun, &pronoun_person, &intended, &threatened, &hypothetical, &denied, &negation, &possessive, &quantifier,
      &obligation, &light_verb, &condition, &demand_that, &that, &infinitive, &weapon_agent, &instrumental,
      &object_pronoun, &auxiliary, &partitive, &post_modifier, &adjunct_event;
};

// Index of patterns by trigger lemma, most specific first.
class PatternSet {
 public:
  void load(const Data& data, std::string_view prefix, Vocabulary& vocab, std::vector<std::string>* errors,
            const std::function<bool(const std::string& code)>& valid_code);
  const std::vector<uint32_t>* for_trigger(uint32_t lemma) const;
  // Whether one of dyad's own (not imported) patterns starts with the word: the coder reads such
  // a word as another predicate. An imported vocabulary adds events, not clause boundaries.
  bool own_trigger(uint32_t lemma) const { return lemma < own_trigger_.size() && own_trigger_[lemma]; }
  // Whether a `verb` pattern starts with the word: a sentence with it is parsed.
  bool verb_trigger(uint32_t lemma) const { return lemma < verb_trigger_.size() && verb_trigger_[lemma]; }
  const Pattern& pattern(uint32_t i) const { return patterns_[i]; }
  size_t size() const { return patterns_.size(); }

 private:
  std::vector<Pattern> patterns_;
  // Pattern lists by trigger: `trigger_list_[word id]` is 1 + the index of the
  // word's list in `by_trigger_`, 0 when no pattern starts with the word.
  std::vector<std::vector<uint32_t>> by_trigger_;
  std::vector<uint32_t> trigger_list_;
  std::vector<bool> own_trigger_, verb_trigger_;
};

// The result of matching one pattern at one trigger.
struct PatternMatch {
  const Pattern* pattern = nullptr;
  uint32_t trigger = 0, trigger_end = 0;  // tokens
  int source = -1, target = -1;           // indices into doc.actors (-1: none)
  uint32_t items_begin = 0, items_end = 0;
  uint32_t end = 0;
};

// The sorted, distinct word and lemma ids of a sentence.
// The distinct word and lemma ids of one sentence, as a bitset indexed by id: the
// patterns' quick rejection asks it once per alternative word. `assign` clears only
// the bits of the previous sentence.
class SentenceWords {
 public:
  void assign(const Document& doc, const Sentence& s);
  bool has(uint32_t w) const { return w / 64 < bits_.size() && (bits_[w / 64] >> (w % 64) & 1); }

 private:
  std::vector<uint64_t> bits_;
  std::vector<uint32_t> set_;  // ids whose bit is set
};

// Shared machinery of the event and transfer coders: matching patterns and
// finding subjects in one sentence.
class Syntax {
 public:
  explicit Syntax(const Grammar& g) : g_(g) {}
  // Tries the patterns of the token at `t`; the first (most specific) that matches wins.
  // `present`: the sorted word and lemma ids of the sentence (see sentence_words),
  // when the caller matches many triggers of one sentence.
  std::optional<PatternMatch> match(const Document& doc, const Sentence& s, const PatternSet& set, size_t t,
                                    const std::vector<int>& actor_at, bool passive = false,
                                    const SentenceWords* present = nullptr, bool open_target = false) const;
  // The subject of the clause whose verb is at `t`: the nearest actor to the left
  // that is not a prepositional object, within the clause; -1 when none.
  int subject(const Document& doc, const Sentence& s, size_t t, const std::vector<int>& actor_at) const;
  // Actors coordinated with actor `a` ("Hungarian and Romanian officials").
  std::vector<int> coordinated(const Document& doc, const Sentence& s, int a) const;
  bool passive(const Document& doc, const Sentence& s, size_t t) const;
  const GrammarClasses& grammar() const { return g_; }

 private:
  GrammarClasses g_;
};

class EventCoder {
 public:
  // `syntax` is built once per pipeline (it resolves the grammar's word classes).
  EventCoder(const CameoTable& cameo, const PatternSet& patterns, const Syntax& syntax)
      : cameo_(cameo), patterns_(patterns), syntax_(syntax) {}
  // Codes doc.events from doc.actors; `dates[s]` are the temporal expressions of sentence s.
  void operator()(Document& doc, const std::vector<std::vector<TimeExpression>>& dates) const;

 private:
  int nominal_source(const Document& doc, const Sentence& s, size_t t, size_t end, const std::vector<int>& start,
                     const std::vector<int>& cover) const;
  // The weapon phrase standing as the agent of the verb at `t` ("a roadside bomb … killed",
  // "killed by an explosive device"), as tokens [first, second); {0, 0} when there is none.
  std::pair<size_t, size_t> weapon_agent(const Document& doc, const Sentence& s, size_t t, size_t end,
                                         bool passive) const;
  // A demand made by reporting an obligation ("X said that Y must …") at token `t`.
  std::optional<PatternMatch> obligation(const Document& doc, const Sentence& s, size_t t,
                                         const std::vector<int>& cover) const;
  const CameoTable& cameo_;
  const PatternSet& patterns_;
  const Syntax& syntax_;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_H_
