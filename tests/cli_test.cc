// The dyad command line (contract §1, §2.3, §4), run as a separate process.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <pqxx/pqxx>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/json.h"
#include "dyad/record.h"
#include "temp_dir.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

using testing::TempDir;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Proc {
  int code = -1;
  std::string out, err;
};

// Runs `<prefix> dyad <args>` with stdout and stderr captured in files of `dir`
// (`prefix`: a command that runs dyad, such as setpriv), or stdout sent to `stdout_to`.
Proc dyad_as(const TempDir& dir, const std::string& prefix, const std::string& args,
             const std::string& stdout_to = "") {
  static std::atomic<int> n{0};
  const std::string id = std::to_string(n++);
  const std::string out = dir.path("stdout." + id), err = dir.path("stderr." + id);
  const std::string cmd = prefix + " '" + DYAD_BINARY + "' " + args + " </dev/null >'" +
                          (stdout_to.empty() ? out : stdout_to) + "' 2>'" + err + "'";
  const int status = std::system(cmd.c_str());
  Proc r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

// Runs `dyad <args>` with stdout and stderr captured in files of `dir`.
Proc dyad(const TempDir& dir, const std::string& args) {
  return dyad_as(dir, "", args);
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string l;
  while (std::getline(in, l)) out.push_back(l);
  return out;
}

std::vector<DocumentSummary> documents(const std::string& out) {
  std::vector<DocumentSummary> docs;
  for (const std::string& l : lines(out)) {
    DocumentSummary d;
    if (l.find("\"record\":\"document\"") != std::string::npos) {
      std::string error;
      EXPECT_TRUE(parse_json(l, d, &error)) << error << ": " << l;
      docs.push_back(d);
    }
  }
  return docs;
}

std::string jsonl_doc(const std::string& id, const std::string& date, const std::string& text) {
  std::string s = "{\"id\":\"" + id + "\",";
  if (!date.empty()) s += "\"date\":\"" + date + "\",";
  return s + "\"text\":\"" + text + "\"}\n";
}

// A varied, realistic-looking corpus of `n` short news items.
std::string generated_corpus(int n) {
  const char* suppliers[] = {"Russia", "France", "China", "Turkey", "the United States", "Germany"};
  const char* recipients[] = {"Mali", "Niger", "Burkina Faso", "Chad", "Nigeria", "Ukraine", "Egypt"};
  const char* items[] = {"two Mi-35B combat helicopters", "a batch of 59.N6-TA radars",
                         "four Bayraktar TB2 drones",     "armoured vehicles",
                         "S-400 air defence systems",     "12 F-16C/D fighter jets"};
  const char* verbs[] = {"delivered", "sold", "supplied", "handed over", "agreed to sell", "shipped"};
  const char* extra[] = {"The defence ministry confirmed the delivery on Wednesday.",
                         "Protesters gathered outside the French embassy in Bamako.",
                         "Gen. Assimi Goita thanked Moscow for its support.",
                         "Lt. Col. Abdoulaye Maiga accused Paris of espionage.",
                         "The U.S. State Department condemned the coup and suspended aid.",
                         "ECOWAS imposed sanctions and closed its borders.",
                         "Rebels attacked an army post near Gao, killing 12 soldiers.",
                         "The minister said talks would resume in Algiers next month."};
  std::string s;
  for (int i = 0; i < n; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "2022-%02d-%02d", 1 + i % 12, 1 + i % 28);
    std::string text = std::string(suppliers[i % 6]) + " " + verbs[(i / 6) % 6] + " " + items[(i / 3) % 6] + " to " +
                       recipients[i % 7] + ", officials said. " + extra[i % 8] + " " + extra[(i * 5 + 3) % 8];
    s += jsonl_doc("gen-" + std::to_string(i), i % 10 == 9 ? "" : date, text);
  }
  return s;
}

TEST(CliTest, VersionExitsZero) {
  TempDir dir;
  Proc r = dyad(dir, "--version");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("dyad"), std::string::npos) << r.out;
}

