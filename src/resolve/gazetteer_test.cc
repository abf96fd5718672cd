// Gazetteer on a small fixture (keys deliberately unsorted) and on the embedded index.
#include "dyad/gazetteer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "dyad/text.h"

namespace dyad {
namespace {

const char* kFixture =
    "# fixture gazetteer\n"
    "P\t0\tMali\t\tMLI\t\t12.65\t-8\t0\tCOUNTRY\n"
    "P\t2460596\tBamako\t\tMLI\t01\t12.65\t-8\t1297281\tPPLC\n"
    "P\t2988507\tParis\t\tFRA\t11\t48.85341\t2.3488\t2138551\tPPLC\n"
    "P\t4246659\tParis\t\tUSA\tIL\t39.61115\t-87.69614\t8432\tPPLA2\n"
    "P\t2451185\tSégou\tSegou\tMLI\t06\t13.4317\t-6.2157\t130690\tPPLA\n"
    "P\t3093133\tŁódź\tLodz\tPOL\t74\t51.77058\t19.47395\t768755\tPPLA\n"
    "K\tparis\t3\n"
    "K\tbamako\t1\n"
    "K\tparis\t2\n"
    "K\tmali\t0\n"
    "K\tsegou\t4\n"
    "K\tłodz\t5\n"
    "K\tlodz\t5\n"
    "C\tMLI\t1\n";

Gazetteer fixture() {
  Gazetteer g;
  std::vector<std::string> errors;
  g.load_copy(kFixture, &errors);
  EXPECT_TRUE(errors.empty()) << errors.front();
  return g;
}

TEST(Gazetteer, LoadsFixture) {
  Gazetteer g = fixture();
  EXPECT_EQ(g.size(), 6u);
  EXPECT_EQ(g.keys(), 7u);
  EXPECT_EQ(g.countries(), 1u);
}

TEST(Gazetteer, FindsEveryPlaceOfAName) {
  Gazetteer g = fixture();
  std::vector<Place> paris = g.find("paris");
  ASSERT_EQ(paris.size(), 2u);
  EXPECT_EQ(paris[0].country, "FRA");
  EXPECT_EQ(paris[0].geonames_id, 2988507);
  EXPECT_EQ(paris[0].admin1, "11");
  EXPECT_DOUBLE_EQ(paris[0].lat, 48.85341);
  EXPECT_DOUBLE_EQ(paris[0].lon, 2.3488);
  EXPECT_EQ(paris[0].population, 2138551);
  EXPECT_TRUE(paris[0].is_capital());
  EXPECT_EQ(paris[1].country, "USA");
  EXPECT_TRUE(g.find("london").empty());
  EXPECT_TRUE(g.find("").empty());
}

TEST(Gazetteer, FoldedNamesMatchTheDocumentsFolding) {
  Gazetteer g = fixture();
  for (const char* written : {"Ségou", "SEGOU", "Segou"}) {
    std::vector<Place> p = g.find(fold(written));
    ASSERT_EQ(p.size(), 1u) << written;
    EXPECT_EQ(p[0].name, "Ségou");
    EXPECT_EQ(p[0].ascii_name, "Segou");
  }
  ASSERT_EQ(g.find(fold("Łódź")).size(), 1u);
  ASSERT_EQ(g.find(fold("Lodz")).size(), 1u);
}

TEST(Gazetteer, CountriesAndCapitals) {
  Gazetteer g = fixture();
  auto mali = g.country("MLI");
  ASSERT_TRUE(mali);
  EXPECT_TRUE(mali->is_country());
  EXPECT_EQ(mali->name, "Mali");
  EXPECT_EQ(mali->geonames_id, 0);
  auto capital = g.capital("MLI");
  ASSERT_TRUE(capital);
  EXPECT_EQ(capital->name, "Bamako");
  EXPECT_FALSE(g.country("FRA"));
  EXPECT_FALSE(g.capital("FRA"));
}

TEST(Gazetteer, ReportsMalformedRows) {
  Gazetteer g;
  std::vector<std::string> errors;
  g.load_copy(
      "P\t1\tX\n"
      "junk\n"
      "P\t2460596\tBamako\t\tMLI\t01\t12.65\t-8\t1297281\tPPLC\n"
      "K\tbamako\t0\n"
      "K\tnowhere\t7\n"
      "C\tMLI\n",
      &errors);
  EXPECT_EQ(g.size(), 1u);
  EXPECT_EQ(g.keys(), 1u);
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0], "gazetteer:1: a place row has 10 tab-separated columns");
  EXPECT_EQ(g.find("bamako").at(0).name, "Bamako");
}

TEST(Gazetteer, EmbeddedIndexLoadsFast) {
  const auto t0 = std::chrono::steady_clock::now();
  const Gazetteer& g = Gazetteer::embedded();
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  RecordProperty("places", std::to_string(g.size()));
  RecordProperty("load_ms", std::to_string(g.load_ms()));
  std::printf(
      "embedded gazetteer: %zu places, %zu keys, %zu countries; loaded in %.1f ms; %.1f MB text, %.1f MB tables\n",
      g.size(), g.keys(), g.countries(), g.load_ms(), static_cast<double>(g.text_bytes()) / 1e6,
      static_cast<double>(g.table_bytes()) / 1e6);
  EXPECT_LT(ms, 2000.0);  // generous: Debug and sanitizer builds
  EXPECT_GT(g.size(), 0u);
  if (g.find("bamako").empty()) GTEST_SKIP() << "the embedded index has no Bamako (a small index)";
  const Place b = g.find("bamako").front();
  EXPECT_EQ(b.country, "MLI");
  EXPECT_NEAR(b.lat, 12.65, 0.1);
  EXPECT_NEAR(b.lon, -8.0, 0.1);
  ASSERT_TRUE(g.capital("MLI"));
  EXPECT_EQ(g.capital("MLI")->name, "Bamako");
  ASSERT_TRUE(g.country("RUS"));
  EXPECT_EQ(g.capital("RUS")->name, "Moscow");
}

}  // namespace
}  // namespace dyad
