// Candidate actors across a corpus: the persons the recogniser discovered after a
// title and a country cue, which no dictionary has.
#include <algorithm>

#include "dyad/actors.h"
#include "dyad/text.h"

namespace dyad {

void UnknownActors::add(const Document& doc) {
  size_t si = 0;
  for (const ActorMention& m : doc.actors) {
    const bool introduced = m.entry.find(kNameAfterTitle) != std::string::npos;
    if (!m.person || m.actor.country.empty() || (!introduced && m.entry != kDiscoveredInDocument)) continue;
    while (si + 1 < doc.sentences.size() && m.first_token >= doc.sentences[si].end_token) ++si;
    const std::string key = m.actor.code + "|" + fold(m.actor.name);
    auto [it, fresh] = index_.emplace(key, all_.size());
    if (fresh) all_.push_back({m.actor.code, m.actor.name, 0, doc.id + ":" + std::to_string(si)});
    ++all_[it->second].count;
  }
}

std::vector<UnknownActors::Candidate> UnknownActors::ranked() const {
  std::vector<Candidate> out = all_;
  std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
    return a.count != b.count ? a.count > b.count : a.name < b.name;
  });
  return out;
}

std::string UnknownActors::dict_line(const Candidate& c) {
  std::string aliases = c.name;
  const size_t sp = c.name.find_last_of(' ');
  if (sp != std::string::npos) aliases += "; " + c.name.substr(sp + 1);
  return "person | " + c.code + " | " + c.name + " | " + aliases + " | | # seen " + std::to_string(c.count) +
         (c.count == 1 ? " time" : " times") + ", e.g. " + c.example;
}

}  // namespace dyad
