// Arms transfers in news wording, run through the whole Pipeline on the
// embedded data: every transfer frame and status, quantity forms, designation
// spellings, deal facts, passive voice, links across sentences and dates — and
// near misses that must give no transfer (attacks, domestic production,
// arms-control talks, embargo debates, smuggling, parades, carriers, company
// and team names). All sentences were written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "dyad/data.h"
#include "dyad/document.h"
#include "dyad/pipeline.h"
#include "testing.h"

namespace dyad {
namespace {

using test::pipeline;

Document analyse(const std::string& text, const char* date = "2024-05-10") {
  return test::analyse(text, date);
}

std::string describe(const Document& doc) {
  std::string out;
  for (const Transfer& t : doc.transfers) {
    out += "  " + t.supplier.code + " -> " + t.recipient.code + " " + t.status + " " +
           (t.has_date ? t.date.iso() : std::string("-")) + " [";
    for (const Item& it : t.items)
      out += it.designation + "/" + it.variant + "/" + it.description + " x" +
             (it.quantity ? std::to_string(*it.quantity) : std::string("null")) + " '" + it.quantity_text + "'; ";
    out += "] deal " + (t.deal.value ? std::to_string(*t.deal.value) : std::string("-")) + " " + t.deal.currency +
           " fin=" + t.deal.financing + " used=" + (t.deal.second_hand ? (*t.deal.second_hand ? "1" : "0") : "-") +
           "\n";
  }
  return out.empty() ? "  (no transfers)\n" : out;
}

// An expected item: designation (or, for generic nouns, "" and a description).
struct ItemCase {
  std::string designation;
  std::string variant = "*";      // "*": not checked
  std::string description = "*";  // "*": not checked
  long quantity = -2;             // -2: not checked, -1: null
  std::string quantity_text = "*";
};

struct Case {
  std::string text;
  std::string supplier, recipient, status;
  std::vector<ItemCase> items;  // each must be among the transfer's items
  std::string date = "*";       // ISO, "*" not checked
};

const Item* find_item(const Transfer& t, const ItemCase& want) {
  for (const Item& it : t.items) {
    if (it.designation != want.designation) continue;
    if (want.variant != "*" && it.variant != want.variant) continue;
    if (want.description != "*" && it.description != want.description) continue;
    return &it;
  }
  return nullptr;
}

void check(const Case& c) {
  SCOPED_TRACE(c.text);
  const Document doc = analyse(c.text);
  const Transfer* got = nullptr;
  for (const Transfer& t : doc.transfers)
    if (t.supplier.code == c.supplier && t.recipient.code == c.recipient) got = &t;
  ASSERT_NE(got, nullptr) << "no " << c.supplier << " -> " << c.recipient << " transfer; got:\n" << describe(doc);
  EXPECT_EQ(got->status, c.status) << describe(doc);
  if (c.date != "*") {
    EXPECT_EQ(got->date.iso(), c.date) << describe(doc);
  }
  for (const ItemCase& w : c.items) {
    const Item* it = find_item(*got, w);
    ASSERT_NE(it, nullptr) << "no item " << w.designation << "/" << w.description << "; got:\n" << describe(doc);
    if (w.quantity == -1) {
      EXPECT_FALSE(it->quantity.has_value()) << describe(doc);
    }
    if (w.quantity >= 0) {
      EXPECT_EQ(it->quantity.value_or(-1), w.quantity) << describe(doc);
    }
    if (w.quantity_text != "*") {
      EXPECT_EQ(it->quantity_text, w.quantity_text) << describe(doc);
    }
  }
}

ItemCase des(std::string d, long q = -2, std::string qt = "*") {
  ItemCase i;
  i.designation = std::move(d);
  i.quantity = q;
  i.quantity_text = std::move(qt);
  return i;
}
ItemCase var(std::string d, std::string v) {
  ItemCase i;
  i.designation = std::move(d);
  i.variant = std::move(v);
  return i;
}
ItemCase gen(std::string description, long q = -2, std::string qt = "*") {
  ItemCase i;
  i.description = std::move(description);
  i.quantity = q;
  i.quantity_text = std::move(qt);
  return i;
}

// ------------------------------------------------------------------ frames

TEST(TransferFrames, EveryFrameGivesSupplierRecipientAndStatus) {
  const std::vector<Case> cases = {
      // deliver
      {"Russia delivered two Mi-35 helicopters to Mali on Tuesday.",
       "RUS",
       "MLI",
       "delivered",
       {des("Mi-35", 2, "two")},
       "2024-05-07"},
      {"Germany has delivered the first IRIS-T SLM air defence system to Ukraine, the government in Berlin said.",
       "DEU",
       "UKR",
       "delivered",
       {des("IRIS-T SLM")}},
      // hand over
      {"Turkey handed over five Bayraktar TB2 drones to the Nigerien army last week.",
       "TUR",
       "NER",
       "delivered",
       {des("Bayraktar TB2", 5, "five")}},
      {"China handed over two Type 056 corvettes to the Bangladesh Navy at a ceremony in Shanghai.",
       "CHN",
       "BGD",
       "delivered",
       {des("Type 056", 2)}},
      // receive
      {"Niger received four TB-2 drones from Turkey, the defence ministry said.",
       "TUR",
       "NER",
       "delivered",
       {var("Bayraktar TB2", "TB-2")}},
      {"Serbia has received the first batch of FK-3 air defence systems from China.",
       "CHN",
       "SRB",
       "delivered",
       {des("HQ-22")}},
      {"According to the ministry, Serbia took delivery of six Chinese CH-92A drones.",
       "CHN",
       "SRB",
       "delivered",
       {des("CH-92", 6, "six")}},
      // arrive from
      {"The Malian army said four L-39 jets had arrived from Russia.", "RUS", "MLI", "delivered", {des("L-39", 4)}},
      {"Two Su-24 bombers arrived in Niger from Russia on Sunday.", "RUS", "NER", "delivered", {des("Su-24", 2)}},
      // supply
      {"Moscow has supplied Bamako with a batch of 59N6-TE radars.",
       "RUS",
       "MLI",
       "delivered",
       {des("59N6", -1, "a batch of")}},
      {"Iran supplied hundreds of Shahed-136 loitering munitions to Russia, Ukrainian officials said.",
       "IRN",
       "RUS",
       "delivered",
       {des("Shahed-136", -1, "hundreds of")}},
      // sell
      {"Washington sold 16 F-16 Block 70 jets to Bulgaria in 2022.", "USA", "BGR", "delivered", {des("F-16", 16)}},
      {"South Korea will sell 48 FA-50 light combat aircraft to Poland.",
       "KOR",
       "POL",
       "planned",
       {var("T-50", "FA-50")}},
      // buy
      {"India bought 36 Rafale fighter jets from France.", "FRA", "IND", "ordered", {des("Rafale", 36, "36")}},
      {"Morocco has bought 13 Bayraktar Akinci drones from Turkey, according to defence sources.",
       "TUR",
       "MAR",
       "ordered",
       {des("Bayraktar Akinci", 13)}},
      // purchase
      {"Egypt purchased 50 MiG-29M fighters from Russia.", "RUS", "EGY", "ordered", {var("MiG-29", "MiG-29M")}},
      {"Indonesia will purchase 42 Rafale jets from France, the defence minister announced.",
       "FRA",
       "IDN",
       "planned",
       {des("Rafale", 42)}},
      // acquire
      {"Qatar acquired NASAMS air defence systems from Norway.", "NOR", "QAT", "ordered", {des("NASAMS")}},
      {"Hungary acquired 44 Leopard 2A7 tanks from Germany.",
       "DEU",
       "HUN",
       "ordered",
       {var("Leopard 2", "Leopard 2A7")}},
      // order
      {"Serbia ordered six H145M helicopters from Germany.", "DEU", "SRB", "ordered", {var("H145", "H145M")}},
      {"Romania has ordered 54 M1A2 Abrams tanks from the United States.",
       "USA",
       "ROU",
       "ordered",
       {des("M1 Abrams", 54)}},
      // sign a contract / deal for
      {"Poland signed a contract for 96 AH-64E Apache helicopters with the United States.",
       "USA",
       "POL",
       "ordered",
       {des("AH-64", 96)}},
      {"Greece signed a deal for 18 Rafale jets with France in January.",
       "FRA",
       "GRC",
       "ordered",
       {des("Rafale", 18)},
       "2024-01"},
      {"Indonesia signed a contract with France for 42 Rafale jets worth $8.1 billion.",
       "FRA",
       "IDN",
       "ordered",
       {des("Rafale", 42)}},
      // agree to supply
      {"Russia agreed to supply S-400 Triumf air defence systems to Turkey.",
       "RUS",
       "TUR",
       "agreed",
       {var("S-400", "S-400 Triumf")}},
      {"Germany has agreed to supply 14 Leopard 2A6 tanks to Ukraine.", "DEU", "UKR", "agreed", {des("Leopard 2", 14)}},
      // offer
      {"Sweden has offered JAS-39 Gripen fighters to Colombia.", "SWE", "COL", "offered", {des("JAS-39 Gripen")}},
      {"France offered Rafale jets to Colombia.", "FRA", "COL", "offered", {des("Rafale")}},
      // donate
      {"Japan donated two patrol boats to the Philippines.", "JPN", "PHL", "delivered", {gen("patrol craft", 2)}},
      {"The Netherlands will donate 18 F-16 fighter jets to Ukraine.", "NLD", "UKR", "planned", {des("F-16", 18)}},
      // gift
      {"China gifted a batch of military equipment to the Cambodian army.",
       "CHN",
       "KHM",
       "delivered",
       {gen("military equipment", -1, "a batch of")}},
      {"The United Arab Emirates gifted 10 armoured vehicles to Chad.",
       "ARE",
       "TCD",
       "delivered",
       {gen("APC/armoured car", 10)}},
      // lease
      {"The United States leased two MQ-9A Reaper drones to India.",
       "USA",
       "IND",
       "delivered",
       {des("MQ-9 Reaper", 2)}},
      {"Malaysia will lease four AW139 helicopters from Italy.", "ITA", "MYS", "planned", {des("AW139", 4)}},
      // license production
      {"India will produce 200 Ka-226T helicopters under licence from Russia.",
       "RUS",
       "IND",
       "planned",
       {var("Ka-226", "Ka-226T")}},
      {"Turkey signed a licence agreement with South Korea to produce K9 howitzers.",
       "KOR",
       "TUR",
       "ordered",
       {des("K9")}},
      // nominal forms
      {"The delivery of 12 Su-30SM fighters from Russia to Belarus was completed in December.",
       "RUS",
       "BLR",
       "delivered",
       {var("Su-30", "Su-30SM")}},
      {"Azerbaijan signed a $61m deal for four Hermes 900 drones with Israel.",
       "ISR",
       "AZE",
       "ordered",
       {des("Hermes 900", 4)}},
      {"Washington approved the sale of 40 F-16 Block 70 jets to Turkey.", "USA", "TUR", "agreed", {des("F-16", 40)}},
  };
  for (const Case& c : cases) check(c);
}

// ------------------------------------------------------------------ statuses

TEST(TransferStatus, EveryStatus) {
  const std::vector<Case> cases = {
      {"Armenia took delivery of four Su-30SM fighters from Russia.", "RUS", "ARM", "delivered", {des("Su-30", 4)}},
      {"Brazil ordered 36 Gripen E fighters from Sweden.", "SWE", "BRA", "ordered", {des("JAS-39 Gripen", 36)}},
      {"Russia agreed to sell 24 Su-35 jets to Iran.", "RUS", "IRN", "agreed", {des("Su-35", 24)}},
      {"The United States offered 12 AH-1Z attack helicopters to Nigeria.",
       "USA",
       "NGA",
       "offered",
       {var("AH-1", "AH-1Z")}},
      {"Ukraine requested 50 Leopard 2 tanks from Germany.", "DEU", "UKR", "requested", {des("Leopard 2", 50)}},
      {"Kyiv has asked for more Patriot PAC-3 batteries from Washington.", "USA", "UKR", "requested", {des("Patriot")}},
      {"Morocco plans to buy 24 AH-64E Apache helicopters from the United States.",
       "USA",
       "MAR",
       "planned",
       {des("AH-64", 24)}},
      {"Vietnam intends to acquire Su-35 fighters from Russia.", "RUS", "VNM", "planned", {des("Su-35")}},
      {"Switzerland cancelled its order for 30 F/A-18 jets from the United States.", "USA", "CHE", "cancelled", {}},
      {"Algeria scrapped a deal for Su-57 fighters with Russia.", "RUS", "DZA", "cancelled", {des("Su-57")}},
      {"Iran reportedly received Su-35 fighter jets from Russia.", "RUS", "IRN", "rumoured", {des("Su-35")}},
      {"North Korea allegedly supplied KN-23 missiles to Russia, according to US officials.",
       "PRK",
       "RUS",
       "rumoured",
       {des("KN-23")}},
  };
  for (const Case& c : cases) check(c);
}

// ------------------------------------------------------------------ quantities

TEST(TransferQuantities, WhatTheTextSaysAndNothingMore) {
  const std::vector<Case> cases = {
      {"Russia delivered two Mi-17 helicopters to Burkina Faso.", "RUS", "BFA", "delivered", {des("Mi-17", 2, "two")}},
      {"Egypt received 59 Su-35 fighters from Russia.", "RUS", "EGY", "delivered", {des("Su-35", 59, "59")}},
      {"Belarus delivered a dozen T-72B tanks to Russia.", "BLR", "RUS", "delivered", {des("T-72", 12, "a dozen")}},
      {"Iran shipped 5,000 assault rifles to Venezuela.",
       "IRN",
       "VEN",
       "delivered",
       {gen("small arms", 5000, "5,000")}},
      {"Turkey sold more than 20 Bayraktar TB2 drones to Ethiopia.",
       "TUR",
       "ETH",
       "delivered",
       {des("Bayraktar TB2", -1, "more than 20")}},
      {"China has supplied dozens of Wing Loong drones to the United Arab Emirates.",
       "CHN",
       "ARE",
       "delivered",
       {des("Wing Loong", -1, "dozens of")}},
      {"Algeria received a batch of Su-30MKA fighters from Russia.",
       "RUS",
       "DZA",
       "delivered",
       {des("Su-30", -1, "a batch of")}},
      {"Pakistan will receive between 10 and 12 J-10C fighters from China.",
       "CHN",
       "PAK",
       "planned",
       {des("J-10", -1, "between 10 and 12")}},
      {"Chad received 10 to 12 Mi-17 helicopters from Russia.",
       "RUS",
       "TCD",
       "delivered",
       {des("Mi-17", -1, "10 to 12")}},
      {"Nigeria ordered 6-8 A-29 Super Tucano aircraft from Brazil.",
       "BRA",
       "NGA",
       "ordered",
       {des("A-29 Super Tucano", -1, "6-8")}},
      {"Israel delivered about 30 Harop loitering munitions to Azerbaijan.",
       "ISR",
       "AZE",
       "delivered",
       {des("Harop", -1, "about 30")}},
      {"Germany will send Ukraine 40 more Marder infantry fighting vehicles, Chancellor Olaf Scholz said.",
       "DEU",
       "UKR",
       "planned",
       {des("Marder", 40, "40")}},
      {"Algeria has taken delivery of the first of 14 Su-57E fighters ordered from Russia in 2019.",
       "RUS",
       "DZA",
       "delivered",
       {var("Su-57", "Su-57E")}},
  };
  for (const Case& c : cases) check(c);
}

// ------------------------------------------------------------------ designations

TEST(TransferDesignations, SpellingsMeetOnOneFamily) {
  const std::vector<Case> cases = {
      {"Russia delivered two Mi 35 helicopters to Mali.", "RUS", "MLI", "delivered", {var("Mi-35", "Mi 35")}},
      {"Nigeria received two Mil Mi-35M gunships from Russia.", "RUS", "NGA", "delivered", {var("Mi-35", "Mi-35M")}},
      {"Bamako received two Mil. Mi-35B combat helicopters from Moscow.",
       "RUS",
       "MLI",
       "delivered",
       {var("Mi-35", "Mi-35B")}},
      {"Russia supplied four Mi-24P/Mi-35P helicopters to Mali.", "RUS", "MLI", "delivered", {des("Mi-35", 4)}},
      {"Turkey received the S400 system from Russia in 2019.", "RUS", "TUR", "delivered", {des("S-400")}, "2019"},
      {"India took delivery of S-400 Triumf air defence systems from Russia.",
       "RUS",
       "IND",
       "delivered",
       {var("S-400", "S-400 Triumf")}},
      {"Russia delivered 59.N6-TA radars to Mali.", "RUS", "MLI", "delivered", {var("59N6", "59N6-TA")}},
      {"Russia supplied 59N6-TE radars to Algeria.", "RUS", "DZA", "delivered", {var("59N6", "59N6-TE")}},
      {"Poland bought 24 TB-2 drones from Turkey.", "TUR", "POL", "ordered", {des("Bayraktar TB2", 24)}},
      {"Ukraine ordered six Bayraktar TB2 drones from Turkey.", "TUR", "UKR", "ordered", {des("Bayraktar TB2", 6)}},
  };
  for (const Case& c : cases) check(c);
}

// ------------------------------------------------------------------ deal facts

TEST(TransferDeal, ValueCurrencySecondHandFinancing) {
  {
    const Document doc = analyse("Azerbaijan signed a $61m deal for four Hermes 900 drones with Israel.");
    ASSERT_EQ(doc.transfers.size(), 1u) << describe(doc);
    ASSERT_TRUE(doc.transfers[0].deal.value.has_value());
    EXPECT_DOUBLE_EQ(*doc.transfers[0].deal.value, 61e6);
    EXPECT_EQ(doc.transfers[0].deal.currency, "USD");
  }
  {
    const Document doc = analyse("Egypt ordered four MEKO A-200 frigates from Germany in a deal worth €1.2 billion.");
    ASSERT_EQ(doc.transfers.size(), 1u) << describe(doc);
    EXPECT_EQ(doc.transfers[0].supplier.code, "DEU");
    ASSERT_TRUE(doc.transfers[0].deal.value.has_value()) << describe(doc);
    EXPECT_DOUBLE_EQ(*doc.transfers[0].deal.value, 1.2e9);
    EXPECT_EQ(doc.transfers[0].deal.currency, "EUR");
  }
  {
    const Document doc = analyse("Chile bought two used Type 23 frigates from Britain.");
    ASSERT_EQ(doc.transfers.size(), 1u) << describe(doc);
    EXPECT_EQ(doc.transfers[0].supplier.code, "GBR");
    ASSERT_TRUE(doc.transfers[0].deal.second_hand.has_value()) << describe(doc);
    EXPECT_TRUE(*doc.transfers[0].deal.second_hand);
  }
  {
    const Document doc = analyse("Romania bought 32 ex-Norwegian F-16 jets from Norway.");
    ASSERT_EQ(doc.transfers.size(), 1u) << describe(doc);
    EXPECT_EQ(doc.transfers[0].recipient.code, "ROU");
    ASSERT_TRUE(doc.transfers[0].deal.second_hand.has_value()) << describe(doc);
    EXPECT_TRUE(*doc.transfers[0].deal.second_hand);
  }
  {
    const Document doc =
        analyse("Bangladesh ordered eight Yak-130 trainer jets from Russia, financed by a Russian loan.");
    ASSERT_EQ(doc.transfers.size(), 1u) << describe(doc);
    EXPECT_EQ(doc.transfers[0].deal.financing, "loan") << describe(doc);
  }
  {
    const Document doc = analyse("Vietnam bought Su-30MK2 fighters from Russia on a state credit.");
    ASSERT_EQ(doc.transfers.size(), 1u) << describe(doc);
    EXPECT_EQ(doc.transfers[0].deal.financing, "credit") << describe(doc);
  }
  {
    const Document doc = analyse("The United States leased two MQ-9A Reaper drones to India.");
    ASSERT_EQ(doc.transfers.size(), 1u) << describe(doc);
    EXPECT_EQ(doc.transfers[0].deal.financing, "lease") << describe(doc);
  }
  {
    const Document doc = analyse("Brazil ordered 36 Gripen E jets from Sweden.");
    ASSERT_EQ(doc.transfers.size(), 1u) << describe(doc);
    EXPECT_FALSE(doc.transfers[0].deal.value.has_value());
    EXPECT_FALSE(doc.transfers[0].deal.second_hand.has_value()) << "never invented";
    EXPECT_EQ(doc.transfers[0].deal.financing, "");
  }
}

// ------------------------------------------------------------------ passive, linking, dates

TEST(TransferSyntax, PassiveVoice) {
  const std::vector<Case> cases = {
      {"Two Mi-35 helicopters were delivered to Mali by Russia.", "RUS", "MLI", "delivered", {des("Mi-35", 2)}},
      {"Six Bayraktar TB2 drones were sold to Poland by Turkey.", "TUR", "POL", "delivered", {des("Bayraktar TB2", 6)}},
      {"Mali was supplied with L-39 jets by Russia.", "RUS", "MLI", "delivered", {des("L-39")}},
  };
  for (const Case& c : cases) check(c);
}

TEST(TransferEvents, TheTransferStandsForItsTrigger) {
  // "receive TGT" also reads as hosting a visit ("received a delegation from Moscow"); with
  // equipment received, the trigger is a delivery and only the transfer's event stays.
  const Document doc = analyse("Mali received two Russian helicopters from Moscow.");
  ASSERT_EQ(doc.transfers.size(), 1u);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].cameo, "072");
  EXPECT_EQ(doc.events[0].plover_type, "AID");
}

