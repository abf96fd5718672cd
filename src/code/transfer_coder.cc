// Transfers: a frame verb with equipment in its sentence, the supplier and the
// recipient from the subject and the from/to prepositions; items that a later
// sentence lists under a link noun ("The new shipment includes …") join the
// transfer before them. Every transfer also yields its event (072/062/0332/…).
#include <algorithm>

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
        if (cls == "not-frame" || cls == "stop" || cls == "planned-cue" || cls == "clause-break" || cls == "military") {
          auto ids = ids_of(folded, vocab, false);
          if (ids.empty()) continue;
          (cls == "not-frame"      ? not_frame_
           : cls == "stop"         ? stop_
           : cls == "planned-cue"  ? planned_
           : cls == "clause-break" ? clause_break_
                                   : military_)
              .push_back(std::move(ids));
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
        fr.subject_is_items = cols[1] == "items";
        fr.noun = cols.size() == 4 && cols[3] == "noun";
        fr.origin = f.name + ":" + std::to_string(line) + " \"" + std::string(w) + "\"";
        frames_[vocab.lemma(ids[0])].push_back(fr);
        frame_words_[fr.origin] = std::move(ids);
      }
    });
  }
}

void TransferCoder::operator()(Document& doc, const std::vector<std::vector<TimeExpression>>& dates,
                               const EquipmentLexicon& eq, const Syntax& syntax, const CameoTable& cameo) const {
  doc.transfers.clear();
  size_t coded = doc.events.size();  // the event coder's events; the transfers' own follow
  const auto& T = doc.tokens;
  std::vector<int> start(T.size(), -1), cover(T.size(), -1);
  // A force named by its hardware ("Russian helicopters") is what is transferred, not a party.
  for (size_t k = 0; k < doc.actors.size(); ++k) {
    const ActorMention& m = doc.actors[k];
    if (m.instrument) continue;
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
  // Frame words from token t; 0 is a gap of up to eight words. Returns the end, or 0.
  auto match = [&](const std::vector<uint32_t>& words, size_t t, size_t end) -> size_t {
    size_t at = t + 1;
    for (size_t k = 1; k < words.size(); ++k) {
      if (words[k] == 0) {
        if (k + 1 >= words.size()) return 0;
        size_t found = 0;
        for (size_t x = at; x < end && x <= at + 8 && !found; ++x)
          if (T[x].word == words[k + 1] || T[x].lemma == words[k + 1]) found = x + 1;
        if (!found) return 0;
        at = found;
        ++k;
        continue;
      }
      if (at >= end || (T[at].word != words[k] && T[at].lemma != words[k])) return 0;
      ++at;
    }
    return at;
  };
  int last_sentence = -100;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    std::vector<ItemMention> items = eq.find(doc, s);
    if (items.empty()) continue;
    bool link = false, has_actor = false;
    for (size_t t = s.first_token; t < s.end_token; ++t)
      link = link || link_nouns_.count(T[t].lemma) || link_nouns_.count(T[t].word);
    for (const ActorMention& m : doc.actors)
      has_actor =
          has_actor || (m.first_token >= s.first_token && m.end_token <= s.end_token && !m.place && !m.instrument);
    // The first frame verb of the sentence, else the first frame noun ("the delivery of").
    const TransferFrame* frame = nullptr;
    size_t trig = 0, trig_end = 0;
    for (int pass = 0; pass < 2 && !frame; ++pass)
      for (size_t t = s.first_token; t < s.end_token && !frame; ++t) {
        if (cover[t] >= 0) continue;
        auto it = frames_.find(T[t].lemma);
        if (it == frames_.end()) continue;
        // "in order to" is no order.
        bool inside = false;
        for (size_t b = t >= s.first_token + 3 ? t - 3 : s.first_token; b <= t && !inside; ++b)
          for (const auto& seq : not_frame_) inside = inside || (b + seq.size() > t && seq_at(seq, b, s.end_token));
        if (inside) continue;
        // After a determiner the word is a noun ("its supply of", "a pitch"): only noun frames.
        const bool after_determiner = t > s.first_token && g.determiner.has(T[t - 1].word);
        for (const TransferFrame& fr : it->second) {
          if (fr.noun != (pass == 1)) continue;
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
    std::vector<bool> in_item(s.end_token - s.first_token, false);
    for (const auto& m : items)
      for (size_t t = m.first_token; t < m.end_token; ++t) in_item[t - s.first_token] = true;
    bool blocked = false;
    for (size_t t = s.first_token; t < s.end_token; ++t)
      if ((!frame || t < trig || t >= trig_end) && !in_item[t - s.first_token])
        blocked = blocked || blockers_.count(T[t].lemma) || blockers_.count(T[t].word);
    if (blocked) continue;
    // "The new shipment includes two combat helicopters": continue the transfer before.
    auto link_to_previous = [&]() {
      if (!link || has_actor || doc.transfers.empty() || static_cast<int>(si) - last_sentence > 2) return;
      Transfer& prev = doc.transfers.back();
      prev.items.erase(std::remove_if(prev.items.begin(), prev.items.end(),
                                      [](const Item& it) { return it.designation.empty() && it.category == "other"; }),
                       prev.items.end());
      for (auto& m : items) prev.items.push_back(m.item);
      prev.explain.push_back("items linked from sentence " + std::to_string(si));
      last_sentence = static_cast<int>(si);
    };
    if (!frame) {
      link_to_previous();
      continue;
    }
    // Negated frames are no transfer.
    const size_t win = trig > s.first_token + 5 ? trig - 5 : s.first_token;
    const size_t wide = trig > s.first_token + 12 ? trig - 12 : s.first_token;  // "denied a report that X shipped"
    if (g.negation.occurs(doc, win, trig) || g.denied.occurs(doc, wide, trig)) continue;
    // "prevent the transfer of", "stop selling", "no more transfers".
    if (any_at(stop_, win, trig)) continue;
    const bool passive = !frame->noun && syntax.passive(doc, s, trig);
    // The items of the frame: the objects right after it (within six words, no clause in between: "an
    // An-124 delivered aid" has none, "seeks to normalise … missile issues" neither), and in the passive or
    // with "arrived" the subject right before it. Items inside an actor name ("… Chemical Weapons") are none.
    auto breaks = [&](size_t a, size_t b) { return b > a + 6 || any_at(clause_break_, a, b); };
    {
      std::vector<bool> keep(items.size(), false);
      size_t cursor = trig_end;
      for (size_t k = 0; k < items.size(); ++k) {
        const ItemMention& m = items[k];
        if (m.head_token <= trig) continue;
        if (m.first_token >= cursor && breaks(cursor, m.first_token)) break;
        keep[k] = true;
        cursor = std::max<size_t>(cursor, m.end_token);
      }
      if (passive || frame->subject_is_items) {
        cursor = trig;
        for (size_t k = items.size(); k-- > 0;) {
          const ItemMention& m = items[k];
          if (m.end_token > trig) continue;
          if (breaks(m.end_token, cursor)) break;
          keep[k] = true;
          cursor = m.first_token;
        }
      }
      for (size_t k = 0; k < items.size(); ++k) {
        const int a = cover[items[k].head_token];
        if (a < 0) continue;
        const ActorMention& am = doc.actors[static_cast<size_t>(a)];
        if (!am.place && (am.first_token < items[k].first_token || am.end_token > items[k].end_token)) keep[k] = false;
      }
      std::vector<ItemMention> kept;
      for (size_t k = 0; k < items.size(); ++k)
        if (keep[k]) kept.push_back(items[k]);
      items = std::move(kept);
      if (items.empty()) continue;
    }
    for (auto& m : items)
      if (m.head_token >= trig_end && m.first_token < trig_end) eq.quantify(doc, trig_end, m);
    int subj = frame->subject_is_items ? -1 : syntax.subject(doc, s, trig, cover);
    // The parties after the trigger, by their preposition: from/to/with/by X, in/at a place.
    int from = -1, to = -1, with = -1, by = -1, at = -1;
    auto actor_after = [&](size_t b, bool place_ok) {
      while (b < s.end_token && g.determiner.has(T[b].word) && start[b] < 0) ++b;
      if (b < s.end_token && start[b] >= 0 && (place_ok || !doc.actors[static_cast<size_t>(start[b])].place) &&
          start[b] != subj && !in_item[b - s.first_token])
        return start[b];
      return -1;
    };
    size_t scan_end = std::min<size_t>(s.end_token, std::max<size_t>(trig_end, items.back().end_token) + 12);
    for (size_t t = std::max<size_t>(trig_end, items.back().end_token); t < scan_end; ++t)
      if (std::any_of(clause_break_.begin(), clause_break_.end(),
                      [&](const std::vector<uint32_t>& seq) { return seq_at(seq, t, s.end_token); })) {
        scan_end = t;
        break;
      }
    for (size_t t = trig + 1; t + 1 < scan_end; ++t) {
      const uint32_t w = T[t].word;
      if (from < 0 && from_.count(w)) from = actor_after(t + 1, false);
      if (to < 0 && to_.count(w)) to = actor_after(t + 1, frame->subject_is_items);
      if (with < 0 && with_.count(w)) with = actor_after(t + 1, false);
      if (by < 0 && by_.count(w)) by = actor_after(t + 1, false);
      if (at < 0 && at_.count(w)) at = actor_after(t + 1, true);
    }
    // "supply Mali with drones": an actor right after the verb.
    const int object = trig_end < s.end_token ? actor_after(trig_end, false) : -1;
    // No subject found (quoted speech: "We are receiving …"): the first actor before the verb.
    if (subj < 0 && !passive)
      for (size_t k = 0; k < doc.actors.size(); ++k) {
        const ActorMention& m = doc.actors[k];
        if (m.first_token >= s.first_token && m.end_token <= trig && !m.place && !m.instrument &&
            static_cast<int>(k) != from && static_cast<int>(k) != to) {
          subj = static_cast<int>(k);
          break;
        }
      }
    // The doer: the subject, or in the passive the agent ("were delivered to Mali by Russia").
    const int doer = passive ? by : subj;
    const int undergoer = passive ? subj : object;
    auto first_of = [](std::initializer_list<int> xs) {
      for (int x : xs)
        if (x >= 0) return x;
      return -1;
    };
    int supplier = -1, recipient = -1;
    if (frame->subject_is_items) {  // "four L-39 jets had arrived from Russia"
      supplier = from;
      recipient = first_of({to, at, subj});
    } else if (frame->noun && from >= 0 && to >= 0) {  // "the delivery of … from Russia to Belarus"
      supplier = from;
      recipient = to;
    } else if (frame->subject_is_supplier) {
      supplier = first_of({doer, from});
      recipient = first_of({to, with, undergoer});
    } else {
      recipient = first_of({doer, to});
      supplier = first_of({from, with, undergoer});
    }
    // No supplier named as a party: the origin before an item ("six Chinese CH-92A drones").
    for (size_t k = 0; supplier < 0 && recipient >= 0 && k < items.size(); ++k)
      for (size_t t = items[k].first_token; t < items[k].head_token && supplier < 0; ++t)
        if (start[t] >= 0 && start[t] != recipient && !doc.actors[static_cast<size_t>(start[t])].place &&
            doc.actors[static_cast<size_t>(start[t])].end_token <= items[k].head_token)
          supplier = start[t];
    if (supplier < 0 || recipient < 0 || supplier == recipient) {
      link_to_previous();
      continue;
    }
    const ActorMention& sm = doc.actors[static_cast<size_t>(supplier)];
    const ActorMention& rm = doc.actors[static_cast<size_t>(recipient)];
    // Criminals, civilians, media … are no parties to an arms transfer; companies buy no arms.
    auto has_sector = [](const ActorMention& m, const std::unordered_set<std::string>& set) {
      return std::any_of(m.actor.sectors.begin(), m.actor.sectors.end(),
                         [&](const std::string& x) { return set.count(x) > 0; });
    };
    if (has_sector(sm, excluded_sectors_) || has_sector(rm, excluded_sectors_) ||
        has_sector(rm, excluded_recipient_sectors_))
      continue;
    // Items that are as often civilian ("ships", "aircraft") need a military cue.
    if (std::all_of(items.begin(), items.end(), [](const ItemMention& m) { return m.weak; }) &&
        !has_sector(sm, military_sectors_) && !has_sector(rm, military_sectors_) &&
        !any_at(military_, s.first_token, s.end_token))
      continue;
    // A bare role ("the military", "companies") cannot be a party to an arms transfer.
    if (sm.actor.country.empty() && sm.actor.code.size() <= 3 * sm.actor.sectors.size()) continue;
    if (rm.actor.country.empty() && rm.actor.code.size() <= 3 * rm.actor.sectors.size()) continue;
    Transfer tr;
    tr.doc_id = doc.id;
    tr.supplier = party(sm);
    tr.recipient = party(rm);
    if (tr.supplier.code == tr.recipient.code) continue;
    tr.status = frame->status;
    // "will sell", "intends to acquire": not done yet. "reportedly received": not confirmed.
    if ((tr.status == "delivered" || tr.status == "ordered") &&
        (g.intended.occurs(doc, win, trig) || any_at(planned_, win, trig)))
      tr.status = "planned";
    if ((tr.status == "delivered" || tr.status == "ordered") && any_at(rumour_, win, trig_end)) tr.status = "rumoured";
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
    tr.confidence = std::min(0.95, 0.55 + (items.size() && !items[0].item.designation.empty() ? 0.2 : 0.0) +
                                       (subj >= 0 ? 0.1 : 0.0) + (from >= 0 || to >= 0 || with >= 0 ? 0.1 : 0.0));
    tr.explain = {frame->origin, "supplier: " + sm.entry, "recipient: " + rm.entry};
    for (auto& m : items) tr.explain.push_back("item: " + m.origin);
    tr.transfer_id = hex64(hash64(doc.id + "\x1f" + std::to_string(si) + "\x1f" + std::to_string(trig) + "\x1f" +
                                  tr.supplier.code + tr.recipient.code));
    // The transfer's event. It stands for what the trigger says: "Mali received two helicopters
    // from Moscow" is a delivery, not the hosting of a Russian visit the event patterns read in
    // "receive TGT", so the event coder's events on the same trigger give way.
    if (const CameoCode* c = cameo.find(event_code(tr.status))) {
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
        return e.evidence.sentence == static_cast<int>(si) && e.cameo == c->code && e.source.code == sm.actor.code &&
               e.target && e.target->code == rm.actor.code;
      });
      if (!dup) {
        Event e;
        e.doc_id = doc.id;
        e.source = sm.actor;
        e.target = rm.actor;
        e.cameo = c->code;
        e.quad_class = c->quad_class;
        e.goldstein = c->goldstein;
        e.plover_type = c->plover_type;
        e.plover_mode = c->plover_mode;
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
    doc.transfers.push_back(std::move(tr));
    last_sentence = static_cast<int>(si);
  }
}

}  // namespace dyad
