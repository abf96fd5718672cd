#include "dyad/references.h"

#include <algorithm>

#include "dyad/actors.h"
#include "dyad/text.h"
#include "util/word_bits.h"

namespace dyad {

void ReferenceCues::load(const Data& data, Vocabulary& vocab, std::vector<std::string>* errors) {
  for (const DataFile& f : data.files("actors/references", ".tsv")) {
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      std::vector<uint64_t>* set = nullptr;
      if (cols.size() == 2) {
        if (cols[0] == "possessive-person") set = &possessive_person;
        if (cols[0] == "possessive-group") set = &possessive_group;
        if (cols[0] == "country-noun") set = &country_nouns;
        if (cols[0] == "definite") set = &definite;
        if (cols[0] == "speaker") set = &speaker;
        if (cols[0] == "speaker-possessive") set = &speaker_possessive;
        if (cols[0] == "speaker-noun") set = &speaker_nouns;
      }
      if (!set) {
        if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": expected `class | words`");
        return;
      }
      for (std::string_view w : split_list(cols[1])) word_bits_set(*set, vocab.intern(fold(w)));
    });
  }
}

namespace {

size_t sentence_of(const Document& doc, uint32_t token) {
  for (size_t si = 0; si < doc.sentences.size(); ++si)
    if (token < doc.sentences[si].end_token) return si;
  return doc.sentences.size();
}

// A role without a country or name ("officials", "the army"): its code is its sectors.
bool bare_role(const ActorMention& m) {
  if (!m.actor.country.empty() || m.person || m.actor.sectors.empty()) return false;
  std::string x;
  for (const std::string& s : m.actor.sectors) x += s;
  return x == m.actor.code;
}

std::string last_word(std::string_view s) {
  const size_t sp = s.find_last_of(' ');
  return fold(sp == std::string_view::npos ? s : s.substr(sp + 1));
}

}  // namespace

namespace {

// "we", "our country", "my delegation" -> the document's speaker (an actor code). A code the
// lexicon cannot read gives a warning and resolves nothing.
void resolve_speaker(Document& doc, const ReferenceCues& cues, const ActorLexicon& lexicon) {
  if (doc.speaker.empty() || cues.speaker.empty()) return;
  Actor who;
  who.code = doc.speaker;
  lexicon.split_code(doc.speaker, who.country, who.sectors);
  if (!lexicon.is_country(who.country)) {
    doc.warnings.push_back("unknown speaker code \"" + doc.speaker + "\"");
    return;
  }
  who.name = lexicon.country_name(who.country);
  std::vector<int> covered(doc.tokens.size(), -1);
  for (size_t k = 0; k < doc.actors.size(); ++k)
    for (uint32_t t = doc.actors[k].first_token; t < doc.actors[k].end_token && t < covered.size(); ++t)
      covered[t] = static_cast<int>(k);
  std::vector<ActorMention> added;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (covered[t] >= 0) continue;
    const uint32_t w = doc.tokens[t].word;
    // "our army", "my delegation": a role found without a country is the speaker's.
    if (word_bits_test(cues.speaker_possessive, w) && t + 1 < doc.tokens.size() && covered[t + 1] >= 0) {
      ActorMention& m = doc.actors[static_cast<size_t>(covered[t + 1])];
      if (m.first_token == t + 1 && bare_role(m) && sentence_of(doc, t + 1) == sentence_of(doc, t)) {
        m.actor.country = who.country;
        m.actor.code = who.country + m.actor.code;
        m.entry += (m.entry.empty() ? "" : "; ") +
                   ("speaker: \"" + std::string(doc.surface(doc.tokens[t])) + "\" -> " + doc.speaker);
      }
      continue;
    }
    uint32_t end = 0;
    if (word_bits_test(cues.speaker, w)) {
      end = t + 1;
    } else if (word_bits_test(cues.speaker_possessive, w) && t + 1 < doc.tokens.size() &&
               word_bits_test(cues.speaker_nouns, doc.tokens[t + 1].word) &&
               sentence_of(doc, t + 1) == sentence_of(doc, t)) {
      end = t + 2;
    }
    if (!end) continue;
    ActorMention m;
    m.actor = who;
    m.first_token = t;
    m.end_token = end;
    m.span = {doc.tokens[t].span.start, doc.tokens[end - 1].span.end};
    m.actor.text = std::string(doc.surface(m.span));
    m.entry = "speaker: \"" + m.actor.text + "\" -> " + doc.speaker;
    m.speaker = true;
    added.push_back(std::move(m));
    t = end - 1;
  }
  if (added.empty()) return;
  for (ActorMention& m : added) doc.actors.push_back(std::move(m));
  std::stable_sort(doc.actors.begin(), doc.actors.end(),
                   [](const ActorMention& a, const ActorMention& b) { return a.first_token < b.first_token; });
}

}  // namespace