TEST(TransferLinking, ItemsOfTheNextSentenceJoinTheTransfer) {
  const Document doc = analyse(
      "Burkina Faso's army took delivery of a second batch of military equipment from Russia on Monday. "
      "The new shipment includes two combat helicopters and surveillance radars.");
  ASSERT_EQ(doc.transfers.size(), 1u) << describe(doc);
  const Transfer& t = doc.transfers[0];
  EXPECT_EQ(t.supplier.code, "RUS");
  EXPECT_EQ(t.recipient.code, "BFA");
  ASSERT_NE(find_item(t, gen("combat helicopter", 2)), nullptr) << describe(doc);
  EXPECT_NE(find_item(t, gen("air search radar")), nullptr) << describe(doc);
  EXPECT_EQ(t.date.iso(), "2024-05-06");
}

TEST(TransferLinking, AnUnrelatedSentenceDoesNotJoin) {
  const Document doc = analyse(
      "Niger received two Su-24 bombers from Russia. "
      "The deal was criticised by France. Separately, a parade was held in Niamey with Chinese armoured vehicles.");
  ASSERT_EQ(doc.transfers.size(), 1u) << describe(doc);
  EXPECT_EQ(doc.transfers[0].items.size(), 1u) << describe(doc);
}

TEST(TransferSyntax, TheSeedArticle) {
  const Document doc = analyse(
      "Mali's Chief of General Staff said: \"We are receiving this second batch of military equipment from Russia. "
      "The new shipment includes two combat helicopters and surveillance radars.\" "
      "On March 31, Bamako announced that it had received two Mil. Mi-35B combat helicopters from Moscow, and "
      "59.N6-TA portable radars.",
      "2022-04-20");
  const Transfer* dated = nullptr;
  for (const Transfer& t : doc.transfers)
    if (t.date.iso() == "2022-03-31") dated = &t;
  ASSERT_NE(dated, nullptr) << describe(doc);
  EXPECT_EQ(dated->supplier.code, "RUS");
  EXPECT_EQ(dated->recipient.code, "MLI");
  EXPECT_EQ(dated->status, "delivered");
  const Item* mi35 = find_item(*dated, des("Mi-35"));
  ASSERT_NE(mi35, nullptr) << describe(doc);
  EXPECT_EQ(mi35->quantity, 2);
  const Item* radar = find_item(*dated, des("59N6"));
  ASSERT_NE(radar, nullptr) << describe(doc);
  EXPECT_FALSE(radar->quantity.has_value());
}