TEST(CliTest, RejectedInputExitsTwoAndCodesTheRest) {
  TempDir dir;
  const std::string f = dir.file(
      "mixed.jsonl",
      jsonl_doc("mali-1", "2022-04-20", "Russia delivered two combat helicopters to Mali on Wednesday.") +  // 1
          "{\"id\":\"broken\",\"text\":\"France withdrew\n" +                                               // 2
          jsonl_doc("mali-2", "2022-04-21", "France withdrew its troops from Mali, the ministry said.") +   // 3
          "{\"id\":\"latin1\",\"text\":\"Bamako \xE9t\xE9 airport\"}\n" +                                   // 4
          jsonl_doc("blank", "2022-04-22", "   ") +                                                         // 5
          jsonl_doc("mali-3", "", "Gen. Assimi Goita met the Russian ambassador in Bamako."));              // 6
  Proc r = dyad(dir, "code -q '" + f + "'");
  EXPECT_EQ(r.code, 2) << r.err;
  auto errs = lines(r.err);
  ASSERT_EQ(errs.size(), 3u) << r.err;
  EXPECT_EQ(errs[0].rfind(f + ":2: ", 0), 0u) << errs[0];
  EXPECT_EQ(errs[1].rfind(f + ":4: ", 0), 0u) << errs[1];
  EXPECT_EQ(errs[2].rfind(f + ":5: ", 0), 0u) << errs[2];
  auto docs = documents(r.out);
  ASSERT_EQ(docs.size(), 3u) << r.out;
  EXPECT_EQ(docs[0].doc_id, "mali-1");
  EXPECT_EQ(docs[1].doc_id, "mali-2");
  EXPECT_EQ(docs[2].doc_id, "mali-3");
  ASSERT_TRUE(docs[0].date);
  EXPECT_EQ(docs[0].date->iso(), "2022-04-20");
  EXPECT_FALSE(docs[2].date);
  for (const auto& d : docs) EXPECT_GE(d.sentences, 1u);
  // Every output line is a record; each document's `document` record closes it.
  auto out = lines(r.out);
  ASSERT_FALSE(out.empty());
  EXPECT_NE(out.back().find("\"record\":\"document\""), std::string::npos);
  for (const auto& l : out) {
    EXPECT_EQ(l.rfind("{\"record\":", 0), 0u) << l;
    EXPECT_EQ(l.find("broken"), std::string::npos);
    EXPECT_EQ(l.find("latin1"), std::string::npos);
  }

  // Without -q a summary line follows the three errors and counts them.
  Proc loud = dyad(dir, "code '" + f + "'");
  EXPECT_EQ(loud.code, 2);
  auto loud_errs = lines(loud.err);
  ASSERT_EQ(loud_errs.size(), 4u) << loud.err;
  EXPECT_NE(loud_errs[3].find("3 rejected"), std::string::npos) << loud_errs[3];
  EXPECT_NE(loud_errs[3].find("3 documents"), std::string::npos) << loud_errs[3];
  EXPECT_EQ(loud.out, r.out);
}

TEST(CliTest, CleanInputExitsZero) {
  TempDir dir;
  const std::string f =
      dir.file("clean.jsonl", jsonl_doc("a", "2022-04-20", "Russian instructors arrived in Bamako in December.") +
                                  jsonl_doc("b", "2022-04-21", "Niger expelled the French ambassador on Thursday."));
  Proc r = dyad(dir, "code -q '" + f + "'");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  auto docs = documents(r.out);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].doc_id, "a");
  EXPECT_EQ(docs[1].doc_id, "b");
}

