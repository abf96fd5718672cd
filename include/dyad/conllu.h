// CoNLL-U (Universal Dependencies) reading and writing.
//
// A sentence keeps every line it was read with (comments, multiword-token
// ranges, empty nodes), so writing it back reproduces the input byte for byte
// except for the columns a caller changed.
#ifndef DYAD_CONLLU_H_
#define DYAD_CONLLU_H_

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct ConlluWord {
  std::string cols[10];  // ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC
  int head = -1;         // HEAD as a number (0: root; -1: "_" or not a number)
  const std::string& form() const { return cols[1]; }
  const std::string& upos() const { return cols[3]; }
  const std::string& xpos() const { return cols[4]; }
  const std::string& deprel() const { return cols[7]; }
};

struct ConlluSentence {
  uint64_t line = 0;               // 1-based line of its first line
  std::vector<std::string> lines;  // comments, ranges and empty nodes, verbatim ("" marks a word)
  std::vector<ConlluWord> words;   // the word lines (integer ids 1..n), in order
};

// Reads sentences from `in`; calls `sentence` for each well-formed one. A
// malformed sentence is reported to `error` as "name:line: reason" and skipped.
// Returns the number of sentences rejected.
size_t read_conllu(std::istream& in, const std::string& name, const std::function<void(ConlluSentence&)>& sentence,
                   const std::function<void(const std::string&)>& error);

// Writes the sentence, with a blank line after it.
void write_conllu(const ConlluSentence& s, std::string& out);

}  // namespace dyad

#endif  // DYAD_CONLLU_H_