TEST(TransferDates, FromTheSentence) {
  const std::vector<Case> cases = {
      {"On March 31, Russia delivered two Mi-35 helicopters to Mali.", "RUS", "MLI", "delivered", {}, "2024-03-31"},
      {"Serbia received FK-3 systems from China last month.", "CHN", "SRB", "delivered", {}, "2024-04"},
      {"In 2023, Israel sold Barak-8 air defence systems to Morocco.", "ISR", "MAR", "delivered", {}, "2023"},
      {"Turkey delivered TB2 drones to Kenya.", "TUR", "KEN", "delivered", {}, "2024-05-10"},
  };
  for (const Case& c : cases) check(c);
}

// ------------------------------------------------------------------ parsed sentences

// A transfer whose parties were read from the parse (not by word order).
bool from_parse(const Transfer& t) {
  return std::find(t.explain.begin(), t.explain.end(), "roles from the parse") != t.explain.end();
}

// `c` holds, and its transfer was read from the parse.
void check_parsed(const Case& c) {
  check(c);
  const Document doc = analyse(c.text);
  bool parsed = false;
  for (const Transfer& t : doc.transfers)
    parsed = parsed || (t.supplier.code == c.supplier && t.recipient.code == c.recipient && from_parse(t));
  EXPECT_TRUE(parsed) << c.text << "\n" << describe(doc);
}

