// Actor phrases:  [cue] [role ,?]* [person | Name]   or   org   or   person
// where cue is a country, demonym, capital or region, optionally with "'s".
// A role phrase without a cue looks right for "of/in <country>".
#include <algorithm>

#include "dyad/actors.h"

namespace dyad {

namespace {

struct Match {
  size_t begin = 0, end = 0;  // tokens
  const std::vector<uint32_t>* entries = nullptr;
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

namespace {}  // namespace

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
    auto match_at = [&](size_t i) {
      Match m;
      m.begin = i;
      const std::vector<uint32_t>* e = nullptr;
      size_t len = lex_.match(doc, i, end, &e);
      if (!len) return m;
      // Proper-noun kinds need a capital letter (or the `lower` flag).
      const ActorEntry& first = lex_.entry((*e)[0]);
      if (first.kind != ActorKind::kRole && !(first.flags & kLower) && !doc.tokens[i].has(kCapitalised) &&
          !doc.tokens[i].has(kHasDigit))
        return m;
      // A capitalised word that starts no actor or role phrase: part of a name.
      auto name_like = [&](size_t k) {
        const Token& t = doc.tokens[k];
        if (!t.has(kCapitalised) || !t.has(kWord) || t.has(kHasDigit) || t.has(kAllCaps)) return false;
        const std::vector<uint32_t>* e2 = nullptr;
        if (lex_.match(doc, k, end, &e2))
          for (uint32_t id : *e2)
            if (lex_.entry(id).kind != ActorKind::kPerson) return false;
        return true;
      };
      const bool cue_kind = first.kind == ActorKind::kCountry || first.kind == ActorKind::kDemonym ||
                            first.kind == ActorKind::kSeat || first.kind == ActorKind::kRegion;
      // "Paris Hilton", "Washington Post", "Chad Johnson": a name continues after it.
      if ((cue_kind || (first.flags & kAmbiguous)) && i + len < end && name_like(i + len)) return m;
      // "Michael Jordan", "Georgia": a given name before it (sentence-initial words are
      // capitalised anyway, so there only known given names count).
      if ((first.flags & kAmbiguous) && i > s.first_token && name_like(i - 1) &&
          (i - 1 != s.first_token || lex_.is_given_name(doc.tokens[i - 1].word)))
        return m;
      m.end = i + len;
      m.entries = e;
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

    size_t i = s.first_token;
    while (i < end) {
      // Determiners are not part of the mention.
      Match m = match_at(i);
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
        size_t j = i;
        ActorKind k = kind_of(m);
        auto add_sectors = [&](const ActorEntry& e) {
          for (const std::string& x : e.sectors)
            if (std::find(sectors.begin(), sectors.end(), x) == sectors.end()) sectors.push_back(x);
        };
        if (k == ActorKind::kPerson || has_kind(m, ActorKind::kPerson)) {
          // Pick the role in force on the date.
          person = pick_person(lex_, *m.entries, when);
          j = m.end;
        } else if (k == ActorKind::kOrg) {
          org = pick(m, ActorKind::kOrg);
          j = m.end;
        } else {
          if (k != ActorKind::kRole) {
            cue = &lex_.entry((*m.entries)[0]);
            j = m.end;
            if (j < end && doc.tokens[j].has(kPossessive)) ++j;
          }
          // Roles and titles.
          for (;;) {
            Match r = j < end ? match_at(j) : Match{};
            if (r.entries && has_kind(r, ActorKind::kRole)) {
              const ActorEntry* role = pick(r, ActorKind::kRole);
              add_sectors(*role);
              had_title = had_title || (role->flags & kTitle);
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
            if (r.entries && has_kind(r, ActorKind::kPerson) && (had_title || cue)) {
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
          if (!cue && !person && !sectors.empty()) {
            // "the president of Mali", "police in Lagos"
            if (j + 1 < end && cues_.linkers.count(doc.tokens[j].word)) {
              size_t x = j + 1;
              while (x < end && cues_.determiners.count(doc.tokens[x].word)) ++x;
              Match c = x < end ? match_at(x) : Match{};
              if (c.entries && !has_kind(c, ActorKind::kRole) && !has_kind(c, ActorKind::kPerson) &&
                  !has_kind(c, ActorKind::kOrg)) {
                cue = &lex_.entry((*c.entries)[0]);
                j = c.end;
              }
            }
          }
        }
        am.end_token = static_cast<uint32_t>(j);
        am.span = {doc.tokens[i].span.start, doc.tokens[j - 1].span.end};
        // Trim a trailing possessive from the span.
        if (doc.tokens[j - 1].has(kPossessive) && j - 1 > i) am.span.end = doc.tokens[j - 2].span.end;
        am.actor.text = std::string(doc.surface(am.span));
        if (person) {
          am.actor.code = person->code;
          am.actor.country = person->country;
          am.actor.sectors = person->sectors;
          am.actor.name = person->name;
          why.insert(why.begin(), person->origin);
          // No dated role of the dictionary covers the date, but the text gives one
          // ("Senegalese President Macky Sall" in 2022): the text wins.
          const bool dated_fit = when && (person->from || person->to) && in_range(*person, *when);
          if (!dated_fit && !sectors.empty()) {
            am.actor.country = cue ? cue->country : person->country;
            am.actor.sectors = sectors;
            am.actor.code = am.actor.country;
            for (const std::string& x : sectors) am.actor.code += x;
            why.push_back("role from the text (no dated dictionary role on this date)");
          }
        } else if (org) {
          am.actor.code = org->code;
          am.actor.country = org->country;
          am.actor.sectors = org->sectors;
          am.actor.name = org->name;
          why.insert(why.begin(), org->origin);
        } else {
          if (cue) {
            country = cue->country;
            why.insert(why.begin(), cue->origin);
            if (sectors.empty()) {
              // A bare capital stands for the government, unless it is a place.
              // "in Bamako", "the streets of Niamey"
              const bool place_before =
                  i > s.first_token && (cues_.place_before.count(doc.tokens[i - 1].word) ||
                                        (i - 1 > s.first_token && cues_.linkers.count(doc.tokens[i - 1].word) &&
                                         cues_.place_after.count(doc.tokens[i - 2].word)));
              const bool place_after = j < end && cues_.place_after.count(doc.tokens[j].word);
              if (cue->kind == ActorKind::kSeat || cue->kind == ActorKind::kRegion || cue->kind == ActorKind::kCountry)
                am.place = place_before || place_after;
              if (cue->kind == ActorKind::kSeat) add_sectors(*cue);
              // A demonym modifying a thing ("Russian cargo plane") is no actor.
              if (cue->kind == ActorKind::kDemonym && j < end && doc.tokens[j].has(kWord) &&
                  !doc.tokens[j].has(kCapitalised) &&
                  (doc.tokens[j].lemma == 0 || cues_.objects.count(doc.tokens[j].word))) {
                i = j;
                goto next;
              }
            }
          }
          if (country.empty() && sectors.empty()) {
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
        am.entry.clear();
        for (size_t w = 0; w < why.size(); ++w) am.entry += (w ? "; " : "") + why[w];
        doc.actors.push_back(std::move(am));
        i = j;
      }
    next:;
    }
  }
}

}  // namespace dyad
