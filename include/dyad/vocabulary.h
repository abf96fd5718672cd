// Vocabulary: every word any lexicon or pattern mentions, interned once.
//
// Inflected forms of pattern words (regular rules plus WordNet's irregular forms)
// are interned too and point at their lemma, so lemmatising a token at run time
// is one hash lookup of its folded form.
#ifndef DYAD_VOCABULARY_H_
#define DYAD_VOCABULARY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
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
  // The view stays valid for the life of the vocabulary (the arena never moves).
  std::string_view word(uint32_t id) const { return id < words_.size() ? words_[id] : std::string_view(); }
  size_t size() const { return words_.size(); }

  // Interns `lemma` and its inflections (verbs: -s -ed -ing; nouns: -s), all
  // pointing at the lemma, plus the irregular forms in `irregular` (form -> lemma).
  void add_lemma(std::string_view lemma);
  void add_irregular(std::string_view form, std::string_view lemma);
  // Adjectives (WordNet's index.adj, minus words that are verbs too) among the known words.
  void mark_adjective(std::string_view word, bool adjective = true);
  bool adjective(uint32_t id) const { return id < adjective_.size() && adjective_[id]; }

 private:
  // Open-addressing hash table (linear probing) from word to id. A slot holds
  // the word's first 8 bytes (zero-padded), its length, 16 bits of its hash and
  // its id: a word of up to 8 bytes is compared within the slot, a longer one
  // against its text only when the head matches. id 0 marks an empty slot.
  // Invariant: the capacity is a power of two and at most 3/4 of the slots are used.
  struct Slot {
    uint64_t head = 0;
    uint32_t id = 0;
    uint16_t len = 0;  // the length, capped at 0xFFFF
    uint16_t tag = 0;
  };
  std::vector<Slot> slots_;
  // Word texts live in fixed-size blocks that never move, so the views in
  // `words_` (id -> text) stay valid as words are added.
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t block_used_ = 0, block_size_ = 0;
  std::vector<std::string_view> words_;
  std::vector<uint32_t> lemma_;
  std::vector<bool> adjective_;
  std::string_view store(std::string_view word);
  void grow();
  void set_lemma(uint32_t form, uint32_t lemma);
};

}  // namespace dyad

#endif  // DYAD_VOCABULARY_H_
