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
      if (cols.size() != 3) {
        if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": expected `status | subject | words`");
        return;
      }
      const std::string cls(cols[0]);
      for (std::string_view w : split_list(cols[2])) {
        const std::string folded = fold(w);
        if (cls == "link" || cls == "block" || cls == "from" || cls == "to") {
          auto ids = ids_of(folded, vocab, cls == "link" || cls == "block");
          if (ids.empty()) continue;
          auto& set = cls == "link" ? link_nouns_ : cls == "block" ? blockers_ : cls == "from" ? from_ : to_;
          set.insert(ids[0]);
          continue;
        }
        auto ids = ids_of(folded, vocab, true);
        if (ids.empty()) continue;
        TransferFrame fr;
        fr.status = cls;
        fr.subject_is_supplier = cols[1] == "supplier";
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
  const auto& T = doc.tokens;
  std::vector<int> start(T.size(), -1), cover(T.size(), -1);
  for (size_t k = 0; k < doc.actors.size(); ++k) {
    const ActorMention& m = doc.actors[k];
    start[m.first_token] = static_cast<int>(k);
    for (uint32_t t = m.first_token; t < m.end_token; ++t) cover[t] = static_cast<int>(k);
  }
  const GrammarClasses& g = syntax.grammar();
  int last_sentence = -100;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    std::vector<ItemMention> items = eq.find(doc, s);
    if (items.empty()) continue;
    bool blocked = false, link = false;
    for (size_t t = s.first_token; t < s.end_token; ++t) {
      blocked = blocked || blockers_.count(T[t].lemma) || blockers_.count(T[t].word);
      link = link || link_nouns_.count(T[t].lemma) || link_nouns_.count(T[t].word);
    }
    if (blocked) continue;
    // The first frame verb of the sentence.
    const TransferFrame* frame = nullptr;
    size_t trig = 0, trig_end = 0;
    for (size_t t = s.first_token; t < s.end_token && !frame; ++t) {
      if (cover[t] >= 0) continue;
      auto it = frames_.find(T[t].lemma);
      if (it == frames_.end()) continue;
      for (const TransferFrame& fr : it->second) {
        const auto& words = frame_words_.at(fr.origin);
        bool ok = t + words.size() <= s.end_token;
        for (size_t k = 1; k < words.size() && ok; ++k) ok = T[t + k].word == words[k] || T[t + k].lemma == words[k];
        if (ok) {
          frame = &fr;
          trig = t;
          trig_end = t + words.size();
          break;
        }
      }
    }
    if (!frame) {
      // "The new shipment includes two combat helicopters": continue the transfer before.
      bool has_actor = false;
      for (const ActorMention& m : doc.actors)
        has_actor = has_actor || (m.first_token >= s.first_token && m.end_token <= s.end_token && !m.place);
      if (link && !has_actor && !doc.transfers.empty() && static_cast<int>(si) - last_sentence <= 2) {
        Transfer& prev = doc.transfers.back();
        prev.items.erase(
            std::remove_if(prev.items.begin(), prev.items.end(),
                           [](const Item& it) { return it.designation.empty() && it.category == "other"; }),
            prev.items.end());
        for (auto& m : items) prev.items.push_back(m.item);
        prev.explain.push_back("items linked from sentence " + std::to_string(si));
        last_sentence = static_cast<int>(si);
      }
      continue;
    }
    // Negated frames are no transfer.
    const size_t win = trig > s.first_token + 5 ? trig - 5 : s.first_token;
    if (g.negation.occurs(doc, win, trig) || g.denied.occurs(doc, win, trig)) continue;
    int subj = syntax.subject(doc, s, trig, cover);
    int other = -1;
    bool other_is_from = false;
    const bool passive = syntax.passive(doc, s, trig);
    for (size_t t = trig_end; t + 1 < s.end_token && other < 0; ++t) {
      const bool f = from_.count(T[t].word) > 0, to = to_.count(T[t].word) > 0;
      if (!f && !to) continue;
      size_t b = t + 1;
      while (b < s.end_token && g.determiner.has(T[b].word) && start[b] < 0) ++b;
      if (b < s.end_token && start[b] >= 0 && !doc.actors[static_cast<size_t>(start[b])].place &&
          static_cast<int>(start[b]) != subj) {
        other = start[b];
        other_is_from = f;
      }
    }
    // "supply Mali with drones": an actor right after the verb.
    if (other < 0 && trig_end < s.end_token) {
      size_t b = trig_end;
      while (b < s.end_token && g.determiner.has(T[b].word) && start[b] < 0) ++b;
      if (b < s.end_token && start[b] >= 0) other = start[b];
    }
    // No subject found (quoted speech: "We are receiving …"): the first actor before the verb.
    if (subj < 0)
      for (size_t k = 0; k < doc.actors.size(); ++k) {
        const ActorMention& m = doc.actors[k];
        if (m.first_token >= s.first_token && m.end_token <= trig && !m.place && static_cast<int>(k) != other) {
          subj = static_cast<int>(k);
          break;
        }
      }
    int supplier = -1, recipient = -1;
    if (passive) {  // "were delivered to Mali by Russia"
      supplier = other_is_from ? other : -1;
      recipient = other_is_from ? subj : other;
    } else if (frame->subject_is_supplier) {
      supplier = subj;
      recipient = other_is_from ? -1 : other;
    } else {
      recipient = subj;
      supplier = other_is_from || other >= 0 ? other : -1;
    }
    if (supplier < 0 || recipient < 0) continue;
    const ActorMention& sm = doc.actors[static_cast<size_t>(supplier)];
    const ActorMention& rm = doc.actors[static_cast<size_t>(recipient)];
    // A bare role ("the military", "companies") cannot be a party to an arms transfer.
    if (sm.actor.country.empty() && sm.actor.code.size() <= 3 * sm.actor.sectors.size()) continue;
    if (rm.actor.country.empty() && rm.actor.code.size() <= 3 * rm.actor.sectors.size()) continue;
    Transfer tr;
    tr.doc_id = doc.id;
    tr.supplier = party(sm);
    tr.recipient = party(rm);
    if (tr.supplier.code == tr.recipient.code) continue;
    tr.status = frame->status;
    if (tr.status == "delivered" && g.intended.occurs(doc, win, trig)) tr.status = "planned";
    for (auto& m : items) tr.items.push_back(m.item);
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
      size_t k = n[0] == '$' ? 1 : 2;
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
                                       (subj >= 0 ? 0.1 : 0.0) + (other >= 0 ? 0.1 : 0.0));
    tr.explain = {frame->origin, "supplier: " + sm.entry, "recipient: " + rm.entry};
    for (auto& m : items) tr.explain.push_back("item: " + m.origin);
    tr.transfer_id = hex64(hash64(doc.id + "\x1f" + std::to_string(si) + "\x1f" + std::to_string(trig) + "\x1f" +
                                  tr.supplier.code + tr.recipient.code));
    // The transfer's event.
    if (const CameoCode* c = cameo.find(event_code(tr.status))) {
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
