#include "dyad/vocabulary.h"

#include <functional>

namespace dyad {

size_t Vocabulary::Hash::operator()(std::string_view s) const noexcept {
  return std::hash<std::string_view>{}(s);
}

Vocabulary::Vocabulary() {
  // The shipped lexicons intern about 45,000 words: size the tables once.
  constexpr size_t kExpected = 1 << 16;
  ids_.reserve(kExpected);
  words_.reserve(kExpected);
  lemma_.reserve(kExpected);
  words_.emplace_back();  // id 0: unknown
  lemma_.push_back(0);
}

uint32_t Vocabulary::intern(std::string_view word) {
  auto it = ids_.find(word);
  if (it != ids_.end()) return it->second;
  const uint32_t id = static_cast<uint32_t>(words_.size());
  words_.emplace_back(word);
  lemma_.push_back(id);
  ids_.emplace(std::string(word), id);
  return id;
}

uint32_t Vocabulary::find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? 0 : it->second;
}

void Vocabulary::set_lemma(uint32_t form, uint32_t lemma) {
  // An inflected form points at its base even when a list also names the form
  // itself ("received"); the first base found wins.
  if (form != lemma && lemma_[form] == form && lemma_[lemma] == lemma) lemma_[form] = lemma;
}

namespace {
bool vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}
}  // namespace

void Vocabulary::add_lemma(std::string_view lemma) {
  const uint32_t id = intern(lemma);
  is_lemma_.insert(id);
  if (lemma_[id] != id) return;  // itself an inflection of a known lemma
  if (lemma.empty() || lemma.find(' ') != std::string_view::npos) return;
  const std::string w(lemma);
  const char last = w.back();
  std::vector<std::string> forms;
  // -s / -es / -ies
  if (last == 'y' && w.size() > 1 && !vowel(w[w.size() - 2])) {
    forms.push_back(w.substr(0, w.size() - 1) + "ies");
    forms.push_back(w.substr(0, w.size() - 1) + "ied");
  } else if (last == 's' || last == 'x' || last == 'z' || w.ends_with("ch") || w.ends_with("sh")) {
    forms.push_back(w + "es");
  } else {
    forms.push_back(w + "s");
  }
  // -ed / -ing
  if (last == 'e') {
    forms.push_back(w + "d");
    forms.push_back(w.substr(0, w.size() - 1) + "ing");
  } else {
    forms.push_back(w + "ed");
    forms.push_back(w + "ing");
    // Doubled final consonant: "ship" -> "shipped", "plan" -> "planning".
    if (w.size() >= 3 && !vowel(last) && vowel(w[w.size() - 2]) && !vowel(w[w.size() - 3]) && last != 'w' &&
        last != 'x' && last != 'y') {
      forms.push_back(w + last + "ed");
      forms.push_back(w + last + "ing");
    }
  }
  for (const std::string& f : forms) set_lemma(intern(f), id);
}

void Vocabulary::add_irregular(std::string_view form, std::string_view lemma) {
  const uint32_t l = find(lemma);
  if (!l) return;
  set_lemma(intern(form), l);
}

void Vocabulary::mark_adjective(std::string_view word, bool adjective) {
  const uint32_t id = find(word);
  if (!id) return;
  if (adjective_.size() <= id) adjective_.resize(words_.size(), false);
  adjective_[id] = adjective;
}

}  // namespace dyad
