// Event coding constructions on realistic sentences written for the tests:
// verbs and their lemmas, passive voice, reported speech, compound actors,
// negation, modality, every kind of temporal expression, location attachment,
// and the rule that an event needs an identifiable source.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "dyad/data.h"
#include "dyad/document.h"
#include "dyad/pipeline.h"
#include "testing.h"

namespace dyad {
namespace {

using test::pipeline;

std::vector<Event> code(const std::string& text, const char* date = "2024-05-15") {
  return test::analyse(text, date).events;
}

// The first event of PLOVER type `type` (a copy: callers pass temporaries).
std::optional<Event> find(const std::vector<Event>& events, const std::string& type) {
  for (const Event& e : events)
    if (e.plover_type == type) return e;
  return std::nullopt;
}

std::string target(const Event& e) {
  return e.target ? e.target->code : "-";
}

TEST(EventsTest, VerbWithObject) {
  auto ev = code("Brazil criticised the United States.");
  const std::optional<Event> e = find(ev, "ACCUSE");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "BRA");
  EXPECT_EQ(target(*e), "USA");
  EXPECT_EQ(e->quad_class, 3);
  EXPECT_EQ(e->evidence.trigger_text, "criticised");
  EXPECT_EQ(e->status, "actual");
  EXPECT_FALSE(e->negated);
}

TEST(EventsTest, CameoCodesWithoutAPloverTypeAreEvents) {
  // 015 "claim responsibility" has no PLOVER type: the event is kept with the type null.
  const auto ev = code("The Islamic State group claimed responsibility for the bombing in Baghdad.");
  bool claim = false;
  for (const Event& e : ev) claim = claim || (e.cameo == "015" && e.plover_type.empty());
  EXPECT_TRUE(claim);
}

TEST(EventsTest, TwoPersonsOfOneCodeMakeADomesticEvent) {
  // Both USAGOV, two persons: a meeting (domestic events are half of what users study).
  const auto ev = code("President Trump will meet with former President Obama in Washington on Monday.", "2017-03-01");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].cameo, "036");  // express intent to meet
  EXPECT_EQ(ev[0].source.code, "USAGOV");
  EXPECT_EQ(target(ev[0]), "USAGOV");
  // One actor named twice is no event on itself.
  for (const Event& x : code("Russia said Moscow would meet its obligations.")) EXPECT_NE(target(x), "RUSGOV");
}

TEST(EventsTest, InflectionsReachTheLemma) {
  for (const char* text : {"Brazil accuses Argentina of dumping steel.", "Brazil accused Argentina of dumping steel.",
                           "Brazil is accusing Argentina of dumping steel."}) {
    const std::optional<Event> e = find(code(text), "ACCUSE");
    ASSERT_TRUE(e) << text;
    EXPECT_EQ(e->source.code, "BRA") << text;
    EXPECT_EQ(target(*e), "ARG") << text;
  }
}

TEST(EventsTest, PassiveVoiceSwapsSourceAndTarget) {
  auto ev = code("Ukrainian troops were attacked by Russian forces near Bakhmut.");
  const std::optional<Event> e = find(ev, "ASSAULT");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "RUSMIL");
  EXPECT_EQ(target(*e), "UKRMIL");
}

TEST(EventsTest, PassiveWithoutAgentHasNoSource) {
  EXPECT_FALSE(find(code("Ukrainian troops were attacked near Bakhmut."), "ASSAULT"));
}

TEST(EventsTest, ReportedSpeechCodesTheReportedAct) {
  auto ev = code("The French foreign minister said that Iran had threatened Israel.");
  const std::optional<Event> e = find(ev, "THREATEN");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "IRN");
  EXPECT_EQ(target(*e), "ISR");
  for (const Event& x : ev) EXPECT_NE(x.source.code, "FRAGOV") << "the speaker is not the actor of the threat";
}

TEST(EventsTest, PronounAfterSpeechVerbIsTheSpeaker) {
  auto ev = code("Algeria said it would recall its ambassador from France.");
  // A stated intention to reduce relations is a threat to (CAMEO 1313).
  const std::optional<Event> e = find(ev, "THREATEN");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "DZA");
  EXPECT_EQ(e->cameo, "1313");
  EXPECT_EQ(e->status, "intended");
}

TEST(EventsTest, PersonPronounResolvesToTheLastPerson) {
  auto ev = code(
      "Malian Prime Minister Choguel Maiga addressed the General Assembly, in which he accused France of "
      "abandoning his country.",
      "2022-04-20");
  const std::optional<Event> e = find(ev, "ACCUSE");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "MLIGOV");
  EXPECT_EQ(target(*e), "FRA");
}

