#include "dyad/register.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

Actor state(const char* iso3, const char* name) {
  Actor a;
  a.text = name;
  a.code = iso3;
  a.country = iso3;
  a.name = name;
  return a;
}

Item item(const char* designation, const char* variant, const char* description, std::optional<long> quantity) {
  Item i;
  i.text = description;
  i.designation = designation;
  i.variant = variant;
  i.description = description;
  i.category = "aircraft";
  i.quantity = quantity;
  return i;
}

Transfer transfer(const char* doc, const char* status, const char* date, std::vector<Item> items, int sentence = 0) {
  Transfer t;
  t.doc_id = doc;
  t.supplier = state("RUS", "Russia");
  t.recipient = state("MLI", "Mali");
  t.status = status;
  t.date = *parse_iso_date(date);
  t.has_date = true;
  t.items = std::move(items);
  t.evidence.sentence = sentence;
  t.evidence.span = {10, 40};
  return t;
}

MentionContext ctx(const char* source, const char* doc_date, const char* sentence = "") {
  return {parse_iso_date(doc_date), source, sentence};
}

const RegisterRow* find(const std::vector<RegisterRow>& rows, std::string_view designation,
                        std::string_view description = "") {
  for (const RegisterRow& r : rows)
    if (r.designation == designation && (description.empty() || r.description == description)) return &r;
  return nullptr;
}

TEST(RegisterTest, RepeatedFigureIsOneFigure) {
  Register reg;
  reg.add(transfer("a/1", "delivered", "2022-03-31", {item("Mi-35", "Mi-35B", "combat helicopter", 2)}),
          ctx("afp", "2022-04-01", "Mali received two Mi-35B helicopters."));
  reg.add(transfer("b/7", "delivered", "2022-03-31", {item("Mi-35", "Mi-35", "combat helicopter", 2)}),
          ctx("reuters", "2022-04-02"));
  reg.add(transfer("c/2", "delivered", "2022-03-31", {item("Mi-35", "", "combat helicopter", 2)}),
          ctx("reuters", "2022-04-20"));
  auto rows = reg.rows();
  ASSERT_EQ(rows.size(), 1u);
  const RegisterRow& r = rows[0];
  EXPECT_EQ(r.supplier, "RUS");
  EXPECT_EQ(r.recipient, "MLI");
  EXPECT_EQ(r.designation, "Mi-35");
  EXPECT_EQ(r.variants, (std::vector<std::string>{"Mi-35", "Mi-35B"}));
  EXPECT_EQ(r.number_delivered, 2);  // not 6
  EXPECT_FALSE(r.conflict);
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].sources, (std::vector<std::string>{"afp", "reuters"}));
  EXPECT_EQ(r.figures[0].documents.size(), 3u);
  EXPECT_EQ(r.documents, 3u);
  EXPECT_EQ(r.sources, 2u);
  EXPECT_EQ(r.first_mention->iso(), "2022-04-01");
  EXPECT_EQ(r.last_mention->iso(), "2022-04-20");
  EXPECT_EQ(r.delivery_years, (std::vector<int>{2022}));
  ASSERT_EQ(r.evidence.size(), 3u);
  EXPECT_EQ(r.evidence[0].doc_id, "a/1");
  EXPECT_EQ(r.evidence[0].text, "Mali received two Mi-35B helicopters.");
  EXPECT_EQ(r.evidence[0].span, (Span{10, 40}));
}

TEST(RegisterTest, DifferentFiguresForOneStatusConflict) {
  Register reg;
  reg.add(transfer("a/1", "delivered", "2022-03-31", {item("Mi-35", "", "combat helicopter", 2)}),
          ctx("afp", "2022-04-01"));
  reg.add(transfer("b/1", "delivered", "2022-03-31", {item("Mi-35", "", "combat helicopter", 4)}),
          ctx("tass", "2022-04-01"));
  reg.add(transfer("c/1", "delivered", "2022-03-31", {item("Mi-35", "", "combat helicopter", 4)}),
          ctx("ria", "2022-04-03"));
  auto rows = reg.rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_TRUE(rows[0].conflict);
  ASSERT_EQ(rows[0].figures.size(), 2u);
  EXPECT_EQ(rows[0].figures[0].quantity, 2);
  EXPECT_EQ(rows[0].figures[0].sources, (std::vector<std::string>{"afp"}));
  EXPECT_EQ(rows[0].figures[1].quantity, 4);
  EXPECT_EQ(rows[0].figures[1].sources, (std::vector<std::string>{"ria", "tass"}));
  EXPECT_EQ(rows[0].number_delivered, 4);  // the figure most sources give
}

