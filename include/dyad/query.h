// Query: the filters of `dyad query` and `dyad export` as their users write them
// (strings: "RUS,MLI", "2022-03-01"), made into an EventFilter. Shared by the CLI
// and the Python module (dyad.read_store) so that both read a store alike; the
// aggregations over the events they select are in dyad/series.h.
#ifndef DYAD_QUERY_H_
#define DYAD_QUERY_H_

#include <cstddef>
#include <string>

#include "dyad/store.h"

namespace dyad {

// One field per option of `dyad query`; empty fields do not filter.
struct FilterOptions {
  std::string actor, country, sector;
  std::string dyad;  // "A,B"
  std::string type, cameo;
  std::string from, to;  // YYYY-MM-DD
  std::string location_country, status, text;
  size_t limit = 0;
};

// Fills `f` from `a`. Returns an empty string, or the message for a bad value
// ("--dyad takes A,B (e.g. RUS,MLI), got RUS").
std::string make_event_filter(const FilterOptions& a, EventFilter* f);

}  // namespace dyad

#endif  // DYAD_QUERY_H_