// The transfers of `text`, as "SUP->REC status" in order.
std::vector<std::string> pairs(const std::string& text) {
  std::vector<std::string> out;
  for (const Transfer& t : analyse(text).transfers)
    out.push_back(t.supplier.code + "->" + t.recipient.code + " " + t.status);
  return out;
}

TEST(TransferParse, EveryFrameWordOfASentenceIsTried) {
  // The first frame word ("requested") has no supplier; the second gives the transfer.
  check_parsed({"Ukraine requested more tanks, and Poland delivered 14 Leopard 2 tanks to Ukraine.",
                "POL",
                "UKR",
                "delivered",
                {des("Leopard 2", 14)}});
  check_parsed({"Chile ordered patrol vessels last year, and in March Spain sold six Harrier jets to Thailand.",
                "ESP",
                "THA",
                "delivered",
                {des("AV-8B", 6)}});
}

TEST(TransferParse, PartOfSpeechTellsArmTheVerbFromArmsTheNoun) {
  check_parsed({"The United States is arming Israel with precision-guided bombs.", "USA", "ISR", "delivered", {}});
  check_parsed({"Iran armed Hezbollah with anti-tank missiles.", "IRN", "LBN", "delivered", {}});
  check_parsed({"Washington will arm Kyiv with long-range missiles.", "USA", "UKR", "planned", {}});
  EXPECT_TRUE(pairs("United States arms reached Israel last week.").empty());
  EXPECT_TRUE(pairs("Russian arms and Chinese drones dominate the market in Algeria.").empty());
}