TEST(EventsTest, CompoundSubjectGivesOneEventEach) {
  auto ev = code("Hungarian and Romanian officials agreed to expand trade with Serbia.");
  int n = 0;
  bool hun = false, rou = false;
  for (const Event& e : ev) {
    if (target(e) != "SRB") continue;
    ++n;
    hun = hun || e.source.country == "HUN";
    rou = rou || e.source.country == "ROU";
  }
  EXPECT_GE(n, 2);
  EXPECT_TRUE(hun);
  EXPECT_TRUE(rou);
}

TEST(EventsTest, NegationIsMarked) {
  const std::optional<Event> e = find(code("Turkey did not attack Syria."), "ASSAULT");
  ASSERT_TRUE(e);
  EXPECT_TRUE(e->negated);
}

TEST(EventsTest, DenialIsAStatus) {
  auto ev = code("Moscow denied sending troops to Mali.");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].status, "denied");
  EXPECT_TRUE(ev[0].negated);
  EXPECT_EQ(ev[0].source.code, "RUSGOV");
}

TEST(EventsTest, Modality) {
  // "threatened to impose sanctions": a threat (PLOVER THREATEN), not the sanctions.
  auto threat = code("China threatened to impose sanctions on Taiwan.");
  const std::optional<Event> a = find(threat, "THREATEN");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->source.code, "CHN");
  EXPECT_EQ(target(*a), "TWN");
  EXPECT_FALSE(find(threat, "COERCE"));
  auto b = code("Japan could impose sanctions on North Korea.");
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(b[0].status, "hypothetical");
  auto c = code("Germany will send tanks to Ukraine.");
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0].status, "intended");
  EXPECT_EQ(c[0].source.code, "DEU");
}

TEST(EventsTest, DayDate) {
  const std::optional<Event> e = find(code("On March 31, Egypt condemned Israel."), "ACCUSE");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->date.iso(), "2024-03-31");
  EXPECT_TRUE(e->date_from_sentence);
}

TEST(EventsTest, RelativeMonthDate) {
  const std::optional<Event> e = find(code("Last month, Kenya expelled Somali diplomats."), "SANCTION");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->date.iso(), "2024-04");
  EXPECT_EQ(e->date.precision, Precision::kMonth);
}

TEST(EventsTest, LastNamedMonthIsBeforeTheDocument) {
  const std::optional<Event> e = find(code("Algeria recalled its ambassador from France last September."), "SANCTION");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->date.iso(), "2023-09");
  EXPECT_EQ(target(*e), "FRA");
}

TEST(EventsTest, SinceYearDate) {
  const std::optional<Event> e = find(code("Since 2013, France has been working to help Mali."), "AID");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->date.iso(), "2013");
  EXPECT_EQ(e->date.precision, Precision::kYear);
}

TEST(EventsTest, WeekdayDate) {
  // 2024-05-15 is a Wednesday: "on Tuesday" is the day before.
  const std::optional<Event> e = find(code("Pakistan arrested Indian fishermen on Tuesday."), "COERCE");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->date.iso(), "2024-05-14");
}

TEST(EventsTest, DaysAgoDate) {
  const std::optional<Event> e = find(code("Two days ago Saudi Arabia hosted Iranian officials."), "CONSULT");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->date.iso(), "2024-05-13");
  EXPECT_EQ(e->source.code, "SAU");
  EXPECT_EQ(target(*e), "IRNGOV");
}

TEST(EventsTest, InYearDate) {
  const std::optional<Event> e = find(code("In 2023, Niger expelled French troops."), "COERCE");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->date.iso(), "2023");
}

TEST(EventsTest, DocumentDateWhenTheSentenceHasNone) {
  const std::optional<Event> e = find(code("Brazil criticised the United States."), "ACCUSE");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->date.iso(), "2024-05-15");
  EXPECT_FALSE(e->date_from_sentence);
}

TEST(EventsTest, LocationAttachedToTheEvent) {
  const std::optional<Event> e =
      find(code("President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin."), "CONSULT");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "FRAGOV");
  EXPECT_EQ(target(*e), "DEUGOV");
  ASSERT_TRUE(e->location);
  EXPECT_EQ(e->location->name, "Berlin");
  EXPECT_EQ(e->location->country, "DEU");
}

TEST(EventsTest, CapitalAsActorIsNotALocation) {
  const std::optional<Event> e = find(code("Moscow criticised Paris."), "ACCUSE");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "RUSGOV");
  EXPECT_EQ(target(*e), "FRAGOV");
  EXPECT_FALSE(e->location);
}

