// Reconciliation of the register with a SIPRI export (dyad/register.h,
// reconcile): SIPRI rows are indexed by (supplier code, recipient code); a
// register row looks up its pair and keeps the SIPRI rows whose designation
// (any '/' alternative) is of its family, or — for generic rows — whose weapon
// description is the row's description. The best match is the one whose
// deliveries overlap the row's and whose order year is nearest before the news.
//
// Tested by src/aggregate/sipri_test.cc.
#include <algorithm>
#include <map>
#include <tuple>

#include "dyad/register.h"
#include "dyad/text.h"

namespace dyad {

namespace {

// "Combat helicopters" → "combat helicopter": folded words, a final plural "s" dropped.
std::string description_key(std::string_view d) {
  std::string out, word;
  auto flush = [&] {
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
    if (!word.empty()) out += (out.empty() ? "" : " ") + word;
    word.clear();
  };
  for (char c : fold(d)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      word.push_back(c);
    else
      flush();
  }
  flush();
  return out;
}

}  // namespace

void reconcile(std::vector<RegisterRow>& rows, const SipriRegister& sipri) {
  std::map<std::pair<std::string, std::string>, std::vector<const SipriRow*>> by_pair;
  for (const SipriRow& s : sipri.rows)
    if (!s.supplier_code.empty() && !s.recipient_code.empty())
      by_pair[{s.supplier_code, s.recipient_code}].push_back(&s);

  for (RegisterRow& r : rows) {
    r.known.clear();
    r.match_on = r.designation.empty() ? "description" : "designation";
    const std::string key = r.designation.empty() ? description_key(r.description) : designation_key(r.designation);
    std::vector<const SipriRow*> found;
    if (auto it = by_pair.find({r.supplier, r.recipient}); it != by_pair.end() && !key.empty()) {
      for (const SipriRow* s : it->second) {
        const bool hit = r.designation.empty()
                             ? description_key(s->description) == key
                             : std::any_of(s->alternatives.begin(), s->alternatives.end(),
                                           [&](const std::string& alt) { return same_family(key, alt); });
        if (hit) found.push_back(s);
      }
    }
    const int news_year = r.first_mention ? r.first_mention->year : 0;
    auto score = [&](const SipriRow* s) {
      const bool overlap = std::any_of(s->delivery_years.begin(), s->delivery_years.end(), [&](int y) {
        return std::binary_search(r.delivery_years.begin(), r.delivery_years.end(), y);
      });
      int distance = 10000;
      if (s->order_year && news_year) {
        distance = news_year - *s->order_year;
        if (distance < 0) distance = 1000 - distance;  // ordered after the news: a later deal
      }
      return std::tuple(overlap ? 0 : 1, distance, s->line);
    };
    std::sort(found.begin(), found.end(), [&](const SipriRow* a, const SipriRow* b) { return score(a) < score(b); });
    for (const SipriRow* s : found) r.known.push_back(*s);
    r.match = r.known.empty() ? "new-in-the-news" : "known-deal";
  }
}

}  // namespace dyad
