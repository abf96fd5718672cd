#include <algorithm>
#include <set>
#include <span>
#include <tuple>

#include "dyad/events.h"
#include "util/hash.h"

namespace dyad {

namespace {

// How far past the matched words the object of a clause is looked for.
constexpr size_t kObjectReach = 10;

// Per-token maps: the mention starting at / covering a token (-1: none). A force named by
// its hardware ("Israeli helicopters") is in `cover` only: it can be the subject or the agent
// of an event, not the object a pattern or the object search reads.
void actor_maps(const Document& doc, std::vector<int>& start, std::vector<int>& cover) {
  start.assign(doc.tokens.size(), -1);
  cover.assign(doc.tokens.size(), -1);
  for (size_t k = 0; k < doc.actors.size(); ++k) {
    const ActorMention& m = doc.actors[k];
    if (m.first_token < start.size() && !m.instrument) start[m.first_token] = static_cast<int>(k);
    for (uint32_t t = m.first_token; t < m.end_token && t < cover.size(); ++t) cover[t] = static_cast<int>(k);
  }
}

const TimeExpression* nearest(const std::vector<TimeExpression>& xs, size_t t) {
  const TimeExpression* best = nullptr;
  size_t best_d = SIZE_MAX;
  for (const auto& x : xs) {
    size_t d = t < x.first_token ? x.first_token - t : t >= x.end_token ? t - x.end_token + 1 : 0;
    if (d < best_d) {
      best_d = d;
      best = &x;
    }
  }
  return best;
}

// How an event of the sentence being coded was found.
struct HowFound {
  bool fallback = false;  // a `fallback` pattern
  bool noun = false;      // a nominal trigger
};

// Drops the events of a sentence that stand for no happening of their own:
// - "X agreed to …", "X vowed to …": a generic trigger (a `fallback` pattern) stands for
//   the event only when nothing more specific of the same source follows it;
// - "Lebanon complained to the UN over Israeli air raids": a nominal event after a
//   statement (verbal cooperation or conflict) is what the statement is about.
void drop_dependent(Document& doc, size_t begin, const std::vector<HowFound>& origin) {
  auto party = [](const Actor& x) -> const std::string& { return x.country.empty() ? x.code : x.country; };
  std::vector<uint8_t> drop(origin.size(), 0);
  for (size_t i = 0; i < origin.size(); ++i) {
    const Event& a = doc.events[begin + i];
    for (size_t j = 0; j < origin.size() && !drop[i]; ++j) {
      const Event& b = doc.events[begin + j];
      if (i == j) continue;
      if (origin[i].fallback)
        drop[i] = !origin[j].fallback && party(a.source) == party(b.source) &&
                  b.evidence.trigger.start > a.evidence.trigger.start;
      // (Unless it is the same kind of act, "staged a hunger strike in protest against …": one
      // happening, merged below.)
      if (origin[i].noun && !origin[j].noun && (b.quad_class == 1 || b.quad_class == 3) &&
          b.evidence.trigger.end <= a.evidence.trigger.start && a.plover_type != b.plover_type)
        drop[i] = true;
    }
  }
  size_t out = begin;
  for (size_t i = 0; i < origin.size(); ++i)
    if (!drop[i]) {
      if (out != begin + i) doc.events[out] = std::move(doc.events[begin + i]);
      ++out;
    }
  doc.events.resize(out);
}

// A bare role with no country, organisation or person ("the military", "police")
// is too vague to be the source or target of an event.
bool vague(const ActorMention& m) {
  if (!m.actor.country.empty()) return false;
  std::string sectors;
  for (const std::string& x : m.actor.sectors) sectors += x;
  return sectors == m.actor.code;
}

// One happening is one event: when a sentence yields several events of the same
// QuadClass for the same source and target (or one without a target), the later
// trigger — the action itself, after speech verbs ("said it would attack") — is
// kept, taking the target of the earlier one when it has none. Events of different
// QuadClasses ("agreed to withdraw": a promise and a retreat) are both kept.
void merge_nested(Document& doc, size_t begin, const CameoTable& cameo) {
  auto& ev = doc.events;
  // Actors compare on their country when they have one ("France" ~ "its troops").
  auto party = [](const Actor& x) -> const std::string& { return x.country.empty() ? x.code : x.country; };
  for (size_t i = begin; i < ev.size(); ++i) {
    for (size_t j = i + 1; j < ev.size(); ++j) {
      Event& a = ev[i];
      Event& b = ev[j];
      if (party(a.source) != party(b.source) || a.quad_class != b.quad_class) continue;
      const bool same_target = (a.target && b.target && party(*a.target) == party(*b.target)) || !a.target || !b.target;
      if (!same_target) continue;
      // A protest is the happening and the demand or denunciation it voices its content ("staged
      // demonstrations to demand reforms by Suharto's government"): the protest stays, with the
      // content's target. Otherwise the later trigger, the innermost action, stays.
      const bool a_protest = cameo.has(a.cameo, "happening"), b_protest = cameo.has(b.cameo, "happening");
      Event& keep =
          a_protest != b_protest ? (a_protest ? a : b) : (a.evidence.trigger.start > b.evidence.trigger.start ? a : b);
      Event& drop = &keep == &a ? b : a;
      if (!keep.target && drop.target) keep.target = drop.target;
      keep.explain.push_back("merged with \"" + drop.evidence.trigger_text + "\" (" + drop.cameo + ")");
      if (&keep == &b) std::swap(a, b);
      ev.erase(ev.begin() + static_cast<long>(j));
      --j;
    }
  }
}

// A bare role ("opposition members", "the police") takes the country of the
// nearest actor with one in its sentence, the way domestic news leaves the
// country implicit; returns false when there is none. Those hit by material
// conflict are people of the place it happens in first ("suicide bombers killed
// 23 people in Tel Aviv": Israelis), so with `places_first_after` (the trigger) the places after
// the act come before agents.
bool inherit_country(const Document& doc, const Sentence& s, const ActorMention& m, const GrammarClasses& g, Actor& out,
                     size_t places_first_after = SIZE_MAX) {
  // An ethnic minority belongs to where it lives: places before agents ("ethnic Albanians have
  // sworn to fight for villages near Macedonia's border with Bulgaria").
  if (m.ethnic && places_first_after == SIZE_MAX) places_first_after = s.first_token;
  const bool places_first = places_first_after != SIZE_MAX;
  // "their forces": the owner was named before.
  const bool owned = m.first_token > s.first_token && g.possessive.has(doc.tokens[m.first_token - 1].word);
  // Agents first ("Malian soldiers … attacked rebels"), then places ("police in Lagos").
  const ActorMention* best = nullptr;
  size_t best_d = SIZE_MAX;
  // "parties to the conflict in Iraq": a place inside the role's own phrase comes first.
  if (!owned) {
    for (size_t q = m.end_token; q < s.end_token && q < m.end_token + 6 && !best; ++q) {
      const Token& x = doc.tokens[q];
      if (doc.norm(x) == "," || g.boundary.has(x.word) || g.relative.has(x.word)) break;
      for (const ActorMention& o : doc.actors)
        if (o.first_token == q && o.place && !o.actor.country.empty()) best = &o;
    }
  }
  // "…, killing about 20 people, relief officials in Nairobi said": the closing attribution names
  // who reports it, not where it happened; it serves only when nothing else does.
  size_t attribution = s.end_token;
  for (size_t q = s.end_token; q-- > s.first_token && s.end_token - q <= 12;) {
    if (doc.norm(doc.tokens[q]) != ",") continue;
    for (size_t x = q + 1; x < s.end_token; ++x)
      if (g.complementizer.has(doc.tokens[x].word)) attribution = q;
    break;
  }
  if (m.first_token >= attribution) attribution = s.end_token;
  // The order in which mentions may lend their country: agents, then places; with
  // `places_first`, the places after the act come first (where it happened follows the act;
  // "soldiers who had trained in Moscow attacked rebels" says nothing of where the rebels are).
  struct Pass {
    bool place, after_act_only, in_attribution;
  };
  static constexpr Pass kAgentsFirst[] = {
      {false, false, false}, {true, false, false}, {false, false, true}, {true, false, true}};
  static constexpr Pass kPlacesFirst[] = {
      {true, true, false}, {false, false, false}, {true, false, false}, {false, false, true}, {true, false, true}};
  const std::span<const Pass> passes = places_first ? std::span<const Pass>(kPlacesFirst) : kAgentsFirst;
  for (const Pass& pass : passes) {
    if (best) break;
    for (const ActorMention& o : doc.actors) {
      if (o.speaker) continue;
      if (o.first_token < s.first_token || o.end_token > s.end_token || o.actor.country.empty()) continue;
      if ((o.first_token >= attribution) != pass.in_attribution || o.place != pass.place) continue;
      if (pass.after_act_only && o.first_token < places_first_after) continue;
      if (owned && o.first_token >= m.first_token) continue;
      // "its" refers to an actor that acts, not to one inside a prepositional phrase ("Russia aims
      // from the Ukraine war …, strengthening its military cooperation": Russia's).
      if (owned && !o.place) {
        size_t b = o.first_token;
        while (b > s.first_token && g.determiner.has(doc.tokens[b - 1].word)) --b;
        if (b > s.first_token && g.preposition.has(doc.tokens[b - 1].word)) continue;
      }
      const size_t d = o.first_token < m.first_token ? m.first_token - o.end_token : o.first_token - m.end_token;
      if (d < best_d) {
        best_d = d;
        best = &o;
      }
    }
  }
  if (!best) return false;
  out = m.actor;
  out.country = best->actor.country;
  out.code = out.country;
  for (const std::string& x : out.sectors) out.code += x;
  return true;
}

}  // namespace

// The source of a nominal event with no actor right before it: the subject of a light
// verb that governs it ("students staged a protest", "France announced its withdrawal"),
// or the agent after it ("a protest by students"). A noun that is merely the object of
// some other verb ("police prevented the demonstration") is not the subject's act.
int EventCoder::nominal_source(const Document& doc, const Sentence& s, size_t t, size_t end,
                               const std::vector<int>& start, const std::vector<int>& cover) const {
  const GrammarClasses& g = syntax_.grammar();
  size_t v = t;
  for (size_t k = 0; v > s.first_token && k < 5; ++k) {
    const Token& x = doc.tokens[v - 1];
    if (cover[v - 1] >= 0 || !(g.determiner.has(x.word) || g.quantifier.has(x.word) || x.has(kAdjective) ||
                               x.has(kNumber) || (x.has(kWord) && x.word == 0 && !x.has(kCapitalised))))
      break;
    --v;
  }
  if (v > s.first_token && (g.light_verb.has(doc.tokens[v - 1].lemma) || g.light_verb.ends_at(doc, s.first_token, v)))
    return syntax_.subject(doc, s, v - 1, cover);
  // "staged a hunger strike in protest against …": the act of the clause's subject.
  if (t > s.first_token && g.adjunct_event.ends_at(doc, t - 1, t + 1)) return syntax_.subject(doc, s, t - 1, cover);
  for (size_t q = end; q < s.end_token && q < end + 3; ++q)
    if (g.agent.has(doc.tokens[q].word)) {
      size_t b = q + 1;
      while (b < s.end_token && g.determiner.has(doc.tokens[b].word) && start[b] < 0) ++b;
      if (b < s.end_token && start[b] >= 0 && !doc.actors[static_cast<size_t>(start[b])].place) return start[b];
      break;
    }
  return -1;
}

// "A roadside bomb near Samarra killed …", "were killed by an improvised explosive device": a
// weapon as the agent of an attack. In the active voice it is the first noun phrase of the
// clause before the verb; in the passive it follows the verb after by/in.
std::pair<size_t, size_t> EventCoder::weapon_agent(const Document& doc, const Sentence& s, size_t t, size_t end,
                                                   bool passive) const {
  const GrammarClasses& g = syntax_.grammar();
  // Determiners, numbers and adjectives before the weapon ("two improvised explosive devices").
  auto phrase = [&](size_t b, size_t limit) -> std::pair<size_t, size_t> {
    while (b < limit && !g.weapon_agent.starts_at(doc, b, limit)) {
      const Token& x = doc.tokens[b];
      if (!(g.determiner.has(x.word) || g.quantifier.has(x.word) || x.has(kAdjective) || x.has(kNumber))) break;
      ++b;
    }
    size_t e = b;
    while (e < limit)
      if (const size_t n = g.weapon_agent.starts_at(doc, e, limit))
        e += n;
      else
        break;
    return e > b ? std::pair{b, e} : std::pair<size_t, size_t>{0, 0};
  };
  if (passive) {
    for (size_t q = std::max(end, t + 1); q < s.end_token && q < std::max(end, t + 1) + 3; ++q)
      if (g.instrumental.has(doc.tokens[q].word)) return phrase(q + 1, s.end_token);
    return {0, 0};
  }
  size_t c = t;
  while (c > s.first_token) {
    const Token& x = doc.tokens[c - 1];
    if (g.boundary.has(x.word) || doc.norm(x) == "," || doc.norm(x) == ";") break;
    --c;
  }
  return phrase(c, t);
}

// "The ministry said that China must drop its barriers": a speaker stating what another
// actor must do makes a demand (CAMEO 10) of the speaker on that actor; the demanded act
// is its content, not an event of its own.
std::optional<PatternMatch> EventCoder::obligation(const Document& doc, const Sentence& s, size_t t,
                                                   const std::vector<int>& cover) const {
  // The demands these constructions make, as patterns for the evidence and --explain.
  auto demand = [](const char* text, const char* origin) {
    Pattern p;
    p.code = "10";
    p.text = text;
    p.origin = origin;
    return p;
  };
  static const Pattern kPattern = demand("SRC says that TGT must/should/has to …", "events/grammar.tsv obligation");
  static const Pattern kThat = demand("SRC demands/insists that TGT …", "events/grammar.tsv demand-that");
  const GrammarClasses& g = syntax_.grammar();
  // "The ILO reiterated its demand today that Israel ease …": the demanded act is the
  // content of the demand, made by the subject of the demand word on the actor after "that".
  if (g.that.has(doc.tokens[t].word) && t > s.first_token) {
    size_t d = t;
    while (d > s.first_token && g.adverb.has(doc.tokens[d - 1].word)) --d;
    size_t b = t + 1;
    while (b < s.end_token && g.determiner.has(doc.tokens[b].word)) ++b;
    if (d > s.first_token && g.demand_that.has(doc.tokens[d - 1].word) && b < s.end_token && cover[b] >= 0 &&
        !doc.actors[static_cast<size_t>(cover[b])].place) {
      const int speaker = syntax_.subject(doc, s, d - 1, cover);
      if (speaker >= 0 && speaker != cover[b]) {
        PatternMatch m;
        m.pattern = &kThat;
        m.trigger = static_cast<uint32_t>(d - 1);
        m.trigger_end = static_cast<uint32_t>(t + 1);
        m.source = speaker;
        m.target = cover[b];
        size_t end = t + 1;
        while (end < s.end_token && doc.norm(doc.tokens[end]) != "," && doc.norm(doc.tokens[end]) != ";") ++end;
        m.end = static_cast<uint32_t>(end);
        return m;
      }
    }
  }
  const size_t len = g.obligation.starts_at(doc, t, s.end_token);
  if (!len || t == s.first_token || cover[t - 1] < 0) return std::nullopt;
  const int addressee = cover[t - 1];
  const ActorMention& a = doc.actors[static_cast<size_t>(addressee)];
  if (a.place) return std::nullopt;
  // The speech verb: within a few words before the addressee (and its "that", determiners
  // and coordinated actors).
  size_t q = a.first_token;
  for (size_t k = 0; q > s.first_token && k < 8; ++k) {
    const Token& x = doc.tokens[q - 1];
    if (g.complementizer.has(x.word)) break;
    if (cover[q - 1] < 0 && !g.determiner.has(x.word) && !g.coordination.has(x.word) && !g.adverb.has(x.word) &&
        !x.has(kNumber) && !(x.has(kCapitalised) && x.word == 0))
      return std::nullopt;
    --q;
  }
  if (q == s.first_token || !g.complementizer.has(doc.tokens[q - 1].word)) return std::nullopt;
  const int speaker = syntax_.subject(doc, s, q - 1, cover);
  if (speaker < 0 || speaker == addressee) return std::nullopt;
  PatternMatch m;
  m.pattern = &kPattern;
  m.trigger = static_cast<uint32_t>(t);
  m.trigger_end = static_cast<uint32_t>(t + len);
  m.source = speaker;
  m.target = addressee;
  size_t end = t + len;
  while (end < s.end_token && doc.norm(doc.tokens[end]) != "," && !g.boundary.has(doc.tokens[end].word)) ++end;
  m.end = static_cast<uint32_t>(end);
  return m;
}

void EventCoder::operator()(Document& doc, const std::vector<std::vector<TimeExpression>>& dates) const {
  doc.events.clear();
  std::vector<int> start, cover;
  actor_maps(doc, start, cover);
  const GrammarClasses& g = syntax_.grammar();
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    // No actor, no event: most sentences end here.
    bool any_actor = false;
    for (size_t t = s.first_token; t < s.end_token && !any_actor; ++t) any_actor = cover[t] >= 0;
    if (!any_actor) continue;
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    const size_t sentence_begin = doc.events.size();
    std::vector<HowFound> origin;  // per event of the sentence
    thread_local SentenceWords present;
    present.assign(doc, s);
    // Words a pattern has already read ("lift the curfew", "accused X of shelling Y")
    // trigger no second event of their own.
    size_t consumed_until = 0;
    for (size_t t = s.first_token; t < s.end_token; ++t) {
      if (cover[t] >= 0 || !doc.tokens[t].has(kWord) || t < consumed_until) continue;
      // "killed by a car bomb": the last word of a weapon's name is a noun, not the verb "bomb".
      bool weapon_noun = false;
      for (size_t b = t > s.first_token + 2 ? t - 2 : s.first_token; b < t && !weapon_noun; ++b)
        weapon_noun = g.weapon_agent.starts_at(doc, b, t + 1) == t + 1 - b;
      if (weapon_noun) continue;
      const bool passive_voice = syntax_.passive(doc, s, t);
      auto m = syntax_.match(doc, s, patterns_, t, start, passive_voice, &present, /*open_target=*/true);
      if (!m) m = obligation(doc, s, t, cover);
      if (!m) continue;
      const Pattern& p = *m->pattern;
      const CameoCode* code = cameo_.find(p.code);
      // A CAMEO code PLOVER has no type for (01x: claims of responsibility, comments) is still an
      // event, with the PLOVER type null.
      if (!code) continue;
      std::vector<std::string> why{p.origin + " \"" + p.text + "\""};
      // Source and target.
      std::vector<int> sources;
      int target = m->target;
      // A place in the target slot ("extended the curfew in Abidjan") stands for its country.
      bool place_target = target >= 0 && doc.actors[static_cast<size_t>(target)].place;
      const bool passive = !p.noun && passive_voice;
      if (m->source >= 0) {
        sources.push_back(m->source);
        if (target < 0) {
          int subj = syntax_.subject(doc, s, t, cover);
          if (subj >= 0 && subj != m->source) target = subj;
        }
      } else if (passive) {
        // "was attacked by X": the subject is the target, the agent the source.
        for (size_t q = m->end; q < s.end_token && q < m->end + 5; ++q)
          if (g.agent.has(doc.tokens[q].word) && q + 1 < s.end_token) {
            size_t b = q + 1;
            while (b < s.end_token && g.determiner.has(doc.tokens[b].word) && cover[b] < 0) ++b;
            if (b < s.end_token && cover[b] >= 0 && doc.actors[static_cast<size_t>(cover[b])].first_token == b)
              sources.push_back(cover[b]);
            break;
          }
        if (target < 0) target = syntax_.subject(doc, s, t, cover);
        if (target < 0) {
          // "A camp for Congolese refugees was attacked": the actor inside the subject phrase.
          for (size_t q = t; q-- > s.first_token;) {
            const Token& x = doc.tokens[q];
            if (g.boundary.has(x.word) || doc.norm(x) == "," || doc.norm(x) == ";") break;
            if (cover[q] >= 0 && !doc.actors[static_cast<size_t>(cover[q])].place) {
              target = cover[q];
              break;
            }
          }
        }
        if (!sources.empty()) why.push_back("passive voice");
      } else {
        int subj = -1;
        if (p.noun) {
          // "Russia's delivery", "the French withdrawal"
          size_t b = t;
          while (b > s.first_token && g.determiner.has(doc.tokens[b - 1].word)) --b;
          if (b > s.first_token && doc.tokens[b - 1].has(kPossessive)) --b;
          if (b > s.first_token && cover[b - 1] >= 0) subj = cover[b - 1];
          if (subj < 0) subj = nominal_source(doc, s, t, m->end, start, cover);
        } else {
          subj = syntax_.subject(doc, s, t, cover);
        }
        if (subj >= 0) sources = syntax_.coordinated(doc, s, subj);
      }
      // "Three Britons were arrested in Dubai": an act of state in the passive with no agent is
      // done by the authorities of the place it happens in (events/authority.tsv).
      if (sources.empty() && passive) {
        if (const std::string* sectors = cameo_.authority_of(code->code)) {
          const ActorMention* place = nullptr;
          for (size_t q = m->end; q < s.end_token && q < m->end + 8 && !place; ++q) {
            if (doc.norm(doc.tokens[q]) == "," || g.boundary.has(doc.tokens[q].word)) break;
            if (start[q] >= 0 && doc.actors[static_cast<size_t>(start[q])].place &&
                !doc.actors[static_cast<size_t>(start[q])].actor.country.empty())
              place = &doc.actors[static_cast<size_t>(start[q])];
          }
          if (place) {
            ActorMention a;
            a.first_token = place->first_token;
            a.end_token = place->end_token;
            a.span = place->span;
            a.place = false;
            a.actor.text = place->actor.text;
            a.actor.country = place->actor.country;
            for (size_t k = 0; k + 3 <= sectors->size(); k += 3) a.actor.sectors.push_back(sectors->substr(k, 3));
            a.actor.code = a.actor.country + *sectors;
            a.actor.name = "authorities";
            a.entry = "the authorities of the place (events/authority.tsv)";
            doc.actors.push_back(std::move(a));
            sources.push_back(static_cast<int>(doc.actors.size() - 1));
          }
        }
      }
      // "A roadside bomb killed two soldiers": an attack by a weapon is an attack by unidentified
      // armed forces (CAMEO UAF) of the country where it happened; a place in the sentence gives
      // it, else the event's location (resolve stage), else there is no identifiable source.
      if (sources.empty() && !p.noun && code->quad_class == 4) {
        const auto [wb, we] = weapon_agent(doc, s, t, m->end, passive);
        if (we > wb) {
          ActorMention u;
          u.first_token = static_cast<uint32_t>(wb);
          u.end_token = static_cast<uint32_t>(we);
          u.span = {doc.tokens[wb].span.start, doc.tokens[we - 1].span.end};
          u.instrument = true;
          u.actor.text = std::string(doc.surface(u.span));
          u.actor.sectors = {std::string(kUnidentifiedForces)};
          u.actor.name = "unidentified armed forces";
          u.entry = "events/grammar.tsv weapon-agent";
          const ActorMention* place = nullptr;
          size_t best = SIZE_MAX;
          for (const ActorMention& o : doc.actors) {
            if (!o.place || o.actor.country.empty() || o.first_token < s.first_token || o.end_token > s.end_token)
              continue;
            const size_t d = o.first_token > t ? o.first_token - t : t - o.first_token;
            if (d < best) {
              best = d;
              place = &o;
            }
          }
          if (place) {
            u.actor.country = place->actor.country;
            u.entry += "; country of the place: " + place->entry;
          }
          u.actor.code = u.actor.country + u.actor.sectors[0];
          // One mention per weapon, whichever verbs it serves ("killed one and wounded two").
          size_t k = doc.actors.size();
          while (k > 0 && !(doc.actors[k - 1].instrument && doc.actors[k - 1].first_token == u.first_token &&
                            doc.actors[k - 1].end_token == u.end_token))
            --k;
          if (k == 0) {
            doc.actors.push_back(std::move(u));
            k = doc.actors.size();
          }
          sources.push_back(static_cast<int>(k - 1));
          why.push_back("source: a weapon as the agent (unidentified armed forces)");
        }
      }
      if (sources.empty()) continue;  // no identifiable source: no event
      consumed_until = std::max<size_t>(consumed_until, m->end);
      // An appeal, demand or rejection names the act it is about in an infinitive ("rejected an
      // appeal by the UN to withdraw from Lebanon", "dismissed a call to lay down their arms"): that
      // act is its content, not an event of its own.
      if (m->end < s.end_token && g.infinitive.has(doc.tokens[m->end].word) && cameo_.has(code->code, "content")) {
        size_t e = m->end + 1;
        while (e < s.end_token && doc.norm(doc.tokens[e]) != "," && doc.norm(doc.tokens[e]) != ";" &&
               !g.boundary.has(doc.tokens[e].word))
          ++e;
        consumed_until = std::max(consumed_until, e);
      }
      // Status and polarity from the words just before the trigger.
      // Adverbs and time words in between do not hide a cue ("threatened on Monday to break …").
      const size_t win = t > s.first_token + 10 ? t - 10 : s.first_token;
      thread_local std::vector<uint32_t> before;
      before.clear();
      for (size_t q = win; q < t;) {
        if (const size_t n = g.adverb.starts_at(doc, q, t)) {
          q += n;
          continue;
        }
        before.push_back(doc.tokens[q++].word);
      }
      if (before.size() > 6) before.erase(before.begin(), before.end() - 6);
      std::string status = "actual";
      bool negated = false;
      if (g.denied.occurs_in(before)) {
        status = "denied";
        negated = true;
      } else if (g.threatened.occurs_in(before)) {
        status = "threatened";
      } else if (g.hypothetical.occurs_in(before)) {
        status = "hypothetical";
      } else if (g.intended.occurs_in(before)) {
        status = "intended";
      }
      if (g.negation.occurs_in(before)) negated = true;
      // "will withdraw", "agreed to provide aid": a stated intention to cooperate is
      // coded as CAMEO's "express intent" (03x), "threatened to cut off aid", "will impose
      // a curfew" as a threat (13x), not as the act itself.
      if ((status == "intended" || status == "threatened") && !negated) {
        if (const CameoCode* intent = cameo_.intent_of(code->code)) {
          why.push_back("intention: " + code->code + " -> " + intent->code + " (events/intent.tsv)");
          code = intent;
        }
      }
      // "will not accept refugees", "did not agree to talks": a cooperative act negated
      // is a refusal (CAMEO 12), an act of its own rather than a negated one.
      if (negated && status != "denied") {
        const CameoCode* act = code;
        if (status == "intended") act = cameo_.intent_of(code->code) ? cameo_.intent_of(code->code) : code;
        if (const CameoCode* refusal = cameo_.refusal_of(act->code)) {
          why.push_back("refusal: " + code->code + " -> " + refusal->code + " (events/refusal.tsv)");
          code = refusal;
          negated = false;
          status = "actual";
        }
      }
      bool object_fallback = false;
      if (target < 0) {
        // The object of the clause: the first actor after the trigger, inside the
        // matched words ("rejected an Indian proposal") or right after them.
        for (size_t q = t + 1; q < s.end_token && q <= m->end + kObjectReach; ++q) {
          if (doc.norm(doc.tokens[q]) == "," || doc.norm(doc.tokens[q]) == ";" || g.boundary.has(doc.tokens[q].word))
            break;
          // Another predicate starts another clause ("who trained in Moscow attacked rebels"); a
          // trigger word after a preposition, determiner or adjective is a noun ("on arms sales").
          if (q >= m->end && cover[q] < 0) {
            const Token& x = doc.tokens[q];
            const Token& prev = doc.tokens[q - 1];
            const bool noun_slot = g.preposition.has(prev.word) || g.determiner.has(prev.word) ||
                                   prev.has(kAdjective) || prev.has(kPossessive) || prev.has(kNumber);
            if (g.relative.has(x.word) || (!noun_slot && patterns_.own_trigger(x.lemma))) break;
          }
          int a = start[q];
          // "shot down two Russian helicopters": hardware is the object of an attack only.
          if (a < 0 && cover[q] >= 0 && code->quad_class == 4) {
            const ActorMention& h = doc.actors[static_cast<size_t>(cover[q])];
            if (h.instrument && h.first_token == q && !h.actor.country.empty()) a = cover[q];
          }
          if (a >= 0 && !doc.actors[static_cast<size_t>(a)].place &&
              std::find(sources.begin(), sources.end(), a) == sources.end()) {
            target = a;
            object_fallback = true;
            why.push_back("target: object after the trigger");
            break;
          }
        }
      }
      // "threatened to stop the talks if the United States deploys …": a threat is made to
      // the actor its condition names.
      if (target < 0 && code->code.starts_with("13")) {
        for (size_t q = m->end; q + 1 < s.end_token; ++q) {
          if (!g.condition.has(doc.tokens[q].word)) continue;
          for (size_t b = q + 1; b < s.end_token && b < q + 4; ++b)
            if (start[b] >= 0 && !doc.actors[static_cast<size_t>(start[b])].place) {
              target = start[b];
              why.push_back("target: the actor of the threat's condition");
              break;
            }
          break;
        }
      }
      // No actor target: where the event happened stands for whom it concerns when a
      // place follows in the clause ("lifted the curfew in Montenegro", "protested in Algiers").
      // Not for a transitive pattern that found no object: "trained in Moscow" did not train Russia.
      const bool transitive = std::any_of(p.elements.begin(), p.elements.end(),
                                          [](const PatternElement& e) { return e.kind == PatternElement::kTarget; });
      if (target < 0 && !(transitive && !p.notarget)) {
        for (size_t q = m->end > t + 1 ? m->end : t + 1; q < s.end_token && q <= m->end + 8; ++q) {
          if (doc.norm(doc.tokens[q]) == "," || doc.norm(doc.tokens[q]) == ";" || g.boundary.has(doc.tokens[q].word))
            break;
          const int a = start[q];
          if (a < 0) continue;
          const ActorMention& am = doc.actors[static_cast<size_t>(a)];
          if (am.place && !am.actor.country.empty()) {
            target = a;
            place_target = true;
            why.push_back("target: place of the event");
          }
          break;
        }
      }
      // The PLOVER codebook names some acts CAMEO has no code of its own for ("a resignation":
      // RETREAT/resign); the pattern says so, unless the act is only intended or refused.
      const bool plover_override = !p.plover_type.empty() && code->code == p.code;
      if (plover_override) why.push_back("PLOVER " + p.plover_type + " (pattern flag plover=)");
      // Date.
      const TimeExpression* te = si < dates.size() ? nearest(dates[si], t) : nullptr;
      // Talks of coordinated parties are between them: where they go for the talks is the venue
      // ("US and Russian negotiators return to Geneva for talks" is no consultation with Switzerland).
      auto parties = [&] {
        std::set<std::string> countries;
        for (int x : sources)
          if (const auto& c = doc.actors[static_cast<size_t>(x)].actor.country; !c.empty()) countries.insert(c);
        return countries.size();
      };
      // Done together by parties of two or more countries, some acts are another: joint exercises.
      if (!p.joint.empty() && sources.size() > 1 && parties() > 1) {
        if (const CameoCode* joint = cameo_.find(p.joint)) {
          why.push_back("joint act of the coordinated parties: " + code->code + " -> " + joint->code);
          code = joint;
          if (object_fallback) target = -1;
        }
      }
      if (object_fallback && cameo_.has(code->code, "talks") && parties() > 1) {
        target = -1;
        why.back() = "target: the parties' venue is no party";
      }
      // Verbal cooperation between coordinated actors with no other target is mutual:
      // "Jordan and Britain agreed …" is Jordan -> Britain and Britain -> Jordan.
      const bool mutual =
          target < 0 && sources.size() > 1 && (code->quad_class == 1 || (!p.joint.empty() && code->code == p.joint));
      if (mutual) why.push_back("target: the actor coordinated with the source (mutual)");
      // What an attack hits in a capital is the city, not the government it stands for ("rebels
      // shelled Juba", "warplanes bombed Beirut").
      if (target >= 0 && doc.actors[static_cast<size_t>(target)].seat && cameo_.has(code->code, "hits-place"))
        place_target = true;
      for (size_t k = 0; k < sources.size(); ++k) {
        const int src = sources[k];
        const ActorMention& sa = doc.actors[static_cast<size_t>(src)];
        const int tgt = mutual ? sources[(k + 1) % sources.size()] : target;
        const ActorMention* ta = tgt >= 0 ? &doc.actors[static_cast<size_t>(tgt)] : nullptr;
        Actor source_actor = sa.actor, target_actor;
        if (vague(sa) && !sa.instrument && !inherit_country(doc, s, sa, g, source_actor)) continue;
        if (ta) {
          target_actor = ta->actor;
          if (place_target) {
            // A place concerns its country, not the government a capital stands for.
            target_actor.code = target_actor.country;
            target_actor.sectors.clear();
          } else if (vague(*ta) &&
                     !inherit_country(doc, s, *ta, g, target_actor, code->quad_class == 4 ? t + 1 : SIZE_MAX)) {
            ta = nullptr;
          }
        }
        // An actor acting on itself is no event; two actors of one code are ("Trump will meet with
        // Obama", both USAGOV: domestic events), unless they name the same one ("Russia … Moscow").
        if (ta && !place_target && target_actor.code == source_actor.code &&
            (ta == &sa || ta->actor.name == sa.actor.name || !sa.person || !ta->person))
          continue;
        if (!ta && !p.notarget && !p.noun) {
          // A transitive pattern without its target is not an event.
          bool wants_target = false;
          for (const auto& e : p.elements) wants_target = wants_target || e.kind == PatternElement::kTarget;
          if (wants_target) continue;
        }
        auto key = std::make_tuple(source_actor.code, ta ? target_actor.code : std::string(), p.code);
        if (!seen.insert(key).second) continue;
        Event e;
        e.doc_id = doc.id;
        e.source = source_actor;
        if (ta) e.target = target_actor;
        e.cameo = code->code;
        e.quad_class = code->quad_class;
        e.goldstein = code->goldstein;
        e.plover_type = code->plover_type;
        e.plover_mode = code->plover_mode;
        if (plover_override) {
          e.plover_type = p.plover_type;
          e.plover_mode = p.plover_mode;
        }
        e.source_by_weapon =
            sa.instrument && sa.actor.sectors.size() == 1 && sa.actor.sectors[0] == kUnidentifiedForces;
        const std::string ctx = p.context.empty() ? code->plover_context : p.context;
        if (!ctx.empty()) e.plover_contexts.push_back(ctx);
        e.status = status;
        e.negated = negated;
        if (te) {
          e.date = te->date;
          e.has_date = true;
          e.date_from_sentence = true;
        } else if (doc.date) {
          e.date = *doc.date;
          e.has_date = true;
        }
        e.evidence.sentence = static_cast<int>(si);
        e.evidence.span = s.span;
        e.evidence.trigger = {doc.tokens[m->trigger].span.start, doc.tokens[m->trigger_end - 1].span.end};
        e.evidence.trigger_text = std::string(doc.surface(e.evidence.trigger));
        double conf = 0.5;
        if (ta) conf += 0.15;
        if (sa.entry.find(".dict") != std::string::npos) conf += 0.1;
        if (ta && ta->entry.find(".dict") != std::string::npos) conf += 0.1;
        if (m->pattern->elements.size() > 2) conf += 0.05;
        if (passive) conf -= 0.05;
        e.confidence = std::min(conf, 0.95);
        e.explain = why;
        e.explain.push_back("source: " + sa.entry);
        if (ta) e.explain.push_back("target: " + ta->entry);
        e.event_id =
            hex64(hash64(doc.id + "\x1f" + std::to_string(si) + "\x1f" + std::to_string(e.evidence.trigger.start) +
                         "\x1f" + e.cameo + "\x1f" + e.source.code + "\x1f" + (e.target ? e.target->code : "")));
        doc.events.push_back(std::move(e));
        origin.push_back({p.fallback, p.noun});
      }
    }
    drop_dependent(doc, sentence_begin, origin);
    merge_nested(doc, sentence_begin, cameo_);
  }
}

}  // namespace dyad