TEST(EventsTest, RoleInheritsTheCountryOfItsSentence) {
  const std::optional<Event> e = find(code("Police in Lagos arrested dozens of protesters."), "COERCE");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "NGACOP");
}

TEST(EventsTest, NoSourceNoEvent) {
  EXPECT_TRUE(code("Talks were held amid tension and attacks were reported.").empty());
  EXPECT_TRUE(code("The weather was calm on Tuesday.").empty());
}

TEST(EventsTest, OneEventPerHappening) {
  // "launched an attack on": one assault, not one for the verb and one for the noun.
  auto ev = code("Russia launched a massive attack on Ukraine.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].plover_type, "ASSAULT");
  EXPECT_EQ(ev[0].source.country, "RUS");
  EXPECT_EQ(target(ev[0]), "UKR");
}

TEST(EventsTest, WordsReadByAPatternTriggerNothingElse) {
  // "announced the withdrawal of its troops from": one pattern reads the whole phrase.
  auto ev = code("France announced the withdrawal of its troops from Mali.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source.country, "FRA");
  EXPECT_EQ(target(ev[0]), "MLI");
  // "accused X of shelling Y": the accusation, not the alleged shelling.
  auto acc = code("Russia accused Ukraine of shelling civilians in Donetsk.");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(acc[0].plover_type, "ACCUSE");
}

TEST(EventsTest, CoordinatedVerbsShareTheirSubject) {
  // "X praised Y and withdrew …": X withdrew, not Y; two events of two QuadClasses.
  auto ev = code("Syria praised Iran and withdrew its troops from Lebanon.");
  const std::optional<Event> praise = find(ev, "SUPPORT");
  const std::optional<Event> retreat = find(ev, "RETREAT");
  ASSERT_TRUE(praise);
  ASSERT_TRUE(retreat);
  EXPECT_EQ(praise->source.code, "SYR");
  EXPECT_EQ(target(*praise), "IRN");
  EXPECT_EQ(retreat->source.code, "SYR");
  EXPECT_EQ(target(*retreat), "LBN");
  // Past a passive with its agent, and past auxiliaries: the one indicted is the one who resigns.
  ev = code("The Kenyan finance minister was indicted by a court in Nairobi on Monday and has resigned.");
  const std::optional<Event> resign = find(ev, "RETREAT");
  ASSERT_TRUE(resign);
  EXPECT_EQ(resign->source.code, "KENGOV");
}

TEST(EventsTest, EvidencePointsIntoTheText) {
  const std::string text = "Tension rose. Venezuela rejected a proposal by Colombia.";
  Document doc;
  doc.id = "t";
  doc.text = text;
  pipeline().process(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  EXPECT_EQ(e.evidence.sentence, 1);
  EXPECT_EQ(text.substr(e.evidence.span.start, e.evidence.span.size()), "Venezuela rejected a proposal by Colombia.");
  EXPECT_EQ(text.substr(e.evidence.trigger.start, e.evidence.trigger.size()).substr(0, 8), "rejected");
  EXPECT_FALSE(e.event_id.empty());
  EXPECT_FALSE(e.explain.empty());
}

TEST(EventsTest, PloverAndCameoTogether) {
  const std::optional<Event> e = find(code("Sudan's army declared a ceasefire."), "RETREAT");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "SDNMIL");
  EXPECT_EQ(e->cameo.substr(0, 2), "08");
  EXPECT_EQ(e->quad_class, 2);
}

TEST(EventsTest, TargetSlotReadsPastQuantities) {
  for (const char* text : {"Kenyan police arrested more than 200 Somali migrants in Nairobi on Sunday.",
                           "Kenyan police detained scores of Somali migrants on Sunday.",
                           "Kenyan police arrested at least 12 Somalis on Sunday."}) {
    const std::optional<Event> e = find(code(text), "COERCE");
    ASSERT_TRUE(e) << text;
    EXPECT_EQ(e->source.country, "KEN") << text;
    EXPECT_EQ(target(*e).substr(0, 3), "SOM") << text;
  }
}

TEST(EventsTest, StatedIntentionToCooperateIsExpressIntent) {
  // CAMEO codes "will withdraw" as an intention (0356), not as the withdrawal (0874).
  const std::optional<Event> e = find(code("Ethiopia said it is ready to withdraw its troops from Somalia."), "AGREE");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->cameo, "0356");
  EXPECT_EQ(e->status, "intended");
  EXPECT_EQ(e->source.code, "ETH");
  EXPECT_EQ(target(*e), "SOM");
  // The act itself keeps its own code.
  const std::optional<Event> done = find(code("Ethiopia withdrew its troops from Somalia on Friday."), "RETREAT");
  ASSERT_TRUE(done);
  EXPECT_EQ(done->status, "actual");
}

TEST(EventsTest, StatedIntentionToHarmIsAThreat) {
  // "threatened to cut off X": the threat has the target of the act it names.
  const std::optional<Event> e =
      find(code("Ukraine on Tuesday threatened to cut off gas supplies to Moldova over unpaid bills."), "THREATEN");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "UKR");
  EXPECT_EQ(target(*e), "MDA");
  EXPECT_EQ(e->cameo.substr(0, 2), "13");
  // "will impose a curfew": a conflictual intention is a threat too.
  const std::optional<Event> c =
      find(code("The Kenyan government said it will impose a curfew in Mombasa after the riots."), "THREATEN");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->cameo, "1323");
  EXPECT_EQ(c->status, "intended");
}

