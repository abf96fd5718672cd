// Parse: a part-of-speech tagger and labelled dependency parser (Universal
// Dependencies) trained on the UD English treebanks, fast enough to run inside
// the coding pipeline.
//
// Written for dyad rather than taken from a package: the parsers Debian packages
// (Link Grammar) run at tens of sentences a second, and dyad needs tens of
// thousands. The design is the published greedy one (see docs/parser.md): an
// averaged-perceptron tagger, then an arc-hybrid transition parser trained with
// a dynamic oracle, whose arcs are labelled as they are made.
#ifndef DYAD_PARSE_H_
#define DYAD_PARSE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Universal POS tags (UD v2), in the order of the UD guidelines.
enum class Upos : uint8_t {
  kNone = 0,
  ADJ,
  ADP,
  ADV,
  AUX,
  CCONJ,
  DET,
  INTJ,
  NOUN,
  NUM,
  PART,
  PRON,
  PROPN,
  PUNCT,
  SCONJ,
  SYM,
  VERB,
  X
};
std::string_view upos_name(Upos u);
Upos upos_from_name(std::string_view name);  // kNone when unknown

// One word given to the parser: its form as written and its folded form (dyad's
// fold(): lower case, ASCII). Both must outlive the parse call.
struct ParseWord {
  std::string_view form;
  std::string_view folded;
};

// What the parser says of one word.
struct WordSyntax {
  int32_t head = -1;    // index of the head word in the sentence; -1: the root
  uint16_t tag = 0;     // model tag (UPOS + PTB tag): see ParserModel::upos(), xpos()
  uint16_t deprel = 0;  // model relation: see ParserModel::deprel_name()
};

class ParserModel {
 public:
  ~ParserModel();
  ParserModel(const ParserModel&) = delete;
  ParserModel& operator=(const ParserModel&) = delete;

  // Reads a model file (zstd-compressed or not). Throws std::runtime_error.
  static std::unique_ptr<ParserModel> load(std::string_view bytes);
  // The model file, zstd-compressed at `level`; deterministic.
  std::string save(int level = 19) const;

  // Tags and parses one sentence: out[i] describes words[i]. Thread-safe.
  void parse(const std::vector<ParseWord>& words, std::vector<WordSyntax>& out) const;
  // Tags only.
  void tag(const std::vector<ParseWord>& words, std::vector<WordSyntax>& out) const;

  Upos upos(uint16_t tag) const;
  std::string_view upos_name(uint16_t tag) const;
  std::string_view xpos(uint16_t tag) const;
  std::string_view deprel_name(uint16_t deprel) const;
  // The relation's id, or -1 when the model has no such relation ("nsubj:pass").
  int deprel(std::string_view name) const;
  size_t tags() const;
  size_t deprels() const;
  // Beam width of the parser (1: greedy); the model's own by default.
  int beam() const;
  void set_beam(int width);

  struct Info {
    std::string licence;     // terms of the training data the model derives from
    std::string provenance;  // what it was trained on, with which settings
    size_t tagger_features = 0, parser_features = 0, labeller_features = 0;
  };
  const Info& info() const;

  struct Impl;
  const Impl& impl() const { return *impl_; }
  explicit ParserModel(std::unique_ptr<Impl> impl);

 private:
  std::unique_ptr<Impl> impl_;
};

// Training: `dyad train parser`. Deterministic: the same files, options and seed
// give the same model bytes.
struct ParserTrainOptions {
  std::vector<std::string> train;  // CoNLL-U files
  std::vector<std::string> dev;    // CoNLL-U files to choose the epoch on
  uint64_t seed = 1;
  int tagger_epochs = 10;
  int parser_epochs = 15;
  int folds = 10;       // jackknifing: the parser trains on tags predicted by taggers that did not see the sentence
  int beam = 1;         // > 1: after the greedy epochs, train a beam-search parser of this width
  int beam_epochs = 8;  // (globally, early update; Zhang & Nivre 2011)
  std::string licence, provenance;
  std::function<void(const std::string&)> log;  // progress lines
};
std::unique_ptr<ParserModel> train_parser(const ParserTrainOptions& options);

}  // namespace dyad

#endif  // DYAD_PARSE_H_
