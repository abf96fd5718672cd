// References within a document (resolve stage): "his country", "its army",
// "the Council" resolved to actors already named, or left alone. Never guessed:
// a reference resolves only when the candidates agree on one country (or one
// organisation); "the two countries" stays unresolved.
#ifndef DYAD_REFERENCES_H_
#define DYAD_REFERENCES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/data.h"
#include "dyad/document.h"
#include "dyad/vocabulary.h"

namespace dyad {

class ActorLexicon;

// The words of data/actors/references.tsv.
struct ReferenceCues {
  // Bitsets indexed by word id (bit w set: word id w is a cue; see util/word_bits.h).
  // A vector stays empty until a word is added to it.
  std::vector<uint64_t> possessive_person;   // his, her
  std::vector<uint64_t> possessive_group;    // its, their
  std::vector<uint64_t> country_nouns;       // country, nation
  std::vector<uint64_t> definite;            // the
  std::vector<uint64_t> speaker;             // we, us: the document's speaker
  std::vector<uint64_t> speaker_possessive;  // our, my
  std::vector<uint64_t> speaker_nouns;       // country, delegation, government (after our/my)
  void load(const Data& data, Vocabulary& vocab, std::vector<std::string>* errors);
  bool empty() const { return possessive_person.empty() && possessive_group.empty() && definite.empty(); }
};

// Adds (or completes) ActorMention entries for references to actors named
// earlier; `entry` says which antecedent; `lexicon` gives country names. Keeps doc.actors sorted by first_token.
void resolve_references(Document& doc, const ReferenceCues& cues, const ActorLexicon& lexicon);

}  // namespace dyad

#endif  // DYAD_REFERENCES_H_
