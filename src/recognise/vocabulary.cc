#include "dyad/vocabulary.h"

#include <algorithm>
#include <cstring>

#include "util/hash.h"

namespace dyad {

namespace {
constexpr size_t kBlockSize = 64 * 1024;  // arena block for word texts
// The shipped lexicons intern about 45,000 words: 64k slots hold them with
// short probes, in 1 MB.
constexpr size_t kExpectedWords = 1 << 16;

// The first 8 bytes of `s`, zero-padded.
uint64_t head_of(std::string_view s) {
  uint64_t h = 0;
  if (!s.empty()) std::memcpy(&h, s.data(), std::min<size_t>(s.size(), 8));
  return h;
}
uint16_t tag_of(uint64_t hash) {
  return static_cast<uint16_t>(hash >> 48);
}
uint16_t len_of(std::string_view s) {
  return static_cast<uint16_t>(std::min<size_t>(s.size(), 0xFFFF));
}
}  // namespace

Vocabulary::Vocabulary() {
  slots_.resize(kExpectedWords);
  words_.reserve(kExpectedWords);
  lemma_.reserve(kExpectedWords);
  words_.emplace_back();  // id 0: unknown
  lemma_.push_back(0);
}

std::string_view Vocabulary::store(std::string_view word) {
  if (word.empty()) return {};
  if (block_used_ + word.size() > block_size_) {
    block_size_ = std::max(kBlockSize, word.size());
    blocks_.push_back(std::make_unique<char[]>(block_size_));
    block_used_ = 0;
  }
  char* p = blocks_.back().get() + block_used_;
  std::memcpy(p, word.data(), word.size());
  block_used_ += word.size();
  return {p, word.size()};
}

void Vocabulary::grow() {
  std::vector<Slot> old(2 * slots_.size());
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.id) continue;
    size_t i = fast_hash(words_[s.id]) & mask;
    while (slots_[i].id) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

uint32_t Vocabulary::find(std::string_view word) const {
  const uint64_t h = fast_hash(word);
  const uint64_t head = head_of(word);
  const uint16_t tag = tag_of(h), len = len_of(word);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (!s.id) return 0;
    if (s.head == head && s.len == len && s.tag == tag && (word.size() <= 8 || words_[s.id] == word)) return s.id;
  }
}

uint32_t Vocabulary::intern(std::string_view word) {
  if (const uint32_t id = find(word)) return id;
  const uint32_t id = static_cast<uint32_t>(words_.size());
  words_.push_back(store(word));
  lemma_.push_back(id);
  if (4 * words_.size() > 3 * slots_.size()) grow();
  const uint64_t h = fast_hash(word);
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i].id) i = (i + 1) & mask;
  slots_[i] = {head_of(word), id, len_of(word), tag_of(h)};
  return id;
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
