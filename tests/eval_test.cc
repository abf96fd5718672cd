// dyad eval: scoring against gold records shaped like the PLOVER gold standard,
// on a small gold file written for the test.
#include "dyad/eval.h"

#include <gtest/gtest.h>

#include <string>

#include "dyad/data.h"
#include "dyad/pipeline.h"
#include "temp_dir.h"
#include "testing.h"

namespace dyad {
namespace {

using test::pipeline;

std::string gold_line(const std::string& id, const std::string& text, const std::string& type,
                      const std::string& sources, const std::string& targets) {
  return R"({"id": ")" + id + R"(", "date": null, "text": ")" + text + R"(", "gold": {"plover": ")" + type +
         R"(", "source": [)" + sources + R"(], "target": [)" + targets + "]}}\n";
}

std::string actor(const std::string& code) {
  return R"({"text": "x", "code": ")" + code + R"("})";
}

TEST(EvalTest, ScoresTypeAndArguments) {
  testing::TempDir dir;
  const std::string path =
      dir.file("gold.jsonl",
               gold_line("a", "Brazil accused Argentina of dumping steel.", "ACCUSE", actor("BRA"), actor("ARG")) +
                   // Right type, wrong target.
                   gold_line("b", "Brazil accused Argentina of dumping steel.", "ACCUSE", actor("BRA"), actor("CHL")) +
                   // Wrong type.
                   gold_line("c", "Brazil accused Argentina of dumping steel.", "PROTEST", actor("BRA"), actor("ARG")) +
                   "\n" +  // blank lines are skipped
                   "{not json\n");
  const EvalResult r = evaluate(pipeline(), path);
  EXPECT_EQ(r.sentences, 3u);
  EXPECT_EQ(r.type_correct, 2u);
  EXPECT_EQ(r.full_correct, 1u);
  EXPECT_EQ(r.rejected, 1u);
  EXPECT_EQ(r.per_type.at("ACCUSE").tp, 2u);
  EXPECT_EQ(r.per_type.at("ACCUSE").fp, 1u);
  EXPECT_EQ(r.per_type.at("PROTEST").fn, 1u);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_NE(r.errors.back().find("gold.jsonl:5"), std::string::npos) << r.errors.back();
}

TEST(EvalTest, SymmetricEventsAndLegacyCodes) {
  testing::TempDir dir;
  const std::string path = dir.file(
      "gold.jsonl",
      // No gold target: a target among the gold sources is right.
      gold_line("m", "Peru and Chile signed a fisheries agreement on Monday.", "SUPPORT",
                actor("PER") + "," + actor("CHL"), "") +
          // "JAP" names Japan as JPN does.
          gold_line("j", "Japan accused Russia of violating its airspace.", "ACCUSE", actor("JAP"), actor("RUS")));
  const EvalResult r = evaluate(pipeline(), path);
  EXPECT_EQ(r.sentences, 2u);
  EXPECT_EQ(r.full_correct, 2u) << (r.errors.empty() ? "" : r.errors.front());
}

}  // namespace
}  // namespace dyad
