#include "dyad/sipri.h"

#include <gtest/gtest.h>

#include "dyad/register.h"

namespace dyad {
namespace {

const char* kFixture = DYAD_SOURCE_DIR "/src/aggregate/testdata/sipri-fixture.csv";

CountryNames fixture_countries() {
  CountryNames c;
  for (auto [name, code] : {std::pair{"Mali", "MLI"},
                            {"Russia", "RUS"},
                            {"Russian Federation", "RUS"},
                            {"Türkiye", "TUR"},
                            {"Niger", "NER"},
                            {"China", "CHN"},
                            {"Côte d’Ivoire", "CIV"},
                            {"United States", "USA"},
                            {"Burkina Faso", "BFA"},
                            {"Senegal", "SEN"},
                            {"France", "FRA"},
                            {"Germany", "DEU"}})
    c.add(name, code);
  return c;
}

struct Loaded {
  SipriRegister reg;
  std::vector<std::string> errors;
};

Loaded load_fixture() {
  Loaded l;
  EXPECT_TRUE(read_sipri(kFixture, fixture_countries(), l.reg, &l.errors));
  return l;
}

const SipriRow* row_at(const SipriRegister& r, int line) {
  for (const SipriRow& s : r.rows)
    if (s.line == line) return &s;
  return nullptr;
}

TEST(SipriTest, SkipsPreambleAndReadsRows) {
  Loaded l = load_fixture();
  ASSERT_EQ(l.reg.rows.size(), 8u);
  const SipriRow& r = l.reg.rows[0];
  EXPECT_EQ(r.line, 6);
  EXPECT_EQ(r.recipient, "Mali");
  EXPECT_EQ(r.supplier, "Russia");
  EXPECT_EQ(r.recipient_code, "MLI");
  EXPECT_EQ(r.supplier_code, "RUS");
  EXPECT_EQ(r.order_year, 2021);
  EXPECT_EQ(r.ordered, 4);
  EXPECT_EQ(r.description, "combat helicopter");
  EXPECT_EQ(r.status, "Second hand");
  EXPECT_EQ(r.comments, "Invented fixture row");
}

TEST(SipriTest, ReadsUncertaintyColumns) {
  Loaded l = load_fixture();
  const SipriRow* r = row_at(l.reg, 6);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->order_year_uncertain);
  EXPECT_TRUE(r->ordered_uncertain);
  EXPECT_FALSE(r->delivered_uncertain);
  const SipriRow* tb2 = row_at(l.reg, 9);
  ASSERT_TRUE(tb2);
  EXPECT_FALSE(tb2->order_year_uncertain);
  EXPECT_TRUE(tb2->delivered_uncertain);
}

TEST(SipriTest, ReadsDeliveryYearListsAndEmptyNumbers) {
  Loaded l = load_fixture();
  const SipriRow* mi35m = row_at(l.reg, 8);
  ASSERT_TRUE(mi35m);
  EXPECT_EQ(mi35m->delivery_years, (std::vector<int>{2016, 2018, 2019}));
  const SipriRow* vn22 = row_at(l.reg, 10);
  ASSERT_TRUE(vn22);
  EXPECT_FALSE(vn22->ordered);
  EXPECT_FALSE(vn22->delivered);
  EXPECT_TRUE(vn22->delivery_years.empty());
}

TEST(SipriTest, SplitsMultiDesignations) {
  Loaded l = load_fixture();
  EXPECT_EQ(row_at(l.reg, 6)->alternatives, (std::vector<std::string>{"Mi-24P", "Mi-35P"}));
  EXPECT_EQ(row_at(l.reg, 7)->alternatives, (std::vector<std::string>{"59N6 Protivnik-GE"}));
  EXPECT_EQ(designation_alternatives(" Cessna-337/O-2 "), (std::vector<std::string>{"Cessna-337", "O-2"}));
}

TEST(SipriTest, JoinsRowBrokenByLineBreakInComment) {
  Loaded l = load_fixture();
  const SipriRow* r = row_at(l.reg, 12);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->recipient_code, "CIV");  // "Cote d'Ivoire" = "Côte d’Ivoire"
  EXPECT_EQ(r->comments, "Diesel engines for 8 APC from South Africa; comment broken by a raw line break");
  EXPECT_EQ(r->recipient, "Cote d'Ivoire");
  EXPECT_EQ(r->delivered, 0);
}

TEST(SipriTest, ConvertsLatin1Lines) {
  Loaded l = load_fixture();
  const SipriRow* r = row_at(l.reg, 17);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->comments, "Built at Lanest\xC3\xA9r (Latin-1 byte)");
  EXPECT_EQ(r->delivery_years, (std::vector<int>{2021, 2022}));
}

TEST(SipriTest, ReportsBadRowsWithFileAndLine) {
  Loaded l = load_fixture();
  ASSERT_EQ(l.errors.size(), 3u);
  const std::string f = kFixture;
  EXPECT_EQ(l.errors[0], f + ":14: year of order is not a year: \"20X1\"");
  EXPECT_EQ(l.errors[1], f + ":15: number is not a count: \"two\"");
  EXPECT_EQ(l.errors[2], f + ":16: expected 16 columns, found 5");
}

