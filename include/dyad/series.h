// The aggregations of `dyad query` over merged events — a time
// series per directed dyad, and top actors or dyads. Computed here rather than
// in SQL so that both backends give identical results by construction.
//
// Tested by store_test.cc (StoreTest.SeriesAndTopAggregate).
#ifndef DYAD_SERIES_H_
#define DYAD_SERIES_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "dyad/store.h"

namespace dyad::aggregate {

enum class Period { kDay, kWeek, kMonth };
std::optional<Period> parse_period(std::string_view name);  // "day" | "week" | "month"

// "2022-03-31" (day), "2022-03-28" (the Monday of its ISO week), "2022-03" (month).
std::string period_of(const Date& day, Period p);

struct SeriesRow {
  std::string period, source, target;
  uint64_t events = 0, mentions = 0;
  double goldstein_sum = 0;
  double goldstein_mean() const { return events ? goldstein_sum / static_cast<double>(events) : 0; }
  uint64_t quad[4] = {0, 0, 0, 0};  // QuadClass 1..4
};

// Adds events one at a time; rows() sorts by dyad, then period. Undated events are not counted.
class Series {
 public:
  explicit Series(Period p) : period_(p) {}
  void add(const StoredEvent& e);
  std::vector<SeriesRow> rows() const;

 private:
  Period period_;
  std::map<std::tuple<std::string, std::string, std::string>, SeriesRow> rows_;  // by source, target, period
};

struct TopRow {
  std::string key;  // actor code, or "SRC,TGT"
  uint64_t events = 0, mentions = 0;
};

enum class TopKind { kActors, kDyads };
// Most events first, then most mentions, then key; at most `limit` rows (0: all).
std::vector<TopRow> top(const std::vector<StoredEvent>& events, TopKind kind, size_t limit);

}  // namespace dyad::aggregate

#endif  // DYAD_SERIES_H_
