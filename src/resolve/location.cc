// Event location (see dyad/location.h): the place phrase attached to the trigger within
// its clause, resolved against the gazetteer.
#include "dyad/location.h"

#include <algorithm>
#include <cmath>

#include "dyad/text.h"
#include "util/hash.h"

namespace dyad {

size_t LocationCues::Hash::operator()(std::string_view s) const noexcept {
  return fast_hash(s);
}

void LocationCues::load(const Data& data, std::vector<std::string>* errors) {
  for (const DataFile& f : data.files("places/location-cues", ".tsv")) {
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      Set* set = nullptr;
      if (cols.size() == 2) {
        const std::string_view c = cols[0];
        set = c == "before"       ? &before
              : c == "direction"  ? &direction
              : c == "settlement" ? &settlement
              : c == "facility"   ? &facility
              : c == "skip"       ? &skip
              : c == "boundary"   ? &boundary
              : c == "stop"       ? &stop
                                  : nullptr;
      }
      if (!set) {
        if (errors)
          errors->push_back(f.name + ":" + std::to_string(line) + ": expected `class | words` with a known class");
        return;
      }
      for (std::string_view w : split_list(cols[1])) set->insert(w == "U+003B" ? std::string(";") : fold(w));
    });
  }
}

void LocationResolver::load(const Data& data, std::vector<std::string>* errors) {
  cues_.load(data, errors);
  gazetteer_ = &Gazetteer::embedded();
}

void LocationResolver::operator()(Document& doc) const {
  for (Event& e : doc.events) e.location = locate(doc, e);
  // An attack by a weapon ("a roadside bomb near Samarra killed …") is by the unidentified
  // forces of the country where it happened: the event's location, else the place in its
  // sentence the coder found. Without either there is no identifiable source.
  std::erase_if(doc.events, [](Event& e) {
    if (!e.source_by_weapon) return false;
    if (e.location && !e.location->country.empty()) {
      e.source.country = e.location->country;
      e.source.code = e.source.country + std::string(kUnidentifiedForces);
      e.explain.push_back("source: unidentified armed forces of the event's location (" + e.location->name + ")");
    }
    return e.source.country.empty();
  });
}

namespace {

struct Run {
  size_t begin = 0, end = 0;    // name tokens [begin, end)
  int mention = -1;             // the place mention starting the run, if any
  bool explicit_place = false;  // "the town of X", "X airport"
};

}  // namespace

