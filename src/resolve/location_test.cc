// Event locations in news wording. The sentences go through the whole Pipeline (tokens,
// actors, events); the location is resolved against a small fixture gazetteer, so these
// tests hold whatever the size of the embedded index.
#include "dyad/location.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/data.h"
#include "dyad/document.h"
#include "dyad/pipeline.h"

namespace dyad {
namespace {

const char* kFixture =
    "P\t0\tMali\t\tMLI\t\t12.65\t-8\t0\tCOUNTRY\n"
    "P\t0\tRussia\t\tRUS\t\t55.75222\t37.61556\t0\tCOUNTRY\n"
    "P\t2460596\tBamako\t\tMLI\t01\t12.65\t-8\t1297281\tPPLC\n"
    "P\t2457163\tGao\t\tMLI\t09\t16.27167\t-0.04472\t87000\tPPLA\n"
    "P\t2988507\tParis\t\tFRA\t11\t48.85341\t2.3488\t2138551\tPPLC\n"
    "P\t4246659\tParis\t\tUSA\tIL\t39.61115\t-87.69614\t8432\tPPLA2\n"
    "P\t524901\tMoscow\t\tRUS\t48\t55.75222\t37.61556\t10381222\tPPLC\n"
    "P\t2451185\tSégou\tSegou\tMLI\t06\t13.4317\t-6.2157\t130690\tPPLA\n"
    "P\t2455290\tKidal\t\tMLI\t10\t18.44111\t1.40778\t25617\tPPLA\n"
    "P\t707753\tHorlivka\t\tUKR\t05\t48.33576\t38.05325\t278550\tPPL\n"
    "P\t9000001\tCongress\t\tUSA\tAZ\t34.1625\t-112.8507\t1975\tPPL\n"
    "P\t2643179\tMarch\t\tGBR\tENG\t52.55\t0.08\t22298\tPPL\n"
    "P\t9000002\tMonday\t\tNGA\t30\t7.0\t3.0\t150000\tPPL\n"
    "K\tmali\t0\nK\trussia\t1\nK\tbamako\t2\nK\tgao\t3\nK\tparis\t4\nK\tparis\t5\nK\tmoscow\t6\nK\tsegou\t7\n"
    "K\tkidal\t8\nK\thorlivka\t9\nK\tcongress\t10\nK\tmarch\t11\nK\tmonday\t12\n"
    "C\tMLI\t2\nC\tRUS\t6\n";

const Pipeline& pipeline() {
  static const Data data = Data::embedded();
  static const Pipeline p(data);
  return p;
}

const LocationResolver& resolver() {
  static const Gazetteer g = [] {
    Gazetteer x;
    x.load_copy(kFixture);
    return x;
  }();
  static const LocationResolver r = [] {
    LocationResolver x;
    std::vector<std::string> errors;
    x.load(Data::embedded(), &errors);
    EXPECT_TRUE(errors.empty());
    x.set_gazetteer(&g);
    return x;
  }();
  return r;
}

Document analyse(const std::string& text) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.date = parse_iso_date("2022-04-20");
  pipeline().process(doc);
  return doc;
}

// An event of the first sentence triggered by the first occurrence of `trigger`, whatever
// the event coder made of it, with the actors' countries given.
Event event_at(const Document& doc, const std::string& trigger, const std::string& source_country,
               const std::string& target_country = "") {
  Event e;
  e.doc_id = doc.id;
  const size_t at = doc.text.find(trigger);
  EXPECT_NE(at, std::string::npos) << trigger;
  for (size_t i = 0; i < doc.sentences.size(); ++i)
    if (doc.sentences[i].span.start <= at && at < doc.sentences[i].span.end) e.evidence.sentence = static_cast<int>(i);
  e.evidence.trigger = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + trigger.size())};
  e.evidence.trigger_text = trigger;
  e.source.country = source_country;
  if (!target_country.empty()) {
    e.target = Actor{};
    e.target->country = target_country;
  }
  return e;
}

std::optional<Location> locate(const std::string& text, const std::string& trigger, const std::string& source = "",
                               const std::string& target = "") {
  Document doc = analyse(text);
  return resolver().locate(doc, event_at(doc, trigger, source, target));
}

TEST(Location, PlaceAfterNear) {
  auto l = locate("Malian troops clashed with rebels near Gao on Monday.", "clashed", "MLI");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->text, "Gao");
  EXPECT_EQ(l->name, "Gao");
  EXPECT_EQ(l->country, "MLI");
  EXPECT_EQ(l->admin1, "09");
  EXPECT_DOUBLE_EQ(l->lat, 16.27167);
  EXPECT_DOUBLE_EQ(l->lon, -0.04472);
  EXPECT_EQ(l->geonames_id, 2457163);
}

