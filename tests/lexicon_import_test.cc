// PETRARCH/TABARI dictionary import (library and `dyad lexicon import`), on small
// fixtures under tests/fixtures/petrarch written in those formats.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/actors.h"
#include "dyad/data.h"
#include "dyad/petrarch_import.h"
#include "dyad/pipeline.h"
#include "dyad/text.h"
#include "dyad/vocabulary.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string fixture(const std::string& name) {
  return std::string(DYAD_SOURCE_DIR) + "/tests/fixtures/petrarch/" + name;
}

ImportOptions options() {
  ImportOptions o;
  o.known_aliases = {"dmitry medvedev"};
  o.known_people = {person_key("dmitry medvedev")};
  o.title_words = {"president", "zemblan"};
  o.group_words = {"army"};
  o.common_words = {"bush"};
  o.sectors = {"GOV", "MIL", "OPP", "ELI", "BUS", "COP", "LEG", "HLH"};
  return o;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += "  " + s + "\n";
  return out;
}

TEST(PetrarchImport, FoldsPhrasesAndKeys) {
  EXPECT_EQ(fold_phrase("VLADIMIR_V._PUTIN_"), "vladimir v. putin");
  EXPECT_EQ(fold_phrase("  ZEMBLA_ "), "zembla");
  EXPECT_EQ(person_key("dmitry anatolyevich medvedev"), "dmi medvedev");
  EXPECT_EQ(person_key("medvedev"), "");
}