TEST(EventsTest, PlaceOfTheEventStandsForTheTargetWhenThereIsNone) {
  const std::optional<Event> e = find(code("Thousands of students protested in Nairobi on Sunday."), "PROTEST");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.country, "KEN");
  EXPECT_EQ(target(*e), "KEN");  // the country, not the government a capital stands for
  EXPECT_NE(std::find(e->explain.begin(), e->explain.end(), "target: place of the event"), e->explain.end());
  // An actor target wins over the place.
  const std::optional<Event> a = find(code("Chad accused Sudan at a meeting in Addis Ababa."), "ACCUSE");
  ASSERT_TRUE(a);
  EXPECT_EQ(target(*a), "SDN");
}

TEST(EventsTest, VerbalCooperationBetweenCoordinatedActorsIsMutual) {
  auto ev = code("Peru and Chile signed a fisheries agreement on Monday.");
  ASSERT_EQ(ev.size(), 2u);
  std::set<std::string> pairs;
  for (const Event& e : ev) pairs.insert(e.source.code + ">" + target(e));
  EXPECT_EQ(pairs, (std::set<std::string>{"PER>CHL", "CHL>PER"}));
  // Co-attackers do not attack each other.
  for (const Event& e : code("Peru and Chile attacked the rebels on Monday."))
    EXPECT_TRUE(target(e) != "PER" && target(e) != "CHL") << e.source.code << ">" << target(e);
}

TEST(EventsTest, ReportedObligationIsADemand) {
  const std::optional<Event> e =
      find(code("The Japanese government said on Friday that Russia must return the islands."), "REQUEST");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.country, "JPN");
  EXPECT_EQ(target(*e), "RUS");
  EXPECT_EQ(e->cameo, "10");
  // The demanded act is the demand's content, not an event of Russia's.
  for (const Event& x : code("The Japanese government said on Friday that Russia must return the islands."))
    EXPECT_NE(x.source.country, "RUS");
  // No speaker, no demand.
  EXPECT_FALSE(find(code("Russia must return the islands."), "REQUEST"));
}

TEST(EventsTest, TargetSlotReadsPastAdjectives) {
  // WordNet adjectives between the verb and its object: "unarmed", "autonomous".
  const std::optional<Event> e = find(code("Kenyan troops killed three unarmed Somalis near the border."), "ASSAULT");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.country, "KEN");
  EXPECT_EQ(target(*e).substr(0, 3), "SOM");
}

TEST(EventsTest, EthnicMinorityBelongsWhereItLives) {
  // "ethnic Somalis" in Kenya are Kenyans of Somali descent, not Somalia.
  std::optional<Event> e = find(code("Kenyan troops killed three ethnic Somalis in northern Kenya."), "ASSAULT");
  ASSERT_TRUE(e);
  EXPECT_EQ(target(*e), "KENCVL");
  // A role after the nationality stays: ethnic Albanian guerrillas in Macedonia are Macedonian rebels.
  e = find(code("Ethnic Albanian guerrillas operating in Macedonia attacked a police station."), "ASSAULT");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "MKDREB");
  // Where it lives comes before the agents around it: Macedonia, not Bulgaria.
  e = find(code("Ethnic Albanians have sworn to fight for villages near Macedonia's border with Bulgaria."),
           "THREATEN");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "MKDCVL");
  // Without "ethnic" the nationality is the state's.
  e = find(code("Kenyan troops killed three Somali soldiers near the border."), "ASSAULT");
  ASSERT_TRUE(e);
  EXPECT_EQ(target(*e), "SOMMIL");
}