std::optional<Location> LocationResolver::locate(const Document& doc, const Event& e) const {
  if (!gazetteer_ || e.evidence.sentence < 0 || static_cast<size_t>(e.evidence.sentence) >= doc.sentences.size())
    return std::nullopt;
  const Sentence& s = doc.sentences[static_cast<size_t>(e.evidence.sentence)];
  const size_t first = s.first_token, last = s.end_token;
  if (first >= last) return std::nullopt;
  // The trigger's tokens [t0, t1).
  size_t t0 = last, t1 = last;
  for (size_t q = first; q < last; ++q) {
    const Span sp = doc.tokens[q].span;
    if (t0 == last && sp.end > e.evidence.trigger.start) t0 = q;
    if (sp.start >= e.evidence.trigger.end) {
      t1 = q;
      break;
    }
  }
  if (t0 >= last) return std::nullopt;
  if (t1 <= t0) t1 = t0 + 1;

  // Actor mention covering each token of the sentence.
  std::vector<int> cover(last - first, -1);
  for (size_t k = 0; k < doc.actors.size(); ++k) {
    const ActorMention& m = doc.actors[k];
    for (size_t q = std::max<size_t>(m.first_token, first); q < std::min<size_t>(m.end_token, last); ++q)
      cover[q - first] = static_cast<int>(k);
  }
  auto word = [&](size_t q) { return doc.norm(doc.tokens[q]); };
  auto in = [&](const LocationCues::Set& set, size_t q) { return q >= first && q < last && set.count(word(q)) > 0; };
  auto mention_at = [&](size_t q) -> const ActorMention* {
    const int k = cover[q - first];
    return k >= 0 ? &doc.actors[static_cast<size_t>(k)] : nullptr;
  };
  auto name_token = [&](size_t q) {
    const Token& t = doc.tokens[q];
    if (const ActorMention* m = mention_at(q)) {
      if (m->place) return true;
      if (m->person || !t.has(kWord) || !t.has(kCapitalised)) return false;
      // "rebels in Kidal", "police in Lagos": the place inside a role's mention.
      for (size_t y = m->first_token; y < q; ++y)
        if (in(cues_.before, y)) return true;
      // A country, region or capital named as such ("the town of Horlivka"); whether it
      // is the event's place is left to the cues around it.
      const auto& sec = m->actor.sectors;
      return !m->actor.country.empty() && (sec.empty() || (sec.size() == 1 && sec[0] == "GOV"));
    }
    if (!t.has(kWord) || !t.has(kCapitalised) || t.has(kPossessive)) return false;
    const std::string_view w = word(q);
    return !cues_.stop.count(w) && !cues_.before.count(w) && !cues_.boundary.count(w) && w != "a" && w != "an" &&
           w != "the";
  };
  auto comma = [&](size_t q) { return word(q) == ","; };

  // The clause of the trigger: up to a boundary word, or a comma (to the right, one
  // followed by a lower-case word: ", killing…", ", the army said").
  // Another event's trigger, or "of/for V-ing" (accused X of shelling Y), starts another clause.
  std::vector<bool> other(last - first, false);
  for (const Event& o : doc.events)
    if (&o != &e && o.evidence.sentence == e.evidence.sentence && o.evidence.trigger.start != e.evidence.trigger.start)
      for (size_t q = first; q < last; ++q)
        if (doc.tokens[q].span.start >= o.evidence.trigger.start && doc.tokens[q].span.end <= o.evidence.trigger.end)
          other[q - first] = true;
  auto ing = [&](size_t q) {
    return q < last && !doc.tokens[q].has(kCapitalised) && word(q).size() > 4 && word(q).ends_with("ing");
  };
  size_t right = t1;
  for (; right < last && right < t1 + 24; ++right) {
    if (in(cues_.boundary, right) || other[right - first]) break;
    if ((word(right) == "of" || word(right) == "for") && ing(right + 1)) break;
    if (comma(right) && right + 1 < last && doc.tokens[right + 1].has(kWord) &&
        !doc.tokens[right + 1].has(kCapitalised) && word(right + 1) != "and")
      break;
  }
  size_t left = t0;
  while (left > first && left + 14 > t0 && !in(cues_.boundary, left - 1) && !comma(left - 1) &&
         !other[left - 1 - first])
    --left;
  // A fronted place phrase: "In Gao, troops clashed with rebels".
  size_t fronted_end = first;
  if (left > first && comma(left - 1) && in(cues_.before, first)) {
    bool clear = true;
    for (size_t q = first; q + 1 < left && clear; ++q) clear = !in(cues_.boundary, q);
    if (clear) fronted_end = left - 1;
  }

  // Place runs within [b, end) attached by a cue, nearest to the trigger first.
  // `backwards`: the window before the trigger, nearest run first.
  auto runs_in = [&](size_t b, size_t end, bool backwards) {
    std::vector<Run> runs;
    for (size_t q = b; q < end;) {
      if (!name_token(q)) {
        ++q;
        continue;
      }
      Run r;
      r.begin = q;
      const ActorMention* m = mention_at(q);
      if (m) r.mention = cover[q - first];
      size_t x = q;
      while (x < end && name_token(x)) {
        if (const ActorMention* mx = mention_at(x); mx && mx != m && x > q) break;  // a second mention
        ++x;
      }
      r.end = x;
      q = x;
      // Attached: "in/at/near X", "north of X", "the town of X", a place mention, "X airport".
      size_t p = r.begin;
      while (p > first && (word(p - 1) == "the" || in(cues_.skip, p - 1))) --p;
      bool attached = p > first && in(cues_.before, p - 1);
      if (!attached && p > first + 1 && word(p - 1) == "of") {
        if (in(cues_.direction, p - 2)) attached = true;
        if (in(cues_.settlement, p - 2)) attached = r.explicit_place = true;
      }
      if (m && m->place) attached = true;
      if (r.end < last && in(cues_.facility, r.end)) attached = r.explicit_place = true;
      for (size_t y = r.begin + 1; y < r.end; ++y)
        if (in(cues_.facility, y)) attached = r.explicit_place = true;  // "Bamako International Airport"
      if (attached && backwards) {
        // Before the trigger, only "SUBJECT in X TRIGGER": not "soldiers who trained in X attacked".
        size_t cue = p;
        if (p > first && in(cues_.before, p - 1)) {
          cue = p - 1;
        } else if (p > first + 1 && word(p - 1) == "of") {
          cue = p - 2;
          while (cue > first && (word(cue - 1) == "the" || in(cues_.skip, cue - 1))) --cue;
          if (cue > first && in(cues_.before, cue - 1)) --cue;
        }
        size_t tail = r.end;
        while (tail < t0 && in(cues_.facility, tail)) ++tail;
        const bool subject_before = cue <= b || mention_at(cue - 1) != nullptr;
        attached = subject_before && t0 - tail <= 2;
      }
      if (attached) runs.push_back(r);
    }
    if (backwards) std::reverse(runs.begin(), runs.end());
    return runs;
  };
  std::vector<Run> runs = runs_in(t1, right, false);
  for (const Run& r : runs_in(left, t0, true)) runs.push_back(r);
  for (const Run& r : runs_in(first, fronted_end, false)) runs.push_back(r);
  if (runs.empty()) return std::nullopt;

  // Countries that make a reading likelier: the event's actors, then the document's.
  std::vector<std::string> event_countries, doc_countries;
  if (!e.source.country.empty()) event_countries.push_back(e.source.country);
  if (e.target && !e.target->country.empty()) event_countries.push_back(e.target->country);
  for (const ActorMention& m : doc.actors)
    if (!m.actor.country.empty()) doc_countries.push_back(m.actor.country);
  auto has = [](const std::vector<std::string>& v, std::string_view c) {
    return std::find(v.begin(), v.end(), c) != v.end();
  };

  for (const Run& r : runs) {
    const ActorMention* m = r.mention >= 0 ? &doc.actors[static_cast<size_t>(r.mention)] : nullptr;
    const std::string mention_country = m ? m->actor.country : std::string();
    size_t b = r.begin;
    while (b + 1 < r.end && in(cues_.skip, b)) ++b;  // "Northern Mali"
    // The words of the document: the run and a facility noun after it ("Gao airport").
    size_t text_end = r.end;
    while (text_end < last && in(cues_.facility, text_end)) ++text_end;
    Location loc;
    loc.text = std::string(doc.surface(Span{doc.tokens[r.begin].span.start, doc.tokens[text_end - 1].span.end}));
    // The longest name at the start of the run whose remaining words name a facility.
    for (size_t n = std::min<size_t>(r.end - b, 6); n >= 1; --n) {
      bool tail_ok = true;
      for (size_t y = b + n; y < r.end && tail_ok; ++y) {
        const std::string_view w = word(y);
        tail_ok = cues_.facility.count(w) || cues_.settlement.count(w) || w == "international" || w == "air" ||
                  w == "military" || w == "naval" || w == "regional";
      }
      if (!tail_ok) continue;
      std::string key;
      for (size_t y = b; y < b + n; ++y) {
        if (y > b && doc.tokens[y].has(kSpaceBefore)) key += ' ';
        key += word(y);
      }
      std::vector<Place> found = gazetteer_->find(key);
      if (!mention_country.empty()) {
        // A place mention: its dictionary entry already says which country it is in.
        std::vector<Place> same;
        for (const Place& p : found)
          if (p.country == mention_country) same.push_back(p);
        if (!same.empty()) found = same;
      }
      if (found.empty()) continue;
      const Place* best = nullptr;
      double best_score = -1;
      for (const Place& p : found) {
        double sc = std::log10(static_cast<double>(p.population) + 1.0) * 2;
        if (p.country == mention_country) sc += 1000;
        if (has(event_countries, p.country)) sc += 100;
        if (has(doc_countries, p.country)) sc += 10;
        if (p.is_country()) sc += 50;
        if (p.is_capital()) sc += 3;
        if (p.feature == "PPLA") sc += 1;
        if (sc > best_score) {
          best_score = sc;
          best = &p;
        }
      }
      // A capitalised word after "in" that is no known place of the story's countries
      // must be a well-known place to count ("in Congress" is no town in Arizona).
      const bool sure = m || r.explicit_place || best->is_country() || best->is_capital() ||
                        has(event_countries, best->country) || has(doc_countries, best->country) ||
                        best->population >= 100000;
      if (!sure) break;
      loc.name = std::string(best->name);
      loc.country = std::string(best->country);
      loc.admin1 = std::string(best->admin1);
      loc.lat = best->lat;
      loc.lon = best->lon;
      loc.geonames_id = best->geonames_id;
      return loc;
    }
    // A seat of power the gazetteer has no city for ("the Kremlin"): the capital.
    if (m && m->actor.sectors.size() == 1 && m->actor.sectors[0] == "GOV") {
      if (auto c = gazetteer_->capital(mention_country)) {
        loc.name = std::string(c->name);
        loc.country = mention_country;
        loc.admin1 = std::string(c->admin1);
        loc.lat = c->lat;
        loc.lon = c->lon;
        loc.geonames_id = c->geonames_id;
        return loc;
      }
    }
    // A place mention the gazetteer has no city for (a region, a country): its country.
    if (!mention_country.empty()) {
      if (auto c = gazetteer_->country(mention_country)) {
        loc.name = std::string(c->name);
        loc.country = mention_country;
        loc.lat = c->lat;
        loc.lon = c->lon;
        return loc;
      }
    }
  }
  return std::nullopt;
}

}  // namespace dyad
