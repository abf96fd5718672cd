// Writers (contract §2, §3): JSONL records, CSV/TSV tables, GDELT event rows.
#include "dyad/writer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/json.h"

namespace dyad {
namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t k = s.find(sep, start);
    if (k == std::string_view::npos) {
      out.emplace_back(s.substr(start));
      return out;
    }
    out.emplace_back(s.substr(start, k - start));
    start = k + 1;
  }
}

std::vector<std::string> lines(std::string_view s) {
  std::vector<std::string> out = split(s, '\n');
  EXPECT_TRUE(!out.empty() && out.back().empty()) << "output must end with a newline";
  if (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

// A strict RFC 4180 parser: rows of cells.
std::vector<std::vector<std::string>> parse_csv(std::string_view s) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string cell;
  size_t i = 0;
  bool any = false;
  while (i < s.size()) {
    char c = s[i];
    if (c == '"' && cell.empty()) {
      ++i;
      for (;;) {
        EXPECT_LT(i, s.size()) << "unterminated quoted cell";
        if (i >= s.size()) break;
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            cell.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        cell.push_back(s[i++]);
      }
      any = true;
      continue;
    }
    if (c == ',') {
      row.push_back(std::move(cell));
      cell.clear();
      ++i;
      any = true;
      continue;
    }
    if (c == '\n') {
      row.push_back(std::move(cell));
      cell.clear();
      rows.push_back(std::move(row));
      row.clear();
      ++i;
      any = false;
      continue;
    }
    EXPECT_NE(c, '"') << "bare quote inside an unquoted cell";
    cell.push_back(c);
    any = true;
    ++i;
  }
  EXPECT_FALSE(any) << "last row without newline";
  return rows;
}

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

Event make_event() {
  Event e;
  e.doc_id = "000_90c7cde4e5de5aaa";
  e.event_id = "3f9a0c1d2b4e5f60";
  e.date = *parse_iso_date("2022-03-31");
  e.has_date = true;
  e.date_from_sentence = true;
  e.source = actor("Moscow", "RUS", "RUS", {"GOV"}, "Russia");
  e.target = actor("Bamako", "MLI", "MLI", {"GOV"}, "Mali");
  e.plover_type = "AID";
  e.plover_mode = "military";
  e.plover_contexts = {"military"};
  e.cameo = "072";
  e.quad_class = 2;
  e.goldstein = 7.0;
  Location l;
  l.text = "Bamako";
  l.name = "Bamako";
  l.country = "MLI";
  l.admin1 = "Bamako";
  l.lat = 12.65;
  l.lon = -8.0;
  l.geonames_id = 2460596;
  e.location = l;
  e.evidence.sentence = 3;
  e.evidence.span = {512, 640};
  e.evidence.trigger = {560, 568};
  e.evidence.trigger_text = "received";
  e.confidence = 0.82;
  return e;
}

Transfer make_transfer() {
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
  t.evidence.sentence = 2;
  t.evidence.span = {100, 220};
  t.confidence = 0.9;
  return t;
}

Document make_doc() {
  Document d;
  d.id = "000_90c7cde4e5de5aaa";
  d.date = parse_iso_date("2022-04-20");
  d.url = "https://example.org/mali-helicopters";
  d.text = "Mali received helicopters.";
  Event e1 = make_event();
  Event e2 = make_event();
  e2.event_id = "0000000000000abc";
  e2.target.reset();
  e2.location.reset();
  e2.plover_type = "PROTEST";
  e2.cameo = "1411";
  e2.quad_class = 3;
  e2.goldstein = -6.5;
  e2.has_date = false;
  e2.date = Date{};
  d.events = {e1, e2};
  d.transfers = {make_transfer()};
  return d;
}

DocumentSummary summary_of(const Document& d) {
  DocumentSummary s;
  s.doc_id = d.id;
  s.date = d.date;
  s.sentences = 14;
  s.events = d.events.size();
  s.transfers = d.transfers.size();
  return s;
}

WriteOptions options(OutputFormat f, Table t = Table::kEvents) {
  WriteOptions o;
  o.format = f;
  o.table = t;
  return o;
}

// ---------------------------------------------------------------- JSONL

TEST(WriterTest, JsonlTransferWithAnUnnamedPartyAndAnOriginSupplier) {
  // A party the text does not name is null; a supplier known from the equipment's origin says so.
  Document d = make_doc();
  d.transfers[0].recipient = Actor{};
  d.transfers[0].supplier_basis = "origin";
  std::string out;
  append_records(d, summary_of(d), options(OutputFormat::kJsonl), out);
  const auto ls = lines(out);
  ASSERT_EQ(ls.size(), 4u) << out;
  EXPECT_NE(ls[2].find("\"recipient\":null"), std::string::npos) << ls[2];
  EXPECT_NE(ls[2].find("\"supplier_basis\":\"origin\""), std::string::npos) << ls[2];
  Transfer t;
  std::string err;
  ASSERT_TRUE(parse_json(ls[2], t, &err)) << err;
  EXPECT_EQ(t, d.transfers[0]);
  // A named supplier carries a null basis.
  d.transfers[0].supplier_basis.clear();
  out.clear();
  append_records(d, summary_of(d), options(OutputFormat::kJsonl), out);
  EXPECT_NE(out.find("\"supplier_basis\":null"), std::string::npos);
}

TEST(WriterTest, JsonlDocumentRecordIsLast) {
  Document d = make_doc();
  std::string out;
  append_records(d, summary_of(d), options(OutputFormat::kJsonl), out);
  auto ls = lines(out);
  ASSERT_EQ(ls.size(), 4u) << out;
  Event e;
  Transfer t;
  DocumentSummary s;
  std::string err;
  EXPECT_TRUE(parse_json(ls[0], e, &err)) << err;
  EXPECT_EQ(e, d.events[0]);
  EXPECT_TRUE(parse_json(ls[1], e, &err)) << err;
  EXPECT_EQ(e, d.events[1]);
  EXPECT_TRUE(parse_json(ls[2], t, &err)) << err;
  EXPECT_EQ(t, d.transfers[0]);
  EXPECT_TRUE(parse_json(ls[3], s, &err)) << err;
  EXPECT_EQ(s, summary_of(d));
  for (size_t i = 0; i + 1 < ls.size(); ++i) EXPECT_EQ(ls[i].find("\"record\":\"document\""), std::string::npos);
  EXPECT_EQ(ls[3].rfind("{\"record\":\"document\",\"doc_id\":\"000_90c7cde4e5de5aaa\"", 0), 0u) << ls[3];
  EXPECT_NE(ls[3].find("\"date\":\"2022-04-20\""), std::string::npos);
  EXPECT_NE(ls[3].find("\"sentences\":14"), std::string::npos);
  EXPECT_NE(ls[3].find("\"events\":2"), std::string::npos);
  EXPECT_NE(ls[3].find("\"transfers\":1"), std::string::npos);
  EXPECT_NE(ls[3].find("\"warnings\":[]"), std::string::npos);
  EXPECT_EQ(table_header(options(OutputFormat::kJsonl)), "");
}

TEST(WriterTest, JsonlDocumentWithoutRecords) {
  Document d;
  d.id = "empty-doc";
  DocumentSummary s;
  s.doc_id = d.id;
  std::string out;
  append_records(d, s, options(OutputFormat::kJsonl), out);
  EXPECT_EQ(out,
            "{\"record\":\"document\",\"doc_id\":\"empty-doc\",\"date\":null,\"sentences\":0,\"events\":0,"
            "\"transfers\":0,\"warnings\":[]}\n");
}

TEST(WriterTest, JsonlEventFieldsFollowContract) {
  Document d = make_doc();
  std::string out;
  append_records(d, summary_of(d), options(OutputFormat::kJsonl), out);
  auto ls = lines(out);
  const std::string& ev = ls[0];
  EXPECT_EQ(ev.rfind("{\"record\":\"event\",\"doc_id\":\"000_90c7cde4e5de5aaa\"", 0), 0u) << ev;
  for (const char* frag :
       {"\"date\":\"2022-03-31\"", "\"date_precision\":\"day\"", "\"date_source\":\"sentence\"",
        "\"source\":{\"text\":\"Moscow\",\"code\":\"RUS\",\"country\":\"RUS\",\"sectors\":[\"GOV\"],\"name\":"
        "\"Russia\"}",
        "\"plover\":{\"type\":\"AID\",\"mode\":\"military\",\"contexts\":[\"military\"]}", "\"cameo\":\"072\"",
        "\"quad_class\":2", "\"goldstein\":7.0", "\"lat\":12.65", "\"geonames_id\":2460596", "\"status\":\"actual\"",
        "\"negated\":false", "\"trigger\":{\"start\":560,\"end\":568,\"text\":\"received\"}", "\"confidence\":0.82"})
    EXPECT_NE(ev.find(frag), std::string::npos) << frag << " not in " << ev;
  EXPECT_EQ(ev.find("\"explain\""), std::string::npos);
  const std::string& ev2 = ls[1];
  EXPECT_NE(ev2.find("\"target\":null"), std::string::npos) << ev2;
  EXPECT_NE(ev2.find("\"location\":null"), std::string::npos) << ev2;
  EXPECT_NE(ev2.find("\"date\":null"), std::string::npos) << ev2;
  const std::string& tr = ls[2];
  EXPECT_NE(tr.find("\"quantity\":null"), std::string::npos) << tr;
  EXPECT_NE(tr.find("\"quantity\":2"), std::string::npos) << tr;
}

TEST(WriterTest, JsonlExplain) {
  Document d = make_doc();
  d.events[0].explain = {"data/events/aid.pat:12", "data/actors/countries.dict:301"};
  WriteOptions o = options(OutputFormat::kJsonl);
  o.explain = true;
  std::string out;
  append_records(d, summary_of(d), o, out);
  EXPECT_NE(out.find("\"explain\":[\"data/events/aid.pat:12\",\"data/actors/countries.dict:301\"]"), std::string::npos)
      << out;
}

// ---------------------------------------------------------------- CSV / TSV

TEST(WriterTest, CsvEventsHeaderAndRows) {
  Document d = make_doc();
  WriteOptions o = options(OutputFormat::kCsv);
  const std::string header = table_header(o);
  ASSERT_FALSE(header.empty());
  EXPECT_EQ(header.back(), '\n');
  auto hrows = parse_csv(header);
  ASSERT_EQ(hrows.size(), 1u);
  const auto& cols = hrows[0];
  EXPECT_EQ(cols.front(), "doc_id");
  std::string out;
  append_records(d, summary_of(d), o, out);
  auto rows = parse_csv(out);
  ASSERT_EQ(rows.size(), 2u) << out;
  for (const auto& r : rows) EXPECT_EQ(r.size(), cols.size());
  auto col = [&](const std::string& name) {
    for (size_t i = 0; i < cols.size(); ++i)
      if (cols[i] == name) return i;
    ADD_FAILURE() << "no column " << name;
    return size_t{0};
  };
  EXPECT_EQ(rows[0][col("event_id")], "3f9a0c1d2b4e5f60");
  EXPECT_EQ(rows[0][col("date")], "2022-03-31");
  EXPECT_EQ(rows[0][col("source_code")], "RUS");
  EXPECT_EQ(rows[0][col("target_name")], "Mali");
  EXPECT_EQ(rows[0][col("cameo")], "072");
  EXPECT_EQ(rows[0][col("goldstein")], "7");
  EXPECT_EQ(rows[1][col("target_code")], "");
  EXPECT_EQ(rows[1][col("date")], "");
  EXPECT_EQ(rows[1][col("goldstein")], "-6.5");
}

TEST(WriterTest, CsvQuotesCommasQuotesAndNewlines) {
  Document d = make_doc();
  d.events.resize(1);
  d.events[0].source.text = "Mali's \"transitional\" government, in Bamako";
  d.events[0].source.name = "line one\nline two";
  d.events[0].evidence.trigger_text = "said\r\n";
  d.events[0].target->text = "plain";
  WriteOptions o = options(OutputFormat::kCsv);
  std::string out;
  append_records(d, summary_of(d), o, out);
  EXPECT_NE(out.find("\"Mali's \"\"transitional\"\" government, in Bamako\""), std::string::npos) << out;
  EXPECT_NE(out.find(",plain,"), std::string::npos) << out;
  auto rows = parse_csv(out);
  ASSERT_EQ(rows.size(), 1u) << out;
  auto cols = parse_csv(table_header(o))[0];
  ASSERT_EQ(rows[0].size(), cols.size());
  bool found_text = false, found_name = false, found_trigger = false;
  for (const auto& c : rows[0]) {
    found_text |= c == "Mali's \"transitional\" government, in Bamako";
    found_name |= c == "line one\nline two";
    found_trigger |= c == "said\r\n";
  }
  EXPECT_TRUE(found_text);
  EXPECT_TRUE(found_name);
  EXPECT_TRUE(found_trigger);
}

TEST(WriterTest, TsvReplacesTabsAndNewlines) {
  Document d = make_doc();
  d.events.resize(1);
  d.events[0].source.text = "the\tjunta\nin Bamako";
  d.events[0].evidence.trigger_text = "said\r\n";
  WriteOptions o = options(OutputFormat::kTsv);
  const std::string header = table_header(o);
  const auto cols = split(header.substr(0, header.size() - 1), '\t');
  std::string out;
  append_records(d, summary_of(d), o, out);
  auto ls = lines(out);
  ASSERT_EQ(ls.size(), 1u) << out;
  auto cells = split(ls[0], '\t');
  ASSERT_EQ(cells.size(), cols.size());
  bool found = false;
  for (const auto& c : cells) {
    found |= c == "the junta in Bamako";
    EXPECT_EQ(c.find_first_of("\r\n\t"), std::string::npos);
  }
  EXPECT_TRUE(found) << ls[0];
  EXPECT_EQ(cols.size(), parse_csv(table_header(options(OutputFormat::kCsv)))[0].size());
}

TEST(WriterTest, TransfersTableOneRowPerItem) {
  Document d = make_doc();
  for (OutputFormat f : {OutputFormat::kCsv, OutputFormat::kTsv}) {
    WriteOptions o = options(f, Table::kTransfers);
    const char sep = f == OutputFormat::kCsv ? ',' : '\t';
    const std::string header = table_header(o);
    const auto cols = split(header.substr(0, header.size() - 1), sep);
    std::string out;
    append_records(d, summary_of(d), o, out);
    auto ls = lines(out);
    ASSERT_EQ(ls.size(), 2u) << out;
    auto col = [&](const std::string& name) {
      for (size_t i = 0; i < cols.size(); ++i)
        if (cols[i] == name) return i;
      ADD_FAILURE() << "no column " << name;
      return size_t{0};
    };
    auto r0 = split(ls[0], sep), r1 = split(ls[1], sep);
    ASSERT_EQ(r0.size(), cols.size());
    ASSERT_EQ(r1.size(), cols.size());
    EXPECT_EQ(r0[col("variant")], "Mi-35B");
    EXPECT_EQ(r0[col("quantity")], "2");
    EXPECT_EQ(r1[col("variant")], "59N6-TA");
    EXPECT_EQ(r1[col("quantity")], "");
    EXPECT_EQ(r1[col("supplier_code")], "RUS");
    EXPECT_EQ(r1[col("recipient_name")], "Mali");
    EXPECT_EQ(r1[col("status")], "delivered");
  }
}

TEST(WriterTest, DocumentsTable) {
  Document d = make_doc();
  DocumentSummary s = summary_of(d);
  s.warnings = {"no date", "long sentence, truncated"};
  WriteOptions o = options(OutputFormat::kCsv, Table::kDocuments);
  EXPECT_EQ(table_header(o), "doc_id,date,sentences,events,transfers,warnings\n");
  std::string out;
  append_records(d, s, o, out);
  EXPECT_EQ(out, "000_90c7cde4e5de5aaa,2022-04-20,14,2,1,\"no date;long sentence, truncated\"\n");
  s.date.reset();
  s.warnings.clear();
  out.clear();
  append_records(d, s, options(OutputFormat::kTsv, Table::kDocuments), out);
  EXPECT_EQ(out, "000_90c7cde4e5de5aaa\t\t14\t2\t1\t\n");
  EXPECT_EQ(table_header(options(OutputFormat::kTsv, Table::kDocuments)),
            "doc_id\tdate\tsentences\tevents\ttransfers\twarnings\n");
}

TEST(WriterTest, ParseFormatAndTable) {
  EXPECT_EQ(parse_output_format("jsonl"), OutputFormat::kJsonl);
  EXPECT_EQ(parse_output_format("csv"), OutputFormat::kCsv);
  EXPECT_EQ(parse_output_format("tsv"), OutputFormat::kTsv);
  EXPECT_EQ(parse_output_format("gdelt"), OutputFormat::kGdelt);
  EXPECT_FALSE(parse_output_format("nosuch"));
  EXPECT_EQ(parse_table("events"), Table::kEvents);
  EXPECT_EQ(parse_table("transfers"), Table::kTransfers);
  EXPECT_EQ(parse_table("documents"), Table::kDocuments);
  EXPECT_FALSE(parse_table("actors"));
}

// ---------------------------------------------------------------- GDELT

TEST(WriterTest, GdeltSixtyOneColumns) {
  Document d = make_doc();
  WriteOptions o = options(OutputFormat::kGdelt);
  EXPECT_EQ(table_header(o), "");
  std::string out;
  append_records(d, summary_of(d), o, out);
  auto ls = lines(out);
  ASSERT_EQ(ls.size(), 2u) << out;  // events only
  for (const auto& l : ls) EXPECT_EQ(split(l, '\t').size(), 61u) << l;
  auto c = split(ls[0], '\t');
  ASSERT_EQ(c.size(), 61u);
  EXPECT_FALSE(c[0].empty());
  EXPECT_EQ(c[0].find_first_not_of("0123456789"), std::string::npos) << c[0];  // GLOBALEVENTID
  EXPECT_EQ(c[1], "20220331");                                                 // SQLDATE
  EXPECT_EQ(c[2], "202203");                                                   // MonthYear
  EXPECT_EQ(c[3], "2022");                                                     // Year
  EXPECT_EQ(c[4].substr(0, 5), "2022.");                                       // FractionDate
  EXPECT_EQ(c[5], "RUS");                                                      // Actor1Code
  EXPECT_EQ(c[6], "Russia");                                                   // Actor1Name
  EXPECT_EQ(c[7], "RUS");                                                      // Actor1CountryCode
  EXPECT_EQ(c[12], "GOV");                                                     // Actor1Type1Code
  EXPECT_EQ(c[15], "MLI");                                                     // Actor2Code
  EXPECT_EQ(c[16], "Mali");                                                    // Actor2Name
  EXPECT_EQ(c[25], "1");                                                       // IsRootEvent
  EXPECT_EQ(c[26], "072");                                                     // EventCode
  EXPECT_EQ(c[27], "072");                                                     // EventBaseCode
  EXPECT_EQ(c[28], "07");                                                      // EventRootCode
  EXPECT_EQ(c[29], "2");                                                       // QuadClass
  EXPECT_EQ(c[30], "7");                                                       // GoldsteinScale
  EXPECT_EQ(c[52], "Bamako");                                                  // ActionGeo_FullName
  EXPECT_EQ(c[56], "12.65");                                                   // ActionGeo_Lat
  EXPECT_EQ(c[57], "-8");                                                      // ActionGeo_Long
  EXPECT_EQ(c[58], "2460596");                                                 // ActionGeo_FeatureID
  EXPECT_EQ(c[59], "20220331000000");                                          // DATEADDED
  EXPECT_EQ(c[60], "https://example.org/mali-helicopters");                    // SOURCEURL

  auto c2 = split(ls[1], '\t');
  ASSERT_EQ(c2.size(), 61u);
  EXPECT_EQ(c2[1], "");   // no date
  EXPECT_EQ(c2[15], "");  // no target
  EXPECT_EQ(c2[26], "1411");
  EXPECT_EQ(c2[27], "141");
  EXPECT_EQ(c2[28], "14");
  EXPECT_EQ(c2[29], "3");
  EXPECT_EQ(c2[30], "-6.5");
  EXPECT_EQ(c2[51], "0");  // ActionGeo_Type: no location
  EXPECT_NE(c[0], c2[0]);
}

TEST(WriterTest, GdeltUrlFallsBackToDocId) {
  Document d = make_doc();
  d.url.clear();
  std::string out;
  append_records(d, summary_of(d), options(OutputFormat::kGdelt), out);
  auto ls = lines(out);
  ASSERT_FALSE(ls.empty());
  auto c = split(ls[0], '\t');
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[60], "000_90c7cde4e5de5aaa");
}

