// Document: one news article and everything the pipeline stages attach to it.
//
// Stages share one Document (as spaCy's components share one Doc): the reader fills
// the text and metadata, the normaliser and segmenter add tokens and sentences,
// later stages add actor mentions, events and transfers. Every position is a byte
// Span into `text`, the article exactly as given.
#ifndef DYAD_DOCUMENT_H_
#define DYAD_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.h"
#include "dyad/record.h"
#include "dyad/span.h"

namespace dyad {

// Token flags.
enum TokenFlag : uint16_t {
  kWord = 1 << 0,         // contains a letter
  kNumber = 1 << 1,       // a number: "5,000", "2.5", "$61m", "2013"
  kPunct = 1 << 2,        // punctuation or symbol
  kCapitalised = 1 << 3,  // first letter upper case
  kAllCaps = 1 << 4,      // every letter upper case (two letters or more)
  kHasDigit = 1 << 5,     // contains a digit ("Mi-35B", "S-400", "2013")
  kPossessive = 1 << 6,   // the clitic "'s" / "'"
  kSpaceBefore = 1 << 7,  // white space precedes the token
  kNewlineBefore = 1 << 8,
  kParagraphBefore = 1 << 9,  // a blank line or an indented new line precedes it
  kAdjective = 1 << 10,       // a known word WordNet lists as an adjective only ("ethnic", "autonomous")
};

struct Token {
  Span span;              // bytes of the original text
  uint32_t norm_off = 0;  // folded form, in Document::norm_buffer
  uint16_t norm_len = 0;
  uint16_t flags = 0;
  uint32_t word = 0;   // vocabulary id of the folded form (0: unknown word)
  uint32_t lemma = 0;  // vocabulary id of its lemma (0: unknown)

  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

// What the parse stage says of a token (src/parse/, include/dyad/parse.h). A
// token that UD splits into two words ("didn't" = "did" + "n't") carries the
// second word's analysis in the clitic_* fields.
struct TokenSyntax {
  static constexpr uint16_t kUnparsed = 0xFFFF;
  int32_t head = -1;         // token index of the head; -1: the root of its sentence (or not parsed)
  uint16_t tag = kUnparsed;  // the parser model's tag (UPOS + PTB); kUnparsed: not parsed
  uint16_t deprel = 0;       // the parser model's relation
  uint8_t upos = 0;          // dyad::Upos
  uint8_t split = 0;         // 1: a second (clitic) word follows in the same token
  uint16_t clitic_tag = 0, clitic_deprel = 0;
  int32_t clitic_head = -1;  // token index of the clitic's head

  bool parsed() const { return tag != kUnparsed; }
};

struct Sentence {
  Span span;                 // bytes of the original text
  uint32_t first_token = 0;  // [first_token, end_token)
  uint32_t end_token = 0;
};

// Where a document came from, for error messages: file and 1-based line.
struct Origin {
  std::string file;
  uint64_t line = 0;
};

struct Document {
  // Set by the reader.
  std::string id;
  std::optional<Date> date;
  std::string text;
  std::string title, url, source, language;
  // Who speaks or writes the document ("SYR" for a Syrian UN speech): an actor code, or empty. First-person
  // references ("we", "our country", "my delegation") resolve to it.
  std::string speaker;
  Origin origin;
  uint64_t ordinal = 0;  // position in the input stream

  // Set by normalise and segment.
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::string norm_buffer;  // folded token forms, addressed by Token::norm_off

  // Set by parse: empty, or one entry per token (only some sentences are parsed).
  std::vector<TokenSyntax> syntax;

  // Set by recognise, code and resolve.
  std::vector<ActorMention> actors;
  std::vector<Event> events;
  std::vector<Transfer> transfers;
  std::vector<std::string> warnings;

  std::string_view norm(const Token& t) const { return {norm_buffer.data() + t.norm_off, t.norm_len}; }
  std::string_view surface(const Token& t) const { return t.span.of(text); }
  std::string_view surface(Span s) const { return s.of(text); }
  // Clears everything derived from the text, keeping the buffers' capacity.
  void clear_analysis();
  // Resets the whole document for reuse, keeping the buffers' capacity.
  void reset();
};

}  // namespace dyad

#endif  // DYAD_DOCUMENT_H_