TEST(CliTest, BadUsageExitsOne) {
  TempDir dir;
  const std::string f = dir.file("x.jsonl", jsonl_doc("a", "2022-04-20", "Talks resumed."));
  EXPECT_EQ(dyad(dir, "code --format nosuch '" + f + "'").code, 1);
  EXPECT_EQ(dyad(dir, "code --table nosuch --format csv '" + f + "'").code, 1);
  EXPECT_EQ(dyad(dir, "code --input-format xml '" + f + "'").code, 1);
  EXPECT_EQ(dyad(dir, "code --date 2022-13-45 '" + f + "'").code, 1);
  EXPECT_EQ(dyad(dir, "code --threads 0 '" + f + "'").code, 1);
  EXPECT_EQ(dyad(dir, "code --no-such-flag '" + f + "'").code, 1);
  EXPECT_EQ(dyad(dir, "nosuchcommand").code, 1);
  EXPECT_EQ(dyad(dir, "").code, 1);
}

TEST(CliTest, EvalReadsEachGoldShape) {
  TempDir dir;
  // Arms passages: a table of transfers found, also without each tag.
  const std::string arms = dir.file(
      "arms.jsonl",
      R"({"id": "1", "date": "2024-05-10", "text": "Russia delivered two Mi-35 helicopters to Mali.", "positive": true, )"
      R"("transfers": [{"supplier": "RUS", "recipient": "MLI", "status": "delivered", "items": [{"designation": )"
      R"("Mi-35", "text": "helicopters", "quantity": 2}]}], "tags": ["seed"]})"
      "\n");
  Proc r = dyad(dir, "eval '" + arms + "'");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("without seed"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1.000"), std::string::npos) << r.out;
  // Not a gold file: bad usage.
  const std::string other = dir.file("other.jsonl", jsonl_doc("a", "2022-04-20", "Talks resumed."));
  r = dyad(dir, "eval '" + other + "'");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("not a gold file"), std::string::npos) << r.err;
}

TEST(CliTest, ThreadsDoNotChangeOutput) {
  TempDir dir;
  const std::string f = dir.file("corpus.jsonl", generated_corpus(200));
  Proc one = dyad(dir, "code -q --threads 1 '" + f + "'");
  Proc two = dyad(dir, "code -q --threads 2 '" + f + "'");
  EXPECT_EQ(one.code, 0) << one.err;
  EXPECT_EQ(two.code, 0) << two.err;
  EXPECT_EQ(one.out.size(), two.out.size());
  EXPECT_TRUE(one.out == two.out) << "outputs differ between --threads 1 and --threads 2";
  EXPECT_NE(one.out.find("\"record\":\"event\""), std::string::npos) << "the corpus should yield events";
  EXPECT_NE(one.out.find("\"record\":\"transfer\""), std::string::npos) << "the corpus should yield transfers";
  auto docs = documents(one.out);
  ASSERT_EQ(docs.size(), 200u);
  for (size_t i = 0; i < docs.size(); ++i) EXPECT_EQ(docs[i].doc_id, "gen-" + std::to_string(i));
  Proc four = dyad(dir, "code -q -j 4 '" + f + "'");
  EXPECT_TRUE(one.out == four.out);
}

TEST(CliTest, DatedTextFile) {
  TempDir dir;
  const std::string f =
      dir.file("000_90c7cde4.txt",
               "date 2022-04-20 Russia delivered two Mi-35B combat helicopters to Mali on Wednesday, the army said. "
               "Lt. Col. Abdoulaye Maiga thanked Moscow.\n");
  Proc r = dyad(dir, "code -q '" + f + "'");
  EXPECT_EQ(r.code, 0) << r.err;
  auto docs = documents(r.out);
  ASSERT_EQ(docs.size(), 1u) << r.out;
  EXPECT_EQ(docs[0].doc_id, "000_90c7cde4");
  ASSERT_TRUE(docs[0].date);
  EXPECT_EQ(docs[0].date->iso(), "2022-04-20");
  EXPECT_EQ(docs[0].sentences, 2u);
  EXPECT_NE(r.out.find("\"record\":\"document\",\"doc_id\":\"000_90c7cde4\",\"date\":\"2022-04-20\""),
            std::string::npos)
      << r.out;
}