TEST(Location, AirportNamedAfterItsCity) {
  auto l = locate("The minister arrived at Bamako International Airport on Thursday.", "arrived");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->text, "Bamako International Airport");
  EXPECT_EQ(l->name, "Bamako");
  EXPECT_EQ(l->country, "MLI");
  EXPECT_EQ(l->geonames_id, 2460596);
  auto l2 = locate("Rebels shelled Gao airport overnight.", "shelled");
  ASSERT_TRUE(l2);
  EXPECT_EQ(l2->text, "Gao airport");
  EXPECT_EQ(l2->name, "Gao");
}

TEST(Location, CapitalStandingForItsGovernmentIsNoLocation) {
  EXPECT_FALSE(locate("Moscow criticised Paris on Tuesday.", "criticised", "RUS", "FRA"));
  EXPECT_FALSE(locate("Russia accused France of lying.", "accused", "RUS", "FRA"));
  // Through the pipeline and the embedded gazetteer too.
  Document doc = analyse("Moscow criticised Paris on Tuesday.");
  for (const Event& e : doc.events) EXPECT_FALSE(e.location) << e.evidence.trigger_text;
}

TEST(Location, CapitalAsAPlaceTakesItsOwnCountry) {
  // Paris the French capital, not Paris, Illinois, although an American takes part.
  auto l = locate("Malian officials met an American delegation in Paris on Friday.", "met", "MLI", "USA");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->country, "FRA");
  EXPECT_EQ(l->geonames_id, 2988507);
}

TEST(Location, PlaceInsideARolesMention) {
  auto l = locate("Malian soldiers attacked rebels in Kidal.", "attacked", "MLI", "MLI");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->name, "Kidal");
}

TEST(Location, FrontedPlacePhrase) {
  auto l = locate("In Gao, Malian soldiers attacked rebels.", "attacked", "MLI", "MLI");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->name, "Gao");
}

TEST(Location, PlaceOfAnotherClauseIsNotTheEvents) {
  EXPECT_FALSE(locate("Malian soldiers who had trained in Moscow attacked rebels on Monday.", "attacked", "MLI"));
  auto l = locate("Malian soldiers, who trained in Russia, attacked rebels near Kidal.", "attacked", "MLI");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->name, "Kidal");
  EXPECT_FALSE(locate("Malian troops withdrew after rebels attacked Gao airport.", "withdrew", "MLI"));
}

TEST(Location, AccusationIsNotWhereTheAccusedActHappened) {
  Document doc = analyse("Russia accused Ukraine of shelling the town of Horlivka.");
  doc.events = {event_at(doc, "accused", "RUS", "UKR"), event_at(doc, "shelling", "UKR")};
  EXPECT_FALSE(resolver().locate(doc, doc.events[0]));
  auto l = resolver().locate(doc, doc.events[1]);
  ASSERT_TRUE(l);
  EXPECT_EQ(l->name, "Horlivka");
  EXPECT_EQ(l->country, "UKR");
}

TEST(Location, DatesAndUnknownSmallTownsAreNoPlaces) {
  EXPECT_FALSE(locate("Malian troops attacked rebels in March.", "attacked", "MLI"));
  EXPECT_FALSE(locate("Malian troops attacked rebels on Monday.", "attacked", "MLI"));
  EXPECT_FALSE(locate("The minister criticised the plan in Congress.", "criticised"));
}

TEST(Location, CountryLevel) {
  auto l = locate("Malian troops attacked rebels in northern Mali.", "attacked", "MLI");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->name, "Mali");
  EXPECT_EQ(l->country, "MLI");
  EXPECT_EQ(l->geonames_id, 0);
  EXPECT_DOUBLE_EQ(l->lat, 12.65);
  EXPECT_TRUE(l->admin1.empty());
}

TEST(Location, SeatOfPowerIsItsCapital) {
  auto l = locate("Macron met Putin at the Kremlin on Friday.", "met", "FRA", "RUS");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->text, "Kremlin");
  EXPECT_EQ(l->name, "Moscow");
  EXPECT_EQ(l->country, "RUS");
}

TEST(Location, DiacriticsFolded) {
  auto l = locate("Malian troops attacked rebels near Ségou.", "attacked", "MLI");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->name, "Ségou");
  EXPECT_EQ(l->text, "Ségou");
  auto l2 = locate("Malian troops attacked rebels near Segou.", "attacked", "MLI");
  ASSERT_TRUE(l2);
  EXPECT_EQ(l2->name, "Ségou");
}

TEST(Location, ThroughThePipeline) {
  // The embedded gazetteer, when the full index was built.
  if (Gazetteer::embedded().find("paris").empty()) GTEST_SKIP() << "the embedded index has no Paris";
  Document doc = analyse("French President Emmanuel Macron met Malian President Assimi Goita in Paris on Monday.");
  bool found = false;
  for (const Event& e : doc.events) {
    if (!e.location) continue;
    found = true;
    EXPECT_EQ(e.location->name, "Paris");
    EXPECT_EQ(e.location->country, "FRA");
    EXPECT_EQ(e.location->geonames_id, 2988507);
  }
  EXPECT_TRUE(found) << doc.events.size() << " events";
}

}  // namespace
}  // namespace dyad