TEST(TransferParse, ReducedRelativesAndRelativeClauses) {
  // "rockets supplied by Iran": the noun is the item, the agent the supplier.
  check_parsed({"Missiles supplied by Iran to Russia hit Kharkiv overnight.", "IRN", "RUS", "delivered", {}});
  check_parsed(
      {"Howitzers delivered by France to Armenia arrived in Yerevan on Friday.", "FRA", "ARM", "delivered", {}});
  // "the tanks that Germany sold": the relative pronoun stands for the noun.
  check_parsed({"The tanks that Germany sold to Ukraine reached the front in May.", "DEU", "UKR", "delivered", {}});
}

TEST(TransferParse, NominalTriggersTakeTheirPartiesFromTheirDependents) {
  check_parsed({"The delivery of 20 Leopard 2 tanks by Germany to Ukraine was completed in March.",
                "DEU",
                "UKR",
                "delivered",
                {des("Leopard 2", 20)}});
  check_parsed({"Israel's sale of drones to Azerbaijan angered Armenia.", "ISR", "AZE", "ordered", {gen("UAV")}});
  check_parsed({"U.S. arms sales to Taiwan rose sharply last year.", "USA", "TWN", "ordered", {}});
  // A light verb lends the noun its subject.
  check_parsed(
      {"Russia completed the delivery of S-400 systems to Turkey.", "RUS", "TUR", "delivered", {des("S-400")}});
  check_parsed({"Egypt finalised the purchase of Rafale jets from France.", "FRA", "EGY", "ordered", {des("Rafale")}});
}