TEST(EventsTest, PatternsReadThePossessiveClitic) {
  // "condemn TGT 's": the mention "Israel's" ends after its clitic, which the pattern names.
  const auto events = code("Egypt condemned Israel's raid on the Gaza Strip.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].plover_type, "ACCUSE");
  EXPECT_EQ(events[0].explain[0].find("TGT 's") != std::string::npos, true) << events[0].explain[0];
  EXPECT_EQ(target(events[0]), "ISR");
}

TEST(EventsTest, AProtestKeepsTheDemandItVoices) {
  // The demonstration is the happening; "to demand …" is its content and gives its target.
  const auto events =
      code("Kenyan teachers staged a protest in Nairobi to demand higher pay from the Kenyan government.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].plover_type, "PROTEST");
  EXPECT_EQ(events[0].source.code, "KENEDU");
  EXPECT_EQ(target(events[0]), "KENGOV");
}

TEST(EventsTest, TheActAnAppealOrRejectionIsAboutIsItsContent) {
  // Israel did not withdraw: the withdrawal is what it rejected.
  const auto events = code("Israel rejected an appeal by the United Nations to withdraw from Lebanon.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].plover_type, "REJECT");
  EXPECT_EQ(target(events[0]), "IGOUNO");
  const auto d = code("Angolan rebels dismissed a call from the government in Luanda to lay down their arms.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].plover_type, "REJECT");
}

TEST(EventsTest, ATargetSlotReadsPastAPartOfTheGroup) {
  // "52 members of …": the group is the target.
  const std::optional<Event> e = find(code("Turkish police arrested 52 members of the PKK in Istanbul."), "COERCE");
  ASSERT_TRUE(e);
  EXPECT_EQ(target(*e).substr(0, 3), "TUR");
  EXPECT_NE(target(*e), "TUR");  // the PKK, not the place
}

TEST(EventsTest, PatternsReadPastANamesPostModifier) {
  // "workers of the United Bus Company of Tehran to …": the pattern "pressure TGT to" goes on after the name.
  const std::optional<Event> e =
      find(code("Iranian authorities pressured workers of the United Bus Company of Tehran to cancel their strike."),
           "REQUEST");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "IRNGOV");
  EXPECT_EQ(target(*e), "IRNLAB");
}

TEST(EventsTest, ThoseAnAttackHitsAreOfThePlaceItHappens) {
  // Bare "people" hit in Tel Aviv are Israelis, not the attackers' nation.
  std::optional<Event> e = find(
      code("Two Palestinian suicide bombers killed 23 people when they blew themselves up in Tel Aviv."), "ASSAULT");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.country, "PSE");
  EXPECT_EQ(target(*e), "ISRCVL");
  // A participle at the very start of a text has no comma before it.
  EXPECT_TRUE(find(code("Attacking the convoy, rebels killed five Kenyan soldiers."), "ASSAULT"));
  // A capital an attack hits is the city; the participle shares the main clause's subject; the closing
  // attribution ("officials in Nairobi said") is no place of the event.
  const auto events = code(
      "Sudanese rebels shelled the regional capital Juba on Sunday, killing about 20 people, relief officials in "
      "Nairobi said.",
      "2015-03-02");
  ASSERT_FALSE(events.empty());
  for (const Event& x : events) {
    EXPECT_EQ(x.source.code, "SDNREB");
    EXPECT_EQ(target(x).substr(0, 3), "SSD");
    EXPECT_NE(target(x), "SSDGOV");
  }
}

TEST(EventsTest, ACommonNounPhraseBeforeTheVerbIsItsSubject) {
  // "a special report submitted to …": the report was submitted; Kenya submitted nothing.
  for (const Event& e :
       code("Kenya expelled the envoy, according to a special report submitted to the United Nations."))
    EXPECT_NE(e.plover_type, "CONCEDE") << e.cameo;
  // Time words are no subject: "Dumas earlier this week met …".
  const std::optional<Event> e = find(
      code("The French minister, a close aide to the president, earlier this week met Iranian diplomats."), "CONSULT");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "FRAGOV");
  // A participle in -ing is its noun's author's act: "a declaration demanding that …".
  EXPECT_TRUE(
      find(code("The Kurdish party issued a declaration demanding that the Turkish government free its leader."),
           "REQUEST"));
}

TEST(EventsTest, AfterAnAuxiliaryOrToTheTriggerIsAVerb) {
  // "will protest", "to protest": the verb, whose subject is the source, not the noun "protest".
  std::optional<Event> e = find(code("Nigerian students will protest."), "THREATEN");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->cameo, "133");
  EXPECT_EQ(e->source.code, "NGAEDU");
  // An unknown verb in -ed after a nationality leaves it an actor ("Nigerians converged …").
  e = find(code("Nigerians converged in Lagos to protest the killings."), "PROTEST");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "NGA");
  // UNITA has been fighting the government: a verb after "has been".
  e = find(code("UNITA has been fighting the Angolan government since 1976.", "1990-01-01"), "ASSAULT");
  ASSERT_TRUE(e);
  EXPECT_EQ(target(*e), "AGOGOV");
}