TEST(WriterTest, GdeltDirectAndRootCodes) {
  for (const auto& [cameo, root] : std::vector<std::pair<std::string, std::string>>{
           {"010", "01"}, {"0874", "08"}, {"14", "14"}, {"190", "19"}, {"2042", "20"}}) {
    Event e = make_event();
    e.cameo = cameo;
    e.date = *parse_iso_date("2021-09-05");
    std::string out;
    append_gdelt(e, "https://example.org/x", out);
    EXPECT_EQ(out.find('\n'), std::string::npos);
    auto c = split(out, '\t');
    ASSERT_EQ(c.size(), 61u) << out;
    EXPECT_EQ(c[1], "20210905");
    EXPECT_EQ(c[26], cameo);
    EXPECT_EQ(c[28], root);
  }
}

TEST(WriterTest, GdeltMonthPrecisionDate) {
  Event e = make_event();
  e.date = Date{2021, 9, 0, Precision::kMonth};
  std::string out;
  append_gdelt(e, "u", out);
  auto c = split(out, '\t');
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[1], "20210901");
  EXPECT_EQ(c[2], "202109");
  EXPECT_EQ(c[3], "2021");
}

TEST(WriterTest, GdeltTabsInNamesReplaced) {
  Event e = make_event();
  e.source.name = "Wagner\tGroup\nPMC";
  std::string out;
  append_gdelt(e, "u", out);
  auto c = split(out, '\t');
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[6], "Wagner Group PMC");
}

}  // namespace
}  // namespace dyad
