// Transfers: a frame word with equipment in its sentence. In a parsed sentence
// every frame word is tried, and its parties and items come from its dependents
// in the tree (data/arms/slots.tsv: subject, agent, objects, obliques by their
// case word, reduced relatives, xcomp controllers, conjuncts); in an unparsed one
// the first frame verb (else noun) is tried, with the supplier and the recipient
// from the subject and the from/to prepositions by word order. Items that a later
// sentence lists under a link noun ("The new shipment includes …") join the
// transfer before them. Every transfer also yields its event (072/062/0332/…).
#include <algorithm>
#include <optional>

#include "code/tree.h"
#include "dyad/actors.h"
#include "dyad/arms.h"
#include "dyad/text.h"
#include "util/hash.h"

namespace dyad {

namespace {

std::vector<uint32_t> ids_of(std::string_view words, Vocabulary& vocab, bool lemmas) {
  Document tmp;
  tmp.text = std::string(words);
  tokenize(tmp);
  std::vector<uint32_t> ids;
  for (const Token& t : tmp.tokens) {
    std::string_view n = tmp.norm(t);
    if (lemmas) vocab.add_lemma(n);
    ids.push_back(vocab.intern(n));
  }
  return ids;
}

// The event code a transfer status stands for (ontology.md).
const char* event_code(std::string_view status) {
  if (status == "delivered" || status == "rumoured") return "072";
  if (status == "ordered") return "062";
  if (status == "requested") return "0232";
  if (status == "cancelled") return "1621";
  return "0332";  // agreed, offered, planned
}

Actor party(const ActorMention& m) {
  Actor a = m.actor;
  if (!a.country.empty()) {
    a.code = a.country;
    a.sectors.clear();
  }
  return a;
}

}  // namespace

void TransferCoder::load(const Data& data, Vocabulary& vocab, std::vector<std::string>* errors) {
  for (const DataFile& f : data.files("arms/frames", ".tsv")) {
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      if (cols.size() != 3 && cols.size() != 4) {
        if (errors)
          errors->push_back(f.name + ":" + std::to_string(line) + ": expected `status | subject | words [| noun]`");
        return;
      }
      const std::string cls(cols[0]);
      for (std::string_view w : split_list(cols[2])) {
        const std::string folded = fold(w);
        if (cls == "link" || cls == "block" || cls == "from" || cls == "to" || cls == "with" || cls == "by" ||
            cls == "at") {
          auto ids = ids_of(folded, vocab, cls == "link" || cls == "block");
          if (ids.empty()) continue;
          auto& set = cls == "link"    ? link_nouns_
                      : cls == "block" ? blockers_
                      : cls == "from"  ? from_
                      : cls == "to"    ? to_
                      : cls == "with"  ? with_
                      : cls == "by"    ? by_
                                       : at_;
          set.insert(ids[0]);
          continue;
        }
        if (cls == "second-hand-prefix") {
          second_hand_prefixes_.push_back(folded);
          continue;
        }
        if (cls == "exclude-party" || cls == "exclude-recipient" || cls == "military-sector") {
          (cls == "exclude-party"       ? excluded_sectors_
           : cls == "exclude-recipient" ? excluded_recipient_sectors_
                                        : military_sectors_)
              .insert(std::string(w));
          continue;
        }
        if (cls == "not-frame" || cls == "stop" || cls == "ongoing" || cls == "planned-cue" || cls == "clause-break" ||
            cls == "military") {
          auto ids = ids_of(folded, vocab, false);
          if (ids.empty()) continue;
          (cls == "not-frame"      ? not_frame_
           : cls == "stop"         ? stop_
           : cls == "ongoing"      ? ongoing_
           : cls == "planned-cue"  ? planned_
           : cls == "clause-break" ? clause_break_
                                   : military_)
              .push_back(std::move(ids));
          continue;
        }
        if (cls == "control" || cls == "control-supplier" || cls == "control-recipient" || cls == "light") {
          auto ids = ids_of(folded, vocab, true);
          if (ids.empty()) continue;
          const uint32_t lemma = vocab.lemma(ids[0]) ? vocab.lemma(ids[0]) : ids[0];
          if (cls == "light")
            light_.insert(lemma);
          else
            control_[cls == "control" ? 0 : cls == "control-supplier" ? 1 : 2][lemma] = std::string(cols[1]);
          continue;
        }
        if (cls == "speaker" || cls == "reflexive") {
          auto ids = ids_of(folded, vocab, false);
          if (ids.size() == 1) (cls == "speaker" ? speakers_ : reflexives_).insert(ids[0]);
          continue;
        }
        if (cls == "rumour" || cls == "second-hand" || cls == "financing") {
          auto ids = ids_of(folded, vocab, false);
          if (ids.empty()) continue;
          if (cls == "rumour") rumour_.push_back(std::move(ids));
          if (cls == "second-hand") second_hand_.push_back(std::move(ids));
          if (cls == "financing") financing_.emplace_back(std::move(ids), std::string(cols[1]));
          continue;
        }
        // A frame: words, with "..." for a gap of up to eight words ("sign ... deal for").
        std::vector<uint32_t> ids;
        size_t from = 0;
        while (from <= folded.size()) {
          size_t gap = folded.find("...", from);
          const std::string part = folded.substr(from, gap == std::string::npos ? std::string::npos : gap - from);
          auto more = ids_of(part, vocab, true);
          ids.insert(ids.end(), more.begin(), more.end());
          if (gap == std::string::npos) break;
          ids.push_back(0);
          from = gap + 3;
        }
        if (ids.empty() || !ids[0]) continue;
        TransferFrame fr;
        fr.status = cls;
        fr.subject_is_supplier = cols[1] == "supplier";
        fr.doer_is_supplier = fr.subject_is_supplier;
        fr.subject_is_items = cols[1] == "items";
        if (cols.size() == 4)
          for (std::string_view flag : split_list(cols[3])) {
            if (flag == "noun")
              fr.noun = true;
            else if (flag == "parsed")
              fr.parsed_only = true;
            else if (flag == "doer=supplier" || flag == "doer=recipient")
              fr.doer_is_supplier = flag == "doer=supplier";
            else if (flag.starts_with("past="))
              fr.past_status = std::string(flag.substr(5));
            else if (flag == "needs=supplier")
              fr.needs_supplier = true;
            else if (flag == "needs=recipient")
              fr.needs_recipient = true;
            else if (errors)
              errors->push_back(f.name + ":" + std::to_string(line) + ": unknown flag \"" + std::string(flag) + "\"");
          }
        fr.origin = f.name + ":" + std::to_string(line) + " \"" + std::string(w) + "\"";
        frames_[vocab.lemma(ids[0])].push_back(fr);
        frame_words_[fr.origin] = std::move(ids);
      }
    });
  }
  // Slots of the trigger's dependents in the parse.
  static const std::pair<std::string_view, TransferSlot> kSlots[] = {
      {"agent", TransferSlot::kAgent},   {"from", TransferSlot::kFrom},
      {"to", TransferSlot::kTo},         {"with", TransferSlot::kWith},
      {"at", TransferSlot::kAt},         {"of", TransferSlot::kOf},
      {"object", TransferSlot::kObject}, {"modifier", TransferSlot::kModifier}};
  auto slot_named = [&](std::string_view n) {
    for (const auto& [name, slot] : kSlots)
      if (name == n) return slot;
    return TransferSlot::kNone;
  };
  for (const DataFile& f : data.files("arms/slots", ".tsv")) {
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      auto bad = [&](const std::string& why) {
        if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": " + why);
      };
      if (cols.size() != 3) return bad("expected `slot | relations | case words`");
      const std::string_view cls = cols[0];
      if (cls == "phrase") {
        for (std::string_view w : split_list(cols[1])) phrase_.emplace_back(w);
        return;
      }
      if (cls == "attach") {
        for (std::string_view w : split_list(cols[1])) {
          const TransferSlot slot = slot_named(w);
          if (slot == TransferSlot::kNone) return bad("unknown slot \"" + std::string(w) + "\"");
          attach_.push_back(slot);
        }
        return;
      }
      SlotRule r;
      r.slot = cls == "expand" ? TransferSlot::kNone : slot_named(cls);
      if (cls != "expand" && r.slot == TransferSlot::kNone) return bad("unknown slot \"" + std::string(cls) + "\"");
      for (std::string_view w : split_list(cols[1])) r.relations.emplace_back(w);
      if (cols[2] != "-")
        for (std::string_view w : split_list(cols[2])) r.cases.push_back(fold(w));
      (cls == "expand" ? expand_rules_ : slot_rules_).push_back(std::move(r));
    });
  }
}