TEST(TransferParse, ControlVerbsGiveThePartyAndTheStatus) {
  check_parsed({"Moscow is seeking to sell S-400 systems to India.", "RUS", "IND", "offered", {des("S-400")}});
  check_parsed({"Turkey agreed to deliver six Akinci aircraft to Poland.",
                "TUR",
                "POL",
                "agreed",
                {des("Bayraktar Akinci", 6)}});
  // Object control: the asked party supplies.
  check_parsed({"Washington asked Seoul to supply artillery shells to Ukraine.", "KOR", "UKR", "requested", {}});
  check_parsed({"Vietnam wants to buy Su-35 fighters from Russia.", "RUS", "VNM", "requested", {des("Su-35")}});
}

TEST(TransferParse, AnInfinitiveCompletingANounTakesItsPossessorAndStatus) {
  check_parsed({"Germany defended its decision to sell tanks to Qatar.", "DEU", "QAT", "ordered", {gen("tank")}});
  check_parsed({"Russia's offer to supply Su-35 fighters to Egypt surprised Washington.",
                "RUS",
                "EGY",
                "offered",
                {des("Su-35")}});
  // The noun as a light verb's object: the verb's subject.
  check_parsed({"Germany announced a plan to deliver 40 Marder vehicles to Ukraine.",
                "DEU",
                "UKR",
                "planned",
                {des("Marder", 40)}});
  // Nobody named as the one deciding: the supplier is unnamed (null), the recipient stands.
  EXPECT_EQ(pairs("Critics condemned the decision to sell arms to Iran."), (std::vector<std::string>{"->IRN ordered"}));
}

TEST(TransferParse, CoordinatedItemsAndParties) {
  check_parsed({"Russia delivered helicopters, radars and tanks to Mali.",
                "RUS",
                "MLI",
                "delivered",
                {gen("helicopter"), gen("radar"), gen("tank")}});
  const std::vector<std::string> suppliers = pairs("Germany and France delivered Leopard tanks to Ukraine.");
  EXPECT_EQ(suppliers, (std::vector<std::string>{"DEU->UKR delivered", "FRA->UKR delivered"}));
  const std::vector<std::string> recipients = pairs("Russia supplied combat helicopters to Mali and Burkina Faso.");
  EXPECT_EQ(recipients, (std::vector<std::string>{"RUS->MLI delivered", "RUS->BFA delivered"}));
  // A conjunct is a party only when it names one itself, not through a modifier: the recipients
  // stay unnamed (rebels, representatives), not the European Union.
  EXPECT_EQ(pairs("Egypt sent rifles to the rebels and to representatives of the European Union."),
            std::vector<std::string>{"EGY-> delivered"});
}

TEST(TransferParse, BlockersApplyWithinTheTriggersClauseOnly) {
  // The attack is another clause's: the delivery stands.
  check_parsed({"Russia delivered two Mi-35 helicopters to Mali, which attacked rebel positions a week later.",
                "RUS",
                "MLI",
                "delivered",
                {des("Mi-35", 2)}});
  check_parsed({"Turkey sold drones to Ethiopia after rebels attacked the capital.", "TUR", "ETH", "delivered", {}});
  // In the trigger's own clause a blocker still vetoes it.
  EXPECT_TRUE(pairs("Despite the embargo, Germany sold tanks to Qatar.").empty());
  EXPECT_TRUE(pairs("Police arrested traffickers who had bought rifles from Honduras.").empty());
}

TEST(TransferParse, UnparsedSentencesAreReadByWordOrder) {
  static const Data data = Data::embedded();
  PipelineOptions options;
  options.parse = ParseMode::kNone;
  const Pipeline plain(data, nullptr, options);
  auto run = [&](const std::string& text) {
    Document doc;
    doc.id = "t";
    doc.text = text;
    doc.date = parse_iso_date("2024-05-10");
    plain.process(doc);
    return doc;
  };
  const Document doc = run("Russia delivered two Mi-35 helicopters to Mali on Tuesday.");
  ASSERT_EQ(doc.transfers.size(), 1u) << describe(doc);
  EXPECT_EQ(doc.transfers[0].supplier.code, "RUS");
  EXPECT_EQ(doc.transfers[0].recipient.code, "MLI");
  EXPECT_FALSE(from_parse(doc.transfers[0]));
  // "arm" is a trigger only where the parse says verb.
  EXPECT_TRUE(run("Washington will arm Kyiv with long-range missiles.").transfers.empty());
}

// ------------------------------------------------------------------ near misses

// ------------------------------------------------------------------ one party unnamed, origins

TEST(TransferParties, TheUnnamedSideComesFromTheDocument) {
  // A later one-sided mention of the deal takes the side the document named before.
  const Document doc = analyse(
      "Mali received two Mi-35 helicopters from Russia on Monday. The helicopters were delivered to Mali at Bamako "
      "airport. Four more helicopters and other weapons were provided by Russia.");
  std::vector<std::string> got;
  for (const Transfer& t : doc.transfers) got.push_back(t.supplier.code + "->" + t.recipient.code);
  EXPECT_EQ(got, (std::vector<std::string>{"RUS->MLI", "RUS->MLI", "RUS->MLI"})) << describe(doc);
  // Two candidates that disagree: the side stays unnamed.
  EXPECT_EQ(pairs("Russia sold tanks to Mali. France sold tanks to Mali. Tanks were also supplied to Mali last year."),
            (std::vector<std::string>{"RUS->MLI delivered", "FRA->MLI delivered", "->MLI delivered"}));
}