TEST(EventsTest, AProtestAgainstActsIsAgainstWhoeverDoesThem) {
  // "to protest the killings … by the army": the army is the target.
  std::optional<Event> e =
      find(code("Thousands of Kenyans marched in Nairobi to protest the killings of students by the "
                "Kenyan police."),
           "PROTEST");
  ASSERT_TRUE(e);
  EXPECT_EQ(target(*e), "KENCOP");
  // "in protest against …" is the act of the clause's subject, one happening with the hunger strike.
  const auto events = code(
      "An Algerian human rights activist staged a hunger strike in prison in protest against the torture of "
      "detainees by Algerian security forces.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].plover_type, "PROTEST");
  EXPECT_EQ(events[0].source.code, "DZAHRI");
  EXPECT_EQ(target(events[0]), "DZAMIL");
}

TEST(EventsTest, ItsRefersToAnActorThatActs) {
  // "its" is Russia's, not that of the country inside "from the Ukraine war".
  const std::optional<Event> e = find(
      code("Russia aims to gain from the Ukraine war, and strengthening its military cooperation with Mali helps."),
      "COOPERATE");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.country, "RUS");
  EXPECT_EQ(target(*e), "MLI");
}

TEST(EventsTest, AnActOfStateWithoutAgentIsByTheAuthoritiesOfItsPlace) {
  // "were arrested in Dubai": by the police of the Emirates.
  std::optional<Event> e = find(code("Three Britons were arrested in Dubai on Monday."), "COERCE");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "ARECOP");
  EXPECT_EQ(target(*e), "GBR");
  // "has been put under investigation in Italy" ("put": a participle like its base form).
  e = find(code("A US national has been put under investigation in Italy for her role in the riots."), "ACCUSE");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "ITAGOV");
  // Not for attacks: "were killed in Baghdad" names no attacker.
  EXPECT_TRUE(code("Two journalists were killed in Baghdad.").empty());
}

TEST(EventsTest, NoVerbRightAfterAnObjectPronoun) {
  // "send them back to Bulgaria": "back" is a particle, not the verb "to back".
  const auto events = code("Sweden decided to send them back to Bulgaria.");
  EXPECT_FALSE(find(events, "SUPPORT"));
}

TEST(EventsTest, NegatedCooperationIsARefusal) {
  const std::optional<Event> e = find(code("Iraq did not agree to talks with Iran on Monday."), "REJECT");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->cameo, "125");
  EXPECT_FALSE(e->negated);
  EXPECT_EQ(e->source.code, "IRQ");
  EXPECT_EQ(target(*e), "IRN");
  // A negated attack stays an attack, negated.
  const std::optional<Event> a = find(code("Iraq did not attack Iran on Monday."), "ASSAULT");
  ASSERT_TRUE(a);
  EXPECT_TRUE(a->negated);
}

TEST(EventsTest, NominalEventBelongsToTheSubjectOfItsLightVerb) {
  // "staged a protest": the subject's act.
  const std::optional<Event> e = find(code("Kenyan teachers staged a protest in Nairobi on Monday."), "PROTEST");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.country, "KEN");
  // "a protest by X": the agent's.
  const std::optional<Event> b =
      find(code("A protest by Somali refugees turned violent in Nairobi on Monday."), "PROTEST");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->source.country, "SOM");
  // The object of another verb is not the subject's act: the police did not protest.
  for (const Event& x : code("Turkish police prevented the demonstration near the university on Monday."))
    EXPECT_NE(x.plover_type, "PROTEST") << x.source.code;
}

TEST(EventsTest, TimeWordsDoNotHideAThreat) {
  const std::optional<Event> e =
      find(code("The Georgian parliament threatened on Monday to break relations with Russia."), "THREATEN");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.country, "GEO");
  EXPECT_EQ(target(*e), "RUS");
  EXPECT_EQ(e->cameo, "1313");
}

TEST(EventsTest, QuantifiedSubject) {
  // "Thousands of X": the "of" of a quantity does not make X a prepositional object.
  const std::optional<Event> e = find(code("Thousands of Armenians demonstrated against Turkey on Friday."), "PROTEST");
  ASSERT_TRUE(e);
  EXPECT_EQ(target(*e), "TUR");
  const std::optional<Event> p = find(code("Hundreds of Kenyan students protested in Nairobi on Friday."), "PROTEST");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->source.country, "KEN");
}

