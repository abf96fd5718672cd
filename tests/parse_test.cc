// The parse stage: CoNLL-U reading and writing, the shipped model, and the news
// constructions the coders rely on (sentences written for these tests).
#include "dyad/parse.h"

#include <gtest/gtest.h>

#include <sstream>

#include "dyad/conllu.h"
#include "dyad/parse_stage.h"
#include "dyad/pipeline.h"
#include "dyad/text.h"
#include "temp_dir.h"

namespace dyad {
namespace {

const char kConllu[] =
    "# sent_id = a-1\n"
    "# text = They didn't go.\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_\n"
    "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
    "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "4.1\tgone\t_\t_\t_\t_\t_\t_\t4:conj\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n"
    "# sent_id = a-2\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t0:root\t_\n"
    "\n";

TEST(Conllu, RoundTripKeepsEveryLine) {
  std::istringstream in(kConllu);
  std::string out;
  std::vector<std::string> errors;
  size_t n = 0;
  read_conllu(
      in, "a.conllu",
      [&](ConlluSentence& s) {
        ++n;
        write_conllu(s, out);
      },
      [&](const std::string& e) { errors.push_back(e); });
  EXPECT_EQ(n, 2u);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(out, kConllu);
}

TEST(Conllu, ReadsWordsAndSkipsRangesAndEmptyNodes) {
  std::istringstream in(kConllu);
  std::vector<ConlluSentence> got;
  read_conllu(
      in, "a.conllu", [&](ConlluSentence& s) { got.push_back(s); }, [](const std::string&) {});
  ASSERT_EQ(got.size(), 2u);
  ASSERT_EQ(got[0].words.size(), 5u);
  EXPECT_EQ(got[0].words[1].form(), "did");
  EXPECT_EQ(got[0].words[2].deprel(), "advmod");
  EXPECT_EQ(got[0].words[3].head, 0);
  EXPECT_EQ(got[0].line, 1u);
  EXPECT_EQ(got[1].line, 11u);
}

TEST(Conllu, BadSentencesAreReportedWithFileAndLineAndSkipped) {
  std::istringstream in(
      "1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n"
      "2\tB\t_\t_\t_\t_\t1\n"  // 7 columns
      "\n"
      "1\tC\t_\t_\t_\t_\t0\troot\t_\t_\n"
      "3\tD\t_\t_\t_\t_\t1\tdep\t_\t_\n"  // id out of sequence
      "\n"
      "1\tE\t_\t_\t_\t_\t9\troot\t_\t_\n"  // head beyond the sentence
      "\n"
      "1\tF\t_\t_\t_\t_\t_\t_\t_\t_\n"  // no tree: fine for --tokens
      "\n");
  std::vector<std::string> errors;
  size_t n = 0;
  const size_t rejected = read_conllu(
      in, "bad.conllu", [&](ConlluSentence&) { ++n; }, [&](const std::string& e) { errors.push_back(e); });
  EXPECT_EQ(rejected, 3u);
  EXPECT_EQ(n, 1u);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0], "bad.conllu:2: expected 10 tab-separated columns");
  EXPECT_EQ(errors[1], "bad.conllu:5: word ID \"3\" out of sequence");
  EXPECT_EQ(errors[2], "bad.conllu:7: HEAD 9 of word 1 is not a word of the sentence");
}

// A toy treebank written for the test: training on it twice with one seed gives
// the same bytes, and the model it makes parses its own sentences.
TEST(TrainParser, SameDataAndSeedGiveTheSameModel) {
  testing::TempDir dir;
  std::string tb;
  const char* sents[][2] = {{"Russia", "Mali"}, {"France", "Chad"}, {"China", "Iran"}, {"Iran", "Syria"}};
  for (int rep = 0; rep < 5; ++rep)
    for (const auto& s : sents) {
      tb += std::string("1\t") + s[0] + "\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n";
      tb += "2\tarmed\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n";
      tb += std::string("3\t") + s[1] + "\t_\tPROPN\tNNP\t_\t2\tobj\t_\t_\n";
      tb += "4\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    }
  const std::string path = dir.file("train.conllu", tb);
  ParserTrainOptions o;
  o.train = {path};
  o.dev = {path};
  o.tagger_epochs = 2;
  o.parser_epochs = 2;
  o.folds = 2;
  const std::string a = train_parser(o)->save(3), b = train_parser(o)->save(3);
  EXPECT_EQ(a, b);
  auto m = ParserModel::load(a);
  const std::string folded[] = {"chad", "armed", "iran", "."};
  const std::vector<ParseWord> words = {
      {"Chad", folded[0]}, {"armed", folded[1]}, {"Iran", folded[2]}, {".", folded[3]}};
  std::vector<WordSyntax> out;
  m->parse(words, out);
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[1].head, -1);
  EXPECT_EQ(out[0].head, 1);
  EXPECT_EQ(m->deprel_name(out[0].deprel), "nsubj");
  EXPECT_EQ(m->deprel_name(out[2].deprel), "obj");
  o.seed = 2;
  EXPECT_NO_THROW(train_parser(o));
}

