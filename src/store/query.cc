// The query filters as given on the command line (or to dyad.read_store in Python).
#include "dyad/query.h"

#include <utility>

namespace dyad {

std::string make_event_filter(const FilterOptions& a, EventFilter* f) {
  f->actor = a.actor;
  f->country = a.country;
  f->sector = a.sector;
  if (!a.dyad.empty()) {
    const size_t comma = a.dyad.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 == a.dyad.size())
      return "--dyad takes A,B (e.g. RUS,MLI), got " + a.dyad;
    f->dyad_a = a.dyad.substr(0, comma);
    f->dyad_b = a.dyad.substr(comma + 1);
  }
  f->plover_type = a.type;
  f->cameo_prefix = a.cameo;
  f->location_country = a.location_country;
  f->status = a.status;
  f->text = a.text;
  f->limit = a.limit;
  for (auto [arg, out] : {std::pair{&a.from, &f->from}, std::pair{&a.to, &f->to}}) {
    if (arg->empty()) continue;
    *out = parse_iso_date(*arg);
    if (!*out) return "dates must be YYYY-MM-DD, got " + *arg;
  }
  return {};
}

}  // namespace dyad
