// JSON records (contract §2): append_json / parse_json round trips and parse errors.
#include "dyad/json.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace dyad {

// Readable failures: print records as their JSON.
void PrintTo(const Event& e, std::ostream* os) {
  std::string s;
  append_json(s, e, true);
  *os << s;
}
void PrintTo(const Transfer& t, std::ostream* os) {
  std::string s;
  append_json(s, t, true);
  *os << s;
}
void PrintTo(const DocumentSummary& d, std::ostream* os) {
  std::string s;
  append_json(s, d);
  *os << s;
}

namespace {

// Every byte a JSON writer must escape, plus multi-byte UTF-8.
const std::string kNasty =
    "He said \"no\" \\ path C:\\temp\nnext line\ttab\rCR \x01\x02\x1f end \x7f "
    "Ma\xC3\xAFga \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x9A\x81";

Actor actor(std::string text, std::string code, std::string country, std::vector<std::string> sectors,
            std::string name) {
  Actor a;
  a.text = std::move(text);
  a.code = std::move(code);
  a.country = std::move(country);
  a.sectors = std::move(sectors);
  a.name = std::move(name);
  return a;
}

Event full_event() {
  Event e;
  e.doc_id = "000_90c7cde4e5de5aaa";
  e.event_id = "3f9a0c1d2b4e5f60";
  e.date = *parse_iso_date("2022-03-31");
  e.has_date = true;
  e.date_from_sentence = true;
  e.source = actor("Moscow", "RUS", "RUS", {"GOV"}, "Russia");
  e.target = actor("the Malian army", "MLIMIL", "MLI", {"MIL"}, "Mali");
  e.plover_type = "AID";
  e.plover_mode = "military";
  e.plover_contexts = {"military", "security"};
  e.cameo = "072";
  e.quad_class = 2;
  e.goldstein = 7.0;
  Location l;
  l.text = "Bamako airport";
  l.name = "Bamako";
  l.country = "MLI";
  l.admin1 = "Bamako";
  l.lat = 12.65;
  l.lon = -8.0;
  l.geonames_id = 2460596;
  e.location = l;
  e.status = "actual";
  e.evidence.sentence = 3;
  e.evidence.span = {512, 640};
  e.evidence.trigger = {560, 568};
  e.evidence.trigger_text = "received";
  e.confidence = 0.82;
  return e;
}

Transfer full_transfer() {
  Transfer t;
  t.doc_id = "000_90c7cde4e5de5aaa";
  t.transfer_id = "aa01bb02cc03dd04";
  t.supplier = actor("Moscow", "RUS", "RUS", {}, "Russia");
  t.recipient = actor("Bamako", "MLI", "MLI", {}, "Mali");
  t.status = "delivered";
  t.date = *parse_iso_date("2022-03-31");
  t.has_date = true;
  Item a;
  a.text = "two Mil. Mi-35B combat helicopters";
  a.designation = "Mi-35";
  a.variant = "Mi-35B";
  a.category = "aircraft";
  a.description = "combat helicopter";
  a.quantity = 2;
  a.quantity_text = "two";
  Item b;
  b.text = "59.N6-TA portable radars";
  b.designation = "59N6";
  b.variant = "59N6-TA";
  b.category = "sensors";
  b.description = "air search radar";
  t.items = {a, b};
  t.deal.value = 61e6;
  t.deal.currency = "USD";
  t.deal.financing = "loan";
  t.deal.second_hand = false;
  t.evidence.sentence = 2;
  t.evidence.span = {100, 220};
  t.evidence.trigger = {130, 138};
  t.evidence.trigger_text = "received";
  t.confidence = 0.9;
  return t;
}

template <typename R>
R round_trip(const R& r, bool explain = false) {
  std::string line;
  if constexpr (std::is_same_v<R, DocumentSummary>)
    append_json(line, r);
  else
    append_json(line, r, explain);
  EXPECT_EQ(line.find('\n'), std::string::npos) << "a record is one line";
  EXPECT_EQ(line.front(), '{');
  EXPECT_EQ(line.back(), '}');
  R back;
  std::string error;
  EXPECT_TRUE(parse_json(line, back, &error)) << error << "\n" << line;
  // Writing the parsed record again gives the same bytes.
  std::string again;
  if constexpr (std::is_same_v<R, DocumentSummary>)
    append_json(again, back);
  else
    append_json(again, back, explain);
  EXPECT_EQ(again, line);
  return back;
}

// ---------------------------------------------------------------- strings

TEST(JsonTest, AppendJsonStringEscapes) {
  std::string out;
  append_json_string(out, "a\"b\\c\nd\te\rf\x01g\x1f");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\te\\rf\\u0001g\\u001f\"");
  out.clear();
  append_json_string(out, "Ma\xC3\xAFga");
  EXPECT_EQ(out, "\"Ma\xC3\xAFga\"");  // UTF-8 passes through unescaped
  out.clear();
  append_json_string(out, "");
  EXPECT_EQ(out, "\"\"");
  out = "x:";
  append_json_string(out, "y");
  EXPECT_EQ(out, "x:\"y\"");
}