TEST(CliTest, PlainTextWithDateOption) {
  TempDir dir;
  const std::string f = dir.file("wire.txt", "Niger closed its airspace to French aircraft.");
  Proc r = dyad(dir, "code -q --date 2023-08-06 '" + f + "'");
  EXPECT_EQ(r.code, 0) << r.err;
  auto docs = documents(r.out);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].doc_id, "wire");
  ASSERT_TRUE(docs[0].date);
  EXPECT_EQ(docs[0].date->iso(), "2023-08-06");
}

TEST(CliTest, DirectoryInputAndMissingFile) {
  TempDir dir;
  dir.file("in/b.txt", "date 2022-04-21 France withdrew its troops.");
  dir.file("in/a.txt", "date 2022-04-20 Mali received helicopters.");
  dir.file("in/.skip.txt", "date 2022-04-22 Hidden.");
  Proc r = dyad(dir, "code -q '" + dir.path("in") + "'");
  EXPECT_EQ(r.code, 0) << r.err;
  auto docs = documents(r.out);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].doc_id, "a");
  EXPECT_EQ(docs[1].doc_id, "b");

  Proc missing = dyad(dir, "code -q '" + dir.path("nope.jsonl") + "' '" + dir.path("in/a.txt") + "'");
  EXPECT_EQ(missing.code, 2);
  auto errs = lines(missing.err);
  ASSERT_EQ(errs.size(), 1u) << missing.err;
  EXPECT_EQ(errs[0].rfind(dir.path("nope.jsonl"), 0), 0u) << errs[0];
  EXPECT_EQ(documents(missing.out).size(), 1u);
}

// A link loop inside a directory no longer aborts the run: it is reported as
// "path: reason", the rest is coded, and the run exits 2.
TEST(CliTest, DirectoryWithLinkLoopCodesTheRestAndExitsTwo) {
  TempDir dir;
  dir.file("in/a.txt", "date 2022-04-20 Mali received helicopters.");
  dir.file("in/sub/b.txt", "date 2022-04-21 France withdrew its troops.");
  fs::create_symlink("loop", dir.path("in/sub/loop"));
  fs::create_symlink(dir.path("in/gone.txt"), dir.path("in/dangling.txt"));
  Proc r = dyad(dir, "code -q '" + dir.path("in") + "'");
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_EQ(lines(r.err), (std::vector<std::string>{dir.path("in/dangling.txt") + ": dangling symbolic link",
                                                    dir.path("in/sub/loop") + ": symbolic link loop"}));
  auto docs = documents(r.out);
  ASSERT_EQ(docs.size(), 2u) << r.out;
  EXPECT_EQ(docs[0].doc_id, "a");
  EXPECT_EQ(docs[1].doc_id, "b");
}

// An unreadable subdirectory is reported and the run exits 2. Root reads every
// directory, so as root dyad runs as nobody (setpriv), which permissions bind.
TEST(CliTest, UnreadableSubdirectoryIsReported) {
  std::string prefix;
  if (::geteuid() == 0) {
    if (std::system("setpriv --reuid=65534 --regid=65534 --clear-groups true >/dev/null 2>&1") != 0)
      GTEST_SKIP() << "running as root without setpriv: cannot test permissions";
    prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups";
  }
  TempDir dir;
  dir.file("in/a.txt", "date 2022-04-20 Mali received helicopters.");
  dir.file("in/locked/b.txt", "date 2022-04-21 France withdrew its troops.");
  fs::permissions(dir.path("in/locked"), fs::perms::none);
  Proc r = dyad_as(dir, prefix, "code -q '" + dir.path("in") + "'");
  fs::permissions(dir.path("in/locked"), fs::perms::owner_all);
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_EQ(lines(r.err),
            (std::vector<std::string>{dir.path("in/locked") + ": cannot read directory: Permission denied"}));
  auto docs = documents(r.out);
  ASSERT_EQ(docs.size(), 1u) << r.out;
  EXPECT_EQ(docs[0].doc_id, "a");
}