TEST(SipriTest, ListsNamesOutsideTheLexicon) {
  Loaded l = load_fixture();
  EXPECT_EQ(l.reg.unmapped, (std::vector<std::string>{"Soviet Union"}));
  EXPECT_EQ(row_at(l.reg, 11)->supplier_code, "");
}

TEST(SipriTest, MissingHeaderIsAnError) {
  SipriRegister r;
  std::vector<std::string> errors;
  EXPECT_FALSE(parse_sipri("just a note\nMali,Russia,2021\n", "x.csv", fixture_countries(), r, &errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].substr(0, 8), "x.csv:1:");
}

TEST(SipriTest, CountryNamesFromTheLexicon) {
  CountryNames c(Data::embedded());
  EXPECT_EQ(c.code("Mali"), "MLI");
  EXPECT_EQ(c.code("Russia"), "RUS");
  EXPECT_EQ(c.code("United States"), "USA");
  EXPECT_EQ(c.code("UAE"), "ARE");
  EXPECT_EQ(c.code("Turkiye"), "TUR");
  EXPECT_EQ(c.code("Cote d'Ivoire"), "CIV");
  EXPECT_EQ(c.code("Bosnia-Herzegovina"), "BIH");
  EXPECT_EQ(c.code("Hezbollah (Lebanon)*"), "");
  EXPECT_EQ(c.name("MLI"), "Mali");
}

TEST(SipriTest, DesignationKeysAndFamilies) {
  EXPECT_EQ(designation_key("Mi-24P"), "mi24p");
  EXPECT_EQ(designation_key("59N6 Protivnik-GE"), "59n6protivnikge");
  EXPECT_EQ(designation_key("59.N6-TA"), "59n6ta");
  EXPECT_TRUE(same_family("mi35", "Mi-35P"));
  EXPECT_TRUE(same_family("mi35", "Mi-35"));
  EXPECT_FALSE(same_family("mi35", "Mi-24P"));
  EXPECT_TRUE(same_family("59n6", "59N6 Protivnik-GE"));
  EXPECT_TRUE(same_family("s400", "S-400 Triumf"));
  EXPECT_TRUE(same_family("tiger", "Tiger HAD"));
  EXPECT_TRUE(same_family("bayraktartb2", "Bayraktar TB-2"));
  EXPECT_FALSE(same_family("f1", "F-16C"));
  EXPECT_FALSE(same_family("hawk", "Hawkeye"));
  EXPECT_FALSE(same_family("mi17", "Mi-171Sh"));
  EXPECT_FALSE(same_family("", "Mi-35"));
}

RegisterRow row(std::string sup, std::string rec, std::string designation, std::string description,
                std::vector<int> delivered_in, int first_year) {
  RegisterRow r;
  r.supplier = std::move(sup);
  r.recipient = std::move(rec);
  r.designation = std::move(designation);
  r.description = std::move(description);
  r.delivery_years = std::move(delivered_in);
  r.first_mention = Date{first_year, 4, 20, Precision::kDay};
  return r;
}

TEST(ReconcileTest, KnownDealsAndNewOnes) {
  Loaded l = load_fixture();
  std::vector<RegisterRow> rows = {
      row("RUS", "MLI", "Mi-35", "combat helicopter", {2022}, 2022),
      row("RUS", "MLI", "59N6", "air search radar", {2022}, 2022),
      row("TUR", "MLI", "Bayraktar TB2", "UAV", {}, 2023),
      row("RUS", "MLI", "Su-25", "ground attack aircraft", {}, 2022),  // no such row: new
      row("CHN", "MLI", "Mi-35", "combat helicopter", {}, 2022),       // wrong supplier: new
      row("RUS", "MLI", "", "combat helicopters", {}, 2022),           // generic: by description
  };
  reconcile(rows, l.reg);
  EXPECT_EQ(rows[0].match, "known-deal");
  ASSERT_EQ(rows[0].known.size(), 2u);
  EXPECT_EQ(rows[0].known[0].designation, "Mi-24P/Mi-35P");  // delivered in 2022: the best match
  EXPECT_EQ(rows[0].known[1].designation, "Mi-35M");
  EXPECT_EQ(rows[1].match, "known-deal");
  EXPECT_EQ(rows[1].known[0].designation, "59N6 Protivnik-GE");
  EXPECT_EQ(rows[1].known[0].order_year, 2021);
  EXPECT_EQ(rows[2].match, "known-deal");
  EXPECT_EQ(rows[3].match, "new-in-the-news");
  EXPECT_TRUE(rows[3].known.empty());
  EXPECT_EQ(rows[4].match, "new-in-the-news");
  EXPECT_EQ(rows[5].match, "known-deal");
  EXPECT_EQ(rows[5].match_on, "description");
  EXPECT_EQ(rows[5].known.size(), 2u);
}

}  // namespace
}  // namespace dyad