TEST(EventsTest, PassiveTargetInsideTheSubjectPhrase) {
  const std::optional<Event> e =
      find(code("A camp for Sudanese refugees was attacked by Chadian rebels on Sunday."), "ASSAULT");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.country, "TCD");
  EXPECT_EQ(target(*e).substr(0, 3), "SDN");
}

TEST(EventsTest, ThreatIsMadeToTheActorOfItsCondition) {
  const std::optional<Event> e =
      find(code("Iran threatened to quit the talks if France imposes new sanctions."), "THREATEN");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "IRN");
  EXPECT_EQ(target(*e), "FRA");
}

TEST(EventsTest, PronounAfterSpeechVerbAndTimeWords) {
  const std::optional<Event> e =
      find(code("Norway said on Tuesday it had halted economic aid to Eritrea."), "SANCTION");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "NOR");
  EXPECT_EQ(target(*e), "ERI");
}

TEST(EventsTest, ObjectBeyondTheWordsAPatternReads) {
  // "kill TGT" finds no actor right after the verb; the object of the clause is the target.
  const std::optional<Event> e =
      find(code("Hezbollah guerrillas killed the deputy commander of an Israeli unit on Sunday."), "ASSAULT");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code.substr(0, 3), "LBN");
  EXPECT_EQ(target(*e).substr(0, 3), "ISR");
  // The search stops at the next predicate: the soldiers did not train Russia.
  for (const Event& x : code("Malian soldiers who had trained in Moscow attacked rebels on Monday."))
    EXPECT_NE(target(x).substr(0, 3), "RUS") << x.cameo;
}

TEST(EventsTest, TriggerAfterADeterminerIsANoun) {
  // "its support of": a noun, so the verb pattern "support TGT" does not apply.
  for (const Event& x : code("Canada sanctioned Iran for its support of armed groups in Iraq."))
    EXPECT_NE(x.plover_type, "SUPPORT") << x.source.code;
}

TEST(EventsTest, GenericIntentionStandsOnlyAlone) {
  // "agreed" alone is an agreement, mutual between coordinated actors.
  auto ev = code("Ghana and Togo agreed on Monday to redraw part of their border.");
  const std::optional<Event> e = find(ev, "AGREE");
  ASSERT_TRUE(e);
  EXPECT_TRUE(target(*e) == "GHA" || target(*e) == "TGO");
  // "vowed to attack": the threat, not an agreement.
  auto v = code("Al-Shabaab vowed to attack Kenya again.");
  EXPECT_FALSE(find(v, "AGREE"));
}

TEST(EventsTest, GapStaysInItsClause) {
  // "announced … that he will extend": the gap of "announce ... curfew" does not cross "that".
  auto ev = code("President Alassane Ouattara announced on Sunday that he will extend the curfew in Abidjan.");
  for (const Event& x : ev) EXPECT_NE(x.evidence.trigger_text, "announced");
  const std::optional<Event> e = find(ev, "THREATEN");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->status, "intended");
  EXPECT_EQ(target(*e), "CIV");  // a place in the target slot stands for its country
}

TEST(EventsTest, DemandThatClause) {
  // The demanded act is the demand's content, not an act of its own.
  auto ev = code("Egypt reiterated its demand today that Israel ease restrictions on Palestinian workers.");
  const std::optional<Event> e = find(ev, "REQUEST");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "EGY");
  EXPECT_EQ(target(*e), "ISR");
  EXPECT_EQ(e->evidence.trigger_text, "demand today that");
  EXPECT_FALSE(find(ev, "CONCEDE"));
}

TEST(EventsTest, NominalEventAfterAStatementIsItsContent) {
  // The complaint is the event; the raids it is about are not coded again from this sentence.
  auto ev = code("Lebanon complained to the United Nations on Tuesday over two Israeli air raids last Friday.");
  ASSERT_TRUE(find(ev, "ACCUSE"));
  EXPECT_FALSE(find(ev, "ASSAULT"));
  // A plural after "of" is a noun: "a series of bombs" bombs no one.
  for (const Event& x :
       code("Afghan rebels kidnapped 16 Russian advisers and exploded a series of bombs in the capital Kabul."))
    EXPECT_EQ(x.source.country, "AFG") << x.cameo;
}

TEST(EventsTest, AppositiveIsReadPast) {
  const std::optional<Event> e =
      find(code("Pakistan, a key U.S. ally in the region, has refused to send troops to Iraq."), "REJECT");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "PAK");
  // With nothing before it, the actor inside the appositive is the subject.
  const std::optional<Event> d =
      find(code("Jan Egeland, the UN relief coordinator, accused Sudan of blocking aid."), "ACCUSE");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->source.code.substr(0, 3), "IGO");
  EXPECT_EQ(target(*d), "SDN");
}

