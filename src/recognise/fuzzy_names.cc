#include "dyad/fuzzy_names.h"

#include <algorithm>

namespace dyad {

namespace {

bool letters(std::string_view s) {
  for (char c : s)
    if (c < 'a' || c > 'z') return false;
  return true;
}

// The bucket of a word of letters: its first and last letter.
size_t ends(std::string_view s) {
  return static_cast<size_t>(s.front() - 'a') * 26 + static_cast<size_t>(s.back() - 'a');
}

}  // namespace

Edit single_edit(std::string_view from, std::string_view to) {
  const bool shrinks = from.size() >= to.size();
  const std::string_view a = shrinks ? from : to, b = shrinks ? to : from;  // a: the longer
  if (a.size() - b.size() > 1) return Edit::kNone;
  size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (a.size() > b.size())
    return a.substr(i + 1) != b.substr(i) ? Edit::kNone : shrinks ? Edit::kDeletion : Edit::kInsertion;
  if (i == a.size()) return Edit::kNone;  // equal
  if (a.substr(i + 1) == b.substr(i + 1)) return Edit::kSubstitution;
  if (i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2))
    return Edit::kTransposition;
  return Edit::kNone;
}

void FuzzyNames::add(std::string_view name, uint32_t value) {
  if (name.size() < kMinLength || !letters(name)) return;
  names_.push_back({std::string(name), value});
}

void FuzzyNames::build() {
  std::sort(names_.begin(), names_.end(), [](const Name& x, const Name& y) {
    const size_t ex = ends(x.text), ey = ends(y.text);
    if (ex != ey) return ex < ey;
    return x.text.size() != y.text.size() ? x.text.size() < y.text.size() : x.text < y.text;
  });
  bucket_.fill(0);
  for (const Name& n : names_) ++bucket_[ends(n.text) + 1];
  for (size_t b = 1; b < bucket_.size(); ++b) bucket_[b] += bucket_[b - 1];
}

bool FuzzyNames::find(std::string_view word, uint32_t* value, std::string_view* name) const {
  const size_t n = word.size();
  if (n < kMinLength || !letters(word)) return false;
  const size_t b = ends(word);
  bool found = false;
  for (uint32_t k = bucket_[b]; k < bucket_[b + 1]; ++k) {
    const Name& cand = names_[k];
    if (cand.text.size() + 1 < n) continue;
    if (cand.text.size() > n + 1) break;  // by length within the bucket
    const Edit edit = single_edit(cand.text, word);
    if (edit == Edit::kNone || edit == Edit::kSubstitution) continue;
    if (edit == Edit::kInsertion && word[n - 2] != cand.text[cand.text.size() - 2]) continue;
    if (found && cand.value != *value) return false;  // two names: no match
    found = true;
    *value = cand.value;
    *name = cand.text;
  }
  return found;
}

}  // namespace dyad
