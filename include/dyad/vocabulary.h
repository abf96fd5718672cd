// Vocabulary: every word any lexicon or pattern mentions, interned once.
//
// Inflected forms of pattern words (regular rules plus WordNet's irregular forms)
// are interned too and point at their lemma, so lemmatising a token at run time
// is one hash lookup of its folded form.
#ifndef DYAD_VOCABULARY_H_
#define DYAD_VOCABULARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dyad {

class Vocabulary {
 public:
  Vocabulary();
  // Returns the id of `word` (folded), adding it if needed. Ids start at 1.
  uint32_t intern(std::string_view word);
  // 0 when unknown.
  uint32_t find(std::string_view word) const;
  uint32_t lemma(uint32_t id) const { return id < lemma_.size() ? lemma_[id] : 0; }
  std::string_view word(uint32_t id) const { return id < words_.size() ? std::string_view(words_[id]) : ""; }
  size_t size() const { return words_.size(); }

  // Interns `lemma` and its inflections (verbs: -s -ed -ing; nouns: -s), all
  // pointing at the lemma, plus the irregular forms in `irregular` (form -> lemma).
  void add_lemma(std::string_view lemma);
  void add_irregular(std::string_view form, std::string_view lemma);
  // Adjectives (WordNet's index.adj, minus words that are verbs too) among the known words.
  void mark_adjective(std::string_view word, bool adjective = true);
  bool adjective(uint32_t id) const { return id < adjective_.size() && adjective_[id]; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept;
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
  std::vector<std::string> words_;
  std::vector<uint32_t> lemma_;
  std::unordered_set<uint32_t> is_lemma_;
  std::vector<bool> adjective_;
  void set_lemma(uint32_t form, uint32_t lemma);
};

}  // namespace dyad

#endif  // DYAD_VOCABULARY_H_
