#include <algorithm>

#include "dyad/events.h"
#include "dyad/parse.h"

namespace dyad {

namespace {
constexpr size_t kGap = 6;
constexpr size_t kItemsGap = 14;

bool word_matches(const Token& t, const PatternElement& e) {
  for (uint32_t w : e.words)
    if (t.lemma == w || t.word == w) return true;
  return false;
}
}  // namespace

void SentenceWords::assign(const Document& doc, const Sentence& s) {
  for (uint32_t w : set_) bits_[w / 64] &= ~(uint64_t{1} << (w % 64));
  set_.clear();
  for (size_t q = s.first_token; q < s.end_token; ++q)
    for (uint32_t w : {doc.tokens[q].word, doc.tokens[q].lemma}) {
      if (!w) continue;
      if (w / 64 >= bits_.size()) bits_.resize(w / 64 + 1, 0);
      bits_[w / 64] |= uint64_t{1} << (w % 64);
      set_.push_back(w);
    }
}

std::optional<PatternMatch> Syntax::match(const Document& doc, const Sentence& s, const PatternSet& set, size_t t,
                                          const std::vector<int>& actor_at, bool passive, const SentenceWords* present,
                                          bool open_target) const {
  const Token& tok = doc.tokens[t];
  const std::vector<uint32_t>* by_lemma = tok.lemma ? set.for_trigger(tok.lemma) : nullptr;
  const std::vector<uint32_t>* by_word = tok.word != tok.lemma ? set.for_trigger(tok.word) : nullptr;
  if (!by_lemma && !by_word) return std::nullopt;
  const size_t end = s.end_token;
  auto boundary = [&](size_t q) {
    const std::string_view n = doc.norm(doc.tokens[q]);
    return n == "." || n == ";" || n == ":" || n == "!" || n == "?";
  };
  // The words and lemmas of the sentence, for the patterns' quick rejection (computed
  // once per sentence by the caller, or here).
  thread_local SentenceWords local;
  if (!present) {
    local.assign(doc, s);
    present = &local;
  }
  auto has_any = [&](const std::vector<uint32_t>& alts) {
    for (uint32_t w : alts)
      if (present->has(w)) return true;
    return false;
  };
  // After a determiner or a possessive, with adjectives between, the trigger is a noun ("its
  // support of", "the fierce attack"): verb patterns do not apply.
  bool nominal = false;
  for (size_t q = t; q > s.first_token;) {
    const Token& x = doc.tokens[--q];
    if (x.has(kAdjective) && !x.has(kCapitalised)) continue;
    // "a series of bombs": after a preposition that does not mark an infinitive ("to"), a form
    // not in -ing is a noun.
    // An object pronoun ends the verb phrase before it ("send them back"): no verb follows.
    nominal = g_.determiner.has(x.word) || x.has(kPossessive) || g_.object_pronoun.has(x.word) ||
              (g_.preposition.has(x.word) && !g_.infinitive.has(x.word) && !doc.norm(tok).ends_with("ing"));
    break;
  }
  // After an auxiliary, a modal or the infinitive "to" (adverbs and negation between), the trigger
  // is a verb: "will protest", "to protest", "did not strike" are no nominal protest or strike.
  bool verbal = false;
  for (size_t q = t; q > s.first_token;) {
    const Token& x = doc.tokens[--q];
    if (g_.adverb.has(x.word) || g_.negation.has(x.word)) continue;
    verbal = g_.auxiliary.has(x.word) || g_.infinitive.has(x.word);
    break;
  }
  // Patterns of the word as written ("talks") come before those of its lemma ("talk").
  const std::vector<uint32_t>* lists[2] = {by_word, by_lemma};
  // A second pass, when asked, lets a pattern end without its final target ("killed the deputy
  // chief of X's militia"): the caller then looks for the object itself.
  for (int pass = 0; pass < (open_target ? 2 : 1); ++pass)
    for (size_t li = 0, pk = 0; li < 2; pk = 0, ++li) {
      for (; lists[li] && pk < lists[li]->size(); ++pk) {
        const Pattern& p = set.pattern((*lists[li])[pk]);
        // A nominal trigger reached through its lemma must be a plural ("talks"), not a verb
        // form: "was attacked by" is no "attack by".
        if (p.noun && li == 1 && tok.word != tok.lemma && !doc.norm(tok).ends_with("s")) continue;
        if (nominal && !p.noun) continue;
        if (p.verb && !(t < doc.syntax.size() && doc.syntax[t].parsed() &&
                        doc.syntax[t].upos == static_cast<uint8_t>(Upos::VERB)))
          continue;
        if (verbal && p.noun) continue;
        if (pass == 1 && p.elements.back().kind != PatternElement::kTarget) continue;
        if (!std::all_of(p.required.begin(), p.required.end(), has_any)) continue;
        PatternMatch m;
        m.pattern = &p;
        m.trigger = static_cast<uint32_t>(t);
        m.trigger_end = static_cast<uint32_t>(t + 1);
        size_t pos = t + 1;
        size_t gap = 0;
        bool ok = true;
        bool items_pending = false;
        // A mention ends after its possessive clitic ("Serbia's"); a pattern that names the clitic
        // ("denounce TGT 's") reads it as its next word.
        auto possessive_end = [&](const ActorMention& am, size_t k) -> size_t {
          const size_t last = am.end_token - 1;
          if (last > am.first_token && doc.tokens[last].has(kPossessive) && k + 1 < p.elements.size() &&
              p.elements[k + 1].kind == PatternElement::kWord && word_matches(doc.tokens[last], p.elements[k + 1]))
            return last;
          return am.end_token;
        };
        for (size_t k = 1; k < p.elements.size() && ok; ++k) {
          const PatternElement& e = p.elements[k];
          if (e.kind == PatternElement::kGap) {
            gap = kGap;
            continue;
          }
          if (e.kind == PatternElement::kItems) {
            items_pending = true;
            m.items_begin = static_cast<uint32_t>(pos);
            gap = kItemsGap;
            if (k + 1 == p.elements.size()) {  // ITEMS last: up to the clause end
              size_t q = pos;
              while (q < end && !boundary(q) && q - pos < kItemsGap) ++q;
              m.items_end = static_cast<uint32_t>(q);
              pos = q;
            }
            continue;
          }
          bool found = false;
          for (size_t q = pos; q < end && q <= pos + gap; ++q) {
            // A gap stays in its clause: it does not run past "that", "which", "but" …
            if (q > pos && (boundary(q - 1) || g_.boundary.has(doc.tokens[q - 1].word))) break;
            size_t qq = q;
            // Adverbs and time words ("accused today", "rejected Thursday a …"), then determiners.
            for (;;) {
              if (qq >= end || actor_at[qq] >= 0) break;
              if (g_.adverb.has(doc.tokens[qq].word) ||
                  (doc.norm(doc.tokens[qq]).ends_with("ly") && !doc.tokens[qq].has(kCapitalised))) {
                ++qq;
              } else if (const size_t n = g_.adverb.starts_at(doc, qq, end)) {
                qq += n;  // "conceded at last to", "agreed last week to"
              } else {
                break;
              }
            }
            while (qq < end && g_.determiner.has(doc.tokens[qq].word) && actor_at[qq] < 0) ++qq;
            if (qq >= end) break;
            if (e.kind == PatternElement::kWord) {
              if (actor_at[qq] < 0 && word_matches(doc.tokens[qq], e)) {
                found = true;
                if (pos == m.trigger_end && gap == 0 && qq == pos) m.trigger_end = static_cast<uint32_t>(qq + 1);
                if (items_pending) m.items_end = static_cast<uint32_t>(q);
                pos = qq + 1;
              } else if (word_matches(doc.tokens[q], e)) {
                found = true;
                if (items_pending) m.items_end = static_cast<uint32_t>(q);
                pos = q + 1;
              }
            } else if (actor_at[qq] < 0) {
              // An actor slot may skip quantities and unknown lower-case modifiers before the
              // actor: "killed three ethnic Albanians", "arrested more than 100 Palestinians".
              size_t a = qq;
              for (size_t n = 0; a < end && n < 6 && actor_at[a] < 0; ++n) {
                const Token& x = doc.tokens[a];
                if (const size_t len = g_.quantifier.starts_at(doc, a, end)) {
                  a += len;
                } else if (const size_t plen = g_.partitive.starts_at(doc, a, end)) {
                  a += plen;
                } else if (x.has(kNumber) || g_.determiner.has(x.word) || x.has(kAdjective) ||
                           (x.has(kWord) && x.word == 0 && !x.has(kCapitalised))) {
                  ++a;
                } else {
                  break;
                }
              }
              if (a > qq && a < end && actor_at[a] >= 0) {
                const ActorMention& am = doc.actors[static_cast<size_t>(actor_at[a])];
                found = true;
                if (e.kind == PatternElement::kTarget)
                  m.target = actor_at[a];
                else
                  m.source = actor_at[a];
                if (items_pending) m.items_end = static_cast<uint32_t>(q);
                pos = possessive_end(am, k);
              }
            } else if (actor_at[qq] >= 0) {
              const ActorMention& a = doc.actors[static_cast<size_t>(actor_at[qq])];
              found = true;
              if (e.kind == PatternElement::kTarget)
                m.target = actor_at[qq];
              else
                m.source = actor_at[qq];
              if (items_pending) m.items_end = static_cast<uint32_t>(q);
              pos = possessive_end(a, k);
            }
            if (found) break;
          }
          // "pressuring workers of the United Bus Company of Tehran to cancel": a proper-noun
          // post-modifier of the actor just read ("of"/"from" + a name) stands before the next word.
          if (!found && e.kind == PatternElement::kWord && gap == 0 && k > 1 &&
              p.elements[k - 1].kind != PatternElement::kWord && p.elements[k - 1].kind != PatternElement::kGap &&
              pos < end && g_.post_modifier.has(doc.tokens[pos].word)) {
            for (size_t q = pos + 1; q < end && q < pos + 14; ++q) {
              const Token& x = doc.tokens[q];
              if (q > pos + 1 && actor_at[q] < 0 && word_matches(x, e)) {
                found = true;
                pos = q + 1;
                break;
              }
              const std::string_view n = doc.norm(x);
              if (!(actor_at[q] >= 0 || g_.determiner.has(x.word) || g_.post_modifier.has(x.word) ||
                    (x.has(kCapitalised) && x.has(kWord)) || n == "(" || n == ")"))
                break;
            }
          }
          // In the passive the target is the subject ("X was attacked by Y"): its slot stays empty.
          if (!found) {
            if (e.optional || (passive && e.kind == PatternElement::kTarget)) continue;
            if (pass == 1 && e.kind == PatternElement::kTarget && k + 1 == p.elements.size()) continue;
            ok = false;
            break;
          }
          items_pending = false;
          gap = 0;
        }
        if (!ok) continue;
        m.end = static_cast<uint32_t>(pos);
        return m;
      }
    }
  return std::nullopt;
}

int Syntax::subject(const Document& doc, const Sentence& s, size_t t, const std::vector<int>& actor_at) const {
  // actor_at maps a token to the mention covering it.
  // "Syria praised Iran and withdrew …": a verb right after "and" shares the subject of
  // the verb before it, the leftmost actor of the clause, not the object nearest to it.
  // Auxiliaries, negation and adverbs may stand between ("… and will resign", "and also withdrew").
  size_t v = t;
  while (v > s.first_token + 1 && actor_at[v - 1] < 0 &&
         (g_.auxiliary.has(doc.tokens[v - 1].word) || g_.adverb.has(doc.tokens[v - 1].word) ||
          g_.negation.has(doc.tokens[v - 1].word)))
    --v;
  // "according to a special report submitted to the Canadian intelligence service": a noun
  // phrase of common nouns right before the verb ("a special report") is its subject, and no
  // actor; an actor further back is not.
  {
    auto common = [&](const Token& x) {
      const uint32_t w = x.word;
      return x.has(kWord) && !x.has(kCapitalised) && !x.has(kNumber) && !g_.preposition.has(w) &&
             !g_.determiner.has(w) && !g_.coordination.has(w) && !g_.complementizer.has(w) && !g_.relative.has(w) &&
             !g_.boundary.has(w) && !g_.auxiliary.has(w) && !g_.pronoun.has(w) && !g_.quantifier.has(w) &&
             !g_.adverb.has(w) && !g_.negation.has(w) && !g_.object_pronoun.has(w);
    };
    // Time words first ("Dumas earlier this week met …").
    size_t u = v;
    for (bool moved = true; moved;) {
      moved = false;
      for (size_t len = 4; len >= 1 && !moved; --len)
        if (u >= s.first_token + len && actor_at[u - 1] < 0 && g_.adverb.starts_at(doc, u - len, u) == len) {
          u -= len;
          moved = true;
        }
    }
    size_t q = u;
    while (q > s.first_token && u - q < 4 && actor_at[q - 1] < 0 && common(doc.tokens[q - 1])) --q;
    // ("a declaration demanding that …" is its issuer's demand: not for participles in -ing.)
    // (Asked from a preposition, "a hunger strike in protest", the phrase is an object, not a subject.)
    if (q < u && q > s.first_token && actor_at[q - 1] < 0 && g_.determiner.has(doc.tokens[q - 1].word) &&
        !doc.norm(doc.tokens[t]).ends_with("ing") && !g_.preposition.has(doc.tokens[t].word))
      return -1;
  }
  // "…, killing about 20 people": a participle after a comma shares the subject of the clause
  // before it too.
  const bool participle =
      v == t && v > s.first_token && doc.norm(doc.tokens[t]).ends_with("ing") && doc.norm(doc.tokens[v - 1]) == ",";
  if (v > s.first_token && (doc.tokens[v - 1].has(kWord) || participle) &&
      g_.coordination.has(doc.tokens[v - 1].word) && actor_at[v - 1] < 0) {
    int leftmost = -1;
    for (size_t q = v - 1; q-- > s.first_token;) {
      const Token& tok = doc.tokens[q];
      if (g_.boundary.has(tok.word) || doc.norm(tok) == ";" || doc.norm(tok) == ":") break;
      const int a = actor_at[q];
      if (a < 0) continue;
      const ActorMention& m = doc.actors[static_cast<size_t>(a)];
      size_t b = m.first_token;
      while (b > s.first_token && g_.determiner.has(doc.tokens[b - 1].word)) --b;
      const bool pp = b > s.first_token && g_.preposition.has(doc.tokens[b - 1].word);
      if (!m.place && !pp) leftmost = a;
      q = m.first_token;
    }
    if (leftmost >= 0) return leftmost;
  }
  int appositive = -1;  // an actor inside an appositive read past, if nothing precedes it
  for (size_t q = t; q-- > s.first_token;) {
    // "Pakistan, a key U.S. ally in the war, has refused": an appositive (", a/the … ,") is read
    // past to the actor it describes; "Kenzo Oshima, the UN relief coordinator, demanded" keeps
    // the actor inside when none comes before.
    if (doc.norm(doc.tokens[q]) == "," && q + 1 < t) {
      size_t open = q;
      while (open > s.first_token && q - open < 14 && doc.norm(doc.tokens[open - 1]) != "," &&
             !g_.boundary.has(doc.tokens[open - 1].word))
        --open;
      if (open > s.first_token + 1 && doc.norm(doc.tokens[open - 1]) == "," &&
          g_.determiner.has(doc.tokens[open].word)) {
        for (size_t k = open; k < q && appositive < 0; ++k)
          if (actor_at[k] >= 0 && !doc.actors[static_cast<size_t>(actor_at[k])].place) appositive = actor_at[k];
        q = open - 1;
        continue;
      }
    }
    // "The International Labour Office (ILO) reiterated": a short parenthesis is read past.
    if (doc.norm(doc.tokens[q]) == ")") {
      size_t open = q;
      while (open > s.first_token && q - open < 8 && doc.norm(doc.tokens[open]) != "(") --open;
      if (doc.norm(doc.tokens[open]) == "(" && open > s.first_token) {
        q = open;
        continue;
      }
    }
    const Token& tok = doc.tokens[q];
    const int a = actor_at[q];
    if (a >= 0) {
      const ActorMention& m = doc.actors[static_cast<size_t>(a)];
      size_t b = m.first_token;
      while (b > s.first_token && g_.determiner.has(doc.tokens[b - 1].word)) --b;
      // "Thousands of Palestinians": a quantity's "of" does not make a prepositional object.
      const bool pp = b > s.first_token && g_.preposition.has(doc.tokens[b - 1].word) &&
                      !g_.quantifier.ends_at(doc, s.first_token, b);
      if (m.place || pp) {
        q = m.first_token;
        continue;
      }
      return a;
    }
    if (g_.pronoun.has(tok.word)) {
      // "Japan said on Tuesday it had halted …": time words may stand between.
      size_t c = q;
      while (c > s.first_token && actor_at[c - 1] < 0) {
        size_t n = 0;
        for (const auto& seq : g_.adverb.sequences)
          if (seq.size() > n && seq.size() <= c - s.first_token &&
              std::equal(seq.begin(), seq.end(), doc.tokens.begin() + static_cast<long>(c - seq.size()),
                         [](uint32_t w, const Token& x) { return w == x.word; }))
            n = seq.size();
        if (!n) break;
        c -= n;
      }
      if (c > s.first_token && g_.complementizer.has(doc.tokens[c - 1].word)) {
        int r = subject(doc, s, c - 1, actor_at);
        if (r >= 0) return r;
      }
      if (g_.pronoun_person.has(tok.word)) {
        for (size_t k = doc.actors.size(); k-- > 0;)
          if (doc.actors[k].person && doc.actors[k].end_token <= q) return static_cast<int>(k);
      }
      return -1;
    }
    if (g_.relative.has(tok.word) && q > s.first_token) {
      size_t r = q - 1;
      if (doc.norm(doc.tokens[r]) == "," && r > s.first_token) --r;
      if (actor_at[r] >= 0 && !doc.actors[static_cast<size_t>(actor_at[r])].place) return actor_at[r];
    }
    if (g_.boundary.has(tok.word) || doc.norm(tok) == ";" || doc.norm(tok) == ":") return appositive;
  }
  return appositive;
}

std::vector<int> Syntax::coordinated(const Document& doc, const Sentence& s, int a) const {
  std::vector<int> out{a};
  // Mentions joined by "and" / "," on either side.
  auto index_of_end = [&](size_t end_tok) -> int {
    for (size_t k = 0; k < doc.actors.size(); ++k)
      if (doc.actors[k].end_token == end_tok && !doc.actors[k].place) return static_cast<int>(k);
    return -1;
  };
  auto index_of_start = [&](size_t start_tok) -> int {
    for (size_t k = 0; k < doc.actors.size(); ++k)
      if (doc.actors[k].first_token == start_tok && !doc.actors[k].place) return static_cast<int>(k);
    return -1;
  };
  const ActorMention& m = doc.actors[static_cast<size_t>(a)];
  size_t left = m.first_token;
  while (left > s.first_token + 1) {
    size_t c = left - 1;
    if (!g_.coordination.has(doc.tokens[c].word)) break;
    size_t e = c;
    while (e > s.first_token && g_.determiner.has(doc.tokens[e - 1].word)) --e;
    int k = index_of_end(e);
    if (k < 0) break;
    out.push_back(k);
    left = doc.actors[static_cast<size_t>(k)].first_token;
  }
  size_t right = m.end_token;
  while (right + 1 < s.end_token && g_.coordination.has(doc.tokens[right].word)) {
    size_t b = right + 1;
    while (b < s.end_token && g_.determiner.has(doc.tokens[b].word)) ++b;
    int k = index_of_start(b);
    if (k < 0) break;
    out.push_back(k);
    right = doc.actors[static_cast<size_t>(k)].end_token;
  }
  return out;
}

bool Syntax::passive(const Document& doc, const Sentence& s, size_t t) const {
  const Token& tok = doc.tokens[t];
  const std::string_view n = doc.norm(tok);
  // A verb whose participle is its base form ("put", "hit", "cut", "set") is one right after a
  // form of "be" ("has been put under investigation", "was hit").
  const bool bare_participle = tok.word && tok.word == tok.lemma && t > s.first_token &&
                               g_.be.has(doc.tokens[t - 1].word) && !n.ends_with("ing");
  const bool participle = n.ends_with("ed") || n.ends_with("en") || bare_participle ||
                          (tok.word && tok.lemma && tok.word != tok.lemma && !n.ends_with("s") && !n.ends_with("ing"));
  if (!participle) return false;
  for (size_t q = t, k = 0; q-- > s.first_token && k < 3; ++k) {
    if (g_.be.has(doc.tokens[q].word)) return true;
    if (doc.tokens[q].has(kPunct)) return false;
  }
  return false;
}

}  // namespace dyad
