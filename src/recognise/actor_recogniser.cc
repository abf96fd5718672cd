// Actor phrases:  [cue] [role ,?]* [person | Name]   or   org   or   person
// where cue is a country, demonym, capital or region, optionally with "'s".
// A role phrase without a cue looks right for "of/in <country>".
#include <algorithm>

#include "dyad/actors.h"
#include "dyad/gazetteer.h"

namespace dyad {

namespace {

struct Match {
  size_t begin = 0, end = 0;  // tokens
  const std::vector<uint32_t>* entries = nullptr;
  std::string_view fuzzy;  // the alias a misspelt word was taken for ("israel" for "Isreal")
};

bool in_range(const ActorEntry& e, const Date& d) {
  const long x = d.days();
  if (e.from && x < e.from->days()) return false;
  if (e.to && x > e.to->days()) return false;
  return true;
}

// Days from `d` to the nearest end of the entry's period (0 inside it).
long distance(const ActorEntry& e, const Date& d) {
  const long x = d.days();
  if (e.from && x < e.from->days()) return e.from->days() - x;
  if (e.to && x > e.to->days()) return x - e.to->days();
  return 0;
}

}  // namespace

// The role of a person in force on `when`: a dated period containing the date
// wins over an undated entry (TABARI's default role), which wins over the
// period nearest in time. Without a date: the undated entry, else the latest period.
const ActorEntry* pick_person(const ActorLexicon& lex, const std::vector<uint32_t>& ids,
                              const std::optional<Date>& when) {
  const ActorEntry* best = nullptr;
  long best_rank = 0;
  for (uint32_t id : ids) {
    const ActorEntry& e = lex.entry(id);
    if (e.kind != ActorKind::kPerson) continue;
    const bool dated = e.from || e.to;
    long rank;  // lower is better
    if (when) {
      rank = !dated ? 1 : in_range(e, *when) ? 0 : 2 + distance(e, *when);
    } else {
      // Latest start first; open starts count as oldest.
      rank = !dated ? -(1L << 40) : -(e.from ? e.from->days() : -(1L << 30));
    }
    if (!best || rank < best_rank) {
      best = &e;
      best_rank = rank;
    }
  }
  return best;
}

namespace {

enum class Compound : uint8_t { kNone, kLed, kBacked };

}  // namespace

void ActorRecogniser::operator()(Document& doc, const std::vector<std::optional<Date>>& sentence_dates) const {
  doc.actors.clear();
  // Persons introduced in this document: folded name / surname -> actor.
  std::unordered_map<std::string, Actor> discovered;

  auto kind_of = [&](const Match& m) { return lex_.entry((*m.entries)[0]).kind; };
  auto pick = [&](const Match& m, ActorKind k) -> const ActorEntry* {
    for (uint32_t id : *m.entries)
      if (lex_.entry(id).kind == k) return &lex_.entry(id);
    return nullptr;
  };
  auto has_kind = [&](const Match& m, ActorKind k) { return pick(m, k) != nullptr; };

  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    const size_t end = s.end_token;
    std::optional<Date> when = si < sentence_dates.size() ? sentence_dates[si] : doc.date;
    // A capitalised word that starts no actor or role phrase: part of a name.
    // An unknown word in -ed after a nationality is its verb ("Nigerians converged on Lagos"),
    // not a thing it describes (nouns in -ed are short: "bed", "seed").
    auto past_tense = [&](const Token& x) {
      const std::string_view n = doc.norm(x);
      return n.size() > 5 && n.ends_with("ed");
    };
    auto name_like = [&](size_t k) {
      const Token& t = doc.tokens[k];
      if (!t.has(kCapitalised) || !t.has(kWord) || t.has(kHasDigit) || t.has(kAllCaps)) return false;
      const std::vector<uint32_t>* e2 = nullptr;
      if (lex_.match(doc, k, end, &e2))
        for (uint32_t id : *e2)
          if (lex_.entry(id).kind != ActorKind::kPerson) return false;
      return true;
    };
    // A misspelt country or nationality ("Isreal", "Ethopia"; see FuzzyNames), tried on unknown
    // capitalised words only, so that well-spelt text pays nothing for it.
    auto fuzzy_at = [&](size_t i, std::string_view* alias) -> const std::vector<uint32_t>* {
      const Token& t = doc.tokens[i];
      if (t.word || !t.has(kCapitalised) || t.has(kAllCaps) || t.norm_len < FuzzyNames::kMinLength) return nullptr;
      const std::string_view w = doc.norm(t);
      const std::vector<uint32_t>* e = lex_.match_fuzzy(w, alias);
      if (!e) return nullptr;
      // A known word and an "s": a plural or a possessive without its apostrophe ("the Americas" are no Americans).
      if (w.back() == 's' && cues_.vocab && cues_.vocab->find(w.substr(0, w.size() - 1))) return nullptr;
      // A place of the gazetteer is that place: "Brixton" is no Briton.
      if (!Gazetteer::embedded().find(w).empty()) return nullptr;
      // A name after a given name, here or earlier in the document: "Christine Milian", "Alfred
      // Brittain ... Brittain said" (sentence-initial words are capitalised anyway: there only known
      // given names count, and no determiner does, whatever a person alias starts with).
      for (size_t sj = 0; sj <= si; ++sj) {
        const Sentence& s2 = doc.sentences[sj];
        for (size_t k = s2.first_token + 1; k < s2.end_token && k <= i; ++k) {
          const uint32_t before = doc.tokens[k - 1].word;
          if (!doc.tokens[k].word && doc.norm(doc.tokens[k]) == w && name_like(k - 1) &&
              (k - 1 != s2.first_token || (lex_.is_given_name(before) && !cues_.determiners.count(before))))
            return nullptr;
        }
      }
      return e;
    };
    auto match_at = [&](size_t i) {
      Match m;
      m.begin = i;
      const std::vector<uint32_t>* e = nullptr;
      size_t len = lex_.match(doc, i, end, &e);
      std::string_view fuzzy;
      if (!len) {
        e = fuzzy_at(i, &fuzzy);
        if (!e) return m;
        len = 1;
      }
      // Proper-noun kinds need a capital letter (or the `lower` flag).
      const ActorEntry& first = lex_.entry((*e)[0]);
      if (first.kind != ActorKind::kRole && !(first.flags & kLower) && !doc.tokens[i].has(kCapitalised) &&
          !doc.tokens[i].has(kHasDigit))
        return m;
      const bool cue_kind = first.kind == ActorKind::kCountry || first.kind == ActorKind::kDemonym ||
                            first.kind == ActorKind::kSeat || first.kind == ActorKind::kRegion;
      // "Paris Hilton", "Washington Post", "Chad Johnson": a name continues after it. A nationality
      // adjective stays an actor before capitalised words followed by a lower-case one ("Danish Web
      // sites", "Burmese Karen rebels"), unless they make it part of a proper name ("the Indian Ocean",
      // "American Civil Liberties Union"); a misspelt one never does ("Britton Lee Inc" is no Briton).
      // A place noun after it is no name's next word but the place's own ("West Darfur State",
      // "Kandahar Province", "Baghdad University").
      // An ambiguous title is a title before a name ("Speaker Nancy Pelosi", "PM Imran Khan").
      const bool ambiguous_name =
          (first.flags & kAmbiguous) && !(first.kind == ActorKind::kRole && (first.flags & kTitle));
      if ((cue_kind || ambiguous_name) && i + len < end && name_like(i + len) &&
          !(cue_kind && cues_.place_after.count(doc.tokens[i + len].word))) {
        if (first.kind != ActorKind::kDemonym || ambiguous_name || !fuzzy.empty()) return m;
        size_t k = i + len;
        while (k < end && k - (i + len) < 4 && name_like(k) && !cues_.objects.count(doc.tokens[k].word)) ++k;
        if (k == i + len || k >= end || !doc.tokens[k].has(kWord) || doc.tokens[k].has(kCapitalised)) return m;
      }
      // "Michael Jordan", "Georgia": a given name before it (sentence-initial words are
      // capitalised anyway, so there only known given names count).
      if ((first.flags & kAmbiguous) && i > s.first_token && name_like(i - 1) &&
          (i - 1 != s.first_token || lex_.is_given_name(doc.tokens[i - 1].word)))
        return m;
      m.end = i + len;
      m.entries = e;
      m.fuzzy = fuzzy;
      return m;
    };
    // Capitalised unknown words after a title: a person's name.
    auto name_run = [&](size_t i) {
      size_t j = i;
      while (j < end && j - i < 4 && doc.tokens[j].has(kCapitalised) && doc.tokens[j].has(kWord) &&
             !doc.tokens[j].has(kHasDigit)) {
        const std::vector<uint32_t>* e = nullptr;
        if (lex_.match(doc, j, end, &e) && j > i) break;  // another actor starts
        ++j;
      }
      return j;
    };
    auto folded_span = [&](size_t b, size_t e) {
      std::string k;
      for (size_t x = b; x < e; ++x) {
        if (x > b) k.push_back(' ');
        k += doc.norm(doc.tokens[x]);
      }
      return k;
    };

    // "Saudi-led", "Iranian-backed": one hyphenated token whose first part is a one-word
    // country, nationality, capital or organisation alias and whose second part is a `led` or
    // `backed` word of place-cues.tsv. Only tokens with a hyphen that start no other match get here.
    auto compound_at = [&](size_t k, Compound* how) {
      Match c;
      c.begin = k;
      const Token& t = doc.tokens[k];
      if (!cues_.vocab || !t.has(kWord)) return c;
      const std::string_view w = doc.norm(t);
      const size_t dash = w.rfind('-');
      if (dash == std::string_view::npos || dash == 0 || dash + 1 >= w.size()) return c;
      const uint32_t second = cues_.vocab->find(w.substr(dash + 1));
      const bool led = second && cues_.led.count(second), backed = second && cues_.backed.count(second);
      if (!led && !backed) return c;
      const std::vector<uint32_t>* e = lex_.match_word(cues_.vocab->find(w.substr(0, dash)));
      if (!e) return c;
      const ActorEntry& first = lex_.entry((*e)[0]);
      if (first.kind == ActorKind::kRole || first.kind == ActorKind::kPerson) return c;
      if (!(first.flags & kLower) && !t.has(kCapitalised)) return c;
      c.end = k + 1;
      c.entries = e;
      *how = led ? Compound::kLed : Compound::kBacked;
      return c;
    };
    // Roles flagged `cued` ("coalition") never start a mention.
    auto cued_only = [&](const Match& r) {
      for (uint32_t id : *r.entries)
        if (lex_.entry(id).kind != ActorKind::kRole || !(lex_.entry(id).flags & kCued)) return false;
      return true;
    };

    size_t i = s.first_token;
    while (i < end) {
      // Determiners are not part of the mention.
      Match m = match_at(i);
      if (m.entries && cued_only(m)) m = Match{};
      Compound how = Compound::kNone;
      if (!m.entries) m = compound_at(i, &how);
      // "U.S.-led": after a dotted abbreviation the hyphen and its word are tokens of their own.
      if (m.entries && how == Compound::kNone && m.end + 1 < end && !doc.tokens[m.end].has(kSpaceBefore) &&
          !doc.tokens[m.end + 1].has(kSpaceBefore) && doc.norm(doc.tokens[m.end]) == "-" &&
          (cues_.led.count(doc.tokens[m.end + 1].word) || cues_.backed.count(doc.tokens[m.end + 1].word))) {
        const ActorKind k0 = lex_.entry((*m.entries)[0]).kind;
        if (k0 != ActorKind::kRole && k0 != ActorKind::kPerson) {
          how = cues_.led.count(doc.tokens[m.end + 1].word) ? Compound::kLed : Compound::kBacked;
          m.end += 2;
        }
      }
      // "Montenegro Municipality Association (AKK)": an acronym in brackets right after a name the
      // lexicons do not know is that name's, not a namesake's (a politician known as AKK).
      if (m.entries && m.end == i + 1 && doc.tokens[i].has(kAllCaps) && i >= s.first_token + 2 && m.end < end &&
          doc.norm(doc.tokens[i - 1]) == "(" && doc.norm(doc.tokens[m.end]) == ")" &&
          doc.tokens[i - 2].has(kCapitalised) && doc.tokens[i - 2].has(kWord) &&
          (doc.actors.empty() || doc.actors.back().end_token < i - 1))
        m = Match{};
      if (!m.entries) {
        // A person introduced earlier in the document ("Maiga said").
        if (doc.tokens[i].has(kCapitalised) && doc.tokens[i].has(kWord) && !discovered.empty()) {
          size_t j = name_run(i);
          for (size_t e2 = j; e2 > i; --e2) {
            auto it = discovered.find(folded_span(i, e2));
            if (it != discovered.end()) {
              ActorMention am;
              am.actor = it->second;
              am.first_token = static_cast<uint32_t>(i);
              am.end_token = static_cast<uint32_t>(e2);
              am.span = {doc.tokens[i].span.start, doc.tokens[e2 - 1].span.end};
              am.actor.text = std::string(doc.surface(am.span));
              am.entry = std::string(kDiscoveredInDocument);
              am.person = true;
              doc.actors.push_back(std::move(am));
              i = e2;
              goto next;
            }
          }
        }
        ++i;
        continue;
      }
      {
        ActorMention am;
        am.first_token = static_cast<uint32_t>(i);
        std::string country;
        std::vector<std::string> sectors;
        std::string name;
        std::vector<std::string> why;
        const ActorEntry* person = nullptr;
        const ActorEntry* org = nullptr;
        const ActorEntry* cue = nullptr;
        bool had_title = false;
        bool firm_role = false;  // a role that names an actor alone (not an `ambiguous` one)
        // `fuzzy "Isreal" ~ "Israel"` when the cue is a misspelt name, listed before the cue's entry.
        std::string fuzzy_note;
        auto note_fuzzy = [&](const Match& c) {
          if (c.fuzzy.empty()) return;
          std::string alias(c.fuzzy);
          alias[0] = static_cast<char>(alias[0] - 'a' + 'A');  // folded ASCII letters, capitalised as in the text
          fuzzy_note = "fuzzy \"" + std::string(doc.surface(doc.tokens[c.begin])) + "\" ~ \"" + alias + "\"";
        };
        size_t j = i;
        ActorKind k = kind_of(m);
        auto add_sectors = [&](const ActorEntry& e) {
          for (const std::string& x : e.sectors)
            if (std::find(sectors.begin(), sectors.end(), x) == sectors.end()) sectors.push_back(x);
        };
        // Roles and titles after a cue or an organisation, then the person they name:
        // "Malian Defense Minister Sadio Camara", "Arab League Secretary-General Chedli Klibi".
        auto read_roles = [&]() {
          if (j < end && (cue || org) && doc.tokens[j].has(kPossessive)) ++j;
          // "Iran's new government", "Nicaragua's Sandinista government": modifiers, and capitalised
          // words that start no actor, between the cue and its role noun.
          if (cue || org) {
            size_t x = j;
            bool skipped_cap = false;
            while (x < end && x - j < 3) {
              Match r = match_at(x);
              if (r.entries) break;
              const Token& t = doc.tokens[x];
              const bool cap = t.has(kCapitalised) && t.has(kWord) && !t.has(kHasDigit);
              if (!cap && !cues_.modifiers.count(t.word)) break;
              skipped_cap = skipped_cap || cap;
              ++x;
            }
            // After capitalised words the role must be a common noun: "American Civil Liberties
            // Union" is a name, not American trade unionists.
            if (x > j && x < end && !(skipped_cap && doc.tokens[x].has(kCapitalised))) {
              Match r = match_at(x);
              if (r.entries && has_kind(r, ActorKind::kRole)) j = x;
            }
          }
          for (;;) {
            Match r = j < end ? match_at(j) : Match{};
            if (r.entries && has_kind(r, ActorKind::kRole)) {
              const ActorEntry* role = pick(r, ActorKind::kRole);
              add_sectors(*role);
              had_title = had_title || (role->flags & kTitle);
              firm_role = firm_role || !(role->flags & kAmbiguous);
              why.push_back(role->origin);
              j = r.end;
              if (j + 1 < end && doc.tokens[j].has(kPunct) && doc.norm(doc.tokens[j]) == "." &&
                  !doc.tokens[j].has(kSpaceBefore))
                ++j;  // "Gen."
              // "Chief of General Staff, General Omar Diarra"
              if (j + 1 < end && doc.norm(doc.tokens[j]) == ",") {
                Match r2 = match_at(j + 1);
                if (r2.entries && has_kind(r2, ActorKind::kRole) && (pick(r2, ActorKind::kRole)->flags & kTitle)) ++j;
              }
              continue;
            }
            // An organisation's person only after a role ("NATO Secretary General Javier Solana").
            if (r.entries && has_kind(r, ActorKind::kPerson) && (had_title || cue || (org && !sectors.empty()))) {
              person = pick_person(lex_, *r.entries, when);
              j = r.end;
            } else if (had_title && j < end && !r.entries) {
              size_t n_end = name_run(j);
              if (n_end > j) {
                name = std::string(doc.surface(Span{doc.tokens[j].span.start, doc.tokens[n_end - 1].span.end}));
                std::string full = folded_span(j, n_end);
                std::string surname = std::string(doc.norm(doc.tokens[n_end - 1]));
                j = n_end;
                // Registered below, once the code is known.
                why.push_back(std::string(kNameAfterTitle) + name);
                am.entry = full + "\x1f" + surname;
              }
            }
            break;
          }
        };
        if (how == Compound::kBacked) {
          // "Russian-backed separatists", "Iranian-backed militias": the group is not the backer's
          // own force, so it keeps its role without the backer's country (the place it is in may
          // still give one: "Iranian-backed militias in Iraq").
          j = m.end;
          why.push_back("backed by " + lex_.entry((*m.entries)[0]).name + " (" + lex_.entry((*m.entries)[0]).origin +
                        ")");
          read_roles();
        } else if (how == Compound::kNone && (k == ActorKind::kPerson || has_kind(m, ActorKind::kPerson))) {
          // Pick the role in force on the date.
          person = pick_person(lex_, *m.entries, when);
          j = m.end;
        } else if (k == ActorKind::kOrg) {
          org = pick(m, ActorKind::kOrg);
          j = m.end;
          read_roles();
          if (how == Compound::kLed) why.push_back("led by the organisation");
        } else {
          if (k != ActorKind::kRole) {
            cue = &lex_.entry((*m.entries)[0]);
            note_fuzzy(m);
            j = m.end;
          }
          read_roles();
        }
        if (!cue && !person && !org && !sectors.empty()) {
          // "the president of Mali", "police in Lagos", "rebels in the north of the Ivory Coast"
          if (j + 1 < end && cues_.linkers.count(doc.tokens[j].word)) {
            size_t x = j + 1;
            for (size_t n = 0; x < end && n < 6; ++n) {
              const uint32_t w = doc.tokens[x].word;
              const bool skip =
                  w && (cues_.determiners.count(w) || cues_.place_modifiers.count(w) ||
                        (x > j + 1 && cues_.linkers.count(w) && cues_.place_modifiers.count(doc.tokens[x - 1].word)));
              if (!skip) break;
              ++x;
            }
            Match c = x < end ? match_at(x) : Match{};
            if (c.entries && !has_kind(c, ActorKind::kRole) && !has_kind(c, ActorKind::kPerson) &&
                !has_kind(c, ActorKind::kOrg)) {
              cue = &lex_.entry((*c.entries)[0]);
              note_fuzzy(c);
              j = c.end;
            } else if (c.entries && has_kind(c, ActorKind::kOrg) && cues_.origin.count(doc.tokens[j].word)) {
              // "supporters of the Muslim Brotherhood", "the leader of Hamas": the organisation's own.
              org = pick(c, ActorKind::kOrg);
              j = c.end;
            }
          }
        }
        // "King Hassan of Morocco": the text names the person's country; a namesake of another
        // country in the dictionaries gives way.
        const ActorEntry* origin = nullptr;
        if (person && !cue && !org && had_title && j + 1 < end && cues_.origin.count(doc.tokens[j].word)) {
          Match c = match_at(j + 1);
          if (c.entries && has_kind(c, ActorKind::kCountry)) {
            const ActorEntry& e = *pick(c, ActorKind::kCountry);
            if (e.country != person->country) origin = &e;
            j = c.end;  // "King Hussein of Jordan": one mention either way
          }
        }
        am.end_token = static_cast<uint32_t>(j);
        am.span = {doc.tokens[i].span.start, doc.tokens[j - 1].span.end};
        // Trim a trailing possessive from the span.
        if (doc.tokens[j - 1].has(kPossessive) && j - 1 > i) am.span.end = doc.tokens[j - 2].span.end;
        am.actor.text = std::string(doc.surface(am.span));
        if (org) {
          // The organisation codes its officers: "UN envoy Lakhdar Brahimi" -> IGOUNO, whatever
          // national role the person's dictionary entry gives.
          am.actor.code = org->code;
          am.actor.country = org->country;
          am.actor.sectors = org->sectors;
          am.actor.name = person ? person->name : !name.empty() ? name : org->name;
          if (person) why.insert(why.begin(), person->origin);
          why.insert(why.begin(), org->origin);
        } else if (person) {
          am.actor.code = person->code;
          am.actor.country = person->country;
          am.actor.sectors = person->sectors;
          am.actor.name = person->name;
          why.insert(why.begin(), person->origin);
          // No dated role of the dictionary covers the date, but the text gives one
          // ("Senegalese President Macky Sall" in 2022): the text wins.
          const bool dated_fit = when && (person->from || person->to) && in_range(*person, *when);
          if (origin) {
            am.actor.country = origin->country;
            if (!sectors.empty()) am.actor.sectors = sectors;
            am.actor.code = am.actor.country;
            for (const std::string& x : am.actor.sectors) am.actor.code += x;
            am.actor.name = am.actor.text;
            why.push_back(origin->origin + " (of the country the text names, not the dictionary's namesake)");
          } else if (!dated_fit && !sectors.empty()) {
            am.actor.country = cue ? cue->country : person->country;
            am.actor.sectors = sectors;
            am.actor.code = am.actor.country;
            for (const std::string& x : sectors) am.actor.code += x;
            why.push_back("role from the text (no dated dictionary role on this date)");
          }
        } else {
          if (cue) {
            country = cue->country;
            why.insert(why.begin(), cue->origin);
            if (!fuzzy_note.empty()) why.insert(why.begin(), std::move(fuzzy_note));
            fuzzy_note.clear();
            if (sectors.empty()) {
              // A bare capital stands for the government, unless it is a place.
              // "in Bamako", "the streets of Niamey"
              // "in Bamako", "in the United States", "the streets of Niamey"
              size_t before = i;
              while (before > s.first_token && cues_.determiners.count(doc.tokens[before - 1].word)) --before;
              const bool place_before =
                  before > s.first_token &&
                  (cues_.place_before.count(doc.tokens[before - 1].word) ||
                   (before - 1 > s.first_token && cues_.linkers.count(doc.tokens[before - 1].word) &&
                    cues_.place_after.count(doc.tokens[before - 2].word)));
              const bool place_after = j < end && cues_.place_after.count(doc.tokens[j].word);
              if (cue->kind == ActorKind::kSeat || cue->kind == ActorKind::kRegion || cue->kind == ActorKind::kCountry)
                am.place = place_before || place_after;
              if (cue->kind == ActorKind::kSeat) {
                add_sectors(*cue);
                am.seat = !am.place;
              }
              // "Israeli helicopters and tanks shelled …": a demonym before the hardware of armed
              // forces names the country's military acting through it; one modifying any other
              // thing ("Russian cargo plane") is no actor.
              auto instrument_at = [&](size_t x) {
                const Token& w = doc.tokens[x];
                return w.has(kWord) && !w.has(kCapitalised) &&
                       (cues_.instruments.count(w.word) || cues_.instruments.count(w.lemma));
              };
              if (cue->kind == ActorKind::kDemonym && j < end && instrument_at(j)) {
                while (j < end && instrument_at(j)) ++j;
                sectors.push_back("MIL");
                am.instrument = true;
                am.end_token = static_cast<uint32_t>(j);
                am.span = {doc.tokens[i].span.start, doc.tokens[j - 1].span.end};
                am.actor.text = std::string(doc.surface(am.span));
                why.push_back("instrument: the forces using it (actors/place-cues.tsv)");
              } else if (cue->kind == ActorKind::kDemonym && j < end && doc.tokens[j].has(kWord) &&
                         !doc.tokens[j].has(kCapitalised) &&
                         ((doc.tokens[j].lemma == 0 && !past_tense(doc.tokens[j])) ||
                          cues_.objects.count(doc.tokens[j].word))) {
                i = j;
                goto next;
              }
            }
          }
          // "three ethnic Albanians", "ethnic Albanian guerrillas": a minority named by its kin
          // nation is not that state; it belongs to the country it lives in, which the event
          // coder takes from its sentence like a bare role's.
          if (cue && cue->kind == ActorKind::kDemonym && i > s.first_token &&
              cues_.ethnic.count(doc.tokens[i - 1].word)) {
            why.push_back("ethnic " + lex_.country_name(country) +
                          ": a minority where it lives, not the state (actors/place-cues.tsv ethnic)");
            country.clear();
            am.ethnic = true;
            if (sectors.empty()) sectors.push_back("CVL");
          } else if (cue && cue->kind == ActorKind::kDemonym && sectors.empty() && j + 1 < end &&
                     cues_.origin.count(doc.tokens[j].word)) {
            // "the Albanians of southern Serbia", "the Kurds of Iraq": a people of another country's
            // land lives there.
            size_t x = j + 1;
            while (x < end &&
                   (cues_.determiners.count(doc.tokens[x].word) || cues_.place_modifiers.count(doc.tokens[x].word)))
              ++x;
            Match c = x < end ? match_at(x) : Match{};
            if (c.entries && (has_kind(c, ActorKind::kCountry) || has_kind(c, ActorKind::kRegion))) {
              const ActorEntry& land = lex_.entry((*c.entries)[0]);
              if (land.country != country) {
                why.push_back(std::string("people of ") + lex_.country_name(land.country) + " (" + land.origin + ")");
                country = land.country;
                am.ethnic = true;
                sectors.push_back("CVL");
                j = c.end;
                am.end_token = static_cast<uint32_t>(j);
                am.span = {doc.tokens[i].span.start, doc.tokens[j - 1].span.end};
                am.actor.text = std::string(doc.surface(am.span));
              }
            }
          }
          // An `ambiguous` role names an actor only with a cue or a name ("the Montenegro Assembly",
          // "Speaker Pelosi"), not alone ("the right of assembly").
          if ((country.empty() && sectors.empty()) || (!cue && !firm_role && name.empty() && !am.ethnic)) {
            i = j;
            goto next;
          }
          am.actor.country = country;
          am.actor.sectors = sectors;
          am.actor.code = country;
          for (const std::string& x : sectors) am.actor.code += x;
          am.actor.name = !name.empty() ? name : !country.empty() ? lex_.country_name(country) : am.actor.text;
        }
        // Register a person named after a title for the rest of the document.
        if (!am.entry.empty()) {
          const size_t sep = am.entry.find('\x1f');
          Actor reg = am.actor;
          discovered.emplace(am.entry.substr(0, sep), reg);
          discovered.emplace(am.entry.substr(sep + 1), reg);
        }
        am.person = person != nullptr || !name.empty();
        if (!fuzzy_note.empty()) why.push_back(std::move(fuzzy_note));  // the cue of a person's role
        am.entry.clear();
        for (size_t w = 0; w < why.size(); ++w) am.entry += (w ? "; " : "") + why[w];
        doc.actors.push_back(std::move(am));
        i = j;
      }
    next:;
    }
  }
}

const ActorEntry* origin_compound(const ActorLexicon& lex, const ActorCues& cues, std::string_view folded) {
  const size_t dash = folded.rfind('-');
  if (!cues.vocab || dash == std::string_view::npos || dash == 0 || dash + 1 >= folded.size()) return nullptr;
  const uint32_t second = cues.vocab->find(folded.substr(dash + 1));
  if (!second || !cues.made.count(second)) return nullptr;
  const std::vector<uint32_t>* e = lex.match_word(cues.vocab->find(folded.substr(0, dash)));
  if (!e) return nullptr;
  for (uint32_t id : *e) {
    const ActorEntry& a = lex.entry(id);
    if ((a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym) && !a.country.empty()) return &a;
  }
  return nullptr;
}

}  // namespace dyad