TEST(JsonTest, EmbeddedNulByteEscaped) {
  std::string out;
  append_json_string(out, std::string_view("a\0b", 3));
  EXPECT_EQ(out, "\"a\\u0000b\"");
}

// ---------------------------------------------------------------- events

TEST(JsonTest, EventRoundTrip) {
  const Event e = full_event();
  EXPECT_EQ(round_trip(e), e);
}

TEST(JsonTest, EventWithNulls) {
  Event e = full_event();
  e.target.reset();
  e.location.reset();
  e.has_date = false;
  e.date = Date{};
  e.date_from_sentence = false;
  e.plover_type = "PROTEST";
  e.plover_mode.clear();
  e.plover_contexts.clear();
  e.source = actor("protesters", "MLICVL", "MLI", {"CVL"}, "Mali");
  e.status = "hypothetical";
  e.negated = true;
  e.goldstein = -6.5;
  e.quad_class = 3;
  e.confidence = 0;
  std::string line;
  append_json(line, e);
  EXPECT_NE(line.find("\"target\":null"), std::string::npos) << line;
  EXPECT_NE(line.find("\"location\":null"), std::string::npos) << line;
  EXPECT_NE(line.find("\"date\":null,\"date_precision\":null"), std::string::npos) << line;
  EXPECT_NE(line.find("\"mode\":null"), std::string::npos) << line;
  EXPECT_NE(line.find("\"negated\":true"), std::string::npos) << line;
  EXPECT_NE(line.find("\"confidence\":0.0"), std::string::npos) << line;
  EXPECT_EQ(round_trip(e), e);
}

TEST(JsonTest, EventActorWithoutCountryAndLocationNulls) {
  Event e = full_event();
  e.target = actor("the United Nations", "IGOUNO", "", {}, "United Nations");
  e.location->country.clear();
  e.location->admin1.clear();
  e.location->geonames_id = 0;
  std::string line;
  append_json(line, e);
  EXPECT_NE(line.find("\"code\":\"IGOUNO\",\"country\":null,\"sectors\":[]"), std::string::npos) << line;
  EXPECT_NE(line.find("\"geonames_id\":null"), std::string::npos) << line;
  EXPECT_EQ(round_trip(e), e);
}

TEST(JsonTest, EventDatePrecisions) {
  Event e = full_event();
  e.date = Date{2021, 9, 0, Precision::kMonth};
  std::string line;
  append_json(line, e);
  EXPECT_NE(line.find("\"date\":\"2021-09\",\"date_precision\":\"month\""), std::string::npos) << line;
  EXPECT_EQ(round_trip(e), e);
  e.date = Date{2013, 0, 0, Precision::kYear};
  EXPECT_EQ(round_trip(e), e);
}

