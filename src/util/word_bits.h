// Bitsets indexed by vocabulary word id: the membership test of a word list in
// one load and a shift, with no hashing. Word ids are small and dense (ids
// start at 1; id 0, "unknown word", is never set), so a list of words costs a
// bit per id up to its largest member.
#ifndef DYAD_UTIL_WORD_BITS_H_
#define DYAD_UTIL_WORD_BITS_H_

#include <cstdint>
#include <vector>

namespace dyad {

using WordBits = std::vector<uint64_t>;

inline void word_bits_set(WordBits& bits, uint32_t w) {
  if (w / 64 >= bits.size()) bits.resize(w / 64 + 1, 0);
  bits[w / 64] |= uint64_t{1} << (w % 64);
}

// False for ids beyond the largest member (the vector is only as long as needed).
inline bool word_bits_test(const WordBits& bits, uint32_t w) {
  return w / 64 < bits.size() && (bits[w / 64] >> (w % 64) & 1);
}

}  // namespace dyad

#endif  // DYAD_UTIL_WORD_BITS_H_