void resolve_references(Document& doc, const ReferenceCues& cues, const ActorLexicon& lexicon) {
  resolve_speaker(doc, cues, lexicon);
  if (cues.empty() || doc.actors.empty()) return;
  // Which mention covers each token (-1: none), over the mentions found by the recogniser.
  std::vector<int> cover(doc.tokens.size(), -1);
  for (size_t k = 0; k < doc.actors.size(); ++k)
    for (uint32_t t = doc.actors[k].first_token; t < doc.actors[k].end_token && t < cover.size(); ++t)
      cover[t] = static_cast<int>(k);
  const size_t n_found = doc.actors.size();
  std::vector<ActorMention> added;

  // The one antecedent of a possessive at token `t`, in its sentence or else the one
  // before: persons for his/her, other agents for its/their. nullptr when there is
  // none or when the candidates disagree on their country.
  auto antecedent = [&](uint32_t t, bool person) -> const ActorMention* {
    const size_t si = sentence_of(doc, t);
    for (size_t back = 0; back <= 1 && back <= si; ++back) {
      const Sentence& s = doc.sentences[si - back];
      const ActorMention* found = nullptr;
      bool agree = true;
      for (size_t k = 0; k < n_found; ++k) {
        const ActorMention& m = doc.actors[k];
        if (m.first_token < s.first_token || m.end_token > s.end_token || m.end_token > t) continue;
        if (m.place || m.person != person) continue;
        if (bare_role(m)) continue;  // "officials": no antecedent
        const std::string& key = m.actor.country.empty() ? m.actor.code : m.actor.country;
        if (found && (found->actor.country.empty() ? found->actor.code : found->actor.country) != key) agree = false;
        found = &m;
      }
      if (found) return agree && !found->actor.country.empty() ? found : nullptr;
    }
    return nullptr;
  };
  auto describe = [&](const ActorMention& a) {
    return "\"" + a.actor.text + "\" (" + a.actor.code + ", sentence " +
           std::to_string(sentence_of(doc, a.first_token)) + ")";
  };

  for (uint32_t t = 0; t + 1 < doc.tokens.size(); ++t) {
    const uint32_t w = doc.tokens[t].word;
    const bool pp = word_bits_test(cues.possessive_person, w), pg = word_bits_test(cues.possessive_group, w);
    const Token& next = doc.tokens[t + 1];
    if ((pp || pg) && sentence_of(doc, t + 1) == sentence_of(doc, t)) {
      const int c = cover[t + 1];
      const bool noun = cover[t + 1] < 0 && word_bits_test(cues.country_nouns, next.word);
      // "its army": a role found without a country.
      const bool role = c >= 0 && doc.actors[c].first_token == t + 1 && bare_role(doc.actors[c]);
      if (!noun && !role) continue;
      const ActorMention* a = antecedent(t, pp);
      if (!a) continue;
      const std::string why = "reference: \"" + std::string(doc.surface(doc.tokens[t])) + "\" -> " + describe(*a);
      if (noun) {
        ActorMention m;
        m.first_token = t;
        m.end_token = t + 2;
        m.span = {doc.tokens[t].span.start, next.span.end};
        m.actor.text = std::string(doc.surface(m.span));
        m.actor.code = a->actor.country;
        m.actor.country = a->actor.country;
        m.entry = why;
        m.actor.name = lexicon.country_name(a->actor.country);
        added.push_back(std::move(m));
        cover[t + 1] = -2;
      } else {
        ActorMention& m = doc.actors[c];
        m.actor.country = a->actor.country;
        m.actor.code = a->actor.country + m.actor.code;
        m.entry += (m.entry.empty() ? "" : "; ") + why;
      }
      continue;
    }
    // "the Council" after "the UN Security Council".
    if (word_bits_test(cues.definite, w) && cover[t + 1] == -1 && next.has(kCapitalised) && next.has(kWord) &&
        !next.has(kAllCaps) &&
        (t + 2 >= doc.tokens.size() || !doc.tokens[t + 2].has(kCapitalised) ||
         sentence_of(doc, t + 2) != sentence_of(doc, t + 1))) {
      const std::string_view head = doc.norm(next);
      const ActorMention* found = nullptr;
      bool agree = true;
      for (size_t k = 0; k < n_found; ++k) {
        const ActorMention& m = doc.actors[k];
        if (m.end_token > t || m.person || m.place || m.end_token - m.first_token < 2) continue;
        if (last_word(m.actor.text) != head && last_word(m.actor.name) != head) continue;
        if (found && found->actor.code != m.actor.code) agree = false;
        found = &m;
      }
      if (!found || !agree) continue;
      ActorMention m;
      m.first_token = t + 1;
      m.end_token = t + 2;
      m.span = next.span;
      m.actor = found->actor;
      m.actor.text = std::string(doc.surface(next));
      m.entry = "reference: \"the " + m.actor.text + "\" -> " + describe(*found);
      added.push_back(std::move(m));
      cover[t + 1] = -2;
    }
  }
  if (added.empty()) return;
  for (ActorMention& m : added) doc.actors.push_back(std::move(m));
  std::stable_sort(doc.actors.begin(), doc.actors.end(),
                   [](const ActorMention& a, const ActorMention& b) { return a.first_token < b.first_token; });
}

}  // namespace dyad