TEST(RegisterTest, FiguresOfDifferentStatusesDoNotConflict) {
  Register reg;
  reg.add(transfer("a/1", "ordered", "2020-06-01", {item("Su-25", "", "ground attack aircraft", 6)}),
          ctx("afp", "2020-06-02"));
  reg.add(transfer("b/1", "delivered", "2022-01-10", {item("Su-25", "", "ground attack aircraft", 2)}),
          ctx("afp", "2022-01-11"));
  reg.add(transfer("c/1", "agreed", "2019-11-01", {item("Su-25", "", "ground attack aircraft", 8)}),
          ctx("tass", "2019-11-01"));
  auto rows = reg.rows();
  ASSERT_EQ(rows.size(), 1u);
  const RegisterRow& r = rows[0];
  EXPECT_FALSE(r.conflict);
  EXPECT_EQ(r.number_ordered, 6);  // `ordered` wins over `agreed`
  EXPECT_EQ(r.number_delivered, 2);
  EXPECT_EQ(r.order_years, (std::vector<int>{2019, 2020}));
  EXPECT_EQ(r.delivery_years, (std::vector<int>{2022}));
  EXPECT_EQ(r.status, "delivered");
  EXPECT_EQ(r.first_mention->iso(), "2019-11-01");
}

TEST(RegisterTest, StatusIsTheMostAdvanced) {
  EXPECT_LT(status_rank("rumoured"), status_rank("offered"));
  EXPECT_LT(status_rank("offered"), status_rank("agreed"));
  EXPECT_LT(status_rank("agreed"), status_rank("ordered"));
  EXPECT_LT(status_rank("ordered"), status_rank("delivered"));
  EXPECT_EQ(status_rank("whatever"), -1);
  Register reg;
  reg.add(transfer("a/1", "offered", "2021-01-01", {item("S-400", "", "SAM system", std::nullopt)}),
          ctx("x", "2021-01-01"));
  reg.add(transfer("a/2", "ordered", "2021-05-01", {item("S-400", "", "SAM system", std::nullopt)}),
          ctx("x", "2021-05-01"));
  reg.add(transfer("a/3", "planned", "2021-09-01", {item("S-400", "", "SAM system", std::nullopt)}),
          ctx("x", "2021-09-01"));
  auto rows = reg.rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].status, "ordered");
  EXPECT_FALSE(rows[0].number_ordered);  // no quantity given: none invented
  EXPECT_TRUE(rows[0].figures.empty());
}

TEST(RegisterTest, GenericItemsKeepNullDesignationOneRowPerDescription) {
  Register reg;
  reg.add(transfer("a/1", "delivered", "2022-03-31",
                   {item("", "", "military equipment", std::nullopt), item("", "", "small arms", std::nullopt),
                    item("Mi-35", "", "combat helicopter", 2)}),
          ctx("afp", "2022-04-01"));
  reg.add(transfer("b/1", "delivered", "2022-03-31", {item("", "", "Military equipment", std::nullopt)}),
          ctx("tass", "2022-04-01"));
  auto rows = reg.rows();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].designation, "Mi-35");                       // designated rows first
  const RegisterRow* eq = find(rows, "", "Military equipment");  // one spelling kept
  ASSERT_TRUE(eq);
  EXPECT_EQ(eq->documents, 2u);
  EXPECT_TRUE(find(rows, "", "small arms"));
}

