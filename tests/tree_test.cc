// The tree view over a parsed sentence: subjects through control, passives and
// reduced relatives, relative pronouns, conjuncts, case words and clauses. The
// sentences were written for these tests; each has a trigger and an actor, so the
// pipeline parses it.
#include "code/tree.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "testing.h"

namespace dyad {
namespace {

struct Parsed {
  Document doc;
  std::unique_ptr<DepRelations> rel;
  std::unique_ptr<Tree> tree;
  // The token whose text is `word` (the first, or the `nth`).
  uint32_t at(std::string_view word, int nth = 0) const {
    for (uint32_t t = 0; t < doc.tokens.size(); ++t)
      if (doc.surface(doc.tokens[t]) == word && nth-- == 0) return t;
    ADD_FAILURE() << "no token " << word;
    return 0;
  }
};

std::unique_ptr<Parsed> parse(const std::string& text) {
  auto p = std::make_unique<Parsed>();
  p->doc = test::analyse(text, "2024-05-10");
  const ParserModel* model = test::pipeline().parser();
  if (!model || p->doc.sentences.empty()) return nullptr;
  p->rel = std::make_unique<DepRelations>(*model);
  p->tree = std::make_unique<Tree>(p->doc, p->doc.sentences[0], *p->rel);
  return p;
}

TEST(Tree, ControlVerbsLendTheirSubject) {
  auto p = parse("Moscow is seeking to sell S-400 systems to India.");
  if (!p) GTEST_SKIP() << "no parser model";
  const Tree& t = *p->tree;
  ASSERT_TRUE(t.parsed());
  const uint32_t sell = p->at("sell");
  EXPECT_EQ(t.subject(sell), static_cast<int>(p->at("Moscow")));
  ASSERT_EQ(t.controllers(sell).size(), 1u);
  EXPECT_EQ(t.controllers(sell)[0], p->at("seeking"));
  EXPECT_EQ(t.child(sell, "obj"), static_cast<int>(p->at("systems")));
  EXPECT_EQ(t.case_word(p->at("India")), "to");
  EXPECT_FALSE(t.passive(sell));
}

TEST(Tree, ObjectControl) {
  auto p = parse("Washington asked Seoul to supply artillery shells to Ukraine.");
  if (!p) GTEST_SKIP() << "no parser model";
  EXPECT_EQ(p->tree->subject(p->at("supply")), static_cast<int>(p->at("Seoul")));
}

TEST(Tree, ReducedRelativeIsPassiveAndItsClauseIsItsOwn) {
  auto p = parse("Missiles supplied by Iran to Russia hit Kharkiv overnight.");
  if (!p) GTEST_SKIP() << "no parser model";
  const Tree& t = *p->tree;
  const uint32_t supplied = p->at("supplied");
  EXPECT_TRUE(t.passive(supplied));
  EXPECT_EQ(t.modified_noun(supplied), static_cast<int>(p->at("Missiles")));
  EXPECT_TRUE(t.is(p->at("Iran"), "obl"));  // obl:agent
  EXPECT_EQ(t.clause_head(p->at("Iran")), supplied);
  EXPECT_TRUE(t.in_clause(p->at("Iran"), supplied));
  EXPECT_FALSE(t.in_clause(p->at("hit"), supplied));
  EXPECT_TRUE(t.dominates(p->at("hit"), p->at("Iran")));
}

TEST(Tree, RelativePronounStandsForItsNoun) {
  auto p = parse("The tanks that Germany sold to Ukraine reached the front in May.");
  if (!p) GTEST_SKIP() << "no parser model";
  EXPECT_EQ(p->tree->antecedent(p->at("that")), static_cast<int>(p->at("tanks")));
  EXPECT_EQ(p->tree->subject(p->at("sold")), static_cast<int>(p->at("Germany")));
}

TEST(Tree, ConjunctsInTextOrder) {
  auto p = parse("Russia delivered helicopters, radars and tanks to Mali.");
  if (!p) GTEST_SKIP() << "no parser model";
  const std::vector<uint32_t> want = {p->at("helicopters"), p->at("radars"), p->at("tanks")};
  EXPECT_EQ(p->tree->conjuncts(p->at("helicopters")), want);
}

TEST(Tree, AnUnparsedSentenceSaysSo) {
  auto p = parse("Russia delivered two helicopters to Mali.");
  if (!p) GTEST_SKIP() << "no parser model";
  EXPECT_TRUE(p->tree->parsed());
  Document doc = p->doc;
  doc.syntax.clear();  // as when parsing is off
  EXPECT_FALSE(Tree(doc, doc.sentences[0], *p->rel).parsed());
  doc.syntax.assign(doc.tokens.size(), TokenSyntax{});  // parsed elsewhere, not here
  EXPECT_FALSE(Tree(doc, doc.sentences[0], *p->rel).parsed());
}

}  // namespace
}  // namespace dyad