TEST(TransferParties, OnePartyUnnamedIsNull) {
  // Passive without an agent, a pronoun subject, a possessor of a nominal trigger.
  EXPECT_EQ(pairs("Weapons were supplied to Ukraine last year."), (std::vector<std::string>{"->UKR delivered"}));
  EXPECT_EQ(pairs("They have been providing arms to the Kosovo security forces."),
            (std::vector<std::string>{"->XKX delivered"}));
  EXPECT_EQ(pairs("Mexico's arms imports grew sharply in the last five years."),
            (std::vector<std::string>{"->MEX delivered"}));
  EXPECT_EQ(pairs("Iran supplied the militias with long-range drones."), (std::vector<std::string>{"IRN-> delivered"}));
  // A one-sided transfer yields no event (an event needs its source and target).
  const Document doc = analyse("Weapons were supplied to Ukraine last year.");
  ASSERT_EQ(doc.transfers.size(), 1u);
  EXPECT_TRUE(doc.transfers[0].supplier.code.empty());
  for (const Event& e : doc.events) EXPECT_NE(e.cameo, "072");
  // A one-sided transfer gives way to a full one of the same sentence.
  EXPECT_EQ(pairs("Russia sold and delivered two helicopters to Mali."),
            (std::vector<std::string>{"RUS->MLI delivered"}));
}

TEST(TransferParties, PurchasesNeedTheirSupplier) {
  // A purchase says nothing of an import: a government may buy at home (frames.tsv `needs=supplier`).
  EXPECT_TRUE(pairs("The Pentagon bought 200 rifles.").empty());
  EXPECT_TRUE(pairs("Egypt ordered four new frigates for its navy.").empty());
  EXPECT_TRUE(pairs("Lockheed Martin won a contract for 30 F-35 fighters.").empty());
}

TEST(TransferParties, WeakerEvidenceForAOneSidedTransfer) {
  // The other party of a deal, alone, names no side.
  EXPECT_TRUE(pairs("The arms deal with Iran became public last November.").empty());
  // A blocker anywhere in the sentence vetoes a one-sided transfer.
  EXPECT_TRUE(pairs("Police said the trafficking ring was involved in selling weapons to the FARC.").empty());
  // "failure to provide" is no provision.
  EXPECT_TRUE(pairs("He regretted the failure to provide arms to the Libyan army.").empty());
  // An items frame takes its items from the subject only.
  EXPECT_TRUE(pairs("The Colombians arrived here with rifles, the miner said.").empty());
  // "We" is the speaker, not an actor inside a prepositional phrase before the verb.
  EXPECT_TRUE(pairs("In Ukraine's darkest hour, we provided the defenders with weapons.").empty());
}

TEST(TransferParties, StopSpeaksOfDeliveriesUnderWay) {
  // "stop selling" presupposes the selling (the unnamed "it" leaves the supplier null); "prevent" does not.
  EXPECT_EQ(pairs("The ministry said it would stop selling weapons to Iraq."),
            (std::vector<std::string>{"->IRQ delivered"}));
  EXPECT_EQ(pairs("Kyiv urged Iran to stop supplying drones to Russia."),
            (std::vector<std::string>{"IRN->RUS delivered"}));
  EXPECT_TRUE(pairs("Israel acted to prevent the transfer of missiles to Hizbullah.").empty());
  // "accused of selling": rumoured.
  EXPECT_EQ(pairs("Ukraine accused Iran of supplying Shahed drones to Russia."),
            (std::vector<std::string>{"IRN->RUS rumoured"}));
}

TEST(TransferParties, SentToAPlaceIsADeployment) {
  EXPECT_TRUE(pairs("Italy sent eight frigates to the Gulf to protect its merchant shipping.").empty());
}

TEST(TransferParties, ACompoundCountryNamesNoSideAlone) {
  // "the Iran arms sales": Iran bought; "U.S. arms sales to Taiwan": the U.S. sold.
  EXPECT_TRUE(pairs("The committee investigated the Iran arms sales.").empty());
  EXPECT_EQ(pairs("U.S. arms sales to Taiwan rose sharply last year."), (std::vector<std::string>{"USA->TWN ordered"}));
}

TEST(TransferParties, AGenericItemModifyingAnotherNounIsNoItem) {
  EXPECT_TRUE(pairs("The United States approved stricter gun regulations.").empty());
  EXPECT_TRUE(pairs("Pakistan provided bullet proof jackets to its police.").empty());
}

// The supplier named only by the equipment's origin.
std::vector<std::string> origins(const std::string& text) {
  std::vector<std::string> out;
  for (const Transfer& t : analyse(text).transfers)
    out.push_back(t.supplier.code + "->" + t.recipient.code + (t.supplier_basis.empty() ? "" : " " + t.supplier_basis));
  return out;
}

