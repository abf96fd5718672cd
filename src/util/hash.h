// Hashing helpers: stable 64-bit hashes for ids (FNV-1a, then a mixer).
#ifndef DYAD_UTIL_HASH_H_
#define DYAD_UTIL_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

inline uint64_t hash64(std::string_view s, uint64_t seed = 0xcbf29ce484222325ULL) {
  uint64_t h = seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

inline std::string hex64(uint64_t v) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) s[static_cast<size_t>(i)] = kHex[v & 15];
  return s;
}

}  // namespace dyad

#endif  // DYAD_UTIL_HASH_H_