TEST(RegisterTest, RowsAreOrderedAndIndependentOfInputOrder) {
  std::vector<std::pair<Transfer, MentionContext>> in;
  for (const char* d : {"S-400", "Mi-35", "59N6"})
    in.emplace_back(transfer(d, "delivered", "2022-03-31", {item(d, "", "x", 1)}), ctx("s", "2022-04-01"));
  Transfer other = transfer("z/1", "ordered", "2022-03-31", {item("Mi-35", "", "x", 3)});
  other.supplier = state("CHN", "China");
  in.emplace_back(other, ctx("s", "2022-04-01"));
  Register forward, backward;
  for (const auto& [t, c] : in) forward.add(t, c);
  for (auto it = in.rbegin(); it != in.rend(); ++it) backward.add(it->first, it->second);
  std::string a, b;
  for (const RegisterRow& r : forward.rows()) append_json(a, r), a += "\n";
  for (const RegisterRow& r : backward.rows()) append_json(b, r), b += "\n";
  EXPECT_EQ(a, b);
  auto rows = forward.rows();
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].supplier, "CHN");
  EXPECT_EQ(rows[1].designation, "59N6");
  EXPECT_EQ(rows[2].designation, "Mi-35");
  EXPECT_EQ(rows[3].designation, "S-400");
}

TEST(RegisterTest, DistinctSourceKeys) {
  EXPECT_EQ(source_of("Reuters", "https://www.bbc.co.uk/news/1", "x/1"), "Reuters");
  EXPECT_EQ(source_of("", "https://www.BBC.co.uk/news/1?a=b", "x/1"), "bbc.co.uk");
  EXPECT_EQ(source_of("", "http://user@news.example.org:8080/a", "x/1"), "news.example.org");
  EXPECT_EQ(source_of("", "", "reuters21578/17"), "reuters21578");
  EXPECT_EQ(source_of("", "", "000_90c7cde4e5de5aaa"), "000_90c7cde4e5de5aaa");
}

TEST(RegisterTest, AddsTransfersOfADocument) {
  Document doc;
  doc.id = "seed";
  doc.date = parse_iso_date("2022-04-20");
  doc.url = "https://www.skynewsarabia.com/x";
  doc.text = "On March 31, Bamako announced that it had received two helicopters.";
  Transfer t = transfer("seed", "delivered", "2022-03-31", {item("Mi-35", "", "combat helicopter", 2)});
  t.evidence.span = {0, static_cast<uint32_t>(doc.text.size())};
  doc.transfers.push_back(t);
  Register reg;
  reg.add(doc);
  auto rows = reg.rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].figures[0].sources, (std::vector<std::string>{"skynewsarabia.com"}));
  EXPECT_EQ(rows[0].evidence[0].text, doc.text);
  EXPECT_EQ(rows[0].first_mention->iso(), "2022-04-20");
}

TEST(RegisterTest, CsvAndTableOutput) {
  Register reg;
  reg.add(transfer("a/1", "delivered", "2022-03-31", {item("Mi-35", "Mi-35B", "combat helicopter", 2)}),
          ctx("afp", "2022-04-01", "He said, \"two\"."));
  reg.add(transfer("b/1", "delivered", "2022-03-31", {item("Mi-35", "", "combat helicopter", 4)}),
          ctx("tass", "2022-04-01"));
  auto rows = reg.rows();
  std::string csv = register_csv_header();
  append_csv(csv, rows[0]);
  EXPECT_NE(csv.find("RUS,Russia,MLI,Mali,Mi-35,Mi-35B,combat helicopter,aircraft,,,4,2022,delivered,"
                     "2022-04-01,2022-04-01,2,2,2,conflict,delivered 2 (afp) | delivered 4 (tass),"),
            std::string::npos)
      << csv;
  const std::string table = format_table(rows);
  EXPECT_EQ(table.substr(0, 8), "SUPPLIER");
  EXPECT_NE(table.find("conflict"), std::string::npos);
  std::string json;
  append_json(json, rows[0]);
  EXPECT_NE(json.find("\"text\":\"He said, \\\"two\\\".\""), std::string::npos) << json;
  EXPECT_EQ(json.find("\"sipri\""), std::string::npos);  // not reconciled
}

}  // namespace
}  // namespace dyad
