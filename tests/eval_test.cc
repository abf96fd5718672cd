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

TEST(EvalTest, GoldKindFromTheFirstRecord) {
  testing::TempDir dir;
  EXPECT_EQ(gold_kind(dir.file("p.jsonl", gold_line("a", "x", "ACCUSE", actor("BRA"), ""))), GoldKind::kPlover);
  EXPECT_EQ(gold_kind(dir.file("d.jsonl", "\n{\"id\": \"a\", \"text\": \"x\", \"gold\": {\"types\": []}}\n")),
            GoldKind::kDetection);
  EXPECT_EQ(gold_kind(dir.file("a.jsonl", "{\"id\": \"a\", \"text\": \"x\", \"transfers\": []}\n")), GoldKind::kArms);
  EXPECT_EQ(gold_kind(dir.file("u.jsonl", "{\"id\": \"a\", \"text\": \"x\"}\n")), GoldKind::kUnknown);
}

TEST(EvalTest, DetectionPerSentenceAndType) {
  testing::TempDir dir;
  auto rec = [](const std::string& id, const std::string& text, const std::string& types) {
    return "{\"id\": \"" + id + "\", \"date\": \"2016-04-19\", \"text\": \"" + text + "\", \"gold\": {\"types\": [" +
           types + "]}}\n";
  };
  const std::string path =
      dir.file("voa.jsonl", rec("1", "Police arrested two opposition leaders in Harare on Monday.", "\"COERCE\"") +
                                // A type the gold labels that dyad misses, and one it emits that the gold lacks.
                                rec("2", "The weather was fine in Harare on Monday.", "\"PROTEST\"") +
                                rec("3", "Police arrested two opposition leaders in Harare on Monday.", "") +
                                "{\"id\": \"4\", \"text\": \"x\", \"gold\": {}}\n");
  const DetectionResult r = evaluate_detection(pipeline(), path);
  EXPECT_EQ(r.sentences, 3u);
  EXPECT_EQ(r.rejected, 1u);
  EXPECT_EQ(r.per_type.at("COERCE").tp, 1u);
  EXPECT_EQ(r.per_type.at("COERCE").fp, 1u);
  EXPECT_EQ(r.per_type.at("PROTEST").fn, 1u);
  EXPECT_EQ(r.overall.tp, 1u);
}

TEST(EvalTest, ArmsTransfersWithAndWithoutATag) {
  testing::TempDir dir;
  const std::string path = dir.file(
      "arms.jsonl",
      // Found, with status and quantity right.
      R"({"id": "1", "date": "2024-05-10", "text": "Russia delivered two Mi-35 helicopters to Mali.", "positive": true, )"
      R"("transfers": [{"supplier": "RUS", "recipient": "MLI", "status": "delivered", "status_alt": [], )"
      R"("items": [{"designation": "Mi-35", "text": "two Mi-35 helicopters", "quantity": 2}]}], "tags": []})"
      "\n"
      // A supplier left unnamed matches a null one; tagged.
      R"({"id": "2", "date": "2024-05-10", "text": "Weapons were supplied to Ukraine last year.", "positive": true, )"
      R"("transfers": [{"supplier": null, "recipient": "UKR", "status": "delivered", )"
      R"("items": [{"designation": null, "text": "Weapons", "quantity": null}]}], "tags": ["story"]})"
      "\n"
      // Missed: a different recipient in the gold.
      R"({"id": "3", "date": "2024-05-10", "text": "Germany sold tanks to Qatar.", "positive": true, )"
      R"("transfers": [{"supplier": "DEU", "recipient": "SAU", "status": "ordered", )"
      R"("items": [{"designation": null, "text": "tanks", "quantity": null}]}], "tags": ["story"]})"
      "\n"
      // A near miss.
      R"({"id": "4", "date": "2024-05-10", "text": "Russia showcased T-14 tanks at a parade.", "positive": false, )"
      R"("transfers": [], "tags": []})"
      "\n");
  const ArmsEvalResult r = evaluate_arms(pipeline(), path);
  EXPECT_EQ(r.passages, 4u);
  EXPECT_EQ(r.all.transfers.tp, 2u);
  EXPECT_EQ(r.all.transfers.fn, 1u);
  EXPECT_EQ(r.all.transfers.fp, 1u);  // DEU -> QAT
  EXPECT_EQ(r.all.on_negatives, 0u);
  EXPECT_EQ(r.all.status_right, 2u);
  EXPECT_EQ(r.all.quantities, 1u);
  EXPECT_EQ(r.all.quantity_right, 1u);
  const ArmsCounts& without = r.without_tag.at("story");
  EXPECT_EQ(without.transfers.tp, 1u);
  EXPECT_EQ(without.transfers.fn, 0u);
  EXPECT_EQ(without.transfers.fp, 0u);
}

}  // namespace
}  // namespace dyad
