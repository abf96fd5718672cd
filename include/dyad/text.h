// Text layer: normalise (UTF-8 folding) and segment (tokens, sentences).
//
// Tokens keep byte spans into the original text; their folded form (case-folded,
// diacritics removed, typographic quotes and dashes made ASCII) lives in the
// document's norm buffer. Sentence rules (abbreviations, titles, sentence
// starters) come from data/text/segmentation.tsv.
#ifndef DYAD_TEXT_H_
#define DYAD_TEXT_H_

#include <string>
#include <string_view>
#include <unordered_set>

#include "dyad/data.h"
#include "dyad/document.h"

namespace dyad {

// Appends the folded form of `s` (valid UTF-8) to `out`.
void fold(std::string_view s, std::string& out);
std::string fold(std::string_view s);

struct SegmentationRules {
  std::unordered_set<std::string> title;     // "gen", "lt", "col", "mr": never end a sentence
  std::unordered_set<std::string> number;    // "no", "jan", "art": no break before a number
  std::unordered_set<std::string> other;     // "inc", "mil", "u.s.": break only before a sentence starter
  std::unordered_set<std::string> starters;  // "the", "he", "in": words that open sentences

  static SegmentationRules load(const Data& data, std::vector<std::string>* errors);
};

// Tokenises doc.text into doc.tokens and doc.norm_buffer.
void tokenize(Document& doc);
// Splits doc.tokens into doc.sentences.
void segment(Document& doc, const SegmentationRules& rules);

}  // namespace dyad

#endif  // DYAD_TEXT_H_
