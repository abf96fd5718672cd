// Greedy merge over a content-defined order (see cluster.h for the rule).
// Open events are scanned in creation order; an event stops accepting
// day-precision mentions once the sorted days have moved past its window.
#include "aggregate/cluster.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "util/hash.h"

namespace dyad::aggregate {

namespace {

auto order_key(const ClusterMention& m) {
  return std::tie(m.day, m.precision, m.location_country, m.content_hash, m.sentence, m.start, m.mention_id);
}

bool before(const ClusterMention& a, const ClusterMention& b) {
  // Undated mentions go last; std::optional orders nullopt first, so flip it.
  if (a.day.has_value() != b.day.has_value()) return a.day.has_value();
  return order_key(a) < order_key(b);
}

bool place_compatible(const std::string& a, const std::string& b) {
  return a.empty() || b.empty() || a == b;
}

}  // namespace

std::string group_key(std::string_view source_code, std::string_view target_code, std::string_view cameo) {
  std::string k;
  k.reserve(source_code.size() + target_code.size() + 4);
  k.append(source_code).push_back('|');
  k.append(target_code).push_back('|');
  k.append(cameo.substr(0, 2));
  return k;
}

std::vector<Cluster> cluster_group(std::string_view group, std::vector<ClusterMention>& mentions, int window_days) {
  std::sort(mentions.begin(), mentions.end(), before);
  std::vector<Cluster> out;
  std::vector<size_t> open;  // indices into `out` that may still accept mentions
  for (size_t i = 0; i < mentions.size(); ++i) {
    const ClusterMention& m = mentions[i];
    Cluster* target = nullptr;
    if (m.day) {
      for (size_t o : open) {
        Cluster& c = out[o];
        const ClusterMention& rep = mentions[c.members.front()];
        if (rep.precision != m.precision || !place_compatible(c.location_country, m.location_country)) continue;
        const long limit = m.precision == Precision::kDay ? window_days : 0;
        if (*m.day - *c.first_day > limit) continue;
        target = &c;
        break;
      }
    }
    if (!target) {
      out.emplace_back();
      target = &out.back();
      target->first_day = m.day;
      if (m.day) open.push_back(out.size() - 1);
      std::string seed(group);
      seed +=
          '|' + m.content_hash + '|' + std::to_string(m.sentence) + '|' + std::to_string(m.start) + '|' + m.mention_id;
      target->key = hex64(hash64(seed));
    }
    target->members.push_back(i);
    if (m.day) target->last_day = std::max(target->last_day.value_or(*m.day), *m.day);
    if (target->location_country.empty()) target->location_country = m.location_country;
    // Events whose window has passed can no longer accept mentions (days are sorted).
    if (m.day && m.precision == Precision::kDay) {
      std::erase_if(open, [&](size_t o) {
        return mentions[out[o].members.front()].precision == Precision::kDay &&
               *m.day - *out[o].first_day > window_days;
      });
    }
  }
  for (Cluster& c : out) {
    std::set<std::string_view> articles, sources;
    for (size_t i : c.members) {
      articles.insert(mentions[i].content_hash);
      sources.insert(mentions[i].source_key);
    }
    c.num_mentions = c.members.size();
    c.num_articles = articles.size();
    c.num_sources = sources.size();
  }
  return out;
}

}  // namespace dyad::aggregate