TEST(TransferParties, TheOriginOfTheItemsNamesTheSupplier) {
  EXPECT_EQ(origins("Iran has acquired Chinese-made anti-ship missiles."),
            (std::vector<std::string>{"CHN->IRN origin"}));
  EXPECT_EQ(origins("Egypt acquired U.S.-made Apache helicopters."), (std::vector<std::string>{"USA->EGY origin"}));
  EXPECT_EQ(origins("Pakistan received Chinese and Italian-made anti-ship missiles."),
            (std::vector<std::string>{"CHN->PAK origin", "ITA->PAK origin"}));
  EXPECT_EQ(origins("Mali received Russian combat helicopters last week."),
            (std::vector<std::string>{"RUS->MLI origin"}));
  // "equipped itself with": the subject receives.
  EXPECT_EQ(origins("Turkey has equipped itself with Russian-built S-400 systems."),
            (std::vector<std::string>{"RUS->TUR origin"}));
  // A named supplier is no origin; an origin word names no actor ("Chinese-made" is no party to an event).
  EXPECT_EQ(origins("Russia delivered Soviet-built tanks to Mali."), (std::vector<std::string>{"RUS->MLI"}));
  for (const Event& e : analyse("Chinese-made missiles hit the tanker.").events) EXPECT_NE(e.source.country, "CHN");
}

TEST(TransferParties, PossessionOfEquipmentMadeAbroad) {
  EXPECT_EQ(origins("India operates Russian-made Su-30 fighters."), (std::vector<std::string>{"RUS->IND origin"}));
  EXPECT_EQ(origins("Iran has new Chinese-made anti-ship missiles."), (std::vector<std::string>{"CHN->IRN origin"}));
  EXPECT_TRUE(pairs("India operates 200 Su-30 fighters.").empty());
  EXPECT_TRUE(pairs("Iran has missiles that can reach Israel.").empty());
}

TEST(TransferNegatives, NoTransferInNearMisses) {
  const std::vector<std::string> texts = {
      // weapons used in an attack
      "Russian forces attacked Kharkiv with Iskander missiles on Monday.",
      "Israeli F-35 jets struck targets near Damascus, the Syrian army said.",
      "Gunmen armed with AK-47 rifles attacked a village in Zamfara state.",
      "Ukrainian forces shot down a Russian Su-34 fighter-bomber over Donetsk.",
      "A Pakistani J-10C fighter jet crashed during a training flight.",
      // domestic production
      "Turkey produced 120 Bayraktar TB2 drones last year.",
      "India manufactures Tejas fighter jets at its plant in Bangalore.",
      "The Indian Navy commissioned its domestically built aircraft carrier INS Vikrant.",
      // arms-control talks
      "Russia and the United States held arms-control talks on strategic bombers in Geneva.",
      "Diplomats from Iran and the European Union discussed the nuclear treaty and ballistic missiles in Vienna.",
      // embargo debates
      "The EU extended its arms embargo on Russia, banning the sale of military equipment to Moscow.",
      "Lawmakers in Berlin debated an embargo on the export of Leopard 2 tanks to Saudi Arabia.",
      // smuggling
      "Smugglers sold hundreds of assault rifles to militants in northern Mali.",
      "Weapons were smuggled into Yemen from Iran, a UN panel said.",
      // parades
      "Russia showcased T-14 Armata tanks at the Victory Day parade in Moscow.",
      "North Korea displayed Hwasong-11 missiles at a military parade in Pyongyang.",
      // carriers
      "A Ukrainian An-124 transport aircraft delivered humanitarian aid to Sudan.",
      "An Il-76 cargo plane from Russia landed in Bamako on Tuesday.",
      // think tank, company names, summits, sports teams
      "The Pentagon received a report from a think tank on China's navy.",
      "A Washington think tank received funding from Qatar for a study of tanks.",
      "Boeing delivered 40 passenger jets to Ryanair.",
      "Kalashnikov Concern sold shares to a Russian state bank.",
      "Japan hosted the G7 summit and offered Ukraine a $50 billion loan.",
      "The New England Patriots signed a deal with the Tampa Bay Lightning for two players.",
      "DR Congo's Leopards received a warm welcome from Ivory Coast fans.",
      // negated, denied
      "Germany did not deliver Taurus missiles to Ukraine.",
      "Iran denied supplying Shahed drones to Russia.",
      // no equipment, or no second party
      "Egypt bought three million tonnes of wheat from Russia.",
      "Ukraine received a visit from the British defence secretary.",
      "Russia handed over the bodies of 50 soldiers to Ukraine.",
      "Police seized AK-47 rifles from a gang in Lagos.",
      "Tanks rolled through the streets of Khartoum as fighting resumed.",
      "The Tigers beat the Leopards 3-1 in Nairobi.",
      // trade, not arms: weak nouns without a military cue; companies as buyers; money
      "Brazil is exporting paper machinery and ships to Canada.",
      "Canadian Airlines ordered six commuter planes from British Aerospace.",
      "China will honour its pledge of providing US$2 billion in aid to Africa.",
      // criminal trafficking and interdiction
      "Police in Texas arrested two men who illegally shipped rifles to Mexico.",
      "Guatemalan gangs sold hundreds of firearms to Mexican cartels.",
      "Israel will act to prevent the transfer of strategic weapons to Hizbullah.",
      // items far from the trigger, or in an organisation's name
      "Japan seeks to normalise its relationship with North Korea by resolving the nuclear and missile issues.",
      "Canada provided $6 million to the Organisation for the Prohibition of Chemical Weapons.",
      "Pakistan ordered the army to protect polling stations from attacks with missiles.",
  };
  int bad = 0;
  for (const std::string& t : texts) {
    const Document doc = analyse(t);
    if (!doc.transfers.empty()) {
      ++bad;
      ADD_FAILURE() << t << "\n" << describe(doc);
    }
  }
  EXPECT_EQ(bad, 0);
}

TEST(TransferNegatives, TheTransferStillYieldsItsEvent) {
  const Document doc = analyse("Russia delivered two Mi-35 helicopters to Mali.");
  ASSERT_EQ(doc.transfers.size(), 1u);
  bool aid = false;
  for (const Event& e : doc.events) aid = aid || (e.cameo == "072" && e.source.country == "RUS");
  EXPECT_TRUE(aid);
}

}  // namespace
}  // namespace dyad
