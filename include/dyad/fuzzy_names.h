// Fuzzy names: the one name of a fixed list that a misspelt word stands for
// ("Isreal" -> "israel", "Ethopia" -> "ethiopia", "Afganistan" -> "afghanistan").
//
// A word matches a name when the two are one optimal-string-alignment edit apart,
// begin and end with the same letter, and are both at least kMinLength letters
// long; and only when every name it matches has the same value. Of the edits, a
// letter missing, a letter too many and two adjacent letters swapped count; a
// letter replaced by another does not: on news text it mostly makes another name
// ("Greene", "Kenyon", "Inland" are no Greece, Kenyan, Island), and nor does a
// letter too many just before the last one, which makes a foreign or derived form
// rather than a slip ("Mexicanos", "pax Mongolica"). Names and words are folded
// ASCII letters; anything else never matches.
//
// Built once: the names sorted by first letter, last letter and length, so a
// look-up reads the few names (2.5 on average for the country lexicon) that share
// a word's first and last letters and are within one letter of its length, and
// compares them letter by letter. No allocation, no hashing.
#ifndef DYAD_FUZZY_NAMES_H_
#define DYAD_FUZZY_NAMES_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

class FuzzyNames {
 public:
  static constexpr size_t kMinLength = 6;

  // Adds a name with its value; names that share a value count as one name when
  // deciding whether a match is unique. Names that cannot match are ignored.
  void add(std::string_view name, uint32_t value);
  // Sorts the index: call once after the last add(), before find().
  void build();

  // True when the names within one edit of `word` (see above) all have one value:
  // sets `value`, and `name` to one of them. Thread-safe.
  bool find(std::string_view word, uint32_t* value, std::string_view* name) const;

  size_t size() const { return names_.size(); }

 private:
  struct Name {
    std::string text;
    uint32_t value = 0;
  };
  std::vector<Name> names_;  // by first letter, last letter, length (after build())
  // (first letter, last letter) -> the first of its names in names_; one past the end last.
  std::array<uint32_t, 26 * 26 + 1> bucket_{};
};

// The one optimal-string-alignment edit that turns `from` into `to`, or kNone when
// they are equal or further apart.
enum class Edit : uint8_t { kNone, kInsertion, kDeletion, kSubstitution, kTransposition };
Edit single_edit(std::string_view from, std::string_view to);

}  // namespace dyad

#endif  // DYAD_FUZZY_NAMES_H_
