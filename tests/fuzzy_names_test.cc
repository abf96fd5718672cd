// Misspelt country names and nationalities ("Isreal", "Ethopia", "Afganistan"): the
// FuzzyNames index on its own, then through the whole Pipeline on the embedded data,
// where a misspelt name must act exactly as the well-spelt one and say so in its entry.
#include "dyad/fuzzy_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/pipeline_impl.h"
#include "dyad/actors.h"
#include "dyad/data.h"
#include "dyad/document.h"
#include "dyad/pipeline.h"
#include "testing.h"

namespace dyad {
namespace {

// ---- The edit distance and the index ----

TEST(SingleEdit, OneEditOfEachKind) {
  EXPECT_EQ(single_edit("ethiopia", "ethopia"), Edit::kDeletion);
  EXPECT_EQ(single_edit("morocco", "morrocco"), Edit::kInsertion);
  EXPECT_EQ(single_edit("israel", "isreal"), Edit::kTransposition);
  EXPECT_EQ(single_edit("greece", "greene"), Edit::kSubstitution);
  EXPECT_EQ(single_edit("israel", "israel"), Edit::kNone);
  EXPECT_EQ(single_edit("israel", "isarle"), Edit::kNone);  // two transpositions
  EXPECT_EQ(single_edit("ethiopia", "ethopya"), Edit::kNone);
  EXPECT_EQ(single_edit("kenya", "kenyans"), Edit::kNone);
  EXPECT_EQ(single_edit("ab", "ba"), Edit::kTransposition);
  EXPECT_EQ(single_edit("", "a"), Edit::kInsertion);
}

FuzzyNames names(const std::vector<std::pair<const char*, uint32_t>>& list) {
  FuzzyNames f;
  for (const auto& [name, value] : list) f.add(name, value);
  f.build();
  return f;
}

TEST(FuzzyNames, FindsTheOneNameOneEditAway) {
  const FuzzyNames f = names({{"israel", 1}, {"israeli", 2}, {"ethiopia", 3}, {"afghanistan", 4}});
  uint32_t value = 0;
  std::string_view name;
  ASSERT_TRUE(f.find("isreal", &value, &name));
  EXPECT_EQ(value, 1u);
  EXPECT_EQ(name, "israel");
  ASSERT_TRUE(f.find("isreali", &value, &name));
  EXPECT_EQ(value, 2u);
  ASSERT_TRUE(f.find("ethopia", &value, &name));
  EXPECT_EQ(value, 3u);
  ASSERT_TRUE(f.find("afganistan", &value, &name));
  EXPECT_EQ(value, 4u);
  EXPECT_FALSE(f.find("israel", &value, &name)) << "the name itself is no misspelling";
  EXPECT_FALSE(f.find("ethopya", &value, &name)) << "two edits";
  EXPECT_FALSE(f.find("isr4el", &value, &name)) << "not letters";
  EXPECT_FALSE(f.find("Isreal", &value, &name)) << "words are folded";
}

TEST(FuzzyNames, AmbiguousWordsMatchNothing) {
  const FuzzyNames f = names({{"iceland", 1}, {"ireland", 2}, {"argentinian", 3}, {"argentinean", 3}});
  uint32_t value = 0;
  std::string_view name;
  EXPECT_FALSE(f.find("ieland", &value, &name)) << "Iceland or Ireland";
  // Two names with one value are one name: "argentinan" is one letter from both.
  ASSERT_TRUE(f.find("argentinan", &value, &name));
  EXPECT_EQ(value, 3u);
  const FuzzyNames g = names({{"argentinian", 3}, {"argentinean", 4}});
  EXPECT_FALSE(g.find("argentinan", &value, &name));
}

TEST(FuzzyNames, ShortNamesAndWordsNeverMatch) {
  const FuzzyNames f = names({{"mali", 1}, {"iran", 2}, {"iraq", 3}, {"malian", 4}});
  uint32_t value = 0;
  std::string_view name;
  EXPECT_FALSE(f.find("malik", &value, &name));
  EXPECT_FALSE(f.find("malli", &value, &name));
  EXPECT_FALSE(f.find("irann", &value, &name));
  EXPECT_FALSE(f.find("maloan", &value, &name)) << "a replaced letter";
  EXPECT_TRUE(f.find("maliaan", &value, &name));
}

TEST(FuzzyNames, FirstAndLastLettersAndEndingsStay) {
  const FuzzyNames f = names({{"russia", 1}, {"liberia", 2}, {"mongolia", 3}, {"mexicans", 4}, {"taiwan", 5}});
  uint32_t value = 0;
  std::string_view name;
  EXPECT_FALSE(f.find("prussia", &value, &name)) << "another first letter";
  EXPECT_FALSE(f.find("iberia", &value, &name)) << "another first letter";
  EXPECT_FALSE(f.find("russias", &value, &name)) << "another last letter";
  EXPECT_FALSE(f.find("mongolica", &value, &name)) << "a letter too many before the last";
  EXPECT_FALSE(f.find("mexicanos", &value, &name)) << "a letter too many before the last";
  EXPECT_TRUE(f.find("mongola", &value, &name)) << "a letter missing before the last";
  EXPECT_TRUE(f.find("tawian", &value, &name));
}

// ---- Through the pipeline ----

using test::pipeline;

Document analyse(const std::string& text) {
  return test::analyse(text, "2023-10-12");
}

std::string describe(const Document& doc) {
  std::string out;
  for (const ActorMention& m : doc.actors)
    out += "  [" + m.actor.text + "] " + m.actor.code + (m.place ? " (place)" : "") + " " + m.entry + "\n";
  for (const Event& e : doc.events)
    out += "  event " + e.cameo + " " + e.source.code + " -> " + (e.target ? e.target->code : "-") + "\n";
  return out.empty() ? "  (nothing)\n" : out;
}

// The mention overlapping the first occurrence of `phrase`, or nullptr.
const ActorMention* mention_at(const Document& doc, const std::string& phrase) {
  const size_t at = doc.text.find(phrase);
  if (at == std::string::npos) return nullptr;
  for (const ActorMention& m : doc.actors)
    if (m.span.start < at + phrase.size() && m.span.end > at) return &m;
  return nullptr;
}

// A sentence with a misspelt name, and the same sentence with the name well spelt: the
// same mentions (but for their entries, which say what was guessed) and the same events.
struct Pair {
  const char* text;
  const char* wrong;   // the misspelt word in `text`
  const char* right;   // the name it stands for
  const char* phrase;  // in `text`
  const char* code;    // expected for the mention there; "@": a place
};

void PrintTo(const Pair& p, std::ostream* os) {
  *os << '"' << p.text << '"';
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

class Misspelt : public ::testing::TestWithParam<Pair> {};

TEST_P(Misspelt, ActsAsTheWellSpeltName) {
  const Pair& p = GetParam();
  const Document bad = analyse(p.text), good = analyse(replace_all(p.text, p.wrong, p.right));
  const ActorMention* m = mention_at(bad, p.phrase);
  ASSERT_NE(m, nullptr) << "no actor for \"" << p.phrase << "\"\n" << describe(bad);
  if (std::string(p.code) == "@") {
    EXPECT_TRUE(m->place) << describe(bad);
  } else {
    EXPECT_FALSE(m->place) << describe(bad);
    EXPECT_EQ(m->actor.code, p.code) << describe(bad);
  }
  const std::string note = "fuzzy \"" + std::string(p.wrong) + "\" ~ \"" + p.right + "\"; actors/countries.dict:";
  EXPECT_EQ(m->entry.rfind(note, 0), 0u) << m->entry;

  ASSERT_EQ(bad.actors.size(), good.actors.size()) << "misspelt:\n" << describe(bad) << "correct:\n" << describe(good);
  for (size_t k = 0; k < bad.actors.size(); ++k) {
    const ActorMention &x = bad.actors[k], &y = good.actors[k];
    EXPECT_EQ(x.first_token, y.first_token);
    EXPECT_EQ(x.end_token, y.end_token);
    EXPECT_EQ(x.actor.code, y.actor.code) << x.actor.text;
    EXPECT_EQ(x.actor.name, y.actor.name) << x.actor.text;
    EXPECT_EQ(x.place, y.place) << x.actor.text;
    EXPECT_EQ(x.person, y.person) << x.actor.text;
    const std::string entry = x.entry.rfind(note, 0) == 0 ? x.entry.substr(x.entry.find("; ") + 2) : x.entry;
    EXPECT_EQ(replace_all(entry, p.wrong, p.right), y.entry) << x.actor.text;
  }
  ASSERT_EQ(bad.events.size(), good.events.size()) << "misspelt:\n" << describe(bad) << "correct:\n" << describe(good);
  for (size_t k = 0; k < bad.events.size(); ++k) {
    const Event &x = bad.events[k], &y = good.events[k];
    EXPECT_EQ(x.cameo, y.cameo);
    EXPECT_EQ(x.plover_type, y.plover_type);
    EXPECT_EQ(x.source.code, y.source.code);
    EXPECT_EQ(x.target.has_value(), y.target.has_value());
    if (x.target && y.target) {
      EXPECT_EQ(x.target->code, y.target->code);
    }
  }
}

const Pair kMisspelt[] = {
    // As subject.
    {"Isreal will evacuate its citizens from southern Lebanon by Friday.", "Isreal", "Israel", "Isreal", "ISR"},
    {"Ethopia has agreed to resume talks with Egypt over the dam.", "Ethopia", "Ethiopia", "Ethopia", "ETH"},
    {"Bangaldesh accused Myanmar of shelling villages along the border.", "Bangaldesh", "Bangladesh", "Bangaldesh",
     "BGD"},
    // As object.
    {"The ministers turned down an offer from Afganistan to mediate.", "Afganistan", "Afghanistan", "Afganistan",
     "AFG"},
    {"Kenya signed a trade agreement with Tanazania on Monday.", "Tanazania", "Tanzania", "Tanazania", "TZA"},
    {"Egypt condemned Ethopia over the filling of the reservoir.", "Ethopia", "Ethiopia", "Ethopia", "ETH"},
    // Nationalities.
    {"Isreali troops opened fire on demonstrators near the fence.", "Isreali", "Israeli", "Isreali troops", "ISRMIL"},
    {"The Norweigan foreign minister arrived in Kabul on Sunday.", "Norweigan", "Norwegian", "Norweigan", "NORGOV"},
    {"Police arrested two Paksitanis at the airport.", "Paksitanis", "Pakistanis", "Paksitanis", "PAK"},
    // Possessive, a role after it.
    {"Isreal's government approved the ceasefire late on Thursday.", "Isreal", "Israel", "Isreal's government",
     "ISRGOV"},
    // A place.
    {"Heavy fighting was reported in Isreal overnight.", "Isreal", "Israel", "Isreal", "@"},
    // After a linker.
    {"The president of Ethopia met Kenyan officials in Nairobi.", "Ethopia", "Ethiopia", "president of Ethopia",
     "ETHGOV"},
};
INSTANTIATE_TEST_SUITE_P(Pipeline, Misspelt, ::testing::ValuesIn(kMisspelt));

// Words that must stay what they are.
struct Left {
  const char* text;
  const char* word;
};

void PrintTo(const Left& l, std::ostream* os) {
  *os << '"' << l.word << "\" in \"" << l.text << '"';
}

class NotMisspelt : public ::testing::TestWithParam<Left> {};

TEST_P(NotMisspelt, NoFuzzyMatch) {
  const Left& l = GetParam();
  const Document doc = analyse(l.text);
  ASSERT_NE(doc.text.find(l.word), std::string::npos);
  const ActorMention* m = mention_at(doc, l.word);
  EXPECT_EQ(m, nullptr) << describe(doc);
  for (const ActorMention& a : doc.actors) EXPECT_EQ(a.entry.find("fuzzy"), std::string::npos) << describe(doc);
}

const Left kNotMisspelt[] = {
    // One edit from two countries.
    {"Ieland has rejected the proposal.", "Ieland"},           // Iceland, Ireland
    {"Hundreds of Nigerins crossed the border.", "Nigerins"},  // Nigeriens, Nigerians
    // Short names are never guessed.
    {"Malik Ahmed told reporters the talks had failed.", "Malik"},  // Mali
    {"Irak said it would reopen the crossing.", "Irak"},            // Iraq, Iran
    {"Malli has closed its embassy.", "Malli"},
    // Two edits away.
    {"Ethopya has signed the agreement.", "Ethopya"},
    {"Isabel Santos criticised the ruling party.", "Isabel"},
    // A letter replaced: another name far more often than a slip.
    {"Greene wrote about Vietnam.", "Greene"},
    {"Kenyon said the deal was off.", "Kenyon"},
    // English words (WordNet) near a name.
    {"Hungry families queued for bread in the capital.", "Hungry"},
    {"Surname changes must be registered.", "Surname"},
    {"Turnkey contracts were awarded to three firms.", "Turnkey"},
    // Plurals and possessives of a known word.
    {"The summit of the Americas opened on Friday.", "Americas"},
    // Places of the gazetteer.
    {"Riots broke out in Brixton on Saturday.", "Brixton"},
    // Names: after a given name, here or earlier in the document, or before another name.
    {"Shares rose, Alfred Brittain said. Brittain said the bank would hire staff.", "Brittain said the"},
    {"Britton Lee Inc said profits rose.", "Britton"},
    // Not capitalised, or all capitals.
    {"he wrote isreal instead of israel.", "isreal"},
    {"ISREAL WILL EVACUATE CITIZENS", "ISREAL"},
};
INSTANTIATE_TEST_SUITE_P(Pipeline, NotMisspelt, ::testing::ValuesIn(kNotMisspelt));

// A word the pipeline knows is never taken for a misspelling, even when it is one edit from
// a name: every such word of the vocabulary, capitalised at the start of a sentence.
TEST(FuzzyPipeline, KnownWordsNeverMatch) {
  const Pipeline::Impl& p = pipeline().impl();
  size_t near = 0;
  for (uint32_t id = 1; id < p.vocab.size(); ++id) {
    const std::string_view w = p.vocab.word(id);
    std::string_view alias;
    if (!p.actors.match_fuzzy(w, &alias)) continue;
    ++near;
    std::string text(w);
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
    const Document doc = analyse(text + " was mentioned in the report.");
    ASSERT_NE(doc.tokens[0].word, 0u) << text;
    for (const ActorMention& a : doc.actors) EXPECT_EQ(a.entry.find("fuzzy"), std::string::npos) << describe(doc);
  }
  EXPECT_GT(near, 0u) << "no vocabulary word near a name: the test checks nothing";
}

TEST(FuzzyPipeline, ExplainNamesTheGuess) {
  const Document doc = analyse("Ethopia accused Eritrea of shelling border towns.");
  ASSERT_FALSE(doc.events.empty()) << describe(doc);
  const Event& e = doc.events.front();
  EXPECT_EQ(e.source.code, "ETH");
  bool found = false;
  for (const std::string& x : e.explain)
    found = found || x.find("fuzzy \"Ethopia\" ~ \"Ethiopia\"") != std::string::npos;
  EXPECT_TRUE(found) << "explain does not show the guess";
}

}  // namespace
}  // namespace dyad
