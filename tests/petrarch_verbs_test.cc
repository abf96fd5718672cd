// PETRARCH verb dictionary import (library and `dyad lexicon import --format petrarch-verbs`), on
// snippets and a fixture (tests/fixtures/petrarch/verbs.txt) written for these tests.
#include "dyad/petrarch_verbs.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/data.h"
#include "dyad/events.h"
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

std::string fixture() {
  return std::string(DYAD_SOURCE_DIR) + "/tests/fixtures/petrarch/verbs.txt";
}

VerbImportOptions options() {
  VerbImportOptions o;
  const std::set<std::string> codes = {"040", "042", "046", "073", "111", "112", "154", "190"};
  o.valid_code = [codes](std::string_view c) { return codes.count(std::string(c)) > 0; };
  o.verb_flag = false;
  return o;
}

// The lines without their trailing `# file:line` comments.
std::vector<std::string> patterns(const VerbImportResult& r) {
  std::vector<std::string> out;
  for (const std::string& l : r.lines) out.push_back(l.substr(0, l.find("  #")));
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

TEST(PetrarchVerbs, SynonymsSynsetsAndSlots) {
  const VerbImportResult r = import_petrarch_verbs(slurp(fixture()), "verbs.txt", options());
  const auto p = patterns(r);
  // Every pattern applies to every verb of its block: one-word verbs share a trigger, a
  // multi-word verb gets its own line; a synset's one-word phrases are alternatives, each
  // multi-word phrase a pattern of its own; `+` is the target.
  EXPECT_TRUE(has(p, "073 | hurry/hasten bread/rice to TGT")) << testing::PrintToString(p);
  EXPECT_TRUE(has(p, "073 | send off bread/rice to TGT"));
  EXPECT_TRUE(has(p, "073 | hurry/hasten baby formula to TGT"));
  // "(TO)" is "to" and a noun phrase; `{…}` a phrase of consecutive words; [a:b] written a.
  EXPECT_TRUE(has(p, "046 | hurry/hasten to ... for peace talks"));
  // `$` before the verb is its subject (the source anyway); `^` a gap; "BY/WITH" alternatives.
  EXPECT_TRUE(has(p, "042 | hurry/hasten along ... by/with TGT"));
  // A verb's own code, else its block's: the verb needs its object.
  EXPECT_TRUE(has(p, "111 | upbraid TGT"));
  EXPECT_TRUE(has(p, "112 | chastise TGT"));
  // Lines name where they come from.
  EXPECT_NE(std::find(r.lines.begin(), r.lines.end(), "111 | upbraid TGT  # verbs.txt:31"), r.lines.end());
  // Every line is a pattern dyad compiles.
  Vocabulary vocab;
  for (const std::string& l : p) {
    Pattern pat;
    std::string err;
    EXPECT_TRUE(compile_pattern(l.substr(l.find(" | ") + 3), vocab, pat, &err)) << l << ": " << err;
  }
  EXPECT_EQ(r.blocks, 2u);
  EXPECT_EQ(r.verbs, 5u);
  EXPECT_EQ(r.multiword, 1u);
  EXPECT_EQ(r.synsets, 2u);
  EXPECT_EQ(r.patterns, 14u);
  EXPECT_EQ(r.rules, 1u);
  EXPECT_EQ(r.reciprocal, 1u);
  EXPECT_EQ(r.converted, 4u);
  EXPECT_EQ(r.converted_verb_codes, 2u);
}

TEST(PetrarchVerbs, SkipsWhatDyadCannotSayByReason) {
  const VerbImportResult r = import_petrarch_verbs(slurp(fixture()), "verbs.txt", options());
  const auto p = patterns(r);
  auto skipped = [&](const std::string& prefix) {
    size_t n = 0;
    for (const auto& [why, k] : r.skipped)
      if (why.starts_with(prefix)) n += k;
    return n;
  };
  EXPECT_EQ(skipped("words before the verb"), 1u);  // TROOPS * (TO BORDER)
  EXPECT_EQ(skipped("reverse-only code"), 1u);      // [:190]
  EXPECT_EQ(skipped("null code"), 1u);              // [---]
  EXPECT_EQ(skipped("compound-actor marker"), 1u);  // %
  EXPECT_EQ(skipped("undefined synset"), 1u);
  EXPECT_EQ(skipped("code dyad codes no event for"), 1u);  // [999]
  // "*ANGRILY" (the verb marker glued to a word) and "[080!]": defects, with a warning each.
  EXPECT_EQ(skipped("malformed line"), 2u);
  // DECISION coded 111 and 112 for the same verbs: neither.
  EXPECT_EQ(skipped("conflicting codes"), 2u);
  EXPECT_FALSE(std::any_of(p.begin(), p.end(), [](const std::string& l) { return l.find("decision") != l.npos; }));
  EXPECT_FALSE(std::any_of(p.begin(), p.end(), [](const std::string& l) { return l.find("troops") != l.npos; }));
  std::string warnings;
  for (const std::string& w : r.warnings) warnings += w + "\n";
  EXPECT_NE(warnings.find("verbs.txt:25: '*' joined to a word: *ANGRILY"), std::string::npos) << warnings;
  EXPECT_NE(warnings.find("verbs.txt:36: bad code [080!]"), std::string::npos) << warnings;
  EXPECT_NE(warnings.find("verbs.txt:27: undefined synset &UNDEFINED_SET"), std::string::npos) << warnings;
}

TEST(PetrarchVerbs, KnownTriggersAndOriginVerbs) {
  VerbImportOptions o = options();
  o.known_triggers = {"hasten", "send"};
  VerbImportResult r = import_petrarch_verbs(slurp(fixture()), "verbs.txt", o);
  auto p = patterns(r);
  EXPECT_TRUE(has(p, "073 | hurry bread/rice to TGT")) << testing::PrintToString(p);
  EXPECT_FALSE(std::any_of(p.begin(), p.end(), [](const std::string& l) { return l.find("send") != l.npos; }));
  EXPECT_GT(r.known_pairs, 0u);

  o = options();
  o.origin_verb_only = true;
  o.verb_codes = false;
  r = import_petrarch_verbs(slurp(fixture()), "verbs.txt", o);
  p = patterns(r);
  // Each pattern for the verb its comment names only; no `verb TGT` lines.
  EXPECT_TRUE(has(p, "073 | hurry bread/rice to TGT")) << testing::PrintToString(p);
  EXPECT_TRUE(has(p, "046 | hasten to ... for peace talks"));
  EXPECT_FALSE(has(p, "111 | upbraid TGT"));
  // Now DECISION is 111 for UPBRAID and 112 for CHASTISE: no conflict.
  EXPECT_TRUE(has(p, "111 | upbraid decision"));
  EXPECT_TRUE(has(p, "112 | chastise decision"));
}

TEST(PetrarchVerbs, SynsetLimitAndPhraseVerbs) {
  std::string text = "&A\n+X1 Y\n+X2 Y\n+X3 Y\n&B\n+Z1 W\n+Z2 W\n+Z3 W\n---  GO  [---]  ---\n+SET_OUT [042]\n";
  text += "- * &A &B [042]  # SET_OUT\n- * &A [046]  # SET_OUT\n";
  VerbImportOptions o = options();
  o.max_expansions = 4;
  const VerbImportResult r = import_petrarch_verbs(text, "t.txt", o);
  const auto p = patterns(r);
  EXPECT_EQ(r.skipped.at("synsets expand into too many patterns"), 1u);
  EXPECT_TRUE(has(p, "046 | set out x1 y")) << testing::PrintToString(p);
  EXPECT_TRUE(has(p, "042 | set out TGT"));
  EXPECT_EQ(r.converted, 1u);
}

// Imported lines load beside dyad's own from `events/petrarch-*.pat`: their triggers index
// patterns, but only dyad's own triggers count as another predicate for the coder.
TEST(PetrarchVerbs, ImportedPatternsLoad) {
  const VerbImportResult r = import_petrarch_verbs(slurp(fixture()), "verbs.txt", options());
  const fs::path dir = fs::temp_directory_path() / ("dyad-verbs-" + std::to_string(::getpid()));
  fs::create_directories(dir / "events");
  {
    std::ofstream own(dir / "events" / "own.pat");
    own << "111 | upbraid TGT for\n";
    std::ofstream imported(dir / "events" / "petrarch-verbs.pat");
    for (const std::string& l : r.lines) imported << l << "\n";
  }
  const Data data = Data::from_directory(dir.string());
  Vocabulary vocab;
  PatternSet set;
  std::vector<std::string> errors;
  set.load(data, "events/", vocab, &errors, [](const std::string&) { return true; });
  EXPECT_TRUE(errors.empty()) << testing::PrintToString(errors);
  EXPECT_EQ(set.size(), r.lines.size() + 1);
  const uint32_t hurry = vocab.find("hurry"), upbraid = vocab.find("upbraid");
  ASSERT_TRUE(set.for_trigger(hurry));
  EXPECT_FALSE(set.own_trigger(hurry));
  EXPECT_TRUE(set.own_trigger(upbraid));
  // dyad's own pattern comes first: it is longer, and of the same length it would come first by file order.
  const std::vector<uint32_t>* list = set.for_trigger(upbraid);
  ASSERT_TRUE(list);
  EXPECT_FALSE(set.pattern(list->front()).imported);
  EXPECT_TRUE(set.pattern(list->back()).imported);
  EXPECT_FALSE(set.verb_trigger(hurry));
  fs::remove_all(dir);
}

// By default every line is flagged `verb`: the trigger must be a verb by the parse, which the
// pipeline then runs on sentences with such a trigger.
TEST(PetrarchVerbs, VerbFlag) {
  VerbImportOptions o = options();
  o.verb_flag = true;
  const VerbImportResult r = import_petrarch_verbs(slurp(fixture()), "verbs.txt", o);
  ASSERT_FALSE(r.lines.empty());
  for (const std::string& l : r.lines) EXPECT_NE(l.find(" | verb  # verbs.txt:"), std::string::npos) << l;
  const fs::path dir = fs::temp_directory_path() / ("dyad-verbs-flag-" + std::to_string(::getpid()));
  fs::create_directories(dir / "events");
  {
    std::ofstream imported(dir / "events" / "petrarch-verbs.pat");
    for (const std::string& l : r.lines) imported << l << "\n";
  }
  Vocabulary vocab;
  PatternSet set;
  std::vector<std::string> errors;
  set.load(Data::from_directory(dir.string()), "events/", vocab, &errors, [](const std::string&) { return true; });
  EXPECT_TRUE(errors.empty()) << testing::PrintToString(errors);
  const uint32_t hurry = vocab.find("hurry");
  EXPECT_TRUE(set.verb_trigger(hurry));
  ASSERT_TRUE(set.for_trigger(hurry));
  EXPECT_TRUE(set.pattern(set.for_trigger(hurry)->front()).verb);
  fs::remove_all(dir);
}

// The command line: .pat lines on stdout, the counts by reason on stderr.
struct Proc {
  int code = -1;
  std::string out, err;
};

Proc run(const std::string& args) {
  const fs::path dir = fs::temp_directory_path();
  const std::string id = std::to_string(::getpid()) + "-" + std::to_string(std::rand());
  const std::string out = (dir / ("dyad-verbs-out-" + id)).string(), err = (dir / ("dyad-verbs-err-" + id)).string();
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

TEST(LexiconImportCli, ConvertsVerbs) {
  const Proc p = run("lexicon import --format petrarch-verbs '" + fixture() + "'");
  EXPECT_EQ(p.code, 2) << p.err;  // some patterns not converted
  // Flagged `verb`: the trigger must be a verb by the parse.
  EXPECT_NE(p.out.find("\n073 | hurry/hasten bread/rice to TGT | verb  # verbs.txt:19\n"), std::string::npos) << p.out;
  // dyad's own patterns code "send": the imported "send off" is left to them.
  EXPECT_EQ(p.out.find("send off"), std::string::npos) << p.out;
  EXPECT_NE(p.err.find("read 2 verb blocks, 5 verbs (1 multi-word), 2 synsets (4 phrases), 14 patterns"),
            std::string::npos)
      << p.err;
  EXPECT_NE(p.err.find("words before the verb"), std::string::npos) << p.err;
  EXPECT_NE(p.err.find("verbs.txt:25: '*' joined to a word"), std::string::npos) << p.err;
  const Proc all = run("lexicon import --format petrarch-verbs --no-known '" + fixture() + "'");
  EXPECT_NE(all.out.find("send off"), std::string::npos) << all.out;
}

}  // namespace
}  // namespace dyad
