// Features of the tagger and parser: stable 64-bit keys hashed from a template id
// and up to three values, and the per-word values (word, affixes, shape) computed
// once per sentence and shared by every decision that reads them.
//
// Keys are stored in the model file, so every hash here is stable across builds
// and platforms (FNV-1a over bytes, a fixed multiply-xorshift mixer).
#ifndef DYAD_PARSE_FEATURES_H_
#define DYAD_PARSE_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::parse {

inline uint64_t mix64(uint64_t x) {
  x ^= x >> 31;
  x *= 0x7fb5d329728ea185ULL;
  x ^= x >> 27;
  x *= 0x81dadef4bc2dd44dULL;
  x ^= x >> 33;
  return x;
}

inline uint64_t str_hash(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return mix64(h);
}

// A feature key: template `t` with values a, b, c. Never 0 (0 marks an empty slot).
// Three multiply-xorshift rounds, one per value (a parse computes ~100 keys per
// transition, so this is on the hot path).
inline uint64_t fkey(uint32_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = (static_cast<uint64_t>(t) + 1) * 0x9e3779b97f4a7c15ULL;
  h = (h ^ a) * 0xbf58476d1ce4e5b9ULL;
  h = (h ^ (h >> 31) ^ b) * 0x94d049bb133111ebULL;
  h = (h ^ (h >> 29) ^ c) * 0xff51afd7ed558ccdULL;
  return (h ^ (h >> 32)) | 1;
}

// Values of one word that do not depend on the parser state.
struct WordFeatures {
  uint64_t word = 0;        // folded (lower-case, ASCII) form
  uint64_t prefix[3] = {};  // first 1..3 characters of the folded form
  uint64_t suffix[4] = {};  // last 1..4 characters
  uint64_t shape = 0;       // "Xxxx" -> "Xx", "dd-dd" -> "d-d", … (runs collapsed, from the original form)
  uint64_t ambiguity = 0;   // the set of tags the word had in training (0: unknown word)
  bool known = false;       // seen in training
};

// Fills `f` (not `ambiguity`/`known`) from the original form and its folded form.
// The shape collapses runs of a character class: "Mi-35B" -> "Xx-dX", "2013" -> "d".
void word_features(std::string_view form, std::string_view folded, WordFeatures& f);

}  // namespace dyad::parse

#endif  // DYAD_PARSE_FEATURES_H_