// A failed write (here: a full disk) ends every writing command with a message
// on stderr and exit 3, never exit 0 with the output cut short.
TEST(CliTest, WriteErrorsAreFatal) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  TempDir dir;
  const std::string corpus = dir.file("corpus.jsonl", generated_corpus(60));
  const std::string store = dir.path("s.db");
  ASSERT_EQ(dyad(dir, "ingest -q --store '" + store + "' '" + corpus + "'").code, 0);
  const std::string kFull = "/dev/full";
  const std::vector<std::string> commands = {
      "code -q '" + corpus + "'",                         // large: fails while coding
      "code -q --format csv '" + dir.path("none") + "'",  // only a csv header: fails when flushed
      "code -q --format gdelt '" + corpus + "'",
      "query --store '" + store + "'",
      "query --store '" + store + "' --format csv",
      "query --store '" + store + "' --top actors",
      "export --store '" + store + "'",
      "export --store '" + store + "' --format gdelt",
      "store info --store '" + store + "'",
      "register -q '" + corpus + "'",
      "actors Russia delivered helicopters to Mali",
      "info",
  };
  for (const std::string& c : commands) {
    Proc r = dyad_as(dir, "", c, kFull);
    EXPECT_EQ(r.code, 3) << c << "\n" << r.err;
    EXPECT_NE(r.err.find("dyad: cannot write the output: No space left on device"), std::string::npos) << c << "\n"
                                                                                                       << r.err;
  }
  // The same commands into a file write their output and exit 0 or 2 (the missing input).
  EXPECT_EQ(dyad(dir, "query --store '" + store + "'").code, 0);
  EXPECT_EQ(dyad(dir, "code -q --format csv '" + dir.path("none") + "'").code, 2);
}

// Read-only commands on a store that does not exist (a mistyped path) fail with
// a plain message and exit 1; they create nothing.
TEST(CliTest, ReadOnlyCommandsOnAMissingStoreExitOneAndCreateNothing) {
  TempDir dir;
  const std::string typo = dir.path("typo.db");
  for (const std::string c : {"query", "export", "store info"}) {
    Proc r = dyad(dir, c + " --store '" + typo + "'");
    EXPECT_EQ(r.code, 1) << c << "\n" << r.err;
    EXPECT_EQ(r.err.rfind("dyad: no dyad store at " + typo + ": No such file or directory", 0), 0u) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_FALSE(fs::exists(typo)) << c;
  }
}

// `dyad serve` checks its store and address before it listens: bad usage, exit 1, nothing created.
TEST(CliTest, ServeOnAMissingStoreOrABadAddressExitsOne) {
  TempDir dir;
  const std::string typo = dir.path("typo.db");
  Proc r = dyad(dir, "serve --store '" + typo + "' --listen 127.0.0.1:0");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.err.rfind("dyad: no dyad store at " + typo, 0), 0u) << r.err;
  EXPECT_FALSE(fs::exists(typo));
  r = dyad(dir, "serve --store '" + typo + "' --listen nowhere");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.err, "dyad: --listen takes HOST:PORT (e.g. 127.0.0.1:8080), got nowhere\n");
}

