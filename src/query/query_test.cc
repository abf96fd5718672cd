// The query layer's own checks; its results over a store are tested through
// the CLI (tests/cli_test.cc) and the server (src/serve/server_test.cc).
#include "dyad/query.h"

#include <gtest/gtest.h>

namespace dyad::query {
namespace {

TEST(QueryTest, FilterNamesAreTheCliOptions) {
  std::vector<std::string> names;
  for (const FilterOption& o : filter_options()) names.push_back(o.name);
  EXPECT_EQ(names, (std::vector<std::string>{"actor", "country", "sector", "dyad", "type", "cameo", "from", "to",
                                             "location-country", "status", "text"}));
}

TEST(QueryTest, BadValuesAreNamedWithTheCallersPrefix) {
  FilterArgs a;
  EventFilter f;
  a.dyad = "RUS";
  EXPECT_EQ(make_filter(a, &f, "--"), "--dyad takes A,B (e.g. RUS,MLI), got RUS");
  EXPECT_EQ(make_filter(a, &f, "parameter "), "parameter dyad takes A,B (e.g. RUS,MLI), got RUS");
  a.dyad = "RUS,MLI";
  a.from = "notadate";
  EXPECT_EQ(make_filter(a, &f, "--"), "dates must be YYYY-MM-DD, got notadate");
  a.from = "2022-01-01";
  EXPECT_EQ(make_filter(a, &f, "--"), "");
  EXPECT_EQ(f.dyad_a, "RUS");
  EXPECT_EQ(f.dyad_b, "MLI");
  EXPECT_EQ(f.from->iso(), "2022-01-01");
}

TEST(QueryTest, RowsAsJson) {
  Table t{{"key", "events", "mean"}, {false, true, true}, {{"RUS,\"MLI\"", "3", ""}}};
  std::string out;
  append_json_row(out, t, 0);
  EXPECT_EQ(out, R"({"key":"RUS,\"MLI\"","events":3,"mean":null})");
  EXPECT_EQ(fixed(8.26, 1), "8.3");
}

TEST(QueryTest, PeriodsAndTopKinds) {
  EXPECT_EQ(parse_period("week"), aggregate::Period::kWeek);
  EXPECT_FALSE(parse_period("year"));
  EXPECT_EQ(parse_top_kind("dyads"), aggregate::TopKind::kDyads);
  EXPECT_FALSE(parse_top_kind("weapons"));
}

}  // namespace
}  // namespace dyad::query
