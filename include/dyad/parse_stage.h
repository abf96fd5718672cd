// The parse stage of the pipeline: dyad's tokens of a sentence become the
// parser's words (contractions split as UD splits them: "didn't" -> "did" +
// "n't"), are tagged and parsed, and the result is written back per token into
// Document::syntax, heads as token indices.
#ifndef DYAD_PARSE_STAGE_H_
#define DYAD_PARSE_STAGE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/data.h"
#include "dyad/document.h"
#include "dyad/parse.h"

namespace dyad {

// Name of the model in the data directory.
inline constexpr std::string_view kParserModelFile = "parse/en-ud.model.zst";

class ParseStage {
 public:
  // The token-to-word rules come from data/parse/clitics.tsv; bad lines go to `errors`.
  ParseStage(const ParserModel& model, const Data& data, std::vector<std::string>* errors = nullptr);

  // Tags and parses sentence `si` of `doc` (tokens and sentences set); sizes
  // doc.syntax to the tokens on first use. Sentences longer than kMaxWords
  // words are parsed in pieces of that size. Thread-safe.
  void parse_sentence(Document& doc, size_t si) const;
  static constexpr size_t kMaxWords = 250;

  // CoNLL-U of every parsed sentence of `doc` (MISC: byte span of each word).
  void write_conllu(const Document& doc, std::string& out) const;

  const ParserModel& model() const { return model_; }

 private:
  std::pair<size_t, size_t> split_point(std::string_view folded, std::string_view surface) const;

  struct Whole {
    std::string word;
    size_t first;
  };
  const ParserModel& model_;
  std::vector<std::string> endings_;  // "n't", "'re"
  std::vector<Whole> words_;          // "can't" -> "ca" + "n't"
};

}  // namespace dyad

#endif  // DYAD_PARSE_STAGE_H_
