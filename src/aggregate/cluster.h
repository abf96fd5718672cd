// Internal: merging the event mentions of one group into events.
//
// A group holds the mentions with the same source code, target code and CAMEO
// root (two digits). Within a group, mentions are first put in a total order
// that depends only on their content (date, precision, place, document content
// hash, sentence, offset, mention id), never on arrival order, and then merged
// greedily: a mention joins the first open event with the same date precision
// and a compatible place (either unknown, or the same country) whose first day
// is at most `window_days` before it (day precision) or equal (month and year
// precision). Mentions without a date stay alone. So the same corpus gives the
// same events in any input order and with any number of threads.
//
// Tested by cluster_test.cc.
#ifndef DYAD_AGGREGATE_CLUSTER_H_
#define DYAD_AGGREGATE_CLUSTER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.h"

namespace dyad::aggregate {

struct ClusterMention {
  int64_t row = 0;          // the store's id of the mention (carried, not ordered on)
  std::optional<long> day;  // days since 1970-01-01; nullopt: undated
  Precision precision = Precision::kDay;
  std::string location_country;  // empty: unknown
  std::string content_hash;      // the article
  std::string source_key;        // the outlet (source, url host, or the article itself)
  int sentence = 0;
  uint32_t start = 0;
  std::string mention_id;
};

struct Cluster {
  std::string key;              // stable event key (hex)
  std::vector<size_t> members;  // indices into the sorted mentions, in merge order; front() is representative
  std::optional<long> first_day, last_day;
  std::string location_country;
  uint64_t num_mentions = 0, num_sources = 0, num_articles = 0;
};

// Sorts `mentions` into the merge order and returns the events of the group.
std::vector<Cluster> cluster_group(std::string_view group_key, std::vector<ClusterMention>& mentions, int window_days);

// "SRC|TGT|RR": the group of a mention (target code empty when there is none).
std::string group_key(std::string_view source_code, std::string_view target_code, std::string_view cameo);

}  // namespace dyad::aggregate

#endif  // DYAD_AGGREGATE_CLUSTER_H_
