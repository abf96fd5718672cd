// The aggregations of `dyad query` (--series, --top) and of the server's map
// (places) as Tables over the filtered events of a store.
#include <algorithm>
#include <map>
#include <tuple>

#include "dyad/query.h"

namespace dyad::query {

Table series_table(Store& store, const EventFilter& filter, aggregate::Period period, bool per_dyad) {
  aggregate::Series series(period, per_dyad);
  store.for_each_event(filter, [&](const StoredEvent& e) { series.add(e); });
  Table t{{"period", "source", "target", "events", "mentions", "goldstein_sum", "goldstein_mean", "quad1", "quad2",
           "quad3", "quad4"},
          {false, false, false, true, true, true, true, true, true, true, true},
          {}};
  for (const aggregate::SeriesRow& r : series.rows())
    t.rows.push_back({r.period, r.source, r.target, std::to_string(r.events), std::to_string(r.mentions),
                      fixed(r.goldstein_sum, 1), fixed(r.goldstein_mean(), 2), std::to_string(r.quad[0]),
                      std::to_string(r.quad[1]), std::to_string(r.quad[2]), std::to_string(r.quad[3])});
  return t;
}

Table top_table(Store& store, const EventFilter& filter, aggregate::TopKind kind, size_t n) {
  std::vector<StoredEvent> events;
  store.for_each_event(filter, [&](const StoredEvent& e) { events.push_back(e); });
  Table t{{kind == aggregate::TopKind::kActors ? "actor" : "dyad", "events", "mentions"}, {false, true, true}, {}};
  for (const aggregate::TopRow& r : aggregate::top(events, kind, n))
    t.rows.push_back({r.key, std::to_string(r.events), std::to_string(r.mentions)});
  return t;
}

Table places_table(Store& store, const EventFilter& filter, size_t n) {
  struct Place {
    std::string name, country;
    double lat = 0, lon = 0;
    uint64_t events = 0, mentions = 0;
  };
  // Keyed by the gazetteer id, else by name and country: one row per place.
  std::map<std::tuple<long, std::string, std::string>, Place> places;
  store.for_each_event(filter, [&](const StoredEvent& e) {
    if (!e.event.location) return;
    const Location& l = *e.event.location;
    Place& p = places[{l.geonames_id, l.geonames_id ? "" : l.name, l.geonames_id ? "" : l.country}];
    if (!p.events) p = {l.name, l.country, l.lat, l.lon, 0, 0};
    ++p.events;
    p.mentions += e.num_mentions;
  });
  std::vector<Place> rows;
  for (auto& [k, p] : places) rows.push_back(p);
  std::stable_sort(rows.begin(), rows.end(), [](const Place& a, const Place& b) {
    return std::tie(b.events, b.mentions) < std::tie(a.events, a.mentions);
  });
  if (n && rows.size() > n) rows.resize(n);
  Table t{{"place", "country", "lat", "lon", "events", "mentions"}, {false, false, true, true, true, true}, {}};
  for (const Place& p : rows)
    t.rows.push_back(
        {p.name, p.country, fixed(p.lat, 4), fixed(p.lon, 4), std::to_string(p.events), std::to_string(p.mentions)});
  return t;
}

std::vector<RegisterRow> register_rows(Store& store, const CountryNames& countries, const SipriRegister* sipri) {
  Register reg;
  store.for_each_transfer([&](const StoredTransfer& t) {
    MentionContext c;
    c.doc_date = t.doc_date;
    c.source = source_of(t.source, t.url, t.doc_id);
    c.sentence = t.sentence_text;
    reg.add(t.transfer, c);
  });
  std::vector<RegisterRow> rows = reg.rows();
  // A row keyed by a country is named after it, not after whoever spoke for it (as `dyad register`).
  for (RegisterRow& r : rows) {
    if (std::string name = countries.name(r.supplier); !name.empty()) r.supplier_name = name;
    if (std::string name = countries.name(r.recipient); !name.empty()) r.recipient_name = name;
  }
  if (sipri) reconcile(rows, *sipri);
  return rows;
}

}  // namespace dyad::query