TEST(JsonTest, EventStringsNeedingEscapes) {
  Event e = full_event();
  e.source.text = kNasty;
  e.source.name = kNasty;
  e.target->text = "\"Bamako\"";
  e.evidence.trigger_text = "said:\n\"";
  e.location->text = "Kati \\ Koulikoro";
  e.doc_id = "doc \"7\"";
  std::string line;
  append_json(line, e);
  EXPECT_EQ(line.find_first_of(std::string("\n\r\t\x01\x02\x1f", 7)), std::string::npos) << line;
  EXPECT_EQ(round_trip(e), e);
}

TEST(JsonTest, EventExplain) {
  Event e = full_event();
  e.explain = {"data/events/aid.pat:12", "source: data/actors/countries.dict:301"};
  EXPECT_EQ(round_trip(e, true), e);
  std::string line;
  append_json(line, e, false);
  EXPECT_EQ(line.find("explain"), std::string::npos);
}

TEST(JsonTest, EventFieldOrderStartsWithRecordAndDocId) {
  std::string line;
  append_json(line, full_event());
  EXPECT_EQ(
      line.rfind("{\"record\":\"event\",\"doc_id\":\"000_90c7cde4e5de5aaa\",\"event_id\":\"3f9a0c1d2b4e5f60\"", 0), 0u)
      << line;
}

// ---------------------------------------------------------------- transfers

TEST(JsonTest, TransferRoundTrip) {
  const Transfer t = full_transfer();
  std::string line;
  append_json(line, t);
  EXPECT_NE(line.find("\"quantity\":2,\"quantity_text\":\"two\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"quantity\":null,\"quantity_text\":null"), std::string::npos) << line;
  EXPECT_EQ(line.find("sectors"), std::string::npos) << "transfers carry no sectors";
  EXPECT_EQ(round_trip(t), t);
}

TEST(JsonTest, TransferWithNulls) {
  Transfer t = full_transfer();
  t.status = "rumoured";
  t.has_date = false;
  t.date = Date{};
  t.deal = Deal{};
  Item generic;
  generic.text = "military equipment";
  generic.category = "other";
  generic.description = "unspecified";
  t.items = {generic};
  t.recipient = actor("the junta", "MLIGOV", "", {}, "Mali");
  std::string line;
  append_json(line, t);
  EXPECT_NE(line.find("\"deal\":{\"value\":null,\"currency\":null,\"financing\":null,\"second_hand\":null}"),
            std::string::npos)
      << line;
  EXPECT_NE(line.find("\"designation\":null,\"variant\":null"), std::string::npos) << line;
  EXPECT_EQ(round_trip(t), t);
}

TEST(JsonTest, TransferDealValues) {
  Transfer t = full_transfer();
  for (double v : {61e6, 2.5e9, 450000.0, 1.75e8}) {
    t.deal.value = v;
    t.deal.second_hand = true;
    t.deal.currency = "EUR";
    EXPECT_EQ(round_trip(t), t) << v;
  }
}

TEST(JsonTest, TransferStringsNeedingEscapes) {
  Transfer t = full_transfer();
  t.items[0].text = kNasty;
  t.items[1].quantity_text = "a \"batch\"";
  t.supplier.name = "Rosoboronexport\\JSC";
  t.evidence.trigger_text = "handed\tover";
  EXPECT_EQ(round_trip(t), t);
}

TEST(JsonTest, TransferExplainAndZeroItems) {
  Transfer t = full_transfer();
  t.items.clear();
  t.explain = {"frame: data/arms/frames.pat:4", "supplier: data/actors/countries.dict:301"};
  EXPECT_EQ(round_trip(t, true), t);
}

// ---------------------------------------------------------------- document summaries