// A full-text query that does not parse is bad usage: exit 1, one plain line, no SQL.
TEST(CliTest, TextQuerySyntaxErrorExitsOne) {
  TempDir dir;
  const std::string store = dir.path("s.db");
  ASSERT_EQ(dyad(dir, "ingest -q --store '" + store + "' '" + DYAD_SOURCE_DIR + "/examples'").code, 0);
  for (const std::string q : {"'\"unterminated'", "'NEAR('", "'mi-35'"}) {
    Proc r = dyad(dir, "query --store '" + store + "' --text " + q);
    EXPECT_EQ(r.code, 1) << q << "\n" << r.err;
    EXPECT_EQ(lines(r.err).size(), 1u) << r.err;
    EXPECT_NE(r.err.find("is not a valid full-text query"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("SELECT"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
  }
  Proc ok = dyad(dir, "query --store '" + store + "' --text 'helicopters' --format csv");
  EXPECT_EQ(ok.code, 0) << ok.err;
  EXPECT_GT(lines(ok.out).size(), 1u) << ok.out;
}

// Several `dyad ingest` processes started at once on a fresh store all succeed and
// store each document once (SQLite always; PostgreSQL too when DYAD_TEST_PG is set).
TEST(CliTest, ConcurrentIngestsIntoAFreshStore) {
  TempDir dir;
  const std::string corpus = dir.file("corpus.jsonl", generated_corpus(30));
  std::vector<std::string> stores = {dir.path("fresh.db")};
  const char* pg = std::getenv("DYAD_TEST_PG");
  std::string schema;
  if (pg && *pg) {
    schema = "dyad_cli_test_" + std::to_string(::getpid());
    pqxx::connection c(pg);
    pqxx::work w(c);
    w.exec("SET client_min_messages TO WARNING; DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema);
    w.commit();
    stores.push_back(std::string(pg) + (std::string(pg).find('?') == std::string::npos ? "?" : "&") +
                     "options=-csearch_path%3D" + schema);
  }
  constexpr int kProcesses = 6;
  for (const std::string& store : stores) {
    // Each process waits for the file `go`, so that they all start together.
    const std::string go = dir.path("go");
    fs::remove(go);
    std::string cmd;
    for (int i = 0; i < kProcesses; ++i)
      cmd += "(while [ ! -e '" + go + "' ]; do sleep 0.01; done; '" + std::string(DYAD_BINARY) +
             "' ingest -q --store '" + store + "' '" + corpus + "' >/dev/null 2>'" +
             dir.path("err." + std::to_string(i)) + "'; echo $? >'" + dir.path("rc." + std::to_string(i)) + "') & ";
    cmd += "sleep 0.2; touch '" + go + "'; wait\n";
    const std::string script = dir.file("ingest-all.sh", cmd);
    ASSERT_EQ(std::system(("bash '" + script + "'").c_str()), 0);
    for (int i = 0; i < kProcesses; ++i) {
      EXPECT_EQ(slurp(dir.path("rc." + std::to_string(i))), "0\n")
          << store << " process " << i << ": " << slurp(dir.path("err." + std::to_string(i)));
    }
    Proc info = dyad(dir, "store info --format csv --store '" + store + "'");
    EXPECT_EQ(info.code, 0) << info.err;
    EXPECT_NE(info.out.find(",2,30,"), std::string::npos) << info.out;  // schema 2, 30 documents
  }
  if (!schema.empty()) {
    pqxx::connection c(pg);
    pqxx::work w(c);
    w.exec("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    w.commit();
  }
}

TEST(CliTest, CsvAndGdeltFormats) {
  TempDir dir;
  const std::string f = dir.file("corpus.jsonl", generated_corpus(40));
  Proc csv = dyad(dir, "code -q --format csv '" + f + "'");
  EXPECT_EQ(csv.code, 0) << csv.err;
  auto csv_lines = lines(csv.out);
  ASSERT_FALSE(csv_lines.empty());
  EXPECT_EQ(csv_lines[0].rfind("doc_id,event_id,", 0), 0u) << csv_lines[0];

  Proc docs = dyad(dir, "code -q --format csv --table documents '" + f + "'");
  auto doc_lines = lines(docs.out);
  ASSERT_EQ(doc_lines.size(), 41u);
  EXPECT_EQ(doc_lines[0], "doc_id,date,sentences,events,transfers,warnings");
  EXPECT_EQ(doc_lines[1].rfind("gen-0,2022-01-01,", 0), 0u) << doc_lines[1];

  Proc gdelt = dyad(dir, "code -q --format gdelt '" + f + "'");
  EXPECT_EQ(gdelt.code, 0) << gdelt.err;
  EXPECT_FALSE(gdelt.out.empty());
  for (const auto& l : lines(gdelt.out)) {
    size_t tabs = 0;
    for (char c : l) tabs += c == '\t';
    EXPECT_EQ(tabs, 60u) << l;
  }
}

}  // namespace
}  // namespace dyad