// The shipped model, loaded once.
const ParserModel& model() {
  static std::unique_ptr<ParserModel> m = ParserModel::load(Data::embedded().file(kParserModelFile));
  return *m;
}

TEST(ParserModel, ShipsWithTheBinaryAndStatesItsLicence) {
  const std::string_view bytes = Data::embedded().file(kParserModelFile);
  ASSERT_FALSE(bytes.empty());
  EXPECT_LE(bytes.size(), 30u << 20);
  EXPECT_NE(model().info().licence.find("CC BY-SA 4.0"), std::string::npos);
  EXPECT_GE(model().deprel("nsubj:pass"), 0);
  EXPECT_GE(model().deprel("obl:agent"), 0);
  EXPECT_GE(model().deprel("acl:relcl"), 0);
  EXPECT_EQ(model().deprel("no-such-relation"), -1);
}

TEST(ParserModel, RejectsWhatIsNotAModel) {
  EXPECT_THROW(ParserModel::load("not a model"), std::runtime_error);
  std::string cut(Data::embedded().file(kParserModelFile).substr(0, 1000));
  EXPECT_THROW(ParserModel::load(cut), std::runtime_error);
}

TEST(ParserModel, SaveLoadIsTheSameModel) {
  const std::string bytes = model().save(3);
  auto again = ParserModel::load(bytes);
  EXPECT_EQ(again->save(3), bytes);
}

// A parsed sentence, asked by word.
struct Parsed {
  Document doc;
  // The token of the n-th occurrence of `word` (its surface form).
  uint32_t tok(std::string_view word, int nth = 0) const {
    for (uint32_t i = 0; i < doc.tokens.size(); ++i)
      if (doc.surface(doc.tokens[i]) == word && nth-- == 0) return i;
    ADD_FAILURE() << "no token " << word;
    return 0;
  }
  std::string rel(std::string_view word) const {
    const TokenSyntax& s = doc.syntax[tok(word)];
    return std::string(model().deprel_name(s.deprel));
  }
  std::string head(std::string_view word) const {
    const TokenSyntax& s = doc.syntax[tok(word)];
    return s.head < 0 ? "ROOT" : std::string(doc.surface(doc.tokens[static_cast<size_t>(s.head)]));
  }
  std::string upos(std::string_view word) const {
    return std::string(upos_name(static_cast<Upos>(doc.syntax[tok(word)].upos)));
  }
  // "rel head" of a word, e.g. "nsubj delivered".
  std::string arc(std::string_view word) const { return rel(word) + " " + head(word); }
};

Parsed parse(const std::string& text) {
  static const SegmentationRules rules = SegmentationRules::load(Data::embedded(), nullptr);
  static const ParseStage stage(model(), Data::embedded());
  Parsed p;
  p.doc.id = "t";
  p.doc.text = text;
  tokenize(p.doc);
  segment(p.doc, rules);
  for (size_t si = 0; si < p.doc.sentences.size(); ++si) stage.parse_sentence(p.doc, si);
  return p;
}

TEST(ParseConstructions, TransitiveWithRecipient) {
  const Parsed p = parse("Russia delivered two helicopters to Mali.");
  EXPECT_EQ(p.arc("delivered"), "root ROOT");
  EXPECT_EQ(p.arc("Russia"), "nsubj delivered");
  EXPECT_EQ(p.arc("helicopters"), "obj delivered");
  EXPECT_EQ(p.arc("Mali"), "obl delivered");
  EXPECT_EQ(p.arc("to"), "case Mali");
  EXPECT_EQ(p.upos("delivered"), "VERB");
}

TEST(ParseConstructions, PassiveWithAgent) {
  const Parsed p = parse("The radars were delivered by Russia last month.");
  EXPECT_EQ(p.arc("radars"), "nsubj:pass delivered");
  EXPECT_EQ(p.arc("were"), "aux:pass delivered");
  EXPECT_EQ(p.arc("Russia"), "obl:agent delivered");
}

TEST(ParseConstructions, ReducedRelativeWithAgent) {
  const Parsed p = parse("Rockets supplied by Iran hit the port on Sunday.");
  EXPECT_EQ(p.arc("supplied"), "acl Rockets");
  EXPECT_EQ(p.arc("Iran"), "obl:agent supplied");
  EXPECT_EQ(p.arc("Rockets"), "nsubj hit");
}

TEST(ParseConstructions, ControlVerb) {
  const Parsed p = parse("Egypt is seeking to buy fighter jets from France.");
  EXPECT_EQ(p.arc("buy"), "xcomp seeking");
  EXPECT_EQ(p.arc("jets"), "obj buy");
  EXPECT_EQ(p.arc("France"), "obl buy");
  EXPECT_EQ(p.arc("Egypt"), "nsubj seeking");
}

