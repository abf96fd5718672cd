// Tokenisation, folding and sentence segmentation on news wording.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dyad/data.h"
#include "dyad/document.h"
#include "dyad/text.h"

namespace dyad {
namespace {

const SegmentationRules& rules() {
  static const SegmentationRules r = [] {
    static const Data data = Data::embedded();
    std::vector<std::string> errors;
    SegmentationRules loaded = SegmentationRules::load(data, &errors);
    EXPECT_TRUE(errors.empty()) << errors.front();
    return loaded;
  }();
  return r;
}

// Tokenises and segments `text`, checking every span against the original bytes.
Document analyse(const std::string& text) {
  Document doc;
  doc.text = text;
  tokenize(doc);
  segment(doc, rules());
  uint32_t prev_end = 0;
  for (const Token& t : doc.tokens) {
    EXPECT_LT(t.span.start, t.span.end);
    EXPECT_GE(t.span.start, prev_end) << "tokens overlap or go backwards";
    EXPECT_LE(t.span.end, doc.text.size());
    prev_end = t.span.end;
    const std::string_view s = doc.surface(t);
    EXPECT_EQ(s, std::string_view(doc.text).substr(t.span.start, t.span.size()));
    EXPECT_EQ(s.find_first_of(" \t\n\r"), std::string_view::npos) << "white space inside token '" << s << "'";
    EXPECT_LE(t.norm_off + t.norm_len, doc.norm_buffer.size());
    EXPECT_FALSE(doc.norm(t).empty());
  }
  // Sentences partition the tokens, in order, and their spans match their tokens.
  uint32_t next = 0;
  for (const Sentence& s : doc.sentences) {
    EXPECT_EQ(s.first_token, next);
    EXPECT_LT(s.first_token, s.end_token);
    EXPECT_LE(s.end_token, doc.tokens.size());
    if (s.first_token < s.end_token && s.end_token <= doc.tokens.size()) {
      EXPECT_EQ(s.span.start, doc.tokens[s.first_token].span.start);
      EXPECT_EQ(s.span.end, doc.tokens[s.end_token - 1].span.end);
    }
    EXPECT_LE(s.span.end, doc.text.size());
    next = s.end_token;
  }
  EXPECT_EQ(next, doc.tokens.size());
  return doc;
}

std::vector<std::string> surfaces(const Document& doc) {
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.emplace_back(doc.surface(t));
  return out;
}

std::vector<std::string> norms(const Document& doc) {
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.emplace_back(doc.norm(t));
  return out;
}

std::vector<std::string> sentences(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.surface(s.span));
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += "[" + x + "]";
  return s;
}

// The token whose surface is `s`, or nullptr.
const Token* find(const Document& doc, std::string_view s) {
  for (const Token& t : doc.tokens)
    if (doc.surface(t) == s) return &t;
  return nullptr;
}

#define EXPECT_TOKEN(doc, s) EXPECT_NE(find(doc, s), nullptr) << "no token '" << (s) << "' in " << join(surfaces(doc))

using V = std::vector<std::string>;

// ---------------------------------------------------------------- titles and abbreviations

TEST(SegmentTest, GeneralTitleDoesNotEndSentence) {
  Document d = analyse("Gen. Assimi Goita received the delegation in Bamako on Tuesday.");
  EXPECT_EQ(d.sentences.size(), 1u) << join(sentences(d));
  EXPECT_EQ(surfaces(d)[0], "Gen");
  EXPECT_EQ(surfaces(d)[1], ".");
}

TEST(SegmentTest, LieutenantColonelDoubleTitle) {
  Document d = analyse("Lt. Col. Abdoulaye Maiga read the statement on state television. He did not take questions.");
  EXPECT_EQ(sentences(d),
            (V{"Lt. Col. Abdoulaye Maiga read the statement on state television.", "He did not take questions."}));
}

TEST(SegmentTest, MisterAndDoctor) {
  Document d = analyse("Mr. Lavrov met Dr. Diop in Moscow. The talks lasted three hours.");
  EXPECT_EQ(sentences(d), (V{"Mr. Lavrov met Dr. Diop in Moscow.", "The talks lasted three hours."}));
}

TEST(SegmentTest, MrsAndProf) {
  Document d = analyse("Mrs. Traore and Prof. Keita signed the appeal, which was published on Monday.");
  EXPECT_EQ(d.sentences.size(), 1u) << join(sentences(d));
}

TEST(SegmentTest, StackedMilitaryRanks) {
  Document d =
      analyse("Lt. Gen. Sergei Rudskoy and Maj. Gen. Igor Konashenkov briefed reporters. Both declined to comment.");
  EXPECT_EQ(d.sentences.size(), 2u) << join(sentences(d));
}

TEST(SegmentTest, UnitedStatesKeptWholeMidSentence) {
  Document d = analyse("The U.S. State Department said on Monday that it was concerned.");
  EXPECT_TOKEN(d, "U.S.");
  EXPECT_EQ(d.sentences.size(), 1u) << join(sentences(d));
  const Token* us = find(d, "U.S.");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(d.norm(*us), "u.s.");
  EXPECT_TRUE(us->has(kWord));
}

TEST(SegmentTest, UnitedStatesThenSentenceStarterBreaks) {
  Document d = analyse("The sanctions were imposed by the U.S. The measures took effect at midnight.");
  EXPECT_EQ(sentences(d), (V{"The sanctions were imposed by the U.S.", "The measures took effect at midnight."}));
}

TEST(SegmentTest, UnitedStatesInsideQuoteThenStarterBreaks) {
  Document d = analyse("\"The rifles came from the U.S.\" The minister did not elaborate.");
  EXPECT_EQ(sentences(d), (V{"\"The rifles came from the U.S.\"", "The minister did not elaborate."}));
}

TEST(SegmentTest, UnitedStatesInsideQuoteThenSaidContinues) {
  Document d = analyse("\"We buy nothing from the U.S.\" he said on Monday.");
  EXPECT_EQ(d.sentences.size(), 1u) << join(sentences(d));
}

TEST(SegmentTest, UnitedStatesFollowedByNameDoesNotBreak) {
  Document d = analyse("He met U.S. Secretary of State Antony Blinken in Brussels.");
  EXPECT_EQ(d.sentences.size(), 1u) << join(sentences(d));
}

TEST(SegmentTest, UnitedNationsAndUnitedKingdom) {
  Document d = analyse("The U.N. mission and the U.K. embassy issued a joint statement.");
  EXPECT_TOKEN(d, "U.N.");
  EXPECT_TOKEN(d, "U.K.");
  EXPECT_EQ(d.sentences.size(), 1u);
}

TEST(SegmentTest, MilAbbreviationBeforeDesignation) {
  Document d = analyse("Mali took delivery of two Mil. Mi-35B combat helicopters at Bamako airport.");
  EXPECT_EQ(d.sentences.size(), 1u) << join(sentences(d));
  EXPECT_TOKEN(d, "Mil");
  EXPECT_TOKEN(d, "Mi-35B");
}

TEST(SegmentTest, NumberAbbreviationBeforeNumber) {
  Document d = analyse("The prime minister left No. 10 Downing Street shortly after noon.");
  EXPECT_EQ(d.sentences.size(), 1u) << join(sentences(d));
  EXPECT_TOKEN(d, "10");
}

TEST(SegmentTest, MonthAbbreviationBeforeDay) {
  Document d = analyse("On Jan. 5 the junta expelled the French ambassador. Paris protested.");
  EXPECT_EQ(sentences(d), (V{"On Jan. 5 the junta expelled the French ambassador.", "Paris protested."}));
}

TEST(SegmentTest, MonthAbbreviationAtSentenceEndBreaks) {
  Document d = analyse("The elections were postponed until Feb. The opposition rejected the decision.");
  EXPECT_EQ(d.sentences.size(), 2u) << join(sentences(d));
}

TEST(SegmentTest, SeptemberAbbreviation) {
  Document d = analyse("The contract was signed on Sept. 30, 2021, in Moscow.");
  EXPECT_EQ(d.sentences.size(), 1u) << join(sentences(d));
}

TEST(SegmentTest, IncFollowedByVerbContinues) {
  Document d = analyse("Lockheed Martin Inc. said it would deliver the aircraft in 2024.");
  EXPECT_EQ(d.sentences.size(), 1u) << join(sentences(d));
}

TEST(SegmentTest, IncFollowedByStarterBreaks) {
  Document d = analyse("The radars were built by Almaz-Antey Inc. The company is under sanctions.");
  EXPECT_EQ(sentences(d), (V{"The radars were built by Almaz-Antey Inc.", "The company is under sanctions."}));
  EXPECT_TOKEN(d, "Almaz-Antey");
}

TEST(SegmentTest, SaintAbbreviation) {
  Document d = analyse("The summit opened in St. Petersburg on Thursday.");
  EXPECT_EQ(d.sentences.size(), 1u);
}

TEST(SegmentTest, MiddleInitial) {
  Document d = analyse("Vladimir V. Putin signed the decree on Friday. It takes effect immediately.");
  EXPECT_EQ(sentences(d), (V{"Vladimir V. Putin signed the decree on Friday.", "It takes effect immediately."}));
  EXPECT_TOKEN(d, "V");
}

TEST(SegmentTest, TwoInitials) {
  Document d = analyse("The report was written by J. R. Smith of the institute.");
  EXPECT_EQ(d.sentences.size(), 1u) << join(sentences(d));
}

TEST(SegmentTest, LatinAbbreviationsKeptWhole) {
  Document d = analyse("Light weapons, e.g. rifles and mortars, were seized at 10 a.m. on Tuesday.");
  EXPECT_TOKEN(d, "e.g.");
  EXPECT_TOKEN(d, "a.m.");
  EXPECT_EQ(d.sentences.size(), 1u) << join(sentences(d));
}

TEST(SegmentTest, TimeAbbreviationThenStarterBreaks) {
  Document d = analyse("The convoy left at 6 a.m. The attack began an hour later.");
  EXPECT_EQ(d.sentences.size(), 2u) << join(sentences(d));
}

// ---------------------------------------------------------------- numbers and designations

TEST(SegmentTest, DecimalNumberKeptWhole) {
  Document d = analyse("The economy grew by 2.5 per cent last year.");
  const Token* t = find(d, "2.5");
  ASSERT_NE(t, nullptr) << join(surfaces(d));
  EXPECT_TRUE(t->has(kNumber));
  EXPECT_EQ(d.sentences.size(), 1u);
}

TEST(SegmentTest, DecimalAtSentenceEnd) {
  Document d = analyse("Inflation reached 7.5. The central bank raised rates.");
  EXPECT_TOKEN(d, "7.5");
  EXPECT_EQ(sentences(d), (V{"Inflation reached 7.5.", "The central bank raised rates."}));
}

TEST(SegmentTest, DottedRadarDesignationKeptWhole) {
  Document d = analyse("The shipment included 59.N6-TA portable radars.");
  const Token* t = find(d, "59.N6-TA");
  ASSERT_NE(t, nullptr) << join(surfaces(d));
  EXPECT_EQ(d.norm(*t), "59.n6-ta");
  EXPECT_TRUE(t->has(kHasDigit));
  EXPECT_EQ(d.sentences.size(), 1u);
}

TEST(SegmentTest, HelicopterDesignation) {
  Document d = analyse("Two Mi-35B helicopters landed.");
  EXPECT_EQ(surfaces(d), (V{"Two", "Mi-35B", "helicopters", "landed", "."}));
  EXPECT_TRUE(find(d, "Mi-35B")->has(kHasDigit));
  EXPECT_EQ(d.norm(*find(d, "Mi-35B")), "mi-35b");
}

TEST(SegmentTest, MissileSystemDesignations) {
  Document d = analyse("Turkey bought the S-400 system and the 59N6-TE radar, not the F-16C/D jets.");
  EXPECT_TOKEN(d, "S-400");
  EXPECT_TOKEN(d, "59N6-TE");
  EXPECT_TOKEN(d, "F-16C/D");
}

TEST(SegmentTest, AttackAircraftDesignations) {
  Document d = analyse("It received Su-25SM3 jets and Mi-24P/Mi-35P gunships.");
  EXPECT_TOKEN(d, "Su-25SM3");
  EXPECT_TOKEN(d, "Mi-24P/Mi-35P");
}

TEST(SegmentTest, DesignationAtSentenceEnd) {
  Document d = analyse("Mali received the Mi-35B. The second batch arrives in May.");
  EXPECT_EQ(sentences(d), (V{"Mali received the Mi-35B.", "The second batch arrives in May."}));
}

TEST(SegmentTest, ThousandsSeparator) {
  Document d = analyse("Some 5,000 troops and 1,200,000 rounds of ammunition were sent.");
  const Token* t = find(d, "5,000");
  ASSERT_NE(t, nullptr) << join(surfaces(d));
  EXPECT_TRUE(t->has(kNumber));
  EXPECT_TOKEN(d, "1,200,000");
}

TEST(SegmentTest, CommaAfterYearIsNotASeparator) {
  Document d = analyse("In 2021, 300 instructors arrived.");
  EXPECT_EQ(surfaces(d), (V{"In", "2021", ",", "300", "instructors", "arrived", "."}));
}

TEST(SegmentTest, CurrencyAmounts) {
  Document d = analyse(
      "The deal is worth $61m, and a second one \xE2\x82\xAC"
      "2.5bn.");
  const Token* t = find(d, "$61m");
  ASSERT_NE(t, nullptr) << join(surfaces(d));
  EXPECT_TRUE(t->has(kNumber));
  EXPECT_TOKEN(d,
               "\xE2\x82\xAC"
               "2.5bn");
}

TEST(SegmentTest, YearIsANumber) {
  Document d = analyse("The agreement dates from 2013.");
  const Token* t = find(d, "2013");
  ASSERT_NE(t, nullptr);
  EXPECT_TRUE(t->has(kNumber));
  EXPECT_TRUE(t->has(kHasDigit));
  EXPECT_FALSE(t->has(kWord));
}

// ---------------------------------------------------------------- possessives, hyphens, apostrophes

TEST(SegmentTest, PossessiveSplits) {
  Document d = analyse("Mali's army chief visited Moscow.");
  EXPECT_EQ(surfaces(d), (V{"Mali", "'s", "army", "chief", "visited", "Moscow", "."}));
  EXPECT_TRUE(d.tokens[1].has(kPossessive));
  EXPECT_FALSE(d.tokens[1].has(kSpaceBefore));
}

TEST(SegmentTest, TypographicPossessiveSplits) {
  Document d = analyse("Russia\xE2\x80\x99s defence ministry confirmed the delivery.");
  ASSERT_GE(d.tokens.size(), 2u);
  EXPECT_EQ(d.surface(d.tokens[0]), "Russia");
  EXPECT_EQ(d.surface(d.tokens[1]), "\xE2\x80\x99s");
  EXPECT_EQ(d.norm(d.tokens[1]), "'s");
  EXPECT_TRUE(d.tokens[1].has(kPossessive));
}

TEST(SegmentTest, PluralPossessive) {
  Document d = analyse("The soldiers' families were evacuated.");
  EXPECT_EQ(surfaces(d), (V{"The", "soldiers", "'", "families", "were", "evacuated", "."}));
  EXPECT_TRUE(d.tokens[2].has(kPossessive));
}

TEST(SegmentTest, ApostropheInsideNameJoins) {
  Document d = analyse("Troops from C\xC3\xB4te d'Ivoire and O'Neill's aide arrived.");
  EXPECT_TOKEN(d, "d'Ivoire");
  EXPECT_TOKEN(d, "O'Neill");
  EXPECT_TOKEN(d, "'s");
}

TEST(SegmentTest, HyphenatedWordsKeptWhole) {
  Document d = analyse("The Russian-made anti-aircraft guns were handed to the Franco-Malian commission.");
  EXPECT_TOKEN(d, "Russian-made");
  EXPECT_TOKEN(d, "anti-aircraft");
  EXPECT_TOKEN(d, "Franco-Malian");
}

TEST(SegmentTest, NonBreakingHyphenFoldsToAscii) {
  Document d = analyse("The Russian\xE2\x80\x91supplied radars arrived.");
  const Token* t = find(d, "Russian\xE2\x80\x91supplied");
  ASSERT_NE(t, nullptr) << join(surfaces(d));
  EXPECT_EQ(d.norm(*t), "russian-supplied");
}

TEST(SegmentTest, DashesAreSeparateTokens) {
  Document d = analyse("BAMAKO -- The junta \xE2\x80\x94 which seized power in 2020 \xE2\x80\x94 said so.");
  EXPECT_TOKEN(d, "--");
  const Token* dash = find(d, "\xE2\x80\x94");
  ASSERT_NE(dash, nullptr);
  EXPECT_TRUE(dash->has(kPunct));
  EXPECT_EQ(d.norm(*dash), "-");
}

// ---------------------------------------------------------------- quotations and punctuation

TEST(SegmentTest, ClosingQuoteStaysWithSentence) {
  Document d = analyse("He said: \"The helicopters have arrived.\" The ceremony was broadcast live.");
  EXPECT_EQ(sentences(d), (V{"He said: \"The helicopters have arrived.\"", "The ceremony was broadcast live."}));
}

TEST(SegmentTest, CurlyClosingQuoteStaysWithSentence) {
  Document d = analyse(
      "The minister said: \xE2\x80\x9CWe have received the equipment.\xE2\x80\x9D Officials in Paris were silent.");
  EXPECT_EQ(sentences(d), (V{"The minister said: \xE2\x80\x9CWe have received the equipment.\xE2\x80\x9D",
                             "Officials in Paris were silent."}));
}

TEST(SegmentTest, QuestionInsideQuoteFollowedBySaid) {
  Document d = analyse("\"Who will pay for these weapons?\" he asked. Nobody answered.");
  EXPECT_EQ(sentences(d), (V{"\"Who will pay for these weapons?\" he asked.", "Nobody answered."}));
}

TEST(SegmentTest, ExclamationInsideQuoteFollowedBySaid) {
  Document d = analyse("\"France out!\" the protesters chanted in Bamako on Friday.");
  EXPECT_EQ(d.sentences.size(), 1u) << join(sentences(d));
}

TEST(SegmentTest, CommaInsideQuoteDoesNotBreak) {
  Document d = analyse("\"We will respond,\" the spokesman said. \"Our patience has limits.\"");
  EXPECT_EQ(sentences(d), (V{"\"We will respond,\" the spokesman said.", "\"Our patience has limits.\""}));
}

TEST(SegmentTest, QuestionAndExclamationEndSentences) {
  Document d = analyse("Who supplied the radars? Officials declined to say! The inquiry continues.");
  EXPECT_EQ(d.sentences.size(), 3u) << join(sentences(d));
}

TEST(SegmentTest, ClosingBracketStaysWithSentence) {
  Document d = analyse("(The deal was signed in 2021.) Deliveries began a year later.");
  EXPECT_EQ(sentences(d), (V{"(The deal was signed in 2021.)", "Deliveries began a year later."}));
}

TEST(SegmentTest, AsciiEllipsisEndsSentence) {
  Document d = analyse("The talks stalled... Negotiators left the capital on Sunday.");
  EXPECT_TOKEN(d, "...");
  EXPECT_EQ(sentences(d), (V{"The talks stalled...", "Negotiators left the capital on Sunday."}));
}

TEST(SegmentTest, UnicodeEllipsisEndsSentence) {
  Document d = analyse("The talks stalled\xE2\x80\xA6 Negotiators left on Sunday.");
  const Token* e = find(d, "\xE2\x80\xA6");
  ASSERT_NE(e, nullptr) << join(surfaces(d));
  EXPECT_EQ(d.sentences.size(), 2u) << join(sentences(d));
}

TEST(SegmentTest, EllipsisFollowedByLowerCaseContinues) {
  Document d = analyse("The army said it was... reviewing the contract.");
  EXPECT_EQ(d.sentences.size(), 1u) << join(sentences(d));
}

TEST(SegmentTest, DoubleDotEndsSentence) {
  Document d = analyse("The convoy was ambushed on the Gao road.. Since then no supplies have arrived.");
  EXPECT_TOKEN(d, "..");
  EXPECT_EQ(sentences(d), (V{"The convoy was ambushed on the Gao road..", "Since then no supplies have arrived."}));
}

// ---------------------------------------------------------------- layout: headlines, datelines, paragraphs

TEST(SegmentTest, HeadlineWithoutFullStopSeparatedByBlankLine) {
  Document d = analyse(
      "Russia delivers combat helicopters to Mali\n\nMali received four helicopters on Wednesday. "
      "The aircraft were unloaded at night.");
  EXPECT_EQ(sentences(d), (V{"Russia delivers combat helicopters to Mali",
                             "Mali received four helicopters on Wednesday.", "The aircraft were unloaded at night."}));
  const Token* mali = nullptr;
  for (const Token& t : d.tokens)
    if (d.surface(t) == "Mali" && t.span.start == d.text.find("\n\nMali") + 2) {
      mali = &t;
      break;
    }
  ASSERT_NE(mali, nullptr);
  EXPECT_TRUE(mali->has(kParagraphBefore));
  EXPECT_TRUE(mali->has(kNewlineBefore));
}

TEST(SegmentTest, DatelineSeparatedByBlankLine) {
  Document d = analyse("BAMAKO, April 20 (Reuters)\n\nThe junta welcomed the delivery.");
  EXPECT_EQ(sentences(d), (V{"BAMAKO, April 20 (Reuters)", "The junta welcomed the delivery."}));
  EXPECT_TRUE(find(d, "BAMAKO")->has(kAllCaps));
}

TEST(SegmentTest, CrLfBlankLineIsAParagraph) {
  Document d = analyse("Junta expels envoy\r\n\r\nThe French ambassador was given 72 hours to leave.");
  EXPECT_EQ(d.sentences.size(), 2u) << join(sentences(d));
}

TEST(SegmentTest, WireCopyIndentedParagraph) {
  Document d = analyse("Moscow confirmed the shipment on Thursday\n    The radars will be installed near the capital.");
  EXPECT_EQ(sentences(d),
            (V{"Moscow confirmed the shipment on Thursday", "The radars will be installed near the capital."}));
  EXPECT_TRUE(find(d, "The")->has(kParagraphBefore));
}

TEST(SegmentTest, SingleNewlineInsideSentenceDoesNotBreak) {
  Document d = analyse("The defence ministry said\nthe aircraft would arrive in March.");
  EXPECT_EQ(d.sentences.size(), 1u) << join(sentences(d));
  const Token* the = nullptr;
  for (const Token& t : d.tokens)
    if (d.surface(t) == "the") the = &t;
  ASSERT_NE(the, nullptr);
  EXPECT_TRUE(the->has(kNewlineBefore));
  EXPECT_FALSE(the->has(kParagraphBefore));
}

TEST(SegmentTest, LastSentenceWithoutFullStop) {
  Document d = analyse("Fighting resumed in the north. No casualties were reported");
  EXPECT_EQ(sentences(d), (V{"Fighting resumed in the north.", "No casualties were reported"}));
}

TEST(SegmentTest, EmptyAndBlankText) {
  Document d = analyse("");
  EXPECT_TRUE(d.tokens.empty());
  EXPECT_TRUE(d.sentences.empty());
  Document b = analyse(" \n\n\t ");
  EXPECT_TRUE(b.tokens.empty());
  EXPECT_TRUE(b.sentences.empty());
}

TEST(SegmentTest, LeadingWhitespaceOffsets) {
  Document d = analyse("\n\n  Troops withdrew. Talks resumed.");
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(d.sentences[0].span.start, 4u);
  EXPECT_EQ(d.surface(d.sentences[1].span), "Talks resumed.");
  EXPECT_TRUE(d.tokens[0].has(kSpaceBefore));
}

TEST(SegmentTest, ThreeSentenceParagraph) {
  Document d = analyse(
      "Russian instructors arrived in Bamako in December. France denounced the deployment. "
      "The junta says they are trainers.");
  EXPECT_EQ(d.sentences.size(), 3u);
  EXPECT_EQ(d.surface(d.sentences[2].span), "The junta says they are trainers.");
}

// ---------------------------------------------------------------- folding and flags

TEST(SegmentTest, FoldRemovesDiacriticsAndLowercases) {
  EXPECT_EQ(fold("Ma\xC3\xAFga"), "maiga");
  EXPECT_EQ(fold("Goïta"), "goita");
  EXPECT_EQ(fold("BAMAKO"), "bamako");
  EXPECT_EQ(fold("S\xC3\xA9gou"), "segou");
  EXPECT_EQ(fold("\xE2\x80\x9C"
                 "quoted\xE2\x80\x9D"),
            "\"quoted\"");
  EXPECT_EQ(fold("\xE2\x80\x98"
                 "it\xE2\x80\x99s\xE2\x80\x99"),
            "'it's'");
  EXPECT_EQ(fold("\xE2\x80\x93"), "-");
  std::string out = "x";
  fold("Ab", out);
  EXPECT_EQ(out, "xab");
}

TEST(SegmentTest, TokenNormsAreFoldedButSurfacesAreNot) {
  Document d = analyse("Colonel Ma\xC3\xAFga\xE2\x80\x99s \xE2\x80\x9Cplan\xE2\x80\x9D was approved by the CNSP.");
  EXPECT_EQ(surfaces(d), (V{"Colonel", "Ma\xC3\xAFga", "\xE2\x80\x99s", "\xE2\x80\x9C", "plan", "\xE2\x80\x9D", "was",
                            "approved", "by", "the", "CNSP", "."}));
  EXPECT_EQ(norms(d), (V{"colonel", "maiga", "'s", "\"", "plan", "\"", "was", "approved", "by", "the", "cnsp", "."}));
  // Byte offsets: "Maïga" is 6 bytes long.
  EXPECT_EQ(d.tokens[1].span.start, 8u);
  EXPECT_EQ(d.tokens[1].span.end, 14u);
  EXPECT_EQ(d.tokens[2].span.start, 14u);
  EXPECT_EQ(d.tokens[2].span.end, 18u);
}

TEST(SegmentTest, CaseFlags) {
  Document d = analyse("The UN envoy met Bamako officials and NATO.");
  EXPECT_TRUE(find(d, "The")->has(kCapitalised));
  EXPECT_FALSE(find(d, "The")->has(kAllCaps));
  EXPECT_TRUE(find(d, "UN")->has(kAllCaps));
  EXPECT_TRUE(find(d, "NATO")->has(kAllCaps));
  EXPECT_FALSE(find(d, "envoy")->has(kCapitalised));
  EXPECT_TRUE(find(d, "envoy")->has(kWord));
  EXPECT_TRUE(find(d, "envoy")->has(kSpaceBefore));
  EXPECT_TRUE(find(d, ".")->has(kPunct));
  EXPECT_FALSE(find(d, ".")->has(kSpaceBefore));
}

TEST(SegmentTest, BracketsAndPunctuationAreSeparate) {
  Document d = analyse("BAMAKO (Reuters) - Mali's junta; the army: ready.");
  EXPECT_EQ(surfaces(d),
            (V{"BAMAKO", "(", "Reuters", ")", "-", "Mali", "'s", "junta", ";", "the", "army", ":", "ready", "."}));
}

TEST(SegmentTest, SegmentIsIdempotentOnReuse) {
  Document d = analyse("First sentence here. Second one follows.");
  ASSERT_EQ(d.sentences.size(), 2u);
  d.text = "Only one sentence now";
  tokenize(d);
  segment(d, rules());
  EXPECT_EQ(d.sentences.size(), 1u);
  EXPECT_EQ(d.tokens.size(), 4u);
}

TEST(SegmentTest, RulesLoadedFromData) {
  EXPECT_TRUE(rules().title.count("gen"));
  EXPECT_TRUE(rules().title.count("lt"));
  EXPECT_TRUE(rules().number.count("no"));
  EXPECT_TRUE(rules().other.count("inc"));
  EXPECT_TRUE(rules().other.count("mil"));
  EXPECT_TRUE(rules().starters.count("the"));
}

}  // namespace
}  // namespace dyad