void TransferCoder::operator()(Document& doc, const std::vector<std::vector<TimeExpression>>& dates,
                               const EquipmentLexicon& eq, const Syntax& syntax, const CameoTable& cameo,
                               const DepRelations* relations) const {
  doc.transfers.clear();
  size_t coded = doc.events.size();  // the event coder's events; the transfers' own follow
  const auto& T = doc.tokens;
  std::vector<int> start(T.size(), -1), cover(T.size(), -1);
  // A force named by its hardware ("Russian helicopters") is what is transferred, not a party.
  // "U.S.-made" (a dotted abbreviation keeps the hyphen and the word as tokens of their own) names
  // where equipment comes from, no party: `made_by` holds it for origin_of below.
  std::vector<int> made_by(T.size(), -1);
  auto origin_word = [&](size_t t) {
    return lexicon_ && cues_ && T[t].has(kWord) && origin_compound(*lexicon_, *cues_, doc.norm(T[t])) != nullptr;
  };
  for (size_t k = 0; k < doc.actors.size(); ++k) {
    const ActorMention& m = doc.actors[k];
    if (m.instrument) continue;
    const size_t e = m.end_token;
    if (cues_ && e + 1 < T.size() && doc.norm(T[e]) == "-" && !T[e].has(kSpaceBefore) && !T[e + 1].has(kSpaceBefore) &&
        cues_->made.count(T[e + 1].word)) {
      made_by[m.first_token] = static_cast<int>(k);
      continue;
    }
    start[m.first_token] = static_cast<int>(k);
    for (uint32_t t = m.first_token; t < m.end_token; ++t) cover[t] = static_cast<int>(k);
  }
  const GrammarClasses& g = syntax.grammar();
  // Does `seq` occur at token t (words or lemmas)?
  auto seq_at = [&](const std::vector<uint32_t>& seq, size_t t, size_t end) {
    if (t + seq.size() > end) return false;
    for (size_t k = 0; k < seq.size(); ++k)
      if (T[t + k].word != seq[k] && T[t + k].lemma != seq[k]) return false;
    return true;
  };
  auto any_at = [&](const std::vector<std::vector<uint32_t>>& seqs, size_t begin, size_t end) {
    for (size_t t = begin; t < end; ++t)
      for (const auto& seq : seqs)
        if (seq_at(seq, t, end)) return true;
    return false;
  };
  // Frame words from token t; 0 is a gap of up to eight words. Returns the end, or 0; `at_tokens`
  // receives the tokens of the frame's words (not those of its gaps).
  auto match = [&](const std::vector<uint32_t>& words, size_t t, size_t end,
                   std::vector<uint32_t>* at_tokens = nullptr) -> size_t {
    if (at_tokens) at_tokens->assign(1, static_cast<uint32_t>(t));
    size_t at = t + 1;
    for (size_t k = 1; k < words.size(); ++k) {
      if (words[k] == 0) {
        if (k + 1 >= words.size()) return 0;
        size_t found = 0;
        for (size_t x = at; x < end && x <= at + 8 && !found; ++x)
          if (T[x].word == words[k + 1] || T[x].lemma == words[k + 1]) found = x + 1;
        if (!found) return 0;
        if (at_tokens) at_tokens->push_back(static_cast<uint32_t>(found - 1));
        at = found;
        ++k;
        continue;
      }
      if (at >= end || (T[at].word != words[k] && T[at].lemma != words[k])) return 0;
      if (at_tokens) at_tokens->push_back(static_cast<uint32_t>(at));
      ++at;
    }
    return at;
  };
  // "in order to" is no order: is token t inside a not-frame sequence?
  auto not_a_frame = [&](const Sentence& s, size_t t) {
    for (size_t b = t >= s.first_token + 3 ? t - 3 : s.first_token; b <= t; ++b)
      for (const auto& seq : not_frame_)
        if (b + seq.size() > t && seq_at(seq, b, s.end_token)) return true;
    return false;
  };
  auto has_sector = [](const ActorMention& m, const std::unordered_set<std::string>& set) {
    return std::any_of(m.actor.sectors.begin(), m.actor.sectors.end(),
                       [&](const std::string& x) { return set.count(x) > 0; });
  };
  // What a trigger found: its frame, items and the actors in each of its places.
  struct Candidate {
    const TransferFrame* frame = nullptr;
    size_t trig = 0, trig_end = 0;
    std::vector<ItemMention> items;
    bool passive = false;
    bool reflexive = false;  // "Iran equipped itself with missiles": the doer receives
    bool to_place = false;   // the `to` slot holds a place, no party ("sent ships to the Gulf")
    int subj = -1, from = -1, to = -1, with = -1, by = -1, at = -1, object = -1;
    bool doer_is_supplier = true;  // whether the doer (subject, agent) supplies: the frame's subject, or a noun's doer
    std::string control;           // the status a controlling verb gives ("seeking to sell": offered), or empty
    std::string how;               // "parse" when the roles come from the tree (--explain)
  };
  enum class Outcome { kEmitted, kNoParties, kRejected };
  int last_sentence = -100;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    std::vector<ItemMention> sentence_items = eq.find(doc, s);
    if (sentence_items.empty()) continue;
    bool link = false, has_actor = false;
    for (size_t t = s.first_token; t < s.end_token; ++t)
      link = link || link_nouns_.count(T[t].lemma) || link_nouns_.count(T[t].word);
    for (const ActorMention& m : doc.actors)
      has_actor =
          has_actor || (m.first_token >= s.first_token && m.end_token <= s.end_token && !m.place && !m.instrument);
    std::vector<bool> in_item(s.end_token - s.first_token, false);
    for (const auto& m : sentence_items)
      for (size_t t = m.first_token; t < m.end_token; ++t) in_item[t - s.first_token] = true;
    // "The new shipment includes two combat helicopters": continue the transfer before.
    auto link_to_previous = [&]() {
      if (!link || has_actor || doc.transfers.empty() || static_cast<int>(si) - last_sentence > 2) return;
      Transfer& prev = doc.transfers.back();
      prev.items.erase(std::remove_if(prev.items.begin(), prev.items.end(),
                                      [](const Item& it) { return it.designation.empty() && it.category == "other"; }),
                       prev.items.end());
      for (auto& m : sentence_items) prev.items.push_back(m.item);
      prev.explain.push_back("items linked from sentence " + std::to_string(si));
      last_sentence = static_cast<int>(si);
    };
    // Items inside an actor name ("… Chemical Weapons") are none.
    auto drop_items_in_actors = [&](std::vector<ItemMention>& items) {
      items.erase(std::remove_if(items.begin(), items.end(),
                                 [&](const ItemMention& m) {
                                   const int a = cover[m.head_token];
                                   if (a < 0) return false;
                                   const ActorMention& am = doc.actors[static_cast<size_t>(a)];
                                   return !am.place && (am.first_token < m.first_token || am.end_token > m.end_token);
                                 }),
                  items.end());
    };
    const size_t transfers_before = doc.transfers.size();
    bool blocked_sentence = false;  // a blocker word anywhere in the sentence, outside the items
    for (size_t t = s.first_token; t < s.end_token && !blocked_sentence; ++t)
      blocked_sentence = !in_item[t - s.first_token] && (blockers_.count(T[t].lemma) || blockers_.count(T[t].word));
    // Where item m comes from, when its words or the few before it say so: a nationality or country
    // ("Chinese CH-92A drones", "British Rapier missiles", the force "Russian helicopters"), or an origin
    // word ("Chinese-made", "US-supplied", "U.S.-made"). Not the recipient's own mention.
    std::optional<Tree> parsed;
    if (relations) parsed.emplace(doc, s, *relations);
    const Tree* tree_of_sentence = parsed && parsed->parsed() ? &*parsed : nullptr;
    auto origins_of = [&](const ItemMention& m, int recipient) {
      auto made_at = [&](size_t t) -> const ActorEntry* {
        return origin_word(t) ? origin_compound(*lexicon_, *cues_, doc.norm(T[t])) : nullptr;
      };
      auto mention_at = [&](size_t t) -> const ActorMention* {
        const int a = cover[t];
        if (a < 0 || a == recipient) return nullptr;
        const ActorMention& am = doc.actors[static_cast<size_t>(a)];
        if (am.first_token != t || am.place || am.person || am.actor.country.empty()) return nullptr;
        return am.end_token <= m.head_token || am.instrument ? &am : nullptr;
      };
      // The item's words before its head, and the run of mentions, origin words, "and", commas and
      // hyphens right before it ("Chinese and Italian-made", "U.S.-made": a dotted abbreviation keeps
      // the hyphen and the word as tokens of their own).
      size_t lo = m.first_token;
      while (lo > s.first_token && m.first_token - lo < 4) {
        const size_t x = lo - 1;
        if (cover[x] >= 0 || made_by[x] >= 0 || made_at(x) || g.coordination.has(T[x].word) || doc.norm(T[x]) == "-" ||
            (cues_ && cues_->made.count(T[x].word)))
          --lo;
        else
          break;
      }
      // In a parsed sentence, every word of the item's noun phrase before its head ("Chinese-made
      // anti-ship \"Silkworm\" missiles", where "Silkworm" is no known designation).
      if (tree_of_sentence) {
        auto under_head = [&](uint32_t x) {
          for (int hops = 0; hops < 4; ++hops) {
            const int h = tree_of_sentence->head(x);
            if (h < 0 || static_cast<uint32_t>(h) > m.head_token) return false;
            if (static_cast<uint32_t>(h) == m.head_token) return true;
            x = static_cast<uint32_t>(h);
          }
          return false;
        };
        for (size_t x = lo; x-- > s.first_token && m.head_token - x <= 8;)
          if (under_head(static_cast<uint32_t>(x))) lo = x;
      }
      std::vector<Actor> found;  // "Chinese and Italian-made": both
      auto add = [&](Actor a) {
        if (std::none_of(found.begin(), found.end(), [&](const Actor& f) { return f.code == a.code; }))
          found.push_back(std::move(a));
      };
      for (size_t t = lo; t < m.head_token; ++t) {
        if (const ActorEntry* e = made_at(t)) {
          Actor a;
          a.text = std::string(doc.surface(T[t].span));
          a.code = a.country = e->country;
          a.name = lexicon_->country_name(e->country);
          add(std::move(a));
        } else if (made_by[t] >= 0) {
          add(party(doc.actors[static_cast<size_t>(made_by[t])]));
        } else if (const ActorMention* am = mention_at(t)) {
          add(party(*am));
        }
      }
      return found;
    };
    // The transfer of one candidate: parties by the frame's roles, then the checks, status, deal, date and event.
    auto emit = [&](Candidate& c) -> Outcome {
      const TransferFrame* frame = c.frame;
      const size_t trig = c.trig, trig_end = c.trig_end;
      std::vector<ItemMention>& items = c.items;
      // Negated frames are no transfer.
      const size_t win = trig > s.first_token + 5 ? trig - 5 : s.first_token;
      const size_t wide = trig > s.first_token + 12 ? trig - 12 : s.first_token;  // "denied a report that X shipped"
      if (g.negation.occurs(doc, win, trig) || g.denied.occurs(doc, wide, trig)) return Outcome::kRejected;
      // "prevent the transfer of", "stop selling", "no more transfers".
      if (any_at(stop_, win, trig)) return Outcome::kRejected;
      if (items.empty()) return Outcome::kRejected;
      for (auto& m : items)
        if (m.head_token >= trig_end && m.first_token < trig_end) eq.quantify(doc, trig_end, m);
      // The doer: the subject, or in the passive the agent ("were delivered to Mali by Russia").
      const int doer = c.passive ? c.by : c.subj;
      const int undergoer = c.passive ? c.subj : c.object;
      auto first_of = [](std::initializer_list<int> xs) {
        for (int x : xs)
          if (x >= 0) return x;
        return -1;
      };
      int supplier = -1, recipient = -1;
      if (frame->subject_is_items) {  // "four L-39 jets had arrived from Russia"
        supplier = c.from;
        recipient = first_of({c.to, c.at, c.subj});
      } else if (frame->noun && c.from >= 0 && c.to >= 0) {  // "the delivery of … from Russia to Belarus"
        supplier = c.from;
        recipient = c.to;
      } else if (c.doer_is_supplier && c.reflexive) {
        supplier = c.from;
        recipient = doer;
      } else if (c.doer_is_supplier) {
        supplier = first_of({doer, c.from});
        recipient = first_of({c.to, c.with, undergoer});
      } else {
        recipient = first_of({doer, c.to});
        supplier = first_of({c.from, c.with, undergoer});
      }
      // No supplier named as a party: the equipment's origin ("six Chinese CH-92A drones",
      // "Chinese-made missiles", "US-supplied drones").
      std::vector<Actor> origins;
      if (supplier < 0)
        for (size_t k = 0; k < items.size() && origins.empty(); ++k) origins = origins_of(items[k], recipient);
      const Actor* origin = origins.empty() ? nullptr : &origins[0];
      // One party unnamed ("weapons supplied to Ukraine", "Iran provided them with missiles"): the
      // transfer is kept with that party null, unless the frame needs it (a purchase may be domestic).
      // "an arms deal with Iran", "a contract with the U.S. Army": the other party of a deal says on
      // which side it is only beside a named doer.
      if (doer < 0 && c.with >= 0 && (supplier == c.with) != (recipient == c.with) && (supplier < 0 || recipient < 0))
        return Outcome::kNoParties;
      // Only roles read from the tree leave a party unnamed; word order names both or none.
      if (supplier < 0 && recipient < 0) return Outcome::kNoParties;
      if ((supplier < 0 && origins.empty()) || recipient < 0) {
        if (c.how != "parse") return Outcome::kNoParties;
        // With a side unnamed, a blocker anywhere in the sentence vetoes ("the trafficking network is
        // involved with selling weapons to the FARC"): the sentence may be about something else.
        if (blocked_sentence) return Outcome::kRejected;
        // "Italy sent eight ships to the Gulf": equipment sent to a place is a deployment.
        if (recipient < 0 && c.to_place) return Outcome::kRejected;
      }
      if (supplier < 0 && !origin && frame->needs_supplier) return Outcome::kNoParties;
      if (recipient < 0 && frame->needs_recipient) return Outcome::kNoParties;
      if (supplier >= 0 && supplier == recipient) return Outcome::kNoParties;
      static const ActorMention kNobody;
      const ActorMention& sm = supplier >= 0 ? doc.actors[static_cast<size_t>(supplier)] : kNobody;
      const ActorMention& rm = recipient >= 0 ? doc.actors[static_cast<size_t>(recipient)] : kNobody;
      // Criminals, civilians, media … are no parties to an arms transfer; companies buy no arms.
      if (has_sector(sm, excluded_sectors_) || has_sector(rm, excluded_sectors_) ||
          has_sector(rm, excluded_recipient_sectors_))
        return Outcome::kRejected;
      // Items that are as often civilian ("ships", "aircraft") need a military cue.
      if (std::all_of(items.begin(), items.end(), [](const ItemMention& m) { return m.weak; }) &&
          !has_sector(sm, military_sectors_) && !has_sector(rm, military_sectors_) &&
          !any_at(military_, s.first_token, s.end_token))
        return Outcome::kRejected;
      // A bare role ("the military", "companies") cannot be a party to an arms transfer.
      auto bare = [](const ActorMention& m) {
        return m.actor.country.empty() && m.actor.code.size() <= 3 * m.actor.sectors.size();
      };
      // Read from the tree, a bare role leaves its side unnamed ("supplied the militias with drones").
      if (c.how == "parse") {
        if (supplier >= 0 && bare(sm)) supplier = -1;
        if (recipient >= 0 && bare(rm)) recipient = -1;
        if ((supplier < 0 && origins.empty() && recipient < 0) ||
            (supplier < 0 && origins.empty() && frame->needs_supplier) || (recipient < 0 && frame->needs_recipient) ||
            (recipient < 0 && c.to_place))
          return Outcome::kNoParties;
      }
      if ((supplier >= 0 && bare(sm)) || (recipient >= 0 && bare(rm))) return Outcome::kRejected;
      Transfer tr;
      tr.doc_id = doc.id;
      if (supplier >= 0) tr.supplier = party(sm);
      if (origin) {
        tr.supplier = *origin;
        tr.supplier_basis = "origin";
      }
      if (recipient >= 0) tr.recipient = party(rm);
      if (tr.supplier.code == tr.recipient.code) return Outcome::kRejected;
      // One transfer per pair of parties and sentence ("sold and delivered", "the sale of … was delivered").
      for (size_t k = transfers_before; k < doc.transfers.size(); ++k)
        if (doc.transfers[k].supplier.code == tr.supplier.code && doc.transfers[k].recipient.code == tr.recipient.code)
          return Outcome::kRejected;
      tr.status = frame->status;
      // "Germany sold tanks to Qatar": a sale told in the past tense has taken place (frames.tsv `past=`).
      if (!frame->past_status.empty() && tree_of_sentence &&
          (tree_of_sentence->xpos(static_cast<uint32_t>(trig)) == "VBD" ||
           tree_of_sentence->xpos(static_cast<uint32_t>(trig)) == "VBN"))
        tr.status = frame->past_status;
      // "seeking to sell", "agreed to deliver": the controlling verb says how far the deal is.
      if (!c.control.empty() && (tr.status == "delivered" || tr.status == "ordered")) tr.status = c.control;
      // "will sell", "intends to acquire": not done yet. "reportedly received": not confirmed.
      if ((tr.status == "delivered" || tr.status == "ordered") &&
          (g.intended.occurs(doc, win, trig) || any_at(planned_, win, trig)))
        tr.status = "planned";
      if ((tr.status == "delivered" || tr.status == "ordered") && any_at(rumour_, win, trig_end))
        tr.status = "rumoured";
      // "stop selling", "halt the supply of": deliveries under way.
      if (any_at(ongoing_, win, trig)) tr.status = "delivered";
      for (auto& m : items) {
        tr.items.push_back(m.item);
        // "two used Type 23 frigates", "ex-Dutch F-16s": second-hand.
        const size_t from_tok = m.first_token > s.first_token + 2 ? m.first_token - 2 : s.first_token;
        if (any_at(second_hand_, from_tok, m.head_token)) tr.deal.second_hand = true;
        for (size_t t = from_tok; t < m.end_token; ++t)
          for (const std::string& p : second_hand_prefixes_)
            if (doc.norm(T[t]).size() > p.size() && doc.norm(T[t]).starts_with(p)) tr.deal.second_hand = true;
      }
      // Financing: "financed by a Russian loan", "on a state credit", "leased".
      for (size_t t = s.first_token; t < s.end_token && tr.deal.financing.empty(); ++t)
        for (const auto& [seq, name] : financing_)
          if (seq_at(seq, t, s.end_token)) {
            tr.deal.financing = name;
            break;
          }
      // Date: the temporal expression nearest the verb, else the document date.
      const TimeExpression* best = nullptr;
      size_t best_d = SIZE_MAX;
      if (si < dates.size())
        for (const auto& x : dates[si]) {
          size_t d = trig < x.first_token ? x.first_token - trig : trig - std::min<size_t>(trig, x.end_token);
          if (d < best_d) {
            best_d = d;
            best = &x;
          }
        }
      if (best) {
        tr.date = best->date;
        tr.has_date = true;
      } else if (doc.date) {
        tr.date = *doc.date;
        tr.has_date = true;
      }
      // Deal value: "$61m", "$2.5 billion".
      for (size_t t = s.first_token; t < s.end_token; ++t) {
        std::string_view n = doc.norm(T[t]);
        if (!T[t].has(kNumber) || n.empty() ||
            (n[0] != '$' && !n.starts_with("\xE2\x82\xAC") && !n.starts_with("\xC2\xA3")))
          continue;
        const std::string cur = n[0] == '$' ? "USD" : n.starts_with("\xE2\x82\xAC") ? "EUR" : "GBP";
        std::string digits;
        size_t k = n[0] == '$' ? 1 : cur == "EUR" ? 3 : 2;  // "€" is three bytes in UTF-8, "£" two
        for (; k < n.size() && ((n[k] >= '0' && n[k] <= '9') || n[k] == '.' || n[k] == ','); ++k)
          if (n[k] != ',') digits.push_back(n[k]);
        double v = std::strtod(digits.c_str(), nullptr);
        std::string_view suffix = n.substr(k);
        std::string_view next = t + 1 < s.end_token ? doc.norm(T[t + 1]) : "";
        if (suffix == "m" || suffix == "mn" || next == "million") v *= 1e6;
        if (suffix == "bn" || suffix == "b" || next == "billion") v *= 1e9;
        tr.deal.value = v;
        tr.deal.currency = cur;
        break;
      }
      tr.evidence.sentence = static_cast<int>(si);
      tr.evidence.span = s.span;
      tr.evidence.trigger = {T[trig].span.start, T[trig_end - 1].span.end};
      tr.evidence.trigger_text = std::string(doc.surface(tr.evidence.trigger));
      tr.confidence =
          std::min(0.95, 0.55 + (items.size() && !items[0].item.designation.empty() ? 0.2 : 0.0) +
                             (c.subj >= 0 ? 0.1 : 0.0) + (c.from >= 0 || c.to >= 0 || c.with >= 0 ? 0.1 : 0.0)) -
          (supplier < 0 && !origin ? 0.15 : 0.0) - (recipient < 0 ? 0.15 : 0.0) - (origin ? 0.1 : 0.0);
      tr.explain = {frame->origin,
                    "supplier: " + (origin          ? "origin of the item (" + origin->text + ")"
                                    : supplier >= 0 ? sm.entry
                                                    : std::string("not named")),
                    "recipient: " + (recipient >= 0 ? rm.entry : std::string("not named"))};
      if (!c.how.empty()) tr.explain.push_back("roles from the " + c.how);
      for (auto& m : items) tr.explain.push_back("item: " + m.origin);
      tr.transfer_id = hex64(hash64(doc.id + "\x1f" + std::to_string(si) + "\x1f" + std::to_string(trig) + "\x1f" +
                                    tr.supplier.code + tr.recipient.code));
      // The transfer's event. It stands for what the trigger says: "Mali received two helicopters
      // from Moscow" is a delivery, not the hosting of a Russian visit the event patterns read in
      // "receive TGT", so the event coder's events on the same trigger give way.
      // A transfer with a party unnamed or known only by origin has no event: an event needs its source.
      const CameoCode* code = supplier >= 0 && recipient >= 0 ? cameo.find(event_code(tr.status)) : nullptr;
      if (code) {
        for (size_t k = 0; k < coded;) {
          const Event& e = doc.events[k];
          if (e.evidence.sentence == static_cast<int>(si) && e.evidence.trigger == tr.evidence.trigger &&
              e.quad_class != 4) {
            doc.events.erase(doc.events.begin() + static_cast<long>(k));
            --coded;
          } else {
            ++k;
          }
        }
        const bool dup = std::any_of(doc.events.begin(), doc.events.end(), [&](const Event& e) {
          return e.evidence.sentence == static_cast<int>(si) && e.cameo == code->code &&
                 e.source.code == sm.actor.code && e.target && e.target->code == rm.actor.code;
        });
        if (!dup) {
          Event e;
          e.doc_id = doc.id;
          e.source = sm.actor;
          e.target = rm.actor;
          e.cameo = code->code;
          e.quad_class = code->quad_class;
          e.goldstein = code->goldstein;
          e.plover_type = code->plover_type;
          e.plover_mode = code->plover_mode;
          e.plover_contexts = {"military"};
          e.status = tr.status == "delivered" || tr.status == "ordered" ? "actual" : "intended";
          e.date = tr.date;
          e.has_date = tr.has_date;
          e.date_from_sentence = best != nullptr;
          e.evidence = tr.evidence;
          e.confidence = tr.confidence;
          e.explain = tr.explain;
          e.explain.insert(e.explain.begin(), "arms transfer (" + tr.status + ")");
          e.event_id = hex64(hash64(tr.transfer_id + "\x1f" + e.cameo));
          doc.events.push_back(std::move(e));
        }
      }
      // More origins, a transfer each ("Chinese and Italian-made missiles").
      std::vector<Transfer> more;
      for (size_t k = 1; k < origins.size(); ++k) {
        if (origins[k].code == tr.recipient.code) continue;
        Transfer& m = more.emplace_back(tr);
        m.supplier = origins[k];
        m.transfer_id = hex64(hash64(tr.transfer_id + "\x1f" + m.supplier.code));
        m.explain[1] = "supplier: origin of the item (" + m.supplier.text + ")";
      }
      doc.transfers.push_back(std::move(tr));
      for (Transfer& m : more) doc.transfers.push_back(std::move(m));
      last_sentence = static_cast<int>(si);
      return Outcome::kEmitted;
    };

    // ---- A parsed sentence: every frame word, its parties and items from the tree.
    if (parsed && parsed->parsed()) {
      const Tree& tree = *parsed;
      // A generic item noun that only modifies another noun names no equipment: "gun regulations",
      // "bullet proof jackets", "weapons programme" (a designation keeps: "F100 engines").
      sentence_items.erase(std::remove_if(sentence_items.begin(), sentence_items.end(),
                                          [&](const ItemMention& m) {
                                            if (!m.item.designation.empty() || !tree.is(m.head_token, "compound"))
                                              return false;
                                            const int h = tree.head(m.head_token);
                                            if (h < 0) return false;
                                            const Token& ht = T[static_cast<uint32_t>(h)];
                                            // "arms sales", "weapons deliveries", "an arms deal": the transfer's own
                                            // noun.
                                            return !in_item[static_cast<uint32_t>(h) - s.first_token] &&
                                                   !frames_.count(ht.lemma) && !link_nouns_.count(ht.lemma) &&
                                                   !link_nouns_.count(ht.word);
                                          }),
                           sentence_items.end());
      bool emitted = false, blocked_any = false;
      std::vector<bool> used(s.end_token - s.first_token, false);
      std::vector<uint32_t> frame_tokens;
      for (int pass = 0; pass < 2; ++pass)
        for (uint32_t t = s.first_token; t < s.end_token; ++t) {
          if (cover[t] >= 0 || used[t - s.first_token]) continue;
          auto it = frames_.find(T[t].lemma);
          if (it == frames_.end() || not_a_frame(s, t)) continue;
          const Upos u = tree.upos(t);
          for (const TransferFrame& fr : it->second) {
            if (fr.noun != (pass == 1)) continue;
            const auto& words = frame_words_.at(fr.origin);
            if (words[0] != T[t].lemma && words[0] != T[t].word) continue;
            size_t e = match(words, t, s.end_token, &frame_tokens);
            // A noun frame "sale of" is its noun: "arms sales to Iran" has no "of".
            if (!e && fr.noun && words.size() == 2 && u == Upos::NOUN) {
              e = t + 1;
              frame_tokens.assign(1, t);
            }
            if (!e) continue;
            // The part of speech decides: "arm" the verb, "arms" the noun; a multi-word frame
            // ("sign a contract for", "licensed production of") is its words.
            if (fr.noun ? (u != Upos::NOUN && words.size() <= 2)
                        : (u != Upos::VERB && (words.size() == 1 || u == Upos::NOUN)))
              continue;
            for (uint32_t x : frame_tokens) used[x - s.first_token] = true;
            const auto in_frame = [&](uint32_t x) {
              return std::find(frame_tokens.begin(), frame_tokens.end(), x) != frame_tokens.end();
            };
            // A blocker in the trigger's own clause ("produce" is one, "produce … under licence" a frame),
            // not inside an item ("attack helicopters").
            const uint32_t clause = tree.clause_head(t);
            bool blocked = false;
            for (uint32_t x = s.first_token; x < s.end_token && !blocked; ++x)
              blocked = !in_frame(x) && !in_item[x - s.first_token] &&
                        (blockers_.count(T[x].lemma) || blockers_.count(T[x].word)) && tree.in_clause(x, clause);
            if (blocked) {
              blocked_any = true;
              break;
            }
            Candidate c;
            c.frame = &fr;
            c.trig = t;
            c.trig_end = e;
            c.how = "parse";
            c.passive = !fr.noun && tree.passive(t);
            c.doer_is_supplier = fr.noun ? fr.doer_is_supplier : fr.subject_is_supplier;
            std::vector<bool> keep(sentence_items.size(), false);
            std::vector<uint32_t> item_nodes;  // the item nouns, whose dependents may hold misplaced parties
            // The items at or under token d: conjuncts, "a batch of", "including".
            auto add_items = [&](uint32_t d) {
              std::vector<uint32_t> nodes{d};
              for (size_t k = 0; k < nodes.size() && nodes.size() < 32; ++k)
                for (uint32_t ch : tree.children(nodes[k]))
                  for (const SlotRule& r : expand_rules_) {
                    if (!std::any_of(r.relations.begin(), r.relations.end(),
                                     [&](const std::string& x) { return tree.is(ch, x); }))
                      continue;
                    if (!r.cases.empty() &&
                        std::find(r.cases.begin(), r.cases.end(), tree.case_word(ch)) == r.cases.end())
                      continue;
                    nodes.push_back(ch);
                    break;
                  }
              const size_t heads = nodes.size();
              // Each node with its modifiers ("50 MiG-29M fighters": "MiG-29M" is a nummod of "fighters").
              for (size_t k = 0; k < nodes.size() && nodes.size() < 64; ++k)
                for (uint32_t ch : tree.children(nodes[k]))
                  if (std::any_of(phrase_.begin(), phrase_.end(), [&](const std::string& x) { return tree.is(ch, x); }))
                    nodes.push_back(ch);
              bool any = false;
              for (size_t k = 0; k < sentence_items.size(); ++k)
                for (uint32_t x : nodes)
                  if (x >= sentence_items[k].first_token && x < sentence_items[k].end_token) {
                    keep[k] = true;
                    any = true;
                  }
              if (any) item_nodes.insert(item_nodes.end(), nodes.begin(), nodes.begin() + static_cast<long>(heads));
              return any;
            };
            // The actor at token d: its own, or a modifier's ("the government of Mali", "the Malian army").
            auto actor_of = [&](uint32_t d) {
              if (cover[d] >= 0) return cover[d];
              for (uint32_t ch : tree.children(d))
                if (cover[ch] >= 0 && (tree.is(ch, "compound") || tree.is(ch, "amod") || tree.is(ch, "nmod:poss") ||
                                       tree.is(ch, "flat") || (tree.is(ch, "nmod") && tree.case_word(ch) == "of")))
                  return cover[ch];
              return -1;
            };
            std::vector<int> slots[9];  // actors by TransferSlot, with their conjuncts
            std::vector<int> subjects;
            std::vector<uint32_t> party_nodes;  // the party nouns, likewise
            auto add_party = [&](std::vector<int>& list, uint32_t d, bool place_ok) {
              for (uint32_t x : tree.conjuncts(d)) {
                // A conjunct counts when it names an actor itself ("to Mali and Niger"), not through its
                // modifiers ("to the plotters and representatives of the EU").
                const int a = x == d ? actor_of(x) : cover[x];
                if (a < 0 || in_item[x - s.first_token] || (!place_ok && doc.actors[static_cast<size_t>(a)].place))
                  continue;
                party_nodes.push_back(x);
                if (std::find(list.begin(), list.end(), a) == list.end()) list.push_back(a);
              }
            };
            auto slot_of = [&](uint32_t d) {
              const std::string_view cw = tree.case_word(d);
              for (const SlotRule& r : slot_rules_) {
                if (!std::any_of(r.relations.begin(), r.relations.end(),
                                 [&](const std::string& x) { return tree.is(d, x); }))
                  continue;
                if (!r.cases.empty() && std::find(r.cases.begin(), r.cases.end(), cw) == r.cases.end()) continue;
                return r.slot;
              }
              return TransferSlot::kNone;
            };
            auto place_ok = [&](TransferSlot slot) {
              return slot == TransferSlot::kAt || (slot == TransferSlot::kTo && fr.subject_is_items);
            };
            // Whether token x sits in a prepositional phrase ("stood by Ukraine's side"): its noun phrase's
            // head (up through possessors, compounds and names) has a case word.
            auto in_phrase_with_case = [&](uint32_t x) {
              for (int hops = 0; hops < 4; ++hops) {
                if (!tree.case_word(x).empty()) return true;
                if (!(tree.is(x, "nmod:poss") || tree.is(x, "compound") || tree.is(x, "flat") || tree.is(x, "amod")) ||
                    tree.head(x) < 0)
                  return false;
                x = static_cast<uint32_t>(tree.head(x));
              }
              return false;
            };
            // A `to` phrase naming a place ("to the Gulf": a place mention, or a proper name that is no actor).
            auto note_place = [&](TransferSlot slot, uint32_t d) {
              if (slot != TransferSlot::kTo || place_ok(slot)) return;
              if (cover[d] >= 0 ? doc.actors[static_cast<size_t>(cover[d])].place
                                : tree.upos(d) == Upos::PROPN && actor_of(d) < 0)
                c.to_place = true;
            };
            auto take = [&](uint32_t dep) {
              const TransferSlot slot = slot_of(dep);
              if (slot == TransferSlot::kNone) return;
              const uint32_t d = static_cast<uint32_t>(tree.antecedent(dep));
              const bool item_slot = slot == TransferSlot::kObject || slot == TransferSlot::kWith ||
                                     slot == TransferSlot::kOf || slot == TransferSlot::kTo ||
                                     slot == TransferSlot::kModifier;
              if (slot == TransferSlot::kObject && reflexives_.count(T[d].word)) c.reflexive = true;
              if (item_slot && add_items(d)) return;
              // "provided its proxies with missiles": the parser may hang the `with` items under the object.
              if (slot == TransferSlot::kObject)
                for (uint32_t ch : tree.children(d))
                  if (slot_of(ch) == TransferSlot::kWith) add_items(ch);
              note_place(slot, d);
              add_party(slots[static_cast<int>(slot)], d, place_ok(slot));
            };
            for (uint32_t p : frame_tokens)
              for (uint32_t ch : tree.children(p))
                // A verb coordinated with the trigger is a clause of its own; a noun so attached is
                // the parser's slip for a conjunct of the object ("received two helicopters …, and radars").
                if (!in_frame(ch) && !tree.is(ch, "nsubj") && !tree.is(ch, "csubj") &&
                    !(tree.is(ch, "conj") && tree.verbal(ch))) {
                  // "operates Russian-made Su-30 fighters" read as a verb "Russian-made" with its own
                  // object: its dependents are the trigger's.
                  if (tree.verbal(ch) && ch > t && origin_word(ch)) {
                    for (uint32_t g2 : tree.children(ch)) take(g2);
                    continue;
                  }
                  take(ch);
                }
            // A nominal trigger's to/from phrase the parser hung on the verb above it ("investigated
            // arms sales to Iran"): read when it follows the trigger at once.
            if (fr.noun && tree.head(t) >= 0)
              for (uint32_t ch : tree.children(static_cast<uint32_t>(tree.head(t)))) {
                const TransferSlot slot = slot_of(ch);
                if ((slot != TransferSlot::kTo && slot != TransferSlot::kFrom) ||
                    tree.child(ch, "case") != int(t) + 1 || !slots[static_cast<int>(slot)].empty())
                  continue;
                add_party(slots[static_cast<int>(slot)], ch, false);
              }
            // The subject; a reduced relative's noun ("rockets supplied by Iran"); a relative
            // clause's noun as its object ("the tanks Germany sold").
            int subj = fr.noun ? -1 : tree.subject(t);
            const int modified = fr.noun ? -1 : tree.modified_noun(t);
            if (modified >= 0 && subj < 0 && c.passive) subj = modified;
            if (modified >= 0 && !c.passive && tree.is(t, "acl:relcl") && tree.child(t, "obj") < 0 &&
                !add_items(static_cast<uint32_t>(modified)))
              add_party(slots[static_cast<int>(TransferSlot::kObject)], static_cast<uint32_t>(modified), false);
            // A nominal trigger as the object of a light verb ("completed the delivery of") takes its subject.
            if (fr.noun && tree.is(t, "obj") && tree.head(t) >= 0 &&
                light_.count(T[static_cast<uint32_t>(tree.head(t))].lemma))
              subj = tree.subject(static_cast<uint32_t>(tree.head(t)));
            // Likewise a noun completed by the trigger ("Germany announced a plan to deliver").
            if (!fr.noun && subj < 0 && tree.infinitive_of_noun(t)) {
              const uint32_t n = static_cast<uint32_t>(tree.head(t));
              if (tree.is(n, "obj") && tree.head(n) >= 0 && light_.count(T[static_cast<uint32_t>(tree.head(n))].lemma))
                subj = tree.subject(static_cast<uint32_t>(tree.head(n)));
            }
            if (subj >= 0) {
              const uint32_t su = static_cast<uint32_t>(subj);
              if (!((c.passive || fr.subject_is_items) && add_items(su))) add_party(subjects, su, false);
              // Quoted speech ("We are receiving …"): the first actor before the verb.
              // Only "we", "I" (frames.tsv `speaker`) and a possessor ("Germany defended its decision to
              // sell"): "it", "they", "those who" stand for someone named before, which reference resolution
              // may one day tell; the party stays unnamed.
              if (subjects.empty() && tree.upos(su) == Upos::PRON && !c.passive &&
                  (speakers_.count(T[su].word) || g.possessive.has(T[su].word)))
                for (size_t k = 0; k < doc.actors.size() && subjects.empty(); ++k) {
                  const ActorMention& m = doc.actors[k];
                  if (m.first_token >= s.first_token && m.end_token <= t && !m.place && !m.instrument &&
                      !in_phrase_with_case(m.end_token - 1))
                    subjects.push_back(static_cast<int>(k));
                }
            }
            // "Two L-39 jets arrived": an items frame takes its items from the subject only ("The Colombians
            // arrived with rifles" names none).
            if (fr.subject_is_items && (subj < 0 || !add_items(static_cast<uint32_t>(subj)))) {
              std::fill(keep.begin(), keep.end(), false);
              item_nodes.clear();
            }
            bool compound_doer = false;
            if (fr.noun) {  // the doer of a nominal: "by Germany", "Iran's purchase", "U.S. arms sales"
              const auto& agent = slots[static_cast<int>(TransferSlot::kAgent)];
              const auto& mod = slots[static_cast<int>(TransferSlot::kModifier)];
              // A bare noun compound ("the Iran arms sale") says only that the country is involved, not
              // on which side: it names the doer only beside a named other side ("U.S. arms sales to
              // Taiwan"). A possessor or adjective does ("Mexico's arms imports", "Russian arms exports").
              bool compound_only = true;
              auto note_relation = [&](uint32_t ch, size_t before) {
                if (subjects.size() > before && !tree.is(ch, "compound")) compound_only = false;
              };
              if (!agent.empty()) {
                subjects = agent;
                compound_only = false;
              } else if (!mod.empty()) {
                for (uint32_t ch : tree.children(t)) {
                  const size_t before = subjects.size();
                  if (slot_of(ch) == TransferSlot::kModifier) add_party(subjects, ch, false);
                  note_relation(ch, before);
                }
                if (subjects.empty()) subjects = mod;
              }
              // "American arms sales", "U.S. arms shipments": the item's own modifier names the doer.
              for (size_t k = 0; subjects.empty() && k < item_nodes.size(); ++k)
                for (uint32_t ch : tree.children(item_nodes[k]))
                  if (tree.is(ch, "amod") || tree.is(ch, "compound") || tree.is(ch, "nmod:poss")) {
                    const size_t before = subjects.size();
                    add_party(subjects, ch, false);
                    note_relation(ch, before);
                  }
              if (!subjects.empty() && compound_only) compound_doer = true;
            }
            // Parties the parser hung under an item or party noun ("delivered tanks to Mali",
            // "supplied by Iran to Hezbollah").
            std::vector<uint32_t> hosts = item_nodes;
            hosts.insert(hosts.end(), party_nodes.begin(), party_nodes.end());
            for (uint32_t n : hosts)
              for (uint32_t ch : tree.children(n)) {
                const TransferSlot slot = slot_of(ch);
                if (std::find(attach_.begin(), attach_.end(), slot) == attach_.end() ||
                    !slots[static_cast<int>(slot)].empty())
                  continue;
                note_place(slot, static_cast<uint32_t>(tree.antecedent(ch)));
                add_party(slots[static_cast<int>(slot)], static_cast<uint32_t>(tree.antecedent(ch)), place_ok(slot));
              }
            if (compound_doer && slots[static_cast<int>(TransferSlot::kTo)].empty() &&
                slots[static_cast<int>(TransferSlot::kFrom)].empty())
              subjects.clear();
            for (size_t k = 0; k < sentence_items.size(); ++k)
              if (keep[k]) c.items.push_back(sentence_items[k]);
            drop_items_in_actors(c.items);
            if (c.items.empty()) break;
            // The status a controlling verb gives ("seeking to sell", "agreed to deliver").
            for (uint32_t ctl : tree.controllers(t)) {
              const uint32_t lemma = T[ctl].lemma;
              for (int k : {0, fr.subject_is_items ? -1 : fr.subject_is_supplier ? 1 : 2})
                if (k >= 0 && c.control.empty() && control_[k].count(lemma)) c.control = control_[k].at(lemma);
              if (!c.control.empty()) break;
            }
            auto first = [&](TransferSlot slot) {
              const auto& l = slots[static_cast<int>(slot)];
              return l.empty() ? -1 : l[0];
            };
            c.from = first(TransferSlot::kFrom);
            c.with = first(TransferSlot::kWith);
            c.at = first(TransferSlot::kAt);
            c.object = first(TransferSlot::kObject);
            if (fr.noun) c.by = -1;
            // Coordinated parties give a transfer each ("Russia and China supplied …", "to Mali and Niger").
            std::vector<int> subj_list = subjects.empty() ? std::vector<int>{-1} : subjects;
            std::vector<int> to_list = slots[static_cast<int>(TransferSlot::kTo)];
            std::vector<int> by_list = fr.noun ? std::vector<int>{} : slots[static_cast<int>(TransferSlot::kAgent)];
            if (to_list.empty()) to_list.push_back(-1);
            if (by_list.empty()) by_list.push_back(-1);
            for (int su : subj_list)
              for (int to : to_list)
                for (int by : by_list) {
                  Candidate one = c;
                  one.subj = su;
                  one.to = to;
                  one.by = by;
                  emitted = emit(one) == Outcome::kEmitted || emitted;
                }
            break;
          }
        }
      // Where the parse gives no transfer (a tagging slip such as "drones" read as a verb, a frame
      // it has no slot for), the word order is read as in an unparsed sentence, unless a blocker
      // in a trigger's clause vetoed it.
      // A transfer with a party unnamed in the tree lets the word order try too: it may name both
      // where the parse slipped ("delivered … system to Ukraine" with "to Ukraine" under a misread noun),
      // and then the one-sided transfer gives way (below).
      const bool one_sided =
          std::any_of(doc.transfers.begin() + static_cast<long>(transfers_before), doc.transfers.end(),
                      [](const Transfer& x) { return x.supplier.code.empty() || x.recipient.code.empty(); });
      if (blocked_any || (emitted && !one_sided)) continue;
    }

    // ---- An unparsed sentence: the first frame verb, else the first frame noun, and the parties by word order.
    Candidate c;
    const TransferFrame*& frame = c.frame;
    size_t& trig = c.trig;
    size_t& trig_end = c.trig_end;
    for (int pass = 0; pass < 2 && !frame; ++pass)
      for (size_t t = s.first_token; t < s.end_token && !frame; ++t) {
        if (cover[t] >= 0) continue;
        auto it = frames_.find(T[t].lemma);
        if (it == frames_.end() || not_a_frame(s, t)) continue;
        // After a determiner the word is a noun ("its supply of", "a pitch"): only noun frames.
        const bool after_determiner = t > s.first_token && g.determiner.has(T[t - 1].word);
        for (const TransferFrame& fr : it->second) {
          if (fr.noun != (pass == 1) || fr.parsed_only) continue;
          if (!fr.noun && after_determiner) continue;
          const auto& words = frame_words_.at(fr.origin);
          // A first word written inflected matches that form only ("shipped" is not "ships").
          if (words[0] != T[t].lemma && words[0] != T[t].word) continue;
          const size_t e = match(words, t, s.end_token);
          if (e) {
            frame = &fr;
            trig = t;
            trig_end = e;
            break;
          }
        }
      }
    // A blocker outside the trigger ("produce" is one, "produce … under licence" is a frame).
    // Nor inside an item ("attack helicopters").
    bool blocked = false;
    for (size_t t = s.first_token; t < s.end_token; ++t)
      if ((!frame || t < trig || t >= trig_end) && !in_item[t - s.first_token])
        blocked = blocked || blockers_.count(T[t].lemma) || blockers_.count(T[t].word);
    if (blocked) continue;
    if (!frame) {
      link_to_previous();
      continue;
    }
    c.passive = !frame->noun && syntax.passive(doc, s, trig);
    c.doer_is_supplier = frame->subject_is_supplier;
    // The items of the frame: the objects right after it (within six words, no clause in between: "an
    // An-124 delivered aid" has none, "seeks to normalise … missile issues" neither), and in the passive or
    // with "arrived" the subject right before it.
    auto breaks = [&](size_t a, size_t b) { return b > a + 6 || any_at(clause_break_, a, b); };
    {
      const std::vector<ItemMention>& items = sentence_items;
      std::vector<bool> keep(items.size(), false);
      size_t cursor = trig_end;
      for (size_t k = 0; k < items.size(); ++k) {
        const ItemMention& m = items[k];
        if (m.head_token <= trig) continue;
        if (m.first_token >= cursor && breaks(cursor, m.first_token)) break;
        keep[k] = true;
        cursor = std::max<size_t>(cursor, m.end_token);
      }
      if (c.passive || frame->subject_is_items) {
        cursor = trig;
        for (size_t k = items.size(); k-- > 0;) {
          const ItemMention& m = items[k];
          if (m.end_token > trig) continue;
          if (breaks(m.end_token, cursor)) break;
          keep[k] = true;
          cursor = m.first_token;
        }
      }
      for (size_t k = 0; k < items.size(); ++k)
        if (keep[k]) c.items.push_back(items[k]);
      drop_items_in_actors(c.items);
      if (c.items.empty()) continue;
    }
    int& subj = c.subj;
    subj = frame->subject_is_items ? -1 : syntax.subject(doc, s, trig, cover);
    // The parties after the trigger, by their preposition: from/to/with/by X, in/at a place.
    auto actor_after = [&](size_t b, bool place_ok) {
      while (b < s.end_token && g.determiner.has(T[b].word) && start[b] < 0) ++b;
      if (b < s.end_token && start[b] >= 0 && (place_ok || !doc.actors[static_cast<size_t>(start[b])].place) &&
          start[b] != subj && !in_item[b - s.first_token])
        return start[b];
      return -1;
    };
    const uint32_t items_end = c.items.back().end_token;
    size_t scan_end = std::min<size_t>(s.end_token, std::max<size_t>(trig_end, items_end) + 12);
    for (size_t t = std::max<size_t>(trig_end, items_end); t < scan_end; ++t)
      if (std::any_of(clause_break_.begin(), clause_break_.end(),
                      [&](const std::vector<uint32_t>& seq) { return seq_at(seq, t, s.end_token); })) {
        scan_end = t;
        break;
      }
    for (size_t t = trig + 1; t + 1 < scan_end; ++t) {
      const uint32_t w = T[t].word;
      if (c.from < 0 && from_.count(w)) c.from = actor_after(t + 1, false);
      if (c.to < 0 && to_.count(w)) c.to = actor_after(t + 1, frame->subject_is_items);
      if (c.with < 0 && with_.count(w)) c.with = actor_after(t + 1, false);
      if (c.by < 0 && by_.count(w)) c.by = actor_after(t + 1, false);
      if (c.at < 0 && at_.count(w)) c.at = actor_after(t + 1, true);
    }
    // "supply Mali with drones": an actor right after the verb.
    c.object = trig_end < s.end_token ? actor_after(trig_end, false) : -1;
    // No subject found (quoted speech: "We are receiving …"): the first actor before the verb; not
    // past "it" or "they" right before it, which stand for someone named before.
    bool third_person = false;
    for (size_t t = trig > s.first_token + 4 ? trig - 4 : s.first_token; t < trig; ++t)
      third_person = third_person || g.pronoun.has(T[t].word) || g.relative.has(T[t].word);
    c.reflexive = trig_end < s.end_token && reflexives_.count(T[trig_end].word);
    if (subj < 0 && !c.passive && !third_person)
      for (size_t k = 0; k < doc.actors.size(); ++k) {
        const ActorMention& m = doc.actors[k];
        if (m.first_token >= s.first_token && m.end_token <= trig && !m.place && !m.instrument &&
            static_cast<int>(k) != c.from && static_cast<int>(k) != c.to) {
          subj = static_cast<int>(k);
          break;
        }
      }
    if (emit(c) == Outcome::kNoParties) link_to_previous();
  }
  // A transfer with a party unnamed gives way to one of the same sentence that names both and shares
  // the named one ("Russia sold and delivered helicopters to Mali").
  auto covered = [&](const Transfer& t) {
    if (!t.supplier.code.empty() && !t.recipient.code.empty()) return false;
    return std::any_of(doc.transfers.begin(), doc.transfers.end(), [&](const Transfer& o) {
      return &o != &t && o.evidence.sentence == t.evidence.sentence && !o.supplier.code.empty() &&
             !o.recipient.code.empty() &&
             (t.supplier.code.empty() ? o.recipient.code == t.recipient.code : o.supplier.code == t.supplier.code);
    });
  };
  std::vector<bool> drop(doc.transfers.size());
  for (size_t k = 0; k < doc.transfers.size(); ++k) drop[k] = covered(doc.transfers[k]);
  size_t w = 0;
  for (size_t k = 0; k < doc.transfers.size(); ++k)
    if (!drop[k]) {
      if (w != k) doc.transfers[w] = std::move(doc.transfers[k]);
      ++w;
    }
  doc.transfers.resize(w);
  // The unnamed side of a one-sided transfer, from the rest of the document: when the transfers that
  // name both sides and share its named one all name the same other side, with kindred items (the
  // same category, or generic arms), that side it is ("his country had received two helicopters" after
  // "Bamako received two Mi-35 helicopters from Moscow"). It keeps no event of its own: the transfer
  // it takes the side from has one.
  auto kindred = [](const Transfer& a, const Transfer& b) {
    for (const Item& x : a.items)
      for (const Item& y : b.items)
        if (x.category == y.category || x.category == "other" || y.category == "other") return true;
    return false;
  };
  for (Transfer& t : doc.transfers) {
    const bool no_supplier = t.supplier.code.empty(), no_recipient = t.recipient.code.empty();
    if (no_supplier == no_recipient) continue;
    const Transfer* from = nullptr;
    bool agree = true;
    for (const Transfer& o : doc.transfers) {
      if (&o == &t || o.supplier.code.empty() || o.recipient.code.empty() || !kindred(t, o)) continue;
      if (no_supplier ? o.recipient.code != t.recipient.code : o.supplier.code != t.supplier.code) continue;
      if (from && (no_supplier ? from->supplier.code != o.supplier.code : from->recipient.code != o.recipient.code))
        agree = false;
      if (!from) from = &o;
    }
    if (!from || !agree) continue;
    if (no_supplier) {
      t.supplier = from->supplier;
      t.supplier_basis = from->supplier_basis;
    } else {
      t.recipient = from->recipient;
    }
    t.explain.push_back(std::string(no_supplier ? "supplier" : "recipient") + ": from the transfer of sentence " +
                        std::to_string(from->evidence.sentence));
  }
}

}  // namespace dyad