TEST(JsonTest, DocumentSummaryRoundTrip) {
  DocumentSummary d;
  d.doc_id = "000_90c7cde4e5de5aaa";
  d.date = parse_iso_date("2022-04-20");
  d.sentences = 14;
  d.events = 7;
  d.transfers = 2;
  std::string line;
  append_json(line, d);
  EXPECT_EQ(line,
            "{\"record\":\"document\",\"doc_id\":\"000_90c7cde4e5de5aaa\",\"date\":\"2022-04-20\",\"sentences\":14,"
            "\"events\":7,\"transfers\":2,\"warnings\":[]}");
  EXPECT_EQ(round_trip(d), d);
}

TEST(JsonTest, DocumentSummaryNullDateAndWarnings) {
  DocumentSummary d;
  d.doc_id = kNasty;
  d.sentences = 1;
  d.warnings = {"sentence 3: no verb", kNasty, ""};
  EXPECT_EQ(round_trip(d), d);
  std::string line;
  append_json(line, d);
  EXPECT_NE(line.find("\"date\":null"), std::string::npos);
}

// ---------------------------------------------------------------- parse errors

TEST(JsonTest, MalformedLinesRejected) {
  for (const char* bad : {"", "{", "not json", "{\"record\":\"event\",", "{\"record\":\"event\"}}",
                          "{\"record\":\"event\" \"doc_id\":\"x\"}", "{'record':'event'}", "\"record\""}) {
    Event e;
    std::string error;
    EXPECT_FALSE(parse_json(bad, e, &error)) << bad;
    EXPECT_FALSE(error.empty()) << bad;
    Transfer t;
    EXPECT_FALSE(parse_json(bad, t, nullptr)) << bad;
    DocumentSummary d;
    EXPECT_FALSE(parse_json(bad, d, nullptr)) << bad;
  }
}

TEST(JsonTest, InvalidUtf8Rejected) {
  Event e;
  std::string error;
  EXPECT_FALSE(parse_json("{\"record\":\"event\",\"doc_id\":\"a\xC3\x28\"}", e, &error));
  EXPECT_FALSE(error.empty());
}

TEST(JsonTest, WrongRecordKindRejected) {
  std::string ev, tr, doc;
  append_json(ev, full_event());
  append_json(tr, full_transfer());
  DocumentSummary s;
  s.doc_id = "d";
  append_json(doc, s);
  Event e;
  Transfer t;
  DocumentSummary d;
  std::string error;
  EXPECT_FALSE(parse_json(tr, e, &error));
  EXPECT_NE(error.find("event"), std::string::npos) << error;
  EXPECT_FALSE(parse_json(doc, e, &error));
  EXPECT_FALSE(parse_json(ev, t, &error));
  EXPECT_NE(error.find("transfer"), std::string::npos) << error;
  EXPECT_FALSE(parse_json(doc, t, &error));
  EXPECT_FALSE(parse_json(ev, d, &error));
  EXPECT_FALSE(parse_json(tr, d, &error));
  EXPECT_FALSE(parse_json("{\"doc_id\":\"x\"}", e, &error));      // no record kind
  EXPECT_FALSE(parse_json("{\"record\":7}", e, &error));          // not a string
  EXPECT_FALSE(parse_json("[\"record\",\"event\"]", e, &error));  // not an object
  EXPECT_TRUE(parse_json(ev, e, &error));
  EXPECT_TRUE(parse_json(tr, t, &error));
  EXPECT_TRUE(parse_json(doc, d, &error));
}

TEST(JsonTest, ParsingResetsThePreviousRecord) {
  Event e = full_event();
  std::string line;
  Event sparse;
  sparse.doc_id = "d2";
  sparse.event_id = "e2";
  append_json(line, sparse);
  std::string error;
  ASSERT_TRUE(parse_json(line, e, &error)) << error;
  EXPECT_EQ(e, sparse);
}

TEST(JsonTest, ParsesLineWithTrailingWhitespace) {
  std::string line;
  append_json(line, full_event());
  line += "  \r";
  Event e;
  std::string error;
  EXPECT_TRUE(parse_json(line, e, &error)) << error;
  EXPECT_EQ(e, full_event());
}

}  // namespace
}  // namespace dyad
