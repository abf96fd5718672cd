// Coverage of common news constructions: for every PLOVER type, the usual ways
// wire copy (Reuters/AFP style, 1980-2020) phrases the event -- verbs, phrasal
// verbs, verb+noun collocations, nominals and passives -- with the expected
// PLOVER type, source country and target country (the first three letters of
// the actor codes; "-" when the event has no target). The sentences were written
// for this test, not taken from any evaluation set.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "dyad/data.h"
#include "dyad/document.h"
#include "dyad/pipeline.h"
#include "testing.h"

namespace dyad {
namespace {

using test::pipeline;

std::vector<Event> code(const std::string& text, const char* date = "2000-01-01") {
  return test::analyse(text, date).events;
}

std::string target(const Event& e) {
  return e.target ? e.target->code.substr(0, 3) : "-";
}

// An event of PLOVER type `type` from source country `src` to target `tgt`, if any.
std::optional<Event> find(const std::vector<Event>& events, const std::string& type, const std::string& src,
                          const std::string& tgt) {
  for (const Event& e : events)
    if (e.plover_type == type && e.source.code.substr(0, 3) == src && target(e) == tgt) return e;
  return std::nullopt;
}

struct Case {
  const char* text;
  const char* source;  // first three letters of the source actor code
  const char* target;  // first three letters of the target actor code, "-" for none
};

void check(const std::string& type, const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::vector<Event> events = code(c.text);
    std::string got;
    for (const Event& e : events)
      got += " " + e.plover_type + " " + e.cameo + " " + e.source.code + "->" + (e.target ? e.target->code : "-");
    EXPECT_TRUE(find(events, type, c.source, c.target))
        << c.text << "\n  want " << type << " " << c.source << "->" << c.target << "\n  got" << got;
  }
}

TEST(CoverageTest, Agree) {
  check("AGREE", {
                     {"Iran offered to mediate between Iraq and Kuwait.", "IRN", "IRQ"},
                     {"Syria agreed to hold talks with Israel.", "SYR", "ISR"},
                     {"Iran accepted a Russian proposal on uranium enrichment.", "IRN", "RUS"},
                     {"Egypt pledged economic aid to Sudan.", "EGY", "SDN"},
                     {"Japan promised to help Vietnam.", "JPN", "VNM"},
                     {"Pakistan expressed willingness to resume talks with India.", "PAK", "IND"},
                     {"Italy offered humanitarian aid to Albania.", "ITA", "ALB"},
                     {"The United States promised military aid to Colombia.", "USA", "COL"},
                     {"Iraq said it was ready to cooperate with the United Nations.", "IRQ", "IGO"},
                     {"Greece promised support to Cyprus.", "GRC", "CYP"},
                     {"Syria vowed to cooperate with Lebanon.", "SYR", "LBN"},
                     {"Iran pledged to support Syria.", "IRN", "SYR"},
                     {"Israel agreed to release 400 Palestinian prisoners.", "ISR", "PSE"},
                     {"Libya agreed to hand over the two suspects to Britain.", "LBY", "GBR"},
                     {"Germany offered to send troops to Bosnia.", "DEU", "BIH"},
                     {"China offered assistance to Nepal.", "CHN", "NPL"},
                     {"Argentina accepted an invitation to visit Chile.", "ARG", "CHL"},
                     {"France expressed its willingness to help Algeria.", "FRA", "DZA"},
                     {"Jordan agreed to a ceasefire with Israel.", "JOR", "ISR"},
                     {"Iraq agreed to allow UN inspectors into the country.", "IRQ", "IGO"},
                     {"The United States agreed to meet Russia.", "USA", "RUS"},
                 });
}

TEST(CoverageTest, Consult) {
  check(
      "CONSULT",
      {
          {"The Egyptian president met with the Israeli prime minister in Cairo.", "EGY", "ISR"},
          {"Chinese Premier Li Peng visited Pakistan.", "CHN", "PAK"},
          {"Japan hosted the South Korean foreign minister.", "JPN", "KOR"},
          {"The French president telephoned the German chancellor.", "FRA", "DEU"},
          {"Iran held talks with Iraq on prisoners of war.", "IRN", "IRQ"},
          {"Britain negotiated with China over Hong Kong.", "GBR", "CHN"},
          {"Syrian President Hafez al-Assad received the Lebanese prime minister in Damascus.", "SYR", "LBN"},
          {"The Indian foreign minister arrived in Bangladesh for talks.", "IND", "BGD"},
          {"The Saudi king conferred with the Egyptian president.", "SAU", "EGY"},
          {"Turkey consulted with Greece on the Cyprus issue.", "TUR", "GRC"},
          {"The Spanish foreign minister paid a visit to Morocco.", "ESP", "MAR"},
          {"The Thai prime minister spoke by telephone with the Malaysian prime minister.", "THA", "MYS"},
          {"Israel resumed negotiations with Syria.", "ISR", "SYR"},
          {"The Chinese premier's visit to India ended on Friday.", "CHN", "IND"},
          {"Talks between Iran and Iraq resumed in Geneva.", "IRN", "IRQ"},
          {"Norway mediated between Israel and the Palestinians.", "NOR", "ISR"},
          {"A Vietnamese delegation held discussions with Chinese officials.", "VNM", "CHN"},
          {"India opened talks with Pakistan on Kashmir.", "IND", "PAK"},
          {"The German chancellor flew to Poland for a two-day visit.", "DEU", "POL"},
          {"Israeli and Jordanian officials held secret talks.", "ISR", "JOR"},
          {"The American secretary of state flew to Moscow for talks.", "USA", "RUS"},
          {"Egypt sent an envoy to Sudan.", "EGY", "SDN"},
          {"Israeli and Syrian negotiators returned to Washington for talks.", "ISR", "SYR"},
          {"The Kenyan foreign minister flew to Addis Ababa on Monday for talks with Ethiopian leaders.", "KEN", "ETH"},
      });
}

TEST(CoverageTest, Support) {
  check("SUPPORT", {
                       {"Washington praised Egypt for its role in the peace process.", "USA", "EGY"},
                       {"China recognised the new government of Cambodia.", "CHN", "KHM"},
                       {"Japan apologized to South Korea for its wartime atrocities.", "JPN", "KOR"},
                       {"Russia defended Serbia against Western criticism.", "RUS", "SRB"},
                       {"The United States welcomed the decision by Israel.", "USA", "ISR"},
                       {"Germany backed Turkey's bid to join the European Union.", "DEU", "TUR"},
                       {"Saudi Arabia supported Pakistan on Kashmir.", "SAU", "PAK"},
                       {"Sri Lanka established diplomatic ties with Iran.", "LKA", "IRN"},
                       {"The Philippines restored diplomatic relations with China.", "PHL", "CHN"},
                       {"Britain expressed support for the Polish government.", "GBR", "POL"},
                       {"France commended Morocco for its reforms.", "FRA", "MAR"},
                       {"Turkey signed a trade agreement with Azerbaijan.", "TUR", "AZE"},
                       {"Jordan congratulated Syria on its election to the Security Council.", "JOR", "SYR"},
                       {"Kenya voiced support for the Somali government.", "KEN", "SOM"},
                       {"Egypt hailed Jordan's decision.", "EGY", "JOR"},
                       {"The United States signed a treaty with Panama.", "USA", "PAN"},
                       {"India established full diplomatic relations with Israel.", "IND", "ISR"},
                       {"Britain thanked Ireland for its help.", "GBR", "IRL"},
                       {"South Africa recognized the independence of Namibia.", "ZAF", "NAM"},
                       {"Vietnam normalized relations with the United States.", "VNM", "USA"},
                       {"Germany apologised to Israel.", "DEU", "ISR"},
                       {"Egypt endorsed the American peace plan.", "EGY", "USA"},
                   });
}

TEST(CoverageTest, Cooperate) {
  check("COOPERATE", {
                         {"Russia held joint military exercises with China.", "RUS", "CHN"},
                         {"Germany extradited two suspects to Turkey.", "DEU", "TUR"},
                         {"Colombia extradited a drug trafficker to the United States.", "COL", "USA"},
                         {"Britain shared intelligence with the United States.", "GBR", "USA"},
                         {"The Indian navy conducted joint exercises with the Russian navy.", "IND", "RUS"},
                         {"Pakistani troops cooperated with American forces.", "PAK", "USA"},
                         {"China invested $1 billion in Zambia.", "CHN", "ZMB"},
                         {"Britain held joint naval manoeuvres with France in the Mediterranean.", "GBR", "FRA"},
                         {"The Philippine army launched a joint operation with American troops.", "PHL", "USA"},
                         {"Russia exchanged intelligence with India.", "RUS", "IND"},
                         {"Kenyan police conducted a joint operation with Ugandan police.", "KEN", "UGA"},
                         {"Japan expanded trade with China.", "JPN", "CHN"},
                         {"The United States worked with Mexico to fight drug trafficking.", "USA", "MEX"},
                         {"Spanish police collaborated with French police against ETA.", "ESP", "FRA"},
                         {"Libya handed over the two Lockerbie suspects to the United Nations.", "LBY", "IGO"},
                         {"China launched joint military exercises with Russia.", "CHN", "RUS"},
                         {"Thailand held war games with the United States.", "THA", "USA"},
                         {"Pakistan began naval exercises with China in the Arabian Sea.", "PAK", "CHN"},
                         {"Pakistan has been sharing nuclear expertise with North Korea.", "PAK", "PRK"},
                         {"Indian and French warships launched war games off Goa on Monday.", "IND", "FRA"},
                     });
}

TEST(CoverageTest, Aid) {
  check("AID", {
                   {"Japan gave $100 million in aid to Indonesia.", "JPN", "IDN"},
                   {"Peru granted asylum to five Panamanian officers.", "PER", "PAN"},
                   {"The United States sent food aid to Somalia.", "USA", "SOM"},
                   {"Britain provided humanitarian assistance to Iraqi refugees.", "GBR", "IRQ"},
                   {"Saudi Arabia donated $50 million to Bosnia.", "SAU", "BIH"},
                   {"Germany granted a loan to Poland.", "DEU", "POL"},
                   {"The United States trained Colombian troops.", "USA", "COL"},
                   {"China sent a medical team to Sierra Leone.", "CHN", "SLE"},
                   {"Austria granted political asylum to an Iraqi diplomat.", "AUT", "IRQ"},
                   {"Kuwait provided financial aid to Jordan.", "KWT", "JOR"},
                   {"Sweden airlifted relief supplies to Ethiopia.", "SWE", "ETH"},
                   {"The United States provided military assistance to El Salvador.", "USA", "SLV"},
                   {"Cuba sent doctors to Venezuela.", "CUB", "VEN"},
                   {"The World Bank lent $300 million to Brazil.", "IGO", "BRA"},
                   {"France delivered emergency food supplies to Rwanda.", "FRA", "RWA"},
                   {"Canada extended a $20 million credit to Haiti.", "CAN", "HTI"},
                   {"The United States supplied Stinger missiles to Afghan rebels.", "USA", "AFG"},
                   {"Norway shipped food to southern Sudan.", "NOR", "SDN"},
                   {"Japan extended a loan to the Philippines.", "JPN", "PHL"},
                   {"The United States gave Israel $3 billion in aid.", "USA", "ISR"},
                   {"Britain sent relief supplies to Jordan.", "GBR", "JOR"},
                   {"The Red Cross evacuated wounded civilians from Misrata.", "NGO", "LBY"},
                   {"Jordanian helicopters airlifted wounded Palestinians to Amman.", "JOR", "PSE"},
                   {"China delivered food and medicine to North Korea.", "CHN", "PRK"},
                   {"Kuwait donated food, blankets and tents to Afghan refugees.", "KWT", "AFG"},
               });
}

TEST(CoverageTest, Concede) {
  check("CONCEDE", {
                       {"Syria accepted the demands of the opposition.", "SYR", "SYR"},
                       {"The Chilean government lifted restrictions on the press.", "CHL", "CHL"},
                       {"Kenya legalized opposition parties.", "KEN", "KEN"},
                       {"Jordan lifted the ban on political parties.", "JOR", "JOR"},
                       {"Iraq yielded to UN demands.", "IRQ", "IGO"},
                       {"The Nepalese king gave in to demands from protesters.", "NPL", "NPL"},
                       {"The Thai government met the demands of the protesters.", "THA", "THA"},
                       {"China relaxed controls on foreign journalists.", "CHN", "CHN"},
                       {"Sri Lanka lifted its ban on the Tamil Tigers.", "LKA", "LKA"},
                       {"Iran bowed to American pressure.", "IRN", "USA"},
                       {"North Korea made concessions to the United States.", "PRK", "USA"},
                       {"Brazil gave in to pressure from the IMF.", "BRA", "IGO"},
                       {"Indonesia's government accepted demands from students to hold early elections.", "IDN", "IDN"},
                       {"The Bolivian government conceded to demands from Bolivian coca growers.", "BOL", "BOL"},
                       {"Bangladeshi transport workers called off their strike.", "BGD", "-"},
                       {"South Korean truck drivers ended their week-long strike.", "KOR", "-"},
                       {"Sudan lifted the state of emergency in the north.", "SDN", "-"},
                       {"Indonesia lifted the curfew in Jakarta.", "IDN", "IDN"},
                       {"Israeli troops relaxed the curfew in Nablus.", "ISR", "PSE"},
                       {"Sri Lanka relaxed emergency regulations.", "LKA", "-"},
                       {"The Philippine president revoked martial law in Mindanao.", "PHL", "PHL"},
                       {"Indian authorities eased the curfew in Srinagar.", "IND", "IND"},
                       {"The Angolan president conceded at last to demands from the Angolan opposition.", "AGO", "AGO"},
                   });
}

TEST(CoverageTest, Retreat) {
  check("RETREAT", {
                       {"Israel withdrew its troops from southern Lebanon.", "ISR", "LBN"},
                       {"The Indonesian president resigned.", "IDN", "-"},  // PLOVER codebook: resign
                       {"Iraq released 200 Iranian prisoners of war.", "IRQ", "IRN"},
                       {"Vietnam freed three American journalists.", "VNM", "USA"},
                       {"Libya returned the seized oil tanker to Malta.", "LBY", "MLT"},
                       {"The United States lifted sanctions on India.", "USA", "IND"},
                       {"Iraq allowed UN weapons inspectors to return.", "IRQ", "IGO"},
                       {"Israel eased the blockade of the Palestinian territories.", "ISR", "PSE"},
                       {"Serbia pulled its forces out of Kosovo.", "SRB", "XKX"},
                       {"Ethiopian troops surrendered to Eritrean forces.", "ETH", "ERI"},
                       {"The European Union eased its embargo on Libya.", "IGO", "LBY"},
                       {"Indonesia allowed aid agencies into Aceh.", "IDN", "IDN"},
                       {"Uganda withdrew its troops from Congo.", "UGA", "COD"},
                       {"Pakistan repatriated 500 Indian fishermen.", "PAK", "IND"},
                       {"Armenia agreed a ceasefire with Azerbaijan.", "ARM", "AZE"},
                       {"Iran freed a British businessman.", "IRN", "GBR"},
                       {"France released two New Zealand sailors.", "FRA", "NZL"},
                       {"Angolan rebels declared a unilateral ceasefire.", "AGO", "-"},
                       {"Israel freed 200 Palestinian prisoners.", "ISR", "PSE"},
                       {"The United States unfroze Iranian assets.", "USA", "IRN"},
                       {"Kenya released opposition leaders.", "KEN", "KEN"},
                       {"Tanzania reopened its border with Burundi.", "TZA", "BDI"},
                   });
}

TEST(CoverageTest, Accuse) {
  check("ACCUSE", {
                      {"Brazil criticised the United States.", "BRA", "USA"},
                      {"Iran accused Iraq of using chemical weapons.", "IRN", "IRQ"},
                      {"Amnesty International accused Turkey of torturing prisoners.", "NGO", "TUR"},
                      {"China condemned Japan's decision.", "CHN", "JPN"},
                      {"Israel blamed Syria for the attack.", "ISR", "SYR"},
                      {"Pakistan denounced India.", "PAK", "IND"},
                      {"Nicaragua sued the United States at the World Court.", "NIC", "USA"},
                      {"Turkey rebuked Germany.", "TUR", "DEU"},
                      {"Egypt slammed Israel over settlements.", "EGY", "ISR"},
                      {"France lashed out at the United States.", "FRA", "USA"},
                      {"Washington censured Syria.", "USA", "SYR"},
                      {"South Korea blasted North Korea.", "KOR", "PRK"},
                      {"India held Pakistan responsible for the bombing.", "IND", "PAK"},
                      {"Kuwait filed a complaint against Iraq with the Security Council.", "KWT", "IRQ"},
                      {"The United Nations opened an investigation into killings by Indonesian troops.", "IGO", "IDN"},
                      {"Britain charged Russia with espionage.", "GBR", "RUS"},
                      {"Greece protested to Turkey over the violation of its airspace.", "GRC", "TUR"},
                      {"France lodged a protest with Iran.", "FRA", "IRN"},
                      {"China protested to the United States over the bombing.", "CHN", "USA"},
                      {"Egypt sentenced 10 Islamic militants to death.", "EGY", "EGY"},
                      {"Israel blamed Lebanon for the rocket attack.", "ISR", "LBN"},
                      {"Washington criticized Beijing's human rights record.", "USA", "CHN"},
                      {"The UN General Assembly condemned Israel.", "IGO", "ISR"},
                      {"French judges placed a former Ivorian minister under formal investigation.", "FRA", "CIV"},
                      {"The Kenyan president was placed under investigation by the ICC.", "IGO", "KEN"},
                      {"Swiss prosecutors opened an investigation into the Uzbek president's daughter.", "CHE", "UZB"},
                      {"Iran lodged a complaint with the Security Council over the American blockade.", "IRN", "USA"},
                      {"Chad complained to the African Union about Sudanese raids.", "TCD", "SDN"},
                      {"The Arab League denounced as a war crime Israel's bombing of Beirut.", "IGO", "ISR"},
                  });
}

TEST(CoverageTest, Request) {
  check("REQUEST", {
                       {"Egypt urged Israel to halt settlement activity.", "EGY", "ISR"},
                       {"Iraq called on Iran to release prisoners.", "IRQ", "IRN"},
                       {"Sudan appealed to the United Nations for food aid.", "SDN", "IGO"},
                       {"Bangladesh asked Japan for economic assistance.", "BGD", "JPN"},
                       {"Lebanon demanded that Israel withdraw from the south.", "LBN", "ISR"},
                       {"Kuwait requested military help from the United States.", "KWT", "USA"},
                       {"Angola sought aid from Portugal.", "AGO", "PRT"},
                       {"Britain pressed China to respect human rights.", "GBR", "CHN"},
                       {"Poland demanded compensation from Germany.", "POL", "DEU"},
                       {"Chad asked France to send troops.", "TCD", "FRA"},
                       {"Iran demanded an apology from Britain.", "IRN", "GBR"},
                       {"Japan urged North Korea to return to negotiations.", "JPN", "PRK"},
                       {"The Philippines pleaded with Malaysia to spare the life of a Filipino maid.", "PHL", "MYS"},
                       {"Washington called for the resignation of the Panamanian leader.", "USA", "PAN"},
                       {"The Security Council demanded that Serbia allow aid convoys.", "IGO", "SRB"},
                       {"France demanded the release of French hostages in Lebanon.", "FRA", "FRA"},
                       {"India sought American help in the investigation.", "IND", "USA"},
                       {"Mexico appealed to Washington for emergency loans.", "MEX", "USA"},
                       {"Israel asked Egypt to mediate.", "ISR", "EGY"},
                       {"Greece demanded that Turkey withdraw its troops from Cyprus.", "GRC", "TUR"},
                       {"Japan asked the United States for help.", "JPN", "USA"},
                       {"The Security Council called on Iraq to withdraw from Kuwait.", "IGO", "IRQ"},
                       {"The Palestinians appealed to the United Nations for protection.", "PSE", "IGO"},
                       {"Germany is pushing hard for Greece to accept the reform plan.", "DEU", "GRC"},
                       {"Britain pressed for an end to the fighting in Bosnia.", "GBR", "BIH"},
                       {"Saudi Arabia lobbied Washington to block the resolution.", "SAU", "USA"},
                       {"Canada called for sanctions against Burma.", "CAN", "MMR"},
                       {"The Arab League urged sanctions against Israel.", "IGO", "ISR"},
                       {"Russia called for the lifting of sanctions against Iraq.", "RUS", "IRQ"},
                       {"France is pushing hard for Germany to back its budget plan.", "FRA", "DEU"},
                   });
}

TEST(CoverageTest, Reject) {
  check("REJECT", {
                      {"Israel rejected the Egyptian proposal.", "ISR", "EGY"},
                      {"Syria turned down an invitation from Jordan.", "SYR", "JOR"},
                      {"Iran dismissed the UN resolution.", "IRN", "IGO"},
                      {"North Korea rebuffed South Korea's offer of talks.", "PRK", "KOR"},
                      {"Serbia defied NATO.", "SRB", "IGO"},
                      {"Cuba rejected American demands.", "CUB", "USA"},
                      {"Pakistan spurned an Indian offer.", "PAK", "IND"},
                      {"Argentina refused a British request.", "ARG", "GBR"},
                      {"Nigeria ignored appeals from Britain.", "NGA", "GBR"},
                      {"Israel ruled out talks with the Palestinians.", "ISR", "PSE"},
                      {"Zimbabwe rejected British aid.", "ZWE", "GBR"},
                      {"China refused to meet the American envoy.", "CHN", "USA"},
                      {"Iraq refused to cooperate with UN inspectors.", "IRQ", "IGO"},
                      {"India rejected Pakistan's call for talks on Kashmir.", "IND", "PAK"},
                      {"Turkey rejected the Greek plan.", "TUR", "GRC"},
                      {"Libya refused to hand over the suspects to Britain.", "LBY", "GBR"},
                      {"Syria turned down an American request.", "SYR", "USA"},
                      {"Hundreds of Palestinians violated the curfew imposed by Israeli troops.", "PSE", "ISR"},
                      {"The Serbian government defied the court order.", "SRB", "SRB"},
                      {"Algerian youths broke the curfew in Algiers.", "DZA", "DZA"},
                      {"Iranian students violated the ban on gatherings.", "IRN", "-"},
                  });
}

TEST(CoverageTest, Threaten) {
  check("THREATEN", {
                        {"Iran threatened Iraq.", "IRN", "IRQ"},
                        {"China threatened to impose sanctions on the United States.", "CHN", "USA"},
                        {"Israel warned Syria of retaliation.", "ISR", "SYR"},
                        {"North Korea threatened to attack South Korea.", "PRK", "KOR"},
                        {"Turkey threatened to cut diplomatic ties with Syria.", "TUR", "SYR"},
                        {"The United States threatened to cut aid to Pakistan.", "USA", "PAK"},
                        {"Russia issued an ultimatum to Georgia.", "RUS", "GEO"},
                        {"Iraq threatened to expel UN inspectors.", "IRQ", "IGO"},
                        {"NATO threatened Serbia with air strikes.", "IGO", "SRB"},
                        {"The European Union threatened to boycott Austria.", "IGO", "AUT"},
                        {"Pakistan threatened to walk out of talks with India.", "PAK", "IND"},
                        {"India warned Pakistan of serious consequences.", "IND", "PAK"},
                        {"China threatened to use force against Taiwan.", "CHN", "TWN"},
                        {"The United States threatened military action against Iraq.", "USA", "IRQ"},
                        {"Argentina threatened to break off relations with Britain.", "ARG", "GBR"},
                        {"Britain threatened Iceland with a trade embargo.", "GBR", "ISL"},
                        {"Iraq warned Kuwait.", "IRQ", "KWT"},
                        {"Hamas swore to fight Israel.", "PSE", "ISR"},
                        {"The Taliban have sworn to fight American troops in Afghanistan.", "AFG", "USA"},
                        {"Chechen rebels swore revenge against Russia.", "RUS", "RUS"},
                        {"Tamil rebels vowed to fight the Sri Lankan army.", "LKA", "LKA"},
                    });
}

TEST(CoverageTest, Protest) {
  check("PROTEST", {
                       {"Polish workers went on strike.", "POL", "-"},
                       {"South Korean students rioted in Seoul.", "KOR", "KOR"},
                       {"Iranian students staged a protest outside the British embassy.", "IRN", "GBR"},
                       {"Rebels blocked roads into Abidjan.", "CIV", "CIV"},
                       {"French farmers blockaded the highway.", "FRA", "-"},
                       {"Pakistani Muslims rallied in Islamabad against the United States.", "PAK", "USA"},
                       {"Greek Cypriots held a demonstration against Turkey.", "CYP", "TUR"},
                       {"Kenyan opposition parties boycotted the elections.", "KEN", "-"},
                       {"Indian students protested against the United States.", "IND", "USA"},
                       {"South African miners staged a sit-in.", "ZAF", "-"},
                       {"Chinese students took to the streets to protest against Japan.", "CHN", "JPN"},
                       {"Bangladeshi opposition parties called a general strike.", "BGD", "-"},
                       {"Turkish prisoners went on a hunger strike.", "TUR", "-"},
                       {"French farmers blocked roads.", "FRA", "-"},
                       {"Palestinians called a general strike to protest against Israel.", "PSE", "ISR"},
                       {"Cuban dissidents staged a hunger strike in Havana.", "CUB", "CUB"},
                       {"Two Irish prisoners remained on hunger strike.", "IRL", "-"},
                       {"Turkish prisoners entered the 60th day of a hunger strike.", "TUR", "-"},
                   });
}

TEST(CoverageTest, Mobilize) {
  check("MOBILIZE", {
                        {"Israel strengthened its forces along the border.", "ISR", "ISR"},
                        {"Iraq massed troops on the Kuwaiti border.", "IRQ", "IRQ"},
                        {"India put its army on alert.", "IND", "IND"},
                        {"Pakistan placed its forces on high alert.", "PAK", "PAK"},
                        {"The United States deployed troops to Saudi Arabia.", "USA", "SAU"},
                        {"China mobilized troops along the Vietnamese border.", "CHN", "CHN"},
                        {"Russia reinforced its troops in Chechnya.", "RUS", "RUS"},
                        {"Turkey sent reinforcements to its border with Iraq.", "TUR", "IRQ"},
                        {"Egypt called up reservists.", "EGY", "EGY"},
                        {"Syria moved tanks to the Lebanese border.", "SYR", "-"},
                        {"Israel conducted military exercises near the Syrian border.", "ISR", "ISR"},
                        {"Iran staged war games in the Gulf.", "IRN", "-"},
                        {"The South African government beefed up security in Soweto.", "ZAF", "ZAF"},
                        {"Libya stepped up its military presence on the Chadian border.", "LBY", "LBY"},
                        {"Greece raised the alert level of its armed forces.", "GRC", "GRC"},
                        {"North Korea mobilized its armed forces.", "PRK", "PRK"},
                        {"The United States put its forces on alert.", "USA", "USA"},
                        {"The United States sent an aircraft carrier to the Gulf.", "USA", "-"},
                        {"Pakistani troops stayed on high alert along the Line of Control.", "PAK", "-"},
                        {"The Syrian army remained on alert after the border clashes.", "SYR", "-"},
                        {"South Korea placed its troops on high alert.", "KOR", "KOR"},
                        {"Cuba kept its armed forces on high alert.", "CUB", "CUB"},
                    });
}

TEST(CoverageTest, Sanction) {
  check("SANCTION", {
                        {"Canada expelled two Russian diplomats.", "CAN", "RUS"},
                        {"Japan halted economic aid to Serbia.", "JPN", "SRB"},
                        {"The United Nations reduced food supplies to a Cambodian refugee camp.", "IGO", "KHM"},
                        {"Britain broke off diplomatic relations with Libya.", "GBR", "LBY"},
                        {"Iran recalled its ambassador from Denmark.", "IRN", "DNK"},
                        {"The United States suspended military aid to Guatemala.", "USA", "GTM"},
                        {"Israel broke off talks with Syria.", "ISR", "SYR"},
                        {"The Palestinians walked out of talks with Israel.", "PSE", "ISR"},
                        {"Norway suspended its mediation in Sri Lanka.", "NOR", "LKA"},
                        {"Iraq expelled UN weapons inspectors.", "IRQ", "IGO"},
                        {"Sudan expelled foreign aid agencies.", "SDN", "SDN"},
                        {"Chad severed relations with Libya.", "TCD", "LBY"},
                        {"Morocco downgraded relations with Israel.", "MAR", "ISR"},
                        {"The World Bank cut off loans to Kenya.", "IGO", "KEN"},
                        {"Egypt closed its embassy in Afghanistan.", "EGY", "AFG"},
                        {"Thailand withdrew its ambassador from Cambodia.", "THA", "KHM"},
                        {"The United States froze aid to Nicaragua.", "USA", "NIC"},
                        {"Iran suspended diplomatic ties with Britain.", "IRN", "GBR"},
                        {"The United States cut off aid to Cuba.", "USA", "CUB"},
                        {"France withdrew its ambassador from Iran.", "FRA", "IRN"},
                        {"Bahrain cut diplomatic ties with Iran.", "BHR", "IRN"},
                        {"The United States suspended aid to Pakistan.", "USA", "PAK"},
                        {"Sudan forced the French aid agency out of the country.", "SDN", "FRA"},
                        {"The Eritrean government ordered the UN mission out of the country.", "ERI", "IGO"},
                        {"The United States imposed sanctions on Iraq.", "USA", "IRQ"},
                        {"The European Union imposed an arms embargo on Yugoslavia.", "IGO", "SRB"},
                        {"The United States imposed an embargo on Cuba.", "USA", "CUB"},
                        {"The United Nations imposed sanctions against Iran.", "IGO", "IRN"},
                        {"Britain placed an embargo on Argentina.", "GBR", "ARG"},
                        {"Washington slapped sanctions on Libya.", "USA", "LBY"},
                        {"Zambia closed its border with Zimbabwe.", "ZMB", "ZWE"},
                        {"Algeria shut its border with Morocco.", "DZA", "MAR"},
                        {"Kenya closed its frontier with Somalia.", "KEN", "SOM"},
                    });
}

TEST(CoverageTest, Coerce) {
  check("COERCE", {
                      {"Turkish police prevented a demonstration by students.", "TUR", "TUR"},
                      {"Israeli soldiers detained three Palestinians.", "ISR", "PSE"},
                      {"The Indian army imposed a curfew on Srinagar.", "IND", "IND"},
                      {"Pakistan declared martial law.", "PAK", "-"},
                      {"Saudi Arabia deported 300 Yemeni workers.", "SAU", "YEM"},
                      {"Israel expelled four Palestinian activists to Lebanon.", "ISR", "PSE"},
                      {"The Kenyan government banned opposition rallies.", "KEN", "KEN"},
                      {"Egypt banned the Muslim Brotherhood.", "EGY", "EGY"},
                      {"China detained an American businessman.", "CHN", "USA"},
                      {"British troops arrested an IRA suspect.", "GBR", "GBR"},
                      {"Indian police arrested 20 militants in Punjab.", "IND", "IND"},
                      {"Sri Lankan police rounded up 200 Tamil youths.", "LKA", "LKA"},
                      {"The arrest of two Pakistani diplomats by Indian police angered Islamabad.", "IND", "PAK"},
                      {"Three Palestinians were arrested by Israeli troops.", "ISR", "PSE"},
                      {"Chinese police detained dissidents.", "CHN", "CHN"},
                      {"Zimbabwe forced a British journalist out of the country.", "ZWE", "GBR"},
                      {"Rwanda forced Belgian missionaries to leave the country.", "RWA", "BEL"},
                      {"Indian troops opened fire on demonstrators in Kashmir.", "IND", "IND"},
                      {"Kenya ordered two private television stations to halt their broadcasts.", "KEN", "KEN"},
                  });
}

TEST(CoverageTest, Assault) {
  check("ASSAULT", {
                       {"Afghan rebels kidnapped two Pakistani engineers.", "AFG", "PAK"},
                       {"Iraqi artillery shelled Iranian positions.", "IRQ", "IRN"},
                       {"Serb forces massacred Bosnian civilians.", "SRB", "BIH"},
                       {"Indonesian troops tortured East Timorese prisoners.", "IDN", "TLS"},
                       {"Armenian forces launched an offensive against Azerbaijan.", "ARM", "AZE"},
                       {"Israeli soldiers beat Palestinian youths.", "ISR", "PSE"},
                       {"Iraqi forces invaded Kuwait.", "IRQ", "KWT"},
                       {"Chinese forces clashed with Vietnamese troops.", "CHN", "VNM"},
                       {"NATO aircraft bombed Serbian targets.", "IGO", "SRB"},
                       {"Afghan rebels ambushed a government convoy.", "AFG", "AFG"},
                       {"Rwandan soldiers killed 40 Burundian villagers.", "RWA", "BDI"},
                       {"Pakistani troops violated the ceasefire with India.", "PAK", "IND"},
                       {"Iranian forces launched a missile attack on Baghdad.", "IRN", "IRQ"},
                       {"Two French journalists were kidnapped by Lebanese gunmen.", "LBN", "FRA"},
                       {"American warplanes carried out air strikes against Libya.", "USA", "LBY"},
                       {"Colombian guerrillas blew up an oil pipeline.", "COL", "-"},
                       {"Salvadoran rebels raided an army garrison.", "SLV", "SLV"},
                       {"Israeli warplanes bombed Lebanese villages.", "ISR", "LBN"},
                       {"Russian troops attacked rebels in Chechnya.", "RUS", "RUS"},
                       {"The Iraqi invasion of Kuwait shocked the world.", "IRQ", "KWT"},
                       {"Israel launched air strikes on Lebanon.", "ISR", "LBN"},
                       {"Iraq fired Scud missiles at Israel.", "IRQ", "ISR"},
                       {"American forces bombarded Iraqi positions.", "USA", "IRQ"},
                       {"Indian troops exchanged fire with Pakistani troops.", "IND", "PAK"},
                       {"Serb gunners shelled Sarajevo.", "SRB", "BIH"},
                       {"Afghan rebels shot down an Afghan air force plane.", "AFG", "AFG"},
                       {"Israeli commandos raided a Lebanese village.", "ISR", "LBN"},
                       {"Ugandan rebels abducted 30 schoolchildren.", "UGA", "UGA"},
                       {"Peruvian guerrillas killed 12 soldiers.", "PER", "PER"},
                       {"Israel blockaded the Gaza Strip.", "ISR", "PSE"},
                       {"Iraqi troops occupied Kuwait.", "IRQ", "KWT"},
                   });
}

}  // namespace
}  // namespace dyad