TEST(PetrarchImport, ActorsDictionary) {
  const ImportResult r = import_petrarch(slurp(fixture("actors.txt")), "actors.txt", options());
  const std::string all = joined(r.lines) + "warnings:\n" + joined(r.warnings);
  // A country with its aliases.
  EXPECT_TRUE(has(r.lines, "country | ZEM | Zembla | Zembla; Zemblan; Onhava")) << all;
  // A person: one line per role; dated, open and undated roles; titles and nationality dropped from aliases.
  const std::string kemble = "person | RUSELI | Arnold Kemble | Arnold Kemble; Arnold K. Kemble; Kemble";
  // The dated RUSELI period is implied by the undated RUSELI default.
  EXPECT_FALSE(has(r.lines, kemble + " | 1970-01-01..1999-12-31")) << all;
  EXPECT_TRUE(has(r.lines,
                  "person | RUSGOV | Arnold Kemble | Arnold Kemble; Arnold K. Kemble; Kemble | "
                  "2000-01-01..2008-12-31"))
      << all;
  EXPECT_TRUE(has(r.lines, "person | RUSGOV | Arnold Kemble | Arnold Kemble; Arnold K. Kemble; Kemble | 2012-05-07.."))
      << all;
  EXPECT_TRUE(has(r.lines, kemble)) << all;  // the undated default role
  // Eight-digit dates, `<` ranges; a surname shared by two people and a common word are dropped.
  EXPECT_TRUE(has(r.lines, "person | MLIMIL | Berta Ollan | Berta Ollan | 1995-01-01..2010-06-30")) << all;
  EXPECT_TRUE(has(r.lines, "person | MLIGOV | Berta Ollan | Berta Ollan | ..2010-07-01")) << all;
  EXPECT_TRUE(has(r.lines, "person | MLIOPP | Carlo Ollan | Carlo Ollan | 2005-01-01..")) << all;
  // dyad's own entries win: "Dmitri Medvedev" is the known Dmitry Medvedev.
  for (const std::string& l : r.lines) EXPECT_EQ(l.find("Medvedev"), std::string::npos) << l;
  EXPECT_EQ(r.people, 3u);
  EXPECT_EQ(r.countries, 1u);
  // Lines that cannot be converted are reported as file:line: reason.
  auto warned = [&](const std::string& prefix, const std::string& what) {
    for (const std::string& w : r.warnings)
      if (w.rfind(prefix, 0) == 0 && w.find(what) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(warned("actors.txt:29:", "bad date \"0801-0905\"")) << all;
  EXPECT_TRUE(warned("actors.txt:30:", "ends before it starts")) << all;
  EXPECT_TRUE(warned("actors.txt:31:", "RUSXYZ")) << all;
  EXPECT_TRUE(warned("actors.txt:32:", "group noun")) << all;
  EXPECT_TRUE(warned("actors.txt:34:", "bad date \"9005\"")) << all;
  EXPECT_EQ(r.warnings.size(), 5u) << all;
}

TEST(PetrarchImport, RequireSectors) {
  ImportOptions o = options();
  o.people_only = true;
  o.require_sectors = {"MIL"};
  const ImportResult r = import_petrarch(slurp(fixture("actors.txt")), "actors.txt", o);
  EXPECT_EQ(r.people, 1u) << joined(r.lines);  // Berta Ollan only
  for (const std::string& l : r.lines) EXPECT_NE(l.find("Berta Ollan"), std::string::npos) << l;
}

TEST(PetrarchImport, PeopleOnly) {
  ImportOptions o = options();
  o.people_only = true;
  const ImportResult r = import_petrarch(slurp(fixture("actors.txt")), "actors.txt", o);
  for (const std::string& l : r.lines) EXPECT_EQ(l.rfind("person | ", 0), 0u) << l;
  EXPECT_EQ(r.countries, 0u);
}

TEST(PetrarchImport, TabariCommentsAndSeveralRolesOnALine) {
  ImportOptions o = options();
  o.format = DictFormat::kTabari;
  const ImportResult r = import_petrarch(slurp(fixture("actors-tabari.txt")), "actors-tabari.txt", o);
  EXPECT_TRUE(r.warnings.empty()) << joined(r.warnings);
  EXPECT_TRUE(has(r.lines, "person | RUSGOV | Arnold Kemble | Arnold Kemble; Kemble | 2000-01-01..2008-12-31"))
      << joined(r.lines);
  EXPECT_TRUE(has(r.lines, "person | RUSGOV | Arnold Kemble | Arnold Kemble; Kemble | 2012-05-07.."))
      << joined(r.lines);
}

TEST(PetrarchImport, AgentsDictionary) {
  const ImportResult r = import_petrarch(slurp(fixture("agents.txt")), "agents.txt", options());
  const std::string all = joined(r.lines) + "warnings:\n" + joined(r.warnings);
  EXPECT_TRUE(has(r.lines, "role | BUS | harbour pilot | harbour pilot; harbour pilots")) << all;
  EXPECT_TRUE(has(r.lines,
                  "role | BUS | businessman | businessman; businessmen; businesswoman; businesswomen; "
                  "businessperson; businesspeople"))
      << all;
  EXPECT_TRUE(has(r.lines, "role | BUS | chamber of commerce | chamber of commerce; chambers of commerce")) << all;
  EXPECT_TRUE(has(r.lines, "role | COP | riot police | riot police")) << all;
  EXPECT_TRUE(has(r.lines, "role | MILLEG | army deputy | army deputy; army deputies")) << all;
  EXPECT_TRUE(has(r.lines, "role | HLH | country doctor | country doctor; country doctors")) << all;
  ASSERT_EQ(r.warnings.size(), 2u) << all;
  EXPECT_NE(r.warnings[0].find("agents.txt:8:"), std::string::npos) << all;  // BUD: no such dyad sector
  EXPECT_NE(r.warnings[1].find("agents.txt:9:"), std::string::npos) << all;  // no code
}

// The imported lines load into dyad's lexicon and resolve against the date.
TEST(PetrarchImport, ImportedPeopleResolveByDate) {
  ImportOptions o = options();
  o.people_only = true;
  const ImportResult r = import_petrarch(slurp(fixture("actors.txt")), "actors.txt", o);
  fs::path dir = fs::temp_directory_path() / ("dyad-import-" + std::to_string(::getpid()));
  fs::create_directories(dir / "actors");
  {
    std::ofstream out(dir / "actors" / "imported.dict");
    for (const std::string& l : r.lines) out << l << "\n";
    std::ofstream sectors(dir / "actors" / "sectors.tsv");
    for (const char* s : {"GOV", "MIL", "OPP", "ELI"}) sectors << "sector | " << s << " | x\n";
    std::ofstream countries(dir / "actors" / "countries.dict");
    countries << "country | RUS | Russia | Russia\ncountry | MLI | Mali | Mali\n";
  }
  const Data data = Data::from_directory(dir.string());
  Vocabulary vocab;
  ActorLexicon lex;
  std::vector<std::string> errors;
  lex.load(data, vocab, &errors);
  EXPECT_TRUE(errors.empty()) << joined(errors);
  Document doc;
  doc.text = "Arnold Kemble";
  tokenize(doc);
  for (Token& t : doc.tokens) t.word = vocab.find(doc.norm(t));
  const std::vector<uint32_t>* ids = nullptr;
  ASSERT_EQ(lex.match(doc, 0, doc.tokens.size(), &ids), 2u);
  EXPECT_EQ(pick_person(lex, *ids, parse_iso_date("1990-06-01"))->code, "RUSELI");  // undated default
  EXPECT_EQ(pick_person(lex, *ids, parse_iso_date("2004-06-01"))->code, "RUSGOV");
  EXPECT_EQ(pick_person(lex, *ids, parse_iso_date("2010-06-01"))->code, "RUSELI");  // undated default
  EXPECT_EQ(pick_person(lex, *ids, parse_iso_date("2015-06-01"))->code, "RUSGOV");
  fs::remove_all(dir);
}

// The command line: lines on stdout, file:line warnings on stderr, exit 2 when some lines were not converted.
struct Proc {
  int code = -1;
  std::string out, err;
};

Proc run(const std::string& args) {
  const fs::path dir = fs::temp_directory_path();
  const std::string id = std::to_string(::getpid()) + "-" + std::to_string(std::rand());
  const std::string out = (dir / ("dyad-lex-out-" + id)).string(), err = (dir / ("dyad-lex-err-" + id)).string();
  const std::string cmd = std::string("'") + DYAD_BINARY + "' " + args + " </dev/null >'" + out + "' 2>'" + err + "'";
  const int status = std::system(cmd.c_str());
  Proc p;
  p.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  p.out = slurp(out);
  p.err = slurp(err);
  fs::remove(out);
  fs::remove(err);
  return p;
}

TEST(LexiconImportCli, ConvertsActors) {
  const Proc p = run("lexicon import --format petrarch --common-words '' '" + fixture("actors.txt") + "'");
  EXPECT_EQ(p.code, 2) << p.err;
  EXPECT_NE(p.out.find("person | RUSGOV | Arnold Kemble | Arnold Kemble; Arnold K. Kemble; Kemble | 2012-05-07..\n"),
            std::string::npos)
      << p.out;
  // "Zemblan" is no nationality dyad knows, so that alias stays; "President Kemble" goes.
  EXPECT_EQ(p.out.find("President Kemble"), std::string::npos) << p.out;
  EXPECT_NE(p.err.find("actors.txt:29: bad date"), std::string::npos) << p.err;
  EXPECT_EQ(p.out.find("Medvedev"), std::string::npos) << p.out;  // people.dict has him
}

TEST(LexiconImportCli, ConvertsAgents) {
  const Proc p = run("lexicon import --format petrarch '" + fixture("agents.txt") + "'");
  EXPECT_EQ(p.code, 2) << p.err;
  EXPECT_NE(p.out.find("role | BUS | harbour pilot | harbour pilot; harbour pilots\n"), std::string::npos) << p.out;
  // "riot police" is already in roles.dict: dyad's entry wins.
  EXPECT_EQ(p.out.find("riot police"), std::string::npos) << p.out;
  EXPECT_NE(p.err.find("agents.txt:8: sector code \"BUD\""), std::string::npos) << p.err;
}

TEST(LexiconImportCli, BadUsage) {
  EXPECT_EQ(run("lexicon import --format cameo '" + fixture("agents.txt") + "'").code, 1);
  EXPECT_EQ(run("lexicon import --format petrarch /nonexistent/file.txt").code, 3);
}

}  // namespace
}  // namespace dyad