TEST(ParseConstructions, ReportedSpeech) {
  const Parsed p = parse("Officials said Turkey had sold drones to Ukraine.");
  EXPECT_EQ(p.arc("sold"), "ccomp said");
  EXPECT_EQ(p.arc("Turkey"), "nsubj sold");
  EXPECT_EQ(p.arc("drones"), "obj sold");
}

TEST(ParseConstructions, ThreeWayCoordination) {
  const Parsed p = parse("Germany, France and Italy signed the agreement.");
  EXPECT_EQ(p.arc("Germany"), "nsubj signed");
  EXPECT_EQ(p.arc("France"), "conj Germany");
  EXPECT_EQ(p.arc("Italy"), "conj Germany");
  EXPECT_EQ(p.arc("and"), "cc Italy");
}

TEST(ParseConstructions, Apposition) {
  // UD heads a multiword name on its first word; the rest is flat.
  const Parsed p = parse("Sergei Shoigu, the Russian defence minister, visited Bamako on Tuesday.");
  EXPECT_EQ(p.arc("minister"), "appos Sergei");
  EXPECT_EQ(p.arc("Shoigu"), "flat Sergei");
  EXPECT_EQ(p.arc("Sergei"), "nsubj visited");
}

// Known failures of the shipped model (greedy, no embeddings), kept to be fixed:
// it reads "Washington donated drones" as one noun phrase (donated as a modifier)
// and "gave Damascus new air defence systems" with Damascus as a compound of systems.
TEST(ParseConstructions, DISABLED_PurposeClause) {
  const Parsed p = parse("Washington donated drones to help Bolivia fight drug traffickers.");
  EXPECT_EQ(p.head("help"), "donated");
  EXPECT_EQ(p.arc("Bolivia"), "obj help");
  EXPECT_EQ(p.arc("drones"), "obj donated");
}

TEST(ParseConstructions, DISABLED_DoubleObject) {
  const Parsed p = parse("Moscow gave Damascus new air defence systems.");
  EXPECT_EQ(p.arc("Damascus"), "iobj gave");
  EXPECT_EQ(p.arc("systems"), "obj gave");
}

TEST(ParseConstructions, RelativeClause) {
  const Parsed p = parse("The tanks that Germany sent to Ukraine arrived in March.");
  EXPECT_EQ(p.arc("sent"), "acl:relcl tanks");
  EXPECT_EQ(p.arc("Germany"), "nsubj sent");
  EXPECT_EQ(p.arc("tanks"), "nsubj arrived");
}

TEST(ParseConstructions, ContractedNegationIsTwoWords) {
  const Parsed p = parse("Russia didn't send troops.");
  const TokenSyntax& s = p.doc.syntax[p.tok("didn't")];
  EXPECT_EQ(s.split, 1);
  EXPECT_EQ(model().deprel_name(s.deprel), "aux");
  EXPECT_EQ(model().deprel_name(s.clitic_deprel), "advmod");
  EXPECT_EQ(p.doc.surface(p.doc.tokens[static_cast<size_t>(s.clitic_head)]), "send");
  EXPECT_EQ(p.arc("Russia"), "nsubj send");
}

TEST(ParseConstructions, ArmTheVerbAndArmsTheNoun) {
  EXPECT_EQ(parse("The United States will arm the rebels.").upos("arm"), "VERB");
  EXPECT_EQ(parse("Arms sales to the region rose sharply.").upos("Arms"), "NOUN");
}

TEST(ParseStage, ConlluOfADocumentHasSpansAndRanges) {
  const Parsed p = parse("Mali didn't pay. France left.");
  std::string out;
  const ParseStage stage(model(), Data::embedded());
  stage.write_conllu(p.doc, out);
  EXPECT_NE(out.find("# sent_id = t-1\n# text = Mali didn't pay.\n"), std::string::npos);
  EXPECT_NE(out.find("2-3\tdidn't\t"), std::string::npos);
  EXPECT_NE(out.find("\tTokenRange=5:8\n"), std::string::npos);  // "did"
  EXPECT_NE(out.find("# sent_id = t-2\n"), std::string::npos);
}

TEST(ParseStage, PipelineParsesWhereATriggerMeetsAnActor) {
  const Pipeline pipeline(Data::embedded());
  Document doc;
  doc.id = "d";
  doc.text = "The weather was fine. Russia delivered two helicopters to Mali.";
  pipeline.process(doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  ASSERT_EQ(doc.syntax.size(), doc.tokens.size());
  EXPECT_FALSE(doc.syntax[doc.sentences[0].first_token].parsed());
  EXPECT_TRUE(doc.syntax[doc.sentences[1].first_token].parsed());

  PipelineOptions none;
  none.parse = ParseMode::kNone;
  const Pipeline off(Data::embedded(), nullptr, none);
  off.process(doc);
  EXPECT_TRUE(doc.syntax.empty());
}

}  // namespace
}  // namespace dyad
