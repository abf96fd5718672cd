// Series and top lists: grouping in ordered maps, so the output order is
// defined by the keys alone.
#include "dyad/series.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

namespace dyad::aggregate {

std::optional<Period> parse_period(std::string_view name) {
  if (name == "day") return Period::kDay;
  if (name == "week") return Period::kWeek;
  if (name == "month") return Period::kMonth;
  return std::nullopt;
}

std::string period_of(const Date& day, Period p) {
  char buf[16];
  if (p == Period::kMonth) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", day.year, day.month ? day.month : 1);
    return buf;
  }
  long d = day.days();
  if (p == Period::kWeek) {
    // 1970-01-01 was a Thursday: (d + 3) mod 7 is 0 on Mondays.
    const long weekday = ((d + 3) % 7 + 7) % 7;
    d -= weekday;
  }
  return Date::from_days(d).iso();
}

void Series::add(const StoredEvent& e) {
  if (!e.first_seen) return;
  Date day = *e.first_seen;
  day.precision = Precision::kDay;
  SeriesRow key;
  key.period = period_of(day, period_);
  key.source = e.event.source.code;
  key.target = e.event.target ? e.event.target->code : "";
  auto [it, fresh] = rows_.try_emplace({key.source, key.target, key.period}, key);
  SeriesRow* r = &it->second;
  (void)fresh;
  ++r->events;
  r->mentions += e.num_mentions;
  r->goldstein_sum += e.event.goldstein;
  if (e.event.quad_class >= 1 && e.event.quad_class <= 4) ++r->quad[e.event.quad_class - 1];
}

std::vector<SeriesRow> Series::rows() const {
  std::vector<SeriesRow> out;
  out.reserve(rows_.size());
  for (const auto& [k, r] : rows_) out.push_back(r);
  return out;
}

std::vector<TopRow> top(const std::vector<StoredEvent>& events, TopKind kind, size_t limit) {
  std::map<std::string, TopRow> rows;
  auto count = [&](const std::string& key, const StoredEvent& e) {
    TopRow& r = rows[key];
    r.key = key;
    ++r.events;
    r.mentions += e.num_mentions;
  };
  for (const StoredEvent& e : events) {
    const std::string target = e.event.target ? e.event.target->code : "";
    if (kind == TopKind::kDyads) {
      count(e.event.source.code + "," + target, e);
    } else {
      count(e.event.source.code, e);
      if (!target.empty() && target != e.event.source.code) count(target, e);
    }
  }
  std::vector<TopRow> out;
  for (auto& [k, r] : rows) out.push_back(r);
  std::stable_sort(out.begin(), out.end(), [](const TopRow& a, const TopRow& b) {
    return std::tie(b.events, b.mentions) < std::tie(a.events, a.mentions);
  });
  if (limit && out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace dyad::aggregate
