// `dyad register` end to end, run as a separate process: transfer records
// generated here (as `dyad code` writes them) aggregated, reconciled with the
// SIPRI test fixture, and written as JSONL and CSV; and the seed document coded
// and registered.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/json.h"
#include "dyad/record.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

const std::string kFixture = DYAD_SOURCE_DIR "/src/aggregate/testdata/sipri-fixture.csv";

struct Scratch {
  Scratch() {
    static std::atomic<int> counter{0};
    dir = fs::temp_directory_path() / ("dyad_register_test_" + std::to_string(::getpid()) + "_" +
                                       std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) +
                                       "_" + std::to_string(counter++));
    fs::create_directories(dir);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  std::string write(const std::string& name, const std::string& bytes) const {
    std::ofstream out(dir / name, std::ios::binary);
    out << bytes;
    return (dir / name).string();
  }
  fs::path dir;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Proc {
  int code = -1;
  std::string out, err;
};

Proc dyad(const Scratch& s, const std::string& args) {
  static std::atomic<int> n{0};
  const std::string id = std::to_string(n++);
  const fs::path out = s.dir / ("out." + id), err = s.dir / ("err." + id);
  const std::string cmd =
      std::string("'") + DYAD_BINARY + "' " + args + " </dev/null >'" + out.string() + "' 2>'" + err.string() + "'";
  const int status = std::system(cmd.c_str());
  Proc r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

Actor state(const char* iso3, const char* name) {
  Actor a;
  a.text = name;
  a.code = iso3;
  a.country = iso3;
  a.name = name;
  return a;
}

// A corpus of records as `dyad code` writes them: five outlets report the seed's
// delivery (two Mi-35, the same figure), one says four (a conflict), a Turkish
// drone deal the fixture knows, and a Chinese one it does not.
std::string generated_records() {
  struct Spec {
    const char* doc;
    const char* date;
    const char* supplier;
    const char* status;
    const char* designation;
    const char* description;
    long quantity;
  };
  const Spec specs[] = {
      {"afp/1", "2022-04-01", "RUS", "delivered", "Mi-35", "combat helicopter", 2},
      {"reuters/8", "2022-04-01", "RUS", "delivered", "Mi-35", "combat helicopter", 2},
      {"tass/3", "2022-04-02", "RUS", "delivered", "Mi-35", "combat helicopter", 2},
      {"skynews/4", "2022-04-20", "RUS", "delivered", "Mi-35", "combat helicopter", 2},
      {"rfi/5", "2022-04-21", "RUS", "delivered", "Mi-35", "combat helicopter", 2},
      {"blog/6", "2022-04-22", "RUS", "delivered", "Mi-35", "combat helicopter", 4},
      {"afp/2", "2022-04-01", "RUS", "delivered", "59N6", "air search radar", -1},
      {"aa/1", "2022-08-10", "TUR", "ordered", "Bayraktar TB2", "UAV", 3},
      {"afp/9", "2023-01-15", "CHN", "delivered", "VN-22", "APC", 20},
  };
  std::string out;
  for (const Spec& s : specs) {
    Transfer t;
    t.doc_id = s.doc;
    t.transfer_id = std::string(s.doc) + "#t0";
    t.supplier = std::string(s.supplier) == "RUS"   ? state("RUS", "Russia")
                 : std::string(s.supplier) == "TUR" ? state("TUR", "Turkey")
                                                    : state("CHN", "China");
    t.recipient = state("MLI", "Mali");
    t.status = s.status;
    t.date = *parse_iso_date(s.date);
    t.has_date = true;
    Item i;
    i.text = s.designation;
    i.designation = s.designation;
    i.description = s.description;
    i.category = "aircraft";
    if (s.quantity >= 0) i.quantity = s.quantity;
    t.items.push_back(i);
    t.evidence.sentence = 1;
    t.evidence.span = {5, 50};
    append_json(out, t);
    out += "\n{\"record\":\"event\",\"doc_id\":\"" + std::string(s.doc) + "\"}\n";
    DocumentSummary d;
    d.doc_id = s.doc;
    d.date = parse_iso_date(s.date);
    d.transfers = 1;
    append_json(out, d);
    out += "\n";
  }
  return out;
}

TEST(RegisterCliTest, RecordsToJsonlWithSipri) {
  Scratch s;
  const std::string records = s.write("records.jsonl", generated_records());
  Proc p = dyad(s, "register --records '" + records + "' --sipri '" + kFixture + "' --format jsonl");
  // The fixture has three deliberately bad rows: reported, exit code 2.
  EXPECT_EQ(p.code, 2) << p.err;
  EXPECT_NE(p.err.find("sipri-fixture.csv:14: year of order is not a year"), std::string::npos) << p.err;
  EXPECT_NE(p.err.find("4 register rows from 9 mentions, 1 with conflicting figures; 3 known-deal, 1 new-in-the-news"),
            std::string::npos)
      << p.err;
  auto out = lines(p.out);
  ASSERT_EQ(out.size(), 4u) << p.out;
  // Ordered by supplier: CHN, RUS (59N6, Mi-35), TUR.
  EXPECT_NE(out[0].find("\"supplier\":\"CHN\""), std::string::npos);
  EXPECT_NE(out[0].find("\"match\":\"new-in-the-news\""), std::string::npos);
  EXPECT_NE(out[1].find("\"designation\":\"59N6\""), std::string::npos);
  EXPECT_NE(out[1].find("\"designation\":\"59N6 Protivnik-GE\""), std::string::npos) << out[1];
  const std::string& mi35 = out[2];
  EXPECT_NE(mi35.find("\"designation\":\"Mi-35\""), std::string::npos);
  EXPECT_NE(mi35.find("\"number_delivered\":2,"), std::string::npos) << mi35;
  EXPECT_NE(mi35.find("\"documents\":6,\"sources\":6,\"conflict\":true"), std::string::npos) << mi35;
  EXPECT_NE(mi35.find("{\"status\":\"delivered\",\"quantity\":4,\"sources\":[\"blog\"]"), std::string::npos);
  EXPECT_NE(mi35.find("\"first_mention\":\"2022-04-01\",\"last_mention\":\"2022-04-22\""), std::string::npos);
  EXPECT_NE(mi35.find("\"match\":\"known-deal\",\"on\":\"designation\",\"deals\":[{\"line\":6,"), std::string::npos)
      << mi35;
  EXPECT_NE(out[3].find("\"supplier\":\"TUR\""), std::string::npos);
  EXPECT_NE(out[3].find("\"order_years\":[2022]"), std::string::npos);
  EXPECT_NE(out[3].find("\"known-deal\""), std::string::npos);
}

TEST(RegisterCliTest, RecordsToCsv) {
  Scratch s;
  const std::string records = s.write("records.jsonl", generated_records());
  Proc p = dyad(s, "register -q --records '" + records + "' --format csv");
  EXPECT_EQ(p.code, 0) << p.err;
  EXPECT_EQ(p.err, "");
  auto out = lines(p.out);
  ASSERT_EQ(out.size(), 5u) << p.out;
  EXPECT_EQ(out[0].substr(0, 30), "supplier,supplier_name,recipie");
  EXPECT_EQ(out[3].substr(0, 110),
            "RUS,Russia,MLI,Mali,Mi-35,,combat helicopter,aircraft,,,2,2022,delivered,2022-04-01,2022-04-22,6,6,6,"
            "conflict,");
}

TEST(RegisterCliTest, BadUsage) {
  Scratch s;
  EXPECT_EQ(dyad(s, "register --format xml --records /dev/null").code, 1);
  EXPECT_EQ(dyad(s, "register --records /nonexistent.jsonl").code, 3);
}

TEST(RegisterCliTest, SeedDocumentMatchesSipriFixture) {
  Scratch s;
  Proc p = dyad(s, "register -q -j 2 '" DYAD_SOURCE_DIR "/examples' --sipri '" + kFixture + "' --format csv");
  EXPECT_EQ(p.code, 2) << p.err;  // the fixture's bad rows
  bool mi35 = false, radar = false;
  for (const std::string& l : lines(p.out)) {
    if (l.starts_with("RUS,Russia,MLI,Mali,Mi-35,"))
      mi35 = l.find(",known-deal,Mi-24P/Mi-35P,2021?,") != std::string::npos;
    if (l.starts_with("RUS,Russia,MLI,Mali,59N6,"))
      radar = l.find(",known-deal,59N6 Protivnik-GE,2021?,") != std::string::npos;
  }
  EXPECT_TRUE(mi35) << p.out;
  EXPECT_TRUE(radar) << p.out;
}

}  // namespace
}  // namespace dyad