TEST(EventsTest, RoleTakesTheCountryOfAPlaceInItsPhrase) {
  // "parties to the conflict in Yemen": Yemen's, not the speaker's.
  const std::optional<Event> e =
      find(code("A Japanese envoy urged parties to the conflict in Yemen to allow aid convoys through."), "REQUEST");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.country, "JPN");
  EXPECT_EQ(target(*e).substr(0, 3), "YEM");
}

TEST(EventsTest, HardwareActsForItsForces) {
  // "Israeli helicopters" is Israel's military acting through its hardware.
  auto ev = code("Israeli helicopters and tanks shelled positions of the Palestinian security forces near Rafah.");
  const std::optional<Event> e = find(ev, "ASSAULT");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "ISRMIL");
  EXPECT_EQ(target(*e).substr(0, 3), "PSE");
  auto ev2 = code("Syrian warplanes bombed rebel positions in Idlib province.");
  ASSERT_TRUE(find(ev2, "ASSAULT"));
  EXPECT_EQ(find(ev2, "ASSAULT")->source.code, "SYRMIL");
}

TEST(EventsTest, HardwareIsTheObjectOfAnAttackOnly) {
  auto ev = code("Ukrainian forces shot down two Russian helicopters near Kharkiv.");
  const std::optional<Event> e = find(ev, "ASSAULT");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "UKRMIL");
  EXPECT_EQ(target(*e), "RUSMIL");
  // Receiving hardware is no event with its makers' forces (the arms register has the transfer).
  for (const Event& x : code("Mali received two Russian helicopters on Monday."))
    EXPECT_NE(target(x), "RUSMIL") << x.cameo;
}

TEST(EventsTest, PatternNamesThePloverTypeOfAnAct) {
  // A resignation is CAMEO 0831, PLOVER RETREAT/resign (the codebook), not the table's CONCEDE.
  auto ev = code("Defence Minister Jean Dupont of France resigned on Tuesday.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].cameo, "0831");
  EXPECT_EQ(ev[0].plover_type, "RETREAT");
  EXPECT_EQ(ev[0].plover_mode, "resign");
  // A resignation only promised is an intention (03x), typed by its own code.
  ev = code("Defence Minister Jean Dupont of France will resign next week.");
  ASSERT_FALSE(ev.empty());
  EXPECT_NE(ev[0].cameo, "0831");
  EXPECT_NE(ev[0].plover_type, "RETREAT");
}

TEST(EventsTest, WeaponAsAgentIsUnidentifiedForcesOfThePlace) {
  // Active: the weapon is the subject; the country comes from a place in the sentence.
  auto ev = code("A roadside bomb near the town of Samarra killed two American soldiers on Sunday.");
  std::optional<Event> e = find(ev, "ASSAULT");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->source.code, "IRQUAF");
  EXPECT_EQ(e->source.sectors, std::vector<std::string>{"UAF"});
  EXPECT_EQ(target(*e), "USAMIL");
  // Passive: "killed by/in" a weapon; the weapon's last word is no verb ("car bomb").
  ev = code("Two policemen were killed by a car bomb in the northern city of Mosul.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source.code, "IRQUAF");
  EXPECT_EQ(target(ev[0]), "IRQCOP");
  EXPECT_EQ(ev[0].evidence.trigger_text, "killed");
  ev = code("A journalist was killed in a car bomb explosion in eastern Beirut.");
  ASSERT_TRUE(find(ev, "ASSAULT"));
  EXPECT_EQ(find(ev, "ASSAULT")->source.code, "LBNUAF");
  // The country of a place the gazetteer knows, through the event's location.
  ev = code("A landmine killed three soldiers in Kandahar on Tuesday.");
  ASSERT_TRUE(find(ev, "ASSAULT"));
  EXPECT_EQ(find(ev, "ASSAULT")->source.code, "AFGUAF");
}

TEST(EventsTest, WeaponWithoutAPlaceOrAnAccidentIsNoEvent) {
  // No place: no identifiable source.
  EXPECT_TRUE(code("A roadside bomb killed two soldiers.").empty());
  // Explosions and blasts alone are not weapons: mines and factories explode too.
  EXPECT_TRUE(code("A gas explosion killed 12 miners in northern China.").empty());
  EXPECT_TRUE(code("An explosion at a fireworks factory in Pakistan killed 20 workers.").empty());
}

}  // namespace
}  // namespace dyad
